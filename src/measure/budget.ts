/**
 * The error budget of a pipeline: how much of its error each stage causes, by position bucket.
 *
 * For each bucket, the same vectors and positions are rotated by the pipeline, by the pipeline with one
 * stage replaced by exact arithmetic (fp64; "int" for positions), and by the all-exact pipeline (the
 * reference). The measure is the mean squared error over rotated elements, relative to the mean square
 * of the input. Squared errors of independent rounding sources add, so the MSE a stage removes when made
 * exact is its contribution; `share` normalises the positive contributions to sum to 1. Interactions
 * (one stage's error magnified by another's) show up as contributions that do not add to the total: the
 * report keeps both `removed` (fraction of the total removed by fixing that stage alone) and `share`.
 */
import { InvalidArgumentError } from "../errors.js";
import { bucketBounds, bucketOf } from "./stats.js";
import { type UniformSource, createRng, uniformSource } from "../formats/rng.js";
import { rounder } from "../formats/rounder.js";
import { emulate } from "../rope/emulate.js";
import { EXACT_STAGES, type PipelineSpec, STAGES, type StageName, resolvePipeline } from "../rope/pipeline.js";

export interface BudgetOptions {
  pipeline: PipelineSpec;
  headDim: number;
  /** Position buckets [lo, hi); default powers of two [2^k, 2^(k+1)) from 1 up to 2^17, plus [0, 1). */
  buckets?: readonly (readonly [number, number])[];
  /** Vectors (and positions, uniform in the bucket) per bucket. Default 64. */
  samples?: number;
  seed?: number;
}

export interface StageContribution {
  stage: StageName;
  /** The stage's format in the pipeline (what "exact" replaced). */
  format: string;
  /** Relative RMS error of the pipeline with only this stage exact. */
  rmsWhenExact: number;
  /** Fraction of the pipeline's MSE removed by making this stage exact (may be < 0 or sum past 1). */
  removed: number;
  /** removed, clipped at 0 and normalised over the stages. */
  share: number;
}

export interface BudgetBucket {
  lo: number;
  hi: number;
  /** Relative RMS error of the pipeline against the all-exact pipeline. */
  rms: number;
  stages: StageContribution[];
  /** The stage with the largest contribution, or null when the pipeline is exact here. */
  dominant: StageName | null;
}

export interface ErrorBudget {
  pipeline: string;
  headDim: number;
  samples: number;
  seed: number;
  buckets: BudgetBucket[];
}

/** The pipeline with one stage (or every stage) replaced by exact arithmetic. */
export function withExactStage(p: PipelineSpec, stage: StageName | "all"): PipelineSpec {
  const chained = (p.invFreq.method ?? "pow") === "chained";
  const exact: Record<StageName, Partial<PipelineSpec>> = {
    invFreq: chained ? { invFreq: { format: "fp64", method: "pow" }, angle: { format: p.angle.format } } : { invFreq: { format: "fp64", method: "pow" } },
    position: { position: { format: "int" } },
    // A chained pipeline multiplies the angle in the invFreq format: making the angle exact means
    // chaining in fp64.
    angle: chained ? { invFreq: { format: "fp64", method: "chained" }, angle: { format: "fp64" } } : { angle: { format: "fp64" } },
    trig: { trig: { format: "fp64" } },
    cache: { cache: { format: "fp64" } },
    rotate: { rotate: { format: "fp64", fma: "none" } },
    output: { output: { format: "fp64" } },
  };
  if (stage === "all") return { ...p, ...EXACT_STAGES, name: `${p.name} (exact)` };
  return { ...p, ...exact[stage], name: `${p.name} (${stage} exact)` };
}

function stageFormat(p: PipelineSpec, stage: StageName): string {
  if (stage === "invFreq") return `${p.invFreq.format} ${p.invFreq.method ?? "pow"}`;
  if (stage === "rotate") return `${p.rotate.format}${p.rotate.fma && p.rotate.fma !== "none" ? ` fma:${p.rotate.fma}` : ""}`;
  return p[stage].format;
}

function defaultBuckets(): [number, number][] {
  const out: [number, number][] = [[0, 1]];
  for (let k = 0; k < 17; k++) out.push([2 ** k, 2 ** (k + 1)]);
  return out;
}

// The loops below live in their own small functions, not inline in errorBudget: a loop inside a function
// that runs once per kernel makes V8 compile that whole function anew (on-stack replacement) for every
// kernel, which cost more CPU than the budgets themselves; a small function called for every bucket is
// compiled once and reused.

