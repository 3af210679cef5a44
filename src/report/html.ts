/**
 * The run report as one self-contained HTML page: verdict table, worst findings, inline SVG charts and
 * fingerprints. Nothing is fetched and nothing runs (no script, stylesheet, font or image), so the page
 * reads offline and in CI artifact viewers that block scripts; the same report gives the same bytes (the
 * only date is report.run's, in the footer). Everything that comes from outside — kernel names, error
 * messages, counterexamples, replay tokens, pipeline and format names — goes through escapeHtml.
 */
import type { BudgetBucket } from "../measure/budget.js";
import type { SuiteResult } from "../measure/suite.js";
import { STAGES } from "../rope/pipeline.js";
import type { KernelBudget, KernelSeries, Report } from "./model.js";
import { type Frame, type Point, type Tick, axes, decadeRange, decadeTicks, linePath, markerPath, plotX, plotY, powerLabel, px, rectPath, scale, svgChart } from "./svg-chart.js";
import { overText, worstRows } from "./row-text.js";

/**
 * HTML text or attribute value: the five markup characters as entities, and control characters (C0,
 * DEL and C1, which holds the one-byte terminal CSI U+009B) as visible \uXXXX, so a name cannot add
 * markup, a line break or an escape sequence to the page or to text copied out of it.
 */
