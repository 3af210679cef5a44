/**
 * The fp64 fast oracle against the decimal oracle on 10^4 cases, across layouts, bases and every scaling
 * variant: the distance is measured, printed as a function of position, and asserted within the bound
 * fp64 implies (derived in src/oracle/cross-check.ts: (p·θ·(ln b + 9) + 2)·2^−53 per case).
 */
import { expect, test } from "vitest";
import { CROSS_CHECK_ROPES } from "../../src/cli/program.js";
import { type RopeSpec, createDecimalOracle, createFastOracle, crossCheckOracle } from "../../src/index.js";

const SEED = 7;
// The CLI's sample (every scaling but LongRoPE) plus a LongRoPE configuration.
const ropes: RopeSpec[] = [
  ...CROSS_CHECK_ROPES,
  {
    layout: "neox",
    base: 10000,
    headDim: 96,
    scaling: {
      type: "longrope",
      shortFactor: Array.from({ length: 48 }, (_, i) => 1 + i / 96),
      longFactor: Array.from({ length: 48 }, (_, i) => 1 + i / 3),
      originalMaxPositions: 4096,
      maxPositions: 131072,
      seqLen: 8192,
    },
  },
];

test("fp64 fast oracle stays within the bound fp64 implies on 10^4 cases", () => {
  console.log(`cross-check seed ${SEED}`);
  const result = crossCheckOracle({ exact: createDecimalOracle(), fast: createFastOracle(), ropes, cases: 10_000, seed: SEED });
  console.log("position bucket        cases  max |fast − exact|  max bound");
  for (const b of result.byPosition)
    console.log(
      `[${String(b.lo).padStart(10)}, ${String(b.hi).padStart(10)})  ${String(b.cases).padStart(5)}  ${b.maxAbsError.toExponential(2).padStart(17)}  ${b.maxBound.toExponential(2)}`,
    );
  console.log(`max error ${result.maxAbsError.toExponential(3)}; worst error/bound ${result.maxBoundRatio.toFixed(3)}`);
  expect(result.cases).toBe(10_000);
  expect(result.maxBoundRatio).toBeLessThanOrEqual(1);
  // The distance grows with position: the top bucket's error dwarfs the bottom's (a measured fact
  // about fp64 angles, and a check that the measurement is not vacuous).
  const first = result.byPosition.find((b) => b.lo >= 1)!;
  const last = result.byPosition.at(-1)!;
  expect(last.maxAbsError).toBeGreaterThan(1000 * first.maxAbsError);
  expect(last.maxAbsError).toBeGreaterThan(0);
});
