/**
 * The HTML report's judgment charts: the threshold drawn on every figure chart at the same height as a
 * figure equal to the threshold, NaN said as NaN, budgets as one log chart per kernel family.
 */
import { expect, test } from "vitest";
import { reportHtml } from "../../src/report/html.js";
import type { Report } from "../../src/report/model.js";
import { sampleReport } from "../helpers/sample-report.js";

const charts = (html: string): string[] => html.match(/<svg class="chart"[\s\S]*?<\/svg>/g) ?? [];
const titled = (html: string, title: string): string => charts(html).find((c) => c.includes(`<title>${title}</title>`))!;
/** The y pixel of a log-axis tick label (e.g. "10⁰"), from the label's baseline (y + 3.5). */
const tickY = (svg: string, label: string): number => Number(new RegExp(`<text x="[\\d.]+" y="([\\d.]+)" text-anchor="end">${label}</text>`).exec(svg)![1]) - 3.5;

test("each kernel's figure chart draws the threshold line where figure / threshold = 1 (the 10⁰ tick)", () => {
  const html = reportHtml(sampleReport());
  for (const k of ["hf", "meta-llama"]) {
    const svg = titled(html, `${k}: worst figure over threshold against position`);
    const line = /<line class="threshold" x1="[\d.]+" y1="([\d.]+)" x2="[\d.]+" y2="([\d.]+)"\/>/.exec(svg)!;
    expect(line[1]).toBe(line[2]);
    expect(Number(line[1])).toBeCloseTo(tickY(svg, "10⁰"), 1);
    expect(svg).toContain(">threshold</text>");
  }
});

test("a bucket whose worst figure is k times the threshold sits k decades of ratio above or below the line", () => {
  const r = sampleReport();
  const row = r.results.find((x) => x.kernel === "hf" && x.property === "rope.exactness")!;
  // Keep one property for this kernel, with one bucket at 100x the threshold and one at 1/100.
  r.results = r.results.filter((x) => x.kernel !== "hf" || x === row);
  row.measure = { ...row.measure, byBucket: [
    { lo: 16, hi: 32, n: 4, max: 100 * row.threshold, p99: 0, mean: 0 },
    { lo: 1024, hi: 2048, n: 4, max: row.threshold / 100, p99: 0, mean: 0 },
  ] };
  const svg = titled(reportHtml(r), "hf: worst figure over threshold against position");
  const d = /<path class="line" stroke="[^"]+" d="M[\d.]+,([\d.]+) L[\d.]+,([\d.]+)"/.exec(svg)!;
  expect(Number(d[1])).toBeCloseTo(tickY(svg, "10²"), 1);
  expect(Number(d[2])).toBeCloseTo(tickY(svg, "10⁻²"), 1);
});

test("NaN figures are said to be NaN, not drawn and not called 0", () => {
  const r: Report = sampleReport();
  const row = r.results.find((x) => x.kernel === "hf" && x.property === "logit.relative")!;
  row.measure = { ...row.measure, byBucket: row.measure.byBucket.map((b, i) => (i < 2 ? { ...b, max: NaN } : b)) };
  const hf = r.series.find((s) => s.kernel === "hf")!;
  hf.perKey = { ...hf.perKey, share: hf.perKey.share.map(() => NaN), rest: NaN };
  const html = reportHtml(r);
  expect(html).toContain("NaN in 2 buckets (logit.relative), not drawn");
  expect(html).toContain(`<p>No chart: D is NaN at Δ = ${hf.perKey.shift}`);
  expect(html).not.toContain("D is 0 at");
});

test("budgets: one chart per kernel family on a log scale, the family's second format dashed", () => {
  const r = sampleReport();
  // hf@fp16: the same pipeline family, errors 10x smaller.
  const hf = r.budgets.find((b) => b.kernel === "hf")!;
  r.budgets = [...r.budgets, { kernel: "hf@fp16", budget: { ...hf.budget, buckets: hf.budget.buckets.map((b) => ({ ...b, rms: b.rms / 10 })) } }].sort((a, b) => (a.kernel < b.kernel ? -1 : 1));
  const html = reportHtml(r);
  const budgets = charts(html).filter((c) => c.includes("error by stage against position"));
  expect(budgets.map((c) => /<title>([^<]*)<\/title>/.exec(c)![1])).toEqual(["hf: error by stage against position", "meta-llama: error by stage against position"]);
  const svg = budgets[0]!;
  expect(svg).toContain("<title>hf: angle</title>");
  expect(svg).toContain("<title>hf@fp16: angle</title>");
  expect(svg).toMatch(/<path class="line" stroke="[^"]+" stroke-dasharray="5 3" d="M[^"]+"><title>hf@fp16: /);
  expect(svg).not.toMatch(/stroke-dasharray="[^"]+" d="M[^"]+"><title>hf: /);
  // 10x smaller rms: the dashed line sits one decade lower at every point.
  const first = (name: string): number => Number(new RegExp(`d="M[\\d.]+,([\\d.]+)[^"]*"><title>${name}: angle</title>`).exec(svg)![1]);
  expect(first("hf@fp16") - first("hf")).toBeCloseTo(tickY(svg, "10⁻³") - tickY(svg, "10⁻²"), 1);
  expect(html).toContain("<b>hf</b> (solid), <b>hf@fp16</b> (dashed)");
});

test("the page stays self-contained: no script, no external reference", () => {
  const html = reportHtml(sampleReport());
  expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|href=|url\(/i);
});
