/**
 * An audit from start to end: open the kernels (a process kernel that fails its handshake is a finding,
 * not the end of the run), plan the jobs, keep this shard's share, run them on the pool, and gather the
 * outcomes into the parts of a report. `run` and `audit` both come through here.
 */
import { RopeAuditError } from "../errors.js";
import { KernelFailure } from "../kernels/guard.js";
import type { Property } from "../measure/property.js";
import { compareByKernel, compareResults, type SuiteKernel, type SuiteResult } from "../measure/suite.js";
import type { KernelBudget, KernelFingerprint, KernelSeries } from "../report/model.js";
import { type AuditPlan, type JobOutcome, planJobs, shardJobs } from "./jobs.js";
import { KernelSession, type OpenedKernel } from "./kernel-session.js";
import { runJobs } from "./pool.js";
import { loadProperties } from "./property-modules.js";

export interface AuditOptions {
  workers: number;
  shard?: { index: number; count: number };
  /** Called once every kernel is open, before any job runs (a command prints its header here, so an
   * unusable kernel is reported before anything else). */
  onStarted?: () => void;
  onProgress?: (done: number, total: number) => void;
}

export interface AuditParts {
  kernels: SuiteKernel[];
  results: SuiteResult[];
  budgets: KernelBudget[];
  fingerprints: KernelFingerprint[];
  series: KernelSeries[];
  /** Process kernels that could not be started: "exec:…: message". */
  startErrors: string[];
  /** The kernels as opened (for callers that print more about them). */
  opened: OpenedKernel[];
  /** The run's properties as imported. */
  properties: Property<unknown>[];
}

/** Parts of a report in report order: everything sorted by kernel name (then property). */
export function gatherOutcomes(outcomes: readonly JobOutcome[]): Pick<AuditParts, "results" | "budgets" | "fingerprints" | "series"> {
  const parts = { results: [] as SuiteResult[], budgets: [] as KernelBudget[], fingerprints: [] as KernelFingerprint[], series: [] as KernelSeries[] };
  for (const o of outcomes) {
    if (o.kind === "suite") parts.results.push(o.result);
    else if (o.kind === "budget") parts.budgets.push(o.value);
    else if (o.kind === "fingerprint") parts.fingerprints.push(o.value);
    else parts.series.push(o.value);
  }
  parts.results.sort(compareResults);
  parts.budgets.sort(compareByKernel);
  parts.fingerprints.sort(compareByKernel);
  parts.series.sort(compareByKernel);
  return parts;
}

export async function runAudit(plan: AuditPlan, o: AuditOptions): Promise<AuditParts> {
  // Imported here as every worker imports them: a module that cannot load stops the run before any kernel.
  const properties = await loadProperties(plan.properties);
  const session = new KernelSession({ headDim: plan.headDim, timeoutSeconds: plan.timeoutSeconds, zoo: plan.zoo, kernelMemoryMb: plan.kernelMemoryMb });
  try {
    const opened: OpenedKernel[] = [];
    const startErrors: string[] = [];
    const specs: string[] = [];
    for (const spec of [...new Set(plan.kernels)]) {
      try {
        opened.push(await session.kernel(spec));
        specs.push(spec);
      } catch (e) {
        // A kernel that crashes or hangs while starting is a finding (KernelFailure), as is an exec: one
        // that fails its handshake; a spec or module that is wrong is the user's error and ends the run.
        if (!(e instanceof KernelFailure) && (!spec.startsWith("exec:") || !(e instanceof RopeAuditError) || e.name === "InvalidArgumentError")) throw e;
        startErrors.push(e.message);
      }
    }
    const names = new Map<string, string>();
    for (const k of opened) {
      const other = names.get(k.name);
      if (other !== undefined) throw new RopeAuditError(`--kernels: ${other} and ${k.spec} are both named ${JSON.stringify(k.name)}; a report needs each kernel once`);
      names.set(k.name, k.spec);
    }
    o.onStarted?.();
    const jobs = shardJobs(planJobs({ ...plan, kernels: specs }), o.shard);
    const outcomes = await runJobs(jobs, { plan: { ...plan, kernels: specs }, workers: o.workers, session, properties, onProgress: o.onProgress });
    const kernels = [...opened].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((k) => ({ name: k.name, format: k.format, rope: k.rope, pipeline: k.pipeline }));
    return { kernels, ...gatherOutcomes(outcomes), startErrors, opened, properties };
  } finally {
    await session.close();
  }
}
