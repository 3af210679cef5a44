/**
 * The row kernels' certified exp (src/attention/simd/row-kernels.ts):
 *  - the raw fp64 exp against decimal.js's exp at 60 digits (an independent reference: the input's exact
 *    binary value, built from its integer significand and exponent) on every binade edge of fp32 x in
 *    [−110, −2^−30], on the reduction's rounding boundaries (x near (k + ½)·ln 2) and on random x: its
 *    relative error must stay below EXP_ERROR_BOUND, the bound the certification is built on;
 *  - expF32's stored lanes against Math.fround(Math.exp(x)) on 2^16 evenly spaced fp32 values of every
 *    binade of x from −2^−30 to −110 plus 512 at each binade's ends, −0, −∞ and values past −110: every
 *    lane of a certified group equals it, and uncertified groups are rare. (bench/exp-exhaustive.ts checks
 *    every fp32 x in [−104, −2^−26] the same way, once: too long for the suite.)
 */
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { createRng } from "../../src/index.js";
import { EXP_ERROR_BOUND, EXP_LN2_HI, EXP_MARGIN, ROW_KERNEL_DATA_BYTES, instantiateRowKernels } from "../../src/attention/simd/row-kernels.js";

const D = Decimal.clone({ precision: 60 });
const k = instantiateRowKernels()!;

/** The exact value of a double as a Decimal (significand × 2^exponent, both integers). */
function exact(x: number): Decimal {
  if (x === 0) return new D(0);
  const b = new DataView(new ArrayBuffer(8));
  b.setFloat64(0, x);
  const hi = b.getUint32(0);
  const lo = b.getUint32(4);
  const e = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  if (e !== 0) m |= 1n << 52n;
  const sign = hi >>> 31 ? -1 : 1;
  return new D(m.toString()).times(new D(2).pow(Math.max(e, 1) - 1075)).times(sign);
}

function ensure(bytes: number): void {
  const have = k.memory.buffer.byteLength;
  if (have < bytes) k.memory.grow(Math.ceil((bytes - have) / 65536));
}

function rawExp(xs: Float64Array): Float64Array {
  const n = xs.length + (xs.length & 1);
  const X = ROW_KERNEL_DATA_BYTES;
  const OUT = X + n * 8;
  ensure(OUT + n * 8);
  const f64 = new Float64Array(k.memory.buffer);
  f64.fill(0, X / 8, X / 8 + n);
  f64.set(xs, X / 8);
  k.expRawF64(X, n, OUT);
  return new Float64Array(k.memory.buffer).slice(OUT / 8, OUT / 8 + xs.length);
}

/** fp32 x values: every binade's edges from 2^−30 to 110, rounding boundaries of the reduction, random. */
function edgeInputs(): Float64Array {
  const xs: number[] = [];
  const f32 = new Float32Array(1);
  const u32 = new Uint32Array(f32.buffer);
  for (let e = -30; e <= 6; e++) {
    f32[0] = -(2 ** e);
    const p = u32[0]!;
    for (let d = -8; d <= 8; d++) {
      u32[0] = p + d;
      if (-f32[0]! <= 110) xs.push(f32[0]!);
    }
  }
  for (let kk = 0; kk <= 158; kk++) {
    f32[0] = -(kk + 0.5) * EXP_LN2_HI;
    const p = u32[0]!;
    for (let d = -4; d <= 4; d++) {
      u32[0] = p + d;
      xs.push(f32[0]!);
    }
  }
  const rng = createRng(77);
  for (let n = 0; n < 4000; n++) xs.push(Math.fround(-110 * rng() ** 3));
  return Float64Array.from(xs);
}

