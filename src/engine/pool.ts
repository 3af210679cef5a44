/**
 * Runs independent jobs on worker threads (node:worker_threads; piscina would add a dependency for the
 * fifty lines below). Each worker takes the next batch of its lane (schedule.ts: a lane keeps one family
 * of code in one thread) when it finishes one, then batches of the other lanes, so long jobs do not hold
 * up a fixed share. Outcomes come back in job order, not completion order: for jobs whose outcomes do not
 * depend on where they ran (jobs.ts, measure/paper.ts), the result is the same for any worker count. A
 * worker that dies (a native crash, process.exit in a user's kernel, an out-of-memory kill) is replaced
 * and its job handed to `lost`, which turns it into a finding; rope-audit itself goes on.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { RopeAuditError } from "../errors.js";
import type { Property } from "../measure/property.js";
import type { ReproduceConfig } from "../measure/paper.js";
import { type AuditPlan, type Job, type JobOutcome, failedOutcome, runJob } from "./jobs.js";
import type { KernelSession } from "./kernel-session.js";
import { LaneQueues, assignLanes, batchCap, scheduleJobs } from "./schedule.js";

/** What a worker is set up to run (worker.ts): audit jobs of one plan, or tasks of one reproduction. */
export type WorkerSetup = { kind: "audit"; plan: AuditPlan } | { kind: "paper"; config: ReproduceConfig };

/** Messages between the pool and a worker. */
export type ToWorker<J> = { type: "job"; id: number; job: J } | { type: "close" };
export type FromWorker<O> = { id: number; outcome: O } | { id: number; error: string };

/**
 * The compiled worker script. From dist/ it sits beside this file; when this file runs from the
 * TypeScript sources (vitest), Node cannot load a .ts worker, so the compiled one in dist/ is used
 * (`npm test` builds it first).
 */
export function workerScript(): URL {
  const here = new URL(import.meta.url);
  const url = here.pathname.endsWith(".js") ? new URL("./worker.js", here) : new URL("../../dist/src/engine/worker.js", here);
  if (!existsSync(fileURLToPath(url))) throw new RopeAuditError(`--workers: the compiled worker ${fileURLToPath(url)} is missing; run \`npm run build\` (or use --workers 1)`);
  return url;
}

export interface WorkerPoolOptions<J, O> {
  workers: number;
  setup: WorkerSetup;
  /** The outcome of a job whose worker died or that threw: a finding, or a throw to end the run. */
  lost(job: J, reason: string): O | Promise<O>;
  onProgress?: (done: number, total: number) => void;
  /**
   * The units of dispatch (schedule.ts): lists of job indices, in the order they are handed out; a worker
   * that takes a batch runs its jobs one after another. Default: each job alone, in order. Every index
   * must appear exactly once.
   */
  batches?: readonly (readonly number[])[];
  /**
   * The lane (worker slot, 0 … workers − 1) each batch should run on (schedule.ts assignLanes): a lane runs
   * its own batches in order, then takes the next batch of the lane with the most left. Default: one
   * queue that every lane takes from in order.
   */
  lanes?: readonly number[];
}

