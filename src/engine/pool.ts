/**
 * Runs an audit's jobs on worker threads (node:worker_threads; piscina would add a dependency for the
 * forty lines below). Each worker opens kernels through its own KernelSession and takes the next job
 * when it finishes one, so long jobs do not hold up a fixed share. Outcomes come back in job order, not
 * completion order: with jobs whose outcomes do not depend on where they ran (jobs.ts), the result is
 * the same for any worker count. A worker that dies (a native crash, an out-of-memory kill) turns its
 * job into a finding and is replaced; rope-audit itself goes on.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { RopeAuditError } from "../errors.js";
import type { Property } from "../measure/property.js";
import { type AuditPlan, type Job, type JobOutcome, failedOutcome, runJob } from "./jobs.js";
import type { KernelSession } from "./kernel-session.js";

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

/** Messages between the pool and a worker (worker.ts). */
export type ToWorker = { type: "job"; id: number; job: Job } | { type: "close" };
export type FromWorker = { id: number; outcome: JobOutcome } | { id: number; error: string };

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

export async function runJobs(jobs: readonly Job[], o: PoolOptions): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = new Array(jobs.length);
  let done = 0;
  const finish = (i: number, outcome: JobOutcome): void => {
    outcomes[i] = outcome;
    o.onProgress?.(++done, jobs.length);
  };
  const workers = Math.min(o.workers, jobs.length);
  if (workers <= 1) {
    for (const [i, job] of jobs.entries()) finish(i, await runJob(job, o.plan, o.session, o.properties));
    return outcomes;
  }
  const script = workerScript();
  let next = 0;
  const failures: Error[] = [];
  const losing: Promise<void>[] = [];
  const lose = (i: number, reason: string): Promise<void> => {
    const p = o.session.kernel(jobs[i]!.kernel).then(
      (k) => finish(i, failedOutcome(jobs[i]!, k, o.properties, o.plan, reason)),
      (e: unknown) => void failures.push(e instanceof Error ? e : new Error(String(e))),
    );
    losing.push(p);
    return p;
  };
  // One lane per worker: a lane runs jobs until none are left, replacing its worker if it dies.
  const lane = async (): Promise<void> => {
    while (next < jobs.length) {
      const worker = new Worker(script, { workerData: { plan: o.plan } });
      let current = -1;
      const died = await new Promise<string | null>((resolve) => {
        const send = (): void => {
          if (next >= jobs.length) {
            worker.postMessage({ type: "close" } satisfies ToWorker);
            return;
          }
          current = next++;
          worker.postMessage({ type: "job", id: current, job: jobs[current]! } satisfies ToWorker);
        };
        worker.on("message", (m: FromWorker) => {
          if ("outcome" in m) finish(m.id, m.outcome);
          else void lose(m.id, m.error);
          current = -1;
          send();
        });
        worker.once("error", (e) => resolve(`worker thread failed: ${e.message.split("\n")[0]}`));
        worker.once("exit", (code) => resolve(current >= 0 ? `worker thread exited (code ${code}) during this job` : null));
        send();
      });
      if (died === null) return;
      await worker.terminate();
      if (current >= 0) await lose(current, died);
    }
  };
  await Promise.all(Array.from({ length: workers }, lane));
  await Promise.all(losing);
  if (failures.length > 0) throw failures[0];
  return outcomes;
}
