/**
 * The report: everything one run measured, as versioned JSON. Durations, dates and host details live only
 * under "run"; the rest is byte-identical for the same seed on every rerun. Non-finite numbers (NaN from a
 * kernel that overflowed) are written as the strings "NaN", "Infinity", "-Infinity": JSON has no such
 * numbers, and null would lose the finding.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { writeFileAtomic } from "./atomic.js";
import { reportJunit, reportMarkdown } from "./render.js";
import type { SuiteKernel, SuiteResult } from "../measure/suite.js";

export const REPORT_SCHEMA = "rope-audit/report@1";

export interface Report {
  schema: typeof REPORT_SCHEMA;
  seed: number;
  cases: number;
  numRuns: number;
  maxPosition: number;
  headDim: number;
  kernels: SuiteKernel[];
  properties: { id: string; claim: string; measure: string }[];
  results: SuiteResult[];
  run?: { date: string; durationMs: number; node: string; platform: string };
}

/** Pretty JSON with a final newline; NaN and ±Infinity become the strings "NaN", "Infinity", "-Infinity". */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, (_, v: unknown) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v), 2)}\n`;
}

export function reportJson(report: Report): string {
  return toJson(report);
}

/**
 * Writes DIR/report.json, DIR/report.md and DIR/junit.xml, each through a temporary file and a rename,
 * so a reader never sees half a report. Returns report.json's path.
 */
export function writeReport(dir: string, report: Report): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, "report.json");
  writeFileAtomic(path, reportJson(report));
  writeFileAtomic(join(dir, "report.md"), reportMarkdown(report));
  writeFileAtomic(join(dir, "junit.xml"), reportJunit(report));
  return path;
}
