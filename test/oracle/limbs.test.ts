/**
 * The decimal oracle's float64-limb engine (src/oracle/limbs.ts) against BigInt, its reference:
 *  - the complex product equals the exact product truncated to 2^−F, give or take one unit (the proof
 *    allows < 1 + 2^−13 units), at the extremes of every limb and for limb counts up to the largest;
 *  - limbs ↔ BigInt round-trips;
 *  - Decimals built without a string are the very objects decimal.js's parser builds from the reference
 *    string (same prototype, own properties, digits, exponent, sign), and the fast path is really taken
 *    where it should be and refused where the self-check must fail.
 */
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { createRng } from "../../src/index.js";
import {
  LIMB_BITS,
  createLimbArith,
  createLimbDecimal,
  fixedDecimalString,
  limbDecimalPath,
  limbsFromBigInt,
  limbsToBigInt,
  sameDecimal,
} from "../../src/oracle/limbs.js";

const SEED = 20261130;
console.log(`limb engine tests seed ${SEED}`);
const BASE = 2 ** LIMB_BITS;

/** A random real in [−2, 2) as L + 1 normalised limbs; `extreme` picks limbs 0 or 2^22 − 1 only. */
function randomLimbs(rng: () => number, L: number, out: Int32Array, o: number, extreme: boolean): void {
  out[o] = [-2, -1, 0, 1][Math.floor(rng() * 4)]!;
  for (let k = 1; k <= L; k++) out[o + k] = extreme ? (rng() < 0.8 ? BASE - 1 : 0) : Math.floor(rng() * BASE);
}

describe("limb arithmetic", () => {
  test("limbs ↔ BigInt round-trip, negative values included", () => {
    const rng = createRng(SEED);
    for (const L of [1, 2, 8, 63]) {
      const buf = new Int32Array(L + 1);
      for (let n = 0; n < 500; n++) {
        let v = 0n;
        for (let k = 0; k <= L; k++) v = (v << BigInt(LIMB_BITS)) + BigInt(Math.floor(rng() * BASE));
        v >>= BigInt(Math.floor(rng() * LIMB_BITS)); // below 2^(F+22): integer parts up to 2^22
        if (rng() < 0.5) v = -v;
        limbsFromBigInt(v, L, buf, 0);
        for (let k = 1; k <= L; k++) expect(buf[k]! >= 0 && buf[k]! < BASE && Number.isInteger(buf[k]!)).toBe(true);
        expect(limbsToBigInt(buf, L)).toBe(v);
      }
    }
  });

  test("a complex product is the exact one truncated to 2^−F, within one unit, for L up to 127", () => {
    const rng = createRng(SEED + 1);
    let worst = 0n;
    let exact = 0;
    let total = 0;
    for (const L of [1, 2, 3, 8, 9, 22, 63, 127]) {
      const arith = createLimbArith(L);
      const K = L + 1;
      const F = BigInt(LIMB_BITS * L);
      const buf = new Int32Array(3 * arith.K2);
      const count = L > 60 ? 150 : 1500;
      for (let n = 0; n < count; n++) {
        const extreme = n % 3 === 0;
        for (const at of [0, K, arith.K2, arith.K2 + K]) randomLimbs(rng, L, buf, at, extreme);
        const [xr, xi, yr, yi] = [0, K, arith.K2, arith.K2 + K].map((at) => limbsToBigInt(buf, L, at)) as [bigint, bigint, bigint, bigint];
        const alias = n % 4 === 1; // z = x: inputs are read before the result is written
        const zo = alias ? 0 : 2 * arith.K2;
        arith.cmul(buf, 0, buf, arith.K2, buf, zo);
        // BigInt's >> floors, as the limbs truncate toward −∞.
        const wantR = (xr * yr - xi * yi) >> F;
        const wantI = (xr * yi + xi * yr) >> F;
        for (const [got, want] of [
          [limbsToBigInt(buf, L, zo), wantR],
          [limbsToBigInt(buf, L, zo + K), wantI],
        ] as const) {
          const d = got > want ? got - want : want - got;
          if (d > worst) worst = d;
          if (d === 0n) exact++;
          total++;
          for (let k = 1; k <= L; k++) expect(buf[zo + k]! >= 0 && buf[zo + k]! < BASE).toBe(true);
        }
      }
    }
    console.log(`${total} parts: ${exact} equal to the truncated exact product, the rest within ${worst} unit`);
    expect(worst <= 1n).toBe(true);
  });

  test("limb counts outside [1, 127] are refused (column sums would not stay exact)", () => {
    expect(() => createLimbArith(0)).toThrow(RangeError);
    expect(() => createLimbArith(128)).toThrow(RangeError);
  });
});

