/**
 * rotateBitsNeoxScaled and scaleCache (src/rope/simd/rotation-scaled.ts):
 *  - the rounding it rests on, r(x·c) = fl(x·cC) − x·c16 with cC = c·(2^16 + 1) and c16 = c·2^16 in f32,
 *    equals RNE to bf16 of the exact product (the formats module's round("bf16")) for every pair of bf16
 *    significands, both signs, at the extreme exponents the kernel accepts and in between; and cC, c16
 *    are exact in f32 for every bf16 c (their f64 products survive Math.fround);
 *  - scaleCache stores them exactly, each group of eight lanes in the fast loop's order (even lanes, then
 *    odd lanes);
 *  - rotateBits takes it (counted in scaledRows) and stays bit-identical to the reference on ordinary
 *    rows, on rows with ±0 (which the fast loop hands back to the Veltkamp code, because there the sign
 *    of a zero product matters: −0 inputs at position 0, where sin = 0) and with values below 2^−50, and
 *    on rows with infinities and NaNs (listed, rotated by the reference).
 */
import { describe, expect, test } from "vitest";
import { createRng, emulate, round, zooPipeline } from "../../src/index.js";
import { KERNEL_DATA_BYTES, instantiateKernels } from "../../src/rope/simd/kernels.js";

const SEED = 20261208;
const C = 2 ** 16 + 1;
const TWO16 = 2 ** 16;

/** The bf16 value with this sign, 7-bit fraction and exponent (normal). */
const bf16 = (sign: number, frac: number, e: number): number => (sign ? -1 : 1) * (1 + frac / 128) * 2 ** e;

