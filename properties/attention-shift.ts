/**
 * attention.shift: attention is shift invariant: A(Δ) = A(0) for a causal window shifted by Δ.
 * Measure: the mean over rows of Σ_j |A_ij(0) − A_ij(Δ)| (each row's L1 change; mask-independent), over a
 * window of L = 8 tokens (assert: short, so shrinking stays cheap) or 64 (measure, sink workload) under
 * full causal masking, through the kernel's score pipeline (common.ts scoreFor). The case's position is its largest, Δ + L − 1.
 * Allowance: a softmax row moves in L1 by at most 2·max_j |δ logit_j| (‖diag(a) − aaᵀ‖₁ ≤ 2), and each
 * logit may drift by two scores' bounds (common.ts scoreAllowance, in the score's arithmetic) times
 * ‖q_i‖‖k_j‖/√d, plus the fp32 softmax's own rounding, (L + 4)·u per row at most.
 * Threshold: the allowance of a unit-norm window at position 0 (no angle part), 2·2·scoreAllowance(0)/√d:
 * a case's figure is its L1 change scaled by its own norms and positions to that window.
 */
import fc from "fast-check";
import { type KernelUnderTest, type Property, attentionShift, logUniformPosition, sampleSinkWorkload, vector } from "../src/index.js";
import { norm, scoreAllowance, scoreFor, scoreFormat, unitRoundoff } from "./common.js";

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

/**
 * Row L1 allowance of a window whose positions span [top − span, top] (shifted) and [0, span] (unshifted):
 * 2·(max logit drift) with the drift bounded at the extreme positions (the angle part grows with p), plus
 * the softmax's own rounding, (L + 4)·u of the score format (zero for a window of length 0).
 */
function shiftAllowance(k: KernelUnderTest, span: number, top: number, normProduct: number, L: number): number {
  const f = scoreFormat(k);
  const drift = scoreAllowance(k, span, span, f) + scoreAllowance(k, top, top, f);
  return (2 * drift * normProduct) / Math.sqrt(k.headDim) + (L > 0 ? (L + 4) * (f === "fp32" ? 2 ** -24 : 2 ** -53) : 0);
}

export const attentionShiftProperty: Property<Case> = {
  id: "attention.shift",
  claim: "attention is shift invariant: A(Δ) = A(0)",
  measure: "mean over rows of Σ_j |A_ij(0) − A_ij(Δ)|",
  threshold: (k: KernelUnderTest) => shiftAllowance(k, 0, 0, Math.sqrt(k.headDim), 0),
  derivation: (k: KernelUnderTest) =>
    `2·2·(ε(2M + ε) + γ_d(M + ε)²)/√d = ${shiftAllowance(k, 0, 0, Math.sqrt(k.headDim), 0).toExponential(2)} for unit ‖q‖‖k‖/√d, ε = √2·a_F (u = 2^−${Math.round(-Math.log2(unitRoundoff(k.format)))}), γ_d of the ${scoreFormat(k)} score: a softmax row moves in L1 by ≤ 2·max logit drift; each case is scaled by its norms and adds its positions' fp32-angle allowance and the softmax's rounding`,
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
      out.push({ value: r.rowL1, position: top, allowance: shiftAllowance(k, L - 1, top, maxNormProduct(c, d), L) });
    }
    return out;
  },
  weight: 8, // one case is a whole window of queries
  describe: (c) => `window of ${c.L} tokens shifted by ${c.shift}`,
};