describe("Decimals from limbs", () => {
  const config = { rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 } as const;

  /** Random values and the edges: ±0, ±2^−F, ±1, ±(1 − 2^−F), integer parts, powers of ten. */
  function values(rng: () => number, L: number, n: number): bigint[] {
    const F = BigInt(LIMB_BITS * L);
    const one = 1n << F;
    const out = [0n, 1n, -1n, one, -one, one - 1n, 1n - one, one + 1n, 3n * one, -7n * one - 5n, 9_999_999n * one];
    for (let k = 1n; k < 40n; k++) out.push(one / 10n ** k, -(one / 10n ** k) - 1n, one >> (3n * k));
    for (let k = 0; k < n; k++) {
      let v = 0n;
      for (let w = 0; w <= L; w++) v = (v << BigInt(LIMB_BITS)) + BigInt(Math.floor(rng() * BASE));
      v >>= BigInt(LIMB_BITS + Math.floor(rng() * 3 * LIMB_BITS)); // below 2^F, often far below
      out.push(rng() < 0.5 ? -v : v);
    }
    return out;
  }

  test("without a string, the same objects decimal.js parses, for every limb count of D in [10, 180]", () => {
    const rng = createRng(SEED + 2);
    let checked = 0;
    for (const digits of [10, 25, 40, 41, 60, 100, 180]) {
      const L = Math.ceil((Math.ceil(digits * Math.log2(10)) + 40) / LIMB_BITS);
      const F = LIMB_BITS * L;
      const N = Math.ceil(F * Math.log10(2));
      for (const precision of [digits, digits + 8]) {
        const C = Decimal.clone({ ...config, precision });
        expect(limbDecimalPath(C, L, N)).toBe("fast");
        const conv = createLimbDecimal(C, L, N);
        const buf = new Int32Array(L + 1);
        for (const v of values(rng, L, digits === 40 ? 20_000 : 2_000)) {
          limbsFromBigInt(v, L, buf, 0);
          for (const negate of [false, true]) {
            const got = conv(buf, 0, negate);
            const want = new C(fixedDecimalString(negate ? -v : v, F, N));
            if (!sameDecimal(got, want)) expect(`${got} (d ${got.d}, e ${got.e}, s ${got.s})`).toBe(`${want} (d ${want.d}, e ${want.e}, s ${want.s})`);
            checked++;
          }
        }
      }
    }
    console.log(`${checked} conversions identical to decimal.js's parse of the reference string`);
  });

  test("they compute as parsed ones do, −0 included", () => {
    const C = Decimal.clone({ ...config, precision: 40 });
    const conv = createLimbDecimal(C, 8, 53);
    const buf = new Int32Array(9);
    limbsFromBigInt(-1n, 8, buf, 0); // −2^−176 ≈ −1.04e−53 truncates to −1e−53 ...
    expect(conv(buf, 0, false).toExponential()).toBe("-1e-53");
    const negZero = createLimbDecimal(C, 8, 50)(buf, 0, false); // ... and to −0 at 50 places
    expect(limbDecimalPath(C, 8, 50)).toBe("fast");
    expect(negZero.isZero() && negZero.isNegative()).toBe(true);
    expect(Object.is(negZero.toNumber(), -0)).toBe(true);
    limbsFromBigInt(3n << 174n, 8, buf, 0); // 0.75
    const x = conv(buf, 0, true);
    expect(x.toString()).toBe("-0.75");
    expect(x.plus(1).toString()).toBe("0.25");
    expect(x.mul(x).eq("0.5625")).toBe(true);
    expect(x instanceof Decimal && Decimal.isDecimal(x)).toBe(true);
    expect(new C(x).eq(x)).toBe(true);
  });

  test("the self-check refuses the fast path where it would differ, and past D ≈ 180", () => {
    // minE = −20 flushes anything below 1e-20 to zero when parsing: the fast path would not.
    const flushing = Decimal.clone({ ...config, precision: 40, minE: -20 });
    expect(limbDecimalPath(flushing, 8, 53)).toBe("string");
    const conv = createLimbDecimal(flushing, 8, 53);
    const buf = new Int32Array(9);
    limbsFromBigInt(1n << 100n, 8, buf, 0); // 2^−76 ≈ 1.3e−23
    expect(conv(buf, 0, false).isZero()).toBe(true);
    // F = 22·31 = 682 > 650: the string is as fast, and taken.
    const C = Decimal.clone({ ...config, precision: 190 });
    expect(limbDecimalPath(C, 31, 206)).toBe("string");
    const big = new Int32Array(32);
    limbsFromBigInt((1n << 681n) + 12345n, 31, big, 0);
    expect(createLimbDecimal(C, 31, 206)(big, 0, true).toString()).toBe(new C(fixedDecimalString(-(1n << 681n) - 12345n, 682, 206)).toString());
  });
});