/** n standard Gaussian components (Box–Muller), each rounded to the input format. */
function gaussianInputs(u: UniformSource, toInput: (v: number) => number, n: number): Float64Array {
  const x = new Float64Array(n);
  for (let k = 0; k < n; k += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - u.next()));
    const t = 2 * Math.PI * u.next();
    x[k] = toInput(r * Math.cos(t));
    x[k + 1] = toInput(r * Math.sin(t));
  }
  return x;
}

/** Σ x² over the rotary components of every headDim-long vector. */
function rotaryPower(x: Float64Array, headDim: number, rotaryDim: number): number {
  let power = 0;
  for (let k = 0; k < x.length; k++) if (k % headDim < rotaryDim) power += x[k]! * x[k]!;
  return power;
}

/** Σ (y − want)² over the rotary components of every headDim-long vector. */
function squaredError(y: Float64Array, want: Float64Array, headDim: number, rotaryDim: number): number {
  let s = 0;
  for (let k = 0; k < y.length; k++) if (k % headDim < rotaryDim) s += (y[k]! - want[k]!) ** 2;
  return s;
}

export function errorBudget(options: BudgetOptions): ErrorBudget {
  const { pipeline, headDim } = options;
  resolvePipeline(pipeline, headDim);
  const samples = options.samples ?? 64;
  const seed = options.seed ?? 1;
  if (!Number.isSafeInteger(samples) || samples < 1) throw new InvalidArgumentError("samples", "an integer ≥ 1", samples);
  const buckets = options.buckets ?? defaultBuckets();
  for (const [k, b] of buckets.entries())
    if (!Array.isArray(b) || !Number.isSafeInteger(b[0]) || !Number.isSafeInteger(b[1]) || b[0] < 0 || b[1] <= b[0])
      throw new InvalidArgumentError(`buckets[${k}]`, "[lo, hi) with safe integers 0 ≤ lo < hi", b);
  const full = emulate(pipeline);
  const reference = emulate(withExactStage(pipeline, "all"));
  const variants = STAGES.map((stage) => ({ stage, kernel: emulate(withExactStage(pipeline, stage)) }));
  const toInput = rounder(pipeline.format);
  const rotaryDim = pipeline.rope.rotaryDim ?? headDim;
  const u = uniformSource(createRng(seed));
  const out: BudgetBucket[] = [];
  for (const [lo, hi] of buckets) {
    const x = gaussianInputs(u, toInput, samples * headDim);
    const positions = new Float64Array(samples);
    for (let i = 0; i < samples; i++) positions[i] = lo + Math.floor(u.next() * (hi - lo));
    const power = rotaryPower(x, headDim, rotaryDim);
    const want = reference.rotate(x, positions, headDim);
    const mse = (y: Float64Array): number => squaredError(y, want, headDim, rotaryDim) / power;
    const total = mse(full.rotate(x, positions, headDim));
    const contributions = variants.map(({ stage, kernel }) => {
      const e = mse(kernel.rotate(x, positions, headDim));
      return { stage, format: stageFormat(pipeline, stage), rmsWhenExact: Math.sqrt(e), removed: total > 0 ? (total - e) / total : 0, share: 0 };
    });
    const positive = contributions.reduce((s, c) => s + Math.max(0, c.removed), 0);
    for (const c of contributions) c.share = positive > 0 ? Math.max(0, c.removed) / positive : 0;
    const top = contributions.reduce((a, b) => (b.removed > a.removed ? b : a));
    out.push({ lo, hi, rms: Math.sqrt(total), stages: contributions, dominant: total > 0 && top.removed > 0 ? top.stage : null });
  }
  return { pipeline: pipeline.name, headDim, samples, seed, buckets: out };
}

/** "at positions in [65536, 131072), the angle (fp32) causes most of hf's error (61% of its MSE)". */
export function describeBucket(budget: ErrorBudget, b: BudgetBucket): string {
  if (!b.dominant) return `at positions in [${b.lo}, ${b.hi}), ${budget.pipeline} matches exact arithmetic`;
  const c = b.stages.find((s) => s.stage === b.dominant)!;
  return `at positions in [${b.lo}, ${b.hi}), the ${c.stage} stage (${c.format}) causes most of ${budget.pipeline}'s error: making it exact removes ${(100 * c.removed).toFixed(0)}% of the squared error (relative RMS ${b.rms.toExponential(2)})`;
}

/**
 * Position buckets of an error budget up to maxPosition: [0, 1), then [2^(k−1), 2^k) up to the bucket that
 * holds maxPosition — the buckets every report and the budget command use (stats.ts bucketOf).
 */
export function budgetBuckets(maxPosition: number): [number, number][] {
  return Array.from({ length: bucketOf(maxPosition) + 1 }, (_, b) => bucketBounds(b));
}