describe("the row kernels' exp", () => {
  test("raw fp64 exp within EXP_ERROR_BOUND of decimal.js's exp (60 digits)", () => {
    const xs = edgeInputs();
    const got = rawExp(xs);
    let worst = 0;
    for (let n = 0; n < xs.length; n++) {
      const want = exact(xs[n]!).exp();
      const rel = exact(got[n]!).minus(want).abs().div(want).toNumber();
      worst = Math.max(worst, rel);
    }
    console.log(`${xs.length} x values: max relative error of the raw exp 2^${Math.log2(worst).toFixed(1)} (bound 2^${Math.log2(EXP_ERROR_BOUND)})`);
    expect(worst).toBeLessThan(EXP_ERROR_BOUND);
    expect(EXP_MARGIN).toBeGreaterThanOrEqual(EXP_ERROR_BOUND + 2 ** -52 + 2 ** -52);
  });

  test("expF32's certified lanes equal Math.fround(Math.exp(x)) on dense samples of every binade", () => {
    const f32 = new Float32Array(1);
    const u32 = new Uint32Array(f32.buffer);
    const xs: number[] = [-0, 0, -Infinity, -110, -111, -200, -3e38, -(2 ** -149)];
    for (let e = -30; e <= 6; e++) {
      f32[0] = -(2 ** e);
      const p0 = u32[0]!;
      const span = 1 << 23;
      for (let d = 0; d < 512; d++) xs.push(pattern(p0 + d), pattern(p0 + span - 1 - d));
      for (let s = 0; s < 1 << 16; s++) xs.push(pattern(p0 + s * (span >> 16) + (s % 97)));
    }
    function pattern(p: number): number {
      u32[0] = p;
      return f32[0]!;
    }
    while (xs.length % 16 !== 0) xs.push(-1);
    const n = xs.length;
    const LOG = ROW_KERNEL_DATA_BYTES;
    const A = LOG + n * 4;
    const FAILS = A + n * 4;
    ensure(FAILS + n);
    const mem = () => ({ f: new Float32Array(k.memory.buffer), i: new Int32Array(k.memory.buffer) });
    mem().f.set(xs, LOG / 4);
    const nfail = k.expF32(LOG, A, 0, n / 16, 0, FAILS, 0);
    const { f, i } = mem();
    const failed = new Uint8Array(n);
    for (let g = 0; g < nfail; g++) failed.fill(1, i[FAILS / 4 + g]!, i[FAILS / 4 + g]! + 4);
    let compared = 0;
    const wrong: string[] = [];
    for (let j = 0; j < n; j++) {
      if (failed[j]) continue;
      const want = Math.fround(Math.exp(Math.fround(xs[j]! - 0)));
      if (!Object.is(f[A / 4 + j], want)) wrong.push(`x = ${xs[j]}: ${f[A / 4 + j]} vs ${want}`);
      compared++;
    }
    console.log(`${compared} certified lanes equal Math.fround(Math.exp(x)); ${nfail} groups of four recomputed (${n} lanes)`);
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(compared).toBeGreaterThan(2_000_000);
    expect(nfail).toBeLessThan(n / 4 / 1000);
  });

  test("lanes are x − m with m subtracted in f32: m = 3, x = 3 gives exp(0) = 1, x = −∞ gives 0", () => {
    const LOG = ROW_KERNEL_DATA_BYTES;
    const A = LOG + 64;
    const FAILS = A + 64;
    const f = new Float32Array(k.memory.buffer);
    f.set([3, -Infinity, 2, 3 - 2 ** -22, 1, 0, -1, -100, 3, 3, 3, 3, 3, 3, 3, 3], LOG / 4);
    const nfail = k.expF32(LOG, A, 0, 1, 3, FAILS, 0);
    const out = new Float32Array(k.memory.buffer).slice(A / 4, A / 4 + 16);
    expect(nfail).toBe(0);
    const want = [3, -Infinity, 2, 3 - 2 ** -22, 1, 0, -1, -100].map((x) => Math.fround(Math.exp(Math.fround(x - 3))));
    expect(Array.from(out.subarray(0, 8))).toEqual(want);
  });
});
