/**
 * Chart data for one kernel, measured with the run's seed:
 *  - rotation error against the fp64 oracle by position bucket [2^(k−1), 2^k) (bucket 0: position 0),
 *    the "error vs position" chart;
 *  - the paper's D (Eq. 4, arXiv 2411.13476) between a causal window at positions 0… and the same window
 *    shifted by Δ, for Δ = 1, 4, 16, … up to the largest shift the run's positions allow, on the sink
 *    workload (the pretrained-like model of docs/paper.md) through the kernel's score pipeline;
 *  - per-key attribution of D at the largest shift (how much of it the first keys carry).
 * The fp64 oracle's own error (≤ 2.1e−7 relative below 2^31, `rope-audit oracle cross-check`) is far below
 * one bf16/fp16/fp32 output ulp, so the measured error is the kernel's.
 */
import { createRng, uniformSource } from "../formats/rng.js";
import { createFastOracle } from "../oracle/fast-oracle.js";
import { type RopeSpec, ropeSpecAt } from "../oracle/spec.js";
import { sampleSinkWorkload, sampleVectors } from "../generators/vectors.js";
import { attentionShift } from "../attention/shift.js";
import { scoreForFormat } from "../attention/score.js";
import { bucketBounds, bucketOf } from "./stats.js";
import { type KernelUnderTest, caseWorkload, derivedSeed } from "./property.js";

/** One position bucket [lo, hi) of a kernel's rotation error against the fp64 oracle. */
export interface PositionErrorPoint {
  lo: number;
  hi: number;
  /** Vectors measured in the bucket. */
  n: number;
  /** Largest and mean ‖rotate(x, p) − R(p)x‖₂ / ‖x‖₂ over them. */
  max: number;
  mean: number;
}

export interface SeriesData {
  positionError: PositionErrorPoint[];
  /** D(0, Δ) over a causal window of `window` tokens (every row evaluated, so D is exact, not sampled). */
  shift: { window: number; rows: number; shifts: number[]; D: number[] };
  /** Shares of D carried by keys 0…share.length−1 at `shift`, and by all other keys together. */
  perKey: { shift: number; share: number[]; rest: number };
}

export interface SeriesOptions {
  seed: number;
  maxPosition: number;
  /** Vectors per position bucket (default 16). */
  perBucket?: number;
  /** Tokens in the shifted window (default 128). */
  window?: number;
  /** Keys whose share is reported one by one (default 16). */
  keys?: number;
}

const oracle = createFastOracle();

/** Δ = 1, 4, 16, … while the shifted window stays within maxPosition, then the largest shift itself. */
export function seriesShifts(maxPosition: number, window: number): number[] {
  const largest = maxPosition - window + 1;
  const shifts: number[] = [];
  for (let s = 1; s < largest; s *= 4) shifts.push(s);
  if (largest >= 1) shifts.push(largest);
  return shifts;
}

/**
 * Largest and mean relative error of vectors [from, to): their own function, not a loop inline in
 * kernelSeries, so that V8 compiles it once for all kernels (a hot loop in a function that runs once per
 * kernel is compiled anew for each).
 */
function bucketError(rope: RopeSpec, x: Float64Array, y: Float64Array, positions: Float64Array, d: number, from: number, to: number): { max: number; mean: number } {
  let max = 0;
  let sum = 0;
  const exact = oracle.rotateRows(rope, x.subarray(from * d, to * d), positions.subarray(from, to), new Float64Array((to - from) * d));
  for (let r = from; r < to; r++) {
    const e = relativeError(x, y, exact, r * d, (r - from) * d, d);
    // NaN from an overflowing kernel must survive into the report, not vanish in Math.max.
    max = Number.isNaN(e) || Number.isNaN(max) ? NaN : Math.max(max, e);
    sum += e;
  }
  return { max, mean: sum / (to - from) };
}

/** ‖y − exact‖₂ / ‖x‖₂ for the vector at offset `at` of x and y and `exactAt` of exact (‖y − exact‖₂ when x is zero). */
function relativeError(x: Float64Array, y: Float64Array, exact: Float64Array, at: number, exactAt: number, d: number): number {
  let err = 0;
  let norm = 0;
  for (let t = 0; t < d; t++) {
    err += (y[at + t]! - exact[exactAt + t]!) ** 2;
    norm += x[at + t]! ** 2;
  }
  return norm > 0 ? Math.sqrt(err / norm) : Math.sqrt(err);
}

export async function kernelSeries(k: KernelUnderTest, o: SeriesOptions): Promise<SeriesData> {
  const d = k.headDim;
  const perBucket = o.perBucket ?? 16;
  // Common random numbers: the same vectors for every kernel of one workload, whatever its name.
  const rng = createRng(derivedSeed(o.seed, "series", caseWorkload(k, o.maxPosition)));
  const rope = ropeSpecAt(k.rope, d);

  // Error vs position: every bucket up to the one holding maxPosition, in one rotate call.
  const top = bucketOf(o.maxPosition);
  const u = uniformSource(rng);
  const positions = new Float64Array((top + 1) * perBucket);
  for (let b = 0; b <= top; b++) {
    const [lo, end] = bucketBounds(b);
    const hi = Math.min(end, o.maxPosition + 1);
    for (let r = 0; r < perBucket; r++) positions[b * perBucket + r] = lo + Math.floor(u.next() * (hi - lo));
  }
  const x = sampleVectors(rng, k.format, positions.length, d, "gaussian");
  const y = await k.rotate(x, positions, d);
  const positionError: PositionErrorPoint[] = [];
  for (let b = 0; b <= top; b++) {
    const [lo, hi] = bucketBounds(b);
    positionError.push({ lo, hi, n: perBucket, ...bucketError(rope, x, y, positions, d, b * perBucket, (b + 1) * perBucket) });
  }

  // D vs shift and per-key attribution, on the sink workload.
  const window = Math.min(o.window ?? 128, o.maxPosition + 1);
  const keys = Math.min(o.keys ?? 16, window);
  const w = sampleSinkWorkload(rng, k.format, window, d, { layout: k.rope.layout });
  const shifts = seriesShifts(o.maxPosition, window);
  const score = scoreForFormat(k.format);
  const D: number[] = [];
  let perKey: SeriesData["perKey"] = { shift: 0, share: [], rest: 0 };
  for (const [i, s] of shifts.entries()) {
    const r = await attentionShift({ kernel: k, headDim: d, q: w.q, k: w.k, docLengths: [window], scheme: "full", score, shifts: [0, s] });
    D.push(r.D);
    if (i === shifts.length - 1) {
      // D = 0: nothing to attribute (shares 0). D = NaN (positions overflowed the kernel's format): the
      // shares are unknown, and NaN says so where 0 would claim the keys carry nothing.
      const of = (v: number): number => (r.D > 0 ? v / r.D : r.D === 0 ? 0 : NaN);
      const share = Array.from({ length: keys }, (_, j) => of(r.perKey[j]!));
      let rest = 0;
      for (let j = keys; j < window; j++) rest += of(r.perKey[j]!);
      perKey = { shift: s, share, rest };
    }
  }
  return { positionError, shift: { window, rows: window, shifts, D }, perKey };
}
