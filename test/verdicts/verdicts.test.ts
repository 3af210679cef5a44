/**
 * Verdicts a team can gate on: common random numbers (two bit-identical kernels under different names get
 * identical figures), format-derived thresholds that pass the best possible kernels and fail real defects
 * under --strict, one threshold per row that the verdict follows, replay tokens that replay a module kernel's
 * counterexample, and a custom property module that gives the same report on 1 and 2 workers.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { pathToFileURL } from "node:url";
import { describe, expect, test } from "vitest";
import { logitRelative, ropeExactness } from "../../properties/index.js";
import { runSuite, zooKernel } from "../../src/index.js";
import type { KernelUnderTest } from "../../src/measure/property.js";
import { BUILT_INDEX, cli } from "../helpers/cli.js";

/** fast-check as a module file a property module outside the project can import. */
const FAST_CHECK = pathToFileURL(createRequire(import.meta.url).resolve("fast-check")).href;

const dir = mkdtempSync(`${tmpdir()}/rope-audit-verdicts-`);

/** A correctly rounded bf16 kernel: exact RoPE (fp64 oracle) rounded once to nearest bf16. */
const CORRECTLY_ROUNDED = `${dir}/correctly-rounded.mjs`;
writeFileSync(
  CORRECTLY_ROUNDED,
  `import { createFastOracle, roundArray } from ${JSON.stringify(BUILT_INDEX)};
const oracle = createFastOracle();
const rope = { layout: "neox", base: 10000 };
export default {
  name: "correctly-rounded-bf16",
  format: "bf16",
  rope,
  rotate(x, positions, headDim) {
    const out = new Float64Array(x.length);
    for (let r = 0; r < positions.length; r++) out.set(oracle.rotate({ ...rope, headDim }, x.subarray(r * headDim, (r + 1) * headDim), positions[r]), r * headDim);
    return roundArray("bf16", out, out);
  },
};
`,
);

describe("common random numbers", () => {
  test("two bit-identical kernels with different names get identical figures in one run", async () => {
    const hf = zooKernel("hf");
    const as = (name: string): KernelUnderTest => ({ name, format: hf.format, rope: hf.rope, headDim: 64, rotate: (x, p, d) => hf.rotate(x, p, d) });
    const results = await runSuite([as("alpha"), as("omega")], [ropeExactness, logitRelative], { seed: 5, cases: 48, numRuns: 20, maxPosition: 2 ** 16 });
    const strip = (k: string) => results.filter((r) => r.kernel === k).map((r) => JSON.stringify({ ...r, kernel: "", assert: { ...r.assert, replay: r.assert.replay?.replace(k, "") } }));
    expect(strip("alpha")).toEqual(strip("omega"));
    // Adding another kernel to the run moves nothing.
    const alone = await runSuite([as("alpha")], [ropeExactness, logitRelative], { seed: 5, cases: 48, numRuns: 20, maxPosition: 2 ** 16 });
    expect(alone.map((r) => JSON.stringify(r))).toEqual(results.filter((r) => r.kernel === "alpha").map((r) => JSON.stringify(r)));
  });
});

