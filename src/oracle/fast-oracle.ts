/**
 * The fp64 fast oracle: the same API as the decimal oracle, computed in plain fp64 with Math's functions.
 * It is never assumed exact: crossCheckOracle measures its distance to the decimal oracle, and that
 * distance is what a report may claim for results computed with it.
 */
import { InvalidArgumentError } from "../errors.js";
import { FP64_ARITH, attentionFactor, invFrequencies } from "./frequencies.js";
import type { Oracle } from "./oracle.js";
import { createSpecCache } from "./spec-cache.js";
import { type ResolvedRopeSpec, checkPosition, pairIndex } from "./spec.js";

interface SpecState {
  rope: ResolvedRopeSpec;
  thetas: Float64Array;
  attention: number;
}

export function createFastOracle(): Oracle<number> {
  const state = createSpecCache<SpecState>((rope) => ({
    rope,
    thetas: Float64Array.from(invFrequencies(FP64_ARITH, rope)),
    attention: attentionFactor(FP64_ARITH, rope),
  }));
  const theta = (st: SpecState, i: unknown): number => {
    if (typeof i !== "number" || !Number.isInteger(i) || i < 0 || i >= st.thetas.length)
      throw new InvalidArgumentError("i", `a pair index in [0, ${st.thetas.length})`, i);
    return st.thetas[i]!;
  };
  return {
    kind: "fp64",
    digits: 15,
    invFreqs: (rope) => Array.from(state(rope).thetas),
    attentionFactor: (rope) => state(rope).attention,
    angle: (rope, position, i) => checkPosition(position) * theta(state(rope), i),
    cosSin(rope, position, i) {
      const a = checkPosition(position) * theta(state(rope), i);
      return { cos: Math.cos(a), sin: Math.sin(a) };
    },
    rotate(rope, x, position) {
      const st = state(rope);
      const p = checkPosition(position);
      const { headDim, rotaryDim, layout } = st.rope;
      if (!x || x.length !== headDim) throw new InvalidArgumentError("x", `${headDim} numbers (headDim)`, x);
      const out = Array.from(x, Number);
      for (let j = 0; j < rotaryDim / 2; j++) {
        const [a, b] = pairIndex(layout, rotaryDim, j);
        const angle = p * st.thetas[j]!;
        const c = Math.cos(angle) * st.attention;
        const s = Math.sin(angle) * st.attention;
        out[a] = x[a]! * c - x[b]! * s;
        out[b] = x[a]! * s + x[b]! * c;
      }
      return out;
    },
    dot(a, b) {
      if (a.length !== b.length) throw new InvalidArgumentError("b", `a vector of length ${a.length}`, b);
      let sum = 0;
      for (let k = 0; k < a.length; k++) sum += a[k]! * b[k]!;
      return sum;
    },
    softmax(xs) {
      let max = -Infinity;
      for (let k = 0; k < xs.length; k++) if (xs[k]! > max) max = xs[k]!;
      const e = Array.from(xs, (v) => Math.exp(v - max));
      const sum = e.reduce((s, v) => s + v, 0);
      return e.map((v) => v / sum);
    },
    toNumber: (v) => v,
  };
}
