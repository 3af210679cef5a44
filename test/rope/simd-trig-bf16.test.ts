/**
 * The SIMD kernels' four-lane f32 cos/sin for bf16 caches (trigBf16, sincosBf16, sincosF32Raw in
 * src/rope/simd/trig.ts):
 *  - its constants: the Taylor coefficients are the f32 nearest 1/n! (decimal.js, exact), and the
 *    guard in patterns covers ε (the header's argument, recomputed here);
 *  - its f32 result f is within BF16_TRIG_REL_ERROR·|v| of the exact cos/sin v (50-digit decimal.js) on
 *    angles of every magnitude up to 2^31, including fp32 and fp64 neighbours of multiples of π/2;
 *  - every value it stores (certified) is RNE_bf16(fround(Math.cos(a))) / of Math.sin (RNE on the f32
 *    pattern, with ties to even, here; the formats module's round("bf16") in the last test): exhaustively for every fp32 angle in [2^−12, 2^21), on random
 *    fp32 and fp64 angles up to 2^31 and negative ones, and inside the cache's range [CS_MIN, CS_MAX)
 *    (the host skips cacheBf16's range check for them); the lanes it cannot certify are listed (zero,
 *    NaN, infinite and out-of-range angles) and few;
 *  - trigBf16 (the angles fround(p·θᵢ) computed in the kernel) stores what sincosBf16 stores for the same
 *    angles.
 */
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { createRng, round } from "../../src/index.js";
import { exactDecimalString } from "../../src/oracle/exact-decimal.js";
import {
  BF16_TRIG_GUARD,
  BF16_TRIG_REL_ERROR,
  COS_TAYLOR_F32,
  KERNEL_DATA_BYTES,
  SIN_TAYLOR_F32,
  TRIG_MAX_ANGLE,
  instantiateKernels,
} from "../../src/rope/simd/kernels.js";
import { CS_MAX, CS_MIN } from "../../src/rope/simd/rotation.js";

const SEED = 20261206;
const k = instantiateKernels();
if (k === null) throw new Error("WebAssembly SIMD is unavailable here: these tests need it");
const CHUNK = 1 << 16;
const ANG = KERNEL_DATA_BYTES;
const COS = ANG + CHUNK * 8;
const SIN = COS + CHUNK * 4;
const FAILS = SIN + CHUNK * 4;
const RAW = FAILS + CHUNK;
const THETA = RAW + CHUNK * 8;
const PINS = THETA + 1024 * 8;
const END = PINS + 1024 * 8;
k.memory.grow(Math.ceil(END / 65536));
const f64 = new Float64Array(k.memory.buffer);
const f32 = new Float32Array(k.memory.buffer);
const i32 = new Int32Array(k.memory.buffer);

interface Tally {
  angles: number;
  listed: number;
  wrong: string[];
}

/** Groups listed by the last kernel call, as a per-lane mask. */
function listedMask(nfail: number, n: number): Uint8Array {
  const listed = new Uint8Array(n);
  for (let q = 0; q < nfail; q++) listed.fill(1, i32[FAILS / 4 + q]!, i32[FAILS / 4 + q]! + 4);
  return listed;
}

/**
 * RNE to bf16 of an f32 value on its pattern, written apart from the kernel's rounding (which, having
 * excluded ties, rounds half up): the formats module's round("bf16") gives the same and the last test
 * uses it, but is too slow for 2^28 angles.
 */
const p32 = new Uint32Array(1);
const v32 = new Float32Array(p32.buffer);
function bf16Of(v: number): number {
  v32[0] = v;
  const b = p32[0]!;
  p32[0] = (b + 0x7fff + ((b >>> 16) & 1)) & 0xffff0000;
  return v32[0]!;
}

/** Runs sincosBf16 on `angles` (length ≤ CHUNK, multiple of 4) and checks every certified lane. */
function check(angles: Float64Array, t: Tally): void {
  const n = angles.length;
  f64.set(angles, ANG / 8);
  const listed = listedMask(k!.sincosBf16(ANG, n, COS, SIN, FAILS), n);
  t.angles += n;
  for (let i = 0; i < n; i++) {
    if (listed[i]) {
      t.listed++;
      continue;
    }
    const a = angles[i]!;
    const c = bf16Of(Math.fround(Math.cos(a)));
    const s = bf16Of(Math.fround(Math.sin(a)));
    // The host skips the cache's range check for certified values: they must lie in it.
    const inRange = (v: number): boolean => Math.abs(v) >= CS_MIN && Math.abs(v) < CS_MAX;
    if (!Object.is(f32[COS / 4 + i], c) || !Object.is(f32[SIN / 4 + i], s) || !inRange(c) || !inRange(s)) {
      if (t.wrong.length < 5) t.wrong.push(`a=${a}: cos ${f32[COS / 4 + i]} vs ${c}, sin ${f32[SIN / 4 + i]} vs ${s}`);
      else t.wrong.push("");
    }
  }
}

