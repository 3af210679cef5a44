/**
 * Laws every arbitrary obeys (after fast-check's own "laws" tests): the same seed gives the same values;
 * every value lies on the declared grid or range; shrinking yields strictly simpler values. Shrink chains
 * are observed with a property that always fails: fast-check then accepts the first shrink candidate at
 * every step, and each accepted value must be strictly simpler than the one before.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  BOUNDARY_POSITIONS,
  FORMAT_NAMES,
  HEAD_DIMS,
  BASES,
  SCALING_TYPES,
  boundaryPosition,
  formatArray,
  formatValue,
  logUniformPosition,
  position,
  ropeWorkload,
  round,
  shift,
  uniformPosition,
  vector,
  type RopeSpec,
} from "../../src/index.js";

const SEED = 4242;
console.log(`generator laws seed ${SEED}`);

function sameSeedSameValues<T>(arb: fc.Arbitrary<T>): void {
  const a = fc.sample(arb, { seed: SEED, numRuns: 50 });
  const b = fc.sample(arb, { seed: SEED, numRuns: 50 });
  expect(b).toEqual(a);
}

/** The chain of values fast-check accepts while shrinking a failure (first value = the original). */
function shrinkChain<T>(arb: fc.Arbitrary<T>, seed: number): T[] {
  const seen: T[] = [];
  fc.check(
    fc.property(arb, (v) => {
      seen.push(v);
      return false;
    }),
    { seed, numRuns: 1 },
  );
  return seen;
}

function strictlySimpler<T>(arb: fc.Arbitrary<T>, complexity: (v: T) => number[], seeds = 20): void {
  for (let s = 0; s < seeds; s++) {
    const chain = shrinkChain(arb, SEED + s);
    for (let i = 1; i < chain.length; i++) {
      const before = complexity(chain[i - 1]!);
      const after = complexity(chain[i]!);
      // Lexicographic comparison: the accepted shrink must be smaller.
      let cmp = 0;
      for (let j = 0; j < before.length && cmp === 0; j++) cmp = Math.sign(after[j]! - before[j]!);
      expect(cmp, `shrink ${i} of seed ${SEED + s}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`).toBe(-1);
    }
  }
}

describe.each(FORMAT_NAMES)("formatValue(%s)", (format) => {
  const arb = formatValue(format);
  test("same seed ⇒ same values", () => sameSeedSameValues(arb));
  test("every value lies on the grid and is finite", () => {
    for (const v of fc.sample(arb, { seed: SEED, numRuns: 2000 })) {
      expect(Object.is(round(format, v), v), `${v} on the ${format} grid`).toBe(true);
      expect(Number.isFinite(v)).toBe(true);
    }
  });
  test("shrinking yields strictly smaller magnitudes (then +0 over −0)", () => {
    strictlySimpler(arb, (v) => [Math.abs(v), Object.is(v, -0) || v < 0 ? 1 : 0]);
  });
  test("bounds are honoured", () => {
    const bounded = formatValue(format, { minMagnitude: 0.5, maxMagnitude: 4, nonNegative: true });
    for (const v of fc.sample(bounded, { seed: SEED, numRuns: 500 })) expect(v >= 0.5 && v <= 4).toBe(true);
  });
});

describe("formatArray and vector", () => {
  test("arrays: same seed, on the grid, shrink shorter or smaller", () => {
    const arb = formatArray("bf16", { maxLength: 16 });
    sameSeedSameValues(arb);
    for (const a of fc.sample(arb, { seed: SEED, numRuns: 200 })) for (const v of a) expect(round("bf16", v)).toBe(v);
    strictlySimpler(arb, (a) => [a.length, a.reduce((s, v) => s + Math.abs(v), 0), a.filter((v) => v < 0 || Object.is(v, -0)).length]);
  });
  test("vectors: same seed, on the grid, shrink toward small norms", () => {
    const arb = vector("fp16", 16);
    sameSeedSameValues(arb);
    for (const a of fc.sample(arb, { seed: SEED, numRuns: 200 })) {
      expect(a.length).toBe(16);
      for (const v of a) expect(round("fp16", v)).toBe(v);
    }
    strictlySimpler(arb, (a) => [a.reduce((s, v) => s + Math.abs(v), 0), a.filter((v) => v < 0).length]);
  });
});

describe("positions and shifts", () => {
  test.each([
    ["uniformPosition", uniformPosition(1 << 20), 1 << 20],
    ["logUniformPosition", logUniformPosition(2 ** 31 - 1), 2 ** 31 - 1],
    ["boundaryPosition", boundaryPosition(2 ** 31 - 1), 2 ** 31 - 1],
    ["position", position(1 << 24), 1 << 24],
  ] as const)("%s: same seed, integers in range, shrinking toward 0", (_, arb, max) => {
    sameSeedSameValues(arb);
    for (const p of fc.sample(arb, { seed: SEED, numRuns: 2000 })) expect(Number.isSafeInteger(p) && p >= 0 && p <= max).toBe(true);
    strictlySimpler(arb, (p) => [p]);
  });
  test("log-uniform covers every binade up to 2^31", () => {
    const bins = new Set(fc.sample(logUniformPosition(2 ** 31 - 1), { seed: SEED, numRuns: 5000 }).map((p) => Math.floor(Math.log2(p + 1))));
    expect(bins.size).toBeGreaterThanOrEqual(30);
  });
  test("boundaries include 256, 2048 and their neighbours", () => {
    for (const p of [255, 256, 257, 2047, 2048, 2049, 2 ** 24]) expect(BOUNDARY_POSITIONS).toContain(p);
  });
  test("shift: ≥ 1, shrinking toward 1", () => {
    const arb = shift(1 << 16);
    sameSeedSameValues(arb);
    for (const d of fc.sample(arb, { seed: SEED, numRuns: 1000 })) expect(d >= 1 && d <= 1 << 16).toBe(true);
    strictlySimpler(arb, (d) => [d]);
  });
});

describe("ropeWorkload", () => {
  const arb = ropeWorkload();
  const complexity = (w: RopeSpec): number[] => [HEAD_DIMS.indexOf(w.headDim), BASES.indexOf(w.base), w.layout === "neox" ? 0 : 1, SCALING_TYPES.indexOf(w.scaling?.type ?? "none")];
  test("same seed ⇒ same workloads; fields from the declared lists", () => {
    sameSeedSameValues(arb);
    for (const w of fc.sample(arb, { seed: SEED, numRuns: 300 })) {
      expect(HEAD_DIMS).toContain(w.headDim);
      expect(BASES).toContain(w.base);
      expect(SCALING_TYPES).toContain(w.scaling!.type);
    }
  });
  test("shrinking moves toward d = 64, base 1e4, no scaling", () => {
    for (let s = 0; s < 20; s++) {
      const chain = shrinkChain(arb, SEED + s);
      const last = chain.at(-1)!;
      expect(complexity(last)).toEqual([0, 0, 0, 0]);
    }
  });
});
