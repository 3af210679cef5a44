/**
 * The fast oracle's bulk rotation (rotateRows) against its own row-by-row `rotate`, which the decimal oracle
 * cross-checks (cross-check.test.ts): every element the same bits, for both layouts, partial rotary dims,
 * scalings with an attention factor, any position, special values, and in place.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { type RopeSpec, createFastOracle } from "../../src/index.js";

const SEED = 20261206;
console.log(`fast oracle rotateRows tests seed ${SEED}`);

const ropes: RopeSpec[] = [
  { layout: "neox", base: 10000, headDim: 64 },
  { layout: "gptj", base: 10000, headDim: 64 },
  { layout: "neox", base: 500000, headDim: 128, rotaryDim: 32 },
  { layout: "gptj", base: 10000, headDim: 80, rotaryDim: 40 },
  { layout: "neox", base: 10000, headDim: 64, scaling: { type: "yarn", factor: 8, originalMaxPositions: 4096 } },
  { layout: "gptj", base: 1e6, headDim: 48, rotaryDim: 16, scaling: { type: "linear", factor: 4 } },
];

/** Values of every kind the kernels under test return: ordinary, huge, tiny, subnormal, ±0, ±inf, NaN. */
const value = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -4, max: 4, noNaN: true }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, Infinity, -Infinity, NaN, 5e-324, -2.2e-308, 1.7e308) },
);

const sameBits = (a: Float64Array, b: ArrayLike<number>): boolean => a.length === b.length && Array.from(a).every((v, k) => Object.is(v, b[k]));

describe("createFastOracle().rotateRows", () => {
  const oracle = createFastOracle();
  test.each(ropes.map((r, i) => [i, r] as const))("rope %i: the same bits as rotate, row by row", (_, rope) => {
    const d = rope.headDim;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 2 ** 21 }), fc.constantFrom(0, 1, 2 ** 31 - 1, 2 ** 53 - 1)), { minLength: 1, maxLength: 6 }),
        fc.array(value, { minLength: 6 * d, maxLength: 6 * d }),
        fc.boolean(),
        (positions, values, inPlace) => {
          const x = Float64Array.from(values.slice(0, positions.length * d));
          const want = new Float64Array(x.length);
          positions.forEach((p, r) => want.set(oracle.rotate(rope, x.subarray(r * d, (r + 1) * d), p), r * d));
          const out = inPlace ? x : new Float64Array(x.length);
          const before = x.slice();
          const got = oracle.rotateRows(rope, x, positions, out);
          expect(got).toBe(out);
          expect(sameBits(got, want)).toBe(true);
          if (!inPlace) expect(sameBits(x, before)).toBe(true);
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  });

  test("rejects positions that are not safe integers, and arrays of the wrong length, naming the argument", () => {
    const rope = ropes[0]!;
    const x = new Float64Array(2 * rope.headDim);
    expect(() => oracle.rotateRows(rope, x, [0, 1.5], new Float64Array(x.length))).toThrow(/^position: /);
    expect(() => oracle.rotateRows(rope, x, [0, -1], new Float64Array(x.length))).not.toThrow();
    expect(() => oracle.rotateRows(rope, x, [0], new Float64Array(x.length))).toThrow(/^x: /);
    expect(() => oracle.rotateRows(rope, x, [0, 1], new Float64Array(3))).toThrow(/^out: /);
  });
});
