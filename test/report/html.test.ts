/**
 * reportHtml on the sample report: hostile names escaped, nothing fetched or run, same bytes every time,
 * every chart kind present, and a note (not an empty chart) for a kernel whose series failed.
 */
import { describe, expect, test } from "vitest";
import { escapeHtml, reportHtml } from "../../src/report/html.js";
import type { Report } from "../../src/report/model.js";
import { BROKEN_NAME, HOSTILE_NAME, sampleReport } from "../helpers/sample-report.js";

const html = reportHtml(sampleReport());
const charts = html.match(/<svg class="chart"[\s\S]*?<\/svg>/g) ?? [];
const chartTitles = charts.map((c) => /<title>([^<]*)<\/title>/.exec(c)?.[1] ?? "");
const escapedHostile = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;\\u001b[31m\\u000anext-line";

describe("escaping", () => {
  test("escapeHtml turns markup into entities and control characters into visible \\uXXXX", () => {
    expect(escapeHtml(HOSTILE_NAME)).toBe(escapedHostile);
    expect(escapeHtml("a&b'c\u0000\u007f\u009b\r\t")).toBe("a&amp;b&#39;c\\u0000\\u007f\\u009b\\u000d\\u0009");
  });

  test("the hostile kernel name never reaches the page raw", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain("\u001b");
    expect(html).not.toContain("\u009b");
    expect(html).not.toContain('"\u001b[31m\nnext-line');
    expect(html).not.toMatch(/\nnext-line/);
    // Verdict table, findings, charts' captions and titles, fingerprints: all of them show it escaped.
    expect(html.split(escapedHostile).length - 1).toBeGreaterThanOrEqual(6);
  });

  test("replay tokens are shown as escaped, shell-quoted commands", () => {
    const r = sampleReport();
    const token = r.results.find((x) => x.kernel === "hf" && x.assert.replay)!.assert.replay!;
    expect(html).toContain(`<code>rope-audit run --replay &#39;${token}&#39;</code>`);
    // The hostile name holds no single quote, so its token is quoted as is, markup escaped.
    expect(html).toContain(`<code>rope-audit run --replay &#39;rope.exactness@${escapedHostile}/271828/0*14.2/65536/128&#39;</code>`);
  });

  test("a single quote in a replay token cannot end the shell quoting", () => {
    const r = sampleReport();
    const x = r.results.find((x) => x.assert.replay)!;
    x.assert.replay = "rope.exactness@it's/1/0/65536";
    expect(reportHtml(r)).toContain("--replay &#39;rope.exactness@it&#39;\\&#39;&#39;s/1/0/65536&#39;");
  });
});

describe("self-contained", () => {
  test("no script, stylesheet link, external reference or fetched resource", () => {
    expect(html.startsWith("<!doctype html>\n")).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|<object|<embed|@import|url\(/i);
    for (const m of html.matchAll(/\s(?:src|href|xlink:href|action|srcset)\s*=\s*"([^"]*)"/gi)) expect(m[1]).not.toMatch(/^(?:https?:|\/\/|data:)/i);
    expect(html).not.toMatch(/https?:/i);
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });

  test("same report, same bytes; run info only in the footer", () => {
    expect(reportHtml(sampleReport())).toBe(html);
    const withoutRun: Report = { ...sampleReport(), run: undefined };
    const other = reportHtml(withoutRun);
    expect(other.replace(/<footer>.*<\/footer>/, "")).toBe(html.replace(/<footer>.*<\/footer>/, ""));
    expect(html).toMatch(/<footer>[^<]*run 2025-06-01T12:00:00\.000Z · 48\.2 s · node v20\.19\.0 · linux-x64 · 2 workers<\/footer>/);
  });

  test("SVG coordinates have at most 2 decimals", () => {
    for (const c of charts) {
      for (const d of c.matchAll(/\sd="([^"]*)"/g)) expect(d[1]).not.toMatch(/\d\.\d{3}/);
      for (const a of c.matchAll(/\s(?:x|y|x1|x2|y1|y2)="([^"]*)"/g)) expect(a[1]).toMatch(/^-?\d+(\.\d{1,2})?$/);
    }
  });
});

