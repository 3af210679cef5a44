/**
 * How far the fp64 fast oracle is from the decimal oracle, measured, never assumed.
 *
 * The bound fp64 implies for cos/sin(p·θᵢ) computed as Math.cos(p·fl(θᵢ)): θᵢ = 1/b^(2i/d) carries the
 * rounding of the exponent 2i/d amplified by ln b (relative ≤ ln b·2^−53), plus a few roundings of its own
 * (pow is not correctly rounded in V8: allow 4 ulp) and scaling operations (allow 4 more); the product
 * p·θ adds ½ ulp; so |Δangle| ≤ p·θ·(ln b + 9)·2^−53, and cos/sin add ≤ 2^−53 of their own
 * (fdlibm, < 1 ulp). Bound per case: (p·θ·(ln b + 9) + 2)·2^−53. At p = 2^20, θ = 1, b = 1e4 that is
 * 2.1e−9 at most; observed errors are far smaller because these roundings do not all line up.
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors.js";
import { createRng } from "../formats/rng.js";
import { exactDecimalString } from "./exact-decimal.js";
import type { Oracle } from "./oracle.js";
import { type RopeSpec, resolveRopeSpec } from "./spec.js";

export interface CrossCheckOptions {
  exact: Oracle<Decimal>;
  fast: Oracle<number>;
  /** RoPE specs to sample from. */
  ropes: readonly RopeSpec[];
  cases?: number;
  seed?: number;
  /** Positions are drawn log-uniformly in [0, maxPosition]. Default 2^31 − 1. */
  maxPosition?: number;
}

export interface CrossCheckBucket {
  /** Positions in [lo, hi). */
  lo: number;
  hi: number;
  cases: number;
  maxAbsError: number;
  maxBound: number;
}

export interface CrossCheckResult {
  cases: number;
  /** Largest |fast − exact| over cos and sin. */
  maxAbsError: number;
  /** Largest ratio error/bound (≤ 1 means every case is within what fp64 implies). */
  maxBoundRatio: number;
  worst: { rope: RopeSpec; position: number; i: number; exact: string; fast: number };
  /** By position bucket [2^k, 2^(k+1)) (bucket 0 is position 0). */
  byPosition: CrossCheckBucket[];
}

const U = 2 ** -53;

export function crossCheckOracle(options: CrossCheckOptions): CrossCheckResult {
  const { exact, fast, ropes } = options;
  const cases = options.cases ?? 10_000;
  const maxPosition = options.maxPosition ?? 2 ** 31 - 1;
  if (!Number.isSafeInteger(cases) || cases <= 0) throw new InvalidArgumentError("cases", "an integer > 0", cases);
  if (!Number.isSafeInteger(maxPosition) || maxPosition < 0)
    throw new InvalidArgumentError("maxPosition", "a safe integer ≥ 0", maxPosition);
  if (!Array.isArray(ropes) || ropes.length === 0) throw new InvalidArgumentError("ropes", "a non-empty array of RoPE specs", ropes);
  const resolved = ropes.map((r, k) => resolveRopeSpec(r, `ropes[${k}]`));
  const rng = createRng(options.seed ?? 1);
  const buckets = new Map<number, CrossCheckBucket>();
  let maxAbsError = 0;
  let maxBoundRatio = 0;
  let worst: CrossCheckResult["worst"] | undefined;
  const logMax = Math.log2(maxPosition + 1);
  for (let n = 0; n < cases; n++) {
    const k = Math.floor(rng() * resolved.length);
    const rope = resolved[k]!;
    const position = Math.min(maxPosition, Math.floor(2 ** (rng() * logMax)) - 1 + (rng() < 0.5 ? 0 : 1));
    const i = Math.floor(rng() * (rope.rotaryDim / 2));
    const e = exact.cosSin(rope, position, i);
    const f = fast.cosSin(rope, position, i);
    // Differences taken in decimal, with the fp64 values entering exactly, so the measurement itself
    // adds no rounding.
    const errCos = Math.abs(e.cos.sub(exactDecimalString(f.cos)).toNumber());
    const errSin = Math.abs(e.sin.sub(exactDecimalString(f.sin)).toNumber());
    const err = Math.max(errCos, errSin);
    const theta = fast.invFreqs(rope)[i]!;
    const bound = (position * theta * (Math.log(rope.base) + 9) + 2) * U;
    const b = position === 0 ? 0 : Math.floor(Math.log2(position)) + 1;
    let bucket = buckets.get(b);
    if (!bucket) {
      bucket = { lo: b === 0 ? 0 : 2 ** (b - 1), hi: b === 0 ? 1 : 2 ** b, cases: 0, maxAbsError: 0, maxBound: 0 };
      buckets.set(b, bucket);
    }
    bucket.cases++;
    bucket.maxAbsError = Math.max(bucket.maxAbsError, err);
    bucket.maxBound = Math.max(bucket.maxBound, bound);
    maxBoundRatio = Math.max(maxBoundRatio, err / bound);
    if (!worst || err > maxAbsError) {
      maxAbsError = err;
      worst = { rope, position, i, exact: `cos ${e.cos.toString()}, sin ${e.sin.toString()}`, fast: errCos >= errSin ? f.cos : f.sin };
    }
  }
  return {
    cases,
    maxAbsError,
    maxBoundRatio,
    worst: worst!,
    byPosition: [...buckets.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v),
  };
}