describe("rotateBitsNeoxScaled", () => {
  test("fl(x·cC) − x·c16 is RNE_bf16(x·c) for every pair of bf16 significands", () => {
    const exps: [number, number][] = [
      [-50, -50],
      [-50, 7],
      [95, -50],
      [95, 7],
      [0, 0],
      [13, -20],
    ];
    let checked = 0;
    for (const [ex, ec] of exps)
      for (let fx = 0; fx < 128; fx++)
        for (let fc = 0; fc < 128; fc++)
          for (const sx of [0, 1])
            for (const sc of [0, 1]) {
              const x = bf16(sx, fx, ex);
              const c = bf16(sc, fc, ec);
              const cC = Math.fround(c * C);
              const c16 = Math.fround(c * TWO16);
              if (cC !== c * C || c16 !== c * TWO16) throw new Error(`c = ${c}: cC or c16 not exact in f32`);
              // x·cC has at most 8 + 24 bits: exact in fp64, so fround gives the f32 product.
              const got = Math.fround(Math.fround(x * cC) - Math.fround(x * c16));
              const want = round("bf16", x * c);
              if (!Object.is(got, want)) throw new Error(`x = ${x}, c = ${c}: ${got}, want ${want}`);
              checked++;
            }
    expect(checked).toBe(6 * 128 * 128 * 4);
  });

  test("scaleCache: cC, c16, sC, s16 exact, each group of eight lanes stored even lanes first, then odd", () => {
    const k = instantiateKernels();
    if (k === null) throw new Error("WebAssembly SIMD is unavailable here: this test needs it");
    const rng = createRng(SEED + 2);
    const n = 24; // three groups of eight
    const COS = KERNEL_DATA_BYTES;
    const sinDelta = 4 * n;
    const scaled = 2 * sinDelta;
    const f32 = new Float32Array(k.memory.buffer);
    const cos = Array.from({ length: n }, () => round("bf16", rng() * 2 - 1));
    const sin = Array.from({ length: n }, () => round("bf16", rng() * 2 - 1));
    f32.set(cos, COS / 4);
    f32.set(sin, (COS + sinDelta) / 4);
    k.scaleCache(COS, n, scaled, sinDelta);
    // Lane i of the stored order holds value order[i] of its group: 0 2 4 6 1 3 5 7.
    const order = [0, 2, 4, 6, 1, 3, 5, 7];
    const want = (values: number[], factor: number): number[] => values.map((_, i) => values[8 * Math.floor(i / 8) + order[i % 8]!]! * factor);
    const at = (q: number): number[] => Array.from(f32.subarray((COS + scaled + q * sinDelta) / 4, (COS + scaled + q * sinDelta) / 4 + n));
    expect(at(0)).toEqual(want(cos, C));
    expect(at(1)).toEqual(want(cos, TWO16));
    expect(at(2)).toEqual(want(sin, C));
    expect(at(3)).toEqual(want(sin, TWO16));
  });

  const d = 128;
  const hf = zooPipeline("hf");
  const bits = (v: number): number => {
    const f = new Float32Array([v]);
    return new Uint16Array(f.buffer)[1]!;
  };

  test("rotateBits: the scaled kernel ran, bit-identical on ordinary rows, ±0, tiny values, inf and NaN", () => {
    console.log(`rotateBitsNeoxScaled: seed ${SEED}`);
    const rng = createRng(SEED);
    const rows = 700;
    const positions = new Float64Array(rows);
    for (let r = 0; r < rows; r++) positions[r] = r < 40 ? 0 : r % 8 === 0 ? Math.floor(rng() * 2 ** 20) : positions[r - 1]!;
    const x = new Uint16Array(rows * d);
    for (let e = 0; e < x.length; e++) x[e] = bits(round("bf16", (rng() - 0.5) * 2 ** (1 + Math.floor(rng() * 8))));
    // Zeros of both signs, in both halves of pairs (rows 0–39 sit at position 0, where sin = 0).
    for (let r = 0; r < 60; r++) for (let q = 0; q < 6; q++) x[r * d + Math.floor(rng() * d)] = rng() < 0.5 ? 0x8000 : 0;
    for (let r = 0; r < 10; r++) for (let j = 0; j < d / 2; j++) if (rng() < 0.5) x[r * d + j] = x[r * d + j + d / 2] = 0x8000;
    x[100 * d + 3] = 0x0001; // a subnormal: below 2^−50
    x[101 * d + 70] = 0x2000; // 2^−63
    x[102 * d + 5] = 0x7f80; // +inf
    x[103 * d + 90] = 0x7fc0; // NaN
    const simd = emulate(hf);
    const got = simd.rotateBits(x, positions, d) as Uint16Array;
    const want = emulate(hf, { fastPaths: false }).rotateBits(x, positions, d) as Uint16Array;
    for (let e = 0; e < x.length; e++) if (got[e] !== want[e]) throw new Error(`element ${e} (row ${Math.floor(e / d)}, x 0x${x[e]!.toString(16)}): 0x${got[e]!.toString(16)}, want 0x${want[e]!.toString(16)}`);
    const stats = simd.pathStats();
    expect(stats.simd.scaledRows).toBe(rows);
    // Zero rows are redone by the kernel itself; only the four rows with tiny, inf or NaN values go to the reference.
    expect(stats.simd.fallbackRows).toBe(4);
    expect(stats.rows["simd-bits"]).toBe(rows - 4);
  });

  test("head dims whose half is not a multiple of 8 keep rotateBitsNeox", () => {
    const rng = createRng(SEED + 1);
    const d12 = 24; // half = 12: a multiple of 4 (the SIMD path), not of 8
    const x = new Uint16Array(16 * d12);
    for (let e = 0; e < x.length; e++) x[e] = bits(round("bf16", rng() - 0.5));
    const positions = Float64Array.from({ length: 16 }, (_, r) => r * 3);
    const k = emulate(hf);
    const got = k.rotateBits(x, positions, d12) as Uint16Array;
    expect(Array.from(got)).toEqual(Array.from(emulate(hf, { fastPaths: false }).rotateBits(x, positions, d12) as Uint16Array));
    expect(k.pathStats().simd.scaledRows).toBe(0);
    expect(k.pathStats().rows["simd-bits"]).toBe(16);
  });
});
