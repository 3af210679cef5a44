/**
 * The audit of one model's RoPE at its own positions: the zoo pipelines that run it in practice, each
 * through the property suite up to the model's context length; the error budget by stage at 4K, 32K and
 * 128K positions (those within the context, plus the context length itself); the attention deviation at
 * the end of the context with and without an anchor, in the model's dtype and with fp32 RoPE; and
 * conclusions worded from those numbers.
 */
import { mkdirSync } from "node:fs";
import { RopeAuditError } from "../errors.js";
import { join } from "node:path";
import { attentionError } from "../attention/shift.js";
import { FLASH_SCORE } from "../attention/score.js";
import type { Scheme } from "../attention/packing.js";
import { runAudit } from "../engine/audit.js";
import { createRng } from "../formats/rng.js";
import { sampleSinkWorkload } from "../generators/vectors.js";
import { ZOO, zooPipeline } from "../kernels/zoo.js";
import { type BudgetBucket, errorBudget, withExactStage } from "../measure/budget.js";
import type { SuiteResult } from "../measure/suite.js";
import type { PropertyRef } from "../engine/property-modules.js";
import { rowRatio } from "../report/row-text.js";
import { VERSION } from "../version.js";
import { writeFileAtomic } from "../report/atomic.js";
import { type Report, buildReport, toJson, writeReport } from "../report/model.js";
import { escapeMarkdown } from "../report/render.js";
import { emulate } from "../rope/emulate.js";
import type { PipelineRope, PipelineSpec } from "../rope/pipeline.js";
import { type ModelWorkload, workloadAttentionFactor } from "./workload.js";
import { loadModel } from "./load.js";

export const MODEL_SUMMARY_SCHEMA = "rope-audit/model-summary@1";

