/**
 * The SIMD kernels' cos/sin for fp16 caches (trigFp16, sincosFp16 in src/rope/simd/trig.ts): the
 * four-lane f32 cos/sin certified to fp16's 11 bits, and the fp64 cos/sin recomputing in the kernel the
 * groups it cannot certify.
 *  - every value stored is RNE_fp16(fround(Math.cos(a))) / of Math.sin, judged by fp16Of below (an RNE
 *    written on the value's binade, sharing nothing with the kernel's arithmetic; in fp16's normal
 *    range the faster fp16OfF32, RNE with ties to even on the f32 pattern; both checked against the
 *    formats module's round("fp16")): exhaustively for every fp32 angle in
 *    [2^−12, 2^21), on random fp32 and fp64 angles up to 2^31 and negative ones; lanes left listed
 *    (zero, NaN, infinite and out-of-range angles, and the rare lanes neither cos/sin certifies) are few;
 *  - the groups the f32 cos/sin alone does not certify for fp16 (recomputed here from sincosF32Raw's
 *    values with the kernel's rule) are many, and the kernel's values for them are right: the fp64
 *    recomputation ran;
 *  - trigFp16 (angles fround(p·θᵢ) computed in the kernel) stores what sincosFp16 stores for the same
 *    angles.
 */
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { type Tally, trigTestKernel } from "../helpers/simd-trig-kernel.js";
import { createRng, round } from "../../src/index.js";
import { BF16_TRIG_GUARD, PIO2_PARTS, TRIG_MAX_ANGLE } from "../../src/rope/simd/kernels.js";
import { exactDecimalString } from "../../src/oracle/exact-decimal.js";
import { FP16_F32_REDUCE_MAX, FP16_PIO2_F32 } from "../../src/rope/simd/trig.js";

const SEED = 20261208;
const { k, CHUNK, ANG, COS, SIN, FAILS, PINS, COUNTS, RAW, f64, f32, i32, listedMask, checkLanes, tallyLanes, sweepFp32Angles, specialsListed, trigMatchesSincos } = trigTestKernel();

/**
 * RNE to fp16 of a finite value v with |v| < 65504: the multiple of fp16's spacing at |v|,
 * 2^(max(e, −14) − 10) for |v| in [2^e, 2^(e+1)), nearest to v, ties to the even multiple; the sign kept
 * (−0 for negative values that round to zero).
 */
function fp16Of(v: number): number {
  if (v === 0 || Number.isNaN(v)) return v;
  const a = Math.abs(v);
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--; // log2 rounded up just below a power of two
  if (2 ** (e + 1) <= a) e++;
  const spacing = 2 ** (Math.max(e, -14) - 10);
  const q = a / spacing; // exact: a power-of-two scaling of a value with ≤ 53 bits
  const fl = Math.floor(q);
  const r = q - fl > 0.5 ? fl + 1 : q - fl < 0.5 ? fl : fl % 2 === 0 ? fl : fl + 1;
  return (v < 0 ? -1 : 1) * r * spacing;
}

/**
 * fp16Of for f32 values, faster: in fp16's normal range (|v| ≥ 2^−14) RNE on the f32 pattern (13 bits
 * dropped, ties to even, as the bf16 test does with 16), else fp16Of. The exhaustive test needs the speed.
 */
const p32 = new Uint32Array(1);
const v32 = new Float32Array(p32.buffer);
function fp16OfF32(v: number): number {
  v32[0] = v;
  const b = p32[0]!;
  if ((b & 0x7fffffff) < 0x38800000) return fp16Of(v);
  p32[0] = (b + 0xfff + ((b >>> 13) & 1)) & ~0x1fff;
  return v32[0]!;
}


/** Runs sincosFp16 on `angles` and checks every lane it did not list against fp16OfF32; returns the listed mask. */
const check = (angles: Float64Array, t: Tally): Uint8Array => checkLanes("fp16", angles, t, fp16OfF32);

/**
 * Groups of four lanes that the f32 cos/sin alone would not certify for fp16, from its values
 * (sincosF32Raw): a value below 2^−13 in magnitude (then |ρ| < 2^−12, the cut-off), or whose low 13 pattern bits lie within the guard
 * of 0x1000 (trig.ts's rule, restated). Angles whose |ρ| the f32 path lists (near multiples of π/2)
 * are not told apart here; the specials test covers those.
 */
