/**
 * The work of an audit as a list of independent jobs: one per kernel × property, plus per kernel its
 * chart series and either its error budget (zoo kernels: the pipeline is known) or its fingerprint
 * (black boxes). Every job draws its random numbers from seeds derived from the run seed and its own
 * names, never from what ran before it, so a job's outcome is the same on any thread, in any order, in
 * any shard — which is what makes reports byte-identical for any worker count and for merged shards.
 */
import { InvalidArgumentError, RopeAuditError } from "../errors.js";
import { budgetBuckets, errorBudget } from "../measure/budget.js";
import { fingerprint, fingerprintInputs } from "../measure/fingerprint.js";
import { type KernelUnderTest, type Property, caseWorkload, measureCases, measureGiven } from "../measure/property.js";
import { type Judge, errorResult, judgeOf, runPair } from "../measure/suite.js";
import { type SeriesData, kernelSeries } from "../measure/series.js";
import type { KernelBudget, KernelFingerprint, KernelSeries } from "../report/model.js";
import type { SuiteResult } from "../measure/suite.js";
import type { PipelineSpec } from "../rope/pipeline.js";
import type { KernelSession, ZooOverrides } from "./kernel-session.js";
import type { PropertyRef } from "./property-modules.js";

/**
 * The settings of a run: what every command that measures (run, audit, model, gate's workload check) reads,
 * and what a baseline records. Plain data.
 */
export interface RunSettings {
  seed: number;
  /** Measure-mode cases per kernel × property. */
  cases: number;
  /** Assert-mode fast-check runs per kernel × property. */
  numRuns: number;
  /** Largest position drawn. */
  maxPosition: number;
  headDim: number;
  /** Per-property thresholds replacing the derived ones (property id → threshold). */
  thresholds?: Record<string, number>;
}

/** Everything a job needs besides its kernel: plain data, so it crosses to worker threads as is. */
export interface AuditPlan extends RunSettings {
  /** Kernel specs in the order given (zoo:, module:, exec:, onnx:, fixture:). */
  kernels: string[];
  /** The properties, each with the module every thread imports it from (property-modules.ts). */
  properties: PropertyRef[];
  timeoutSeconds: number;
  zoo?: ZooOverrides;
  /**
   * A kernel spec to judge every row against instead of the derived thresholds (`--relative-to zoo:hf`): a
   * row's threshold is that kernel's largest measured figure for the property, on the row's cases.
   */
  relativeTo?: string;
  /** Memory limit of each module:/onnx: kernel process, MB (default DEFAULT_KERNEL_MEMORY_MB). */
  kernelMemoryMb?: number;
}

export type Job = { kind: "suite"; kernel: string; property: string } | { kind: "budget" | "fingerprint" | "series"; kernel: string };

export type JobOutcome =
  | { kind: "suite"; result: SuiteResult }
  | { kind: "budget"; value: KernelBudget }
  | { kind: "fingerprint"; value: KernelFingerprint }
  | { kind: "series"; value: KernelSeries };

/** The canonical job list: shards take every n-th job of it, so it depends on the plan alone. */
export function planJobs(plan: AuditPlan): Job[] {
  const jobs: Job[] = [];
  for (const kernel of plan.kernels) {
    for (const property of plan.properties) jobs.push({ kind: "suite", kernel, property: property.id });
    jobs.push({ kind: "series", kernel });
    jobs.push({ kind: kernel.startsWith("zoo:") ? "budget" : "fingerprint", kernel });
  }
  return jobs;
}

/** `i/n` (1 ≤ i ≤ n): which shard of a CI matrix this run is. */
export function parseShard(text: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || !(count >= 1 && count <= 10_000) || !(index >= 1 && index <= count)) throw new InvalidArgumentError("--shard", "i/n with 1 ≤ i ≤ n ≤ 10000, e.g. 2/3", text);
  return { index, count };
}

/** Shard i of n takes jobs i−1, i−1+n, i−1+2n, … of the canonical list (balanced: neighbours differ in cost). */
export function shardJobs(jobs: readonly Job[], shard?: { index: number; count: number }): Job[] {
  return shard ? jobs.filter((_, j) => j % shard.count === shard.index - 1) : [...jobs];
}


