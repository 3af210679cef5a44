/**
 * The report: everything one run measured, as versioned JSON (docs/report.schema.json). Durations, dates,
 * host details and the worker count live only under "run"; the rest is byte-identical for the same seed
 * on every rerun, for any number of workers, and for a sharded run merged back together. Non-finite
 * numbers (NaN from a kernel that overflowed) are written as the strings "NaN", "Infinity", "-Infinity":
 * JSON has no such numbers, and null would lose the finding.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic.js";
import { reportJunit, reportMarkdown } from "./render.js";
import { reportHtml } from "./html.js";
import type { SuiteKernel, SuiteResult } from "../measure/suite.js";
import type { ErrorBudget } from "../measure/budget.js";
import type { Fingerprint } from "../measure/fingerprint.js";
import type { SeriesData } from "../measure/series.js";

export type { PositionErrorPoint } from "../measure/series.js";

/** Bumped whenever a field changes meaning or shape; docs/report.schema.json carries the same constant. */
export const REPORT_SCHEMA = "rope-audit/report@3";

/** Chart data for one kernel (src/measure/series.ts). */
export interface KernelSeries extends SeriesData {
  kernel: string;
  /** Set when the kernel failed while the series were measured; the arrays are then empty. */
  error: string | null;
}

export interface KernelBudget {
  kernel: string;
  budget: ErrorBudget;
}

export interface KernelFingerprint {
  kernel: string;
  fingerprint: Fingerprint | null;
  /** Set when the kernel failed on the fingerprint's inputs. */
  error: string | null;
}

export interface RunInfo {
  date: string;
  durationMs: number;
  node: string;
  platform: string;
  workers: number;
  /** Present on a merged report: how many shard reports were merged. */
  mergedShards?: number;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  /** The rope-audit version that measured it (a baseline from another version is another workload). */
  version: string;
  seed: number;
  cases: number;
  numRuns: number;
  maxPosition: number;
  headDim: number;
  /** Threshold overrides of the run (--threshold, --config), by property id; {} when every threshold is derived. */
  thresholds: Record<string, number>;
  /** The kernel every row was judged against (--relative-to), when one was. */
  relativeTo?: string;
  /** Every kernel of the run (all of them, also in a shard's report), sorted by name. */
  kernels: SuiteKernel[];
  properties: { id: string; claim: string; measure: string }[];
  /** Sorted by kernel, then property. */
  results: SuiteResult[];
  /** Error budgets of kernels whose pipeline is known (zoo kernels), sorted by kernel. */
  budgets: KernelBudget[];
  /** Which zoo pipeline each black-box kernel (module:, exec:, onnx:) behaves like, sorted by kernel. */
  fingerprints: KernelFingerprint[];
  /** Chart data, sorted by kernel. */
  series: KernelSeries[];
  /** Only in the report of one shard (`--shard i/n`); `rope-audit merge` removes it. */
  shard?: { index: number; count: number };
  run?: RunInfo;
}

/** What a report says about the run's configuration (identical across the shards of one run). */
export interface ReportHeader {
  version: string;
  seed: number;
  cases: number;
  numRuns: number;
  maxPosition: number;
  headDim: number;
  thresholds: Record<string, number>;
  relativeTo?: string;
}

/**
 * The one place a report is put together (run, audit and merge), so that key order — and with it every
 * byte of the JSON — does not depend on which of them wrote it. Parts must already be sorted by kernel.
 */
export function buildReport(
  header: ReportHeader,
  parts: Pick<Report, "kernels" | "properties" | "results" | "budgets" | "fingerprints" | "series">,
  extra: { shard?: Report["shard"]; run?: RunInfo } = {},
): Report {
  return {
    schema: REPORT_SCHEMA,
    version: header.version,
    seed: header.seed,
    cases: header.cases,
    numRuns: header.numRuns,
    maxPosition: header.maxPosition,
    headDim: header.headDim,
    thresholds: header.thresholds,
    ...(header.relativeTo !== undefined ? { relativeTo: header.relativeTo } : {}),
    kernels: parts.kernels,
    properties: parts.properties,
    results: parts.results,
    budgets: parts.budgets,
    fingerprints: parts.fingerprints,
    series: parts.series,
    ...(extra.shard ? { shard: extra.shard } : {}),
    ...(extra.run ? { run: extra.run } : {}),
  };
}

/**
 * JSON with a final newline, indented by `indent` (0: one line); NaN and ±Infinity become the strings
 * "NaN", "Infinity", "-Infinity".
 */
export function toJson(value: unknown, indent = 2): string {
  return `${JSON.stringify(value, (_, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v), indent || undefined)}\n`;
}

/**
 * report.json's text: one line by default — the per-bucket statistics make an indented report several
 * times larger, and programs read it — or indented by two spaces with `pretty`. Same content either way.
 */
export function reportJson(report: Report, options: { pretty?: boolean } = {}): string {
  return toJson(report, options.pretty ? 2 : 0);
}

/** The files a report directory holds, in the order they are written. */
export const REPORT_FILES = ["report.json", "report.md", "report.html", "junit.xml"] as const;

/**
 * Writes DIR/report.json, DIR/report.md, DIR/report.html and DIR/junit.xml, each through a temporary file and a rename,
 * so a reader never sees half a report. Returns report.json's path.
 */
export function writeReport(dir: string, report: Report, options: { pretty?: boolean } = {}): string {
  mkdirSync(dir, { recursive: true });
  const render = { "report.json": (r: Report) => reportJson(r, options), "report.md": reportMarkdown, "report.html": reportHtml, "junit.xml": reportJunit } satisfies Record<(typeof REPORT_FILES)[number], (r: Report) => string>;
  for (const f of REPORT_FILES) writeFileAtomic(join(dir, f), render[f](report));
  return join(dir, "report.json");
}
