/**
 * The words a row's judgment is told in, written once for every output (terminal, Markdown, JUnit, HTML, gate):
 * counts the way torch.testing.assert_close reports mismatches ("37/200 cases over (18.5%), worst 93x threshold
 * at position 448,367") and the ratio to the format floor ("3.1x the bf16 floor").
 */
import type { SuiteResult } from "../measure/suite.js";

/** A report read back from JSON holds NaN and ±Infinity as strings; Number() reads both forms alike. */
const n = (v: unknown): number => Number(v);

/** v as a short multiple: 93x, 3.1x, 0.42x. */
export function times(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  return `${v >= 10 ? v.toFixed(0) : v >= 1 ? v.toFixed(1) : v.toPrecision(2)}x`;
}

/** The row's worst figure over its threshold (Infinity where the threshold is 0 and the figure is not). */
export function rowRatio(r: Pick<SuiteResult, "max" | "threshold">): number {
  const max = n(r.max);
  const t = n(r.threshold);
  if (Number.isNaN(max)) return NaN;
  return t > 0 ? max / t : max > 0 ? Infinity : 0;
}

/** "37/200 cases over (18.5%), worst 93x threshold at position 448,367", or the assert-mode counterexample's. */
export function overText(r: SuiteResult): string {
  if (r.verdict === "error") return r.error ?? "error";
  const m = r.measure;
  const parts: string[] = [];
  if (m.over > 0 || r.verdict === "fail") parts.push(`${m.over}/${m.cases} cases over (${((100 * m.over) / Math.max(1, m.cases)).toFixed(1)}%)`);
  const w = m.worst[0];
  const c = r.assert.counterexample;
  const ratio = rowRatio(r);
  if (r.verdict === "fail") {
    // The worst figure is the counterexample's when it is larger than every measured case's.
    const fromAssert = c !== undefined && !(n(c.value) <= n(m.summary.max));
    const at = fromAssert ? c!.position : w?.position;
    parts.push(`worst ${Number.isNaN(ratio) ? "figure NaN" : `${times(ratio)} threshold`}${at === undefined ? "" : ` at position ${n(at).toLocaleString("en-US")}`}${fromAssert ? " (shrunk case)" : ""}`);
  }
  return parts.join(", ");
}

/** "3.1x the bf16 floor", or "" where the floor is 0 or unknown. */
export function floorText(r: SuiteResult, format: string): string {
  return r.ratioToFloor === null || r.ratioToFloor === undefined ? "" : `${times(n(r.ratioToFloor))} the ${format} floor`;
}

/** Ranking severity: errors and NaN first, then the ratio to threshold. */
export function severity(r: SuiteResult): number {
  const q = rowRatio(r);
  return r.verdict === "error" || Number.isNaN(q) ? Infinity : q;
}

/** The worst rows that did not pass, by ratio to threshold, at most `perKernel` a kernel and `limit` in all. */
export function worstRows<R extends SuiteResult>(results: readonly R[], limit = 10, perKernel = 2): R[] {
  const seen = new Map<string, number>();
  return results
    .filter((x) => x.verdict !== "pass")
    .map((x, i) => ({ x, i, s: severity(x) }))
    // Equal severities (∞ included) keep the report's (kernel, property) order.
    .sort((a, b) => (a.s === b.s ? a.i - b.i : b.s - a.s))
    .map((e) => e.x)
    .filter((x) => {
      const k = seen.get(x.kernel) ?? 0;
      seen.set(x.kernel, k + 1);
      return k < perKernel;
    })
    .slice(0, limit);
}
