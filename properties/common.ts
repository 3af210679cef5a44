/**
 * Shared pieces of the properties: the exact reference (the fp64 oracle, whose distance to the exact
 * decimal oracle is measured by `rope-audit oracle cross-check`: ≤ 1.2e−10 below 2^21, ≤ 2.1e−7 below
 * 2^31, far below one bf16/fp16/fp32 output ulp), unit roundoffs and the score bound.
 */
import { type FormatName, type KernelUnderTest, type RopeSpec, type ScorePipeline, createFastOracle, largestIndices, ropeSpecAt, scoreForFormat, formatSpec } from "../src/index.js";

export const oracle = createFastOracle();

/**
 * A kernel's RoPE spec and the oracle's constants for it, once per kernel object. The oracle finds its
 * tables by the spec object's identity; a fresh spec per call would be validated and serialised again on
 * every allowance and every exact rotation (a tenth of a run's time, measured). A memo keyed by the kernel
 * object, holding values that are a function of its (unchanging) rope and head dim.
 */
interface KernelConstants {
  rope: RopeSpec;
  /** The attention factor m. */
  m: number;
  /** θᵢ per rotated pair. */
  thetas: readonly number[];
}
const constantsByKernel = new WeakMap<KernelUnderTest, KernelConstants>();

function constantsOf(k: KernelUnderTest): KernelConstants {
  let c = constantsByKernel.get(k);
  if (!c || c.rope.headDim !== k.headDim) {
    const rope = ropeSpecAt(k.rope, k.headDim);
    c = { rope, m: oracle.attentionFactor(rope), thetas: oracle.invFreqs(rope) };
    constantsByKernel.set(k, c);
  }
  return c;
}

export function ropeOf(k: KernelUnderTest): RopeSpec {
  return constantsOf(k).rope;
}

/** The attention factor m of a kernel's RoPE (1 without scaling). */
export function attentionFactorOf(k: KernelUnderTest): number {
  return constantsOf(k).m;
}

/** Unit roundoff u = 2^−p of a format. */
export function unitRoundoff(format: FormatName): number {
  return 2 ** -formatSpec(format).precision;
}

