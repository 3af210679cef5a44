/**
 * Properties (docs/properties.md) and the two ways to run one on a kernel:
 *  - measure: N seeded cases from realistic distributions; statistics by position bucket, worst cases kept;
 *  - assert: fast-check with a fixed seed; a failure is shrunk to a minimal counterexample and returned
 *    with a replay token that reproduces exactly that case.
 * Seeds are derived from (run seed, kernel, property), so results do not depend on the order in which
 * kernels or properties run.
 */
import fc from "fast-check";
import { InvalidArgumentError } from "../errors.js";
import { type Rng, createRng } from "../formats/rng.js";
import type { FormatName } from "../formats/table.js";
import type { Layout, Scaling } from "../oracle/spec.js";
import { type BucketSummary, type Summary, summarize, summarizeByBucket } from "./stats.js";

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
  /** The threshold for this case (may depend on its positions, e.g. fp64 angle error). */
  threshold: number;
}

export interface Property<C> {
  id: string;
  claim: string;
  /** What `value` is, with its unit. */
  measure: string;
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
  summary: Summary;
  byBucket: BucketSummary[];
  /** max over cases of value / threshold: ≤ 1 means every case is within its threshold. */
  worstRatio: number;
  worst: { value: number; threshold: number; position: number; case: string }[];
}

export interface AssertResult {
  passed: boolean;
  numRuns: number;
  seed: number;
  counterexample?: { case: string; value: number; threshold: number; position: number };
  /** Reproduces the counterexample: `rope-audit run --replay TOKEN`. */
  replay?: string;
  shrinks?: number;
}

/** FNV-1a over the text, mixed with the seed: a stable per-(kernel, property) seed. */
export function derivedSeed(seed: number, ...parts: string[]): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (const ch of parts.join("\u0000")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export async function measureProperty<C>(p: Property<C>, k: KernelUnderTest, options: { seed: number; cases: number; maxPosition: number }): Promise<MeasureResult> {
  if (!Number.isSafeInteger(options.cases) || options.cases < 1) throw new InvalidArgumentError("cases", "an integer ≥ 1", options.cases);
  const rng = createRng(derivedSeed(options.seed, "measure", k.name, p.id));
  const cases = Array.from({ length: weighted(p, options.cases) }, () => p.sample(rng, k, options.maxPosition));
  const evals = await p.evaluate(k, cases);
  const values = evals.map((e) => e.value);
  const positions = evals.map((e) => e.position);
  const order = evals.map((_, i) => i).sort((a, b) => evals[b]!.value / evals[b]!.threshold - evals[a]!.value / evals[a]!.threshold || a - b);
  return {
    cases: cases.length,
    summary: summarize(values),
    byBucket: summarizeByBucket(values, positions),
    worstRatio: Math.max(...evals.map((e) => (e.threshold > 0 ? e.value / e.threshold : e.value > 0 ? Infinity : 0))),
    worst: order.slice(0, 3).map((i) => ({ value: evals[i]!.value, threshold: evals[i]!.threshold, position: evals[i]!.position, case: p.describe(cases[i]!) })),
  };
}

/**
 * `property@kernel/seed/path/maxPosition`. The path is fast-check's counterexample path with runs of one
 * step written `step*count` (shrinking paths are mostly long runs of 0).
 */
export function replayToken(propertyId: string, kernel: string, seed: number, path: string, maxPosition: number): string {
  const steps = path === "" ? [] : path.split(":");
  const runs: string[] = [];
  for (let i = 0; i < steps.length; ) {
    let j = i;
    while (j < steps.length && steps[j] === steps[i]) j++;
    runs.push(j - i > 2 ? `${steps[i]}*${j - i}` : steps.slice(i, j).join("."));
    i = j;
  }
  return `${propertyId}@${kernel}/${seed}/${runs.join(".")}/${maxPosition}`;
}

export function parseReplayToken(token: string): { property: string; kernel: string; seed: number; path: string; maxPosition: number } {
  const m = /^([a-z.-]+)@([^/]+)\/(-?\d+)\/([\d.*]*)\/(\d+)$/.exec(token);
  if (!m) throw new InvalidArgumentError("--replay", "a token printed by rope-audit run (property@kernel/seed/path/maxPosition)", token);
  const path = m[4]!
    .split(".")
    .filter((x) => x !== "")
    .flatMap((run) => {
      const [step, count] = run.split("*");
      return Array.from({ length: count === undefined ? 1 : Number(count) }, () => step!);
    })
    .join(":");
  return { property: m[1]!, kernel: m[2]!, seed: Number(m[3]), path, maxPosition: Number(m[5]) };
}

export async function assertProperty<C>(
  p: Property<C>,
  k: KernelUnderTest,
  options: { seed: number; numRuns: number; maxPosition: number; path?: string },
): Promise<AssertResult> {
  const seed = options.path === undefined ? derivedSeed(options.seed, "assert", k.name, p.id) : options.seed;
  const property = fc.asyncProperty(p.arbitrary(k, options.maxPosition), async (c) => {
    const [e] = await p.evaluate(k, [c]);
    return e!.value <= e!.threshold;
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
    counterexample: { case: p.describe(c), value: e!.value, threshold: e!.threshold, position: e!.position },
    replay: replayToken(p.id, k.name, details.seed, details.counterexamplePath ?? "", options.maxPosition),
  };
}
