/**
 * RoPE frequencies θᵢ and the attention factor for every scaling variant (docs/design.md, "Frequency scaling"), written once over
 * an abstract arithmetic so the same formulas run exactly (decimal.js) and in fp64 (the fast oracle).
 * Formulas: HF transformers src/transformers/modeling_rope_utils.py (_compute_default_rope_parameters,
 * _compute_linear_scaling_rope_parameters, _compute_dynamic_ntk_parameters, _compute_yarn_parameters,
 * _compute_llama3_parameters, _compute_longrope_parameters), checked against mpmath fixtures generated
 * independently (fixtures/oracle/generate.py). d is the rotary dim throughout, as in HF.
 */
import type { ResolvedRopeSpec } from "./spec.js";

/** The operations the formulas need. `num` enters a JS number (exactly, where T can hold it). */
export interface Arith<T> {
  num(x: number): T;
  add(a: T, b: T): T;
  sub(a: T, b: T): T;
  mul(a: T, b: T): T;
  div(a: T, b: T): T;
  pow(a: T, b: T): T;
  ln(a: T): T;
  sqrt(a: T): T;
  floor(a: T): T;
  ceil(a: T): T;
  lt(a: T, b: T): boolean;
  pi(): T;
  /** The decimal fraction 1/10 (the "0.1" of YaRN's mscale means one tenth, not fp64's 0.1000…0555). */
  tenth(): T;
  /** [b^(−2i/d) for i in 0..d/2−1]: the unscaled frequencies (each arithmetic picks its own method). */
  invPowers(base: T, d: number): T[];
}

/** θᵢ for i in [0, rotaryDim/2) with the spec's scaling applied. */
export function invFrequencies<T>(A: Arith<T>, rope: ResolvedRopeSpec): T[] {
  const d = rope.rotaryDim;
  const s = rope.scaling;
  const one = A.num(1);
  const dT = A.num(d);
  let base = A.num(rope.base);
  if (s.type === "ntk") {
    base = A.mul(base, A.pow(A.num(s.factor), A.div(dT, A.num(d - 2))));
  } else if (s.type === "dynamic-ntk") {
    // b' = b·(s·n/L − (s − 1))^(d/(d−2)), n = max(seqLen, L): unchanged until the sequence outgrows L.
    const n = Math.max(s.seqLen, s.originalMaxPositions);
    const f = A.num(s.factor);
    const ratio = A.sub(A.div(A.mul(f, A.num(n)), A.num(s.originalMaxPositions)), A.sub(f, one));
    base = A.mul(base, A.pow(ratio, A.div(dT, A.num(d - 2))));
  }
  const plain = A.invPowers(base, d);
  switch (s.type) {
    case "none":
    case "ntk":
    case "dynamic-ntk":
      return plain;
    case "linear": {
      const f = A.num(s.factor);
      return plain.map((t) => A.div(t, f));
    }
    case "yarn": {
      const f = A.num(s.factor);
      const L = A.num(s.originalMaxPositions);
      const twoLnB = A.mul(A.num(2), A.ln(A.num(rope.base)));
      const twoPi = A.mul(A.num(2), A.pi());
      const corr = (beta: number): T => A.div(A.mul(dT, A.ln(A.div(L, A.mul(A.num(beta), twoPi)))), twoLnB);
      let low = corr(s.betaFast ?? 32);
      let high = corr(s.betaSlow ?? 1);
      if (s.truncate ?? true) {
        low = A.floor(low);
        high = A.ceil(high);
      }
      const zero = A.num(0);
      if (A.lt(low, zero)) low = zero;
      const top = A.num(d - 1);
      if (A.lt(top, high)) high = top;
      if (!A.lt(low, high) && !A.lt(high, low)) high = A.add(high, A.num(0.001)); // HF's literal 0.001
      const width = A.sub(high, low);
      return plain.map((t, i) => {
        let ramp = A.div(A.sub(A.num(i), low), width);
        if (A.lt(ramp, zero)) ramp = zero;
        if (A.lt(one, ramp)) ramp = one;
        // θ' = (θ/s)·ramp + θ·(1 − ramp): HF's interpolation·(1 − extrapolation_factor) + extrapolation·factor.
        return A.add(A.mul(A.div(t, f), ramp), A.mul(t, A.sub(one, ramp)));
      });
    }
    case "llama3": {
      const f = A.num(s.factor);
      const L = A.num(s.originalMaxPositions);
      const lo = A.num(s.lowFreqFactor);
      const hi = A.num(s.highFreqFactor);
      const twoPi = A.mul(A.num(2), A.pi());
      const highWavelen = A.div(L, hi);
      const lowWavelen = A.div(L, lo);
      return plain.map((t) => {
        const wavelen = A.div(twoPi, t);
        if (A.lt(wavelen, highWavelen)) return t;
        if (A.lt(lowWavelen, wavelen)) return A.div(t, f);
        const smooth = A.div(A.sub(A.div(L, wavelen), lo), A.sub(hi, lo));
        return A.add(A.mul(A.sub(one, smooth), A.div(t, f)), A.mul(smooth, t));
      });
    }
    case "longrope": {
      const factors = s.seqLen > s.originalMaxPositions ? s.longFactor : s.shortFactor;
      return plain.map((t, i) => A.div(t, A.num(factors[i]!)));
    }
  }
}

/** The factor both cos and sin are multiplied by (1 except for YaRN and LongRoPE). */
export function attentionFactor<T>(A: Arith<T>, rope: ResolvedRopeSpec): T {
  const s = rope.scaling;
  const one = A.num(1);
  if (s.type === "yarn") {
    if (s.attentionFactor !== undefined) return A.num(s.attentionFactor);
    // get_mscale(s, m) = 0.1·m·ln s + 1 for s > 1, else 1.
    const mscale = (m: T): T => (s.factor <= 1 ? one : A.add(A.mul(A.mul(A.tenth(), m), A.ln(A.num(s.factor))), one));
    if (s.mscale && s.mscaleAllDim) return A.div(mscale(A.num(s.mscale)), mscale(A.num(s.mscaleAllDim)));
    return mscale(one);
  }
  if (s.type === "longrope") {
    if (s.attentionFactor !== undefined) return A.num(s.attentionFactor);
    const factor = A.div(A.num(s.maxPositions), A.num(s.originalMaxPositions));
    if (!A.lt(one, factor)) return one;
    return A.sqrt(A.add(one, A.div(A.ln(factor), A.ln(A.num(s.originalMaxPositions)))));
  }
  return one;
}

/** fp64 arithmetic with Math's functions: the fast oracle's. */
export const FP64_ARITH: Arith<number> = {
  num: (x) => x,
  add: (a, b) => a + b,
  sub: (a, b) => a - b,
  mul: (a, b) => a * b,
  div: (a, b) => a / b,
  pow: (a, b) => Math.pow(a, b),
  ln: (a) => Math.log(a),
  sqrt: (a) => Math.sqrt(a),
  floor: (a) => Math.floor(a),
  ceil: (a) => Math.ceil(a),
  lt: (a, b) => a < b,
  pi: () => Math.PI,
  tenth: () => 0.1,
  // HF's form, 1/(b^(2i/d)), one pow per frequency: no error accumulates across i.
  invPowers: (base, d) => Array.from({ length: d / 2 }, (_, i) => 1 / Math.pow(base, (2 * i) / d)),
};