const EMPTY_SERIES: SeriesData = { positionError: [], shift: { window: 0, rows: 0, shifts: [], D: [] }, perKey: { shift: 0, share: [], rest: 0 } };

const message = (e: unknown): string => (e instanceof Error ? e.message.split("\n")[0]! : String(e));

export async function runJob(job: Job, plan: AuditPlan, session: KernelSession, properties: readonly Property<unknown>[]): Promise<JobOutcome> {
  const k = await session.kernel(job.kernel);
  if (job.kind === "suite") {
    const p = properties.find((q) => q.id === job.property);
    if (!p) throw new InvalidArgumentError("--properties", `ids from ${properties.map((q) => q.id).join(", ")}`, job.property);
    const options = { seed: plan.seed, cases: plan.cases, numRuns: plan.numRuns, maxPosition: plan.maxPosition, thresholds: plan.thresholds, floors: session.floors, caseDraws: session.caseDraws };
    if (plan.relativeTo === undefined) return { kind: "suite", result: await runPair(k, p, options) };
    return { kind: "suite", result: await runPair(k, p, options, await referenceJudge(session, plan, plan.relativeTo, k, p)) };
  }
  if (job.kind === "budget") {
    const budget = errorBudget({ pipeline: k.pipeline as PipelineSpec, headDim: plan.headDim, buckets: budgetBuckets(plan.maxPosition), seed: plan.seed });
    return { kind: "budget", value: { kernel: k.name, budget } };
  }
  if (job.kind === "fingerprint") {
    try {
      const { inputs, positions } = fingerprintInputs(k.format, plan.headDim);
      const outputs = await k.rotate(inputs, positions, plan.headDim);
      return { kind: "fingerprint", value: { kernel: k.name, fingerprint: fingerprint({ format: k.format, rope: k.rope, headDim: plan.headDim, inputs, positions, outputs, kernelName: k.name }), error: null } };
    } catch (e) {
      return { kind: "fingerprint", value: { kernel: k.name, fingerprint: null, error: message(e) } };
    }
  }
  try {
    return { kind: "series", value: { kernel: k.name, error: null, ...(await kernelSeries(k, { seed: plan.seed, maxPosition: plan.maxPosition })) } };
  } catch (e) {
    return { kind: "series", value: { kernel: k.name, error: message(e), ...EMPTY_SERIES } };
  }
}

/**
 * The judge of a row measured against a reference kernel: the reference's largest figure on the cases the
 * row's kernel is measured on (cases depend on the workload, not the kernel), measured once per session.
 */
async function referenceJudge(session: KernelSession, plan: AuditPlan, spec: string, k: KernelUnderTest, p: Property<unknown>): Promise<Judge> {
  const ref = await session.kernel(spec);
  const key = ["reference", spec, p.id, caseWorkload(k, plan.maxPosition), plan.seed, plan.cases].join("|");
  let m = session.floors.get(key);
  if (!m) {
    // The reference measured on the row kernel's cases: its format and RoPE shape, its rotate.
    const onCases: KernelUnderTest = { ...k, name: ref.name, rotate: (x, ps, d) => ref.rotate(x, ps, d) };
    m = measureGiven(p, onCases, measureCases(p, k, { seed: plan.seed, cases: plan.cases, maxPosition: plan.maxPosition }), p.threshold(k));
    session.floors.set(key, m);
  }
  return { threshold: (await m).summary.max, source: { relativeTo: spec } };
}

/** What a job that could not run at all (its worker died) leaves in the report; `k` as the main thread opened it. */
export function failedOutcome(job: Job, k: KernelUnderTest, properties: readonly Property<unknown>[], plan: AuditPlan, reason: string): JobOutcome {
  if (job.kind === "suite") {
    const p = properties.find((q) => q.id === job.property)!;
    return { kind: "suite", result: errorResult(k, p, plan.seed, reason, judgeOf(k, p, plan.thresholds)) };
  }
  if (job.kind === "fingerprint") return { kind: "fingerprint", value: { kernel: k.name, fingerprint: null, error: reason } };
  if (job.kind === "series") return { kind: "series", value: { kernel: k.name, error: reason, ...EMPTY_SERIES } };
  throw new RopeAuditError(`the error budget of ${k.name} could not be computed: ${reason}`);
}
