/**
 * Runs properties over kernels in both modes and judges each row. Cases depend on the run seed, the property
 * and the kernel's declared workload only (property.ts), and results are sorted by kernel name and property
 * id, so the report does not depend on kernel names, on which kernels run, or on the order anything ran in.
 *
 * A row's verdict follows from the row: it fails exactly when its largest figure (the measured cases' and
 * the assert-mode counterexample's) exceeds its threshold, or a figure is NaN. Beside it, the row carries
 * the format floor (floor.ts) measured on the same cases, and the kernel's ratio to it.
 */
import type { FormatName } from "../formats/table.js";
import { takeFinding } from "../kernels/guard.js";
import { floorKernel } from "./floor.js";
import { type AssertResult, type KernelUnderTest, type MeasureResult, type Property, assertProperty, caseWorkload, measureCases, measureGiven } from "./property.js";

/** Where a row's threshold came from. */
export type ThresholdSource = "derived" | "override" | { relativeTo: string };

/** How a row is judged: its threshold and where the threshold came from. */
export interface Judge {
  threshold: number;
  source: ThresholdSource;
}

export interface SuiteOptions {
  seed: number;
  /** Measure-mode cases per (kernel, property). */
  cases: number;
  /** Assert-mode fast-check runs per (kernel, property). */
  numRuns: number;
  maxPosition: number;
  /** Per-property thresholds replacing the derived ones (property id → threshold). */
  thresholds?: Readonly<Record<string, number>>;
  /** Floor measurements already made, by property and workload (a session's cache; never shared state). */
  floors?: Map<string, Promise<MeasureResult>>;
  /**
   * Measure-mode cases already drawn, by property and workload (a session's cache). Cases depend on the
   * workload alone, so every kernel that shares it, and the floor, are measured on copies of one draw:
   * drawing (Box–Muller per value) cost more than measuring for the attention properties.
   */
  caseDraws?: Map<string, readonly unknown[]>;
  /** Called after each (kernel, property), for progress output. */
  onResult?: (r: SuiteResult) => void;
}

export interface SuiteResult {
  kernel: string;
  property: string;
  derivation: string;
  /** The number the verdict used. */
  threshold: number;
  thresholdSource: ThresholdSource;
  /** "error": the kernel threw or returned garbage; the finding is in `error`, the run went on. */
  verdict: "pass" | "fail" | "error";
  /** The row's largest figure: the measured cases' maximum or the assert-mode counterexample's, NaN if any is NaN. */
  max: number;
  measure: MeasureResult;
  assert: AssertResult;
  /** The correctly rounded kernel of the same format on the same cases (floor.ts); null for an error row. */
  floor: { max: number; p99: number } | null;
  /** measure.rawMax / floor.max: how far from "as good as the format allows" (null when the floor is 0). */
  ratioToFloor: number | null;
  error?: string;
}

const EMPTY_MEASURE: MeasureResult = { cases: 0, summary: { n: 0, max: NaN, p99: NaN, mean: NaN }, byBucket: [], rawMax: NaN, over: 0, worst: [] };

/** The row's threshold: an override for the property if given, else the property's derived one. */
export function judgeOf(k: KernelUnderTest, p: Property<unknown>, thresholds?: Readonly<Record<string, number>>): Judge {
  const t = thresholds?.[p.id];
  return t === undefined ? { threshold: p.threshold(k), source: "derived" } : { threshold: t, source: "override" };
}

/** The largest of a row's figures, NaN if any is NaN. */
function rowMax(measure: MeasureResult, asserted: AssertResult): number {
  const c = asserted.counterexample?.value;
  const a = measure.summary.max;
  if (Number.isNaN(a) || (c !== undefined && Number.isNaN(c))) return NaN;
  return c === undefined ? a : Math.max(a, c);
}

/**
 * A property's measure-mode cases for the kernel's workload (measureCases), drawn once per session and
 * handed out as copies: a property may change its cases while evaluating them, and the next kernel must
 * still get the draw. Cases that cannot be copied (a custom property's, holding functions) are drawn anew.
 */
function casesOf(p: Property<unknown>, k: KernelUnderTest, options: Omit<SuiteOptions, "onResult">): unknown[] {
  const draw = { seed: options.seed, cases: options.cases, maxPosition: options.maxPosition };
  const cache = options.caseDraws;
  if (!cache) return measureCases(p, k, draw);
  const key = [p.id, caseWorkload(k, options.maxPosition), options.seed, options.cases].join("|");
  let drawn = cache.get(key);
  if (!drawn) {
    drawn = measureCases(p, k, draw);
    cache.set(key, drawn);
  }
  try {
    return structuredClone(drawn) as unknown[];
  } catch {
    return measureCases(p, k, draw);
  }
}

/** The format floor's figures for a property on a workload's cases, measured once per session. */
function floorMeasure(k: KernelUnderTest, p: Property<unknown>, options: Omit<SuiteOptions, "onResult">, threshold: number): Promise<MeasureResult> {
  const key = [p.id, caseWorkload(k, options.maxPosition), options.seed, options.cases, threshold].join("|");
  let m = options.floors?.get(key);
  if (!m) {
    m = measureGiven(p, floorKernel(k), casesOf(p, k, options), threshold);
    options.floors?.set(key, m);
  }
  return m;
}

