/**
 * A worker thread of the pool (pool.ts): runs the jobs it is sent, one at a time, and closes the kernel
 * processes it started when told to stop.
 */
import { parentPort, workerData } from "node:worker_threads";
import { paperTaskRunner } from "../measure/paper.js";
import { runJob } from "./jobs.js";
import { KernelSession } from "./kernel-session.js";
import type { FromWorker, ToWorker, WorkerSetup } from "./pool.js";
import { loadProperties } from "./property-modules.js";

const port = parentPort!;
const setup = workerData as WorkerSetup;
const session = setup.kind === "audit" ? new KernelSession({ headDim: setup.plan.headDim, timeoutSeconds: setup.plan.timeoutSeconds, zoo: setup.plan.zoo, kernelMemoryMb: setup.plan.kernelMemoryMb }) : null;
// The run's own properties, imported here as on the main thread (a failure is each job's finding).
const properties = setup.kind === "audit" ? loadProperties(setup.plan.properties) : null;
properties?.catch(() => undefined);
const run: (job: never) => Promise<unknown> = setup.kind === "audit" ? async (job) => runJob(job, setup.plan, session!, await properties!) : paperTaskRunner(setup.config);

port.on("message", (m: ToWorker<never>) => {
  if (m.type === "close") {
    void (session ? session.close() : Promise.resolve()).then(() => port.close());
    return;
  }
  run(m.job).then(
    (outcome) => port.postMessage({ id: m.id, outcome } satisfies FromWorker<unknown>),
    (e: unknown) => port.postMessage({ id: m.id, error: e instanceof Error ? e.message.split("\n")[0]! : String(e) } satisfies FromWorker<unknown>),
  );
});
