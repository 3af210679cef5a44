/**
 * Properties (docs/properties.md) and the two ways to run one on a kernel:
 *  - measure: N seeded cases from realistic distributions; statistics by position bucket, worst cases kept;
 *  - assert: fast-check with a fixed seed; a failure is shrunk to a minimal counterexample and returned
 *    with a replay token that reproduces exactly that case.
 * Cases are common random numbers: they are drawn from seeds derived from (run seed, property) and the
 * workload the kernel declares (format, head dim, RoPE shape, largest position) — never from the kernel's
 * name or from which other kernels run — so two kernels producing the same bits get the same figures, and
 * "my kernel vs hf" compares them on the same cases.
 *
 * Judging: every case has a raw deviation and an allowance (what a kernel doing its arithmetic well in its
 * output format may err on that case, properties/common.ts); the property's threshold is the allowance
 * without its position-dependent part. A case's figure is raw × threshold / allowance, so one threshold
 * judges the row: a row fails exactly when its largest figure (measured or asserted) exceeds its threshold.
 */
import fc from "fast-check";
import { InvalidArgumentError } from "../errors.js";
import { type Rng, createRng } from "../formats/rng.js";
import type { FormatName } from "../formats/table.js";
import type { Layout, Scaling } from "../oracle/spec.js";
import { type BucketSummary, type Summary, largestIndices, summarize, summarizeByBucket } from "./stats.js";

/** What a property knows of the kernel under test. */
export interface KernelUnderTest {
  name: string;
  format: FormatName;
  rope: { layout: Layout; base: number; rotaryDim?: number; scaling?: Scaling };
  headDim: number;
  rotate(x: Float64Array, positions: Float64Array, headDim: number): Float64Array | Promise<Float64Array>;
}

export interface Evaluation {
  /** The measured deviation (property's unit). */
  value: number;
  /** The largest position the case involves (for bucketing). */
  position: number;
  /**
   * What a kernel doing its arithmetic well in its format may err on this case, in `value`'s unit (≥ the
   * property's threshold; larger where it grows with position). 0 for exact properties.
   */
  allowance: number;
}

/** A case's figure: its raw deviation at the scale of the row's threshold (raw where the allowance is 0). */
export function caseFigure(raw: number, threshold: number, allowance: number): number {
  return allowance > 0 && threshold > 0 ? (raw * threshold) / allowance : raw;
}

export interface Property<C> {
  id: string;
  claim: string;
  /** What `value` is, with its unit. */
  measure: string;
  /** The default threshold of a row, in `measure`'s unit: the allowance at position 0. */
  threshold(k: KernelUnderTest): number;
  /** How the default threshold follows from the formats (written next to the property). */
  derivation(k: KernelUnderTest): string;
  /** Measure mode: one case from realistic distributions. */
  sample(rng: Rng, k: KernelUnderTest, maxPosition: number): C;
  /** Assert mode: shrinkable cases (toward small positions, shifts, norms). */
  arbitrary(k: KernelUnderTest, maxPosition: number): fc.Arbitrary<C>;
  /** Evaluates cases (batched: one rotate call where possible). */
  evaluate(k: KernelUnderTest, cases: readonly C[]): Promise<Evaluation[]>;
  /** A one-line description of a case, for counterexamples. */
  describe(c: C): string;
  /**
   * How many single-vector cases one case is worth (default 1): an attention window of 64 tokens is
   * thousands of logits, so it runs cases/weight measure cases and runs/weight assert runs (at least 8).
   */
  weight?: number;
}

/** Cases or runs a property gets out of a budget stated in single-vector cases. */
export function weighted(p: { weight?: number }, budget: number): number {
  const w = p.weight ?? 1;
  return w === 1 ? budget : Math.max(Math.min(budget, 8), Math.ceil(budget / w));
}

export interface MeasureResult {
  cases: number;
  /** Statistics of the cases' figures. */
  summary: Summary;
  byBucket: BucketSummary[];
  /** The largest raw deviation (before scaling to the threshold; equal to summary.max where no allowance grows). */
  rawMax: number;
  /** Cases whose figure exceeds the threshold (NaN counts as over). */
  over: number;
  /** The worst cases by figure: figure, raw deviation, largest position, description. */
  worst: { value: number; raw: number; position: number; case: string }[];
}

export interface AssertResult {
  passed: boolean;
  numRuns: number;
  seed: number;
  /** The shrunk case: its figure (judged against the row's threshold), raw deviation and position. */
  counterexample?: { case: string; value: number; raw: number; position: number };
  /** Reproduces the counterexample: `rope-audit run --replay TOKEN`. */
  replay?: string;
  shrinks?: number;
}

/** FNV-1a over the text, mixed with the seed: a stable seed per (property, workload). */
export function derivedSeed(seed: number, ...parts: string[]): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const ch of parts.join("\u0000")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * The workload a case depends on: what the kernel declares of itself, never its name. Kernels that share it
 * are measured on the same cases.
 */
export function caseWorkload(k: KernelUnderTest, maxPosition: number): string {
  const r = k.rope;
  return [k.format, k.headDim, r.layout, r.base, r.rotaryDim ?? k.headDim, JSON.stringify(r.scaling ?? { type: "none" }), maxPosition].join("|");
}

