/**
 * Every rotation path of ROTATION_PATHS, run alone (EmulateOptions.paths = [that path]) on inputs it
 * accepts, must rotate at least 1,000 rows itself — its row counter in pathStats() says so — and equal
 * the reference (`paths: []`: the reference alone) bit for bit, fp64 patterns compared. The reference
 * itself is judged here against a scalar evaluation of the rotation written in this file from
 * `trace`'s cache row and `round` (no code shared with reference.ts's block loop and roundArray), and
 * elsewhere against the decimal oracle (fp64-vs-oracle.test.ts) and PyTorch (torch-fidelity.test.ts).
 * A path added to ROTATION_PATHS without a case here fails the first test.
 */
import { describe, expect, test } from "vitest";
import { type PipelineSpec, createRng, decode, emulate, encodeArray, round, zooPipeline } from "../../src/index.js";
import { type PathName, ROTATION_PATHS } from "../../src/rope/emulate.js";

const SEED = 4409;
const ROWS = 2048;
type Rng = () => number;

/** bf16 values of magnitude 2^lo … 2^hi, both signs, 2% exact zeros of either sign. */
function bf16Values(rng: Rng, n: number, lo: number, hi: number): Float64Array {
  return Float64Array.from({ length: n }, () => {
    if (rng() < 0.02) return rng() < 0.5 ? 0 : -0;
    return round("bf16", (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(lo + rng() * (hi - lo)));
  });
}

/** fp16 values of magnitude 2^lo … 2^hi, both signs, 2% exact zeros of either sign. */
function fp16Values(rng: Rng, n: number, lo: number, hi: number): Float64Array {
  return Float64Array.from({ length: n }, () => {
    if (rng() < 0.02) return rng() < 0.5 ? 0 : -0;
    return round("fp16", (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(lo + rng() * (hi - lo)));
  });
}

/** Values of `format` spanning its range, with ±0, ±inf, NaN and the largest finite values in 1% of elements. */
function formatValues(rng: Rng, n: number, format: "bf16" | "fp16" | "fp32"): Float64Array {
  const max = { bf16: decode("bf16", 0x7f7f), fp16: 65504, fp32: decode("fp32", 0x7f7fffff) }[format];
  const specials = [0, -0, max, -max, Infinity, -Infinity, NaN, decode(format, 1)];
  return Float64Array.from({ length: n }, () => {
    if (rng() < 0.01) return specials[Math.floor(rng() * specials.length)]!;
    return round(format, (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(-10 + 20 * rng()));
  });
}

/** Positions of 8 heads each, from 0 to 2^24. */
function positions(rng: Rng, rows: number): Float64Array {
  const p = new Float64Array(rows);
  for (let r = 0; r < rows; r += 8) p.fill(Math.floor(2 ** (rng() * 24)) - 1, r, Math.min(rows, r + 8));
  return p;
}

interface Case {
  path: PathName;
  name: string;
  spec: PipelineSpec;
  headDim: number;
  /** The inputs (fp64 values on the format's grid) and whether to rotate them as bit patterns. */
  x: (rng: Rng, n: number) => Float64Array;
  bits?: true;
}

const hf = zooPipeline("hf");
const gptj: PipelineSpec = { ...hf, name: "hf-gptj", rope: { layout: "gptj", base: 10000 } };
const CASES: Case[] = [
  { path: "simd", name: "hf d=128", spec: hf, headDim: 128, x: (rng, n) => bf16Values(rng, n, -12, 12) },
  { path: "simd", name: "gptj, rotaryDim 64 < headDim 128", spec: { ...gptj, rope: { layout: "gptj", base: 500000, rotaryDim: 64 } }, headDim: 128, x: (rng, n) => bf16Values(rng, n, -12, 12) },
  { path: "simd", name: "hf@fp16 d=128 (per-op fp16)", spec: zooPipeline("hf@fp16"), headDim: 128, x: (rng, n) => fp16Values(rng, n, -14, 10) },
  { path: "simd", name: "xformers-rotary@fp16, gptj, d=64", spec: { ...zooPipeline("xformers-rotary@fp16"), rope: { layout: "gptj", base: 10000 } }, headDim: 64, x: (rng, n) => fp16Values(rng, n, -14, 10) },
  { path: "simd-fp32", name: "meta-llama (bf16, fp32 cache, no FMA: f32 route)", spec: zooPipeline("meta-llama"), headDim: 64, x: (rng, n) => formatValues(rng, n, "bf16") },
  { path: "simd-fp32", name: "onnxruntime-cpu@fp16 (fp16 cache, FMA first: f32 route)", spec: zooPipeline("onnxruntime-cpu@fp16"), headDim: 64, x: (rng, n) => formatValues(rng, n, "fp16") },
  { path: "simd-fp32", name: "onnxruntime-cpu@fp32 (fp32 cache, FMA first: f64 route), gptj", spec: zooPipeline("onnxruntime-cpu@fp32", { layout: "gptj" }), headDim: 64, x: (rng, n) => formatValues(rng, n, "fp32") },
  { path: "simd-fp32", name: "te-fused@fp16, rotaryDim 64 < headDim 96", spec: zooPipeline("te-fused@fp16", { rotaryDim: 64 }), headDim: 96, x: (rng, n) => formatValues(rng, n, "fp16") },
  { path: "simd-fp32", name: "flash-attn-triton (bf16 cache), yarn (attention factor ≠ 1)", spec: zooPipeline("flash-attn-triton", { scaling: { type: "yarn", factor: 16, originalMaxPositions: 4096 } }), headDim: 64, x: (rng, n) => formatValues(rng, n, "bf16") },
  { path: "simd-fp32-bits", name: "onnxruntime-cpu@fp16", spec: zooPipeline("onnxruntime-cpu@fp16"), headDim: 128, x: (rng, n) => formatValues(rng, n, "fp16"), bits: true },
  { path: "simd-fp32-bits", name: "te-fused (bf16, fp32 cache, FMA: f64 route), gptj", spec: zooPipeline("te-fused", { layout: "gptj" }), headDim: 64, x: (rng, n) => formatValues(rng, n, "bf16"), bits: true },
  { path: "simd-fp32-bits", name: "vllm-cuda@fp16, gptj, rotaryDim 32 < headDim 64", spec: zooPipeline("vllm-cuda@fp16", { layout: "gptj", rotaryDim: 32 }), headDim: 64, x: (rng, n) => formatValues(rng, n, "fp16"), bits: true },
  { path: "simd-cache", name: "meta-llama (bf16)", spec: zooPipeline("meta-llama"), headDim: 128, x: (rng, n) => formatValues(rng, n, "bf16") },
  { path: "simd-cache", name: "onnxruntime-cpu@fp16 (fp16 cache, FMA first)", spec: zooPipeline("onnxruntime-cpu@fp16"), headDim: 64, x: (rng, n) => formatValues(rng, n, "fp16") },
  { path: "simd-cache", name: "flash-attn-triton (bf16 cache), yarn (attention factor ≠ 1)", spec: zooPipeline("flash-attn-triton", { scaling: { type: "yarn", factor: 16, originalMaxPositions: 4096 } }), headDim: 128, x: (rng, n) => formatValues(rng, n, "bf16") },
  // ggml-cpu models glibc's sinf/cosf, not correctly rounded ones: simd-cache declines it, ts-fp32 takes it.
  { path: "ts-fp32", name: "ggml-cpu (chained θ, glibc trig, FMA)", spec: zooPipeline("ggml-cpu"), headDim: 128, x: (rng, n) => formatValues(rng, n, "fp32") },
  { path: "simd-bits", name: "hf d=128", spec: hf, headDim: 128, x: (rng, n) => bf16Values(rng, n, -12, 12), bits: true },
  { path: "simd-bits", name: "gptj d=64", spec: gptj, headDim: 64, x: (rng, n) => bf16Values(rng, n, -12, 12), bits: true },
  // The TypeScript bf16 path takes magnitudes from 2^−60 to 2^127, more than the SIMD kernels.
  { path: "ts-bf16", name: "hf d=128, magnitudes 2^−60 … 2^100", spec: hf, headDim: 128, x: (rng, n) => bf16Values(rng, n, -60, 100) },
  { path: "ts-bf16", name: "gptj d=64", spec: gptj, headDim: 64, x: (rng, n) => bf16Values(rng, n, -60, 100) },
  { path: "ts-bf16", name: "xformers-rotary (bf16 angle)", spec: zooPipeline("xformers-rotary"), headDim: 128, x: (rng, n) => bf16Values(rng, n, -20, 20) },
  { path: "ts-bf16", name: "hf d=64, rotaryDim 36 (half 18)", spec: zooPipeline("hf", { rotaryDim: 36 }), headDim: 64, x: (rng, n) => bf16Values(rng, n, -20, 20) },
  { path: "ts-fp32", name: "meta-llama (bf16)", spec: zooPipeline("meta-llama"), headDim: 128, x: (rng, n) => formatValues(rng, n, "bf16") },
  { path: "ts-fp32", name: "onnxruntime-cpu@fp32 (FMA first)", spec: zooPipeline("onnxruntime-cpu@fp32"), headDim: 64, x: (rng, n) => formatValues(rng, n, "fp32") },
  { path: "ts-fp32", name: "te-fused@fp16", spec: zooPipeline("te-fused@fp16"), headDim: 96, x: (rng, n) => formatValues(rng, n, "fp16") },
  { path: "reference", name: "hf@fp16 (per-op fp16)", spec: zooPipeline("hf@fp16"), headDim: 128, x: (rng, n) => formatValues(rng, n, "fp16") },
  { path: "reference", name: "hf (per-op bf16), gptj", spec: gptj, headDim: 64, x: (rng, n) => formatValues(rng, n, "bf16") },
];

/** Index of the first element whose patterns differ, or −1. */
function firstDifference(a: ArrayLike<number | bigint>, b: ArrayLike<number | bigint>): number {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

/** fp64 values as their 64-bit patterns (NaN payloads and zero signs compared). */
const patterns = (a: Float64Array): BigUint64Array => new BigUint64Array(a.buffer, a.byteOffset, a.length);

/**
 * The per-op rotation without FMA, element by element: ya = r(r(xa·c) − r(xb·s)), yb = r(r(xa·s) + r(xb·c)),
 * r = round(rotate format), then round(output format); elements beyond rotaryDim rounded to the output
 * format. c, s from trace (the cache row).
 */
function scalarRotation(spec: PipelineSpec, x: Float64Array, pos: Float64Array, d: number): Float64Array {
  const k = emulate(spec, { paths: [] });
  const rot = spec.rotate.format;
  const out = spec.output.format;
  const rd = spec.rope.rotaryDim ?? d;
  const half = rd / 2;
  const r = (v: number): number => round(out, round(rot, v));
  const y = new Float64Array(x.length);
  for (let row = 0; row < pos.length; row++) {
    const { cos, sin } = k.trace(pos[row]!, d);
    const o = row * d;
    for (let j = 0; j < half; j++) {
      const [a, b] = spec.rope.layout === "neox" ? [j, j + half] : [2 * j, 2 * j + 1];
      const xa = x[o + a]!;
      const xb = x[o + b]!;
      const c = cos[j]!;
      const s = sin[j]!;
      y[o + a] = r(round(rot, xa * c) - round(rot, xb * s));
      y[o + b] = r(round(rot, xa * s) + round(rot, xb * c));
    }
    for (let e = rd; e < d; e++) y[o + e] = round(out, x[o + e]!);
  }
  return y;
}

describe("rotation paths, each alone, against the reference", () => {
  test("every path in ROTATION_PATHS has a case here", () => {
    expect([...new Set(CASES.map((c) => c.path))].sort()).toEqual([...ROTATION_PATHS].sort());
  });

  test.each(CASES.map((c, i) => [`${c.path}: ${c.name}`, i] as const))("%s", (_label, index) => {
    const c = CASES[index]!;
    const rng = createRng(SEED + index);
    const x = c.x(rng, ROWS * c.headDim);
    const pos = positions(rng, ROWS);
    const alone = emulate(c.spec, { paths: [c.path] });
    const reference = emulate(c.spec, { paths: [] });
    let got: Float64Array | ArrayLike<number>;
    let want: Float64Array | ArrayLike<number>;
    if (c.bits) {
      const xb = encodeArray(c.spec.format, x) as Uint16Array;
      got = alone.rotateBits(xb, pos, c.headDim) as Uint16Array;
      want = reference.rotateBits(xb, pos, c.headDim) as Uint16Array;
    } else {
      got = alone.rotate(x, pos, c.headDim);
      want = c.path === "reference" ? scalarRotation(c.spec, x, pos, c.headDim) : reference.rotate(x, pos, c.headDim);
    }
    const i = got instanceof Float64Array ? firstDifference(patterns(got), patterns(want as Float64Array)) : firstDifference(got, want);
    if (i >= 0) throw new Error(`element ${i} (row ${Math.floor(i / c.headDim)}, x = ${x[i]}): ${got[i]} vs ${want[i]} (seed ${SEED + index})`);
    const stats = alone.pathStats();
    console.log(`${c.path}: ${c.name}: seed ${SEED + index}, rows ${JSON.stringify(stats.rows)}`);
    expect(stats.rows[c.path]).toBeGreaterThanOrEqual(1000);
    // Every row was rotated once, by this path or (for the SIMD paths' declined rows) by the reference.
    expect(Object.values(stats.rows).reduce((a, b) => a + b, 0)).toBe(ROWS);
    for (const other of ROTATION_PATHS) if (other !== c.path && other !== "reference") expect(stats.rows[other]).toBe(0);
    if (c.path !== "reference") expect(reference.pathStats().rows.reference).toBe(ROWS);
  });

  test("with every path enabled, each pipeline takes the first path of the list that accepts it", () => {
    const rng = createRng(SEED - 1);
    const x = bf16Values(rng, 64 * 128, -12, 12);
    const pos = positions(rng, 64);
    const first = (spec: PipelineSpec, options = {}): PathName[] => {
      const k = emulate(spec, options);
      k.rotate(x, pos, 128);
      return ROTATION_PATHS.filter((p) => k.pathStats().rows[p] > 0);
    };
    expect(first(hf)).toEqual(["simd"]);
    expect(first(hf, { simd: false })).toEqual(["ts-bf16"]);
    expect(first(hf, { fastPaths: false })).toEqual(["reference"]);
    expect(first(zooPipeline("meta-llama"))).toEqual(["simd-fp32"]);
    expect(first(zooPipeline("meta-llama"), { paths: ["simd-cache", "ts-fp32"] })).toEqual(["simd-cache"]);
    expect(first(zooPipeline("meta-llama"), { simd: false })).toEqual(["ts-fp32"]);
    expect(first(zooPipeline("hf@fp16"))).toEqual(["simd"]);
    expect(first(zooPipeline("hf@fp16"), { simd: false })).toEqual(["reference"]);
    expect(() => emulate(hf, { paths: ["warp" as PathName] })).toThrow(/^paths: /);
  });
});
