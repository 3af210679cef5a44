"""Peer for bench/run.ts: HF-style bf16 RoPE in PyTorch CPU (Debian python3-torch), single thread.

Reads JSON {"positions": S, "heads": H, "dim": D, "base": B, "repeats": R} on stdin. Times the whole HF
forward on the same shapes as rope-audit's emulation: cos/sin for S positions (fp32 inv_freq, fp32 matmul,
cos/sin cast to bf16), then apply_rotary_pos_emb to q [1, H, S, D] in bf16 (rotate_half, per-op bf16).
Prints JSON with the best seconds per call. The formulas follow HF transformers
src/transformers/models/llama/modeling_llama.py (LlamaRotaryEmbedding.forward, apply_rotary_pos_emb).
"""
import json
import sys
import time

import torch


def rotate_half(x):
    x1 = x[..., : x.shape[-1] // 2]
    x2 = x[..., x.shape[-1] // 2:]
    return torch.cat((-x2, x1), dim=-1)


def main() -> None:
    job = json.load(sys.stdin)
    torch.set_num_threads(job.get("threads", 1))
    s, h, d, base = job["positions"], job["heads"], job["dim"], job["base"]
    g = torch.Generator().manual_seed(1)
    q = torch.randn(1, h, s, d, generator=g).to(torch.bfloat16)
    position_ids = torch.randint(0, 1 << 20, (1, s), generator=g)
    inv_freq = 1.0 / (base ** (torch.arange(0, d, 2, dtype=torch.int64).float() / d))

    def forward():
        inv = inv_freq[None, :, None].float().expand(1, -1, 1)
        pos = position_ids[:, None, :].float()
        freqs = (inv @ pos).transpose(1, 2)
        emb = torch.cat((freqs, freqs), dim=-1)
        cos = emb.cos().to(torch.bfloat16).unsqueeze(1)
        sin = emb.sin().to(torch.bfloat16).unsqueeze(1)
        return (q * cos) + (rotate_half(q) * sin)

    forward()
    best = float("inf")
    for _ in range(job["repeats"]):
        t = time.perf_counter()
        forward()
        best = min(best, time.perf_counter() - t)
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "seconds": best}))


if __name__ == "__main__":
    main()