export function escapeHtml(value: unknown): string {
  return String(value)
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

/** Numbers in text; a report read back from JSON holds non-finite values as strings ("NaN"). */
const num = (v: number): string => (typeof v === "number" && Number.isFinite(v) ? v.toExponential(2) : escapeHtml(v));
const pct = (v: number): string => (typeof v === "number" && Number.isFinite(v) ? `${(100 * v).toFixed(2)}%` : escapeHtml(v));

/** POSIX single quotes, so the shown command can be pasted into a shell whatever the kernel name holds. */
const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

// ---------------------------------------------------------------------------------------------- tables

const VERDICT = { pass: "pass", fail: "FAIL", error: "ERROR" } as const;

function verdictTable(r: Report): string {
  const kernels = [...new Set([...r.kernels.map((k) => k.name), ...r.results.map((x) => x.kernel)])];
  const properties = [...new Set([...r.properties.map((p) => p.id), ...r.results.map((x) => x.property)])];
  const byPair = new Map(r.results.map((x) => [`${x.kernel}\u0000${x.property}`, x]));
  const rows = kernels.map((k) => {
    const cells = properties.map((p) => {
      const x = byPair.get(`${k}\u0000${p}`);
      // A shard's report lists every kernel but holds only its own results.
      if (!x) return `<td class="none">—</td>`;
      return `<td class="${x.verdict}">${VERDICT[x.verdict] ?? escapeHtml(x.verdict)}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(k)}</th>${cells.join("")}</tr>`;
  });
  return `<table class="verdicts"><thead><tr><th>kernel</th>${properties.map((p) => `<th scope="col">${escapeHtml(p).replace(/\./g, ".<wbr>")}</th>`).join("")}</tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

function worstFindings(r: Report): string {
  // By ratio to threshold (errors and NaN first), at most two rows a kernel.
  const worst = worstRows(r.results);
  if (worst.length === 0) return `<p>Every check holds.</p>`;
  const rows = worst.map((x) => {
    const c = x.assert.counterexample;
    const detail = x.error ? `error: ${escapeHtml(x.error)}` : `${escapeHtml(overText(x))} (max ${num(Number(x.max))}, threshold ${num(Number(x.threshold))})${c ? `; shrunk case ${escapeHtml(c.case)}` : ""}`;
    const replay = x.assert.replay ? `<code>${escapeHtml(`rope-audit run --replay ${shellQuote(x.assert.replay)}`)}</code>` : "";
    return `<tr><td>${escapeHtml(x.kernel)}</td><td>${escapeHtml(x.property)}</td><td class="${x.verdict}">${VERDICT[x.verdict] ?? escapeHtml(x.verdict)}</td><td>${detail}</td><td>${replay}</td></tr>`;
  });
  return `<table class="findings"><thead><tr><th>kernel</th><th>property</th><th>verdict</th><th>finding</th><th>replay</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

function fingerprintTable(r: Report): string {
  if (r.fingerprints.length === 0) return `<p>No black-box kernels in this run.</p>`;
  const rows = r.fingerprints.map((f) => {
    const name = `<td>${escapeHtml(f.kernel)}</td>`;
    if (f.error !== null) return `<tr>${name}<td colspan="3" class="error">error: ${escapeHtml(f.error)}</td></tr>`;
    if (!f.fingerprint) return `<tr>${name}<td colspan="3">not fingerprinted</td></tr>`;
    const b = f.fingerprint.best;
    const nf = f.fingerprint.nonFinite;
    if (nf) return `<tr>${name}<td colspan="3" class="error">${nf.count} of ${nf.total} outputs not finite (first: ${escapeHtml(nf.first.value)} at row ${nf.first.row}, element ${nf.first.element}); nearest ${escapeHtml(b.name)}, ${pct(b.bitAgreement)}</td></tr>`;
    return `<tr>${name}<td>${escapeHtml(b.name)}</td><td class="num">${pct(b.bitAgreement)}</td><td>${b.equivalent.map(escapeHtml).join(", ")}</td></tr>`;
  });
  return `<table><thead><tr><th>kernel</th><th>behaves like</th><th>bits identical</th><th>indistinguishable from</th></tr></thead>\n<tbody>\n${rows.join("\n")}\n</tbody></table>`;
}

// ---------------------------------------------------------------------------------------------- charts

/**
 * A log axis. Exact zeros cannot sit on it, and dropping them would hide the most useful fact (this
 * kernel is exact here), so they get a row of their own one decade below the smallest positive value,
 * labelled "0 (exact)". Negative and non-finite values are not drawn; captions count them.
 */
interface LogAxis {
  lo: number;
  hi: number;
  zero: boolean;
}

function logAxis(values: readonly number[]): LogAxis | null {
  const range = decadeRange(values);
  const zero = values.some((v) => v === 0);
  if (!range) return zero ? { lo: -1, hi: 0, zero } : null;
  return { lo: zero ? range[0] - 1 : range[0], hi: range[1], zero };
}

function logPlace(a: LogAxis, r0: number, r1: number): (v: number) => number | null {
  const s = scale(a.lo, a.hi, r0, r1);
  return (v) => (v === 0 && a.zero ? s(a.lo) : Number.isFinite(v) && v > 0 ? s(Math.log10(v)) : null);
}

function logTicks(a: LogAxis, r0: number, r1: number, minGap: number): Tick[] {
  const s = scale(a.lo, a.hi, r0, r1);
  return decadeTicks(a.lo, a.hi, Math.abs(r1 - r0), minGap).map((k) => ({ at: s(k), label: a.zero && k === a.lo ? "0 (exact)" : powerLabel(10, k) }));
}

/** Small multiples share this frame (and their axis ranges), so 24+ kernels compare at a glance. */
const SMALL: Frame = { width: 290, height: 180, left: 62, right: 12, top: 10, bottom: 34 };

/** Lines on log–log axes; null when the main (marked) line has nothing to draw. */
function logLogChart(f: Frame, title: string, ax: LogAxis, ay: LogAxis, titles: [string, string], lines: { x: number[]; y: number[]; cls: string; markers?: boolean }[]): string | null {
  const [x0, x1] = plotX(f);
  const [y0, y1] = plotY(f);
  const sx = logPlace(ax, x0, x1);
  const sy = logPlace(ay, y0, y1);
  let drawn = false;
  const paths = lines.map((l) => {
    const pts = l.x.map((x, i): Point | null => {
      const [X, Y] = [sx(x), sy(l.y[i]!)];
      return X === null || Y === null ? null : [X, Y];
    });
    if (pts.every((p) => p === null)) return "";
    // The marked line is the chart's main series; a lone point of an unmarked one would be invisible.
    drawn ||= l.markers === true;
    return `<path class="${l.cls}" d="${linePath(pts)}"/>${l.markers ? `<path class="marker ${l.cls}" d="${markerPath(pts)}"/>` : ""}`;
  });
  if (!drawn) return null;
  const body = axes(f, { ticks: logTicks(ax, x0, x1, 30), title: titles[0] }, { ticks: logTicks(ay, y0, y1, 16), title: titles[1] }) + paths.join("");
  return svgChart(f, title, body);
}

const nonFinite = (values: readonly number[]): number => values.filter((v) => !(typeof v === "number" && Number.isFinite(v))).length;

/** A kernel's small multiple, or a short note when there is nothing to draw. */
function card(r: Report, kernel: string, chart: string | null, why: string, notes: string[] = []): string {
  const format = r.kernels.find((k) => k.name === kernel)?.format;
  const name = `<b>${escapeHtml(kernel)}</b>${format ? ` <span class="fmt">${escapeHtml(format)}</span>` : ""}`;
  if (chart === null) return `<div class="card note">${name}<p>No chart: ${why}</p></div>`;
  return `<figure class="card">${chart}<figcaption>${name}${notes.map((n) => `<br><small>${n}</small>`).join("")}</figcaption></figure>`;
}

const failedNote = (s: KernelSeries): string => `the kernel failed while the series were measured: ${escapeHtml(s.error)}`;

/**
 * Bucket [lo, hi) is drawn at its geometric middle √(lo·hi), the natural centre on a log axis. Bucket
 * [0, 1) holds position 0 alone, which a log axis cannot show: it is drawn at x = 1 (lo clamped to 1),
 * left of [1, 2) at √2, so the origin's error (rope.origin: it must be exactly 0) stays on the chart.
 */
const bucketX = (b: { lo: number; hi: number }): number => Math.sqrt(Math.max(b.lo, 1) * Math.max(b.hi, 1));

function positionCharts(r: Report): string {
  const ok = r.series.filter((s) => s.error === null);
  const ax = logAxis(ok.flatMap((s) => s.positionError.map(bucketX)));
  const ay = logAxis(ok.flatMap((s) => s.positionError.flatMap((p) => [p.max, p.mean])));
  const cards = r.series.map((s) => {
    if (s.error !== null) return card(r, s.kernel, null, failedNote(s));
    const pe = s.positionError;
    const x = pe.map(bucketX);
    const chart =
      ax && ay
        ? logLogChart(SMALL, `${escapeHtml(s.kernel)}: rotation error against position`, ax, ay, ["position", "rel. error"], [
            { x, y: pe.map((p) => p.mean), cls: "mean" },
            { x, y: pe.map((p) => p.max), cls: "max", markers: true },
          ])
        : null;
    const bad = nonFinite(pe.flatMap((p) => [p.max, p.mean]));
    return card(r, s.kernel, chart, "no finite error values were measured", bad > 0 ? [`${bad} non-finite values not drawn`] : []);
  });
  return `<p>Relative rotation error ‖rotate(x, p) − R(p)x‖₂ / ‖x‖₂ against the fp64 oracle by position bucket, log–log, axes shared by all kernels. <span class="key max"></span> max, <span class="key mean"></span> mean. A bucket [lo, hi) is drawn at √(lo·hi); [0, 1) (position 0 alone) at 1. Exact zeros sit on the bottom row, labelled “0 (exact)”.</p>\n<div class="grid">\n${cards.join("\n")}\n</div>`;
}

const PROPERTY_COLOURS = ["#c0392b", "#2c6fbb", "#27ae60", "#8e44ad", "#d35400", "#16a085", "#7f8c8d", "#b7950b"];

/**
 * Each row's largest figure per position bucket over the row's threshold, one line per property with a
 * threshold above 0 (exact properties have no scale to divide by), on shared log axes. Figures are at the
 * threshold's scale (a case's raw deviation × threshold / its allowance), so the dashed line at 1 is the
 * threshold itself for every property: a point above it is a case over the threshold.
 */
function thresholdCharts(r: Report): string {
  const scaled = (x: SuiteResult): boolean => x.verdict !== "error" && Number(x.threshold) > 0 && x.measure.byBucket.length > 0;
  const props = [...new Set(r.results.filter(scaled).map((x) => x.property))].sort();
  if (props.length === 0) return `<p>No row has a threshold above 0 and measured cases.</p>`;
  const colour = (p: string): string => PROPERTY_COLOURS[props.indexOf(p) % PROPERTY_COLOURS.length]!;
  const ratio = (x: SuiteResult, v: number): number => Number(v) / Number(x.threshold);
  const rows = r.results.filter(scaled);
  const ax = logAxis(rows.flatMap((x) => x.measure.byBucket.map(bucketX)));
  const ay = logAxis([1, ...rows.flatMap((x) => x.measure.byBucket.map((b) => ratio(x, b.max)))]);
  const kernels = [...new Set(r.results.map((x) => x.kernel))];
  const cards = kernels.map((k) => {
    const mine = rows.filter((x) => x.kernel === k);
    if (mine.length === 0 || !ax || !ay) {
      const failed = r.results.find((x) => x.kernel === k && x.verdict === "error");
      return card(r, k, null, failed && r.results.every((x) => x.kernel !== k || x.verdict === "error") ? `every row is an ERROR: ${escapeHtml(failed.error ?? "error")}` : "no row of this kernel has measured cases and a threshold above 0");
    }
    const f = SMALL;
    const [x0, x1] = plotX(f);
    const [y0, y1] = plotY(f);
    const sx = logPlace(ax, x0, x1);
    const sy = logPlace(ay, y0, y1);
    const paths = mine.map((x) => {
      const pts = x.measure.byBucket.map((b): Point | null => {
        const [X, Y] = [sx(bucketX(b)), sy(ratio(x, b.max))];
        return X === null || Y === null ? null : [X, Y];
      });
      const c = colour(x.property);
      return `<path class="line" stroke="${c}" d="${linePath(pts)}"><title>${escapeHtml(x.property)} (threshold ${num(Number(x.threshold))})</title></path><path fill="${c}" d="${markerPath(pts, 1.5)}"/>`;
    });
    const t = sy(1)!;
    const line = `<line class="threshold" x1="${px(x0)}" y1="${px(t)}" x2="${px(x1)}" y2="${px(t)}"/><text class="threshold" x="${px(x1 - 2)}" y="${px(t - 3)}" text-anchor="end">threshold</text>`;
    const body = axes(f, { ticks: logTicks(ax, x0, x1, 30), title: "position" }, { ticks: logTicks(ay, y0, y1, 16), title: "worst figure / threshold" }) + paths.join("") + line;
    const nan = mine.flatMap((x) => x.measure.byBucket.filter((b) => Number.isNaN(Number(b.max))).map(() => x.property));
    const notes = nan.length > 0 ? [`NaN in ${nan.length} bucket${nan.length === 1 ? "" : "s"} (${[...new Set(nan)].map(escapeHtml).join(", ")}), not drawn`] : [];
    return card(r, k, svgChart(f, `${escapeHtml(k)}: worst figure over threshold against position`, body), "", notes);
  });
  const key = props.map((p) => `<span class="key" style="border-top:2px solid ${colour(p)}"></span> ${escapeHtml(p)}`).join(" ");
  return `<p>Each property's largest figure in a position bucket divided by the row's threshold, log–log, axes shared. Figures are scaled to the threshold (a case's deviation × threshold / the allowance its position earns), so for every property the dashed line at 1 is the threshold: points above it are cases over it. Properties whose threshold is 0 (exact ones) are not drawn. ${key}</p>\n<div class="grid">\n${cards.join("\n")}\n</div>`;
}

/**
 * Δ = 0 compares a window with itself, so its D is 0 by construction and says nothing about the kernel
 * (bitwise repeatability is kernel.determinism's job): it is left out rather than squeezed onto a log axis.
 */
function shiftCharts(r: Report): string {
  const ok = r.series.filter((s) => s.error === null);
  const ax = logAxis(ok.flatMap((s) => s.shift.shifts.filter((d) => d > 0)));
  const ay = logAxis(ok.flatMap((s) => s.shift.D.filter((_, i) => s.shift.shifts[i]! > 0)));
  const cards = r.series.map((s) => {
    if (s.error !== null) return card(r, s.kernel, null, failedNote(s));
    const keep = s.shift.shifts.map((d, i) => i).filter((i) => s.shift.shifts[i]! > 0);
    const x = keep.map((i) => s.shift.shifts[i]!);
    const y = keep.map((i) => s.shift.D[i]!);
    const chart = ax && ay ? logLogChart(SMALL, `${escapeHtml(s.kernel)}: D against shift`, ax, ay, ["shift Δ", "D (Eq. 4)"], [{ x, y, cls: "max", markers: true }]) : null;
    const bad = nonFinite(y);
    const notes = [`window ${escapeHtml(s.shift.window)}, ${escapeHtml(s.shift.rows)} rows`, ...(bad > 0 ? [`${bad} non-finite values not drawn`] : [])];
    return card(r, s.kernel, chart, "no shift was measured", notes);
  });
  return `<p>The paper's D (Eq. 4) between a window at positions 0… and the same window shifted by Δ (sink workload, full causal attention through the kernel's score pipeline), log–log, axes shared. Exact zeros sit on the row labelled “0 (exact)”; Δ = 0 (a window against itself) is not drawn.</p>\n<div class="grid">\n${cards.join("\n")}\n</div>`;
}

const SMALL_BARS: Frame = { ...SMALL, left: 44 };

function perKeyCharts(r: Report): string {
  const ok = r.series.filter((s) => s.error === null);
  const all = ok.flatMap((s) => [...s.perKey.share, s.perKey.rest]).filter((v) => Number.isFinite(v) && v > 0);
  // One y range for all kernels, rounded up to a tenth so tick labels stay short.
  const top = Math.min(1, Math.max(0.1, Math.ceil(Math.max(0, ...all) * 10) / 10));
  const f = SMALL_BARS;
  const [x0, x1] = plotX(f);
  const [y0, y1] = plotY(f);
  const sy = scale(0, top, y0, y1);
  const yTicks = [0, top / 2, top].map((v) => ({ at: sy(v), label: `${Math.round(100 * v)}%` }));
  const cards = r.series.map((s) => {
    if (s.error !== null) return card(r, s.kernel, null, failedNote(s));
    const bars = [...s.perKey.share, s.perKey.rest];
    if (bars.some((v) => Number.isNaN(Number(v)))) return card(r, s.kernel, null, `D is NaN at Δ = ${escapeHtml(s.perKey.shift)} (the kernel's scores overflowed or it returned NaN), so there is nothing to attribute`);
    if (!bars.some((v) => Number.isFinite(v) && v > 0)) return card(r, s.kernel, null, `D is 0 at Δ = ${escapeHtml(s.perKey.shift)}, so there is nothing to attribute`);
    const bw = (x1 - x0) / bars.length;
    // Label every key when there is room, else every k-th; "rest" always.
    const every = Math.ceil(16 / bw);
    const xTicks = bars.map((_, i) => ({ at: x0 + (i + 0.5) * bw, label: i === bars.length - 1 ? "rest" : i % every === 0 ? String(i) : "" })).filter((t) => t.label !== "");
    const paths = bars.map((v, i) => {
      if (!(Number.isFinite(v) && v > 0)) return "";
      const h = sy(0) - sy(Math.min(v, top));
      return `<path class="${i === bars.length - 1 ? "bar rest" : "bar"}" d="${rectPath(x0 + i * bw + 1, sy(0) - h, Math.max(bw - 2, 1), h)}"><title>${i === bars.length - 1 ? "rest" : `key ${i}`}: ${pct(v)}</title></path>`;
    });
    const body = axes(f, { ticks: xTicks, title: "key" }, { ticks: yTicks, title: "share of D" }) + paths.join("");
    return card(r, s.kernel, svgChart(f, `${escapeHtml(s.kernel)}: per-key share of D at shift ${escapeHtml(s.perKey.shift)}`, body), "", [`Δ = ${escapeHtml(s.perKey.shift)}`]);
  });
  return `<p>Share of D at the largest shift contributed by each of the first keys, and by all the rest together; y axis shared.</p>\n<div class="grid">\n${cards.join("\n")}\n</div>`;
}

const STAGE_COLOURS = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#9c755f", "#edc948"];
const stageColour = (stage: string): string => STAGE_COLOURS[(STAGES as readonly string[]).indexOf(stage)] ?? "#888";

/** Bucket starts are powers of two by default: "2¹⁶" is shorter than 65536 and reads at a glance. */
const bucketLabel = (lo: number): string => (lo >= 1 && Number.isInteger(Math.log2(lo)) ? powerLabel(2, Math.log2(lo)) : escapeHtml(lo));

/** A kernel's family: its zoo entry without the format (hf and hf@fp16 are one family). */
const family = (kernel: string): string => kernel.split("@")[0]!;

/** The part of a bucket's relative RMS error a stage accounts for: rms·√share (shares are of the squared error). */
const stageError = (b: BudgetBucket, share: number): number => b.rms * Math.sqrt(share);

const BUDGET: Frame = { width: 420, height: 200, left: 62, right: 92, top: 10, bottom: 34 };
const DASHES = ["", "5 3", "2 2", "8 3 2 3"];

/**
 * One chart per family: for each kernel (solid, then dashed) and each stage that contributes, the error
 * that stage accounts for by position bucket, on log axes shared by every family, so magnitudes compare
 * across kernels (a 100% share of 1e-9 and of 1e-2 look alike on a share chart; here they are 7 decades apart).
 */
function budgetFamilyChart(members: readonly KernelBudget[], ax: LogAxis, ay: LogAxis): string | null {
  const f = BUDGET;
  const [x0, x1] = plotX(f);
  const [y0, y1] = plotY(f);
  const sx = logPlace(ax, x0, x1);
  const sy = logPlace(ay, y0, y1);
  const used = new Set<string>();
  const paths = members.flatMap((kb, m) =>
    STAGES.map((stage) => {
      const pts = kb.budget.buckets.map((b): Point | null => {
        const c = b.stages.find((x) => x.stage === stage);
        if (!c || !(Number(c.share) > 0)) return null;
        const [X, Y] = [sx(bucketX(b)), sy(stageError(b, Number(c.share)))];
        return X === null || Y === null ? null : [X, Y];
      });
      if (pts.every((p) => p === null)) return "";
      used.add(stage);
      const dash = DASHES[m % DASHES.length]!;
      return `<path class="line" stroke="${stageColour(stage)}"${dash ? ` stroke-dasharray="${dash}"` : ""} d="${linePath(pts)}"><title>${escapeHtml(kb.kernel)}: ${escapeHtml(stage)}</title></path><path fill="${stageColour(stage)}" d="${markerPath(pts, 1.5)}"/>`;
    }),
  );
  if (used.size === 0) return null;
  const legend = STAGES.filter((s) => used.has(s))
    .map((s, i) => {
      const y = y1 + 4 + i * 15;
      return `<path fill="${stageColour(s)}" d="${rectPath(x1 + 10, y, 10, 10)}"/><text x="${px(x1 + 24)}" y="${px(y + 8.5)}">${s}</text>`;
    })
    .join("");
  const body = axes(f, { ticks: logTicks(ax, x0, x1, 30), title: "position" }, { ticks: logTicks(ay, y0, y1, 16), title: "rel. RMS error" }) + paths.join("") + legend;
  return svgChart(f, `${escapeHtml(family(members[0]!.kernel))}: error by stage against position`, body);
}

function budgetCharts(r: Report): string {
  if (r.budgets.length === 0) return `<p>No kernel in this run has a known pipeline.</p>`;
  const families = new Map<string, KernelBudget[]>();
  for (const kb of r.budgets) families.set(family(kb.kernel), [...(families.get(family(kb.kernel)) ?? []), kb]);
  const all = r.budgets.flatMap((kb) => kb.budget.buckets);
  const ax = logAxis(all.map(bucketX));
  const ay = logAxis(all.flatMap((b) => b.stages.map((c) => (Number(c.share) > 0 ? stageError(b, Number(c.share)) : NaN))));
  const cards = [...families.values()].map((members) => {
    const names = members.map((kb, m) => `<b>${escapeHtml(kb.kernel)}</b>${members.length > 1 ? ` (${m === 0 ? "solid" : "dashed"})` : ""}`).join(", ");
    const exact = members.filter((kb) => kb.budget.buckets.every((b) => b.dominant === null)).map((kb) => escapeHtml(kb.kernel));
    const chart = ax && ay ? budgetFamilyChart(members, ax, ay) : null;
    const caption = `${names}: d = ${escapeHtml(members[0]!.budget.headDim)}, ${escapeHtml(members[0]!.budget.samples)} samples per bucket${exact.length > 0 ? `; ${exact.join(", ")} exact at every position` : ""}`;
    return chart === null ? `<div class="card note">${caption}<p>No chart: every stage is exact at every position.</p></div>` : `<figure class="card wide">${chart}<figcaption>${caption}</figcaption></figure>`;
  });
  return `<p>Which stage causes the error, by position bucket: the relative RMS error each stage accounts for (rms × √share, where share is the part of the squared error removed by making that stage alone exact), log–log, axes shared by every family. One chart per kernel family; a family's second format is dashed.</p>\n<div class="grid">\n${cards.join("\n")}\n</div>`;
}

// ---------------------------------------------------------------------------------------------- page

const STYLE = `body{font-family:system-ui,sans-serif;max-width:78rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
td.pass{background:#e6f4ea;color:#1e6b34}td.fail{background:#fde8e8;color:#a11;font-weight:bold}td.error{background:#fff1d6;color:#8a4b00;font-weight:bold}td.none{color:#999}td.num{text-align:right}
.findings td:first-child{overflow-wrap:anywhere;min-width:8rem}.findings :is(td,th):nth-child(2),.findings :is(td,th):nth-child(3){white-space:nowrap}code{font-size:.85em;overflow-wrap:anywhere}
.grid{display:flex;flex-wrap:wrap;gap:.5rem}.card{margin:0;width:290px;overflow-wrap:anywhere}.card figcaption{font-size:.85rem}
.note{border:1px dashed #bbb;padding:.5rem;font-size:.85rem;color:#555;box-sizing:border-box}.fmt{color:#666;font-size:.8em}
figure{margin:.5rem 0 1rem}svg.chart{display:block;overflow:visible}svg.chart text{font-size:10px;fill:#333}svg.chart text.title{font-size:10.5px;fill:#555}
svg.chart .axis{stroke:#444}svg.chart .grid{stroke:#eee}svg.chart path.max{stroke:#c0392b;stroke-width:1.5;fill:none}svg.chart path.mean{stroke:#2c6fbb;stroke-width:1.2;stroke-dasharray:4 3;fill:none}
svg.chart path.marker{fill:#c0392b;stroke:none}svg.chart path.bar{fill:#4e79a7}svg.chart path.rest{fill:#aaa}svg.chart path.exact{fill:#f2f2f2;stroke:#999;stroke-dasharray:3 2}svg.chart text.exact{fill:#777}
.key{display:inline-block;width:1.6em;vertical-align:middle}.card.wide{width:420px}svg.chart path.line{fill:none;stroke-width:1.3}svg.chart line.threshold{stroke:#000;stroke-width:1;stroke-dasharray:6 3}svg.chart text.threshold{font-size:9px;fill:#000}.key.max{border-top:2px solid #c0392b}.key.mean{border-top:2px dashed #2c6fbb}
.verdicts th[scope=row]{white-space:nowrap}.verdicts th[scope=col]{font-size:.85rem}
footer{margin-top:2rem;color:#666;font-size:.85rem;border-top:1px solid #ddd;padding-top:.5rem}`;

function footer(r: Report): string {
  const parts = [`schema ${escapeHtml(r.schema)}`];
  if (r.shard) parts.push(`shard ${escapeHtml(r.shard.index)} of ${escapeHtml(r.shard.count)}`);
  const run = r.run;
  if (run) {
    parts.push(`run ${escapeHtml(run.date)}`, `${escapeHtml((run.durationMs / 1000).toFixed(1))} s`, `node ${escapeHtml(run.node)}`, escapeHtml(run.platform), `${escapeHtml(run.workers)} workers`);
    if (run.mergedShards !== undefined) parts.push(`merged from ${escapeHtml(run.mergedShards)} shards`);
  }
  return `<footer>${parts.join(" · ")}</footer>`;
}

export function reportHtml(r: Report): string {
  const held = r.results.filter((x) => x.verdict === "pass").length;
  const headline = `${held} of ${r.results.length} kernel × property checks hold`;
  const shard = r.shard ? ` (shard ${escapeHtml(r.shard.index)} of ${escapeHtml(r.shard.count)})` : "";
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>rope-audit: ${headline}</title>
<style>${STYLE}</style></head>
<body>
<h1>rope-audit report</h1>
<p class="summary"><b>${headline}</b>${shard}; seed ${escapeHtml(r.seed)}, ${escapeHtml(r.cases)} case${Number(r.cases) === 1 ? "" : "s"}, ${escapeHtml(r.numRuns)} run${Number(r.numRuns) === 1 ? "" : "s"}, positions ≤ ${escapeHtml(r.maxPosition)}, head dim ${escapeHtml(r.headDim)}.</p>
<h2>Verdicts</h2>
${verdictTable(r)}
<h2>Worst findings</h2>
${worstFindings(r)}
<h2>Worst figure against threshold, by position</h2>
${thresholdCharts(r)}
<h2>Rotation error against position</h2>
${positionCharts(r)}
<h2>D against shift</h2>
${shiftCharts(r)}
<h2>Per-key attribution of D</h2>
${perKeyCharts(r)}
<h2>Error budget by stage</h2>
${budgetCharts(r)}
<h2>Fingerprints</h2>
${fingerprintTable(r)}
${footer(r)}
</body></html>
`;
}
