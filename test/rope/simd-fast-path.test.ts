/**
 * The WebAssembly SIMD path of bf16 per-op pipelines (src/rope/simd/, driven by host.ts) must equal
 * the scalar reference `emulate(spec, { fastPaths: false })` bit for bit (fp64 patterns, NaN payloads
 * and zero signs included), and so must `simd: false` (the TypeScript bf16 path where it takes the whole
 * call, which these inputs with specials mostly prevent: paths.test.ts runs that path alone). Over 10^6 output
 * elements: positions in every regime (0, small, 2^11 … 2^20, up to 2^31 − 1), batches whose positions
 * repeat (position-major, head-major) and batches where they do not; random bf16 inputs with rows that
 * hold ±0, subnormals, tiny and huge values, ±inf, NaN and values off the bf16 grid (which the fast paths
 * must decline); both layouts, rotaryDim < headDim, several bases and scalings (an attention factor ≠ 1
 * included), and pipelines that take each branch of the SIMD driver (angles in the kernel or in
 * TypeScript, fast trig or trigAt).
 */
import { describe, expect, test } from "vitest";
import { type PipelineSpec, createRng, decode, emulate, round, zooPipeline } from "../../src/index.js";
import { simdScratchBytes } from "../../src/rope/emulate.js";
import { KERNEL_DATA_BYTES, createKernelMemory, instantiateKernels } from "../../src/rope/simd/kernels.js";

const SEED = 9172;
type Rng = () => number;

/** Positions of every regime; `layout` decides how rows share them. */
function positionOf(rng: Rng): number {
  const u = rng();
  if (u < 0.03) return 0;
  if (u < 0.15) return Math.floor(rng() * 256);
  if (u < 0.75) return Math.floor(2 ** (11 + 9 * rng()));
  if (u < 0.97) return Math.floor(2 ** (20 + 11 * rng())) - 1;
  return [2 ** 31 - 1, 2 ** 24, 2 ** 24 + 1, 2 ** 20, 2048][Math.floor(rng() * 5)]!;
}

function positionsFor(rng: Rng, rows: number, sharing: "position-major" | "head-major" | "distinct"): Float64Array {
  const heads = 8;
  const p = new Float64Array(rows);
  if (sharing === "distinct") for (let r = 0; r < rows; r++) p[r] = positionOf(rng);
  else {
    const distinct = Array.from({ length: Math.ceil(rows / heads) }, () => positionOf(rng));
    for (let r = 0; r < rows; r++) p[r] = sharing === "position-major" ? distinct[Math.floor(r / heads)]! : distinct[r % distinct.length]!;
  }
  return p;
}

const BF16_MAX = decode("bf16", 0x7f7f);
/** Values a row may hold besides ordinary ones. */
const SPECIALS: readonly ((rng: Rng) => number)[] = [
  () => 0,
  () => -0,
  (rng) => decode("bf16", 1 + Math.floor(rng() * 0x7f)), // bf16 subnormal
  () => -decode("bf16", 0x0001),
  () => 2 ** -126, // smallest normal
  () => -(2 ** -70),
  () => BF16_MAX,
  () => -BF16_MAX,
  () => 2 ** 120,
  () => Infinity,
  () => -Infinity,
  () => NaN,
  () => Math.fround(1 + 2 ** -20), // off the bf16 grid (the Kernel contract excludes it; the fast paths must decline it)
  () => 2 ** -140, // 1 significant bit, below bf16's range
  () => 2 ** 200,
];

