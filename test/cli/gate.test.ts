/**
 * Baseline and gate: 0 on an identical rerun, 1 with a Markdown list when a kernel's worst logit.relative
 * deviation rises beyond tolerance, 2 with one line for a truncated baseline.
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
  expect(same.out).toEqual(["No regression beyond 5.0% against the baseline."]);

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
  expect(regressed.out[0]).toMatch(/^### \d+ precision regressions? against the baseline \(tolerance 10\.0%\)$/);
  expect(regressed.out.some((l) => /^\| meta-llama \| logit\.relative \| max [\d.e+-]+ → [\d.e+-]+ \(\+[\d.]+%, tolerance 10\.0%\) \|$/.test(l))).toBe(true);

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
  expect(wrong.err[0]).toMatch(/expected a baseline with "schema": "rope-audit\/baseline@1"/);
});

test("Markdown escapes hostile kernel names", async () => {
  const { regressionsMarkdown } = await import("../../src/report/gate.js");
  const md = regressionsMarkdown([{ kernel: '<script>alert(1)</script>"\u001b[31m\nx|y', property: "logit.relative", what: "max 1 → 2" }], 0);
  expect(md).toContain("\\<script\\>alert(1)\\</script\\>\"\\u001b\\[31m\\u000ax\\|y");
  expect(md).not.toContain("<script>");
  expect(md.split("\n").filter((l) => l.startsWith("| "))).toHaveLength(2);
});
