/**
 * Runs properties over kernels in both modes. Every (kernel, property) pair gets seeds derived from the
 * run seed and its own names, and results are sorted by kernel name and property id, so the report does
 * not depend on the order kernels or properties were given or ran in.
 */
import type { FormatName } from "../formats/table.js";
import { takeFinding } from "../kernels/guard.js";
import { type AssertResult, type KernelUnderTest, type MeasureResult, type Property, assertProperty, measureProperty } from "./property.js";

export interface SuiteOptions {
  seed: number;
  /** Measure-mode cases per (kernel, property). */
  cases: number;
  /** Assert-mode fast-check runs per (kernel, property). */
  numRuns: number;
  maxPosition: number;
  /** Called after each (kernel, property), for progress output. */
  onResult?: (r: SuiteResult) => void;
}

export interface SuiteResult {
  kernel: string;
  property: string;
  derivation: string;
  /** "error": the kernel threw or returned garbage; the finding is in `error`, the run went on. */
  verdict: "pass" | "fail" | "error";
  measure: MeasureResult;
  assert: AssertResult;
  error?: string;
}

const EMPTY_MEASURE: MeasureResult = { cases: 0, summary: { n: 0, max: NaN, p99: NaN, mean: NaN }, byBucket: [], worstRatio: NaN, worst: [] };

export interface SuiteKernel {
  name: string;
  format: FormatName;
  rope: KernelUnderTest["rope"];
  pipeline?: unknown;
}

/** One kernel × property in both modes; a kernel that throws or returns garbage becomes an "error" verdict. */
export async function runPair(k: KernelUnderTest, p: Property<unknown>, options: Omit<SuiteOptions, "onResult">): Promise<SuiteResult> {
  takeFinding(k); // a finding of an earlier job is that job's
  try {
    const measure = await measureProperty(p, k, { seed: options.seed, cases: options.cases, maxPosition: options.maxPosition });
    const asserted = await assertProperty(p, k, { seed: options.seed, numRuns: options.numRuns, maxPosition: options.maxPosition });
    // A property holds when assert mode finds no counterexample and every measured case is within
    // its threshold (NaN counts as outside).
    const holds = asserted.passed && measure.worstRatio <= 1;
    // A kernel that wrote into its inputs was measured on our own copies (kernels/guard.ts); the
    // measurement stands, and the write is the finding.
    const finding = takeFinding(k);
    if (finding !== null) return { kernel: k.name, property: p.id, derivation: p.derivation(k), verdict: "error", measure, assert: asserted, error: finding };
    return { kernel: k.name, property: p.id, derivation: p.derivation(k), verdict: holds ? "pass" : "fail", measure, assert: asserted };
  } catch (e) {
    // A kernel that throws or returns garbage is a finding about that kernel, not the end of the run.
    return errorResult(k, p, options.seed, e);
  }
}

export function errorResult(k: KernelUnderTest, p: Property<unknown>, seed: number, e: unknown): SuiteResult {
  const message = e instanceof Error ? e.message.split("\n")[0]! : String(e);
  return { kernel: k.name, property: p.id, derivation: p.derivation(k), verdict: "error", measure: EMPTY_MEASURE, assert: { passed: false, numRuns: 0, seed }, error: message };
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
