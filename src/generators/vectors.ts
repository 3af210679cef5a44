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
import { type Rng, type UniformSource, uniformSource } from "../formats/rng.js";
import { roundArray } from "../formats/round.js";
import { type Rounder, rounder } from "../formats/rounder.js";
import { FORMAT_NAMES, type FormatName } from "../formats/table.js";

export type Distribution = "gaussian" | "heavy-tailed" | "outliers";
export const DISTRIBUTIONS: readonly Distribution[] = ["gaussian", "heavy-tailed", "outliers"];

/** A vector of `dim` values on `format`'s grid; components k·2^−3 for k in [−32, 32], rounded. */
export function vector(format: FormatName, dim: number): fc.Arbitrary<Float64Array> {
  if (!Number.isSafeInteger(dim) || dim < 2 || dim % 2 !== 0) throw new InvalidArgumentError("dim", "an even integer ≥ 2", dim);
  return fc.array(fc.integer({ min: -32, max: 32 }), { minLength: dim, maxLength: dim }).map(TO_GRID.get(format) ?? gridMapper(rounder(format)));
}

/** k ↦ round(k/8) over an array of integers, as a Float64Array. */
function gridMapper(r: Rounder): (ks: number[]) => Float64Array {
  return (ks) => {
    const out = new Float64Array(ks.length);
    for (let i = 0; i < ks.length; i++) out[i] = r(ks[i]! / 8);
    return out;
  };
}

/** One mapper per named format, made once: a mapper made per arbitrary was compiled again for each. */
const TO_GRID: ReadonlyMap<string, (ks: number[]) => Float64Array> = new Map(FORMAT_NAMES.map((f) => [f, gridMapper(rounder(f))]));

/** Standard normal by Box–Muller from two uniforms. */
function gaussian(u: UniformSource): number {
  return Math.sqrt(-2 * Math.log(1 - u.next())) * Math.cos(2 * Math.PI * u.next());
}

/** Student-t with ν = 3, scaled to unit variance: heavy tails without infinite variance. */
function studentT3(u: UniformSource): number {
  const z = gaussian(u);
  let chi = 0;
  for (let k = 0; k < 3; k++) chi += gaussian(u) ** 2;
  return z / Math.sqrt(chi / 3) / Math.sqrt(3);
}

/** Fills rows × dim values from a distribution, rounded to `format`. */
export function sampleVectors(rng: Rng, format: FormatName, rows: number, dim: number, distribution: Distribution = "gaussian", scale = 1): Float64Array {
  if (!DISTRIBUTIONS.includes(distribution)) throw new InvalidArgumentError("distribution", `one of ${DISTRIBUTIONS.join(", ")}`, distribution);
  const u = uniformSource(rng);
  const out = new Float64Array(rows * dim);
  // Outlier channels: the same few channels in every row, ×20 (fixed per call).
  const outlier = new Uint8Array(dim);
  if (distribution === "outliers") for (let k = 0; k < Math.max(1, dim >> 5); k++) outlier[Math.floor(u.next() * dim)] = 1;
  for (let k = 0; k < out.length; k++) {
    const v = distribution === "heavy-tailed" ? studentT3(u) : gaussian(u);
    out[k] = scale * (outlier[k % dim] ? 20 * v : v);
  }
  // Rounded in one bulk call, not a rounder per element: a call whose target changed with the format made
  // V8 recompile this loop format after format.
  return roundArray(format, out, out);
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
  for (const c of dims) k[c] = (sinkNorm * Math.sqrt(dim) * mean[c]!) / norm;
  // The sink's queries lean toward it too: add the sink direction to every query in those pairs.
  for (let row = 0; row < rows; row++) for (const c of dims) q[row * dim + c] = q[row * dim + c]! + (2 * mean[c]!) / norm;
  // The changed entries rounded in bulk (the rest are on the grid already, and rounding is idempotent):
  // see sampleVectors.
  roundArray(format, q, q);
  roundArray(format, k, k);
  return { q, k };
}
