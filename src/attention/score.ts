/**
 * The score pipeline: how a kernel turns rotated q and k into logits and probabilities.
 *  - accumulate: the format the dot product accumulates in (fp32 for tensor cores and CPU matmuls,
 *    fp64 for an exact reference, bf16/fp16 for naive low-precision loops);
 *  - order: sequential, pairwise (recursive halving), or blocked (sequential within blocks of
 *    `blockSize`, then sequential over block sums — a tiled kernel's shape);
 *  - scale: 1/√d applied to q before the dot product (rounded to the input format) or to the logit after;
 *  - logit: the format logits are stored in (fp32 in flash attention; the model dtype in HF eager matmul);
 *  - softmax: fp32 (every real kernel upcasts) or fp64 (reference).
 * Products of two inputs of ≤ 24 significant bits are exact in fp64, so each accumulation step is one
 * rounding to `accumulate`.
 */
import { InvalidArgumentError } from "../errors.js";
import { type Rounder, rounder } from "../formats/rounder.js";
import { type FormatName, formatSpec } from "../formats/table.js";
import { type FusedShiftRows, fusedShiftRows } from "./simd/fused-rows.js";
import { type SimdLogits, simdLogits } from "./simd/logits.js";

export interface ScorePipeline {
  accumulate: "fp64" | "fp32" | "bf16" | "fp16";
  order: "sequential" | "pairwise" | "blocked";
  blockSize?: number;
  scale: "before" | "after";
  logit: "fp64" | "fp32" | "bf16" | "fp16";
  softmax: "fp64" | "fp32";
}

export const FLASH_SCORE: ScorePipeline = { accumulate: "fp32", order: "blocked", blockSize: 16, scale: "after", logit: "fp32", softmax: "fp32" };
export const EXACT_SCORE: ScorePipeline = { accumulate: "fp64", order: "sequential", scale: "after", logit: "fp64", softmax: "fp64" };

/**
 * The score pipeline a kernel of this output format feeds in practice: fp32 flash-style for formats up
 * to fp32, exact fp64 for fp64 kernels, so the score never hides or adds error beyond what the kernel's
 * own format implies.
 */
export function scoreForFormat(format: FormatName): ScorePipeline {
  return formatSpec(format).precision < 53 ? FLASH_SCORE : EXACT_SCORE;
}

export interface ScoreFunctions {
  /** Logit of q (at offset qi) and k (at offset kj), both length d. */
  logit(q: ArrayLike<number>, qi: number, k: ArrayLike<number>, kj: number): number;
  /** Softmax over `logits[0..n)` where `mask[j]` is 1, written to `out` (masked entries 0). */
  softmax(logits: Float64Array, mask: Uint8Array, n: number, out: Float64Array): void;
  /** Rounds q scaled by 1/√d when scale = "before" (else the identity). */
  prepareQuery(q: Float64Array): Float64Array;
  /**
   * Where the pipeline accumulates in fp32 in a sequential or blocked order and WebAssembly SIMD is
   * available: out[j] = logit(q, qi, k, j·d) for j < n, bit for bit, on SIMD (simd/logits.ts); false
   * when it cannot run this call (then use logit). `simdPairs` counts the pairs it computed.
   */
  logitsRow?(q: Float64Array, qi: number, k: Float64Array, n: number, out: Float64Array): boolean;
  simdPairs?(): number;
  /**
   * Where the pipeline accumulates in fp32 in a sequential or blocked order, stores fp32 or fp64 logits,
   * takes an fp32 softmax and WebAssembly SIMD is available: the shift measure's row loop on SIMD
   * (simd/fused-rows.ts), bit for bit the scalar loop's sums; created on first use, then the same object
   * (it keeps copies of the last key arrays it was given). null when WebAssembly SIMD cannot run it.
   */
  fusedRows?(): FusedShiftRows | null;
}

/**
 * options.simd: false turns every SIMD path off (the scalar reference); options.rowKernels (default: simd)
 * turns the shift measure's fused row kernels on or off on their own (they pay from one row up, while the
 * f64x2 logits pay only over many rows).
 */
