/**
 * rope.origin: position 0 is the identity (times the attention factor, rounded to the output format).
 * Measure: the number of elements where rotate(x, 0) differs from round_out(m·x). Threshold: 0, in every
 * format: cos 0 = 1 and sin 0 = 0 are exact in all of them, so any difference is a kernel defect.
 */
import fc from "fast-check";
import { type Property, round, sampleVectors, vector } from "../src/index.js";
import { attentionFactorOf, describeVector, rotate } from "./common.js";

interface Case {
  x: Float64Array;
}

export const ropeOrigin: Property<Case> = {
  id: "rope.origin",
  claim: "position 0 is the identity",
  measure: "elements where rotate(x, 0) ≠ round(m·x)",
  threshold: () => 0,
  derivation: () => "0: cos 0 = 1 and sin 0 = 0 are exact in every format",
  sample: (rng, k) => ({ x: sampleVectors(rng, k.format, 1, k.headDim) }),
  arbitrary: (k) => fc.record({ x: vector(k.format, k.headDim) }),
  async evaluate(k, cases) {
    const x = new Float64Array(cases.length * k.headDim);
    cases.forEach((c, r) => x.set(c.x, r * k.headDim));
    const y = await rotate(k, x, cases.map(() => 0));
    const m = attentionFactorOf(k);
    const r0 = k.rope.rotaryDim ?? k.headDim;
    return cases.map((_, r) => {
      let bad = 0;
      for (let j = 0; j < k.headDim; j++) {
        const v = x[r * k.headDim + j]!;
        const want = j < r0 ? round(k.format, m * v) : v;
        if (!Object.is(y[r * k.headDim + j], want)) bad++;
      }
      return { value: bad, position: 0, allowance: 0 };
    });
  },
  describe: (c) => describeVector("x", c.x),
};