function inputs(rng: Rng, rows: number, d: number): Float64Array {
  const x = new Float64Array(rows * d);
  for (let r = 0; r < rows; r++) {
    const special = rng() < 0.1;
    for (let k = 0; k < d; k++) {
      const base = r * d + k;
      if (special && rng() < 0.1) x[base] = SPECIALS[Math.floor(rng() * SPECIALS.length)]!(rng);
      else if (rng() < 0.01) x[base] = rng() < 0.5 ? 0 : -0;
      else x[base] = round("bf16", (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(-12 + 24 * rng()));
    }
  }
  return x;
}

interface Case {
  name: string;
  spec: PipelineSpec;
  headDim: number;
  rows: number;
}

const hf = zooPipeline("hf");
const CASES: Case[] = [
  { name: "hf d=128", spec: hf, headDim: 128, rows: 1024 },
  { name: "hf base 500000, rotaryDim 64 < headDim 128", spec: zooPipeline("hf", { base: 500000, rotaryDim: 64 }), headDim: 128, rows: 512 },
  { name: "hf yarn ×16 (attention factor > 1)", spec: zooPipeline("hf", { scaling: { type: "yarn", factor: 16, originalMaxPositions: 4096 } }), headDim: 128, rows: 512 },
  { name: "hf yarn, mscale 0.707 (attention factor < 1)", spec: zooPipeline("hf", { scaling: { type: "yarn", factor: 32, originalMaxPositions: 4096, mscale: 0.707, mscaleAllDim: 0.707 } }), headDim: 128, rows: 256 },
  { name: "hf linear ×4, base 1e6", spec: zooPipeline("hf", { base: 1e6, scaling: { type: "linear", factor: 4 } }), headDim: 128, rows: 256 },
  { name: "hf llama3", spec: zooPipeline("hf", { base: 500000, scaling: { type: "llama3", factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192 } }), headDim: 128, rows: 256 },
  { name: "hf ntk d=64", spec: zooPipeline("hf", { scaling: { type: "ntk", factor: 8 } }), headDim: 64, rows: 512 },
  { name: "hf d=96", spec: hf, headDim: 96, rows: 512 },
  { name: "hf d=80, rotaryDim 40", spec: zooPipeline("hf", { rotaryDim: 40 }), headDim: 80, rows: 512 },
  { name: "hf d=64, rotaryDim 36 (half 18: not covered by the kernels)", spec: zooPipeline("hf", { rotaryDim: 36 }), headDim: 64, rows: 128 },
  { name: "hf-bf16-positions", spec: zooPipeline("hf-bf16-positions"), headDim: 128, rows: 512 },
  { name: "hf-tf32-angle", spec: zooPipeline("hf-tf32-angle"), headDim: 128, rows: 512 },
  { name: "vllm-legacy", spec: zooPipeline("vllm-legacy"), headDim: 128, rows: 256 },
  { name: "xformers-rotary (bf16 angle: angles in TypeScript)", spec: zooPipeline("xformers-rotary"), headDim: 128, rows: 512 },
  { name: "gptj layout", spec: { ...hf, name: "hf-gptj", rope: { layout: "gptj", base: 10000 } }, headDim: 128, rows: 1024 },
  { name: "gptj, rotaryDim 64 < headDim 128, base 500000", spec: { ...hf, name: "hf-gptj-64", rope: { layout: "gptj", base: 500000, rotaryDim: 64 } }, headDim: 128, rows: 256 },
  { name: "fp64 angle (kernel trig on fp64 angles)", spec: { ...hf, name: "hf-fp64-angle", angle: { format: "fp64" } }, headDim: 128, rows: 512 },
  { name: "fp64 trig (trigAt in TypeScript)", spec: { ...hf, name: "hf-fp64-trig", trig: { format: "fp64" } }, headDim: 128, rows: 256 },
  { name: "linear scaling on positions", spec: { ...zooPipeline("hf", { scaling: { type: "linear", factor: 4 } }), name: "hf-pos-linear", linearScaling: "position" }, headDim: 128, rows: 256 },
  { name: "chained invFreq (ggml-style θ)", spec: { ...hf, name: "hf-chained", invFreq: { format: "fp32", method: "chained" } }, headDim: 128, rows: 256 },
];

/** Index of the first element whose fp64 patterns differ, or −1. */
function firstDifference(a: Float64Array, b: Float64Array): number {
  const wa = new BigUint64Array(a.buffer, a.byteOffset, a.length);
  const wb = new BigUint64Array(b.buffer, b.byteOffset, b.length);
  for (let i = 0; i < a.length; i++) if (wa[i] !== wb[i]) return i;
  return -1;
}

describe("bf16 SIMD path: bit-identical to the scalar reference", () => {
  test("WebAssembly SIMD is available here (otherwise these tests would only exercise the fallbacks)", () => {
    expect(instantiateKernels()).not.toBeNull();
  });

  let total = 0;
  test.each(CASES.map((c, i) => [c.name, i] as const))("%s", (_name, index) => {
    const c = CASES[index]!;
    const rng = createRng(SEED + index);
    const simd = emulate(c.spec);
    const typescript = emulate(c.spec, { simd: false });
    const reference = emulate(c.spec, { fastPaths: false });
    for (const sharing of ["position-major", "head-major", "distinct"] as const) {
      const rows = sharing === "position-major" ? c.rows : c.rows / 4;
      const x = inputs(rng, rows, c.headDim);
      const positions = positionsFor(rng, rows, sharing);
      const want = reference.rotate(x, positions, c.headDim);
      for (const [label, k] of [
        ["simd", simd],
        ["typescript", typescript],
      ] as const) {
        const got = k.rotate(x, positions, c.headDim);
        const i = firstDifference(got, want);
        if (i >= 0) {
          const row = Math.floor(i / c.headDim);
          throw new Error(`${label} ${sharing}: element ${i} (row ${row}, position ${positions[row]}, x = ${x[i]}): ${got[i]} vs reference ${want[i]} (seed ${SEED + index})`);
        }
      }
      total += x.length;
    }
    const stats = simd.pathStats();
    const { rows, fallbackRows: fallback, recomputedLanes: recomputed } = stats.simd;
    expect(stats.rows.simd).toBe(rows - fallback);
    console.log(`${c.name}: seed ${SEED + index}, ${rows} rows through the kernels, ${fallback} handed to the reference, ${recomputed} cos/sin lanes recomputed`);
    if (c.spec.rope.rotaryDim === 36) expect(rows).toBe(0);
    else expect(fallback / rows).toBeLessThan(0.35); // about 10% of rows hold specials, plus bad cache rows
  });

  test("covered at least 10^6 output elements", () => {
    console.log(`bf16 SIMD bit-identity: ${total} output elements compared`);
    expect(total).toBeGreaterThanOrEqual(1_000_000);
  });

  test("rows of ordinary values go through the kernels; rows with inf, NaN or off-grid values do not", () => {
    const d = 128;
    const x = Float64Array.from({ length: 4 * d }, (_, k) => round("bf16", Math.sin(k) * 3));
    x[d + 5] = Infinity;
    x[2 * d + 70] = NaN;
    x[3 * d + 1] = Math.fround(1 + 2 ** -20);
    const positions = Float64Array.of(5, 5, 5, 5);
    const k = emulate(hf);
    const got = k.rotate(x, positions, d);
    const stats = k.pathStats();
    expect(stats.simd.rows).toBe(4);
    expect(stats.simd.fallbackRows).toBe(3);
    expect(stats.rows).toEqual({ simd: 1, "simd-bits": 0, "simd-fp32": 0, "simd-fp32-bits": 0, "simd-cache": 0, "ts-bf16": 0, "ts-fp32": 0, reference: 3 });
    expect(firstDifference(got, emulate(hf, { fastPaths: false }).rotate(x, positions, d))).toBe(-1);
  });

  test("a position 0 row (sin = 0: cos/sin lanes recomputed by Math.cos/Math.sin) and the largest position", () => {
    const d = 128;
    const x = Float64Array.from({ length: 2 * d }, (_, k) => round("bf16", Math.cos(k) * 2));
    const positions = Float64Array.of(0, 2 ** 31 - 1);
    const k = emulate(hf);
    const got = k.rotate(x, positions, d);
    expect(k.pathStats().simd.recomputedLanes).toBeGreaterThan(0);
    expect(firstDifference(got, emulate(hf, { fastPaths: false }).rotate(x, positions, d))).toBe(-1);
  });

  test("rotate(…, out) on SharedArrayBuffer-backed arrays (as the bench's workers use them)", () => {
    const d = 128;
    const n = 300;
    const rng = createRng(SEED - 1);
    const x = new Float64Array(new SharedArrayBuffer(n * d * 8));
    x.set(inputs(rng, n, d));
    const positions = positionsFor(rng, n, "position-major");
    const out = new Float64Array(new SharedArrayBuffer(n * d * 8));
    emulate(hf).rotate(x, positions, d, out);
    expect(firstDifference(out, emulate(hf, { fastPaths: false }).rotate(x, positions, d))).toBe(-1);
  });

  test("in place on a shared kernel memory (EmulateOptions.simdMemory), both layouts; arrays reaching into the kernel's region fall back", () => {
    const d = 128;
    const n = 700;
    const rng = createRng(SEED - 2);
    const scratchBytes = simdScratchBytes(d);
    const memory = createKernelMemory(scratchBytes + 3 * n * d * 8 + 64);
    expect(memory).not.toBeNull();
    const scratch = KERNEL_DATA_BYTES;
    const xOff = scratch + scratchBytes;
    const x = new Float64Array(memory!.buffer, xOff, n * d);
    const out = new Float64Array(memory!.buffer, xOff + n * d * 8, n * d);
    for (const spec of [hf, { ...hf, name: "hf-gptj", rope: { layout: "gptj" as const, base: 10000 } }, zooPipeline("hf", { rotaryDim: 64 })]) {
      x.set(inputs(rng, n, d));
      const positions = positionsFor(rng, n, "position-major");
      const want = emulate(spec, { fastPaths: false }).rotate(x, positions, d);
      const k = emulate(spec, { simdMemory: { memory: memory!, scratch, bytes: scratchBytes } });
      expect(k.rotate(x, positions, d, out)).toBe(out);
      expect(k.pathStats().simd.rows).toBe(n);
      expect(firstDifference(out, want)).toBe(-1);
      // x in place, out a plain array; and the reverse.
      expect(firstDifference(k.rotate(x, positions, d), want)).toBe(-1);
      const plainX = new Float64Array(x);
      out.fill(0);
      k.rotate(plainX, positions, d, out);
      expect(firstDifference(out, want)).toBe(-1);
    }
    // An array overlapping the kernel's region is not used in place (nor copied through it): TypeScript path.
    const inRegion = new Float64Array(memory!.buffer, scratch + 4096, 2 * d);
    inRegion.set(Float64Array.from({ length: 2 * d }, (_, i) => round("bf16", Math.sin(i))));
    const positions = Float64Array.of(3, 4);
    const want = emulate(hf, { fastPaths: false }).rotate(new Float64Array(inRegion), positions, d);
    const k = emulate(hf, { simdMemory: { memory: memory!, scratch, bytes: scratchBytes } });
    const got = k.rotate(inRegion, positions, d);
    expect(k.pathStats().simd.rows).toBe(0);
    expect(k.pathStats().rows["ts-bf16"]).toBe(2);
    expect(firstDifference(got, want)).toBe(-1);
  });

  test("out may share x's buffer but not overlap x; simdMemory regions are checked", () => {
    const d = 8;
    const buf = new Float64Array(4 * d);
    const x = buf.subarray(0, 2 * d);
    x.set(Float64Array.from({ length: 2 * d }, (_, i) => round("bf16", i / 3)));
    const k = emulate(hf);
    const want = emulate(hf, { fastPaths: false }).rotate(new Float64Array(x), Float64Array.of(1, 2), d);
    expect(firstDifference(k.rotate(x, Float64Array.of(1, 2), d, buf.subarray(2 * d)), want)).toBe(-1);
    expect(() => k.rotate(x, Float64Array.of(1, 2), d, buf.subarray(d, 3 * d))).toThrow(/^out: /);
    const memory = createKernelMemory(1 << 16)!;
    expect(() => emulate(hf, { simdMemory: { memory, scratch: 0, bytes: 1024 } })).toThrow(/^simdMemory: /);
    expect(() => emulate(hf, { simdMemory: { memory, scratch: KERNEL_DATA_BYTES, bytes: 1 << 20 } })).toThrow(/^simdMemory: /);
  });
});
