/**
 * With every stage in fp64 the emulation must agree with the decimal oracle within what fp64 implies.
 *
 * Bound, per rotated pair (x_a, x_b) at position p with frequency θ and attention factor m:
 *  - θ in fp64 carries the exponent's rounding amplified by ln b (≤ ln b·2^−53 relative) plus ≤ 4 ulps
 *    of pow and ≤ 4 of the scaling operations; the angle p·θ adds ½ ulp:
 *    |Δangle| ≤ p·θ·(ln b + 9)·2^−53.
 *  - Math.cos/sin add ≤ 1 ulp (≤ 2^−53 absolute for values ≤ 1), m adds ≤ 4·2^−53 relative.
 *  - y_a = x_a·c − x_b·s: |Δy_a| ≤ |x_a||Δc| + |x_b||Δs| + 3 roundings of magnitude ≤ ‖x‖·m·2^−53,
 *    and |x_a||Δc| + |x_b||Δs| ≤ √2·‖x‖·m·(|Δangle| + 2^−53 + 4·2^−53).
 *  So |Δy| ≤ ‖x‖·m·(√2·(p·θ·(ln b + 9) + 5) + 3)·2^−53.
 */
import { Decimal } from "decimal.js";
import { expect, test } from "vitest";
import { type PipelineSpec, type RopeSpec, type Scaling, createDecimalOracle, createRng, emulate, zooPipeline } from "../../src/index.js";
import { exactDecimalString } from "../../src/oracle/exact-decimal.js";

const SEED = 31;
const U = 2 ** -53;

const scalings: Scaling[] = [
  { type: "none" },
  { type: "linear", factor: 4 },
  { type: "ntk", factor: 8 },
  { type: "dynamic-ntk", factor: 2, originalMaxPositions: 4096, seqLen: 20000 },
  { type: "yarn", factor: 16, originalMaxPositions: 4096 },
  { type: "yarn", factor: 32, originalMaxPositions: 4096, mscale: 0.707, mscaleAllDim: 0.707, betaFast: 16 },
  { type: "llama3", factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192 },
];

test("all-fp64 emulation agrees with the decimal oracle within the fp64 bound", () => {
  console.log(`fp64 emulation vs oracle seed ${SEED}`);
  const rng = createRng(SEED);
  const oracle = createDecimalOracle({ digits: 30 });
  let worstRatio = 0;
  let cases = 0;
  for (const layout of ["neox", "gptj"] as const) {
    for (const headDim of [64, 96, 128]) {
      for (const rotaryDim of [headDim, headDim / 2]) {
        for (const scaling0 of [...scalings, "longrope" as const]) {
          const half = rotaryDim / 2;
          const scaling: Scaling =
            scaling0 === "longrope"
              ? {
                  type: "longrope",
                  shortFactor: Array.from({ length: half }, () => 1 + rng() / 2),
                  longFactor: Array.from({ length: half }, () => 1 + 30 * rng()),
                  originalMaxPositions: 4096,
                  maxPositions: 131072,
                  seqLen: 8192,
                }
              : scaling0;
          const base = [1e4, 5e5, 1e6, 1e9][Math.floor(rng() * 4)]!;
          const spec: PipelineSpec = { ...zooPipeline("exact-fp64"), rope: { layout, base, rotaryDim, scaling } };
          const kernel = emulate(spec);
          const rope: RopeSpec = { layout, base, headDim, rotaryDim, scaling };
          const n = 3;
          const x = Float64Array.from({ length: n * headDim }, () => (rng() - 0.5) * 8);
          const positions = Float64Array.from({ length: n }, () => Math.floor(2 ** (rng() * 24)));
          const y = kernel.rotate(x, positions, headDim);
          const thetas = oracle.invFreqs(rope).map((t) => t.toNumber());
          const m = oracle.attentionFactor(rope).toNumber();
          for (let r = 0; r < n; r++) {
            const row = x.subarray(r * headDim, (r + 1) * headDim);
            const exact = oracle.rotate(rope, row, positions[r]!);
            for (let j = 0; j < half; j++) {
              const [a, b] = layout === "neox" ? [j, j + half] : [2 * j, 2 * j + 1];
              const norm = Math.hypot(row[a]!, row[b]!);
              const bound = norm * m * (Math.SQRT2 * (positions[r]! * thetas[j]! * (Math.log(base) + 9) + 5) + 3) * U;
              for (const k of [a, b]) {
                const err = Math.abs(exact[k]!.sub(exactDecimalString(y[r * headDim + k]!)).toNumber());
                worstRatio = Math.max(worstRatio, err / bound);
                cases++;
              }
            }
            for (let k = rotaryDim; k < headDim; k++) expect(y[r * headDim + k]).toBe(row[k]);
          }
        }
      }
    }
  }
  console.log(`${cases} rotated elements; worst error / fp64 bound = ${worstRatio.toFixed(3)}`);
  expect(cases).toBeGreaterThan(10_000);
  expect(worstRatio).toBeLessThanOrEqual(1);
  expect(worstRatio).toBeGreaterThan(0); // the comparison sees fp64's rounding: it is not vacuous
  void Decimal;
});
