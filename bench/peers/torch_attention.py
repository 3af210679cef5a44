"""Peer for bench/attention-rows.ts: fp32 attention logits and softmax in PyTorch CPU (Debian python3-torch).

Reads JSON {"length": L, "dim": D, "rows": N, "block": B, "repeats": R, "threads": T} on stdin. For q of
N x D and k of L x D fp32 values, computes softmax(q_blk @ k.T, dim=-1) for query blocks of B rows (full
rows: L keys each; blocks keep memory at B x L), and prints JSON with the best seconds over R passes (after
one warm-up block) and the pairs one pass computes (N x L).
"""
import json
import sys
import time

import torch


def main() -> None:
    job = json.load(sys.stdin)
    torch.set_num_threads(job.get("threads", 1))
    n, d, b = job["length"], job["dim"], job["block"]
    rows = job.get("rows", n)
    g = torch.Generator().manual_seed(1)
    q = torch.randn(rows, d, generator=g, dtype=torch.float32)
    k = torch.randn(n, d, generator=g, dtype=torch.float32)
    kt = k.t().contiguous()

    def forward():
        for s in range(0, rows, b):
            torch.softmax(q[s:s + b] @ kt, dim=-1)

    torch.softmax(q[:b] @ kt, dim=-1)
    best = float("inf")
    for _ in range(job["repeats"]):
        t = time.perf_counter()
        forward()
        best = min(best, time.perf_counter() - t)
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "seconds": best, "pairs": rows * n}))


if __name__ == "__main__":
    main()