export interface SuiteKernel {
  name: string;
  format: FormatName;
  rope: KernelUnderTest["rope"];
  pipeline?: unknown;
}

/** One kernel × property in both modes; a kernel that throws or returns garbage becomes an "error" verdict. */
export async function runPair(k: KernelUnderTest, p: Property<unknown>, options: Omit<SuiteOptions, "onResult">, judge: Judge = judgeOf(k, p, options.thresholds)): Promise<SuiteResult> {
  takeFinding(k); // a finding of an earlier job is that job's
  try {
    const { threshold } = judge;
    const measure = await measureGiven(p, k, casesOf(p, k, options), threshold);
    // Against a reference kernel, rows compare the two kernels on the same measured cases; assert mode's
    // extreme cases have no reference figure, so it does not run.
    const relative = typeof judge.source === "object";
    const asserted = relative ? { passed: true, numRuns: 0, seed: options.seed } : await assertProperty(p, k, { seed: options.seed, numRuns: options.numRuns, maxPosition: options.maxPosition, threshold });
    // A kernel that wrote into its inputs was measured on our own copies (kernels/guard.ts): the
    // measurement stands, and the write is the row's finding.
    const finding = takeFinding(k);
    const floor = await floorMeasure(k, p, options, threshold);
    return judgedRow(k, p, judge, measure, asserted, floor, finding);
  } catch (e) {
    // A kernel that throws or returns garbage is a finding about that kernel, not the end of the run.
    return errorResult(k, p, options.seed, e, judge);
  }
}

/**
 * A row from given cases alone (a fixture's stored rows: no assert mode, since a fixture answers only for
 * its rows), judged like any other row, with the format floor on the same cases.
 */
export async function judgeGivenCases<C>(k: KernelUnderTest, p: Property<C>, cases: readonly C[], judge: Judge, seed: number): Promise<SuiteResult> {
  const p0 = p as Property<unknown>;
  try {
    const measure = await measureGiven(p, k, cases, judge.threshold);
    const floor = await measureGiven(p, floorKernel(k), cases, judge.threshold);
    return judgedRow(k, p0, judge, measure, { passed: measure.over === 0, numRuns: 0, seed }, floor, null);
  } catch (e) {
    return errorResult(k, p0, seed, e, judge);
  }
}

/** What every row says of its kernel, property and threshold, in report key order. */
function rowHead(k: KernelUnderTest, p: Property<unknown>, judge: Judge): Pick<SuiteResult, "kernel" | "property" | "derivation" | "threshold" | "thresholdSource"> {
  return { kernel: k.name, property: p.id, derivation: p.derivation(k), threshold: judge.threshold, thresholdSource: judge.source };
}

/**
 * A row from its measurements: the largest figure (measured or asserted) against the threshold, the floor
 * and the ratio to it; a finding (a kernel that wrote into its inputs) makes it an error row that keeps
 * its measurement.
 */
function judgedRow(k: KernelUnderTest, p: Property<unknown>, judge: Judge, measure: MeasureResult, asserted: AssertResult, floor: MeasureResult, finding: string | null): SuiteResult {
  const max = rowMax(measure, asserted);
  // NaN compares false: a NaN figure fails the row.
  const verdict = finding !== null ? "error" : max <= judge.threshold ? "pass" : "fail";
  return {
    ...rowHead(k, p, judge),
    verdict,
    max,
    measure,
    assert: asserted,
    floor: { max: floor.rawMax, p99: floor.summary.p99 },
    ratioToFloor: floor.rawMax > 0 && Number.isFinite(measure.rawMax) ? measure.rawMax / floor.rawMax : null,
    ...(finding !== null ? { error: finding } : {}),
  };
}

export function errorResult(k: KernelUnderTest, p: Property<unknown>, seed: number, e: unknown, judge: Judge = judgeOf(k, p)): SuiteResult {
  const message = e instanceof Error ? e.message.split("\n")[0]! : String(e);
  return {
    ...rowHead(k, p, judge),
    verdict: "error",
    max: NaN,
    measure: EMPTY_MEASURE,
    assert: { passed: false, numRuns: 0, seed },
    floor: null,
    ratioToFloor: null,
    error: message,
  };
}

/** By kernel name: the order of every per-kernel list in a report (budgets, fingerprints, series). */
export function compareByKernel(a: { kernel: string }, b: { kernel: string }): number {
  return a.kernel < b.kernel ? -1 : a.kernel > b.kernel ? 1 : 0;
}

/** Sorted by kernel name, then property id: the order reports use, whatever order the work ran in. */
export function compareResults(a: { kernel: string; property: string }, b: { kernel: string; property: string }): number {
  return compareByKernel(a, b) || (a.property < b.property ? -1 : a.property > b.property ? 1 : 0);
}

export async function runSuite(kernels: readonly KernelUnderTest[], properties: readonly Property<unknown>[], options: SuiteOptions): Promise<SuiteResult[]> {
  const results: SuiteResult[] = [];
  for (const k of kernels)
    for (const p of properties) {
      const r = await runPair(k, p, options);
      results.push(r);
      options.onResult?.(r);
    }
  return results.sort(compareResults);
}
