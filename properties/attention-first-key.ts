/**
 * attention.first-key: the first key's logit is shift invariant (the paper's Eq. 5 per query).
 * Measure: mean over the T queries of |a_{i,1}(0) − a_{i,1}(Δ)| / (‖q_i‖‖k_1‖/√d): Eq. 5 made relative,
 * so it compares with logit.relative.
 * Allowance: each logit at shift 0 and at Δ may err by one score's bound (common.ts scoreAllowance, in the
 * score's own arithmetic, plus the 1/√d scaling's rounding); threshold: that at position 0.
 */
import fc from "fast-check";
import { type KernelUnderTest, type Property, firstKeyLogitDeltas, logUniformPosition, sampleSinkWorkload, vector } from "../src/index.js";
import { norm, scoreAllowance, scoreFor, scoreFormat, unitRoundoff } from "./common.js";

interface Case {
  T: number;
  q: Float64Array;
  k0: Float64Array;
  shift: number;
}

/** The logit of a query at ≤ top and the first key at `key`, at shift 0 and shifted: two scores' bounds. */
function firstKeyAllowance(k: KernelUnderTest, key: number, top: number): number {
  const f = scoreFormat(k);
  const us = f === "fp32" ? 2 ** -24 : 2 ** -53;
  return scoreAllowance(k, top - key, 0, f) + scoreAllowance(k, top, key, f) + 2 * us;
}

export const attentionFirstKey: Property<Case> = {
  id: "attention.first-key",
  claim: "the first key's logit is shift invariant",
  measure: "mean over queries of |a_{i,1}(0) − a_{i,1}(Δ)| / (‖q_i‖‖k_1‖/√d)",
  threshold: (k) => firstKeyAllowance(k, 0, 0),
  derivation: (k) =>
    `2·(ε(2M + ε) + γ_d(M + ε)² + u_s) = ${firstKeyAllowance(k, 0, 0).toExponential(2)}, ε = √2·a_F (u = 2^−${Math.round(-Math.log2(unitRoundoff(k.format)))}), γ_d and u_s of the ${scoreFormat(k)} score: the logit at both shifts; each case adds its positions' fp32-angle allowance`,
  sample(rng, k, maxPosition) {
    const T = 64;
    const w = sampleSinkWorkload(rng, k.format, T, k.headDim, { layout: k.rope.layout });
    return { T, q: w.q, k0: w.k.slice(0, k.headDim), shift: 1 + Math.min(maxPosition - T, Math.floor(2 ** (rng() * Math.log2(Math.max(2, maxPosition - T))))) };
  },
  arbitrary: (k, maxPosition) =>
    fc.record({
      T: fc.constant(8),
      q: fc.array(vector(k.format, k.headDim), { minLength: 8, maxLength: 8 }).map((rs) => {
        const x = new Float64Array(8 * k.headDim);
        rs.forEach((r, i) => x.set(r, i * k.headDim));
        return x;
      }),
      k0: vector(k.format, k.headDim),
      shift: logUniformPosition(Math.max(1, maxPosition - 8)).map((s) => s + 1),
    }),
  async evaluate(k, cases) {
    const d = k.headDim;
    const out = [];
    for (const c of cases) {
      const T = c.q.length / d;
      const deltas = await firstKeyLogitDeltas({ kernel: k, headDim: d, q: c.q, k0: c.k0, score: scoreFor(k), shifts: [0, c.shift] });
      const nk = norm(c.k0, 0, d);
      let s = 0;
      for (let i = 0; i < T; i++) {
        const scale = (norm(c.q, i * d, d) * nk) / Math.sqrt(d);
        if (scale > 0) s += deltas[i]! / scale;
      }
      const top = c.shift + T - 1;
      out.push({ value: s / T, position: top, allowance: firstKeyAllowance(k, c.shift, top) });
    }
    return out;
  },
  weight: 4, // one case is a whole window of queries
  describe: (c) => `${c.T} queries, first key shifted by ${c.shift}`,
};
