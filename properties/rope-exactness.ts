/**
 * rope.exactness: rotated vectors equal exact RoPE.
 * Measure: max over rotated elements of |y − exact| / ‖(x_a, x_b)‖ (the pair's norm), by position bucket.
 * Allowance per element: a_F + δᵢ(p) (common.ts formatAllowance: the output format's roundings, per op, and a
 * correctly computed fp32 angle for pair i at position p). The figure weighs each element by its own
 * allowance, so a kernel whose angle errs more than fp32 allows on any one pair (chained θᵢ, a TF32 or bf16
 * angle, bf16 positions) fails even where another pair's larger allowance would hide it.
 * Threshold: a_F (3u + 4u² + 4·2^−24)·m; fp64 kernels 4·2^−53·m.
 */
import fc from "fast-check";
import { type Evaluation, type Property, position, sampleVectors, vector } from "../src/index.js";
import { angleAllowances, describeVector, exactRotate, formatAllowance, rotate, unitRoundoff } from "./common.js";

interface Case {
  x: Float64Array;
  p: number;
}

/**
 * One case's raw worst element (|y − exact| / ‖pair‖) and the allowance that makes raw / allowance its
 * worst element's ratio to that element's own allowance aF + δᵢ. A module-level function with plain loops,
 * not a callback per evaluate call: V8 compiles a hot callback once per closure, so one made per call was
 * compiled again for every job.
 */
function caseFigure(x: Float64Array, y: Float64Array, want: Float64Array, o: number, r0: number, neox: boolean, aF: number, delta: Float64Array | readonly number[]): { raw: number; allowance: number } {
  let raw = 0;
  let ratio = 0;
  const half = r0 / 2;
  for (let i = 0; i < half; i++) {
    const a = neox ? i : 2 * i;
    const b = neox ? i + half : 2 * i + 1;
    const n = Math.hypot(x[o + a]!, x[o + b]!);
    if (n === 0) continue;
    const e = Math.max(Math.abs(y[o + a]! - want[o + a]!), Math.abs(y[o + b]! - want[o + b]!)) / n;
    raw = Math.max(raw, e);
    // Math.max keeps a NaN: a NaN element makes the case NaN, never hides it.
    ratio = Math.max(ratio, e / (aF + delta[i]!));
  }
  return { raw, allowance: ratio > 0 ? raw / ratio : aF + delta[0]! };
}

export const ropeExactness: Property<Case> = {
  id: "rope.exactness",
  claim: "rotated vectors equal exact RoPE rounded to the output format",
  measure: "max |y − exact| / ‖pair‖ over rotated elements",
  threshold: (k) => formatAllowance(k),
  derivation: (k) =>
    k.format === "fp64"
      ? `4·2^−53·m = ${formatAllowance(k).toExponential(2)}: the fp64 emulation's cos/sin, products and sum; each element's allowance adds its fp64 angle error 2p(ln b + 9)·2^−53·m`
      : `(3u + 4u² + 4·2^−24)·m = ${formatAllowance(k).toExponential(2)} (u = 2^−${Math.round(-Math.log2(unitRoundoff(k.format)))}): cos/sin, both products and the sum each rounded to ${k.format}; each element's allowance adds a correct fp32 angle's error 3·2^−24·p·θᵢ·m`,
  sample: (rng, k, maxPosition) => ({ x: sampleVectors(rng, k.format, 1, k.headDim), p: Math.min(maxPosition, Math.floor(2 ** (rng() * Math.log2(maxPosition + 1)))) }),
  arbitrary: (k, maxPosition) => fc.record({ x: vector(k.format, k.headDim), p: position(maxPosition) }),
  async evaluate(k, cases) {
    const x = new Float64Array(cases.length * k.headDim);
    cases.forEach((c, r) => x.set(c.x, r * k.headDim));
    const ps = cases.map((c) => c.p);
    const y = await rotate(k, x, ps);
    const want = exactRotate(k, x, ps);
    const r0 = k.rope.rotaryDim ?? k.headDim;
    const neox = k.rope.layout === "neox";
    const aF = formatAllowance(k);
    const out: Evaluation[] = new Array(cases.length);
    for (let r = 0; r < cases.length; r++) {
      const p = cases[r]!.p;
      const f = caseFigure(x, y, want, r * k.headDim, r0, neox, aF, angleAllowances(k, p));
      out[r] = { value: f.raw, position: p, allowance: f.allowance };
    }
    return out;
  },
  describe: (c) => `position ${c.p}, ${describeVector("x", c.x)}`,
};
