/**
 * Reproducing the analysis of "When Precision Meets Position" (arXiv 2411.13476, § 2.2, Fig. 1, and the
 * AnchorAttention comparison) under emulation. No model weights are available here:
 *  - "pretrained-like" is the sink workload: Gaussian q/k plus a first key of large norm aligned with
 *    the queries in the lowest-frequency pairs (attention sinks / massive activations);
 *  - "random-init" is i.i.d. Gaussian q/k with small components (σ = 0.25), as small initial weights give.
 * The logit scale of each workload is measured and stated. Each claim is measured against a criterion
 * written below, never forced: a claim that does not hold is reported as not reproduced, with its numbers.
 */
import { createRng } from "../formats/rng.js";
import { type EmulatedKernel, emulate } from "../rope/emulate.js";
import { zooPipeline } from "../kernels/zoo.js";
import { sampleSinkWorkload, sampleVectors } from "../generators/vectors.js";
import { FLASH_SCORE } from "../attention/score.js";
import { attentionError, attentionShift, firstKeyLogitShift, type RotatingKernel } from "../attention/shift.js";
import type { Scheme } from "../attention/packing.js";

export interface ReproduceConfig {
  quick: boolean;
  seed: number;
  length: number;
  headDim: number;
  base: number;
  delta2: number;
  delta1: number[];
  rows: number;
  T: number[];
  documents: number;
}

export interface Claim {
  id: string;
  claim: string;
  measured: string;
  reproduced: boolean;
  /** The criterion `reproduced` was judged by. */
  criterion: string;
}

export interface ReproduceResult {
  config: ReproduceConfig;
  workloads: { name: string; model: string; logitRms: number }[];
  shiftCurves: { workload: string; kernel: string; D: number[] }[];
  perKey: { kernel: string; workload: string; top: { key: number; share: number }[]; firstKeyShare: number };
  dLogit: { T: number[]; values: number[]; spearman: number };
  schemes: { scheme: Scheme; error: number }[];
  claims: Claim[];
}

export const PAPER_DELTA1 = [0, 2, 4, 6, 8, 10, 12, 14, 15, 17, 18, 20, 22, 50, 100, 200, 500, 1000, 2000];

export function reproduceConfig(quick: boolean, seed = 1): ReproduceConfig {
  return quick
    ? { quick, seed, length: 512, headDim: 128, base: 10000, delta2: 16, delta1: [0, 8, 15, 17, 50, 500], rows: 64, T: [64, 128, 256, 512, 1024], documents: 8 }
    : { quick, seed, length: 4096, headDim: 128, base: 10000, delta2: 16, delta1: PAPER_DELTA1, rows: 256, T: [64, 128, 256, 512, 1024, 2048, 4096, 8192], documents: 8 };
}

/** Spearman's rank correlation (no ties expected in measured reals). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  const rank = (v: readonly number[]): number[] => {
    const order = v.map((_, i) => i).sort((a, b) => v[a]! - v[b]!);
    const r = new Array<number>(v.length);
    order.forEach((i, k) => (r[i] = k));
    return r;
  };
  const rx = rank(x);
  const ry = rank(y);
  const n = x.length;
  let s = 0;
  for (let i = 0; i < n; i++) s += (rx[i]! - ry[i]!) ** 2;
  return 1 - (6 * s) / (n * (n * n - 1));
}

const mean = (v: readonly number[]): number => v.reduce((a, b) => a + b, 0) / v.length;

function logitRms(q: Float64Array, k: Float64Array, d: number, L: number): number {
  let s = 0;
  let n = 0;
  for (let i = 0; i < L; i += Math.max(1, Math.floor(L / 64)))
    for (let j = 1; j < L; j += Math.max(1, Math.floor(L / 64))) {
      let dot = 0;
      for (let t = 0; t < d; t++) dot += q[i * d + t]! * k[j * d + t]!;
      s += (dot / Math.sqrt(d)) ** 2;
      n++;
    }
  return Math.sqrt(s / n);
}

/** The kernels and inputs every task of one reproduction shares; rebuilt from the config on any thread. */
interface PaperContext {
  config: ReproduceConfig;
  kernels: { bf16: EmulatedKernel; fp32: EmulatedKernel; exact: EmulatedKernel };
  workloads: { name: string; model: string; logitRms: number; data: { q: Float64Array; k: Float64Array } }[];
  rows: number[];
}

