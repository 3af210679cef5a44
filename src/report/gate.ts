/**
 * Baselines and the CI gate. A baseline keeps the workload a report was measured on and, per kernel ×
 * property, the verdict, the row's largest figure and its threshold. The gate refuses a report from another
 * workload, then compares row by row: regressions, improvements, rows unchanged. Unusable input (unreadable,
 * truncated or malformed JSON, the wrong schema, another workload) is a GateInputError naming the file and
 * the problem.
 */
import { RopeAuditError } from "../errors.js";
import { REPORT_SCHEMA } from "./model.js";

export const BASELINE_SCHEMA = "rope-audit/baseline@2";

export class GateInputError extends RopeAuditError {
  override readonly name = "GateInputError";
}

export interface BaselineEntry {
  kernel: string;
  property: string;
  verdict: "pass" | "fail" | "error";
  /** The row's largest figure (null when not finite). */
  max: number | null;
  p99: number | null;
  /** The threshold the verdict used. */
  threshold: number | null;
}

/**
 * What a report was measured on. Two reports are comparable only when every field agrees: another seed,
 * case count, head dim, position range, kernel format or RoPE shape, property list, threshold or version
 * measures other cases or judges them otherwise, and a "regression" between them would be noise.
 */
export interface Workload {
  version: string;
  seed: number;
  cases: number;
  numRuns: number;
  headDim: number;
  maxPosition: number;
  /** Each kernel's output format and RoPE shape (layout, base, rotary dim, scaling), by kernel name. */
  kernels: Record<string, string>;
  properties: string[];
  /** The threshold overrides of the run (derived thresholds follow from the version and the workload). */
  thresholds: Record<string, number>;
  /** The kernel rows were judged against (--relative-to), or null. */
  relativeTo: string | null;
}

export interface Baseline {
  schema: typeof BASELINE_SCHEMA;
  workload: Workload;
  entries: BaselineEntry[];
}

interface ReportLike {
  schema: string;
  version: string;
  seed: number;
  cases: number;
  numRuns: number;
  headDim: number;
  maxPosition: number;
  thresholds: Record<string, number>;
  relativeTo?: string;
  kernels: { name: string; format: string; rope: unknown }[];
  properties: { id: string }[];
  results: { kernel: string; property: string; verdict: "pass" | "fail" | "error"; max: unknown; threshold: unknown; measure: { summary: { p99: unknown } } }[];
}

const finite = (v: unknown): number | null => (typeof v === "number" && Number.isFinite(v) ? v : null);

export function parseJsonFile(text: string, file: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new GateInputError(`${file}: not valid JSON (${e instanceof Error ? e.message.split("\n")[0] : String(e)}); expected a ${what}`);
  }
}

export function asReport(v: unknown, file: string): ReportLike {
  const r = v as Partial<ReportLike> | null;
  if (typeof r !== "object" || r === null || r.schema !== REPORT_SCHEMA)
    throw new GateInputError(`${file}: expected a report with "schema": "${REPORT_SCHEMA}" (written by rope-audit run --out), got ${JSON.stringify((r as { schema?: unknown } | null)?.schema)}`);
  if (!Array.isArray(r.results) || !Array.isArray(r.kernels) || !Array.isArray(r.properties)) throw new GateInputError(`${file}: "results", "kernels" and "properties" must be arrays`);
  for (const [i, x] of r.results.entries())
    if (typeof x?.kernel !== "string" || typeof x?.property !== "string" || !["pass", "fail", "error"].includes(x?.verdict) || typeof x?.measure?.summary !== "object" || !("threshold" in x))
      throw new GateInputError(`${file}: results[${i}] must have kernel, property, verdict, threshold and measure.summary`);
  return r as ReportLike;
}

/** The workload a report was measured on. */
export function workloadOf(r: ReportLike): Workload {
  return {
    version: r.version,
    seed: r.seed,
    cases: r.cases,
    numRuns: r.numRuns,
    headDim: r.headDim,
    maxPosition: r.maxPosition,
    kernels: Object.fromEntries(r.kernels.map((k) => [k.name, `${k.format} ${JSON.stringify(k.rope)}`])),
    properties: r.properties.map((p) => p.id),
    thresholds: r.thresholds ?? {},
    relativeTo: r.relativeTo ?? null,
  };
}

/** The first field where two workloads differ, said in one line; null when they agree. */
export function workloadDifference(baseline: Workload, report: Workload): string | null {
  for (const key of ["version", "seed", "cases", "numRuns", "headDim", "maxPosition"] as const)
    if (baseline[key] !== report[key]) return `${key} ${JSON.stringify(baseline[key])} in the baseline, ${JSON.stringify(report[key])} in the report`;
  for (const [name, shape] of Object.entries(baseline.kernels)) {
    const now = report.kernels[name];
    if (now !== undefined && now !== shape) return `kernel ${name} is ${shape} in the baseline, ${now} in the report`;
  }
  if (JSON.stringify(baseline.properties) !== JSON.stringify(report.properties)) return `properties ${baseline.properties.join(",")} in the baseline, ${report.properties.join(",")} in the report`;
  if (JSON.stringify(baseline.thresholds) !== JSON.stringify(report.thresholds)) return `threshold overrides ${JSON.stringify(baseline.thresholds)} in the baseline, ${JSON.stringify(report.thresholds)} in the report`;
  if ((baseline.relativeTo ?? null) !== report.relativeTo) return `rows judged relative to ${JSON.stringify(baseline.relativeTo ?? null)} in the baseline, ${JSON.stringify(report.relativeTo)} in the report`;
  return null;
}