function f32Uncertified(angles: Float64Array): Uint8Array {
  const n = angles.length;
  f64.set(angles, ANG / 8);
  k!.sincosF32Raw(ANG, n, RAW);
  const bits = new Uint32Array(k!.memory.buffer, RAW, 2 * n);
  const out = new Uint8Array(n / 4);
  for (let i = 0; i < 2 * n; i++) {
    const b = bits[i]! & 0x7fffffff;
    const low = b & 0x1fff;
    if (b < (127 - 13) << 23 || Math.abs(low - 0x1000) <= BF16_TRIG_GUARD) out[(i % n) >> 2] = 1;
  }
  return out;
}

describe("cos/sin certified for fp16 caches (trigFp16, sincosFp16)", () => {
  test("fp16Of equals the formats module's round(fp16) on random f32 values in [2^−30, 1], both signs, and at every fp16 midpoint in [2^−24, 1]", () => {
    const rng = createRng(SEED);
    for (let q = 0; q < 200_000; q++) {
      const v = Math.fround((rng() < 0.5 ? -1 : 1) * 2 ** (-30 * rng()));
      expect(Object.is(fp16Of(v), round("fp16", v))).toBe(true);
      expect(Object.is(fp16OfF32(v), round("fp16", v))).toBe(true);
    }
    // Midpoints between consecutive positive fp16 values up to 1, and their f32 neighbours.
    const value16 = (p: number): number => {
      const e = (p >> 10) & 31;
      const m = p & 1023;
      return e === 0 ? m * 2 ** -24 : (1024 + m) * 2 ** (e - 25);
    };
    for (let p = 0; p < 0x3c00; p++) {
      const mid = (value16(p) + value16(p + 1)) / 2; // exact: one more bit
      for (const v of [mid, Math.fround(mid * (1 - 2 ** -23)), Math.fround(mid * (1 + 2 ** -23))]) {
        for (const w of [v, -v]) {
          expect(Object.is(fp16Of(w), round("fp16", w))).toBe(true);
          expect(Object.is(fp16OfF32(w), round("fp16", w))).toBe(true);
        }
      }
    }
  });

  test("exhaustive: every fp32 angle in [2^−12, 2^21) gives RNE_fp16(fround(Math.cos)), of Math.sin, or is listed", () => {
    const t = sweepFp32Angles("fp16 cache values", check);
    expect(t.angles).toBe(33 * 2 ** 23);
    expect(t.wrong.slice(0, 5)).toEqual([]);
    expect(t.listed / t.angles).toBeLessThan(1e-4);
  }, 900_000);

  test("random fp32 and fp64 angles up to 2^31 and negative angles; the groups the f32 cos/sin cannot certify are recomputed in the kernel, not listed", () => {
    const rng = createRng(SEED + 1);
    console.log(`fp16 cos/sin samples: seed ${SEED + 1}`);
    const t: Tally = { angles: 0, listed: 0, wrong: [] };
    const angles = new Float64Array(CHUNK);
    let groups = 0;
    let recomputed = 0;
    for (let rep = 0; rep < 32; rep++) {
      for (let i = 0; i < CHUNK; i++) {
        const mag = 2 ** (12 + 19 * rng()) * (1 + rng());
        const a = rep % 2 === 0 ? Math.fround(Math.min(mag, TRIG_MAX_ANGLE)) : mag / 2;
        angles[i] = rep % 4 === 3 ? -a : a;
      }
      const uncertified = f32Uncertified(angles);
      const listed = check(angles, t);
      for (let g = 0; g < CHUNK / 4; g++) {
        groups++;
        if (uncertified[g] && !listed[4 * g]) recomputed++;
      }
    }
    console.log(`samples up to 2^31: ${t.angles} angles, ${t.listed} listed, ${t.wrong.length} wrong; ${recomputed} of ${groups} groups recomputed by the fp64 cos/sin and checked`);
    expect(t.wrong.slice(0, 5)).toEqual([]);
    expect(t.listed / t.angles).toBeLessThan(1e-4);
    // About 4% of groups (each of eight values fails with probability ~41/8192).
    expect(recomputed / groups).toBeGreaterThan(0.01);

    // Zero (sin 0 = 0), −0, NaN, ±∞, |a| > 2^31 and a tiny angle are listed by both cos/sin.
    specialsListed("fp16", check);
  });

  test("trigFp16 (angles fround(p·θᵢ) of f32 arrays, in the kernel) stores sincosFp16's values for the same angles", () => {
    trigMatchesSincos("fp16", SEED + 2, 0.999);
  });

  test("the f32 reduction's constants: C1, C2, C3 with at most 8 significant bits, C4 an f32, and C1 + C2 + C3 + C4 within 2^−54 of π/2", () => {
    Decimal.set({ precision: 80 });
    const [c1, c2, c3, c4] = FP16_PIO2_F32;
    for (const c of [c1, c2, c3]) {
      const e = Math.floor(Math.log2(Math.abs(c)));
      expect(Number.isInteger(Math.abs(c) * 2 ** (7 - e))).toBe(true); // 8 bits: a multiple of 2^(e−7)
    }
    expect(Math.fround(c4)).toBe(c4);
    const halfPi = Decimal.acos(-1).div(2);
    const sum = [c1, c2, c3, c4].reduce((acc, c) => acc.plus(new Decimal(exactDecimalString(c))), new Decimal(0));
    expect(halfPi.minus(sum).abs().lt(new Decimal(2).pow(-54))).toBe(true);
    expect(FP16_F32_REDUCE_MAX).toBe(2 ** 16);
  });

  /**
   * trigFp16 on f32 angles given as θ with one position 1 (a = fround(1·θ) = θ), CHUNK per call: every
   * lane not listed holds RNE_fp16(fround(Math.cos(a))) and of Math.sin (fp16OfF32), and almost none are
   * listed.
   */
  const trigFp16Check = (angles: Float32Array, t: Tally): void => {
    const n = angles.length;
    f32.set(angles, ANG / 4);
    f32[PINS / 4] = 1;
    const listed = listedMask(k!.trigFp16(ANG, n, PINS, 1, COS, SIN, FAILS, COUNTS), n);
    // Every angle here is below 2^16: every group of eight took the f32 reduction.
    if (i32[COUNTS / 4] !== Math.floor(n / 8)) t.wrong.push(`${i32[COUNTS / 4]} of ${Math.floor(n / 8)} groups reduced in f32`);
    tallyLanes(angles, listed, t, fp16OfF32);
  };

  test("exhaustive through trigFp16 (the f32 reduction): every fp32 angle in [2^−12, 2^16), and the negative ones of every 8th chunk, gives RNE_fp16(fround(Math.cos)), of Math.sin, or is listed", () => {
    const t: Tally = { angles: 0, listed: 0, wrong: [] };
    const patterns = new Uint32Array(CHUNK);
    const angles = new Float32Array(patterns.buffer);
    const t0 = performance.now();
    let chunk = 0;
    for (let b = (127 - 12) << 23; b < (127 + 16) << 23; b += CHUNK, chunk++) {
      for (let i = 0; i < CHUNK; i++) patterns[i] = b + i;
      trigFp16Check(angles, t);
      if (chunk % 8 === 0) {
        for (let i = 0; i < CHUNK; i++) patterns[i] = (b + i) | 0x80000000;
        trigFp16Check(angles, t);
      }
    }
    console.log(`exhaustive fp32 [2^-12, 2^16) through trigFp16: ${t.angles} angles, ${t.listed} listed, ${t.wrong.length} wrong, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    expect(t.angles).toBe(28 * 2 ** 23 + 28 * 2 ** 20);
    expect(t.wrong.slice(0, 5)).toEqual([]);
    expect(t.listed / t.angles).toBeLessThan(1e-4);
  }, 900_000);

  test("trigFp16 with angles on both sides of 2^16 in one group of eight (the fp64 reduction) and in separate groups: the same values as sincosFp16", () => {
    const rng = createRng(SEED + 3);
    const n = 4096;
    const angles = new Float32Array(n);
    for (let i = 0; i < n; i++) {
      // Groups of eight: all below 2^16, all above, or mixed (one lane at or above 2^16).
      const g = Math.floor(i / 8) % 3;
      const below = Math.fround(2 ** (16 * rng()) * (1 - 2 ** -24));
      const above = Math.fround(2 ** (16 + 10 * rng()));
      angles[i] = g === 0 ? below : g === 1 ? above : i % 8 === 3 ? above : below;
    }
    f32.set(angles, ANG / 4);
    f32[PINS / 4] = 1;
    const listed = listedMask(k!.trigFp16(ANG, n, PINS, 1, COS, SIN, FAILS, COUNTS), n);
    // The groups of eight reduced in f32 are exactly those with every angle below 2^16.
    let below16 = 0;
    for (let g = 0; g < n; g += 8) if (angles.subarray(g, g + 8).every((a) => a < 2 ** 16)) below16++;
    expect(below16).toBe(Math.ceil(n / 8 / 3));
    expect(i32[COUNTS / 4]).toBe(below16);
    const cos = f32.slice(COS / 4, COS / 4 + n);
    const sin = f32.slice(SIN / 4, SIN / 4 + n);
    f64.set(angles, ANG / 8);
    const listed2 = listedMask(k!.sincosFp16(ANG, n, COS, SIN, FAILS), n);
    let compared = 0;
    for (let e = 0; e < n; e++) {
      if (listed[e] || listed2[e]) continue;
      compared++;
      expect([cos[e], sin[e]]).toEqual([f32[COS / 4 + e], f32[SIN / 4 + e]]);
      expect(Object.is(cos[e], fp16OfF32(Math.fround(Math.cos(angles[e]!))))).toBe(true);
    }
    expect(compared).toBeGreaterThan(0.999 * n);
  });

  test("the f32 reduction (reduceFp16F32) on every fp32 angle in [2^−12, 2^16): an integer k with |r| = |a − kπ/2| ≤ 0.794, q ≡ k mod 4, and |ρ − r| ≤ 2.7·2^−24·|r| wherever |ρ| ≥ 2^−12", () => {
    const patterns = new Uint32Array(CHUNK);
    const angles = new Float32Array(patterns.buffer);
    const [P1, P2, P3] = PIO2_PARTS;
    const out = new Float32Array(k!.memory.buffer, RAW, 2 * CHUNK);
    const qs = new Int32Array(k!.memory.buffer, RAW, 2 * CHUNK);
    let worst = 0;
    let maxR = 0;
    let kept = 0;
    for (let b = (127 - 12) << 23; b < (127 + 16) << 23; b += CHUNK) {
      for (let i = 0; i < CHUNK; i++) patterns[i] = b + i;
      f32.set(angles, ANG / 4);
      k!.reduceFp16F32(ANG, CHUNK, RAW);
      for (let i = 0; i < CHUNK; i++) {
        const a = angles[i]!;
        const q = qs[CHUNK + i]!;
        const kk = (q & 0x7fffff) - 0x400000; // the sum 1.5·2^23 + k: its mantissa is 2^22 + k
        // r in fp64 from π/2 = P1 + P2 + P3 (k·P1, k·P2 exact): within 2^−68 + 2^−53·|r| of a − kπ/2.
        const r = a - kk * P1 - kk * P2 - kk * P3;
        maxR = Math.max(maxR, Math.abs(r));
        const rho = out[i]!;
        if (Math.abs(rho) < 2 ** -12) continue;
        kept++;
        worst = Math.max(worst, Math.abs(rho - r) / Math.abs(r));
      }
    }
    console.log(`f32 reduction, every fp32 angle in [2^-12, 2^16): max |r| ${maxR.toFixed(5)}, max |ρ − r|/|r| ${(worst * 2 ** 24).toFixed(3)}·2^-24 over ${kept} lanes with |ρ| ≥ 2^-12`);
    expect(maxR).toBeLessThanOrEqual(0.794);
    expect(worst).toBeLessThanOrEqual(2.7 * 2 ** -24 - 2 ** -52);
    expect(kept).toBeGreaterThan(0.99 * 28 * 2 ** 23);
    // The quadrant word's low bits are k mod 4: cos a has the sign that quadrant gives (for a few angles).
    for (const a of [1, 2, 3, 4, 5, 6, 100, 1000, 60000].map(Math.fround)) {
      f32.fill(a, ANG / 4, ANG / 4 + 4);
      k!.reduceFp16F32(ANG, 4, RAW);
      const quadrant = qs[4]! & 3;
      const r = out[0]!;
      const expected = [Math.cos(r), -Math.sin(r), -Math.cos(r), Math.sin(r)][quadrant]!;
      expect(Math.abs(expected - Math.cos(a))).toBeLessThan(1e-5);
    }
  }, 900_000);
});
