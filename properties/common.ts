/**
 * Shared pieces of the properties: the exact reference (the fp64 oracle, whose distance to the exact
 * decimal oracle is measured by `rope-audit oracle cross-check`: ≤ 1.2e−10 below 2^21, ≤ 2.1e−7 below
 * 2^31, far below one bf16/fp16/fp32 output ulp), unit roundoffs and the score bound.
 */
import { type FormatName, type KernelUnderTest, type RopeSpec, type ScorePipeline, createFastOracle, scoreForFormat, formatSpec } from "../src/index.js";

export const oracle = createFastOracle();

export function ropeOf(k: KernelUnderTest): RopeSpec {
  return { ...k.rope, headDim: k.headDim };
}

/** Unit roundoff u = 2^−p of a format. */
export function unitRoundoff(format: FormatName): number {
  return 2 ** -formatSpec(format).precision;
}

/** Exact RoPE of each row (fp64 oracle), n × headDim. */
export function exactRotate(k: KernelUnderTest, x: Float64Array, positions: readonly number[]): Float64Array {
  const rope = ropeOf(k);
  const out = new Float64Array(x.length);
  positions.forEach((p, r) => out.set(oracle.rotate(rope, x.subarray(r * k.headDim, (r + 1) * k.headDim), p), r * k.headDim));
  return out;
}

export async function rotate(k: KernelUnderTest, x: Float64Array, positions: readonly number[]): Promise<Float64Array> {
  const y = await k.rotate(x, Float64Array.from(positions), k.headDim);
  if (!(y instanceof Float64Array) || y.length !== x.length) throw new Error(`${k.name}: rotate returned ${y instanceof Float64Array ? y.length : typeof y} values, expected ${x.length}`);
  return y;
}

export function dot(a: Float64Array, ia: number, b: Float64Array, ib: number, d: number): number {
  let s = 0;
  for (let j = 0; j < d; j++) s += a[ia + j]! * b[ib + j]!;
  return s;
}

export function norm(a: Float64Array, ia: number, d: number): number {
  return Math.sqrt(dot(a, ia, a, ia, d));
}

/**
 * The largest logit deviation, relative to ‖q‖‖k‖, that is invisible to attention: what the score's own
 * arithmetic already implies. Kernels with outputs up to fp32 feed an fp32-accumulated score, whose dot
 * product of length d errs by γ_d ≈ d·2^−24 relative to ‖q‖‖k‖ (Higham, Accuracy and Stability, § 3.1);
 * two such scores compared: 2·d·2^−24. fp64 kernels: 2·d·2^−53 plus the fp64 angle error at position P,
 * P·θ·(ln b + 9)·2^−53 per rotated vector (src/oracle/cross-check.ts), for both vectors of both scores.
 */
export function scoreThreshold(k: KernelUnderTest, maxPosition: number): number {
  const d = k.headDim;
  if (formatSpec(k.format).precision < 53) return 2 * d * 2 ** -24;
  return (2 * d + 4 * maxPosition * (Math.log(k.rope.base) + 9)) * 2 ** -53;
}

/**
 * The score pipeline attention properties use: fp32 flash-style for kernels up to fp32 (what they feed
 * in practice), exact fp64 for fp64 kernels, so the score never hides or adds error beyond the threshold.
 */
export function scoreFor(k: KernelUnderTest): ScorePipeline {
  return scoreForFormat(k.format);
}