export interface ModelAuditOptions {
  /** The property suite, as the modules every worker imports it from (the CLI passes the built-in one). */
  properties: readonly PropertyRef[];
  seed: number;
  /** Measure-mode cases and assert-mode runs per pipeline × property. */
  cases: number;
  runs: number;
  workers: number;
  /** Zoo kernels (NAME or NAME@format); default: the pipelines that run this kind of model file. */
  kernels?: string[];
  /** Vectors per error-budget bucket. */
  budgetSamples: number;
  /** Tokens in the attention window, sampled query rows, documents behind the anchor. */
  window: number;
  rows: number;
  documents: number;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_MODEL_AUDIT: Omit<ModelAuditOptions, "workers" | "properties"> = { seed: 1, cases: 100, runs: 50, budgetSamples: 256, window: 2048, rows: 64, documents: 8 };

/** What HF configs and GGUF files run on in practice (the zoo's names for them). */
const HF_PIPELINES = ["hf", "vllm-cuda", "flash-attn-triton", "ggml-cpu", "onnxruntime-cpu"];
const GGUF_PIPELINES = ["ggml-cpu@fp16", "ggml-cpu@fp32"];

/** The zoo variants to audit for this model, and the ones left out with the reason. */
export function modelPipelines(w: ModelWorkload, kernels?: readonly string[]): { names: string[]; skipped: string[] } {
  const names: string[] = [];
  const skipped: string[] = [];
  const rope = modelRope(w);
  /** Keeps a variant whose emulation can express this model's RoPE; an explicit --kernels choice must. */
  const keep = (name: string, chosen: boolean): void => {
    try {
      emulate(zooPipeline(name, rope));
      names.push(name);
    } catch (e) {
      if (!(e instanceof RopeAuditError)) throw e;
      if (chosen) throw new RopeAuditError(`--kernels: ${name} cannot run this model's RoPE: ${e.message}`);
      skipped.push(`${name}: its emulation cannot express this RoPE (${e.message})`);
    }
  };
  if (kernels) {
    for (const k of kernels) keep(k.replace(/^zoo:/, ""), true);
    return { names, skipped };
  }
  if (w.kind === "gguf") for (const name of GGUF_PIPELINES) keep(name, false);
  else
    for (const name of HF_PIPELINES) {
      const entry = ZOO.find((e) => e.name === name)!;
      if (entry.formats.includes(w.dtype.value)) keep(entry.formats[0] === w.dtype.value ? name : `${name}@${w.dtype.value}`, false);
      else if (name === "ggml-cpu" || name === "onnxruntime-cpu") keep(name, false); // CPU runtimes run their own fp16/fp32
      else skipped.push(`${name}: no ${w.dtype.value} variant in the zoo (it runs ${entry.formats.join(", ")})`);
    }
  if (names.length === 0)
    throw new RopeAuditError(`no zoo pipeline that runs this model emulates its RoPE (${skipped.join("; ")}); choose others with --kernels, e.g. --kernels hf@fp16`);
  return { names, skipped };
}

export function modelRope(w: ModelWorkload): Omit<PipelineRope, "layout"> {
  return { base: w.base.value, rotaryDim: w.rotaryDim.value, scaling: w.scaling.value };
}

/** Buckets [m/2, m) for m in 4K, 32K, 128K within the context, and the context length itself. */
export function milestoneBuckets(contextLength: number): [number, number][] {
  const ms = [4096, 32768, 131072].filter((m) => m < contextLength);
  ms.push(contextLength);
  return ms.map((m) => [Math.floor(m / 2), m]);
}

/** The pipeline with its cos/sin cache and rotation in fp32 (the output still rounds to its format). */
export function withFp32Rope(p: PipelineSpec): PipelineSpec {
  return { ...p, name: `${p.name} + fp32 RoPE`, cache: { format: "fp32" }, rotate: { format: "fp32", fma: "none" } };
}

export interface PipelineVerdicts {
  kernel: string;
  /** Per property: the row's verdict, largest figure, threshold, their ratio, and the ratio to the format floor. */
  results: { property: string; verdict: SuiteResult["verdict"]; max: number; threshold: number; worstRatio: number; ratioToFloor: number | null; counterexamplePosition: number | null }[];
  holds: number;
}

export interface AttentionRow {
  kernel: string;
  scheme: Scheme;
  where: "context start" | "context end";
  positions: [number, number];
  error: number;
}

export interface ModelSummary {
  schema: typeof MODEL_SUMMARY_SCHEMA;
  workload: {
    file: string;
    kind: ModelWorkload["kind"];
    values: { name: string; value: unknown; source: string }[];
    notes: string[];
  };
  samples: { seed: number; cases: number; runs: number; budgetSamplesPerBucket: number; attention: { window: number; rows: number; documents: number; workload: string; score: string } };
  pipelines: PipelineVerdicts[];
  skippedPipelines: string[];
  budgets: { kernel: string; buckets: BudgetBucket[] }[];
  fp32Rope: { kernel: string; buckets: { lo: number; hi: number; rms: number; rmsFp32Rope: number }[] } | null;
  attention: AttentionRow[];
  conclusions: string[];
}

const fmt = (v: number): string => (Number.isFinite(v) ? v.toExponential(2) : String(v));
const pct = (v: number): string => `${Math.round(100 * v) || 0}%`;
const times = (a: number, b: number): string => (b > 0 ? `${(a / b).toFixed(a / b >= 10 ? 0 : 1)}×` : "∞×");
const range = (lo: number, hi: number): string => `[${lo.toLocaleString("en-US")}, ${hi.toLocaleString("en-US")})`;

export async function auditModel(w: ModelWorkload, o: ModelAuditOptions): Promise<{ summary: ModelSummary; report: Report }> {
  const started = Date.now();
  const ctx = w.contextLength.value;
  const d = w.headDim.value;
  const rope = modelRope(w);
  const { names, skipped } = modelPipelines(w, o.kernels);
  const pipelines = names.map((n) => zooPipeline(n, rope));

  // 1. The property suite on every pipeline at the model's positions (the usual report).
  const plan = { kernels: names.map((n) => `zoo:${n}`), properties: [...o.properties], seed: o.seed, cases: o.cases, numRuns: o.runs, maxPosition: ctx, headDim: d, timeoutSeconds: 30, zoo: rope };
  const parts = await runAudit(plan, { workers: o.workers, onProgress: o.onProgress });
  const verdicts: PipelineVerdicts[] = pipelines.map((p) => {
    const rs = parts.results.filter((r) => r.kernel === p.name);
    return {
      kernel: p.name,
      results: rs.map((r) => ({ property: r.property, verdict: r.verdict, max: r.max, threshold: r.threshold, worstRatio: rowRatio(r), ratioToFloor: r.ratioToFloor, counterexamplePosition: r.assert.counterexample?.position ?? null })),
      holds: rs.filter((r) => r.verdict === "pass").length,
    };
  });

  // 2. Error budget by stage at the milestones.
  const buckets = milestoneBuckets(ctx);
  const budgets = pipelines.map((p) => ({ kernel: p.name, buckets: errorBudget({ pipeline: p, headDim: d, buckets, samples: o.budgetSamples, seed: o.seed }).buckets }));
  const primary = pipelines[0]!;
  const fix = withFp32Rope(primary);
  const alreadyFp32 = primary.cache.format === "fp32" && primary.rotate.format === "fp32";
  let fp32Rope: ModelSummary["fp32Rope"] = null;
  if (!alreadyFp32) {
    // Same seed, format and buckets: errorBudget draws the same vectors and positions for both.
    const fixed = errorBudget({ pipeline: fix, headDim: d, buckets, samples: o.budgetSamples, seed: o.seed }).buckets;
    fp32Rope = { kernel: primary.name, buckets: budgets[0]!.buckets.map((b, i) => ({ lo: b.lo, hi: b.hi, rms: b.rms, rmsFp32Rope: fixed[i]!.rms })) };
  }

  // 3. Attention deviation against exact arithmetic: the last `window` tokens of the context (and, for
  //    comparison, the first), full causal vs AnchorAttention, in the model's pipeline and with fp32 RoPE.
  const W = Math.min(o.window, ctx);
  const rng = createRng(o.seed);
  const sink = sampleSinkWorkload(rng, primary.format, W, d, { sinkNorm: 8, sinkPairs: Math.min(8, w.rotaryDim.value / 2), layout: primary.rope.layout });
  const rows = Array.from({ length: Math.min(o.rows, W) }, (_, r) => Math.floor(((r + 0.5) * W) / Math.min(o.rows, W)));
  const docCount = Math.max(1, Math.min(o.documents, W - 1));
  const docs = Array.from({ length: docCount }, (_, i) => Math.floor(((i + 1) * (W - 1)) / docCount) - Math.floor((i * (W - 1)) / docCount));
  const reference = emulate(withExactStage(primary, "all"));
  const kernels = alreadyFp32 ? [primary] : [primary, fix];
  const attention: AttentionRow[] = [];
  for (const p of kernels) {
    const k = emulate(p);
    // When the window covers the whole context its start and end are the same positions: measure once.
    const wheres = ctx > W ? ([["context start", 0], ["context end", ctx - W]] as const) : ([["context end", 0]] as const);
    for (const [where, shift] of wheres) {
      for (const scheme of ["full", "anchor"] as const) {
        const docLengths = scheme === "anchor" && W > 1 ? docs : [W];
        const s = scheme === "anchor" && W > 1 ? "anchor" : "full";
        const error = await attentionError({ kernel: k, reference, headDim: d, q: sink.q, k: sink.k, docLengths, scheme: s, score: FLASH_SCORE, shift, rows });
        attention.push({ kernel: p.name, scheme, where, positions: [shift, shift + W], error });
      }
    }
  }

  // Built last, so its duration covers the budgets and the attention measurements too.
  const report = buildReport(
    { version: VERSION, seed: o.seed, cases: o.cases, numRuns: o.runs, maxPosition: ctx, headDim: d, thresholds: {} },
    { ...parts, properties: [...parts.properties].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => ({ id: p.id, claim: p.claim, measure: p.measure })) },
    { run: { date: new Date(started).toISOString(), durationMs: Date.now() - started, node: process.version, platform: `${process.platform}-${process.arch}`, workers: o.workers } },
  );
  const summary: ModelSummary = {
    schema: MODEL_SUMMARY_SCHEMA,
    workload: {
      file: w.file,
      kind: w.kind,
      values: [
        { name: "architecture", value: w.architecture.value, source: w.architecture.source },
        { name: "ropeType", value: w.ropeType.value, source: w.ropeType.source },
        { name: "headDim", value: w.headDim.value, source: w.headDim.source },
        { name: "rotaryDim", value: w.rotaryDim.value, source: w.rotaryDim.source },
        { name: "base", value: w.base.value, source: w.base.source },
        { name: "scaling", value: w.scaling.value, source: w.scaling.source },
        ...(w.scaling.value.type === "yarn" || w.scaling.value.type === "longrope"
          ? [{ name: "attentionFactor", value: workloadAttentionFactor(w), source: w.scaling.value.attentionFactor !== undefined ? "stated" : `${w.kind === "gguf" ? "the" : "HF's"} ${w.scaling.value.type} formula (fp64)` }]
          : []),
        { name: "contextLength", value: w.contextLength.value, source: w.contextLength.source },
        { name: "dtype", value: w.dtype.value, source: w.dtype.source },
        { name: "layout", value: w.layout.value, source: w.layout.source },
      ],
      notes: [
        ...w.notes,
        ...(pipelines.some((p) => p.rope.layout !== w.layout.value)
          ? [`The pipelines pair elements as their own code does (${pipelines.map((p) => `${p.name}: ${p.rope.layout}`).join(", ")}); the model pairs ${w.layout.value}. Each pair rotates by the same θᵢ with the same arithmetic either way, so the pairing moves errors between elements without changing their size.`]
          : []),
        ...(w.rotaryDim.value < d ? [`Only the first ${w.rotaryDim.value} of ${d} dims of each head are rotated; the attention workload's sink sits in the head's last pairs, which this model may leave unrotated.`] : []),
      ],
    },
    samples: {
      seed: o.seed,
      cases: o.cases,
      runs: o.runs,
      budgetSamplesPerBucket: o.budgetSamples,
      attention: { window: W, rows: rows.length, documents: docCount, workload: "sink: Gaussian q/k plus a first key of norm 8√d aligned with the queries in the lowest-frequency pairs", score: "flash-style fp32 scores" },
    },
    pipelines: verdicts,
    skippedPipelines: skipped,
    budgets,
    fp32Rope,
    attention,
    conclusions: [],
  };
  summary.conclusions = conclusions(summary, w, primary.name, alreadyFp32);
  return { summary, report };
}