export function scoreFunctions(p: ScorePipeline, d: number, inputFormat: FormatName, options: { simd?: boolean; rowKernels?: boolean } = {}): ScoreFunctions {
  for (const [field, v, ok] of [
    ["accumulate", p.accumulate, ["fp64", "fp32", "bf16", "fp16"]],
    ["order", p.order, ["sequential", "pairwise", "blocked"]],
    ["scale", p.scale, ["before", "after"]],
    ["logit", p.logit, ["fp64", "fp32", "bf16", "fp16"]],
    ["softmax", p.softmax, ["fp64", "fp32"]],
  ] as const)
    if (!(ok as readonly string[]).includes(v)) throw new InvalidArgumentError(`score.${field}`, `one of ${ok.map((x) => `"${x}"`).join(", ")}`, v);
  const acc: Rounder = rounder(p.accumulate);
  const out: Rounder = rounder(p.logit);
  const sm: Rounder = rounder(p.softmax);
  const inv = 1 / Math.sqrt(d);
  const block = p.blockSize ?? 16;
  const prod = new Float64Array(d);
  const sumRange = (lo: number, hi: number): number => {
    if (p.order === "pairwise" && hi - lo > 2) {
      const mid = (lo + hi) >> 1;
      return acc(sumRange(lo, mid) + sumRange(mid, hi));
    }
    let s = 0;
    for (let t = lo; t < hi; t++) s = acc(s + prod[t]!);
    return s;
  };
  const finish = (s: number): number => (p.scale === "after" ? out(acc(s * inv)) : out(s));
  // Blocked and sequential orders: the same products and roundings as sumRange, without the product
  // array or the recursive calls (the attention measures spend most of their time here).
  const logitInLine =
    p.order === "blocked"
      ? (q: ArrayLike<number>, qi: number, k: ArrayLike<number>, kj: number): number => {
          let s = 0;
          for (let b = 0; b < d; b += block) {
            const end = Math.min(d, b + block);
            let bs = 0;
            for (let t = b; t < end; t++) bs = acc(bs + q[qi + t]! * k[kj + t]!);
            s = acc(s + bs);
          }
          return finish(s);
        }
      : p.order === "sequential"
        ? (q: ArrayLike<number>, qi: number, k: ArrayLike<number>, kj: number): number => {
            let s = 0;
            for (let t = 0; t < d; t++) s = acc(s + q[qi + t]! * k[kj + t]!);
            return finish(s);
          }
        : undefined;
  const logit =
    logitInLine ??
    ((q: ArrayLike<number>, qi: number, k: ArrayLike<number>, kj: number): number => {
      for (let t = 0; t < d; t++) prod[t] = q[qi + t]! * k[kj + t]!;
      return finish(sumRange(0, d));
    });
  // The f64x2 logits' instance is made on the first batch, not here: most callers (a property's short
  // windows, the first-key measure) never ask for one, and an instance costs more than their logits.
  const simdEligible = options.simd !== false && logitInLine !== undefined && p.accumulate === "fp32" && (p.logit === "fp32" || p.logit === "fp64");
  let simd: SimdLogits | null | undefined;
  const simdNow = (): SimdLogits | null => (simd === undefined ? (simd = simdLogits(d, p.order === "blocked" ? block : d, p.scale === "after" ? inv : 1, logit)) : simd);
  const blockLen = p.order === "blocked" ? Math.min(block, d) : d;
  let fused: FusedShiftRows | null | undefined;
  const fusedRows =
    (options.rowKernels ?? options.simd !== false) &&
    logitInLine !== undefined &&
    p.accumulate === "fp32" &&
    (p.logit === "fp32" || p.logit === "fp64") &&
    p.softmax === "fp32" &&
    Number.isSafeInteger(blockLen) &&
    blockLen >= 1
      ? (): FusedShiftRows | null => (fused === undefined ? (fused = fusedShiftRows(blockLen, p.scale === "after" ? inv : 1, logit)) : fused)
      : undefined;
  return {
    ...(simdEligible ? { logitsRow: (q: Float64Array, qi: number, k: Float64Array, n: number, out: Float64Array) => simdNow()?.row(q, qi, k, n, out) ?? false, simdPairs: () => simd?.pairs() ?? 0 } : {}),
    ...(fusedRows ? { fusedRows } : {}),
    logit,
    softmax(logits, mask, n, o) {
      let m = -Infinity;
      for (let j = 0; j < n; j++) if (mask[j] && logits[j]! > m) m = logits[j]!;
      let sum = 0;
      for (let j = 0; j < n; j++) {
        const e = mask[j] ? sm(Math.exp(sm(logits[j]! - m))) : 0;
        o[j] = e;
        sum = sm(sum + e);
      }
      for (let j = 0; j < n; j++) o[j] = sm(o[j]! / sum);
    },
    prepareQuery(q) {
      if (p.scale === "after") return q;
      const r = rounder(inputFormat);
      return Float64Array.from(q, (v) => r(v * inv));
    },
  };
}
