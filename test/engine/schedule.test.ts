/**
 * The pool's schedule (src/engine/schedule.ts): every job handed out exactly once, suite jobs batched by
 * (property, kernel format) and capped, batches largest first; paper tasks largest first. And the pool
 * runs a given schedule: outcomes by job index whatever the batches (runOnWorkers with paper tasks).
 */
import { describe, expect, test } from "vitest";
import type { Job } from "../../src/engine/jobs.js";
import { batchCap, jobCost, schedulePaperTasks, scheduleJobs } from "../../src/engine/schedule.js";
import { runOnWorkers } from "../../src/engine/pool.js";
import { paperTaskRunner, paperTasks, reproduceConfig } from "../../src/measure/paper.js";

const KERNELS = ["zoo:hf", "zoo:hf@fp16", "zoo:meta-llama", "zoo:meta-llama@fp16", "exec:./k.sh"];
const PROPERTIES = ["rope.exactness", "kernel.determinism", "attention.shift", "module:./p.js"];
const JOBS: Job[] = KERNELS.flatMap((kernel) => [
  ...PROPERTIES.map((property) => ({ kind: "suite" as const, kernel, property })),
  { kind: "series" as const, kernel },
  { kind: kernel.startsWith("zoo:") ? ("budget" as const) : ("fingerprint" as const), kernel },
]);

describe("scheduleJobs", () => {
  const batches = scheduleJobs(JOBS);

  test("hands out every job exactly once", () => {
    expect(batches.flat().sort((a, b) => a - b)).toEqual(JOBS.map((_, i) => i));
  });

  test("a batch holds suite jobs of one property and one kernel format, or one kernel's other jobs", () => {
    for (const b of batches) {
      const jobs = b.map((i) => JOBS[i]!);
      if (jobs[0]!.kind === "suite") {
        expect(new Set(jobs.map((j) => (j.kind === "suite" ? j.property : "")))).toHaveProperty("size", 1);
        expect(new Set(jobs.map((j) => j.kernel.split("@")[1] ?? (j.kernel.startsWith("zoo:") ? "default" : j.kernel)))).toHaveProperty("size", 1);
      } else expect(new Set(jobs.map((j) => j.kernel))).toHaveProperty("size", 1);
    }
    // hf and meta-llama (both bf16) share their determinism batch.
    const det = batches.find((b) => b.some((i) => JOBS[i]!.kernel === "zoo:hf" && JOBS[i]!.kind === "suite" && (JOBS[i] as { property: string }).property === "kernel.determinism"))!;
    expect(det.map((i) => JOBS[i]!.kernel).sort()).toEqual(["zoo:hf", "zoo:meta-llama"]);
  });

  test("batches go largest first", () => {
    const costs = batches.map((b) => b.reduce((s, i) => s + jobCost(JOBS[i]!), 0));
    expect(costs).toEqual([...costs].sort((a, b) => b - a));
    expect(costs[0]).toBeGreaterThan(costs[costs.length - 1]!);
  });

  test("a cap splits groups: no batch costs more than the cap unless it is a single job", () => {
    const cap = batchCap(JOBS, 8);
    for (const b of scheduleJobs(JOBS, cap)) if (b.length > 1) expect(b.reduce((s, i) => s + jobCost(JOBS[i]!), 0)).toBeLessThanOrEqual(cap);
    expect(scheduleJobs(JOBS, cap).length).toBeGreaterThan(batches.length);
  });
});

describe("schedulePaperTasks and the pool", () => {
  test("seed by seed; within a seed attention tasks before D_logit ones, largest T first; every task once", () => {
    const config = reproduceConfig({ quick: true });
    const tasks = paperTasks(config);
    const batches = schedulePaperTasks(tasks, config);
    const order = batches.flat();
    expect([...order].sort((a, b) => a - b)).toEqual(tasks.map((_, i) => i));
    // A seed's D_logit tasks go out as one batch (one worker draws their long workload); others alone.
    for (const b of batches) if (b.length > 1) expect(b.every((i) => tasks[i]!.kind === "d-logit" && tasks[i]!.seed === tasks[b[0]!]!.seed)).toBe(true);
    expect(batches.filter((b) => b.length > 1)).toHaveLength(config.seeds.length);
    // Seed-major: a worker taking tasks in this order draws each seed's workloads once.
    const seeds = order.map((i) => tasks[i]!.seed);
    expect(seeds).toEqual([...seeds].sort((a, b) => a - b));
    expect(new Set(seeds).size).toBe(config.seeds.length);
    for (const seed of config.seeds) {
      const mine = order.filter((i) => tasks[i]!.seed === seed);
      const firstDLogit = mine.findIndex((i) => tasks[i]!.kind === "d-logit");
      expect(firstDLogit).toBeGreaterThan(0);
      expect(mine.slice(0, firstDLogit).every((i) => ["shift", "per-key", "d-length", "scheme"].includes(tasks[i]!.kind))).toBe(true);
      const rest = mine.slice(firstDLogit).map((i) => tasks[i]!);
      const Ts = rest.filter((t) => t.kind === "d-logit").map((t) => (t as { T: number }).T);
      expect(Ts).toEqual([...Ts].sort((a, b) => b - a));
      // The workloads task draws nothing the seed's other tasks did not: it goes last.
      expect(rest.at(-1)!.kind).toBe("workloads");
      // D against L on shorter windows costs less than a full-length task: the shortest window comes last among them.
      const lengths = mine.filter((i) => tasks[i]!.kind === "d-length").map((i) => (tasks[i] as { length: number }).length);
      expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    }
  });

  test("on 2 workers with a reversed schedule, outcomes come back in task order, equal to this thread's", async () => {
    const config = { ...reproduceConfig({ quick: true }), length: 256, rows: 16, T: [64, 128] };
    const tasks = paperTasks(config).filter((t) => t.kind !== "scheme").slice(0, 6);
    const run = paperTaskRunner(config);
    const here = [];
    for (const t of tasks) here.push(await run(t));
    const batches = [tasks.map((_, i) => tasks.length - 1 - i).slice(0, 3), tasks.map((_, i) => tasks.length - 1 - i).slice(3)];
    const pooled = await runOnWorkers(tasks, { workers: 2, setup: { kind: "paper", config }, batches, lost: () => { throw new Error("lost"); } });
    expect(pooled).toEqual(here);
    await expect(runOnWorkers(tasks, { workers: 2, setup: { kind: "paper", config }, batches: [[0, 1]], lost: () => { throw new Error("lost"); } })).rejects.toThrow(/batches/);
  });
});
