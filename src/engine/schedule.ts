/**
 * The order in which the pool (pool.ts) hands out work, and which pieces go to one worker together. It
 * changes where and when a job runs, never what it computes: outcomes come back by job index, so reports
 * stay byte-identical for any worker count and any schedule.
 *
 * Two costs decide whether a second worker pays:
 *  - what a worker builds once and then reuses: its JIT warm-up, the kernel session (an exec: kernel's
 *    process), and the format floor of each (property, workload), cached in KernelSession.floors — a
 *    floor costs about as much as measuring one kernel, and a worker that gets one job of a property
 *    for each format recomputes floors the other worker already has. So an audit's suite jobs go out in
 *    batches sharing property and kernel format (a worker runs a batch's jobs one after another, with
 *    one floor); a kernel's series and budget jobs go out as one batch.
 *  - the tail: with batches handed out as workers free up, the last long batch decides the end. Batches go
 *    largest first by an estimated cost (longest-processing-time-first), so the short ones fill the gaps.
 * The estimated costs are relative weights measured here (a default `run`, 1 worker, per job): attention
 * properties and kernel.determinism cost about three to six times the rotation properties.
 */
import type { Job } from "./jobs.js";
import type { PaperTask } from "../measure/paper.js";

/** Relative cost of one suite job per property (others: SUITE_DEFAULT), from per-job timings of a default run. */
const SUITE_COST: Readonly<Record<string, number>> = {
  "kernel.determinism": 9,
  "attention.first-key": 8,
  "attention.shift": 7,
  "logit.relative": 2.6,
  "rope.exactness": 2.4,
  "logit.exactness": 2.1,
  "rope.norm": 1.3,
  "rope.origin": 1.2,
};
const SUITE_DEFAULT = 4;
const OTHER_COST: Readonly<Record<Exclude<Job["kind"], "suite">, number>> = { budget: 5, series: 3.3, fingerprint: 1 };

/** The estimated relative cost of a job. */
export function jobCost(job: Job): number {
  return job.kind === "suite" ? (SUITE_COST[job.property] ?? SUITE_DEFAULT) : OTHER_COST[job.kind];
}

/** The kernel format a spec names when it can be read from the spec alone (zoo:NAME@FORMAT), else the spec itself. */
function formatKey(spec: string): string {
  if (!spec.startsWith("zoo:")) return spec; // one batch per module/exec/onnx kernel: its session and process are built once
  const at = spec.indexOf("@");
  return at < 0 ? "zoo:default" : `zoo:${spec.slice(at + 1)}`;
}

/**
 * Batches of job indices in dispatch order: suite jobs grouped by (property, kernel format), each
 * kernel's other jobs together; batches by estimated cost, largest first (ties: the earlier first job
 * first, so the schedule is a function of the job list alone). Every index appears exactly once.
 */
