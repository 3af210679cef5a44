/** The oracle interface shared by the exact (decimal.js) and fast (fp64) oracles. */
import type { RopeSpec } from "./spec.js";

export interface Oracle<T> {
  readonly kind: "decimal" | "fp64";
  /** Significant digits the results are good to (fp64: 15). */
  readonly digits: number;
  /** θᵢ for i in [0, rotaryDim/2), scaling applied. */
  invFreqs(rope: RopeSpec): readonly T[];
  /** Factor multiplied into cos and sin (YaRN, LongRoPE); 1 otherwise. */
  attentionFactor(rope: RopeSpec): T;
  /** p·θᵢ. */
  angle(rope: RopeSpec, position: number, i: number): T;
  /** cos and sin of p·θᵢ (without the attention factor). */
  cosSin(rope: RopeSpec, position: number, i: number): { cos: T; sin: T };
  /** RoPE of one vector (length headDim) at a position; dims ≥ rotaryDim pass through unchanged. */
  rotate(rope: RopeSpec, x: ArrayLike<number>, position: number): T[];
  /** Σ aᵢ·bᵢ. */
  dot(a: ArrayLike<T>, b: ArrayLike<T>): T;
  /** exp(xᵢ − max x) / Σ exp(xⱼ − max x). */
  softmax(xs: ArrayLike<T>): T[];
  toNumber(v: T): number;
}
