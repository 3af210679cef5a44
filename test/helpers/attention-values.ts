/**
 * Query/key values for the attention row tests (test/attention/fused-rows.test.ts, shift-stream.test.ts):
 * Gaussian-like magnitudes on the bf16 grid, with kinds that push the SIMD row kernels off their fast path
 * (zeros, tiny values, values with more than 12 significant bits, NaN and ±∞, fp32 values) or across it
 * (fp16 values, logits hundreds apart). `rare` is the share of the unusual values in the kinds that mix
 * them in: tiny values for "tiny" and "fine"; NaN (half of it) and ±∞ for "specials".
 */
import { round } from "../../src/index.js";

export type ValueKind = "bf16" | "fp16" | "zeros" | "tiny" | "fine" | "specials" | "wide" | "fp32";

export function attentionValues(rng: () => number, n: number, kind: ValueKind, rare: { tiny: number; specials: number }): Float64Array {
  return Float64Array.from({ length: n }, () => {
    const g = (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(-3 + 4 * rng());
    switch (kind) {
      case "bf16":
        return round("bf16", g);
      case "fp16":
        return round("fp16", g * 2 ** Math.floor(-12 * rng()));
      case "zeros":
        return rng() < 0.3 ? (rng() < 0.5 ? 0 : -0) : round("bf16", g);
      case "tiny":
        return rng() < rare.tiny ? round("bf16", g * 2 ** -70) : round("bf16", g);
      case "fine":
        // A few values with more than 12 significant bits: products not exact in f32.
        return rng() < rare.tiny ? round("fp32", g * (1 + rng() * 1e-3)) : round("bf16", g);
      case "specials": {
        const u = rng();
        if (u < rare.specials / 2) return NaN;
        if (u < rare.specials) return rng() < 0.5 ? Infinity : -Infinity;
        return round("bf16", g);
      }
      case "wide":
        // Logits hundreds apart: exp(l − m) underflows to 0, and to fp32 subnormals.
        return round("bf16", g * 2 ** Math.floor(5 * rng()));
      case "fp32":
        return round("fp32", g * (1 + rng() * 1e-3));
    }
  });
}
