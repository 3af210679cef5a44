/**
 * ggml: kernels run llama.cpp's own CPU RoPE (optional packages koffi and @node-llama-cpp/linux-x64, in
 * package-lock.json, so CI installs them). Live outputs must be named ggml-cpu in both modes and types.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import { exportBundle, fillBundle } from "../../src/kernels/fixture/bundle.js";
import { fingerprint, fingerprintInputs } from "../../src/measure/fingerprint.js";
import { loadGgml } from "../../src/kernels/ggml/ggml-api.js";
import { cpuVariant } from "../../src/kernels/ggml/ggml-api.js";
import { ggmlKernel, ggmlRopeParams } from "../../src/kernels/ggml/kernel.js";
import { cli } from "../helpers/cli.js";

const available = await loadGgml().then(
  () => true,
  (e: unknown) => {
    console.log(`ggml not loaded: ${(e as Error).message}`);
    return false;
  },
);
const live = test.skipIf(!available && process.env.CI !== "true");

test("the CPU variant follows the processor's flags", () => {
  expect(cpuVariant("flags\t\t: fpu sse4_2 avx avx2 fma f16c avx512f\n")).toBe("haswell");
  expect(cpuVariant("flags\t\t: fpu sse4_2 avx\n")).toBe("sse42");
  expect(cpuVariant("")).toBe("x64");
});

test("YaRN maps onto ggml_rope_ext's parameters; what ggml cannot express is refused", () => {
  expect(ggmlRopeParams({ layout: "neox", base: 1e4, scaling: { type: "yarn", factor: 4, originalMaxPositions: 4096 } })).toEqual({ nCtxOrig: 4096, freqScale: 0.25, extFactor: 1, attnFactor: 1, betaFast: 32, betaSlow: 1 });
  expect(() => ggmlRopeParams({ layout: "neox", base: 1e4, scaling: { type: "dynamic-ntk", factor: 2, originalMaxPositions: 4096, seqLen: 9000 } })).toThrow(/scaling\.type: expected "none", "linear" or "yarn"/);
});

test("a malformed ggml: spec is one line, exit 2", async () => {
  const r = await cli("fingerprint", "--kernel", "ggml:bf16:neox");
  expect(r.code).toBe(2);
  expect(r.err).toEqual(['rope-audit: --kernel: expected ggml:f32:normal, ggml:f32:neox, ggml:f16:normal or ggml:f16:neox, got "ggml:bf16:neox"']);
});

live("shapes are validated before any FFI call", async () => {
  const k = ggmlKernel(await loadGgml(), { type: "f32", mode: "neox", rope: { base: 10000 } });
  expect(() => k.rotate(new Float64Array(7), Float64Array.of(1), 8)).toThrow(/x: expected 1 × 8 values/);
  expect(() => k.rotate(new Float64Array(8), Float64Array.of(2 ** 31), 8)).toThrow(/positions\[0\]: expected an integer in the int32 range/);
  expect(() => k.rotate(new Float64Array(8), Float64Array.of(0.5), 8)).toThrow(/positions\[0\]/);
  const x = Float64Array.from({ length: 16 }, (_, i) => i / 8);
  expect(Array.from(k.rotate(x, Float64Array.of(0, 0), 8) as Float64Array)).toEqual(Array.from(x)); // position 0 rotates nothing
});

live.each([
  ["ggml:f32:normal", "ggml-cpu@fp32", 0.9999],
  ["ggml:f32:neox", "ggml-cpu@fp32", 0.9999],
  ["ggml:f16:normal", "ggml-cpu", 0.9999],
  ["ggml:f16:neox", "ggml-cpu", 0.9999],
])("fingerprint --kernel %s names %s", async (spec, name, atLeast) => {
  const r = await cli("fingerprint", "--kernel", spec, "--json");
  expect(r.err).toEqual([]);
  const f = JSON.parse(r.out.join("\n")) as { best: { name: string; bitAgreement: number } };
  console.log(`${spec}: best ${f.best.name}, ${(100 * f.best.bitAgreement).toFixed(3)}% bits identical`);
  expect(f.best.name).toBe(name);
  expect(f.best.bitAgreement).toBeGreaterThanOrEqual(atLeast);
});

live.each([
  ["f32", "neox", { type: "yarn", factor: 16, originalMaxPositions: 4096 }, 10000],
  ["f32", "normal", { type: "yarn", factor: 4, originalMaxPositions: 32768, betaFast: 24, betaSlow: 2 }, 1e6],
  ["f16", "neox", { type: "yarn", factor: 8, originalMaxPositions: 8192 }, 500000],
  ["f32", "neox", { type: "linear", factor: 4 }, 10000],
] as const)("ggml:%s:%s with %o scaling is named ggml-cpu", async (type, mode, scaling, base) => {
  const k = ggmlKernel(await loadGgml(), { type, mode, rope: { base, scaling } });
  const format = type === "f32" ? "fp32" : "fp16";
  const { inputs, positions } = fingerprintInputs(format, 128);
  const f = fingerprint({ format, rope: k.rope, headDim: 128, inputs, positions, outputs: k.rotate(inputs, positions, 128) as Float64Array, kernelName: k.name });
  console.log(`${k.name} ${scaling.type} ×${scaling.factor}: best ${f.best.name}, ${(100 * f.best.bitAgreement).toFixed(3)}%`);
  expect(f.best.name).toBe(type === "f32" ? "ggml-cpu@fp32" : "ggml-cpu");
  expect(f.best.bitAgreement).toBeGreaterThanOrEqual(0.9999);
});

live.each([
  ["f32", "normal", "F32"],
  ["f16", "neox", "F16"],
] as const)("ggml:%s:%s outputs saved to a fixture are named ggml-cpu", async (type, mode, dtype) => {
  const k = ggmlKernel(await loadGgml(), { type, mode, rope: { base: 10000 } });
  const file = `${mkdtempSync(`${tmpdir()}/rope-audit-ggml-`)}/b.safetensors`;
  const format = type === "f32" ? "fp32" : "fp16";
  writeFileSync(file, fillBundle(exportBundle({ format, layout: k.rope.layout, base: 10000, headDim: 64, count: 256 }), file, (x, p, d) => k.rotate(x, p, d) as Float64Array, dtype));
  const r = await cli("fingerprint", "--kernel", `fixture:${file}`, "--json");
  const f = JSON.parse(r.out.join("\n")) as { best: { name: string; bitAgreement: number } };
  expect(f.best.name).toBe(type === "f32" ? "ggml-cpu@fp32" : "ggml-cpu");
  expect(f.best.bitAgreement).toBe(1);
});

live("base 2.5e7, head dim 8: where glibc's powf(base, −2/d) is not correctly rounded, the zoo still matches", async () => {
  const k = ggmlKernel(await loadGgml(), { type: "f32", mode: "neox", rope: { base: 2.5e7 } });
  const { inputs, positions } = fingerprintInputs("fp32", 8);
  const f = fingerprint({ format: "fp32", rope: k.rope, headDim: 8, inputs, positions, outputs: k.rotate(inputs, positions, 8) as Float64Array });
  expect(f.best.name).toBe("ggml-cpu@fp32");
  expect(f.best.bitAgreement).toBe(1);
});
