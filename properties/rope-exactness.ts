/**
 * rope.exactness: rotated vectors equal exact RoPE.
 * Measure: max over elements of |y − exact| / ‖(x_a, x_b)‖ (the pair's norm), by position bucket.
 * Threshold: 2u_out·m (u_out = unit roundoff of the output format, m = attention factor). A kernel that
 * rotates exactly and rounds once errs by ≤ u_out·|y| ≤ u_out·m·‖pair‖; one more rounding of an
 * intermediate at least as precise (an fp32 cos/sin) adds at most as much again. fp64 kernels are judged
 * against the fp64 oracle, with the fp64 angle bound added (their only honest reference at this speed).
 */
import fc from "fast-check";
import { type KernelUnderTest, type Property, position, sampleVectors, vector } from "../src/index.js";
import { exactRotate, oracle, ropeOf, rotate, unitRoundoff } from "./common.js";

interface Case {
  x: Float64Array;
  p: number;
}

function pairs(k: KernelUnderTest): [number, number][] {
  const r = k.rope.rotaryDim ?? k.headDim;
  return Array.from({ length: r / 2 }, (_, j) => (k.rope.layout === "neox" ? [j, j + r / 2] : [2 * j, 2 * j + 1]));
}

export function exactnessThreshold(k: KernelUnderTest, p: number): number {
  const m = oracle.attentionFactor(ropeOf(k));
  const u = unitRoundoff(k.format);
  if (u >= 2 ** -24) return 2 * u * m;
  return (4 + 2 * p * (Math.log(k.rope.base) + 9)) * 2 ** -53 * m;
}

export const ropeExactness: Property<Case> = {
  id: "rope.exactness",
  claim: "rotated vectors equal exact RoPE rounded to the output format",
  measure: "max |y − exact| / ‖pair‖ over rotated elements",
  derivation: (k) => `2·u_out·m = ${exactnessThreshold(k, 0).toExponential(2)} (u_out = 2^−${Math.round(-Math.log2(unitRoundoff(k.format)))}: exact rotation, one rounding, one more intermediate rounding)`,
  sample: (rng, k, maxPosition) => ({ x: sampleVectors(rng, k.format, 1, k.headDim), p: Math.min(maxPosition, Math.floor(2 ** (rng() * Math.log2(maxPosition + 1)))) }),
  arbitrary: (k, maxPosition) => fc.record({ x: vector(k.format, k.headDim), p: position(maxPosition) }),
  async evaluate(k, cases) {
    const x = new Float64Array(cases.length * k.headDim);
    cases.forEach((c, r) => x.set(c.x, r * k.headDim));
    const ps = cases.map((c) => c.p);
    const y = await rotate(k, x, ps);
    const want = exactRotate(k, x, ps);
    const pr = pairs(k);
    return cases.map((c, r) => {
      const o = r * k.headDim;
      let worst = 0;
      for (const [a, b] of pr) {
        const n = Math.hypot(x[o + a]!, x[o + b]!);
        if (n === 0) continue;
        worst = Math.max(worst, Math.abs(y[o + a]! - want[o + a]!) / n, Math.abs(y[o + b]! - want[o + b]!) / n);
      }
      return { value: worst, position: c.p, threshold: exactnessThreshold(k, c.p) };
    });
  },
  describe: (c) => `position ${c.p}, x = [${Array.from(c.x.subarray(0, 4)).join(", ")}${c.x.length > 4 ? ", …" : ""}]`,
};