export function baselineFrom(report: ReportLike): Baseline {
  return {
    schema: BASELINE_SCHEMA,
    workload: workloadOf(report),
    entries: report.results.map((r) => ({ kernel: r.kernel, property: r.property, verdict: r.verdict, max: finite(r.max), p99: finite(r.measure.summary.p99), threshold: finite(r.threshold) })),
  };
}

export function asBaseline(v: unknown, file: string): Baseline {
  const b = v as Partial<Baseline> | null;
  if (typeof b !== "object" || b === null || b.schema !== BASELINE_SCHEMA)
    throw new GateInputError(`${file}: expected a baseline with "schema": "${BASELINE_SCHEMA}" (written by rope-audit baseline save)`);
  if (typeof b.workload !== "object" || b.workload === null) throw new GateInputError(`${file}: "workload" must be an object`);
  if (!Array.isArray(b.entries)) throw new GateInputError(`${file}: "entries" must be an array`);
  for (const [i, e] of b.entries.entries())
    if (typeof e?.kernel !== "string" || typeof e?.property !== "string" || !["pass", "fail", "error"].includes(e?.verdict))
      throw new GateInputError(`${file}: entries[${i}] must have kernel, property and verdict`);
  return b as Baseline;
}

/** One kernel × property of the gate: its figure then and now, the ratio, and what changed. */
export interface GateRow {
  kernel: string;
  property: string;
  was: number | null;
  now: number | null;
  /** now / was (null when either is not finite or was is 0). */
  ratio: number | null;
  status: "regression" | "improvement" | "same" | "missing" | "new";
  what: string;
}

export interface GateResult {
  rows: GateRow[];
  regressions: GateRow[];
  improvements: GateRow[];
}

const fmt = (v: number | null): string => (v === null ? "not finite" : v.toExponential(2));

/**
 * The gate: a row regresses when its verdict got worse (pass → fail/error), its figure stopped being finite,
 * or its largest figure rose above (1 + tolerance)× the baseline's; it improves when the reverse holds.
 * Equal figures are never flagged. The workloads must agree (GateInputError otherwise: exit 2).
 */
export function gate(baseline: Baseline, report: ReportLike, tolerance: number): GateResult {
  const diff = workloadDifference(baseline.workload, workloadOf(report));
  if (diff !== null) throw new GateInputError(`gate: the report was measured on another workload than the baseline (${diff}); rerun with the baseline's settings or save a new baseline`);
  const now = new Map(baselineFrom(report).entries.map((e) => [`${e.kernel}\u0000${e.property}`, e]));
  const rows: GateRow[] = [];
  const rank = { pass: 0, fail: 1, error: 2 } as const;
  for (const b of baseline.entries) {
    const key = `${b.kernel}\u0000${b.property}`;
    const e = now.get(key);
    now.delete(key);
    if (!e) {
      rows.push({ kernel: b.kernel, property: b.property, was: b.max, now: null, ratio: null, status: "missing", what: "missing from the report" });
      continue;
    }
    const ratio = b.max !== null && e.max !== null && b.max > 0 ? e.max / b.max : null;
    const row = { kernel: b.kernel, property: b.property, was: b.max, now: e.max, ratio };
    const verdict = rank[e.verdict] - rank[b.verdict];
    const rose = b.max !== null && (e.max === null ? true : e.max > b.max * (1 + tolerance) && e.max !== b.max);
    const fell = e.max !== null && (b.max === null ? true : b.max > e.max * (1 + tolerance) && e.max !== b.max);
    const change = `${fmt(b.max)} → ${fmt(e.max)}${ratio === null ? "" : ` (${ratio >= 10 ? ratio.toFixed(0) : ratio.toPrecision(3)}x)`}`;
    if (verdict > 0 || (verdict === 0 && rose)) rows.push({ ...row, status: "regression", what: verdict > 0 ? `verdict ${b.verdict} → ${e.verdict}; ${change}` : change });
    else if (verdict < 0 || fell) rows.push({ ...row, status: "improvement", what: verdict < 0 ? `verdict ${b.verdict} → ${e.verdict}; ${change}` : change });
    else rows.push({ ...row, status: "same", what: change });
  }
  for (const e of now.values()) rows.push({ kernel: e.kernel, property: e.property, was: null, now: e.max, ratio: null, status: "new", what: "not in the baseline" });
  return { rows, regressions: rows.filter((r) => r.status === "regression" || r.status === "missing"), improvements: rows.filter((r) => r.status === "improvement") };
}

/** Markdown that fits a pull-request comment. Kernel names are escaped for Markdown tables. */
export function gateMarkdown(g: GateResult, tolerance: number): string {
  const esc = (s: string): string => s.replace(/[\\|`*_<>\[\]]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const tol = `${(100 * tolerance).toFixed(1)}%`;
  const lines = [
    g.regressions.length === 0
      ? `### No regression against the baseline (${g.rows.length} kernel × property rows, ${g.improvements.length} improved)`
      : `### ${g.regressions.length} precision regression${g.regressions.length > 1 ? "s" : ""} against the baseline (${g.improvements.length} improved)`,
    "",
    `Each row compares the row's largest figure (the number its verdict is judged on) with the baseline's, measured on the same workload. A change counts when the verdict changes, or when the figure moves by more than the tolerance, ${tol}, either way (x = now / then); equal figures never count.`,
  ];
  const table = (title: string, rs: readonly GateRow[]): void => {
    if (rs.length === 0) return;
    lines.push("", `#### ${title}`, "", "| kernel | property | change |", "|---|---|---|", ...rs.map((r) => `| ${esc(r.kernel)} | ${esc(r.property)} | ${esc(r.what)} |`));
  };
  table("Regressions", g.regressions);
  table("Improvements", g.improvements);
  table("New rows", g.rows.filter((r) => r.status === "new"));
  return `${lines.join("\n")}\n`;
}
