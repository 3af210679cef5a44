/**
 * A synthetic but plausible run report for renderer tests: four kernels (two zoo pipelines with error
 * budgets, a black-box module kernel with a hostile name and a fingerprint, and a module kernel that
 * throws), four properties, failures with replay tokens. Errors grow with position from ~1e-9 to ~1e-2
 * and are exactly 0 at position 0, as real kernels' are. No randomness: the same report every call.
 */
import type { BudgetBucket, StageContribution } from "../../src/measure/budget.js";
import type { MeasureResult } from "../../src/measure/property.js";
import type { SuiteResult } from "../../src/measure/suite.js";
import { REPORT_SCHEMA, type KernelBudget, type KernelSeries, type Report } from "../../src/report/model.js";
import { STAGES, type StageName } from "../../src/rope/pipeline.js";

/** Markup, a terminal escape sequence and a newline: every renderer must show it, never obey it. */
export const HOSTILE_NAME = '<script>alert(1)</script>"\u001b[31m\nnext-line';
export const BROKEN_NAME = "module:./broken-kernel.js";

const SEED = 42;
const MAX_POSITION = 65536;
const BROKEN_ERROR = "rotate() returned 63 values, expected 64 (x.length) <kernel bug>";

const PROPERTIES = [
  { id: "attention.shift", claim: "attention is shift invariant", measure: "paper Eq. 4 D(Δ₁, Δ₂)" },
  { id: "logit.relative", claim: "ŝ(m+Δ, n+Δ) = ŝ(m, n)", measure: "abs logit difference relative to ‖q‖‖k‖" },
  { id: "rope.exactness", claim: "rotated vectors equal exact RoPE", measure: "relative error against the fp64 oracle" },
  { id: "rope.origin", claim: "position 0 is the identity", measure: "exact equality" },
];

/** [0, 1), [1, 2), [2, 4), … [65536, 131072): the buckets the suite and the budget use. */
const BUCKETS: [number, number][] = [[0, 1], ...Array.from({ length: 17 }, (_, k): [number, number] => [2 ** k, 2 ** (k + 1)])];

/** Error of a kernel at position p: a floor from its output format plus a term growing with p (fp32 angle). */
const errorAt = (floor: number, growth: number, p: number): number => (p === 0 ? 0 : floor + growth * p ** 1.4);

/** Measure-mode results whose worst case is `worstRatio` times a threshold of `threshold`. */
function measure(worstRatio: number, threshold: number, cases: string[]): MeasureResult {
  const max = worstRatio * threshold;
  return {
    rawMax: max,
    over: worstRatio > 1 ? 37 : 0,
    cases: 256,
    summary: { n: 256, max, p99: max * 0.8, mean: max * 0.3 },
    byBucket: BUCKETS.map(([lo, hi]) => {
      const m = lo === 0 ? 0 : max * Math.sqrt(hi / BUCKETS.at(-1)![1]);
      return { lo, hi, n: 16, max: m, p99: m * 0.9, mean: m * 0.3 };
    }),
    worst: cases.map((c, i) => ({ value: max / (i + 1), raw: max / (i + 1), position: 65535 - 1000 * i, case: c })),
  };
}

const pass = (kernel: string, property: string, ratio = 0.4): SuiteResult => ({
  kernel,
  property,
  derivation: "threshold from the bf16 unit roundoff 2⁻⁸ times 4",
  threshold: 1.6e-2,
  thresholdSource: "derived",
  verdict: "pass",
  max: ratio * 1.6e-2,
  measure: measure(ratio, 1.6e-2, ["q, k at positions (12, 40) in a 64-token window"]),
  assert: { passed: true, numRuns: 100, seed: 3_141_592 },
  floor: { max: 1.6e-2 * 0.2, p99: 1.6e-2 * 0.15 },
  ratioToFloor: ratio / 0.2,
});

function fail(kernel: string, property: string, ratio: number, token: string | null): SuiteResult {
  const r: SuiteResult = { ...pass(kernel, property, ratio), verdict: "fail", threshold: 6.4e-4, max: ratio * 6.4e-4, floor: { max: 6.4e-4 * 0.2, p99: 6.4e-4 * 0.15 } };
  r.measure = measure(ratio, 6.4e-4, ["x = [0.5, −1.25, …] at position 65535", "x = [1, 0, …] at position 64535"]);
  if (token !== null)
    r.assert = {
      passed: false,
      numRuns: 37,
      seed: 271_828,
      shrinks: 12,
      counterexample: { case: "x = [1, 0, 0, …] at position 32769 <shrunk>", value: 6.4e-4 * ratio * 0.6, raw: 6.4e-4 * ratio * 0.6, position: 32769 },
      replay: `${property}@${kernel}/271828/${token}/${MAX_POSITION}/128`,
    };
  return r;
}

const broken = (property: string): SuiteResult => ({
  kernel: BROKEN_NAME,
  property,
  derivation: "threshold from the bf16 unit roundoff 2⁻⁸ times 4",
  threshold: 1.6e-2,
  thresholdSource: "derived",
  verdict: "error",
  max: NaN,
  measure: { cases: 0, summary: { n: 0, max: NaN, p99: NaN, mean: NaN }, byBucket: [], rawMax: NaN, over: 0, worst: [] },
  assert: { passed: false, numRuns: 0, seed: SEED },
  floor: null,
  ratioToFloor: null,
  error: BROKEN_ERROR,
});

