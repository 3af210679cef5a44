/** `rope-audit reproduce --quick`: what the tests run (the paper sizes run in bench/ and by hand). */
import { mkdtempSync, readFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import { EXACT_SCORE, attentionShift, createRng, firstKeyLogitShift, zooKernel } from "../../src/index.js";
import { attentionError } from "../../src/attention/shift.js";
import { type Claim, type ClaimControl, positionBuckets, reproduceConfig, reproduceOptions, spearman, verdictOf } from "../../src/measure/paper.js";
import { runCli } from "../../src/cli/program.js";

test("reproduce --quick writes report.json, report.md, report.html and claims.json: C1–C6 with criterion, ≥ 3 seeds, controls and computed verdicts", async () => {
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-paper-`);
  const out: string[] = [];
  const code = await runCli(["reproduce", "--quick", "--workers", "1", "--out", dir], { out: (l) => out.push(l), err: () => {} });
  expect(code).toBe(0);
  expect(readdirSync(dir).sort()).toEqual(["claims.json", "report.html", "report.json", "report.md"]);
  const claims = JSON.parse(readFileSync(`${dir}/claims.json`, "utf8")) as Claim[];
  expect(claims.map((c) => c.id)).toEqual(["C1", "C2", "C3", "C4", "C5", "C6"]);
  for (const c of claims) {
    expect(c.criterion.length).toBeGreaterThan(10);
    expect(c.seeds.values.map((v) => v.seed)).toEqual([1, 2, 3]);
    const values = c.seeds.values.map((v) => v.value);
    expect(c.seeds.min).toBe(Math.min(...values));
    expect(c.seeds.max).toBe(Math.max(...values));
    expect(["reproduced", "partly", "not reproduced", "confounded"]).toContain(c.verdict);
    expect(c.reproduced).toBe(c.verdict === "reproduced");
    // No claim is called reproduced when one of its controls contradicts it, nor when a seed fails.
    if (c.controls.some((k) => !k.holds)) expect(c.verdict).not.toBe("reproduced");
    if (c.seeds.values.some((v) => !v.holds)) expect(c.verdict).not.toBe("reproduced");
    expect(c.measured).toMatch(/\d/);
    expect((c as unknown as { caveats: string[] }).caveats.length).toBeGreaterThanOrEqual(4);
  }
  for (const id of ["C2", "C3", "C4", "C5"]) expect(claims.find((c) => c.id === id)!.controls.length, id).toBeGreaterThan(0);
  expect(claims.find((c) => c.id === "C5")!.controls.map((k) => k.name)).toEqual(["anchor moved with the documents", "without a sink"]);
  // The seeds differ: three workloads, not one copied.
  expect(new Set(claims.find((c) => c.id === "C2")!.seeds.values.map((v) => v.value)).size).toBe(3);
  // Facts of the emulation that hold by construction: position 0 is exact in bf16, and bf16 is far
  // from fp32 under a shift.
  expect(claims.find((c) => c.id === "C6")!.verdict).toBe("reproduced");
  expect(claims.find((c) => c.id === "C1")!.verdict).toBe("reproduced");
  const md = readFileSync(`${dir}/report.md`, "utf8");
  expect(md).toMatch(/No real model weights were used/);
  expect(md).toMatch(/pretrained-like \(sink\)/);
  expect(md).toMatch(/## Caveats\n\n- No real model weights were used/);
  expect(md).toMatch(/## D by key position/);
  for (const c of claims.filter((x) => !x.reproduced)) expect(md).toContain(`- **${c.id}** (${c.claim}): ${c.verdict}. Criterion: ${c.criterion}.`);
  expect(out.filter((l) => l.startsWith("caveat: ")).length).toBeGreaterThanOrEqual(4);
  const html = readFileSync(`${dir}/report.html`, "utf8");
  expect((html.match(/<svg /g) ?? []).length).toBe(3);
  expect(html).not.toMatch(/<script/);
  // Same seed, same claims, on one thread or on two workers (the timing lives only in report.json's "run").
  const two = mkdtempSync(`${tmpdir()}/rope-audit-paper-`);
  await runCli(["reproduce", "--quick", "--workers", "2", "--out", two], { out: () => {}, err: () => {} });
  expect(readFileSync(`${two}/claims.json`, "utf8")).toBe(readFileSync(`${dir}/claims.json`, "utf8"));
  expect(readFileSync(`${two}/report.html`, "utf8")).toBe(html);
  expect(readFileSync(`${two}/report.md`, "utf8")).toBe(md);
  const { run: _run, ...rest } = JSON.parse(readFileSync(`${two}/report.json`, "utf8"));
  const { run: _run1, ...rest1 } = JSON.parse(readFileSync(`${dir}/report.json`, "utf8"));
  expect(rest).toEqual(rest1);
}, 180_000);

test("verdicts are computed: a failing control never leaves a claim reproduced", () => {
  const control = (holds: boolean, onFail: "confounded" | "partly"): ClaimControl => ({ name: "c", criterion: "", measured: "", holds, onFail });
  expect(verdictOf([true, true, true], [])).toBe("reproduced");
  expect(verdictOf([true, true, true], [control(true, "confounded")])).toBe("reproduced");
  expect(verdictOf([true, true, true], [control(false, "confounded")])).toBe("confounded");
  expect(verdictOf([true, true, true], [control(false, "partly")])).toBe("partly");
  expect(verdictOf([true, false, true], [])).toBe("partly");
  expect(verdictOf([false, false, false], [control(false, "confounded")])).toBe("not reproduced");
});

test("D by key position: key 0, then powers of 16, summing to D", () => {
  const perKey = Array.from({ length: 300 }, (_, j) => (j === 0 ? 10 : 1));
  const b = positionBuckets(perKey);
  expect(b.map((x) => [x.from, x.to, x.D])).toEqual([
    [0, 0, 10],
    [1, 15, 15],
    [16, 255, 240],
    [256, 299, 44],
  ]);
  expect(b.reduce((s, x) => s + x.share, 0)).toBeCloseTo(1, 12);
});

test("reproduce's own configuration: --length, --base, --scaling and --format validated, one line, exit 2", async () => {
  const run = async (...args: string[]) => {
    const err: string[] = [];
    const code = await runCli(["reproduce", ...args], { out: () => {}, err: (l) => err.push(l) });
    return { code, err };
  };
  expect(await run("--format", "fp8")).toEqual({ code: 2, err: [expect.stringMatching(/--format: expected bf16 or fp16 \(compared with fp32\), got "fp8"/)] });
  expect(await run("--scaling", '{"type":"warp"}')).toEqual({ code: 2, err: [expect.stringMatching(/^rope-audit: --scaling\.type: expected one of "none", "linear"/)] });
  expect((await run("--length", "262144")).code).toBe(2);
  const c = reproduceConfig(reproduceOptions({ length: 131072, base: 500000, scaling: { type: "llama3", factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192 }, format: "fp16" }));
  expect([c.length, c.base, c.format, c.scaling.type, c.seeds.length]).toEqual([131072, 500000, "fp16", "llama3", 3]);
  expect(c.rows).toBeLessThan(c.length); // long windows sample query rows, and say so
  expect(Math.max(...c.T)).toBe(131072);
});

test("D_logit from the first key alone equals Eq. 5 from the full computation", async () => {
  const rng = createRng(3);
  const d = 32;
  const T = 40;
  const q = Float64Array.from({ length: T * d }, () => rng() * 2 - 1);
  const k = Float64Array.from({ length: T * d }, () => rng() * 2 - 1);
  const kernel = zooKernel("exact-fp64");
  const full = await attentionShift({ kernel, headDim: d, q, k, docLengths: [T], scheme: "full", score: EXACT_SCORE, shifts: [0, 16] });
  const cheap = await firstKeyLogitShift({ kernel, headDim: d, q, k0: k.subarray(0, d), score: EXACT_SCORE, shifts: [0, 16] });
  expect(Math.abs(cheap - full.dLogit)).toBeLessThanOrEqual(1e-13);
});

test("attention error against exact arithmetic is 0 for the exact kernel itself and positive for bf16", async () => {
  const rng = createRng(4);
  const d = 32;
  const L = 33;
  const q = Float64Array.from({ length: L * d }, () => Math.round((rng() * 2 - 1) * 64) / 64);
  const k = Float64Array.from({ length: L * d }, () => Math.round((rng() * 2 - 1) * 64) / 64);
  const exact = zooKernel("exact-fp64");
  const rows = Array.from({ length: L }, (_, i) => i);
  const base = { headDim: d, q, k, docLengths: [16, 16], scheme: "anchor" as const, score: EXACT_SCORE, shift: 100, rows };
  expect(await attentionError({ ...base, kernel: exact, reference: exact })).toBe(0);
  expect(await attentionError({ ...base, kernel: zooKernel("hf"), reference: exact })).toBeGreaterThan(0);
});

test("Spearman's ρ: +1, −1 and a hand-computed case", () => {
  expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
  expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
  expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12); // Σd² = 4: 1 − 24/120
});
