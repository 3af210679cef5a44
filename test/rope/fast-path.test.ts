/**
 * The TypeScript fast paths, each run alone (EmulateOptions.paths), against the reference (`fastPaths:
 * false`): the bf16 per-op path (fp32 intermediates, bit-level bf16 rounding) must equal it bit for bit
 * wherever it runs and decline every call where its conditions fail; the fp32-rotation path must equal it
 * everywhere. Each test asserts from pathStats() which path rotated the rows.
 */
import { describe, expect, test } from "vitest";
import { type PipelineSpec, createRng, decode, emulate, round, zooPipeline } from "../../src/index.js";
import type { PathName } from "../../src/rope/emulate.js";

const SEED = 77;

/** Rotates with the TypeScript bf16 path alone and with the reference, compares; returns the rows each path rotated. */
function compare(name: string, x: Float64Array, positions: Float64Array, d: number): Record<PathName, number> {
  const spec = zooPipeline(name);
  const kernel = emulate(spec, { paths: ["ts-bf16"] });
  const fast = kernel.rotate(x, positions, d);
  const slow = emulate(spec, { fastPaths: false }).rotate(x, positions, d);
  const bad: string[] = [];
  for (let k = 0; k < fast.length; k++) if (!Object.is(fast[k], slow[k])) bad.push(`${k}: x=${x[k]} fast ${fast[k]} general ${slow[k]}`);
  expect(bad.slice(0, 5)).toEqual([]);
  return kernel.pathStats().rows;
}

