/**
 * The SIMD kernels' fast cos/sin (src/rope/simd/trig.ts):
 *  - its fp64 result f is within TRIG_ERROR_BOUND of the exact cos/sin (40+ digit decimal.js), on angles
 *    of every magnitude up to 2^31, including angles next to multiples of π/2;
 *  - every value it stores (certified) is fround(Math.cos(a)) / fround(Math.sin(a)): exhaustively for
 *    every fp32 angle in [2^−12, 2^21) (33·2^23 = 276,824,064 angles, about 10 s here), and on random fp32
 *    and fp64 angles up to 2^31, negative angles and special values;
 *  - the lanes it cannot certify are listed (the fallback branch: zero results, out-of-range angles,
 *    NaN), and are rare;
 *  - the constants are what the comments say (fdlibm's coefficient patterns, the Cody–Waite split of π/2).
 * Also Veltkamp's splitting as used by the rotation: fp32 γ = v·(2^16 + 1), γ − (γ − v) is RNE to 8 bits
 * on every f32 of [1, 2) and (−2, −1] (and binades 2^−100, 2^104), which with the scaling argument in
 * rotation.ts covers every normal input the rotation gives it.
 */
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { createRng } from "../../src/index.js";
import { exactDecimalString } from "../../src/oracle/exact-decimal.js";
import {
  COS_COEFFS,
  INV_PIO2,
  PIO2_PARTS,
  SIN_COEFFS,
  TRIG_ERROR_BOUND,
  TRIG_MARGIN,
  TRIG_MAX_ANGLE,
} from "../../src/rope/simd/kernels.js";
import { type Tally, trigTestKernel } from "../helpers/simd-trig-kernel.js";

const SEED = 20250611;
const { k, CHUNK, ANG, COS, SIN, FAILS, RAW, SCRATCH, f64, i32, listedMask, tallyLanes, sweepFp32Angles } = trigTestKernel();

/** Runs sincos on `angles` (length ≤ CHUNK, multiple of 4) and checks every certified lane: fround(Math.cos(a)), fround(Math.sin(a)). */
function check(angles: Float64Array, t: Tally): void {
  f64.set(angles, ANG / 8);
  tallyLanes(angles, listedMask(k.sincos(ANG, angles.length, COS, SIN, FAILS, SCRATCH), angles.length), t, (v) => v);
}