function failure(r: PipelineVerdicts["results"][number]): string {
  if (r.verdict === "error") return `${r.property} (error)`;
  if (r.worstRatio > 1) return `${r.property} (worst ${r.worstRatio.toFixed(1)}× its threshold)`;
  // Assert mode found a counterexample the measured sample did not reach.
  return `${r.property} (a shrunk counterexample${r.counterexamplePosition !== null ? ` at position ${r.counterexamplePosition}` : ""}; the measured cases stay within ${r.worstRatio.toFixed(2)}× its threshold)`;
}

/** Plain-language findings, each computed from the summary's numbers. */
export function conclusions(s: ModelSummary, w: ModelWorkload, primary: string, alreadyFp32: boolean): string[] {
  const out: string[] = [];
  const ctx = w.contextLength.value;
  const b0 = s.budgets.find((b) => b.kernel === primary)!;
  const last = b0.buckets.at(-1)!;
  if (last.dominant) {
    const c = last.stages.find((x) => x.stage === last.dominant)!;
    out.push(
      `At positions ${range(last.lo, last.hi)} (the last half of the ${ctx.toLocaleString("en-US")}-token context), the ${c.stage} stage (${c.format}) causes the largest part of ${primary}'s error: making it exact removes ${pct(c.removed)} of the squared error (relative RMS ${fmt(last.rms)}).`,
    );
  } else out.push(`At positions ${range(last.lo, last.hi)}, ${primary} matches exact arithmetic.`);
  if (b0.buckets.length > 1) {
    const first = b0.buckets[0]!;
    out.push(`${primary}'s relative RMS error grows from ${fmt(first.rms)} at ${range(first.lo, first.hi)} to ${fmt(last.rms)} at ${range(last.lo, last.hi)} (${times(last.rms, first.rms)}).`);
  }
  if (s.fp32Rope) {
    const f = s.fp32Rope.buckets.at(-1)!;
    out.push(
      f.rmsFp32Rope < f.rms
        ? `Computing the cos/sin cache and the rotation in fp32 (the output still rounded to ${primary}'s format) lowers ${primary}'s relative RMS at ${range(f.lo, f.hi)} from ${fmt(f.rms)} to ${fmt(f.rmsFp32Rope)} (${times(f.rms, f.rmsFp32Rope)}).`
        : `Computing the cos/sin cache and the rotation in fp32 does not lower ${primary}'s relative RMS at ${range(f.lo, f.hi)} (${fmt(f.rms)} → ${fmt(f.rmsFp32Rope)}): the error there comes from earlier stages.`,
    );
  } else if (alreadyFp32) out.push(`${primary} already builds its cache and rotates in fp32; the fp32-RoPE comparison does not apply.`);
  if (s.budgets.length > 1) {
    const at = s.budgets.map((b) => ({ kernel: b.kernel, rms: b.buckets.at(-1)!.rms })).sort((a, b) => a.rms - b.rms);
    const lo = at[0]!;
    const hi = at.at(-1)!;
    out.push(`Across the pipelines at ${range(last.lo, last.hi)}: lowest relative RMS ${lo.kernel} (${fmt(lo.rms)}), highest ${hi.kernel} (${fmt(hi.rms)}), ${times(hi.rms, lo.rms)} apart.`);
  }
  for (const p of s.pipelines) {
    const failing = p.results.filter((r) => r.verdict !== "pass").sort((a, b) => b.worstRatio - a.worstRatio);
    out.push(
      failing.length === 0
        ? `${p.kernel}: all ${p.results.length} properties hold at positions up to ${ctx.toLocaleString("en-US")}.`
        : `${p.kernel}: ${p.holds} of ${p.results.length} properties hold at positions up to ${ctx.toLocaleString("en-US")}; ${failing.map(failure).join(", ")}.`,
    );
  }
  const att = (kernel: string, scheme: Scheme, where: AttentionRow["where"]): AttentionRow | undefined => s.attention.find((a) => a.kernel === kernel && a.scheme === scheme && a.where === where);
  const full = att(primary, "full", "context end");
  const anchor = att(primary, "anchor", "context end");
  const start = att(primary, "full", "context start");
  if (full && anchor) {
    const win = start
      ? `the last ${s.samples.attention.window.toLocaleString("en-US")} tokens of the context (positions ${range(full.positions[0], full.positions[1])})`
      : `the whole ${ctx.toLocaleString("en-US")}-token context`;
    out.push(
      `Attention error against exact arithmetic (${primary}, mean over ${s.samples.attention.rows} rows of Σⱼ|A − A*|) over ${win}: ${fmt(full.error)} with full causal attention${start ? `, ${times(full.error, start.error)} the ${fmt(start.error)} at the start of the context` : ""}.`,
    );
    out.push(
      anchor.error < full.error
        ? `AnchorAttention (a shared anchor at position 0, ${s.samples.attention.documents} documents) lowers it to ${fmt(anchor.error)} (${times(full.error, anchor.error)} lower).`
        : `AnchorAttention does not lower it here (${fmt(anchor.error)} vs ${fmt(full.error)} for full attention).`,
    );
    const fixName = `${primary} + fp32 RoPE`;
    const fFull = att(fixName, "full", "context end");
    const fAnchor = att(fixName, "anchor", "context end");
    if (fFull && fAnchor) {
      out.push(`With fp32 RoPE the same window gives ${fmt(fFull.error)} (full) and ${fmt(fAnchor.error)} (anchor).`);
      const options = [
        { what: "AnchorAttention", error: anchor.error },
        { what: "fp32 RoPE", error: fFull.error },
        { what: "AnchorAttention with fp32 RoPE", error: fAnchor.error },
      ].sort((a, b) => a.error - b.error);
      const best = options[0]!;
      out.push(
        best.error < full.error
          ? `Of the remedies measured, ${best.what} lowers the attention error most at this context length (${fmt(full.error)} → ${fmt(best.error)}, ${times(full.error, best.error)}).`
          : `None of the remedies measured lowers the attention error at this context length.`,
      );
    }
  }
  return out;
}

