export { runAudit, gatherOutcomes } from "./audit.js";
export type { AuditOptions, AuditParts } from "./audit.js";
export { planJobs, shardJobs, parseShard, runJob } from "./jobs.js";
export type { AuditPlan, Job, JobOutcome } from "./jobs.js";
export { runJobs, runOnWorkers } from "./pool.js";
export type { PoolOptions, WorkerPoolOptions, WorkerSetup } from "./pool.js";
export { KernelSession, KERNEL_SPEC_FORMS } from "./kernel-session.js";
export type { OpenedKernel, ZooOverrides } from "./kernel-session.js";
