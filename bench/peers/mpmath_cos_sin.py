"""Peer for bench/run.ts: mpmath cos/sin at a given precision on the workload rope-audit's oracle runs.

Reads JSON {"dps", "cases": [[base, rotaryDim, position, i], ...], "repeats"} on stdin; prints JSON with
seconds per case for mpmath.cos + mpmath.sin and for mpmath.cos_sin (the faster of the two APIs), best of
`repeats`. θ_i = base^(−2i/d) is computed once per (base, d, i), outside the timing, as our oracle does.
"""
import json
import sys
import time

import mpmath


def main() -> None:
    job = json.load(sys.stdin)
    mpmath.mp.dps = job["dps"]
    thetas = {}
    cases = []
    for base, d, p, i in job["cases"]:
        key = (base, d, i)
        if key not in thetas:
            thetas[key] = mpmath.mpf(base) ** (-mpmath.mpf(2 * i) / d)
        cases.append((p, thetas[key]))
    best_sep = best_pair = float("inf")
    for _ in range(job["repeats"]):
        t = time.perf_counter()
        for p, th in cases:
            a = p * th
            mpmath.cos(a)
            mpmath.sin(a)
        best_sep = min(best_sep, (time.perf_counter() - t) / len(cases))
        t = time.perf_counter()
        for p, th in cases:
            mpmath.cos_sin(p * th)
        best_pair = min(best_pair, (time.perf_counter() - t) / len(cases))
    print(json.dumps({"mpmath": mpmath.__version__, "backend": mpmath.libmp.BACKEND,
                      "cos_plus_sin": best_sep, "cos_sin": best_pair}))


if __name__ == "__main__":
    main()