function paperContext(config: ReproduceConfig): PaperContext {
  const { length: L, headDim: d, base } = config;
  const bf16 = emulate(zooPipeline("hf", { base }));
  const fp32 = emulate({ ...zooPipeline("hf", { base }), name: "hf@fp32", format: "fp32", cache: { format: "fp32" }, rotate: { format: "fp32", fma: "none" }, output: { format: "fp32" } });
  const exact = emulate(zooPipeline("exact-fp64", { base }));
  const rng = createRng(config.seed);
  // Inputs on the bf16 grid, shared by every kernel ("the same weights cast to fp32").
  const sink = sampleSinkWorkload(rng, "bf16", L, d, { sinkNorm: 8, sinkPairs: 8 });
  const random = { q: sampleVectors(rng, "bf16", L, d, "gaussian", 0.25), k: sampleVectors(rng, "bf16", L, d, "gaussian", 0.25) };
  const workloads = [
    { name: "pretrained-like (sink)", model: "Gaussian q/k (σ = 1) plus a first key of norm 8√d aligned with the queries in the 8 lowest-frequency pairs", logitRms: logitRms(sink.q, sink.k, d, L), data: sink },
    { name: "random-init", model: "i.i.d. Gaussian q/k, σ = 0.25", logitRms: logitRms(random.q, random.k, d, L), data: random },
  ];
  const rows = Array.from({ length: config.rows }, (_, r) => Math.floor(((r + 0.5) * L) / config.rows));
  return { config, kernels: { bf16, fp32, exact }, workloads, rows };
}

/**
 * The independent pieces of a reproduction. Each rebuilds its inputs from the config's seed, so tasks
 * run on any thread in any order give the same numbers (the pool in src/engine runs them in parallel).
 */
export type PaperTask =
  | { kind: "shift"; workload: number; kernel: "bf16" | "fp32"; delta1: number }
  | { kind: "per-key" }
  | { kind: "d-logit"; T: number }
  | { kind: "scheme"; scheme: Scheme; shift: number };

export type PaperTaskOutcome = { kind: "value"; value: number } | { kind: "per-key"; perKey: number[]; D: number; firstKeyShare: number };

const SCHEME_SHIFTS = [16, 1000];
const PAPER_SCHEMES = ["full", "intra-doc", "intra-doc-reset", "anchor"] as const;

export function paperTasks(config: ReproduceConfig): PaperTask[] {
  const tasks: PaperTask[] = [];
  for (const workload of [0, 1]) for (const kernel of ["bf16", "fp32"] as const) for (const delta1 of config.delta1) tasks.push({ kind: "shift", workload, kernel, delta1 });
  tasks.push({ kind: "per-key" });
  for (const T of config.T) tasks.push({ kind: "d-logit", T });
  for (const scheme of PAPER_SCHEMES) for (const shift of SCHEME_SHIFTS) tasks.push({ kind: "scheme", scheme, shift });
  return tasks;
}

/** Runs tasks of one config; the context is built on first use and kept (one per thread). */
export function paperTaskRunner(config: ReproduceConfig): (task: PaperTask) => Promise<PaperTaskOutcome> {
  let ctx: PaperContext | null = null;
  let longSink: { q: Float64Array; k: Float64Array } | null = null;
  return async (task) => {
    ctx ??= paperContext(config);
    const { length: L, headDim: d, delta2 } = config;
    const shift = (kernel: RotatingKernel, data: { q: Float64Array; k: Float64Array }, d1: number) =>
      attentionShift({ kernel, headDim: d, q: data.q, k: data.k, docLengths: [L], scheme: "full", score: FLASH_SCORE, shifts: [d1, delta2], rows: ctx!.rows });
    if (task.kind === "shift") return { kind: "value", value: (await shift(ctx.kernels[task.kernel], ctx.workloads[task.workload]!.data, task.delta1)).D };
    if (task.kind === "per-key") {
      // Fig. 1 middle: per-key attribution for Δ₁ = 0, Δ₂ = 16 (bf16, sink).
      const pk = await shift(ctx.kernels.bf16, ctx.workloads[0]!.data, 0);
      return { kind: "per-key", perKey: Array.from(pk.perKey), D: pk.D, firstKeyShare: pk.firstKeyShare };
    }
    if (task.kind === "d-logit") {
      // Fig. 1 right: D_logit(Δ₁ = 0, Δ₂ = 16) over a window of T tokens (bf16, sink: key 0 is the sink).
      longSink ??= sampleSinkWorkload(createRng(config.seed + 1), "bf16", Math.max(...config.T), d, { sinkNorm: 8, sinkPairs: 8 });
      return { kind: "value", value: await firstKeyLogitShift({ kernel: ctx.kernels.bf16, headDim: d, q: longSink.q.subarray(0, task.T * d), k0: longSink.k.subarray(0, d), score: FLASH_SCORE, shifts: [0, delta2] }) };
    }
    // AnchorAttention vs full vs intra-doc (±reset): error against exact arithmetic at the same positions,
    // on the sink workload packed as documents behind the first token.
    const docs = (n: number): number[] => Array.from({ length: config.documents }, (_, i) => Math.floor(((i + 1) * n) / config.documents) - Math.floor((i * n) / config.documents));
    const docLengths = task.scheme === "anchor" ? docs(L - 1) : task.scheme === "full" ? [L] : [1 + docs(L - 1)[0]!, ...docs(L - 1).slice(1)];
    const sink = ctx.workloads[0]!.data;
    return { kind: "value", value: await attentionError({ kernel: ctx.kernels.bf16, reference: ctx.kernels.exact, headDim: d, q: sink.q, k: sink.k, docLengths, scheme: task.scheme, score: FLASH_SCORE, shift: task.shift, rows: ctx.rows }) };
  };
}