describe("four-lane f32 cos/sin certified for bf16 caches", () => {
  test("constants: f32 Taylor coefficients, and the guard covers ε", () => {
    Decimal.set({ precision: 60 });
    let fact = new Decimal(1);
    const exact: Decimal[] = [];
    for (let n = 1; n <= 9; n++) {
      fact = fact.times(n);
      exact[n] = new Decimal(1).div(fact);
    }
    const nearestF32 = (c: number, v: Decimal): void => {
      expect(Math.fround(c)).toBe(c);
      const ulp = 2 ** (Math.floor(Math.log2(Math.abs(c))) - 23);
      expect(new Decimal(exactDecimalString(c)).minus(v).abs().lte(new Decimal(exactDecimalString(ulp)).div(2))).toBe(true);
    };
    [3, 5, 7, 9].forEach((n, i) => nearestF32(SIN_TAYLOR_F32[i]!, exact[n]!.times(i % 2 === 0 ? -1 : 1)));
    [2, 4, 6, 8].forEach((n, i) => nearestF32(COS_TAYLOR_F32[i]!, exact[n]!.times(i % 2 === 0 ? -1 : 1)));
    // |f − c*| ≤ (ε + 2^−24 + 2^−52)(1 + ε)·|v|, in patterns of the lower of two adjacent binades: × 2^25.
    const patterns = (BF16_TRIG_REL_ERROR + 2 ** -24 + 2 ** -52) * (1 + BF16_TRIG_REL_ERROR) * 2 ** 25;
    expect(patterns).toBeLessThan(BF16_TRIG_GUARD);
  });

  test("the f32 result is within BF16_TRIG_REL_ERROR·|v| of the exact cos/sin", () => {
    const rng = createRng(SEED);
    console.log(`f32 cos/sin error bound: seed ${SEED}`);
    Decimal.set({ precision: 50 });
    const angles: number[] = [];
    for (let q = 0; q < 1200; q++) angles.push(Math.fround(2 ** (-20 + 51 * rng()))); // fp32, 2^−20 … 2^31
    for (let q = 0; q < 600; q++) angles.push(rng() * 2 ** (31 * rng())); // fp64
    for (let q = 0; q < 600; q++) {
      const kk = 1 + Math.floor(2 ** (30 * rng()));
      const near = (kk * Math.PI) / 2;
      angles.push(Math.fround(near), near, Math.fround(near) + (rng() < 0.5 ? -1 : 1) * 2 ** -30);
    }
    for (let q = 0; q < 200; q++) angles.push(-Math.fround(2 ** (31 * rng())));
    const n = angles.length & ~3;
    f64.set(angles.slice(0, n), ANG / 8);
    k.sincosF32Raw(ANG, n, RAW);
    let worst = 0;
    for (let i = 0; i < n; i++) {
      const a = new Decimal(exactDecimalString(angles[i]!));
      for (const [f, v] of [
        [f32[RAW / 4 + i]!, a.cos()],
        [f32[RAW / 4 + n + i]!, a.sin()],
      ] as const) {
        const rel = new Decimal(exactDecimalString(f)).minus(v).abs().div(v.abs()).toNumber();
        worst = Math.max(worst, rel);
        if (!(rel <= BF16_TRIG_REL_ERROR)) throw new Error(`a = ${angles[i]}: |f − v|/|v| = ${rel} > ${BF16_TRIG_REL_ERROR}`);
      }
    }
    console.log(`f32 cos/sin: ${n} angles, worst |f − v|/|v| = ${(worst / 2 ** -24).toFixed(2)}·2^−24 (bound ${BF16_TRIG_REL_ERROR / 2 ** -24}·2^−24)`);
  });

  test("exhaustive: every fp32 angle in [2^−12, 2^21) gives RNE_bf16(fround(Math.cos)), of Math.sin, or is listed", () => {
    const t: Tally = { angles: 0, listed: 0, wrong: [] };
    const patterns = new Uint32Array(CHUNK);
    const values = new Float32Array(patterns.buffer);
    const angles = new Float64Array(CHUNK);
    const t0 = performance.now();
    for (let b = (127 - 12) << 23; b < (127 + 21) << 23; b += CHUNK) {
      for (let i = 0; i < CHUNK; i++) patterns[i] = b + i;
      angles.set(values);
      check(angles, t);
    }
    console.log(`exhaustive fp32 [2^-12, 2^21), bf16 cache values: ${t.angles} angles, ${t.listed} listed, ${t.wrong.length} wrong, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    expect(t.angles).toBe(33 * 2 ** 23);
    expect(t.wrong.slice(0, 5)).toEqual([]);
    expect(t.listed / t.angles).toBeLessThan(0.03);
  }, 600_000);

  test("random fp32 and fp64 angles up to 2^31, negative angles, and special values", () => {
    const rng = createRng(SEED + 1);
    console.log(`f32 cos/sin samples: seed ${SEED + 1}`);
    const t: Tally = { angles: 0, listed: 0, wrong: [] };
    const angles = new Float64Array(CHUNK);
    for (let rep = 0; rep < 32; rep++) {
      for (let i = 0; i < CHUNK; i++) {
        const mag = 2 ** (12 + 19 * rng()) * (1 + rng());
        const a = rep % 2 === 0 ? Math.fround(Math.min(mag, TRIG_MAX_ANGLE)) : mag / 2;
        angles[i] = rep % 4 === 3 ? -a : a;
      }
      check(angles, t);
    }
    console.log(`samples up to 2^31: ${t.angles} angles, ${t.listed} listed, ${t.wrong.length} wrong`);
    expect(t.wrong.slice(0, 5)).toEqual([]);
    expect(t.listed / t.angles).toBeLessThan(0.03);

    // Zero (sin 0 = 0: |ρ| below the cut-off), NaN, ±∞ and |a| > 2^31 are listed.
    const specials = Float64Array.of(0, 1, 1, 1, -0, 1, 1, 1, NaN, 1, 1, 1, Infinity, 1, 1, 1, -Infinity, 1, 1, 1, 2 ** 32, 1, 1, 1, 2 ** -45, 1, 1, 1);
    const s: Tally = { angles: 0, listed: 0, wrong: [] };
    check(specials, s);
    expect(s.wrong).toEqual([]);
    f64.set(specials, ANG / 8);
    const nfail = k.sincosBf16(ANG, specials.length, COS, SIN, FAILS);
    expect(Array.from({ length: nfail }, (_, q) => i32[FAILS / 4 + q])).toEqual([0, 4, 8, 12, 16, 20, 24]);
  });

  test("trigBf16 (angles fround(p·θᵢ) of f32 arrays, in the kernel) stores sincosBf16's values for the same angles", () => {
    const rng = createRng(SEED + 2);
    const half = 64;
    const rows = 512;
    const theta = Float32Array.from({ length: half }, (_, i) => 10000 ** (-i / half));
    // Positions up to 2^21 (f32 integers), and some that are not integers and some beyond 2^24.
    const pins = Float32Array.from({ length: rows }, (_, q) => (q % 16 === 15 ? rng() * 2 ** 30 : q % 16 === 14 ? rng() * 100 : Math.floor(rng() * 2 ** 21)));
    f32.set(theta, THETA / 4);
    f32.set(pins, PINS / 4);
    const n = rows * half;
    const nfail = k.trigBf16(THETA, half, PINS, rows, COS, SIN, FAILS);
    const listed = listedMask(nfail, n);
    const cos = f32.slice(COS / 4, COS / 4 + n);
    const sin = f32.slice(SIN / 4, SIN / 4 + n);
    const angles = Float64Array.from({ length: n }, (_, e) => Math.fround(pins[Math.floor(e / half)]! * theta[e % half]!));
    f64.set(angles, ANG / 8);
    const listed2 = listedMask(k.sincosBf16(ANG, n, COS, SIN, FAILS), n);
    let compared = 0;
    for (let e = 0; e < n; e++) {
      expect(listed[e]).toBe(listed2[e]);
      if (listed[e]) continue;
      compared++;
      if (!Object.is(cos[e], f32[COS / 4 + e]) || !Object.is(sin[e], f32[SIN / 4 + e])) throw new Error(`element ${e}: trigBf16 ${cos[e]}, ${sin[e]}; sincosBf16 ${f32[COS / 4 + e]}, ${f32[SIN / 4 + e]}`);
      expect(Object.is(cos[e], round("bf16", Math.fround(Math.cos(angles[e]!))))).toBe(true);
    }
    expect(compared).toBeGreaterThan(0.95 * n);
  });
});
