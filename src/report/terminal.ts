/**
 * Terminal output: the verdict table with colour (chalk) only where a person reads it — never under
 * NO_COLOR (https://no-color.org: any non-empty value), TERM=dumb, or when the stream is not a TTY — and
 * a progress bar with an ETA on a TTY for runs longer than a second. Kernel names and messages come from
 * outside: escapeTerminal shows their control characters instead of letting them drive the terminal.
 */
import { Chalk, type ChalkInstance } from "chalk";
import type { SuiteResult } from "../measure/suite.js";
import { escapeTerminal } from "./render.js";

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

/** The verdict table `run` prints, one line per kernel × property, then the replay tokens. */
export function verdictTable(results: readonly SuiteResult[], c: ChalkInstance): string[] {
  const lines = [c.bold(`${"kernel".padEnd(24)} ${"property".padEnd(19)} verdict  ${"max".padStart(9)} ${"p99".padStart(9)} ${"threshold".padStart(9)}  first failure`)];
  for (const r of results) {
    const t = r.measure.worst[0]?.threshold ?? 0;
    const first = r.error ? r.error : r.assert.counterexample ? `position ${r.assert.counterexample.position}` : "";
    const verdict = r.verdict === "pass" ? c.green("pass   ") : r.verdict === "fail" ? c.red.bold("FAIL   ") : c.magenta.bold("ERROR  ");
    lines.push(`${escapeTerminal(r.kernel).padEnd(24)} ${r.property.padEnd(19)} ${verdict} ${formatMeasure(r.measure.summary.max)} ${formatMeasure(r.measure.summary.p99)} ${formatMeasure(t)}  ${escapeTerminal(first)}`);
  }
  const failures = results.filter((r) => r.assert.replay);
  if (failures.length > 0) {
    lines.push("", "replay a shrunk counterexample with: rope-audit run --replay TOKEN");
    for (const r of failures) lines.push(`  ${c.cyan(escapeTerminal(r.assert.replay!))}`);
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
