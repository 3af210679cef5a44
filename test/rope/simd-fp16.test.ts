/**
 * The WebAssembly SIMD path of fp16 per-op pipelines (rotateFp16*, cacheFp16 in src/rope/simd/rotation.ts)
 * must equal the scalar reference `emulate(spec, { fastPaths: false })` bit for bit (fp64 patterns, zero
 * signs and NaN payloads included), on inputs that hold every kind of fp16 value: ±0, subnormals, the
 * smallest normal, values next to 65504 (whose rotations overflow to ±inf in the reference), ±inf, NaN,
 * and values off the fp16 grid, which the kernels must decline. The counters say the kernels ran.
 *
 * The fp16 rounding the kernels use (Veltkamp's split with C = 2^13 + 1 above 2^−14, (v + 0.75) − 0.75
 * below) is checked first, as a formula in f32 arithmetic (Math.fround of exact fp64 operations), against
 * roundArray("fp16") on every f32 of several binades.
 */
import { describe, expect, test } from "vitest";
import { type PipelineSpec, createRng, emulate, encodeArray, round, roundArray, zooPipeline } from "../../src/index.js";
import { simdScratchBytes } from "../../src/rope/emulate.js";
import { KERNEL_DATA_BYTES, createKernelMemory, instantiateKernels } from "../../src/rope/simd/kernels.js";

const SEED = 6203;
type Rng = () => number;

/** The kernels' RNE to fp16 of an f32 value v (|v| ≤ 65504), in f32 arithmetic. */
function fp16Formula(v: number): number {
  const f = Math.fround;
  if (Math.abs(v) >= 2 ** -14) {
    const g = f(v * 8193);
    return f(g - f(g - v));
  }
  const t = f(f(v + 0.75) - 0.75);
  return v < 0 || Object.is(v, -0) ? -Math.abs(t) : t;
}

describe("the kernels' fp16 rounding formula", () => {
  test("equals roundArray(fp16) on every f32 of seven binades (2^−26 … 2^−24, 2^−15, 2^−14, 1, 2^14) and [2^15, 65504], both signs", () => {
    const binades = [-26, -25, -24, -15, -14, 0, 14];
    const n = 2 ** 23;
    const v = new Float64Array(n);
    const want = new Float64Array(n);
    let bad = 0;
    let checked = 0;
    for (const e of binades)
      for (const sign of [1, -1]) {
        for (let m = 0; m < n; m++) v[m] = sign * 2 ** e * (1 + m / n);
        roundArray("fp16", v, want);
        for (let m = 0; m < n; m++) if (!Object.is(fp16Formula(v[m]!), want[m]!)) bad++;
        checked += n;
      }
    // The top binade up to 65504 (above, the kernels never round: the row bound excludes it).
    for (let m = 0; m < n; m++) {
      const x = 2 ** 15 * (1 + m / n);
      if (x > 65504) break;
      if (!Object.is(fp16Formula(x), round("fp16", x))) bad++;
      checked++;
    }
    for (const z of [0, -0]) expect(Object.is(fp16Formula(z), z)).toBe(true);
    console.log(`fp16 rounding formula: ${checked} f32 values checked`);
    expect(checked).toBeGreaterThan(14 * n);
    expect(bad).toBe(0);
  });
});

const FP16_MAX = 65504;
const SPECIALS: readonly ((rng: Rng) => number)[] = [
  () => 0,
  () => -0,
  (rng) => (1 + Math.floor(rng() * 1023)) * 2 ** -24, // fp16 subnormal
  () => -(2 ** -24),
  () => 2 ** -14, // smallest normal
  () => FP16_MAX,
  () => -FP16_MAX,
  () => 40000,
  () => Infinity,
  () => -Infinity,
  () => NaN,
  () => 1 + 2 ** -12, // off the fp16 grid
  () => 2 ** -30, // 1 significant bit, below fp16's range
  () => 2 ** 20,
];

