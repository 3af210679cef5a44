/**
 * Baselines and the CI gate. A baseline keeps, per kernel × property, the verdict and the measures of a
 * report (max, p99, mean of the deviation). The gate compares a new report against it: a measure that
 * rose beyond (1 + tolerance)·baseline, a verdict that went from pass to fail or error, or a kernel ×
 * property that disappeared is a regression. Unusable input (unreadable, truncated or malformed JSON, the
 * wrong schema) is a GateInputError naming the file and the problem.
 */
import { RopeAuditError } from "../errors.js";
import { REPORT_SCHEMA } from "./model.js";

export const BASELINE_SCHEMA = "rope-audit/baseline@1";

export class GateInputError extends RopeAuditError {
  override readonly name = "GateInputError";
}

export interface BaselineEntry {
  kernel: string;
  property: string;
  verdict: "pass" | "fail" | "error";
  max: number | null;
  p99: number | null;
  mean: number | null;
}

export interface Baseline {
  schema: typeof BASELINE_SCHEMA;
  seed: number;
  entries: BaselineEntry[];
}

interface ReportLike {
  schema: string;
  seed: number;
  results: { kernel: string; property: string; verdict: "pass" | "fail" | "error"; measure: { summary: { max: unknown; p99: unknown; mean: unknown } } }[];
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
  if (!Array.isArray(r.results)) throw new GateInputError(`${file}: "results" must be an array`);
  for (const [i, x] of r.results.entries())
    if (typeof x?.kernel !== "string" || typeof x?.property !== "string" || !["pass", "fail", "error"].includes(x?.verdict) || typeof x?.measure?.summary !== "object")
      throw new GateInputError(`${file}: results[${i}] must have kernel, property, verdict and measure.summary`);
  return r as ReportLike;
}

export function baselineFrom(report: ReportLike): Baseline {
  return {
    schema: BASELINE_SCHEMA,
    seed: report.seed,
    entries: report.results.map((r) => ({
      kernel: r.kernel,
      property: r.property,
      verdict: r.verdict,
      max: finite(r.measure.summary.max),
      p99: finite(r.measure.summary.p99),
      mean: finite(r.measure.summary.mean),
    })),
  };
}

export function asBaseline(v: unknown, file: string): Baseline {
  const b = v as Partial<Baseline> | null;
  if (typeof b !== "object" || b === null || b.schema !== BASELINE_SCHEMA)
    throw new GateInputError(`${file}: expected a baseline with "schema": "${BASELINE_SCHEMA}" (written by rope-audit baseline save)`);
  if (!Array.isArray(b.entries)) throw new GateInputError(`${file}: "entries" must be an array`);
  for (const [i, e] of b.entries.entries())
    if (typeof e?.kernel !== "string" || typeof e?.property !== "string" || !["pass", "fail", "error"].includes(e?.verdict))
      throw new GateInputError(`${file}: entries[${i}] must have kernel, property and verdict`);
  return b as Baseline;
}

export interface Regression {
  kernel: string;
  property: string;
  what: string;
}

/** Regressions of `report` against `baseline`; `tolerance` is relative (0.1 = 10% more is allowed). */
export function gate(baseline: Baseline, report: ReportLike, tolerance: number): Regression[] {
  const now = new Map(baselineFrom(report).entries.map((e) => [`${e.kernel}\u0000${e.property}`, e]));
  const out: Regression[] = [];
  for (const b of baseline.entries) {
    const e = now.get(`${b.kernel}\u0000${b.property}`);
    if (!e) {
      out.push({ kernel: b.kernel, property: b.property, what: "missing from the report" });
      continue;
    }
    if (b.verdict === "pass" && e.verdict !== "pass") out.push({ kernel: b.kernel, property: b.property, what: `verdict ${b.verdict} → ${e.verdict}` });
    for (const m of ["max", "p99", "mean"] as const) {
      const was = b[m];
      const is = e[m];
      if (was === null) continue;
      if (is === null) out.push({ kernel: b.kernel, property: b.property, what: `${m} ${was.toExponential(3)} → not finite` });
      else if (is > was * (1 + tolerance) && is - was > Number.EPSILON * Math.abs(was))
        out.push({ kernel: b.kernel, property: b.property, what: `${m} ${was.toExponential(3)} → ${is.toExponential(3)} (+${(100 * (is / was - 1)).toFixed(1)}%, tolerance ${(100 * tolerance).toFixed(1)}%)` });
    }
  }
  return out;
}

/** Markdown that fits a pull-request comment. Kernel names are escaped for Markdown tables. */
export function regressionsMarkdown(regressions: readonly Regression[], tolerance: number): string {
  const esc = (s: string): string => s.replace(/[\\|`*_<>\[\]]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  if (regressions.length === 0) return `No regression beyond ${(100 * tolerance).toFixed(1)}% against the baseline.\n`;
  return [
    `### ${regressions.length} precision regression${regressions.length > 1 ? "s" : ""} against the baseline (tolerance ${(100 * tolerance).toFixed(1)}%)`,
    "",
    "| kernel | property | regression |",
    "|---|---|---|",
    ...regressions.map((r) => `| ${esc(r.kernel)} | ${esc(r.property)} | ${esc(r.what)} |`),
    "",
  ].join("\n");
}
