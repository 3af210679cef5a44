/** Counterexample vectors are told by their largest-magnitude entries, with indices. */
import { expect, test } from "vitest";
import { describeVector } from "../../properties/common.js";
import { builtinProperty } from "../../src/cli/property-specs.js";

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