/** fp16 inputs: ordinary values 2^−14 … 2^10; a tenth of the rows hold specials; some rows are large enough to overflow. */
function inputs(rng: Rng, rows: number, d: number): Float64Array {
  const x = new Float64Array(rows * d);
  for (let r = 0; r < rows; r++) {
    const special = rng() < 0.1;
    const top = rng() < 0.05 ? 16 : 10; // rows whose products reach past 2^15: the overflow bound declines them
    for (let k = 0; k < d; k++) {
      const i = r * d + k;
      if (special && rng() < 0.1) x[i] = SPECIALS[Math.floor(rng() * SPECIALS.length)]!(rng);
      else if (rng() < 0.01) x[i] = rng() < 0.5 ? 0 : -0;
      else x[i] = round("fp16", (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(-14 + (top + 14) * rng()));
    }
  }
  return x;
}

function positionsFor(rng: Rng, rows: number): Float64Array {
  const p = new Float64Array(rows);
  for (let r = 0; r < rows; r += 8) {
    const u = rng();
    p.fill(u < 0.05 ? 0 : Math.floor(2 ** (rng() * (u < 0.9 ? 17 : 31))) - 1, r, Math.min(rows, r + 8));
  }
  return p;
}

function firstDifference(a: Float64Array, b: Float64Array): number {
  const wa = new BigUint64Array(a.buffer, a.byteOffset, a.length);
  const wb = new BigUint64Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < a.length; i++) if (wa[i] !== wb[i]) return i;
  return -1;
}

const hf16 = zooPipeline("hf@fp16");
/** cacheTrig: the cache values come from trigFp16 (attention factor 1, fp32 angles computed in the kernel). */
const CASES: { name: string; spec: PipelineSpec; headDim: number; rows: number; cacheTrig?: boolean }[] = [
  { name: "hf@fp16 d=128", spec: hf16, headDim: 128, rows: 2048, cacheTrig: true },
  { name: "hf@fp16 gptj", spec: { ...hf16, name: "hf16-gptj", rope: { layout: "gptj", base: 10000 } }, headDim: 128, rows: 1024, cacheTrig: true },
  { name: "hf@fp16 rotaryDim 64 < headDim 128, base 500000", spec: zooPipeline("hf@fp16", { base: 500000, rotaryDim: 64 }), headDim: 128, rows: 1024, cacheTrig: true },
  { name: "hf@fp16 yarn ×16 (attention factor > 1)", spec: zooPipeline("hf@fp16", { scaling: { type: "yarn", factor: 16, originalMaxPositions: 4096 } }), headDim: 128, rows: 1024 },
  { name: "hf-bf16-positions@fp16", spec: zooPipeline("hf-bf16-positions@fp16"), headDim: 64, rows: 1024, cacheTrig: true },
  { name: "vllm-legacy@fp16", spec: zooPipeline("vllm-legacy@fp16"), headDim: 96, rows: 1024, cacheTrig: true },
  { name: "xformers-rotary@fp16 (fp16 angle: angles in TypeScript)", spec: zooPipeline("xformers-rotary@fp16"), headDim: 128, rows: 1024 },
  { name: "hf@fp16, fp64 trig (trigAt in TypeScript)", spec: { ...hf16, name: "hf16-fp64-trig", trig: { format: "fp64" } }, headDim: 128, rows: 512 },
];