describe("fast cos/sin of the SIMD kernels", () => {
  test("constants: fdlibm coefficients, 2/π and the Cody–Waite split of π/2", () => {
    const bits = (x: number): string => {
      const v = new DataView(new ArrayBuffer(8));
      v.setFloat64(0, x);
      return v.getBigUint64(0).toString(16);
    };
    expect(SIN_COEFFS.map(bits)).toEqual(["bfc5555555555549", "3f8111111110f8a6", "bf2a01a019c161d5", "3ec71de357b1fe7d", "be5ae5e68a2b9ceb", "3de5d93a5acfd57c"]);
    expect(COS_COEFFS.map(bits)).toEqual(["3fa555555555554c", "bf56c16c16c15177", "3efa01a019cb1590", "be927e4f809c52ad", "3e21ee9ebdb4b1c4", "bda8fae9be8838d4"]);
    Decimal.set({ precision: 80 });
    const pi = Decimal.acos(-1);
    expect(INV_PIO2).toBe(new Decimal(2).div(pi).toNumber());
    const [P1, P2, P3] = PIO2_PARTS;
    // P1, P2 have ≤ 22 significant bits, so k·P1, k·P2 are exact for |k| < 2^31.
    for (const p of [P1, P2]) {
      const e = Math.floor(Math.log2(Math.abs(p)));
      expect(Number.isInteger(p * 2 ** (21 - e))).toBe(true);
    }
    const rest = pi.div(2).minus(exactDecimalString(P1)).minus(exactDecimalString(P2)).minus(exactDecimalString(P3)).abs();
    expect(rest.lt(new Decimal(2).pow(-103))).toBe(true);
  });

  test("the fp64 result is within TRIG_ERROR_BOUND of the exact cos/sin", () => {
    const rng = createRng(SEED);
    console.log(`fast cos/sin error bound: seed ${SEED}`);
    Decimal.set({ precision: 70 });
    const angles: number[] = [];
    for (let q = 0; q < 1200; q++) angles.push(Math.fround(2 ** (-20 + 51 * rng()))); // fp32, 2^−20 … 2^31
    for (let q = 0; q < 600; q++) angles.push(rng() * 2 ** (31 * rng())); // fp64
    for (let q = 0; q < 600; q++) {
      // Next to multiples of π/2, where the reduction cancels: fp32 and fp64 neighbours of k·π/2.
      const kk = Math.floor(2 ** (30 * rng()));
      const near = (kk * Math.PI) / 2;
      angles.push(Math.fround(near), near, Math.fround(near) + (rng() < 0.5 ? -1 : 1) * 2 ** -30);
    }
    for (let q = 0; q < 200; q++) angles.push(-Math.fround(2 ** (31 * rng())));
    const n = angles.length & ~1;
    f64.set(angles.slice(0, n), ANG / 8);
    k.sincosRaw(ANG, n, RAW);
    let worst = 0;
    for (let i = 0; i < n; i++) {
      const a = new Decimal(exactDecimalString(angles[i]!));
      for (const [f, exact] of [
        [f64[RAW / 8 + i]!, a.cos()],
        [f64[RAW / 8 + n + i]!, a.sin()],
      ] as const) {
        const err = new Decimal(exactDecimalString(f)).minus(exact).abs().toNumber();
        worst = Math.max(worst, err);
        if (!(err <= TRIG_ERROR_BOUND)) throw new Error(`a = ${angles[i]}: |f − exact| = ${err} > ${TRIG_ERROR_BOUND}`);
      }
    }
    console.log(`fast cos/sin: ${n} angles, worst |f − exact| = ${(worst / 2 ** -53).toFixed(3)}·2^−53 (bound ${TRIG_ERROR_BOUND / 2 ** -53}·2^−53, margin Δ = ${TRIG_MARGIN / 2 ** -53}·2^−53)`);
  });

  test("exhaustive: every fp32 angle in [2^−12, 2^21) gives fround(Math.cos), fround(Math.sin) or is listed", () => {
    const t = sweepFp32Angles("fp32 cos/sin", check);
    expect(t.angles).toBe(33 * 2 ** 23);
    expect(t.wrong.slice(0, 5)).toEqual([]);
    expect(t.listed / t.angles).toBeLessThan(1e-5);
  }, 300_000);

  test("random fp32 and fp64 angles up to 2^31, negative angles, and special values", () => {
    const rng = createRng(SEED + 1);
    console.log(`fast cos/sin samples: seed ${SEED + 1}`);
    const t: Tally = { angles: 0, listed: 0, wrong: [] };
    const angles = new Float64Array(CHUNK);
    for (let rep = 0; rep < 64; rep++) {
      for (let i = 0; i < CHUNK; i++) {
        const mag = 2 ** (12 + 19 * rng()) * (1 + rng());
        const a = rep % 2 === 0 ? Math.fround(Math.min(mag, TRIG_MAX_ANGLE)) : mag / 2;
        angles[i] = rep % 4 === 3 ? -a : a;
      }
      check(angles, t);
    }
    console.log(`samples up to 2^31: ${t.angles} angles, ${t.listed} listed, ${t.wrong.length} wrong`);
    expect(t.wrong.slice(0, 5)).toEqual([]);
    expect(t.listed / t.angles).toBeLessThan(1e-4);

    // The fallback branch: zero results, out-of-range, NaN and infinite angles must be listed.
    const specials = Float64Array.of(0, -0, NaN, Infinity, -Infinity, TRIG_MAX_ANGLE * 2, -(2 ** 40), 1e300, 2 ** -1074, 2 ** -40, TRIG_MAX_ANGLE, -TRIG_MAX_ANGLE);
    const s: Tally = { angles: 0, listed: 0, wrong: [] };
    check(specials, s);
    expect(s.wrong).toEqual([]);
    f64.set(specials, ANG / 8);
    const nfail = k.sincos(ANG, specials.length, COS, SIN, FAILS, SCRATCH);
    const listed = Array.from({ length: nfail }, (_, q) => i32[FAILS / 4 + q]);
    // Groups 0–3 (sin 0 = 0, NaN, ∞) and 4–7 (−∞, |a| > 2^31) are listed; 8–11 (sin 2^−1074 …) too.
    expect(listed.slice(0, 2)).toEqual([0, 4]);
  });
});

describe("Veltkamp's splitting in fp32 (the rotation's RNE to bf16)", () => {
  test("γ = v·(2^16 + 1), γ − (γ − v) is RNE to 8 significant bits on every f32 of four binades, both signs", () => {
    // JS arithmetic rounded by Math.fround is f32 arithmetic here: v·65537 and γ − v are exact in fp64.
    const p = new Uint32Array(1);
    const v32 = new Float32Array(p.buffer);
    const rne = (v: number): number => {
      v32[0] = v;
      const b = p[0]!;
      p[0] = (b + 0x7fff + ((b >>> 16) & 1)) & 0xffff0000;
      return v32[0]!;
    };
    let bad = 0;
    let n = 0;
    for (const base of [1, -1, 2 ** -100, -(2 ** 104)]) {
      for (let m = 0; m < 2 ** 23; m++) {
        const v = Math.fround(base * (1 + m / 2 ** 23));
        const g = Math.fround(v * 65537);
        const h = Math.fround(g - Math.fround(g - v));
        if (!Object.is(h, rne(v))) bad++;
        n++;
      }
    }
    for (const z of [0, -0]) {
      const g = Math.fround(z * 65537);
      expect(Object.is(Math.fround(g - Math.fround(g - z)), z)).toBe(true);
    }
    expect(n).toBe(2 ** 25);
    expect(bad).toBe(0);
  });
});