describe("--strict: format-derived thresholds", () => {
  const small = ["--cases", "64", "--runs", "30", "--workers", "1"];
  test.each([
    ["a correctly rounded bf16 module kernel", `module:${CORRECTLY_ROUNDED}`, []],
    ["zoo:exact-fp64", "zoo:exact-fp64", []],
    ["zoo:hf at positions ≤ 4096", "zoo:hf", ["--max-position", "4096"]],
  ])("%s passes (exit 0)", async (_, spec, extra) => {
    const r = await cli("run", "--strict", "--kernels", spec, ...small, ...extra);
    expect(r.code, r.out.join("\n")).toBe(0);
    expect(r.out.at(-1)).toMatch(/^(\d+) of \1 kernel × property checks hold$/);
  });
  test.each([["zoo:hf-bf16-positions"], ["zoo:hf-tf32-angle"], ["zoo:ggml-cpu@fp32"]])("%s fails (exit 1)", async (spec) => {
    const r = await cli("run", "--strict", "--kernels", spec, ...small);
    expect(r.code, r.out.join("\n")).toBe(1);
    expect(r.out.some((l) => / FAIL /.test(l) && /cases over/.test(l))).toBe(true);
  });
  test("NaN output fails", async () => {
    const nan = `${dir}/nan.mjs`;
    writeFileSync(nan, `export default { name: "nan", format: "bf16", rope: { layout: "neox", base: 10000 }, rotate: (x) => { const y = Float64Array.from(x); y[0] = NaN; return y; } };\n`);
    const r = await cli("run", "--strict", "--kernels", `module:${nan}`, "--properties", "rope.exactness,rope.norm", ...small);
    expect(r.code).toBe(1);
    expect(r.out.filter((l) => /^nan +rope\.(exactness|norm) +FAIL +NaN/.test(l))).toHaveLength(2);
  });
  test("a threshold override replaces the derived one and is the row's threshold", async () => {
    const r = await cli("run", "--kernels", "zoo:hf", "--properties", "logit.relative", "--threshold", "logit.relative=1e-9", "--out", `${dir}/override`, ...small);
    const report = JSON.parse(readFileSync(`${dir}/override/report.json`, "utf8"));
    expect(report.thresholds).toEqual({ "logit.relative": 1e-9 });
    expect(report.results[0].threshold).toBe(1e-9);
    expect(report.results[0].thresholdSource).toBe("override");
    expect(report.results[0].verdict).toBe("fail");
    expect(r.code).toBe(0);
    const bad = await cli("run", "--kernels", "zoo:hf", "--threshold", "logit.relative=abc");
    expect(bad.code).toBe(2);
  });
});

describe("--relative-to", () => {
  test("rows judged against a reference kernel's largest figure on the same cases", async () => {
    const r = await cli("run", "--kernels", "zoo:vllm-legacy,zoo:hf-bf16-positions", "--relative-to", "zoo:hf", "--properties", "logit.relative,rope.exactness", "--cases", "48", "--runs", "20", "--workers", "1", "--out", `${dir}/relative`);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(`${dir}/relative/report.json`, "utf8"));
    expect(report.relativeTo).toBe("zoo:hf");
    const row = (k: string, p: string) => report.results.find((x: { kernel: string; property: string }) => x.kernel === k && x.property === p);
    // vllm-legacy rounds exactly like hf: its figures equal hf's, so it passes at exactly 1x.
    for (const p of ["logit.relative", "rope.exactness"]) {
      expect(row("vllm-legacy", p).thresholdSource).toEqual({ relativeTo: "zoo:hf" });
      expect(row("vllm-legacy", p).measure.summary.max).toBe(row("vllm-legacy", p).threshold);
      expect(row("vllm-legacy", p).verdict).toBe("pass");
      expect(row("hf-bf16-positions", p).verdict).toBe("fail");
    }
  });
});

describe("one threshold per row", () => {
  test("the committed example report: every row has a threshold and its verdict follows from its figures", () => {
    const report = JSON.parse(readFileSync(new URL("../../reports/example/report.json", import.meta.url), "utf8"));
    expect(report.results.length).toBeGreaterThan(100);
    for (const x of report.results) {
      expect(typeof x.threshold, `${x.kernel} ${x.property}`).toBe("number");
      if (x.verdict === "error") continue;
      const max = Number(x.max); // NaN is written as the string "NaN"
      expect(x.verdict, `${x.kernel} ${x.property}`).toBe(max <= x.threshold ? "pass" : "fail");
    }
  });

  test("no row of a report contradicts its own figures", async () => {
    const r = await cli("run", "--kernels", "zoo:hf,zoo:hf-bf16-positions,zoo:ggml-cpu@fp32,zoo:exact-fp64", "--cases", "48", "--runs", "20", "--workers", "1", "--out", `${dir}/rows`);
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(`${dir}/rows/report.json`, "utf8"));
    for (const x of report.results) {
      expect(typeof x.threshold, `${x.kernel} ${x.property}`).toBe("number");
      const max = Number(x.max);
      expect(x.verdict, `${x.kernel} ${x.property}`).toBe(max <= x.threshold ? "pass" : "fail");
      // The row's max covers the measured cases and the shrunk counterexample.
      expect(max >= Number(x.measure.summary.max) || Number.isNaN(max)).toBe(true);
      if (x.assert.counterexample) expect(max >= Number(x.assert.counterexample.value) || Number.isNaN(max)).toBe(true);
    }
  });
});