describe("bf16 per-op fast path", () => {
  test.each(["hf", "hf-bf16-positions", "hf-tf32-angle", "vllm-legacy", "xformers-rotary"])("%s: identical to the general path", (name) => {
    const rng = createRng(SEED);
    const d = 128;
    const n = 2048;
    // Magnitudes from 2^−60 to 2^100 (the fast path's whole range), signs, exact zeros.
    const x = Float64Array.from({ length: n * d }, () =>
      rng() < 0.02 ? 0 : round("bf16", (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(-60 + rng() * 160)),
    );
    const positions = Float64Array.from({ length: n }, () => Math.floor(2 ** (rng() * 24)));
    expect(compare(name, x, positions, d)["ts-bf16"]).toBe(n);
  });

  test("sums that overflow and products near the range limits agree", () => {
    const d = 8;
    const max = decode("bf16", 0x7f7f);
    const x = Float64Array.of(max, max, -max, max, 2 ** -60, 2 ** -59, 1, -1, max, -max, 0, -0, 3, 5, 7, 11);
    expect(compare("hf", x, Float64Array.of(3, 100003), d)["ts-bf16"]).toBe(2);
  });

  test("inputs outside its conditions (tiny, subnormal, infinite) take the general path and still agree", () => {
    const d = 8;
    const tiny = decode("bf16", 0x0001); // smallest bf16 subnormal, 2^−133
    const x = Float64Array.of(tiny, 2 ** -100, -tiny, 1, 2, 3, Infinity, 4);
    const rows = compare("hf", x, Float64Array.of(12345), d);
    expect(rows["ts-bf16"]).toBe(0);
    expect(rows.reference).toBe(1);
  });

  test("the reference keeps its block temporaries between calls without carrying values from one call to the next", () => {
    // Calls of one row, then of many (more than one block), then of a few, on one reference kernel;
    // each compared with the SIMD path (code shared with the reference: none), which rotates every row.
    const rng = createRng(SEED + 1);
    const d = 128;
    for (const name of ["hf", "hf@fp16", "meta-llama"]) {
      const reference = emulate(zooPipeline(name), { fastPaths: false });
      const simd = emulate(zooPipeline(name));
      const format = name.endsWith("@fp16") ? "fp16" : "bf16";
      for (const n of [1, 600, 3, 257, 2, 256, 1]) {
        const x = Float64Array.from({ length: n * d }, () => round(format, (rng() - 0.5) * 2 ** Math.floor(rng() * 12)));
        const positions = Float64Array.from({ length: n }, () => Math.floor(rng() * 2 ** 20));
        const want = simd.rotate(x, positions, d);
        const got = reference.rotate(x, positions, d);
        expect(got.every((v, k) => Object.is(v, want[k]))).toBe(true);
      }
      expect(reference.pathStats().rows.reference).toBe(1120);
      // A few fp16 rows whose products could overflow go to the reference there too (docs/performance.md).
      expect(simd.pathStats().rows.reference).toBeLessThan(10);
    }
  });

  test("rotate(…, out) writes into the caller's buffer and refuses a too-short one", () => {
    const k = emulate(zooPipeline("hf"));
    const x = Float64Array.from({ length: 256 }, (_, i) => round("bf16", Math.sin(i)));
    const out = new Float64Array(256);
    expect(k.rotate(x, Float64Array.of(7, 9), 128, out)).toBe(out);
    expect(out).toEqual(k.rotate(x, Float64Array.of(7, 9), 128));
    expect(() => k.rotate(x, Float64Array.of(7, 9), 128, new Float64Array(10))).toThrow(/^out: /);
  });
});

/**
 * The fp32-rotation fast path (rotateRowsFp32: meta-llama, flash-attn-triton, vllm-cuda, ggml-cpu, onnxruntime-cpu,
 * te-fused and any spec whose rotate format is fp32) against the general path, fp64 bit patterns compared
 * (NaN payloads and zero signs included), over every FMA mode, cache format and output format, both
 * layouts, rotaryDim < headDim, and inputs spanning each format's range with ±0, subnormals, the largest
 * finite values, ±inf and NaN.
 */
describe("fp32-rotation fast path", () => {
  const rows = 1024;
  const cases: { name: string; spec: PipelineSpec; d: number }[] = [];
  for (const kernel of ["meta-llama", "meta-llama@fp16", "flash-attn-triton", "vllm-cuda@fp16", "onnxruntime-cpu", "onnxruntime-cpu@fp32", "te-fused", "te-fused@fp16", "ggml-cpu", "ggml-cpu@fp32"]) cases.push({ name: kernel, spec: zooPipeline(kernel), d: 128 });
  const base = zooPipeline("onnxruntime-cpu");
  for (const fma of ["none", "first", "second"] as const)
    for (const output of ["bf16", "fp16", "fp32"] as const)
      cases.push({ name: `fma ${fma}, output ${output}`, spec: { ...base, name: `fp32-${fma}-${output}`, format: output, rotate: { format: "fp32", fma }, output: { format: output } }, d: 64 });
  cases.push({ name: "gptj, rotaryDim 48 < headDim 64, bf16 cache", spec: { ...base, name: "fp32-gptj", format: "bf16", cache: { format: "bf16" }, output: { format: "bf16" }, rope: { layout: "gptj", base: 10000, rotaryDim: 48 } }, d: 64 });
  cases.push({ name: "neox, rotaryDim 40 < headDim 96, yarn", spec: zooPipeline("vllm-cuda", { rotaryDim: 40, scaling: { type: "yarn", factor: 8, originalMaxPositions: 4096 } }), d: 96 });

  test.each(cases.map((c, i) => [c.name, i] as const))("%s: identical to the general path", (_name, index) => {
    const { spec, d } = cases[index]!;
    const rng = createRng(SEED + 100 + index);
    const format = spec.format;
    const max = { bf16: decode("bf16", 0x7f7f), fp16: 65504, fp32: decode("fp32", 0x7f7fffff) }[format as "bf16" | "fp16" | "fp32"];
    const specials = [0, -0, max, -max, Infinity, -Infinity, NaN, decode(format, 1), -decode(format, 3)];
    const x = Float64Array.from({ length: rows * d }, () => {
      const u = rng();
      if (u < 0.01) return specials[Math.floor(rng() * specials.length)]!;
      const e = u < 0.1 ? Math.floor(-30 + 60 * rng()) : Math.floor(-8 + 12 * rng());
      return round(format, (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** e);
    });
    const positions = Float64Array.from({ length: rows }, (_, r) => (r % 8 === 0 || rng() < 0.3 ? Math.floor(2 ** (rng() * 31)) : NaN));
    for (let r = 1; r < rows; r++) if (Number.isNaN(positions[r])) positions[r] = positions[r - 1]!; // heads share positions
    const kernel = emulate(spec, { paths: ["ts-fp32"] });
    const fast = kernel.rotate(x, positions, d);
    const slow = emulate(spec, { fastPaths: false }).rotate(x, positions, d);
    expect(kernel.pathStats().rows["ts-fp32"]).toBe(rows);
    const fw = new BigUint64Array(fast.buffer);
    const sw = new BigUint64Array(slow.buffer);
    const bad: string[] = [];
    for (let k = 0; k < fast.length; k++) if (fw[k] !== sw[k]) bad.push(`${k}: x=${x[k]} fast ${fast[k]} (0x${fw[k]!.toString(16)}) general ${slow[k]} (0x${sw[k]!.toString(16)})`);
    expect(bad.slice(0, 5)).toEqual([]);
  });
});
