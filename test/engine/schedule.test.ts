/**
 * The pool's schedule (src/engine/schedule.ts): every job handed out exactly once, suite jobs batched by
 * (property, kernel format) and capped, batches largest first; paper tasks largest first. And the pool
 * runs a given schedule: outcomes by job index whatever the batches (runOnWorkers with paper tasks).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { Job } from "../../src/engine/jobs.js";
import { LaneQueues, assignLanes, batchCap, codeFamily, jobCost, schedulePaperTasks, scheduleJobs } from "../../src/engine/schedule.js";
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

const SEED = 20261206;
console.log(`schedule tests seed ${SEED}`);

describe("assignLanes: whole code families to lanes", () => {
  const batches = scheduleJobs(JOBS, batchCap(JOBS, 2));
  const familyOf = (b: readonly number[]): string => codeFamily(JOBS[b[0]!]!);

  test("a batch holds one code family; attention properties score, rotation properties rotate, the rest analyse", () => {
    for (const b of batches) expect(new Set(b.map((i) => codeFamily(JOBS[i]!))).size).toBe(1);
    expect(codeFamily({ kind: "suite", kernel: "zoo:hf", property: "attention.shift" })).toBe("score");
    expect(codeFamily({ kind: "suite", kernel: "zoo:hf", property: "logit.relative" })).toBe("score");
    expect(codeFamily({ kind: "suite", kernel: "zoo:hf", property: "rope.norm" })).toBe("rotation");
    expect(codeFamily({ kind: "series", kernel: "zoo:hf" })).toBe("analysis");
  });

  test.each([1, 2, 3, 8])("%i workers: every batch a lane below the count, each family on one lane, families by size onto the least-loaded lane", (workers) => {
    const lanes = assignLanes(JOBS, batches, workers);
    expect(lanes).toHaveLength(batches.length);
    for (const l of lanes) expect(l >= 0 && l < workers).toBe(true);
    const laneOfFamily = new Map<string, Set<number>>();
    batches.forEach((b, i) => {
      const f = familyOf(b);
      if (!laneOfFamily.has(f)) laneOfFamily.set(f, new Set());
      laneOfFamily.get(f)!.add(lanes[i]!);
    });
    for (const s of laneOfFamily.values()) expect(s.size).toBe(1);
    // Longest-processing-time-first, recomputed here: families by total cost, each onto the lightest lane.
    const cost = new Map<string, number>();
    for (const b of batches) cost.set(familyOf(b), (cost.get(familyOf(b)) ?? 0) + b.reduce((t, i) => t + jobCost(JOBS[i]!), 0));
    const load = new Array<number>(workers).fill(0);
    for (const [f, c] of [...cost].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))) {
      const lane = load.indexOf(Math.min(...load));
      expect([...laneOfFamily.get(f)!][0]).toBe(lane);
      load[lane]! += c;
    }
    // With at least as many lanes as families, no two families share one.
    if (workers >= cost.size) expect(new Set([...laneOfFamily.values()].map((s) => [...s][0])).size).toBe(cost.size);
  });
});

describe("LaneQueues", () => {
  test("a lane takes its own batches in order, then the next of the lane with the most left", () => {
    const q = new LaneQueues(7, 2, [0, 1, 1, 0, 1, 1, 1]);
    expect([q.take(0), q.take(0), q.take(1)]).toEqual([0, 3, 1]);
    // Lane 0 is empty: it takes lane 1's next (2), then lane 1 goes on with its own.
    expect([q.take(0), q.take(1), q.take(0), q.take(0), q.take(1)]).toEqual([2, 4, 5, 6, null]);
    expect(q.left).toBe(0);
  });

  test("without lanes every lane takes from one queue in order; lane numbers beyond the count wrap", () => {
    const q = new LaneQueues(4, 3);
    expect([q.take(2), q.take(0), q.take(1), q.take(2), q.take(0)]).toEqual([0, 1, 2, 3, null]);
    const w = new LaneQueues(3, 2, [2, 3, 0]);
    expect([w.take(1), w.take(0), w.take(0)]).toEqual([1, 0, 2]);
    expect(() => new LaneQueues(2, 2, [0])).toThrow(/lanes/);
    expect(() => new LaneQueues(2, 2, [0, -1])).toThrow(/lanes/);
  });

  test("any lanes and any order of takers: every batch exactly once, each lane's own in order", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }).chain((laneCount) =>
          fc.tuple(fc.constant(laneCount), fc.array(fc.integer({ min: 0, max: laneCount - 1 }), { minLength: 0, maxLength: 30 }), fc.array(fc.integer({ min: 0, max: laneCount - 1 }), { minLength: 40, maxLength: 80 })),
        ),
        ([laneCount, lanes, takers]) => {
          const q = new LaneQueues(lanes.length, laneCount, lanes);
          const taken: [number, number][] = [];
          for (const t of takers) {
            const b = q.take(t);
            if (b !== null) taken.push([t, b]);
          }
          for (let t = 0; q.left > 0; t = (t + 1) % laneCount) taken.push([t, q.take(t)!]);
          expect(taken.map(([, b]) => b).sort((a, b) => a - b)).toEqual(lanes.map((_, i) => i));
          // Each lane's own batches leave in their order, whoever takes them.
          for (let l = 0; l < laneCount; l++) {
            const own = taken.map(([, b]) => b).filter((b) => lanes[b] === l);
            expect(own).toEqual([...own].sort((a, b) => a - b));
          }
          // A lane takes another lane's batch only when its own queue is empty.
          for (const [t, b] of taken)
            if (lanes[b] !== t) {
              const before = taken.slice(0, taken.findIndex(([, x]) => x === b));
              const ownLeft = lanes.filter((l, i) => l === t && !before.some(([, x]) => x === i)).length;
              expect(ownLeft).toBe(0);
            }
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
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
    // Lanes: every batch on lane 1, so lane 0 takes them from lane 1's queue; the outcomes are the same.
    const single = tasks.map((_, i) => [i]);
    const laned = await runOnWorkers(tasks, { workers: 2, setup: { kind: "paper", config }, batches: single, lanes: single.map(() => 1), lost: () => { throw new Error("lost"); } });
    expect(laned).toEqual(here);
  });
});
