/**
 * The fp64 fast oracle: the same API as the decimal oracle, computed in plain fp64 with Math's functions.
 * It is never assumed exact: crossCheckOracle measures its distance to the decimal oracle, and that
 * distance is what a report may claim for results computed with it.
 */
import { InvalidArgumentError } from "../errors.js";
import { FP64_ARITH, attentionFactor, invFrequencies } from "./frequencies.js";
import type { Oracle } from "./oracle.js";
import { createSpecCache } from "./spec-cache.js";
import { type ResolvedRopeSpec, type RopeSpec, checkPosition, pairIndex } from "./spec.js";

interface SpecState {
  rope: ResolvedRopeSpec;
  thetas: Float64Array;
  attention: number;
}

/**
 * The fast oracle, with one more method: many rows rotated at once into a typed array. It computes exactly
 * what `rotate` computes row by row (the same fp64 operations on the same operands, in the same order), so
 * its results are the same bits; callers that rotate thousands of rows (the format floor, the exact side of
 * the properties and of the error series) use it, because `rotate` returns a fresh array per row and
 * allocates the pair indices per pair: about 2 GB of garbage in a default `run`, collected by threads the
 * workers need.
 */
export interface FastOracle extends Oracle<number> {
  /**
   * Rows of x (n × headDim, n = positions.length) rotated exactly in fp64 into out (which may be x):
   * each rotated pair as `rotate` computes it, the pass-through dims copied.
   */
  rotateRows(rope: RopeSpec, x: Float64Array, positions: ArrayLike<number>, out: Float64Array): Float64Array;
}

export function createFastOracle(): FastOracle {
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
    rotateRows(rope, x, positions, out) {
      const st = state(rope);
      const { headDim, rotaryDim, layout } = st.rope;
      const n = positions.length;
      if (!(x instanceof Float64Array) || x.length !== n * headDim) throw new InvalidArgumentError("x", `a Float64Array of ${n} × ${headDim} values (positions × headDim)`, x);
      if (!(out instanceof Float64Array) || out.length !== x.length) throw new InvalidArgumentError("out", `a Float64Array of ${x.length} values`, out);
      const half = rotaryDim / 2;
      // NeoX pairs (j, j + half), GPT-J pairs (2j, 2j + 1): pairIndex's, without an array per pair.
      const stepA = layout === "neox" ? 1 : 2;
      const offB = layout === "neox" ? half : 1;
      for (let r = 0; r < n; r++) {
        const p = checkPosition(positions[r]);
        const base = r * headDim;
        if (out !== x) for (let k = rotaryDim; k < headDim; k++) out[base + k] = x[base + k]!;
        for (let j = 0; j < half; j++) {
          const a = base + stepA * j;
          const b = a + offB;
          const angle = p * st.thetas[j]!;
          const c = Math.cos(angle) * st.attention;
          const s = Math.sin(angle) * st.attention;
          const xa = x[a]!;
          const xb = x[b]!;
          out[a] = xa * c - xb * s;
          out[b] = xa * s + xb * c;
        }
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