export function modelSummaryMarkdown(s: ModelSummary): string {
  const L: string[] = [];
  const e = escapeMarkdown;
  L.push(`# RoPE audit of ${e(s.workload.file)}`, "");
  L.push("## Conclusions", "", ...s.conclusions.map((c) => `- ${e(c)}`), "");
  L.push("## Workload read from the file", "", "| value | read | from |", "|---|---|---|");
  for (const v of s.workload.values) {
    const val = typeof v.value === "object" ? JSON.stringify(v.value, (_, x: unknown) => (Array.isArray(x) && x.length > 6 ? `[${x.length} values]` : x)) : String(v.value);
    L.push(`| ${v.name} | ${e(val)} | ${e(v.source)} |`);
  }
  if (s.workload.notes.length > 0) L.push("", ...s.workload.notes.map((n) => `- ${e(n)}`));
  L.push("", "## Pipelines at the model's positions", "");
  if (s.pipelines.length > 0) {
    const props = s.pipelines[0]!.results.map((r) => r.property);
    L.push(`| pipeline | ${props.join(" | ")} |`, `|---|${props.map(() => "---").join("|")}|`);
    for (const p of s.pipelines)
      L.push(`| ${e(p.kernel)} | ${p.results.map((r) => `${r.verdict === "pass" ? "pass" : r.verdict === "fail" ? "**FAIL**" : "**ERROR**"} ${r.worstRatio.toFixed(2)}×`).join(" | ")} |`);
    L.push("", "Each cell: the verdict and the worst measured value as a multiple of the property's threshold (derived from the format's unit roundoff).");
  }
  if (s.skippedPipelines.length > 0) L.push("", ...s.skippedPipelines.map((x) => `- not audited: ${e(x)}`));
  L.push("", "## Error budget by stage", "");
  for (const b of s.budgets) {
    const stages = b.buckets[0]!.stages.map((x) => x.stage);
    L.push(`### ${e(b.kernel)}`, "", `| positions | relative RMS | dominant | ${stages.join(" | ")} |`, `|---|---|---|${stages.map(() => "---").join("|")}|`);
    for (const k of b.buckets) L.push(`| ${range(k.lo, k.hi)} | ${fmt(k.rms)} | ${k.dominant ?? "—"} | ${k.stages.map((x) => pct(x.removed)).join(" | ")} |`);
    L.push("");
  }
  L.push("Stage cells: the share of the squared error removed by making that stage alone exact.", "");
  if (s.fp32Rope) {
    L.push(`### ${e(s.fp32Rope.kernel)} with fp32 RoPE`, "", "| positions | relative RMS | with fp32 cache and rotation |", "|---|---|---|");
    for (const k of s.fp32Rope.buckets) L.push(`| ${range(k.lo, k.hi)} | ${fmt(k.rms)} | ${fmt(k.rmsFp32Rope)} |`);
    L.push("");
  }
  L.push("## Attention deviation", "", "| pipeline | scheme | where | positions | error vs exact |", "|---|---|---|---|---|");
  for (const a of s.attention) L.push(`| ${e(a.kernel)} | ${a.scheme} | ${a.where} | ${range(a.positions[0], a.positions[1])} | ${fmt(a.error)} |`);
  const sa = s.samples;
  L.push(
    "",
    "## Sample sizes",
    "",
    `Seed ${sa.seed}; ${sa.cases} measured cases and ${sa.runs} property-based runs per pipeline × property; ${sa.budgetSamplesPerBucket} vectors per error-budget bucket; attention over a window of ${sa.attention.window} tokens, ${sa.attention.rows} sampled query rows, ${sa.attention.documents} documents behind the anchor, ${e(sa.attention.workload)}, ${sa.attention.score}.`,
    "",
  );
  return L.join("\n");
}