export async function runOnWorkers<J, O>(jobs: readonly J[], o: WorkerPoolOptions<J, O>): Promise<O[]> {
  const outcomes: O[] = new Array(jobs.length);
  let done = 0;
  const finish = (i: number, outcome: O): void => {
    outcomes[i] = outcome;
    o.onProgress?.(++done, jobs.length);
  };
  const script = workerScript();
  const batches = o.batches ?? jobs.map((_, i) => [i]);
  if (batches.reduce((n, b) => n + b.length, 0) !== jobs.length || new Set(batches.flat()).size !== jobs.length || batches.some((b) => b.length === 0) || batches.flat().some((i) => !(i >= 0 && i < jobs.length)))
    throw new RangeError("runOnWorkers: batches must be non-empty and hold every job index exactly once");
  const laneCount = Math.min(o.workers, batches.length);
  const queues = new LaneQueues(batches.length, laneCount, o.lanes);
  /** The next batch's job indices for `lane` (a lane's queue), or null when all are handed out. */
  const takeBatch = (lane: number): number[] | null => {
    const b = queues.take(lane);
    return b === null ? null : [...batches[b]!];
  };
  const failures: unknown[] = [];
  const losing: Promise<void>[] = [];
  const lose = (i: number, reason: string): void => {
    losing.push(
      Promise.resolve()
        .then(() => o.lost(jobs[i]!, reason))
        .then((outcome) => finish(i, outcome), (e: unknown) => void failures.push(e)),
    );
  };
  // One lane per worker: a lane runs jobs until none are left (or the run failed), replacing its
  // worker if it dies.
  const lane = async (index: number): Promise<void> => {
    let queue: number[] = [];
    while ((queue.length > 0 || queues.left > 0) && failures.length === 0) {
      const worker = new Worker(script, { workerData: o.setup });
      let current = -1;
      const died = await new Promise<string | null>((resolve) => {
        const send = (): void => {
          if (queue.length === 0) queue = takeBatch(index) ?? [];
          if (queue.length === 0 || failures.length > 0) {
            worker.postMessage({ type: "close" } satisfies ToWorker<J>);
            return;
          }
          current = queue.shift()!;
          worker.postMessage({ type: "job", id: current, job: jobs[current]! } satisfies ToWorker<J>);
        };
        worker.on("message", (m: FromWorker<O>) => {
          if ("outcome" in m) finish(m.id, m.outcome);
          else lose(m.id, m.error);
          current = -1;
          send();
        });
        worker.once("error", (e) => resolve(`worker thread failed: ${e.message.split("\n")[0]}`));
        worker.once("exit", (code) => resolve(current >= 0 ? `worker thread exited (code ${code}) during this job` : null));
        send();
      });
      if (died === null) return;
      await worker.terminate();
      if (current >= 0) lose(current, died);
    }
  };
  await Promise.all(Array.from({ length: laneCount }, (_, i) => lane(i)));
  await Promise.all(losing);
  if (failures.length > 0) throw failures[0];
  return outcomes;
}

export interface PoolOptions {
  plan: AuditPlan;
  /** Worker threads; 1 runs every job on this thread. */
  workers: number;
  /** This thread's session: runs the jobs when workers = 1, and names kernels of jobs that died. */
  session: KernelSession;
  properties: readonly Property<unknown>[];
  /** Called after each job, with the number done and the total (progress output). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * An audit's jobs, on this thread (workers = 1) or on the pool. A job that throws is handled alike on both:
 * its outcome is the finding failedOutcome makes of the first line of the message.
 */
export async function runJobs(jobs: readonly Job[], o: PoolOptions): Promise<JobOutcome[]> {
  const lost = async (job: Job, reason: string): Promise<JobOutcome> => failedOutcome(job, await o.session.kernel(job.kernel), o.properties, o.plan, reason);
  if (Math.min(o.workers, jobs.length) <= 1) {
    const outcomes: JobOutcome[] = [];
    for (const job of jobs) {
      let outcome: JobOutcome;
      try {
        outcome = await runJob(job, o.plan, o.session, o.properties);
      } catch (e) {
        outcome = await lost(job, e instanceof Error ? e.message.split("\n")[0]! : String(e));
      }
      outcomes.push(outcome);
      o.onProgress?.(outcomes.length, jobs.length);
    }
    return outcomes;
  }
  const batches = scheduleJobs(jobs, batchCap(jobs, o.workers));
  return runOnWorkers<Job, JobOutcome>(jobs, { workers: o.workers, setup: { kind: "audit", plan: o.plan }, onProgress: o.onProgress, lost, batches, lanes: assignLanes(jobs, batches, o.workers) });
}
