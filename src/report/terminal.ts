/**
 * Terminal output: the verdict table with colour (chalk) only where a person reads it — never under
 * NO_COLOR (https://no-color.org: any non-empty value), TERM=dumb, or when the stream is not a TTY — and
 * a progress bar with an ETA on a TTY for runs longer than a second. Kernel names and messages come from
 * outside: escapeTerminal shows their control characters instead of letting them drive the terminal.
 */
import { Chalk, type ChalkInstance } from "chalk";
import type { SuiteResult } from "../measure/suite.js";
import { escapeTerminal } from "./render.js";
import { overText, rowRatio, times } from "./row-text.js";

export interface TerminalInfo {
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export function useColor(t: TerminalInfo): boolean {
  return t.isTTY && !t.env.NO_COLOR && t.env.TERM !== "dumb";
}

export function terminalChalk(t: TerminalInfo): ChalkInstance {
  return new Chalk({ level: useColor(t) ? 1 : 0 });
}

/** A measure in a 9-wide column: 3 significant digits, or NaN/Infinity as such. */
export const formatMeasure = (v: number): string => (Number.isFinite(v) ? v.toExponential(2) : String(v)).padStart(9);

/** Per kernel: its rows' verdict counts and worst ratio to threshold, failures first. */
export function kernelSummaries(results: readonly SuiteResult[]): { kernel: string; pass: number; fail: number; error: number; worst: number }[] {
  const by = new Map<string, { kernel: string; pass: number; fail: number; error: number; worst: number }>();
  for (const r of results) {
    let s = by.get(r.kernel);
    if (!s) by.set(r.kernel, (s = { kernel: r.kernel, pass: 0, fail: 0, error: 0, worst: 0 }));
    s[r.verdict]++;
    const q = rowRatio(r);
    s.worst = Number.isNaN(q) || Number.isNaN(s.worst) ? NaN : Math.max(s.worst, q);
  }
  return [...by.values()];
}

export interface TableOptions {
  /** Every row, passing ones included, and every replay token (default: failures and errors only). */
  verbose?: boolean;
  /** Output format of each kernel, for the floor column ("3.1x the bf16 floor"). */
  formats?: ReadonlyMap<string, string>;
}

/**
 * The verdict table `run` and `audit` print: a summary line per kernel (failures first), then the rows that
 * did not pass (all rows with `verbose`), each with the threshold its verdict used, its ratio to the format
 * floor and what went over; replay tokens only with `verbose` (they are in report.json either way).
 */
export function verdictTable(results: readonly SuiteResult[], c: ChalkInstance, options: TableOptions = {}): string[] {
  const lines: string[] = [];
  const summaries = kernelSummaries(results).sort((a, b) => b.error + b.fail - (a.error + a.fail) || (a.kernel < b.kernel ? -1 : a.kernel > b.kernel ? 1 : 0));
  for (const s of summaries) {
    const tally = [`${s.pass} pass`, s.fail > 0 ? c.red(`${s.fail} FAIL`) : "0 fail", s.error > 0 ? c.magenta(`${s.error} ERROR`) : ""].filter((x) => x !== "").join(", ");
    lines.push(`${escapeTerminal(s.kernel).padEnd(24)} ${tally}; worst ${Number.isNaN(s.worst) ? "figure NaN" : `${times(s.worst)} threshold`}`);
  }
  const shown = options.verbose ? results : results.filter((r) => r.verdict !== "pass");
  const order = new Map(summaries.map((s, i) => [s.kernel, i]));
  const rows = [...shown].sort((a, b) => order.get(a.kernel)! - order.get(b.kernel)! || (a.property < b.property ? -1 : a.property > b.property ? 1 : 0));
  if (rows.length > 0) {
    lines.push("", c.bold(`${"kernel".padEnd(24)} ${"property".padEnd(19)} verdict  ${"max".padStart(9)} ${"threshold".padStart(9)} ${"floor".padStart(7)}  finding`));
    for (const r of rows) {
      const verdict = r.verdict === "pass" ? c.green("pass   ") : r.verdict === "fail" ? c.red.bold("FAIL   ") : c.magenta.bold("ERROR  ");
      const max = r.verdict === "error" ? "-".padStart(9) : formatMeasure(r.max);
      const floor = (r.ratioToFloor === null ? "-" : times(r.ratioToFloor)).padStart(7);
      lines.push(`${escapeTerminal(r.kernel).padEnd(24)} ${r.property.padEnd(19)} ${verdict} ${max} ${formatMeasure(r.threshold)} ${floor}  ${escapeTerminal(overText(r))}`);
    }
  }
  const folded = results.length - rows.length;
  if (folded > 0) lines.push("", `${folded} passing row${folded === 1 ? "" : "s"} folded (--verbose shows every row)`);
  const failures = results.filter((r) => r.assert.replay);
  if (failures.length > 0) {
    if (options.verbose) {
      lines.push("", "replay a shrunk counterexample with: rope-audit run --replay TOKEN (add --kernels SPEC for a module, exec or fixture kernel)");
      for (const r of failures) lines.push(`  ${c.cyan(escapeTerminal(r.assert.replay!))}`);
    } else lines.push(`${failures.length} replay token${failures.length === 1 ? "" : "s"} in report.json and with --verbose`);
  }
  return lines;
}

export interface Progress {
  update(done: number, total: number): void;
  /** Clears the bar (if one was drawn) so the next output starts on a clean line. */
  finish(): void;
}

/**
 * A one-line bar redrawn in place (carriage return), at most ten times a second, first drawn once the
 * run has taken a second: short runs print nothing. ETA = elapsed · (remaining / done).
 */
export function progressBar(write: (s: string) => void, now: () => number = Date.now, width = 30): Progress {
  const started = now();
  let last = -Infinity;
  let drawn = false;
  return {
    update(done, total) {
      const t = now();
      if (t - started < 1000 || (t - last < 100 && done < total)) return;
      last = t;
      const filled = total > 0 ? Math.round((width * done) / total) : width;
      const eta = done > 0 ? ((t - started) * (total - done)) / done / 1000 : NaN;
      const etaText = done >= total ? "done" : Number.isFinite(eta) ? `ETA ${eta < 60 ? `${Math.ceil(eta)} s` : `${Math.floor(eta / 60)} min ${Math.ceil(eta % 60)} s`}` : "ETA …";
      write(`\r[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total} jobs · ${etaText}\u001b[K`);
      drawn = true;
    },
    finish() {
      if (drawn) write("\r\u001b[K");
      drawn = false;
    },
  };
}