describe("replay", () => {
  test("a module kernel's printed token replays its counterexample with only --kernels added", async () => {
    const worse = `${dir}/positions-in-bf16.mjs`;
    writeFileSync(worse, `import { zooKernel } from ${JSON.stringify(BUILT_INDEX)};\nconst k = zooKernel("hf-bf16-positions");\nexport default { name: "my-kernel", format: "bf16", rope: { layout: "neox", base: 10000 }, rotate: (x, p, d) => k.rotate(x, p, d) };\n`);
    const r = await cli("run", "--kernels", `module:${worse}`, "--properties", "rope.exactness", "--head-dim", "64", "--cases", "32", "--runs", "30", "--workers", "1", "--verbose");
    const token = r.out.map((l) => l.trim()).find((l) => l.startsWith("rope.exactness@my-kernel/"));
    expect(token, r.out.join("\n")).toMatch(/\/64$/); // the head dim travels with the token
    const again = await cli("run", "--replay", token!, "--kernels", `module:${worse}`);
    expect(again.code, again.err.join("\n")).toBe(1);
    expect(again.out[0]).toMatch(/^rope\.exactness on my-kernel \(d = 64, positions ≤ 1048576\): position \d+/);
    const without = await cli("run", "--replay", token!);
    expect(without.code).toBe(2);
    expect(without.err[0]).toMatch(/--kernels with the spec of kernel "my-kernel"/);
  });
});

describe("custom properties", () => {
  test("a property module runs from the CLI with the same report on 1 and 2 workers", async () => {
    const prop = `${dir}/my-prop.mjs`;
    writeFileSync(
      prop,
      `import fc from ${JSON.stringify(FAST_CHECK)};
// Output magnitude: no rotated element exceeds the input vector's norm by more than the output rounding.
export const bounded = {
  id: "my.bounded",
  claim: "|y_j| ≤ ‖x‖",
  measure: "max_j |y_j| / ‖x‖ − 1, floored at 0",
  threshold: () => 2 ** -7,
  derivation: () => "2^−7: two bf16 roundings",
  sample: (rng, k, maxPosition) => ({ x: Float64Array.from({ length: k.headDim }, () => rng() * 2 - 1), p: Math.floor(rng() * maxPosition) }),
  arbitrary: (k, maxPosition) => fc.record({ x: fc.float64Array({ minLength: k.headDim, maxLength: k.headDim, min: -1, max: 1, noNaN: true }), p: fc.integer({ min: 0, max: maxPosition }) }),
  async evaluate(k, cases) {
    const x = new Float64Array(cases.length * k.headDim);
    cases.forEach((c, r) => x.set(c.x, r * k.headDim));
    const y = await k.rotate(x, Float64Array.from(cases, (c) => c.p), k.headDim);
    return cases.map((c, r) => {
      const n = Math.hypot(...c.x);
      let w = 0;
      for (let j = 0; j < k.headDim; j++) w = Math.max(w, Math.abs(y[r * k.headDim + j]));
      return { value: n === 0 ? 0 : Math.max(0, w / n - 1), position: c.p, allowance: 2 ** -7 };
    });
  },
  describe: (c) => "position " + c.p,
};
`,
    );
    const args = ["--kernels", "zoo:hf,zoo:vllm-legacy", "--properties", `rope.origin,module:${prop}`, "--cases", "32", "--runs", "10", "--head-dim", "32"];
    const one = await cli("run", ...args, "--workers", "1", "--out", `${dir}/p1`);
    const two = await cli("run", ...args, "--workers", "2", "--out", `${dir}/p2`);
    expect(one.code, one.err.join("\n")).toBe(0);
    expect(two.code, two.err.join("\n")).toBe(0);
    const body = (f: string) => {
      const r = JSON.parse(readFileSync(f, "utf8"));
      delete r.run;
      return r;
    };
    const a = body(`${dir}/p1/report.json`);
    expect(a.results.map((r: { property: string }) => r.property)).toContain("my.bounded");
    expect(body(`${dir}/p2/report.json`)).toEqual(a);
    const missing = await cli("run", "--properties", `module:${dir}/nope.mjs`);
    expect(missing.code).toBe(2);
    expect(missing.err).toHaveLength(1);
  });
});
