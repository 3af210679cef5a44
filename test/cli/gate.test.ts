/**
 * Baseline and gate: 0 on an identical rerun, 1 with a Markdown list when a kernel's row figure rises beyond
 * tolerance (improvements listed too), 2 with one line for a truncated baseline or a report measured on
 * another workload (seed, head dim, max position).
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import { BUILT_INDEX, cli } from "../helpers/cli.js";

test("gate: identical rerun passes, a regression fails with a Markdown list, a truncated baseline is unusable", async () => {
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-gate-`);
  const args = ["--properties", "logit.relative,rope.origin", "--cases", "32", "--runs", "10", "--head-dim", "64"];
  expect((await cli("run", "--kernels", "zoo:meta-llama", ...args, "--out", `${dir}/a`)).code).toBe(0);
  expect((await cli("run", "--kernels", "zoo:meta-llama", ...args, "--out", `${dir}/b`)).code).toBe(0);
  const saved = await cli("baseline", "save", "--from", `${dir}/a/report.json`, "--out", `${dir}/baseline.json`);
  expect(saved.code).toBe(0);
  const same = await cli("gate", "--baseline", `${dir}/baseline.json`, "--report", `${dir}/b/report.json`);
  expect(same.code).toBe(0);
  expect(same.out[0]).toBe("### No regression against the baseline (2 kernel × property rows, 0 improved)");
  expect(same.out.join("\n")).toContain("tolerance, 5.0%");

  // Another workload is refused with one line, exit 2: never "regressions" between different cases.
  for (const [flag, was, now] of [
    ["--seed", "1", "2"],
    ["--head-dim", "64", "32"],
    ["--max-position", "1048576", "4096"],
  ] as const) {
    const other = args.includes(flag) ? args.map((a, i) => (args[i - 1] === flag ? now : a)) : [...args, flag, now];
    expect((await cli("run", "--kernels", "zoo:meta-llama", ...other, "--out", `${dir}/other`)).code).toBe(0);
    const refused = await cli("gate", "--baseline", `${dir}/baseline.json`, "--report", `${dir}/other/report.json`);
    expect(refused.code, flag).toBe(2);
    expect(refused.err, flag).toHaveLength(1);
    const key = { "--seed": "seed", "--head-dim": "headDim", "--max-position": "maxPosition" }[flag];
    expect(refused.err[0]).toBe(`rope-audit: gate: the report was measured on another workload than the baseline (${key} ${was} in the baseline, ${now} in the report); rerun with the baseline's settings or save a new baseline`);
  }

  // The kernel gets worse: the same name, but per-op bf16 rotation with positions in bf16 (a regression
  // a refactor could introduce), written as a module kernel so only its numbers change.
  const worse = `${dir}/worse.mjs`;
  writeFileSync(
    worse,
    `import { zooKernel } from ${JSON.stringify(BUILT_INDEX)};\nconst k = zooKernel("hf-bf16-positions");\nexport default { name: "meta-llama", format: "bf16", rope: { layout: "gptj", base: 10000 }, rotate: (x, p, d) => k.rotate(x, p, d) };\n`,
  );
  expect((await cli("run", "--kernels", `module:${worse}`, ...args, "--out", `${dir}/c`)).code).toBe(0);
  const regressed = await cli("gate", "--baseline", `${dir}/baseline.json`, "--report", `${dir}/c/report.json`, "--tolerance", "0.1");
  expect(regressed.code).toBe(1);
  expect(regressed.out[0]).toMatch(/^### \d+ precision regressions? against the baseline \(0 improved\)$/);
  expect(regressed.out.some((l) => /^\| meta-llama \| logit\.relative \| (verdict pass → fail; )?[\d.e+-]+ → [\d.e+-]+ \(\d+x\) \|$/.test(l))).toBe(true);

  // The reverse: the worse kernel as baseline, the good one as report — improvements, exit 0.
  expect((await cli("baseline", "save", "--from", `${dir}/c/report.json`, "--out", `${dir}/worse-baseline.json`)).code).toBe(0);
  const improved = await cli("gate", "--baseline", `${dir}/worse-baseline.json`, "--report", `${dir}/b/report.json`);
  expect(improved.code).toBe(0);
  expect(improved.out[0]).toMatch(/^### No regression against the baseline \(2 kernel × property rows, 1 improved\)$/);
  expect(improved.out).toContain("#### Improvements");
  // Equal figures are never flagged, whatever the tolerance.
  expect((await cli("gate", "--baseline", `${dir}/baseline.json`, "--report", `${dir}/b/report.json`, "--tolerance", "0")).code).toBe(0);

  writeFileSync(`${dir}/truncated.json`, readFileSync(`${dir}/baseline.json`, "utf8").slice(0, 50));
  const bad = await cli("gate", "--baseline", `${dir}/truncated.json`, "--report", `${dir}/b/report.json`);
  expect(bad.code).toBe(2);
  expect(bad.err).toHaveLength(1);
  expect(bad.err[0]).toMatch(new RegExp(`^rope-audit: ${dir}/truncated\\.json: not valid JSON .*; expected a baseline$`));
  const missing = await cli("gate", "--baseline", `${dir}/nope.json`, "--report", `${dir}/b/report.json`);
  expect(missing.code).toBe(2);
  expect(missing.err[0]).toMatch(/nope\.json: cannot read \(ENOENT\); expected a baseline$/);
  const wrong = await cli("gate", "--baseline", `${dir}/a/report.json`, "--report", `${dir}/b/report.json`);
  expect(wrong.code).toBe(2);
  expect(wrong.err[0]).toMatch(/expected a baseline with "schema": "rope-audit\/baseline@2"/);
});

test("Markdown escapes hostile kernel names", async () => {
  const { gateMarkdown } = await import("../../src/report/gate.js");
  const row = { kernel: '<script>alert(1)</script>"\u001b[31m\nx|y', property: "logit.relative", was: 1, now: 2, ratio: 2, status: "regression" as const, what: "1 → 2" };
  const md = gateMarkdown({ rows: [row], regressions: [row], improvements: [] }, 0);
  expect(md).toContain("\\<script\\>alert(1)\\</script\\>\"\\u001b\\[31m\\u000ax\\|y");
  expect(md).not.toContain("<script>");
  expect(md.split("\n").filter((l) => l.startsWith("| "))).toHaveLength(2);
});
