/**
 * Query/key vectors. Two kinds:
 *  - arbitraries (assert mode): components drawn as small integers k scaled by 2^−3 and rounded onto the
 *    format, so shrinking moves toward small norms and zero components;
 *  - samplers (measure mode): seeded draws from the distributions real activations show: Gaussian,
 *    heavy-tailed (Student-t, ν = 3), outlier channels (a few channels ×20, as in LLM activations) and the
 *    attention-sink workload (a first key with a large norm aligned with the queries, as pretrained models
 *    show; docs/paper.md, "Setup").
 */
import fc from "fast-check";
import { InvalidArgumentError } from "../errors.js";
import type { Rng } from "../formats/rng.js";
import { rounder } from "../formats/rounder.js";
import type { FormatName } from "../formats/table.js";

export type Distribution = "gaussian" | "heavy-tailed" | "outliers";
export const DISTRIBUTIONS: readonly Distribution[] = ["gaussian", "heavy-tailed", "outliers"];

/** A vector of `dim` values on `format`'s grid; components k·2^−3 for k in [−32, 32], rounded. */
export function vector(format: FormatName, dim: number): fc.Arbitrary<Float64Array> {
  if (!Number.isSafeInteger(dim) || dim < 2 || dim % 2 !== 0) throw new InvalidArgumentError("dim", "an even integer ≥ 2", dim);
  const r = rounder(format);
  return fc.array(fc.integer({ min: -32, max: 32 }), { minLength: dim, maxLength: dim }).map((ks) => Float64Array.from(ks, (k) => r(k / 8)));
}

/** Standard normal by Box–Muller from two uniforms. */
function gaussian(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** Student-t with ν = 3, scaled to unit variance: heavy tails without infinite variance. */
function studentT3(rng: Rng): number {
  const z = gaussian(rng);
  let chi = 0;
  for (let k = 0; k < 3; k++) chi += gaussian(rng) ** 2;
  return z / Math.sqrt(chi / 3) / Math.sqrt(3);
}

/** Fills rows × dim values from a distribution, rounded to `format`. */
export function sampleVectors(rng: Rng, format: FormatName, rows: number, dim: number, distribution: Distribution = "gaussian", scale = 1): Float64Array {
  if (!DISTRIBUTIONS.includes(distribution)) throw new InvalidArgumentError("distribution", `one of ${DISTRIBUTIONS.join(", ")}`, distribution);
  const r = rounder(format);
  const out = new Float64Array(rows * dim);
  // Outlier channels: the same few channels in every row, ×20 (fixed per call).
  const outlier = new Uint8Array(dim);
  if (distribution === "outliers") for (let k = 0; k < Math.max(1, dim >> 5); k++) outlier[Math.floor(rng() * dim)] = 1;
  for (let k = 0; k < out.length; k++) {
    const v = distribution === "heavy-tailed" ? studentT3(rng) : gaussian(rng);
    out[k] = r(scale * (outlier[k % dim] ? 20 * v : v));
  }
  return out;
}

/**
 * The sink workload: queries (rows × dim) and keys whose first row is an attention sink, a key of norm
 * `sinkNorm`·√dim aligned with the mean query direction within the lowest `sinkPairs` frequency pairs
 * (in a higher pair the sink's logit turns with the distance p·θᵢ and stops standing out; docs/paper.md).
 * Other keys are Gaussian.
 */
export function sampleSinkWorkload(
  rng: Rng,
  format: FormatName,
  rows: number,
  dim: number,
  options: { sinkNorm?: number; sinkPairs?: number; layout?: "neox" | "gptj" } = {},
): { q: Float64Array; k: Float64Array } {
  const sinkNorm = options.sinkNorm ?? 8;
  const sinkPairs = options.sinkPairs ?? 8;
  const r = rounder(format);
  const q = sampleVectors(rng, format, rows, dim, "gaussian");
  const k = sampleVectors(rng, format, rows, dim, "gaussian");
  const half = dim / 2;
  // The lowest-frequency pairs are the last pair indices j = half − 1, half − 2, …
  const dims: number[] = [];
  for (let j = half - sinkPairs; j < half; j++) {
    if (options.layout === "gptj") dims.push(2 * j, 2 * j + 1);
    else dims.push(j, j + half);
  }
  const mean = new Float64Array(dim);
  for (let row = 0; row < rows; row++) for (const c of dims) mean[c]! += q[row * dim + c]! / rows;
  let norm = 0;
  for (const c of dims) norm += mean[c]! ** 2;
  norm = Math.sqrt(norm) || 1;
  for (let c = 0; c < dim; c++) k[c] = 0;
  for (const c of dims) k[c] = r((sinkNorm * Math.sqrt(dim) * mean[c]!) / norm);
  // The sink's queries lean toward it too: add the sink direction to every query in those pairs.
  for (let row = 0; row < rows; row++) for (const c of dims) q[row * dim + c] = r(q[row * dim + c]! + (2 * mean[c]!) / norm);
  return { q, k };
}