/** The measure-mode cases of a property for a workload (the same for every kernel that shares it). */
export function measureCases<C>(p: Property<C>, k: KernelUnderTest, options: { seed: number; cases: number; maxPosition: number }): C[] {
  if (!Number.isSafeInteger(options.cases) || options.cases < 1) throw new InvalidArgumentError("cases", "an integer ≥ 1", options.cases);
  const rng = createRng(derivedSeed(options.seed, "measure", p.id, caseWorkload(k, options.maxPosition)));
  return Array.from({ length: weighted(p, options.cases) }, () => p.sample(rng, k, options.maxPosition));
}

/** Evaluations of cases as figures at the threshold's scale. */
export function figuresOf(evals: readonly Evaluation[], threshold: number): number[] {
  return evals.map((e) => caseFigure(e.value, threshold, e.allowance));
}

export async function measureProperty<C>(
  p: Property<C>,
  k: KernelUnderTest,
  options: { seed: number; cases: number; maxPosition: number; threshold?: number },
): Promise<MeasureResult> {
  return measureGiven(p, k, measureCases(p, k, options), options.threshold ?? p.threshold(k));
}

/**
 * Measure mode on given cases (drawn by measureCases, or a fixture's stored rows), judged against `threshold`.
 * Figures are at the scale of the property's derived threshold whatever threshold judges them, so an
 * override changes the verdict, never the figures.
 */
export async function measureGiven<C>(p: Property<C>, k: KernelUnderTest, cases: readonly C[], threshold: number): Promise<MeasureResult> {
  const evals = await p.evaluate(k, cases);
  const figures = figuresOf(evals, p.threshold(k));
  const positions = evals.map((e) => e.position);
  let rawMax = 0;
  let over = 0;
  for (let i = 0; i < evals.length; i++) {
    rawMax = Number.isNaN(evals[i]!.value) || Number.isNaN(rawMax) ? NaN : Math.max(rawMax, evals[i]!.value);
    if (!(figures[i]! <= threshold)) over++;
  }
  return {
    cases: cases.length,
    summary: summarize(figures),
    byBucket: summarizeByBucket(figures, positions),
    rawMax,
    over,
    // Worst first; NaN counts as worst of all.
    worst: largestIndices(figures, 3).map((i) => ({ value: figures[i]!, raw: evals[i]!.value, position: evals[i]!.position, case: p.describe(cases[i]!) })),
  };
}

/** What a replay token records besides the property and kernel: the workload its case was drawn from. */
export interface ReplayWorkload {
  maxPosition: number;
  headDim: number;
}

/**
 * `property@kernel/seed/path/maxPosition/headDim`. The path is fast-check's counterexample path with runs of
 * one step written `step*count` (shrinking paths are mostly long runs of 0). The kernel's own format and RoPE
 * shape come with the kernel (the same spec opens the same kernel), so the case replays exactly.
 */
export function replayToken(propertyId: string, kernel: string, seed: number, path: string, workload: ReplayWorkload): string {
  const steps = path === "" ? [] : path.split(":");
  const runs: string[] = [];
  for (let i = 0; i < steps.length; ) {
    let j = i;
    while (j < steps.length && steps[j] === steps[i]) j++;
    runs.push(j - i > 2 ? `${steps[i]}*${j - i}` : steps.slice(i, j).join("."));
    i = j;
  }
  return `${propertyId}@${kernel}/${seed}/${runs.join(".")}/${workload.maxPosition}/${workload.headDim}`;
}

export function parseReplayToken(token: string): { property: string; kernel: string; seed: number; path: string } & ReplayWorkload {
  const m = /^([a-z0-9._:-]+)@([^/]+)\/(-?\d+)\/([\d.*]*)\/(\d+)\/(\d+)$/.exec(token);
  if (!m) throw new InvalidArgumentError("--replay", "a token printed by rope-audit run (property@kernel/seed/path/maxPosition/headDim)", token);
  const path = m[4]!
    .split(".")
    .filter((x) => x !== "")
    .flatMap((run) => {
      const [step, count] = run.split("*");
      return Array.from({ length: count === undefined ? 1 : Number(count) }, () => step!);
    })
    .join(":");
  return { property: m[1]!, kernel: m[2]!, seed: Number(m[3]), path, maxPosition: Number(m[5]), headDim: Number(m[6]) };
}

export async function assertProperty<C>(
  p: Property<C>,
  k: KernelUnderTest,
  options: { seed: number; numRuns: number; maxPosition: number; path?: string; threshold?: number },
): Promise<AssertResult> {
  const seed = options.path === undefined ? derivedSeed(options.seed, "assert", p.id, caseWorkload(k, options.maxPosition)) : options.seed;
  const threshold = options.threshold ?? p.threshold(k);
  const scale = p.threshold(k);
  const property = fc.asyncProperty(p.arbitrary(k, options.maxPosition), async (c) => {
    const [e] = await p.evaluate(k, [c]);
    return caseFigure(e!.value, scale, e!.allowance) <= threshold;
  });
  const details = await fc.check(property, {
    seed,
    numRuns: options.path === undefined ? weighted(p, options.numRuns) : options.numRuns,
    ...(options.path !== undefined ? { path: options.path, endOnFailure: true } : {}),
  });
  if (!details.failed) return { passed: true, numRuns: details.numRuns, seed };
  const c = details.counterexample![0] as C;
  const [e] = await p.evaluate(k, [c]);
  return {
    passed: false,
    numRuns: details.numRuns,
    seed,
    shrinks: details.numShrinks,
    counterexample: { case: p.describe(c), value: caseFigure(e!.value, scale, e!.allowance), raw: e!.value, position: e!.position },
    replay: replayToken(p.id, k.name, details.seed, details.counterexamplePath ?? "", { maxPosition: options.maxPosition, headDim: k.headDim }),
  };
}
