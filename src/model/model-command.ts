/** `rope-audit model PATH`: read the model's RoPE from its file, audit it, print the findings, write the report. */
import { propertyRefs } from "../cli/property-specs.js";
import { escapeTerminal } from "../report/render.js";
import { type TerminalInfo, progressBar, terminalChalk, verdictTable } from "../report/terminal.js";
import { loadModel } from "./load.js";
import { DEFAULT_MODEL_AUDIT, auditModel, writeModelReport } from "./model-report.js";
import { type ModelDtype, ModelInputError, describeWorkload } from "./workload.js";

export interface ModelCommandOptions {
  out?: string;
  dtype?: string;
  maxPosition?: number;
  kernels?: string;
  seed: number;
  cases: number;
  runs: number;
  samples: number;
  window: number;
  rows: number;
  workers: number;
  workloadOnly?: boolean;
  json?: boolean;
}

export interface ModelCommandIo {
  out(line: string): void;
  terminal?: TerminalInfo;
  progress?(text: string): void;
}

const DTYPES: Record<string, ModelDtype> = { bf16: "bf16", bfloat16: "bf16", fp16: "fp16", float16: "fp16", fp32: "fp32", float32: "fp32" };

/** Runs the command; returns the exit code (1 when a pipeline could not be run at all). */
export async function modelCommand(path: string, o: ModelCommandOptions, io: ModelCommandIo): Promise<number> {
  let dtype: ModelDtype | undefined;
  if (o.dtype !== undefined) {
    dtype = DTYPES[o.dtype];
    if (!dtype) throw new ModelInputError("--dtype", `expected bf16, fp16 or fp32, got ${JSON.stringify(o.dtype)}`);
  }
  const w = loadModel(path, { dtype, contextLength: o.maxPosition });
  if (o.workloadOnly) {
    if (o.json) io.out(JSON.stringify(w, null, 2));
    else for (const line of [...describeWorkload(w), ...w.notes.map((n) => `note: ${n}`)]) io.out(escapeTerminal(line));
    return 0;
  }
  if (!o.json) {
    io.out(`rope-audit model ${escapeTerminal(path)}`);
    for (const line of describeWorkload(w)) io.out(`  ${escapeTerminal(line)}`);
    for (const n of w.notes) io.out(`  note: ${escapeTerminal(n)}`);
  }
  const bar = io.progress && io.terminal?.isTTY ? progressBar(io.progress) : null;
  const options = {
    ...DEFAULT_MODEL_AUDIT,
    properties: await propertyRefs(undefined),
    seed: o.seed,
    cases: o.cases,
    runs: o.runs,
    budgetSamples: o.samples,
    window: o.window,
    rows: o.rows,
    workers: o.workers,
    kernels: o.kernels ? o.kernels.split(",").map((k) => k.trim()) : undefined,
    onProgress: bar ? (d: number, t: number) => bar.update(d, t) : undefined,
  };
  const { summary, report } = await auditModel(w, options);
  bar?.finish();
  if (o.json) io.out(JSON.stringify(summary, null, 2));
  else {
    io.out("");
    for (const line of verdictTable(report.results, terminalChalk(io.terminal ?? { isTTY: false, env: {} }))) io.out(line);
    io.out("");
    for (const c of summary.conclusions) io.out(`- ${escapeTerminal(c)}`);
  }
  if (o.out !== undefined) for (const f of writeModelReport(o.out, report, summary)) if (!o.json) io.out(`wrote ${f}`);
  return report.results.some((r) => r.verdict === "error") ? 1 : 0;
}