describe("fp16 SIMD path: bit-identical to the scalar reference", () => {
  test("WebAssembly SIMD is available here", () => {
    expect(instantiateKernels()).not.toBeNull();
  });

  let total = 0;
  test.each(CASES.map((c, i) => [c.name, i] as const))("%s", (_name, index) => {
    const c = CASES[index]!;
    const rng = createRng(SEED + index);
    const simd = emulate(c.spec);
    const reference = emulate(c.spec, { fastPaths: false });
    const x = inputs(rng, c.rows, c.headDim);
    const positions = positionsFor(rng, c.rows);
    const want = reference.rotate(x, positions, c.headDim);
    const got = simd.rotate(x, positions, c.headDim);
    const i = firstDifference(got, want);
    if (i >= 0) {
      const row = Math.floor(i / c.headDim);
      throw new Error(`element ${i} (row ${row}, position ${positions[row]}, x = ${x[i]}): ${got[i]} vs reference ${want[i]} (seed ${SEED + index})`);
    }
    total += x.length;
    const stats = simd.pathStats();
    const { rows, fallbackRows } = stats.simd;
    console.log(`${c.name}: seed ${SEED + index}, ${rows} rows through the kernels, ${fallbackRows} handed to the reference`);
    expect(rows).toBe(c.rows);
    expect(stats.rows.simd).toBe(rows - fallbackRows);
    expect(stats.rows.simd).toBeGreaterThan(c.rows / 2);
    expect(fallbackRows).toBeGreaterThan(0); // the specials and the overflowing rows
    // With attention factor 1 and angles fround(p·θ) in the kernel, the cache values come from trigFp16
    // (no cache stage); else from cacheFp16.
    if (c.cacheTrig) expect(stats.simd.cacheTrigLanes).toBe(stats.simd.trigLanes);
    else expect(stats.simd.cacheTrigLanes).toBe(0);
  });

  test("covered at least 10^6 output elements", () => {
    expect(total).toBeGreaterThanOrEqual(1_000_000);
  });

  test("overflow: a row whose products reach 65504 goes to the reference, which rounds it to ±inf", () => {
    const d = 8;
    const x = Float64Array.of(60000, 60000, 60000, 60000, 60000, 60000, 60000, 60000, 1, 2, 3, 4, 5, 6, 7, 8);
    const positions = Float64Array.of(1, 1);
    const k = emulate(hf16);
    const got = k.rotate(x, positions, d);
    expect(k.pathStats().simd.fallbackRows).toBe(1);
    expect(k.pathStats().rows.simd).toBe(1);
    expect(got.subarray(0, d).some((v) => !Number.isFinite(v))).toBe(true);
    expect(firstDifference(got, emulate(hf16, { fastPaths: false }).rotate(x, positions, d))).toBe(-1);
  });

  test("in place on a shared kernel memory (the fp64-output kernels), both layouts", () => {
    const d = 128;
    const n = 600;
    const rng = createRng(SEED - 1);
    const scratchBytes = simdScratchBytes(d);
    const memory = createKernelMemory(scratchBytes + 2 * n * d * 8 + 64);
    expect(memory).not.toBeNull();
    const scratch = KERNEL_DATA_BYTES;
    const x = new Float64Array(memory!.buffer, scratch + scratchBytes, n * d);
    const out = new Float64Array(memory!.buffer, scratch + scratchBytes + n * d * 8, n * d);
    for (const spec of [hf16, { ...hf16, name: "hf16-gptj", rope: { layout: "gptj" as const, base: 10000 } }]) {
      x.set(inputs(rng, n, d));
      const positions = positionsFor(rng, n);
      const want = emulate(spec, { fastPaths: false }).rotate(x, positions, d);
      const k = emulate(spec, { simdMemory: { memory: memory!, scratch, bytes: scratchBytes } });
      expect(k.rotate(x, positions, d, out)).toBe(out);
      expect(k.pathStats().rows.simd).toBeGreaterThan(n / 2);
      expect(firstDifference(out, want)).toBe(-1);
    }
  });

  test("rotateBits on fp16 patterns goes through the SIMD path on decoded blocks and equals the reference", () => {
    const d = 128;
    const n = 512;
    const rng = createRng(SEED - 2);
    const x = inputs(rng, n, d).map((v) => round("fp16", v));
    const positions = positionsFor(rng, n);
    const k = emulate(hf16);
    const xb = encodeArray("fp16", x) as Uint16Array;
    const got = k.rotateBits(xb, positions, d) as Uint16Array;
    const want = emulate(hf16, { fastPaths: false }).rotateBits(xb, positions, d) as Uint16Array;
    expect(Array.from(got)).toEqual(Array.from(want));
    expect(k.pathStats().rows["simd-bits"]).toBe(0);
    expect(k.pathStats().rows.simd).toBeGreaterThan(n / 2);
  });
});