/** The usual report files (report.json, .md, .html, junit.xml) plus model-summary.json and .md, each atomically. */
export function writeModelReport(dir: string, report: Report, summary: ModelSummary): string[] {
  mkdirSync(dir, { recursive: true });
  writeReport(dir, report);
  writeFileAtomic(join(dir, "model-summary.json"), toJson(summary));
  writeFileAtomic(join(dir, "model-summary.md"), modelSummaryMarkdown(summary));
  return ["report.json", "report.md", "report.html", "junit.xml", "model-summary.json", "model-summary.md"].map((f) => join(dir, f));
}

/**
 * `--model PATH` on commands that take a workload: the model's head dim, context length and RoPE (base,
 * rotary dim, scaling) for zoo: kernels, and the zoo pipelines that run it.
 */
export function modelWorkloadOptions(path: string): { headDim: number; maxPosition: number; zoo: ReturnType<typeof modelRope>; kernels: string[]; line: string } {
  const w = loadModel(path);
  const { names } = modelPipelines(w);
  return {
    headDim: w.headDim.value,
    maxPosition: w.contextLength.value,
    zoo: modelRope(w),
    kernels: names.map((n) => `zoo:${n}`),
    line: `model ${w.file}: ${w.architecture.value}, head dim ${w.headDim.value}, rotary dim ${w.rotaryDim.value}, base ${w.base.value}, ${w.ropeType.value} scaling, positions up to ${w.contextLength.value}, ${w.dtype.value}`,
  };
}