/**
 * Reproduces the paper's analysis. `runTasks` runs the tasks (default: one after another on this
 * thread; `rope-audit reproduce` passes the worker pool) and returns outcomes in task order.
 */
export async function reproducePaper(
  config: ReproduceConfig,
  onProgress?: (what: string) => void,
  runTasks?: (tasks: readonly PaperTask[]) => Promise<PaperTaskOutcome[]>,
): Promise<ReproduceResult> {
  const { length: L, headDim: d } = config;
  const tasks = paperTasks(config);
  let outcomes: PaperTaskOutcome[];
  if (runTasks) outcomes = await runTasks(tasks);
  else {
    const run = paperTaskRunner(config);
    outcomes = [];
    for (const [i, t] of tasks.entries()) {
      onProgress?.(`task ${i + 1}/${tasks.length}: ${describeTask(t)}`);
      outcomes.push(await run(t));
    }
  }
  const value = (pred: (t: PaperTask) => boolean): number[] => tasks.flatMap((t, i) => (pred(t) ? [(outcomes[i] as { value: number }).value] : []));
  const ctx = paperContext(config);
  const workloads = ctx.workloads;

  // Fig. 1 left: D(Δ₁, Δ₂ = 16) for bf16 and fp32 on both workloads.
  const shiftCurves: ReproduceResult["shiftCurves"] = [];
  for (const [w, wl] of workloads.entries())
    for (const name of ["bf16", "fp32"] as const) shiftCurves.push({ workload: wl.name, kernel: name, D: value((t) => t.kind === "shift" && t.workload === w && t.kernel === name) });
  const curve = (workload: string, kernel: string): number[] => shiftCurves.find((c) => c.workload === workload && c.kernel === kernel)!.D;
  const sinkName = workloads[0]!.name;
  const randomName = workloads[1]!.name;

  const pk = outcomes[tasks.findIndex((t) => t.kind === "per-key")] as Extract<PaperTaskOutcome, { kind: "per-key" }>;
  const order = Array.from(pk.perKey.keys()).sort((a, b) => pk.perKey[b]! - pk.perKey[a]! || a - b);
  const perKey = { kernel: "bf16", workload: sinkName, top: order.slice(0, 8).map((key) => ({ key, share: pk.perKey[key]! / pk.D })), firstKeyShare: pk.firstKeyShare };

  const maxT = Math.max(...config.T);
  const dValues = value((t) => t.kind === "d-logit");
  const rho = spearman(config.T, dValues);

  const schemes: ReproduceResult["schemes"] = PAPER_SCHEMES.map((scheme) => ({ scheme, error: mean(value((t) => t.kind === "scheme" && t.scheme === scheme)) }));
  const err = (s: Scheme): number => schemes.find((x) => x.scheme === s)!.error;

  // C6: the anchor key at position 0 carries no rotation error.
  const { bf16, exact } = ctx.kernels;
  const k0 = workloads[0]!.data.k.subarray(0, d);
  const at0 = bf16.rotate(Float64Array.from(k0), Float64Array.of(0), d);
  let differ = 0;
  for (let t = 0; t < d; t++) if (!Object.is(at0[t], k0[t])) differ++;
  const at16 = bf16.rotate(Float64Array.from(k0), Float64Array.of(16), d);
  const ex16 = exact.rotate(Float64Array.from(k0), Float64Array.of(16), d);
  let err16 = 0;
  for (let t = 0; t < d; t++) err16 = Math.max(err16, Math.abs(at16[t]! - ex16[t]!));

  const fmt = (v: number): string => v.toExponential(2);
  const ratio1 = mean(curve(sinkName, "bf16")) / mean(curve(sinkName, "fp32"));
  const ratio2 = mean(curve(sinkName, "bf16")) / mean(curve(randomName, "bf16"));
  const claims: Claim[] = [
    {
      id: "C1",
      claim: `bf16 D far above fp32 D at L = ${L}`,
      measured: `mean D over Δ₁: bf16 ${fmt(mean(curve(sinkName, "bf16")))}, fp32 ${fmt(mean(curve(sinkName, "fp32")))}; ratio ${ratio1.toFixed(0)}× (random-init: ${(mean(curve(randomName, "bf16")) / mean(curve(randomName, "fp32"))).toFixed(0)}×)`,
      reproduced: ratio1 >= 10,
      criterion: "ratio ≥ 10 on the pretrained-like workload",
    },
    {
      id: "C2",
      claim: "pretrained-like (sink) workload far above random-init workload (bf16)",
      measured: `mean D: sink ${fmt(mean(curve(sinkName, "bf16")))} vs random-init ${fmt(mean(curve(randomName, "bf16")))}: ${ratio2.toFixed(1)}×; logit RMS ${workloads[0]!.logitRms.toFixed(2)} vs ${workloads[1]!.logitRms.toFixed(3)}`,
      reproduced: ratio2 >= 3,
      criterion: "ratio ≥ 3",
    },
    {
      id: "C3",
      claim: "the first key's share of D is the largest of any single key",
      measured: `key 0 share ${(100 * perKey.firstKeyShare).toFixed(1)}%; largest other key ${perKey.top.find((t) => t.key !== 0)?.key} at ${(100 * (perKey.top.find((t) => t.key !== 0)?.share ?? 0)).toFixed(2)}%`,
      reproduced: order[0] === 0,
      criterion: "key 0 has the largest per-key term (Δ₁ = 0, Δ₂ = 16, bf16, sink)",
    },
    {
      id: "C4",
      claim: `D_logit grows with T over ${config.T[0]}…${maxT}`,
      measured: `D_logit ${config.T.map((T, i) => `T=${T}: ${fmt(dValues[i]!)}`).join(", ")}; Spearman ρ = ${rho.toFixed(2)}`,
      reproduced: rho > 0.5,
      criterion: "Spearman ρ > 0.5",
    },
    {
      id: "C5",
      claim: "the anchor scheme's deviation below full attention's at equal L",
      measured: `attention error vs exact arithmetic (mean over rows of Σ_j |A − A*|, shifts 16 and 1000): anchor ${fmt(err("anchor"))}, full ${fmt(err("full"))}, intra-doc ${fmt(err("intra-doc"))}, intra-doc-reset ${fmt(err("intra-doc-reset"))}`,
      reproduced: err("anchor") < err("full"),
      criterion: "anchor error < full error",
    },
    {
      id: "C6",
      claim: "the anchor key at position 0 carries no rotation error",
      measured: `bf16 hf at position 0: ${differ} of ${d} elements differ from the input (at position 16: max error ${fmt(err16)})`,
      reproduced: differ === 0,
      criterion: "0 differing elements",
    },
  ];
  return { config, workloads: workloads.map(({ name, model, logitRms: r }) => ({ name, model, logitRms: r })), shiftCurves, perKey, dLogit: { T: config.T, values: dValues, spearman: rho }, schemes, claims };
}

export function describeTask(t: PaperTask): string {
  if (t.kind === "shift") return `D(Δ₁ = ${t.delta1}, Δ₂) ${t.kernel}, workload ${t.workload === 0 ? "sink" : "random-init"}`;
  if (t.kind === "per-key") return "per-key attribution";
  if (t.kind === "d-logit") return `D_logit at T = ${t.T}`;
  return `scheme ${t.scheme}, shift ${t.shift}`;
}