describe("content", () => {
  test("summary, verdict table, findings, fingerprints in that order", () => {
    expect(html).toContain("<b>8 of 16 kernel × property checks hold</b>; seed 42, 256 cases, 100 runs, positions ≤ 65536, head dim 128.");
    const order = ["<h2>Verdicts", "<h2>Worst findings", "<h2>Rotation error against position", "<h2>D against shift", "<h2>Per-key attribution", "<h2>Error budget", "<h2>Fingerprints", "<footer>"];
    const at = order.map((h) => html.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    // Verdict table: 4 kernels × 4 properties, readable without colour.
    const table = html.slice(html.indexOf('<table class="verdicts">'), html.indexOf("</table>"));
    expect((table.match(/<td class="pass">pass<\/td>/g) ?? []).length).toBe(8);
    expect((table.match(/<td class="fail">FAIL<\/td>/g) ?? []).length).toBe(4);
    expect((table.match(/<td class="error">ERROR<\/td>/g) ?? []).length).toBe(4);
    expect(html).toContain("te-fused@fp32</td><td class=\"num\">99.98%</td><td>flash-attn-triton@fp32</td>");
    expect(html).toContain(`<td>${BROKEN_NAME}</td><td colspan="3" class="error">error: rotate() returned 63 values, expected 64 (x.length) &lt;kernel bug&gt;</td>`);
  });

  test("worst findings: non-pass results ranked by ratio to threshold (errors first), at most two a kernel", () => {
    const findings = html.slice(html.indexOf('<table class="findings">'), html.indexOf("</table>", html.indexOf('<table class="findings">')));
    const rows = [...findings.matchAll(/<tr><td>([^<]*)<\/td><td>([^<]*)<\/td>/g)].map((m) => `${m[1]} ${m[2]}`);
    const r = sampleReport();
    const ratio = (k: string, p: string) => { const x = r.results.find((y) => y.kernel === k && y.property === p)!; return x.max / x.threshold; };
    expect(ratio("hf", "logit.relative")).toBeGreaterThan(ratio("hf", "rope.exactness"));
    expect(rows).toEqual([
      ...["attention.shift", "logit.relative"].map((p) => `${BROKEN_NAME} ${p}`),
      ...[...[["hf", "logit.relative"], ["hf", "rope.exactness"], [escapedHostile, "rope.exactness"], ["meta-llama", "logit.relative"]]]
        .sort((a, b) => ratio(b[0] === escapedHostile ? HOSTILE_NAME : b[0]!, b[1]!) - ratio(a[0] === escapedHostile ? HOSTILE_NAME : a[0]!, a[1]!))
        .map(([k, p]) => `${k} ${p}`),
    ]);
    expect(findings).toMatch(/\d+\/256 cases over \([\d.]+%\), worst [\d.]+x threshold/);
  });

  test("each of the four chart kinds is drawn, with axes, tick labels and data paths", () => {
    const kinds = ["worst figure over threshold against position", "rotation error against position", "D against shift", "per-key share of D", "error by stage against position"];
    for (const kind of kinds) expect(chartTitles.filter((t) => t.includes(kind)).length, kind).toBeGreaterThan(0);
    // Three working kernels get four small multiples each; two kernel families have budgets.
    expect(charts.length).toBe(3 * 4 + 2);
    for (const c of charts) {
      expect(c).toMatch(/^<svg class="chart" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img"><title>/);
      expect(c).toMatch(/<path [^>]*d="M[^"]+"/);
      expect(c).toContain('class="axis"');
      expect((c.match(/<text /g) ?? []).length).toBeGreaterThan(4);
    }
    const position = charts.find((c) => c.includes("hf: rotation error"))!;
    expect(position).toContain(">0 (exact)</text>");
    expect(position).toContain('class="mean"');
    expect(position).toContain(">10⁻³</text>");
    const budget = charts.find((c) => c.includes("hf: error by stage"))!;
    // A log axis of error, and a legend of the stages that contribute.
    expect(budget).toMatch(/>10⁻[⁰¹²³⁴⁵⁶⁷⁸⁹]+<\/text>/);
    expect(budget).toMatch(/>(invFreq|position|angle|trig|cache|rotate|output)<\/text>/);
    expect(charts.find((c) => c.includes("hf: worst figure over threshold"))).toContain('<line class="threshold"');
  });

  test("a kernel whose series failed gets a note, not an empty chart", () => {
    const notes = html.match(/<div class="card note">[\s\S]*?<\/div>/g) ?? [];
    expect(notes.length).toBe(4);
    expect(notes[0]).toContain(`<b>${BROKEN_NAME}</b> <span class="fmt">bf16</span><p>No chart: every row is an ERROR: rotate() returned 63 values`);
    for (const n of notes.slice(1)) expect(n).toContain(`<b>${BROKEN_NAME}</b> <span class="fmt">bf16</span><p>No chart: the kernel failed while the series were measured: rotate() returned 63 values`);
    expect(chartTitles.some((t) => t.includes(BROKEN_NAME))).toBe(false);
  });

  test("a kernel with nothing drawable gets a note too, so every chart has data", () => {
    const r = sampleReport();
    const hf = r.series.find((s) => s.kernel === "hf")!;
    hf.positionError = hf.positionError.map((p) => ({ ...p, max: NaN, mean: NaN }));
    hf.shift = { ...hf.shift, shifts: [0], D: [0] };
    hf.perKey = { ...hf.perKey, share: hf.perKey.share.map(() => 0), rest: 0 };
    const out = reportHtml(r);
    expect(out).toContain("<b>hf</b> <span class=\"fmt\">bf16</span><p>No chart: no finite error values were measured</p>");
    expect(out).toContain("<b>hf</b> <span class=\"fmt\">bf16</span><p>No chart: no shift was measured</p>");
    expect(out).toContain("<b>hf</b> <span class=\"fmt\">bf16</span><p>No chart: D is 0 at Δ = 16384, so there is nothing to attribute</p>");
  });

  test("non-finite values are skipped and counted, not drawn", () => {
    const r = sampleReport();
    const s = r.series.find((s) => s.kernel === "meta-llama")!;
    s.positionError[5]!.max = Infinity;
    s.positionError[6]!.max = "NaN" as unknown as number; // as read back from report.json
    const out = reportHtml(r);
    expect(out).toContain("<small>2 non-finite values not drawn</small>");
    expect(out).not.toMatch(/d="[^"]*(?:NaN|Infinity)/);
  });
});