/** Exact RoPE of each row (fp64 oracle), n × headDim. */
export function exactRotate(k: KernelUnderTest, x: Float64Array, positions: readonly number[]): Float64Array {
  return oracle.rotateRows(ropeOf(k), x, positions, new Float64Array(x.length));
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
 * The allowance model: what a kernel doing its arithmetic well in its output format F may err, case by case.
 * "Well" means: the angle p·θᵢ from fp32 (or better) inputs with each step rounded to nearest (what HF, vLLM,
 * flash-attn, Transformer Engine and ONNX Runtime do), cos/sin rounded to F, and the rotation per op in F
 * (each product and the sum rounded to F) or better. The correctly rounded kernel (exact RoPE, one rounding
 * to F) and such a per-op kernel are within these bounds on every case; bf16 positions, TF32 angles and an
 * fp32 kernel whose angles are chained (ggml) are not. docs/properties.md derives each term.
 *
 * Per rotated element, relative to its pair's norm ‖(x_a, x_b)‖ and the attention factor m:
 *  - format part a_F = (3u + 4u² + 4u₃₂)·m, u = 2^−p of F: |fl(fl(x_a·ĉ) − fl(x_b·ŝ)) − y_a| ≤ u|y_a| +
 *    (1+u)(|x_a||ĉ − c| + |x_b||ŝ − s| + u|x_a ĉ| + u|x_b ŝ|), with |ĉ − c| ≤ (u + u₃₂(1+u))|c| (fp32 cos,
 *    then rounded to F) and |x_a||c| + |x_b||s| ≤ ‖pair‖ (Cauchy–Schwarz). fp64 kernels: 4·2^−53·m, the fp64
 *    emulation's own bound (Math.cos/sin ≤ 1 ulp, two products, a sum).
 *  - angle part δᵢ(p) = 3u₃₂·p·θᵢ·m: θ̂ᵢ from fp32 pow and a division errs ≤ 2u₃₂ relative, the product
 *    p·θ̂ᵢ rounded once adds u₃₂; an angle off by δ moves the rotated pair by ≤ δ·m·‖pair‖. fp64 kernels:
 *    2p(ln b + 9)·2^−53·m (fp64 angles, src/oracle/cross-check.ts).
 * The row threshold is the allowance without the angle part (position 0); a case's figure is its raw
 * deviation × threshold / allowance(case), so one threshold judges the whole row and the figure equals the
 * raw deviation wherever the angle part is negligible.
 */
export function formatAllowance(k: KernelUnderTest): number {
  const m = attentionFactorOf(k);
  const u = unitRoundoff(k.format);
  if (u < 2 ** -24) return 4 * 2 ** -53 * m;
  return (3 * u + 4 * u * u + 4 * 2 ** -24) * m;
}

/** δᵢ(p) for every rotated pair i (see formatAllowance). */
export function angleAllowances(k: KernelUnderTest, p: number): Float64Array {
  const { m, thetas } = constantsOf(k);
  const out = new Float64Array(thetas.length);
  if (unitRoundoff(k.format) < 2 ** -24) out.fill(2 * p * (Math.log(k.rope.base) + 9) * 2 ** -53 * m);
  else for (let i = 0; i < thetas.length; i++) out[i] = 3 * 2 ** -24 * p * thetas[i]! * m;
  return out;
}

/** max over pairs of δᵢ(p). */
export function maxAngleAllowance(k: KernelUnderTest, p: number): number {
  let w = 0;
  for (const v of angleAllowances(k, p)) w = Math.max(w, v);
  return w;
}

/** Bound on ‖ŷ − y‖ / ‖x‖ for a vector rotated at position p: √2·(a_F + max δᵢ(p)) (two elements a pair). */
export function vectorAllowance(k: KernelUnderTest, p: number): number {
  return Math.SQRT2 * (formatAllowance(k) + maxAngleAllowance(k, p));
}

/** Relative error of a length-d dot product in the score's arithmetic: γ_d = d·u/(1 − d·u) (Higham § 3.1). */
export function dotRoundoff(d: number, score: "fp32" | "fp64"): number {
  const u = score === "fp32" ? 2 ** -24 : 2 ** -53;
  return (d * u) / (1 - d * u);
}

/**
 * Bound on |ŝ − s| / (‖q‖‖k‖) for one score of vectors rotated at pq and pk: ‖q̂ − q‖‖k̂‖ + ‖q‖‖k̂ − k‖ with
 * ‖q̂ − q‖ ≤ ε_q‖q‖ and ‖y‖ ≤ M‖x‖ (M = max(m, 1)), plus the score's own rounding γ·‖q̂‖‖k̂‖.
 */
export function scoreAllowance(k: KernelUnderTest, pq: number, pk: number, score: "fp32" | "fp64"): number {
  const M = Math.max(1, attentionFactorOf(k));
  const eq = vectorAllowance(k, pq);
  const ek = vectorAllowance(k, pk);
  return eq * (M + ek) + M * ek + dotRoundoff(k.headDim, score) * (M + eq) * (M + ek);
}

/** The score arithmetic attention properties use (scoreFor): fp32 for kernels up to fp32, fp64 for fp64. */
export function scoreFormat(k: KernelUnderTest): "fp32" | "fp64" {
  return formatSpec(k.format).precision < 53 ? "fp32" : "fp64";
}

/**
 * The score pipeline attention properties use: fp32 flash-style for kernels up to fp32 (what they feed
 * in practice), exact fp64 for fp64 kernels, so the score never hides or adds error beyond the threshold.
 */
export function scoreFor(k: KernelUnderTest): ScorePipeline {
  return scoreForFormat(k.format);
}

function nonzeroCount(x: Float64Array): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (x[i] !== 0) n++;
  return n;
}

/**
 * A vector by its largest-magnitude entries, with their indices: "x[17] = 3.203125, x[81] = -2.90625, …
 * (128 entries)". A shrunk counterexample is mostly zeros; its first entries would hide the ones that
 * matter. NaN entries come first (they are what went wrong); equal magnitudes keep index order.
 */
export function describeVector(name: string, x: Float64Array, shown = 3): string {
  // The largest |x| first, NaN first of all, ties by index; zeros left out.
  const largest = largestIndices(x, shown, { magnitude: true, skipZeros: true });
  if (largest.length === 0) return `${name} = 0 (all ${x.length} entries)`;
  const top = largest.map((i) => `${name}[${i}] = ${x[i]}`);
  if (nonzeroCount(x) > shown) return `${top.join(", ")}, … (${x.length} entries)`;
  return `${top.join(", ")}${x.length > top.length ? ` (the other ${x.length - top.length} of ${x.length} entries 0)` : ""}`;
}
