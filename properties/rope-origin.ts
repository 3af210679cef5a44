/**
 * rope.origin: position 0 is the identity (times the attention factor, rounded to the output format).
 * Measure: the number of elements where rotate(x, 0) differs from round_out(m·x). Threshold: 0, in every
 * format: cos 0 = 1 and sin 0 = 0 are exact in all of them, so any difference is a kernel defect.
 */
import fc from "fast-check";
import { type Evaluation, type FormatName, type Property, round, sampleVectors, vector } from "../src/index.js";
import { attentionFactorOf, describeVector, rotate } from "./common.js";

interface Case {
  x: Float64Array;
}

/** Elements of the row at offset o where y ≠ round(m·x) (rotary part) or y ≠ x (the rest). */
function notIdentity(format: FormatName, x: Float64Array, y: Float64Array, o: number, headDim: number, r0: number, m: number): number {
  let bad = 0;
  for (let j = 0; j < headDim; j++) {
    const v = x[o + j]!;
    const want = j < r0 ? round(format, m * v) : v;
    if (!Object.is(y[o + j], want)) bad++;
  }
  return bad;
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
    // A plain loop and a module-level helper, not a callback per call (V8 compiles a hot callback once per closure).
    const out: Evaluation[] = new Array(cases.length);
    for (let r = 0; r < cases.length; r++) out[r] = { value: notIdentity(k.format, x, y, r * k.headDim, k.headDim, r0, m), position: 0, allowance: 0 };
    return out;
  },
  describe: (c) => describeVector("x", c.x),
};
