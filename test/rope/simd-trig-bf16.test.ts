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
import { type Tally, trigTestKernel } from "../helpers/simd-trig-kernel.js";
import { createRng } from "../../src/index.js";
import { exactDecimalString } from "../../src/oracle/exact-decimal.js";
import {
  BF16_TRIG_GUARD,
  BF16_TRIG_REL_ERROR,
  COS_TAYLOR_F32,
  SIN_TAYLOR_F32,
  TRIG_MAX_ANGLE,
} from "../../src/rope/simd/kernels.js";
import { CS_MAX, CS_MIN } from "../../src/rope/simd/rotation.js";

const SEED = 20261206;
const { k, CHUNK, ANG, RAW, f64, f32, checkLanes, sweepFp32Angles, specialsListed, trigMatchesSincos } = trigTestKernel();


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

/**
 * Runs sincosBf16 on `angles` and checks every certified lane against bf16Of; the host skips the cache's
 * range check for certified values, so they must also lie in [CS_MIN, CS_MAX).
 */
const check = (angles: Float64Array, t: Tally): Uint8Array => checkLanes("bf16", angles, t, bf16Of, (v) => Math.abs(v) >= CS_MIN && Math.abs(v) < CS_MAX);

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
    const t = sweepFp32Angles("bf16 cache values", check);
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
    specialsListed("bf16", check);
  });

  test("trigBf16 (angles fround(p·θᵢ) of f32 arrays, in the kernel) stores sincosBf16's values for the same angles", () => {
    trigMatchesSincos("bf16", SEED + 2, 0.95);
  });
});