export function scheduleJobs(jobs: readonly Job[], maxBatchCost = Infinity): number[][] {
  const groups = new Map<string, number[]>();
  jobs.forEach((job, i) => {
    const key = job.kind === "suite" ? `suite|${job.property}|${formatKey(job.kernel)}` : `kernel|${job.kernel}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = []));
    g.push(i);
  });
  // A group larger than maxBatchCost is split, so that one batch cannot outlast the rest of the run.
  const batches: number[][] = [];
  for (const g of groups.values()) {
    let cur: number[] = [];
    let cost = 0;
    for (const i of g) {
      if (cur.length > 0 && cost + jobCost(jobs[i]!) > maxBatchCost) {
        batches.push(cur);
        cur = [];
        cost = 0;
      }
      cur.push(i);
      cost += jobCost(jobs[i]!);
    }
    if (cur.length > 0) batches.push(cur);
  }
  const cost = (b: number[]): number => b.reduce((s, i) => s + jobCost(jobs[i]!), 0);
  return batches.map((b) => ({ b, c: cost(b) })).sort((x, y) => y.c - x.c || x.b[0]! - y.b[0]!).map((x) => x.b);
}

/**
 * The batch cost cap for `workers` workers: a batch should not hold more than a quarter of one worker's
 * share, or the last batch to start could leave the other workers idle for long.
 */
export function batchCap(jobs: readonly Job[], workers: number): number {
  const total = jobs.reduce((s, j) => s + jobCost(j), 0);
  return Math.max(...jobs.map(jobCost), total / Math.max(1, workers) / 4);
}

/**
 * The code a job spends its time in, for lane assignment: attention and logit properties score rotated
 * vectors (the score pipelines, softmax and their SIMD kernels), the other suite properties rotate and
 * compare with the oracle, and a kernel's budget, series and fingerprint jobs run the emulated pipelines.
 */
export function codeFamily(job: Job): string {
  if (job.kind !== "suite") return "analysis";
  return job.property.startsWith("attention.") || job.property.startsWith("logit.") ? "score" : "rotation";
}

/**
 * The lane (worker slot) of each batch: whole code families to lanes, largest family first onto the lane
 * with the least estimated cost so far (longest-processing-time-first over families). Every worker thread
 * compiles (JIT) the code of the jobs it runs, and V8 compiles it anew in each thread: with every lane
 * running every kind of job, two workers compiled nearly everything twice, background work that ate most
 * of the second core. Keeping a family on one lane keeps its code in one thread; the pool balances the
 * rest, since a lane that runs out takes batches from the lane with the most left.
 */
export function assignLanes(jobs: readonly Job[], batches: readonly (readonly number[])[], workers: number): number[] {
  const familyCost = new Map<string, number>();
  for (const b of batches) {
    const f = codeFamily(jobs[b[0]!]!);
    familyCost.set(f, (familyCost.get(f) ?? 0) + b.reduce((s, i) => s + jobCost(jobs[i]!), 0));
  }
  const load = new Array<number>(Math.max(1, workers)).fill(0);
  const laneOf = new Map<string, number>();
  for (const [f, c] of [...familyCost].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))) {
    const lane = load.indexOf(Math.min(...load));
    laneOf.set(f, lane);
    load[lane]! += c;
  }
  return batches.map((b) => laneOf.get(codeFamily(jobs[b[0]!]!))!);
}

/**
 * The batches not yet handed out, one queue per lane in dispatch order. A lane takes its own next batch;
 * once its queue is empty it takes the next batch of the lane with the most left (the earliest such lane),
 * so no worker idles while work is waiting. Without lanes every batch is in lane 0's queue: every lane
 * takes from it in order. A lane number beyond the lanes that run wraps around.
 */
export class LaneQueues {
  private readonly queues: number[][];
  private waiting: number;

  constructor(batchCount: number, laneCount: number, lanes?: readonly number[]) {
    if (lanes !== undefined && (lanes.length !== batchCount || lanes.some((l) => !(Number.isSafeInteger(l) && l >= 0))))
      throw new RangeError("lanes must give a lane ≥ 0 for every batch");
    this.queues = Array.from({ length: Math.max(1, laneCount) }, () => []);
    for (let b = 0; b < batchCount; b++) this.queues[(lanes?.[b] ?? 0) % this.queues.length]!.push(b);
    this.waiting = batchCount;
  }

  /** Batches not handed out yet. */
  get left(): number {
    return this.waiting;
  }

  /** The next batch for `lane`, or null when none is left. */
  take(lane: number): number | null {
    let q = this.queues[lane % this.queues.length]!;
    if (q.length === 0) for (const other of this.queues) if (other.length > q.length) q = other;
    const b = q.shift();
    if (b === undefined) return null;
    this.waiting--;
    return b;
  }
}

/**
 * Paper tasks seed by seed, and within a seed by estimated cost in (query row × key) pairs, largest first.
 * A worker keeps the workloads of the seed it last drew (they are O(L·d) each, so it keeps one seed's, not
 * every seed's); handing out tasks seed by seed lets each worker draw each seed once, where a global
 * largest-first order interleaves the seeds' equal-cost tasks and has workers redraw them task after task.
 * Costs: a shift task (and the per-key one) scores the sampled rows against every key under two shifts, a
 * D-vs-L task the same on a shorter window, a scheme task under one shift for the kernel and for the exact
 * reference; each is a batch of its own. A seed's D_logit tasks (T queries against one key, cheap next to
 * drawing their long sink workload) go out together as one batch, so one worker draws that workload; the
 * seed's workloads task, which only reports what its worker has drawn, comes last.
 */
export function schedulePaperTasks(tasks: readonly PaperTask[], config: { length: number; rows: number }): number[][] {
  const pairs = (len: number): number => 2 * Math.min(config.rows, len) * len;
  const cost = (t: PaperTask): number => (t.kind === "d-logit" ? 2 * t.T : t.kind === "workloads" ? 0 : t.kind === "d-length" ? pairs(t.length) : pairs(config.length));
  const seeds = [...new Set(tasks.map((t) => t.seed))];
  const batches: number[][] = [];
  for (const seed of seeds) {
    const mine = tasks.map((t, i) => ({ t, i, c: cost(t) })).filter((x) => x.t.seed === seed).sort((x, y) => y.c - x.c || x.i - y.i);
    const dLogit = mine.filter((x) => x.t.kind === "d-logit").map((x) => x.i);
    for (const x of mine) if (x.t.kind !== "d-logit" && x.t.kind !== "workloads") batches.push([x.i]);
    if (dLogit.length > 0) batches.push(dLogit);
    for (const x of mine) if (x.t.kind === "workloads") batches.push([x.i]);
  }
  return batches;
}
