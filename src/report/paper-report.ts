/**
 * Renders a paper reproduction: report.md (claims first), report.html (one self-contained file with
 * inline SVG charts, readable offline), claims.json and report.json. Every file is written through a
 * temporary file and a rename; the run's timing lives only under report.json's "run".
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type ReproduceResult, rowsPhrase } from "../measure/paper.js";
import { writeFileAtomic } from "./atomic.js";
import { toJson } from "./model.js";

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const VERDICT_MD: Record<string, string> = { reproduced: "reproduced", partly: "**partly**", "not reproduced": "**not reproduced**", confounded: "**confounded**" };

export function paperMarkdown(r: ReproduceResult): string {
  const c = r.config;
  const scaling = c.scaling.type === "none" ? "no scaling" : `scaling ${JSON.stringify(c.scaling)}`;
  const lines = [
    `# Reproducing "When Precision Meets Position" (arXiv 2411.13476) under emulation`,
    "",
    `${c.quick ? "Quick run" : c.length === 4096 && c.base === 10000 ? "Paper sizes" : "Your configuration"}: L = ${c.length}, d = ${c.headDim}, base ${c.base}, ${scaling}, ${c.format} against fp32, Δ₂ = ${c.delta2}, ${rowsPhrase(c)}, seeds ${c.seeds.join(", ")}.`,
    "",
    "| id | claim | verdict | criterion | per seed | measured |",
    "|---|---|---|---|---|---|",
    ...r.claims.map((x) => `| ${x.id} | ${x.claim} | ${VERDICT_MD[x.verdict]} | ${x.criterion} | ${x.seeds.values.map((v) => `${fmtValue(v.value)}${v.holds ? "" : " ✗"}`).join(", ")} | ${x.measured} |`),
    "",
    "## Controls",
    "",
    "A control tests another explanation of a claim's numbers. A claim whose control fails is never called",
    "reproduced: \"confounded\" when the control explains the effect another way, \"partly\" when it narrows it.",
    "",
    "| claim | control | criterion | measured | holds |",
    "|---|---|---|---|---|",
    ...r.claims.flatMap((x) => x.controls.map((k) => `| ${x.id} | ${k.name} | ${k.criterion} | ${k.measured} | ${k.holds ? "yes" : "**no**"} |`)),
    "",
    "## Caveats",
    "",
    ...r.caveats.map((x) => `- ${x}`),
    "",
    "## What was modelled",
    "",
    "No real model weights were used: none can be loaded here. The paper's LLaMA-2-7B is replaced by",
    "synthetic queries and keys:",
    "",
    ...r.workloads.map((w) => `- **${w.name}**: ${w.model}. Measured logit RMS (q·k/√d): ${w.logitRms.toFixed(3)}${w.logitRmsWithKey0 !== w.logitRms ? ` (${w.logitRmsWithKey0.toFixed(3)} with key 0 counted)` : ""}.`),
    "",
    `${c.format} is the zoo's \`${c.format === "bf16" ? "hf" : "hf@fp16"}\` pipeline (HF transformers: fp32 angle, ${c.format} cos/sin cache, per-op ${c.format}`,
    "rotation). fp32 is the same pipeline in fp32. Scores go through an fp32-accumulated, blocked",
    "score pipeline with fp32 softmax (flash-attention style), so differences come from RoPE.",
    "",
    `## D(Δ₁, Δ₂) (Eq. 4), seed ${c.seed}`,
    "",
    `| Δ₁ | ${r.shiftCurves.map((x) => `${x.kernel}, ${x.workload}`).join(" | ")} |`,
    `|---|${r.shiftCurves.map(() => "---").join("|")}|`,
    ...c.delta1.map((d1, i) => `| ${d1} | ${r.shiftCurves.map((x) => x.D[i]!.toExponential(3)).join(" | ")} |`),
    "",
    `## D by key position (Δ₁ = 0, Δ₂ = 16, ${c.format}, pretrained-like, seed ${c.seed})`,
    "",
    "| keys | D | share |",
    "|---|---|---|",
    ...r.buckets.map((b) => `| ${b.from === b.to ? b.from : `${b.from}–${b.to}`} | ${b.D.toExponential(3)} | ${(100 * b.share).toFixed(1)}% |`),
    "",
    `## Per-key attribution (Δ₁ = 0, Δ₂ = 16, ${c.format}, pretrained-like, seed ${c.seed})`,
    "",
    "| key | share of D |",
    "|---|---|",
    ...r.perKey.top.map((t) => `| ${t.key} | ${(100 * t.share).toFixed(2)}% |`),
    "",
    `## D_logit (Eq. 5) against the window T, seed ${c.seed}`,
    "",
    "| T | D_logit |",
    "|---|---|",
    ...r.dLogit.T.map((T, i) => `| ${T} | ${r.dLogit.values[i]!.toExponential(3)} |`),
    "",
    `Spearman ρ = ${r.dLogit.spearman.toFixed(2)}.`,
    "",
    `## Schemes, seed ${c.seed}`,
    "",
    "The schemes are compared by their error against exact arithmetic at the same positions: the mean over",
    "rows of Σ_j |A − A*|, averaged over shifts 16 and 1000.",
    "",
    "| scheme | error |",
    "|---|---|",
    ...r.schemes.map((x) => `| ${x.scheme} | ${x.error.toExponential(3)} |`),
    "",
  ];
  const failed = r.claims.filter((x) => !x.reproduced);
  if (failed.length > 0) {
    lines.push("## Claims not reproduced", "");
    for (const x of failed) lines.push(`- **${x.id}** (${x.claim}): ${x.verdict}. Criterion: ${x.criterion}. Measured: ${x.measured}.${x.controls.filter((k) => !k.holds).map((k) => ` Control "${k.name}" fails: ${k.measured}.`).join("")}`);
    lines.push("");
  }
  return lines.join("\n");
}

function fmtValue(v: number): string {
  return Number.isInteger(v) ? String(v) : Math.abs(v) >= 0.01 && Math.abs(v) < 1000 ? v.toFixed(2) : v.toExponential(2);
}

interface Series {
  name: string;
  x: number[];
  y: number[];
}

/** A line chart as inline SVG; log scales where asked (non-positive values are dropped on log axes). */
function lineChart(title: string, series: Series[], opts: { logX?: boolean; logY?: boolean; xLabel: string; yLabel: string }): string {
  const W = 560;
  const H = 300;
  const M = { l: 70, r: 170, t: 30, b: 45 };
  const tx = (v: number): number => (opts.logX ? Math.log10(v) : v);
  const ty = (v: number): number => (opts.logY ? Math.log10(v) : v);
  const pts = series.map((s) => s.x.map((x, i) => [x, s.y[i]!] as const).filter(([x, y]) => (!opts.logX || x > 0) && (!opts.logY || y > 0)));
  const xs = pts.flat().map(([x]) => tx(x));
  const ys = pts.flat().map(([, y]) => ty(y));
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(...ys), Math.max(...ys)];
  const sx = (v: number): number => M.l + ((tx(v) - x0) / (x1 - x0 || 1)) * (W - M.l - M.r);
  const sy = (v: number): number => H - M.b - ((ty(v) - y0) / (y1 - y0 || 1)) * (H - M.t - M.b);
  const colors = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"];
  const paths = pts
    .map((p, k) => {
      const d = p.map(([x, y], i) => `${i === 0 ? "M" : "L"}${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(" ");
      return `<path d="${d}" fill="none" stroke="${colors[k % colors.length]}" stroke-width="2"/><text x="${W - M.r + 10}" y="${M.t + 16 * k + 10}" fill="${colors[k % colors.length]}" font-size="12">${escapeHtml(series[k]!.name)}</text>`;
    })
    .join("");
  const tick = (v: number, log?: boolean): string => (log ? `1e${v.toFixed(1)}` : v.toPrecision(3));
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(title)}">
<text x="${M.l}" y="18" font-size="14" font-weight="bold">${escapeHtml(title)}</text>
<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="#333"/><line x1="${M.l}" y1="${M.t}" x2="${M.l}" y2="${H - M.b}" stroke="#333"/>
<text x="${M.l}" y="${H - M.b + 15}" font-size="11">${tick(x0, opts.logX)}</text><text x="${W - M.r}" y="${H - M.b + 15}" font-size="11" text-anchor="end">${tick(x1, opts.logX)}</text>
<text x="${M.l - 5}" y="${H - M.b}" font-size="11" text-anchor="end">${tick(y0, opts.logY)}</text><text x="${M.l - 5}" y="${M.t + 10}" font-size="11" text-anchor="end">${tick(y1, opts.logY)}</text>
<text x="${(M.l + W - M.r) / 2}" y="${H - 8}" font-size="12" text-anchor="middle">${escapeHtml(opts.xLabel)}</text>
<text x="14" y="${(M.t + H - M.b) / 2}" font-size="12" transform="rotate(-90 14 ${(M.t + H - M.b) / 2})" text-anchor="middle">${escapeHtml(opts.yLabel)}</text>
${paths}</svg></figure>`;
}

function barChart(title: string, labels: string[], values: number[], yLabel: string): string {
  const W = 560;
  const H = 260;
  const M = { l: 60, r: 20, t: 30, b: 40 };
  const top = Math.max(...values, 1e-300);
  const bw = (W - M.l - M.r) / values.length;
  const bars = values
    .map((v, i) => {
      const h = (v / top) * (H - M.t - M.b);
      const x = M.l + i * bw;
      return `<path d="M${(x + 2).toFixed(1)},${H - M.b} v${(-h).toFixed(1)} h${(bw - 4).toFixed(1)} v${h.toFixed(1)} z" fill="#1f77b4"/><text x="${(x + bw / 2).toFixed(1)}" y="${H - M.b + 14}" font-size="11" text-anchor="middle">${escapeHtml(labels[i]!)}</text>`;
    })
    .join("");
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" role="img" aria-label="${escapeHtml(title)}">
<text x="${M.l}" y="18" font-size="14" font-weight="bold">${escapeHtml(title)}</text>
<line x1="${M.l}" y1="${H - M.b}" x2="${W - M.r}" y2="${H - M.b}" stroke="#333"/>
<text x="${M.l - 5}" y="${M.t + 10}" font-size="11" text-anchor="end">${(100 * top).toFixed(1)}%</text>
<text x="14" y="${(M.t + H - M.b) / 2}" font-size="12" transform="rotate(-90 14 ${(M.t + H - M.b) / 2})" text-anchor="middle">${escapeHtml(yLabel)}</text>
${bars}</svg></figure>`;
}

export function paperHtml(r: ReproduceResult): string {
  const c = r.config;
  const rows = r.claims
    .map(
      (x) =>
        `<tr><td>${x.id}</td><td>${escapeHtml(x.claim)}</td><td class="${x.reproduced ? "yes" : "no"}">${escapeHtml(x.verdict)}</td><td>${escapeHtml(x.criterion)}</td><td>${escapeHtml(x.measured)}${x.controls.map((k) => `<br>control "${escapeHtml(k.name)}": ${escapeHtml(k.measured)} (${k.holds ? "holds" : "fails"})`).join("")}</td></tr>`,
    )
    .join("\n");
  const curves = lineChart(
    `D(Δ₁, Δ₂ = ${c.delta2}) at L = ${c.length}`,
    r.shiftCurves.map((s) => ({ name: `${s.kernel}, ${s.workload.replace(/ \(sink\)/, "")}`, x: c.delta1.map((d) => d + 1), y: s.D })),
    { logX: true, logY: true, xLabel: "Δ₁ + 1", yLabel: "D (Eq. 4)" },
  );
  const keys = barChart(`Per-key share of D (Δ₁ = 0, Δ₂ = 16, ${c.format}, sink)`, r.perKey.top.map((t) => String(t.key)), r.perKey.top.map((t) => t.share), "share of D");
  const dl = lineChart("D_logit (Eq. 5) against the window T", [{ name: `${c.format}, sink`, x: r.dLogit.T, y: r.dLogit.values }], { logX: true, xLabel: "T", yLabel: "D_logit" });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rope-audit: paper reproduction</title>
<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}.yes{color:#2ca02c}.no{color:#d62728;font-weight:bold}figure{margin:1rem 0}</style></head>
<body>
<h1>Reproducing "When Precision Meets Position" under emulation</h1>
<p>${c.quick ? "Quick run" : "Paper sizes"}: L = ${c.length}, d = ${c.headDim}, base ${c.base}, ${c.format}, ${c.rows === c.length ? "every query row" : `${c.rows} sampled query rows`}, seeds ${c.seeds.join(", ")}. No real model weights were used; the workloads are synthetic (see report.md).</p>
<table><tr><th>id</th><th>claim</th><th>verdict</th><th>criterion</th><th>measured</th></tr>
${rows}
</table>
<h2>Caveats</h2>
<ul>${r.caveats.map((x) => `<li>${escapeHtml(x)}</li>`).join("")}</ul>
${curves}
${keys}
${dl}
</body></html>
`;
}

export function writePaperReport(dir: string, r: ReproduceResult, run: { date: string; durationMs: number; workers: number }): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ["claims.json", toJson(r.claims.map((x) => ({ id: x.id, claim: x.claim, criterion: x.criterion, seeds: x.seeds, controls: x.controls, verdict: x.verdict, reproduced: x.reproduced, measured: x.measured, caveats: r.caveats })))],
    ["report.json", toJson({ schema: "rope-audit/paper@1", ...r, run: { ...run, node: process.version, platform: `${process.platform}-${process.arch}` } })],
    ["report.md", paperMarkdown(r)],
    ["report.html", paperHtml(r)],
  ];
  for (const [name, text] of files) writeFileAtomic(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}
