/**
 * attention.shift: attention is shift invariant: A(Δ) = A(0) for a causal window shifted by Δ.
 * Measure: the mean over rows of Σ_j |A_ij(0) − A_ij(Δ)| (each row's L1 change; mask-independent), over a
 * window of L = 8 tokens (assert: short, so shrinking stays cheap) or 64 (measure, sink workload) under
 * full causal masking, through the kernel's score pipeline (common.ts scoreFor). The case's position is its largest, Δ + L − 1.
 * Threshold: a softmax row moves in L1 by at most 2·max_j |δ logit_j| (‖diag(a) − aaᵀ‖₁ ≤ 2), and
 * the logits may drift by what the fp32 score resolves: scoreThreshold·max_j ‖q_i‖‖k_j‖/√d
 * (properties/common.ts). So 2·scoreThreshold·max ‖q‖‖k‖/√d.
 */
import fc from "fast-check";
import { type KernelUnderTest, type Property, attentionShift, logUniformPosition, sampleSinkWorkload, vector } from "../src/index.js";
import { norm, scoreFor, scoreThreshold } from "./common.js";

interface Case {
  L: number;
  q: Float64Array;
  k: Float64Array;
  shift: number;
}

function maxNormProduct(c: Case, d: number): number {
  const L = c.q.length / d;
  let mq = 0;
  let mk = 0;
  for (let r = 0; r < L; r++) {
    mq = Math.max(mq, norm(c.q, r * d, d));
    mk = Math.max(mk, norm(c.k, r * d, d));
  }
  return mq * mk;
}

function rows(format: Parameters<typeof vector>[0], d: number, L: number): fc.Arbitrary<Float64Array> {
  return fc.array(vector(format, d), { minLength: L, maxLength: L }).map((rs) => {
    const x = new Float64Array(L * d);
    rs.forEach((r, i) => x.set(r, i * d));
    return x;
  });
}

export const attentionShiftProperty: Property<Case> = {
  id: "attention.shift",
  claim: "attention is shift invariant: A(Δ) = A(0)",
  measure: "mean over rows of Σ_j |A_ij(0) − A_ij(Δ)|",
  derivation: (k: KernelUnderTest) =>
    `2·${k.format === "fp64" ? "(2d + 4P(ln b + 9))·2^−53" : "2·d·2^−24"}·max‖q‖‖k‖/√d: a softmax row moves in L1 by ≤ 2·max logit drift, and logits may drift by what the score arithmetic resolves`,
  sample(rng, k, maxPosition) {
    const L = 64;
    const w = sampleSinkWorkload(rng, k.format, L, k.headDim, { layout: k.rope.layout });
    return { L, q: w.q, k: w.k, shift: 1 + Math.min(maxPosition - L, Math.floor(2 ** (rng() * Math.log2(Math.max(2, maxPosition - L))))) };
  },
  arbitrary: (k, maxPosition) => fc.record({ L: fc.constant(8), q: rows(k.format, k.headDim, 8), k: rows(k.format, k.headDim, 8), shift: logUniformPosition(Math.max(1, maxPosition - 8)).map((s) => s + 1) }),
  async evaluate(k, cases) {
    const d = k.headDim;
    const out = [];
    for (const c of cases) {
      const L = c.L;
      const r = await attentionShift({ kernel: k, headDim: d, q: c.q, k: c.k, docLengths: [L], scheme: "full", score: scoreFor(k), shifts: [0, c.shift] });
      const top = c.shift + L - 1;
      out.push({ value: r.rowL1, position: top, threshold: 2 * scoreThreshold(k, top) * (maxNormProduct(c, d) / Math.sqrt(d)) });
    }
    return out;
  },
  weight: 8, // one case is a whole window of queries
  describe: (c) => `window of ${c.L} tokens shifted by ${c.shift}`,
};
