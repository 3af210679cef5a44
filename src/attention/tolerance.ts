/**
 * Exact attention logits at declared positions, and the derived tolerance a correct kernel in a format
 * must stay within.
 *
 * Exact: RoPE rotated in fp64 (Math.cos/sin of p·θ, θ_t = base^(−2t/d)), logits Σ_t q̂_t k̂_t / √d in fp64.
 * This shares no code with the emulated pipelines it is compared against.
 *
 * Tolerance (first order in the unit roundoff u = 2^−p of the declared format): a correct kernel may round
 *  - the angle p·θ (computed in fp32, or fp64 for fp64 kernels): 4 roundings, error ≤ 4·u_angle·|p·θ| rad;
 *  - cos and sin to the format, each product x·cos and x'·sin, and their sum: 5 roundings per element;
 *  - the dot product accumulated in fp32 (fp64 for fp64 kernels): d roundings of a partial sum ≤ Σ|q̂k̂|;
 *  - the logit to the format, and again after scaling by 1/√d: 2 roundings of |logit|.
 * Each rounding is a relative error in [−u, u]. Treated as independent zero-mean terms (the probabilistic
 * model of Higham & Mary, SIAM J. Sci. Comput. 41(5), 2019), Hoeffding's inequality bounds a logit's
 * error by λ·√V with V = Σ_m c_m² (c_m the largest contribution of rounding m) and λ = √(2 ln(2N/δ)):
 * all N checked entries stay inside with probability ≥ 1 − δ. Nothing here is fitted to a kernel.
 */
import { formatSpec, type FormatName } from "../formats/table.js";
import type { Layout } from "../oracle/spec.js";

export interface RopeDeclaration {
  base: number;
  layout: Layout;
  headDim: number;
}

/** The failure probability the tolerance allows over all checked entries. */
export const TOLERANCE_DELTA = 1e-6;

/** Index of the partner of element t and the frequency index of its pair. */
function pairOf(t: number, d: number, layout: Layout): { partner: number; freq: number; first: boolean } {
  if (layout === "gptj") return { partner: t ^ 1, freq: t >> 1, first: (t & 1) === 0 };
  const h = d >> 1;
  return t < h ? { partner: t + h, freq: t, first: true } : { partner: t - h, freq: t - h, first: false };
}

/** Exact RoPE in fp64 (rotate = false: the identity, for the "no rotation" hypothesis). */
export function exactRotate(x: Float64Array, positions: ArrayLike<number>, rope: RopeDeclaration, rotate = true): Float64Array {
  const d = rope.headDim;
  const out = new Float64Array(x.length);
  if (!rotate) {
    out.set(x);
    return out;
  }
  const inv = Float64Array.from({ length: d >> 1 }, (_, f) => Math.pow(rope.base, (-2 * f) / d));
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    for (let t = 0; t < d; t++) {
      const { partner, freq, first } = pairOf(t, d, rope.layout);
      const a = p * inv[freq]!;
      const c = Math.cos(a);
      const s = Math.sin(a);
      const xt = x[i * d + t]!;
      const xp = x[i * d + partner]!;
      out[i * d + t] = first ? xt * c - xp * s : xt * c + xp * s;
    }
  }
  return out;
}

/**
 * Per element, Σ c_m² of the roundings a kernel in `format` makes rotating x at its position (absolute
 * units, u² folded in): 2 (cos rounding, product) · (x_t cos)² + 2 · (x'_t sin)² + (sum) · y_t² + the
 * angle's 4 roundings · (p·θ)² · y'_t², y the exact rotated vector.
 */
export function ropeVariance(x: Float64Array, y: Float64Array, positions: ArrayLike<number>, rope: RopeDeclaration, format: FormatName): Float64Array {
  const d = rope.headDim;
  const u = unitRoundoff(format);
  const uAngle = angleRoundoff(format);
  const inv = Float64Array.from({ length: d >> 1 }, (_, f) => Math.pow(rope.base, (-2 * f) / d));
  const v = new Float64Array(x.length);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i]!;
    for (let t = 0; t < d; t++) {
      const { partner, freq } = pairOf(t, d, rope.layout);
      const a = p * inv[freq]!;
      const xc = x[i * d + t]! * Math.cos(a);
      const xs = x[i * d + partner]! * Math.sin(a);
      const yt = y[i * d + t]!;
      const yp = y[i * d + partner]!;
      v[i * d + t] = u * u * (2 * xc * xc + 2 * xs * xs + yt * yt) + 4 * (uAngle * a) ** 2 * yp * yp;
    }
  }
  return v;
}

export function unitRoundoff(format: FormatName): number {
  return 2 ** -formatSpec(format).precision;
}

/** Angles are computed in fp32 by kernels of formats up to fp32, in fp64 by fp64 kernels. */
function angleRoundoff(format: FormatName): number {
  return formatSpec(format).precision > 24 ? 2 ** -53 : 2 ** -24;
}

/** λ = √(2 ln(2N/δ)): Hoeffding's multiplier for N entries at failure probability δ. */
export function hoeffdingLambda(entries: number, delta = TOLERANCE_DELTA): number {
  return Math.sqrt(2 * Math.log((2 * Math.max(1, entries)) / delta));
}

/** Rotated queries and keys with their rounding variances: everything the logits and bounds need. */
export interface ExactRows {
  qr: Float64Array;
  kr: Float64Array;
  vq: Float64Array;
  vk: Float64Array;
}

export function exactRows(q: Float64Array, k: Float64Array, positions: ArrayLike<number>, rope: RopeDeclaration, format: FormatName, rotate = true): ExactRows {
  const qr = exactRotate(q, positions, rope, rotate);
  const kr = exactRotate(k, positions, rope, rotate);
  return { qr, kr, vq: ropeVariance(q, qr, positions, rope, format), vk: ropeVariance(k, kr, positions, rope, format) };
}

/** The exact logit of query i with key j. */
export function exactLogit(e: ExactRows, i: number, j: number, d: number): number {
  let s = 0;
  for (let t = 0; t < d; t++) s += e.qr[i * d + t]! * e.kr[j * d + t]!;
  return s / Math.sqrt(d);
}

/** V_ij: the variance bound of the logit of query i with key j (RoPE, accumulation, two logit roundings). */
export function logitVariance(e: ExactRows, i: number, j: number, d: number, format: FormatName): number {
  const u = unitRoundoff(format);
  const uAcc = formatSpec(format).precision > 24 ? 2 ** -53 : 2 ** -24;
  let rope = 0;
  let dot = 0;
  let abs = 0;
  for (let t = 0; t < d; t++) {
    const a = e.qr[i * d + t]!;
    const b = e.kr[j * d + t]!;
    rope += e.vq[i * d + t]! * b * b + a * a * e.vk[j * d + t]!;
    dot += a * b;
    abs += Math.abs(a * b);
  }
  const logit = dot / Math.sqrt(d);
  return rope / d + 2 * u * u * logit * logit + uAcc * uAcc * abs * abs;
}
