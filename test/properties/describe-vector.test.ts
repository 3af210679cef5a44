/** Counterexample vectors are told by their largest-magnitude entries, with indices. */
import fc from "fast-check";
import { expect, test } from "vitest";
import { describeVector } from "../../properties/common.js";
import { builtinProperty } from "../../src/cli/property-specs.js";
import { type Evaluation, type KernelUnderTest, type Property } from "../../src/index.js";
import { measureGiven } from "../../src/measure/property.js";

const SEED = 1206;
console.log(`describe-vector tests seed ${SEED}`);

/** The definition, by a full sort: magnitude descending (NaN largest), ties by index; zeros left out. */
function bySort(name: string, x: Float64Array, shown: number): string {
  const mag = (v: number): number => (Number.isNaN(v) ? Infinity : Math.abs(v));
  const nonzero = Array.from(x.keys())
    .sort((a, b) => mag(x[b]!) - mag(x[a]!) || a - b)
    .filter((i) => x[i] !== 0);
  if (nonzero.length === 0) return `${name} = 0 (all ${x.length} entries)`;
  const top = nonzero.slice(0, shown).map((i) => `${name}[${i}] = ${x[i]}`);
  if (nonzero.length > shown) return `${top.join(", ")}, … (${x.length} entries)`;
  return `${top.join(", ")}${x.length > top.length ? ` (the other ${x.length - top.length} of ${x.length} entries 0)` : ""}`;
}

/** Few distinct magnitudes, so ties, zeros of both signs, NaN and infinities are common. */
const entry = fc.oneof(fc.constantFrom(0, -0, 1, -1, 2, -2, 0.5, NaN, Infinity, -Infinity), fc.double({ noNaN: true }));

test("largest |x| first, with indices and the length; NaN first; zeros said as zeros", () => {
  const x = new Float64Array(128);
  x[5] = 0.5;
  x[17] = 3.2;
  x[81] = -2.9;
  x[100] = 1;
  expect(describeVector("x", x)).toBe("x[17] = 3.2, x[81] = -2.9, x[100] = 1, … (128 entries)");
  x[3] = NaN;
  expect(describeVector("x", x, 2)).toBe("x[3] = NaN, x[17] = 3.2, … (128 entries)");
  expect(describeVector("q", Float64Array.of(0, -4, 0, 0))).toBe("q[1] = -4 (the other 3 of 4 entries 0)");
  expect(describeVector("k", new Float64Array(8))).toBe("k = 0 (all 8 entries)");
  expect(describeVector("k", Float64Array.of(1, -1))).toBe("k[0] = 1, k[1] = -1");
});

test("the built-in properties describe their vectors that way", () => {
  const x = new Float64Array(64);
  x[40] = -7.5;
  expect(builtinProperty("rope.exactness")!.describe({ x, p: 448367 })).toBe("position 448367, x[40] = -7.5 (the other 63 of 64 entries 0)");
  expect(builtinProperty("rope.origin")!.describe({ x })).toBe("x[40] = -7.5 (the other 63 of 64 entries 0)");
});

test("any vector: the selection equals the full sort's order", () => {
  fc.assert(
    fc.property(fc.array(entry, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 6 }), (values, shown) => {
      const x = Float64Array.from(values);
      expect(describeVector("x", x, shown)).toBe(bySort("x", x, shown));
    }),
    { seed: SEED, numRuns: 500 },
  );
});

test("measureGiven's worst cases: the three largest figures (NaN worst), ties by case index", async () => {
  const kernel: KernelUnderTest = { name: "k", format: "bf16", rope: { layout: "neox", base: 10000 }, headDim: 2, rotate: (x) => x };
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(fc.constantFrom(0, 1, 2, NaN), fc.double({ min: 0, max: 10, noNaN: true })), { minLength: 1, maxLength: 30 }), async (values) => {
      const p: Property<number> = {
        id: "test.values",
        claim: "",
        measure: "",
        threshold: () => 1,
        derivation: () => "",
        sample: () => 0,
        arbitrary: () => fc.constant(0),
        evaluate: async (_k, cases): Promise<Evaluation[]> => cases.map((c) => ({ value: values[c]!, position: c, allowance: 1 })),
        describe: (c) => `case ${c}`,
      };
      const m = await measureGiven(p, kernel, values.map((_, i) => i), 1);
      const rank = (v: number): number => (Number.isNaN(v) ? Infinity : v);
      const want = values.map((_, i) => i).sort((a, b) => rank(values[b]!) - rank(values[a]!) || a - b).slice(0, 3);
      expect(m.worst.map((w) => w.case)).toEqual(want.map((i) => `case ${i}`));
    }),
    { seed: SEED, numRuns: 300 },
  );
});
