/**
 * Drawing primitives for the report's inline SVG charts: scales, decade ticks, axes and path builders.
 * Every coordinate is rounded to 2 decimals, so pages stay compact and the same data gives the same bytes.
 * Text arguments are markup: callers escape anything that came from outside (html.ts escapeHtml).
 */

/** The chart's size and the margins around its plot area, in pixels. */
export interface Frame {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** A tick: its pixel along the axis and its (markup) label. */
export interface Tick {
  at: number;
  label: string;
}

export type Point = readonly [number, number];

export const px = (v: number): string => String(Math.round(v * 100) / 100);

/** Linear map of [d0, d1] onto [r0, r1]; a degenerate domain maps everything to r0. */
export function scale(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  return (v) => r0 + ((v - d0) / (d1 - d0 || 1)) * (r1 - r0);
}

export const plotX = (f: Frame): [number, number] => [f.left, f.width - f.right];
/** Pixel range of the plot's y axis, bottom first (SVG y grows downward). */
export const plotY = (f: Frame): [number, number] => [f.height - f.bottom, f.top];

/** The decades [lo, hi] a log axis needs for these positive values, at least one decade wide. */
export function decadeRange(values: readonly number[]): [number, number] | null {
  const pos = values.filter((v) => Number.isFinite(v) && v > 0);
  if (pos.length === 0) return null;
  const lo = Math.floor(Math.log10(Math.min(...pos)));
  const hi = Math.ceil(Math.log10(Math.max(...pos)));
  return [lo, hi > lo ? hi : lo + 1];
}

/** Decades lo…hi, thinned so that labels sit at least minGap pixels apart on an axis `length` long. */
export function decadeTicks(lo: number, hi: number, length: number, minGap: number): number[] {
  const step = Math.max(1, Math.ceil((minGap * (hi - lo)) / length));
  const out: number[] = [];
  for (let k = lo; k <= hi; k += step) out.push(k);
  return out;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** "10⁻⁹", "2¹⁶": short enough for small multiples, and unambiguous (unlike 1k for 1000 or 1024). */
export function powerLabel(base: number, k: number): string {
  return `${base}${String(k)
    .replace("-", "⁻")
    .replace(/\d/g, (d) => SUPERSCRIPT[Number(d)]!)}`;
}

/** A polyline; null points (values a log axis cannot show) break the line instead of bridging the gap. */
export function linePath(points: readonly (Point | null)[]): string {
  let d = "";
  let pen = false;
  for (const p of points) {
    if (p === null) pen = false;
    else {
      d += `${d === "" ? "" : " "}${pen ? "L" : "M"}${px(p[0])},${px(p[1])}`;
      pen = true;
    }
  }
  return d;
}

/** Small squares on the points: a one-point series stays visible, and measured points stand out from the line. */
export function markerPath(points: readonly (Point | null)[], r = 2): string {
  return points
    .filter((p): p is Point => p !== null)
    .map(([x, y]) => `M${px(x - r)},${px(y - r)}h${px(2 * r)}v${px(2 * r)}h${px(-2 * r)}z`)
    .join(" ");
}

export function rectPath(x: number, y: number, w: number, h: number): string {
  return `M${px(x)},${px(y)}h${px(w)}v${px(h)}h${px(-w)}z`;
}

/** Axis lines, light horizontal grid lines at the y ticks, tick labels and axis titles. */
export function axes(f: Frame, x: { ticks: readonly Tick[]; title: string }, y: { ticks: readonly Tick[]; title: string }): string {
  const [x0, x1] = plotX(f);
  const [y0, y1] = plotY(f);
  const out = [
    ...y.ticks.map((t) => `<line class="grid" x1="${px(x0)}" y1="${px(t.at)}" x2="${px(x1)}" y2="${px(t.at)}"/>`),
    `<line class="axis" x1="${px(x0)}" y1="${px(y0)}" x2="${px(x1)}" y2="${px(y0)}"/>`,
    `<line class="axis" x1="${px(x0)}" y1="${px(y0)}" x2="${px(x0)}" y2="${px(y1)}"/>`,
    ...x.ticks.map((t) => `<text x="${px(t.at)}" y="${px(y0 + 12)}" text-anchor="middle">${t.label}</text>`),
    ...y.ticks.map((t) => `<text x="${px(x0 - 4)}" y="${px(t.at + 3.5)}" text-anchor="end">${t.label}</text>`),
    `<text class="title" x="${px((x0 + x1) / 2)}" y="${px(f.height - 4)}" text-anchor="middle">${x.title}</text>`,
    `<text class="title" x="10" y="${px((y0 + y1) / 2)}" text-anchor="middle" transform="rotate(-90 10 ${px((y0 + y1) / 2)})">${y.title}</text>`,
  ];
  return out.join("");
}

/** The <svg class="chart"> element; `title` (markup) names it for screen readers and as a tooltip. */
export function svgChart(f: Frame, title: string, body: string): string {
  return `<svg class="chart" width="${f.width}" height="${f.height}" viewBox="0 0 ${f.width} ${f.height}" role="img"><title>${title}</title>${body}</svg>`;
}
