/**
 * rope.norm: rotation preserves each pair's norm (times the attention factor m).
 * Measure: max over pairs of |‖y_pair‖ − m·‖x_pair‖| / (m·‖x_pair‖).
 * Threshold: 3u_out. Rounding each output component once changes the pair norm by ≤ u_out relative
 * (componentwise relative error ≤ u gives ‖δy‖ ≤ u‖y‖); a cos/sin cache rounded to the output format
 * makes c² + s² = 1 + ε with |ε| ≤ 2u·(c² + s²), a norm factor within u of 1; one more intermediate
 * rounding adds ≤ u. fp64 kernels use Math.cos/Math.sin, which are not correctly rounded (≤ 1 ulp each):
 * c² + s² errs by ≤ 4·2^−53, a norm factor within 2·2^−53, and the two products and the sum of each
 * component add ≤ 3·2^−53: 8·2^−53 in all.
 */
import fc from "fast-check";
import { type Evaluation, type KernelUnderTest, type Property, position, sampleVectors, vector } from "../src/index.js";
import { attentionFactorOf, describeVector, rotate, unitRoundoff } from "./common.js";

interface Case {
  x: Float64Array;
  p: number;
}

export function normThreshold(k: KernelUnderTest): number {
  const u = unitRoundoff(k.format);
  return (u < 2 ** -24 ? 8 * u : 3 * u) + (attentionFactorOf(k) === 1 ? 0 : 4 * 2 ** -53);
}

/** max over the pairs of one row (at offset o) of |‖y‖ − m‖x‖| / (m‖x‖); pairs with x = 0 are skipped. */
function worstNormError(x: Float64Array, y: Float64Array, o: number, r0: number, neox: boolean, m: number): number {
  let worst = 0;
  const half = r0 / 2;
  for (let j = 0; j < half; j++) {
    const a = neox ? j : 2 * j;
    const b = neox ? j + half : 2 * j + 1;
    const nx = Math.hypot(x[o + a]!, x[o + b]!) * m;
    if (nx === 0) continue;
    worst = Math.max(worst, Math.abs(Math.hypot(y[o + a]!, y[o + b]!) - nx) / nx);
  }
  return worst;
}

export const ropeNorm: Property<Case> = {
  id: "rope.norm",
  claim: "rotation preserves each pair's norm (times the attention factor)",
  measure: "max over pairs of |‖y‖ − m‖x‖| / (m‖x‖)",
  threshold: normThreshold,
  derivation: (k) =>
    k.format === "fp64"
      ? `8·2^−53 = ${normThreshold(k).toExponential(2)} (Math.cos/sin ≤ 1 ulp each, two products and a sum)`
      : `3·u_out = ${normThreshold(k).toExponential(2)} (output rounding, cache rounding, one intermediate)`,
  sample: (rng, k, maxPosition) => ({ x: sampleVectors(rng, k.format, 1, k.headDim), p: Math.min(maxPosition, Math.floor(2 ** (rng() * Math.log2(maxPosition + 1)))) }),
  arbitrary: (k, maxPosition) => fc.record({ x: vector(k.format, k.headDim), p: position(maxPosition) }),
  async evaluate(k, cases) {
    const x = new Float64Array(cases.length * k.headDim);
    cases.forEach((c, r) => x.set(c.x, r * k.headDim));
    const y = await rotate(k, x, cases.map((c) => c.p));
    const m = attentionFactorOf(k);
    const r0 = k.rope.rotaryDim ?? k.headDim;
    const threshold = normThreshold(k);
    // Plain loops and a module-level helper, not a callback per call: V8 compiles a hot callback once per
    // closure, so a closure made per evaluate call was compiled anew for every job.
    const neox = k.rope.layout === "neox";
    const out: Evaluation[] = new Array(cases.length);
    for (let r = 0; r < cases.length; r++) out[r] = { value: worstNormError(x, y, r * k.headDim, r0, neox, m), position: cases[r]!.p, allowance: threshold };
    return out;
  },
  describe: (c) => `position ${c.p}, ${describeVector("x", c.x)}`,
};