function series(kernel: string, floor: number, growth: number, dScale: number, firstKey: number): KernelSeries {
  const shifts = [0, 1, 2, 4, 16, 64, 256, 1024, 4096, 16384];
  const keys = [firstKey, 0.09, 0.07, 0.05, 0.04, 0.03, 0.02, 0.02];
  return {
    kernel,
    error: null,
    positionError: BUCKETS.map(([lo, hi]) => {
      const max = errorAt(floor, growth, hi - 1);
      return { lo, hi, n: 64, max, mean: lo === 0 ? 0 : max / 3.2 };
    }),
    shift: { window: 64, rows: 16, shifts, D: shifts.map((d) => (d === 0 ? 0 : dScale * Math.log2(1 + d))) },
    perKey: { shift: 16384, share: keys, rest: 1 - keys.reduce((a, b) => a + b, 0) },
  };
}

/** Shares of each stage by bucket: the angle's share grows with position, as an fp32 angle's does. */
function budget(kernel: string, weights: (k: number) => Record<StageName, number>, formats: Record<StageName, string>): KernelBudget {
  const buckets: BudgetBucket[] = BUCKETS.map(([lo, hi], k) => {
    if (lo === 0) {
      // Position 0: cos = 1, sin = 0 in every format, so the pipeline is exact there.
      const stages = STAGES.map((stage): StageContribution => ({ stage, format: formats[stage], rmsWhenExact: 0, removed: 0, share: 0 }));
      return { lo, hi, rms: 0, stages, dominant: null };
    }
    const w = weights(k);
    const total = STAGES.reduce((s, stage) => s + w[stage], 0);
    const stages = STAGES.map((stage): StageContribution => ({ stage, format: formats[stage], rmsWhenExact: 2e-3 * (1 - w[stage] / total), removed: w[stage] / total, share: w[stage] / total }));
    const dominant = stages.reduce((a, b) => (b.removed > a.removed ? b : a)).stage;
    return { lo, hi, rms: 2e-3 + 1e-7 * hi, stages, dominant };
  });
  return { kernel, budget: { pipeline: kernel, headDim: 128, samples: 64, seed: 1, buckets } };
}

export function sampleReport(): Report {
  const hfFormats: Record<StageName, string> = { invFreq: "fp32 pow", position: "int", angle: "fp32", trig: "fp32", cache: "bf16", rotate: "bf16", output: "bf16" };
  const metaFormats: Record<StageName, string> = { ...hfFormats, cache: "fp32", rotate: "fp32 fma:none" };
  return {
    schema: REPORT_SCHEMA,
    version: "0.1.0",
    seed: SEED,
    cases: 256,
    numRuns: 100,
    maxPosition: MAX_POSITION,
    headDim: 128,
    thresholds: {},
    kernels: [
      { name: HOSTILE_NAME, format: "fp32", rope: { layout: "neox", base: 10000 } },
      { name: "hf", format: "bf16", rope: { layout: "neox", base: 10000 }, pipeline: "hf" },
      { name: "meta-llama", format: "bf16", rope: { layout: "gptj", base: 500000 }, pipeline: "meta-llama" },
      { name: BROKEN_NAME, format: "bf16", rope: { layout: "neox", base: 10000 } },
    ],
    properties: PROPERTIES,
    results: [
      pass(HOSTILE_NAME, "attention.shift"),
      pass(HOSTILE_NAME, "logit.relative", 0.7),
      fail(HOSTILE_NAME, "rope.exactness", 3.5, "0*14.2"),
      pass(HOSTILE_NAME, "rope.origin", 0),
      pass("hf", "attention.shift", 0.9),
      fail("hf", "logit.relative", 41.7, "3.0*9"),
      fail("hf", "rope.exactness", 12.25, "1.1.0*6"),
      pass("hf", "rope.origin", 0),
      pass("meta-llama", "attention.shift", 0.2),
      fail("meta-llama", "logit.relative", 1.3, null),
      pass("meta-llama", "rope.exactness", 0.8),
      pass("meta-llama", "rope.origin", 0),
      ...PROPERTIES.map((p) => broken(p.id)),
    ],
    budgets: [
      budget("hf", (k) => ({ invFreq: 0.02, position: 0, angle: 0.01 * 2 ** (k / 2), trig: 0.05, cache: 0.6, rotate: 0.35, output: 0.2 }), hfFormats),
      budget("meta-llama", (k) => ({ invFreq: 0.03, position: 0, angle: 0.02 * 2 ** (k / 2), trig: 0.04, cache: 0, rotate: 0.1, output: 0.8 }), metaFormats),
    ],
    fingerprints: [
      {
        kernel: HOSTILE_NAME,
        fingerprint: {
          best: { name: "te-fused@fp32", bitAgreement: 0.99984, equivalent: ["flash-attn-triton@fp32"] },
          ranking: [
            { name: "te-fused@fp32", bitAgreement: 0.99984, maxAbsError: 5.9e-8 },
            { name: "flash-attn-triton@fp32", bitAgreement: 0.99984, maxAbsError: 5.9e-8 },
            { name: "hf@fp32", bitAgreement: 0.91, maxAbsError: 2.4e-7 },
          ],
        },
        error: null,
      },
      { kernel: BROKEN_NAME, fingerprint: null, error: BROKEN_ERROR },
    ],
    series: [
      series(HOSTILE_NAME, 1e-9, 1.2e-9, 2e-6, 0.12),
      series("hf", 2.1e-3, 4e-10, 3e-3, 0.31),
      series("meta-llama", 1.1e-3, 2e-10, 9e-4, 0.22),
      { kernel: BROKEN_NAME, error: BROKEN_ERROR, positionError: [], shift: { window: 64, rows: 16, shifts: [], D: [] }, perKey: { shift: 0, share: [], rest: 0 } },
    ],
    run: { date: "2025-06-01T12:00:00.000Z", durationMs: 48213, node: "v20.19.0", platform: "linux-x64", workers: 2 },
  };
}
