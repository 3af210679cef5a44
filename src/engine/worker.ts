/**
 * A worker thread of the pool (pool.ts): runs the jobs it is sent, one at a time, and closes the kernel
 * processes it started when told to stop.
 */
import { parentPort, workerData } from "node:worker_threads";
import { PROPERTIES } from "../../properties/index.js";
import { type AuditPlan, runJob } from "./jobs.js";
import { KernelSession } from "./kernel-session.js";
import type { FromWorker, ToWorker } from "./pool.js";

const port = parentPort!;
const plan = (workerData as { plan: AuditPlan }).plan;
const session = new KernelSession({ headDim: plan.headDim, timeoutSeconds: plan.timeoutSeconds, zoo: plan.zoo });

port.on("message", (m: ToWorker) => {
  if (m.type === "close") {
    void session.close().then(() => port.close());
    return;
  }
  runJob(m.job, plan, session, PROPERTIES).then(
    (outcome) => port.postMessage({ id: m.id, outcome } satisfies FromWorker),
    (e: unknown) => port.postMessage({ id: m.id, error: e instanceof Error ? e.message.split("\n")[0]! : String(e) } satisfies FromWorker),
  );
});
