/**
 * logit.relative: ŝ(m + Δ, n + Δ) = ŝ(m, n): a query–key score depends only on the distance n − m.
 * Measure: |ŝ(m+Δ, n+Δ) − ŝ(m, n)| / ‖q‖‖k‖, with ŝ(m, n) = rot(q, m)·rot(k, n) in fp64 (the 1/√d factor
 * cancels from both sides of the ratio and is left out).
 * Threshold: what the attention score's own arithmetic implies (common.ts scoreThreshold): 2·d·2^−24 for
 * kernels feeding an fp32-accumulated score; for fp64 kernels 2·d·2^−53 plus the fp64 angle error at the
 * case's largest position (≈ 1e−12 below 2^10). A drift above it is visible to attention.
 */
import fc from "fast-check";
import { type Property, logUniformPosition, sampleVectors, shift, vector } from "../src/index.js";
import { dot, norm, rotate, scoreThreshold } from "./common.js";

export interface LogitCase {
  q: Float64Array;
  k: Float64Array;
  m: number;
  n: number;
  shift: number;
}

function logUniform(rng: () => number, max: number): number {
  return Math.min(max, Math.floor(2 ** (rng() * Math.log2(max + 1))) - 1 + (rng() < 0.5 ? 0 : 1));
}

export function sampleLogitCase(rng: () => number, format: Parameters<typeof sampleVectors>[1], d: number, maxPosition: number): LogitCase {
  const half = Math.floor(maxPosition / 2);
  return {
    q: sampleVectors(rng, format, 1, d),
    k: sampleVectors(rng, format, 1, d),
    m: logUniform(rng, half),
    n: logUniform(rng, half),
    shift: 1 + logUniform(rng, half - 1),
  };
}

export function logitArbitrary(format: Parameters<typeof vector>[0], d: number, maxPosition: number): fc.Arbitrary<LogitCase> {
  const half = Math.floor(maxPosition / 2);
  return fc.record({ q: vector(format, d), k: vector(format, d), m: logUniformPosition(half), n: logUniformPosition(half), shift: shift(Math.max(2, half)) });
}

export const describeLogitCase = (c: LogitCase): string =>
  `m = ${c.m}, n = ${c.n}, shift = ${c.shift}, q = [${Array.from(c.q.subarray(0, 3)).join(", ")}, …], k = [${Array.from(c.k.subarray(0, 3)).join(", ")}, …]`;

export const logitRelative: Property<LogitCase> = {
  id: "logit.relative",
  claim: "ŝ(m + Δ, n + Δ) = ŝ(m, n): scores depend only on relative position",
  measure: "|ŝ(m+Δ, n+Δ) − ŝ(m, n)| / (‖q‖‖k‖)",
  derivation: (k) =>
    k.format === "fp64"
      ? "(2d + 4P(ln b + 9))·2^−53 at largest position P: fp64 dot products and fp64 angles"
      : `2·d·2^−24 = ${(2 * k.headDim * 2 ** -24).toExponential(2)}: the fp32 score's own rounding (γ_d, Higham § 3.1)`,
  sample: (rng, k, maxPosition) => sampleLogitCase(rng, k.format, k.headDim, maxPosition),
  arbitrary: (k, maxPosition) => logitArbitrary(k.format, k.headDim, maxPosition),
  async evaluate(k, cases) {
    const d = k.headDim;
    // One batch: q at m, k at n, q at m+Δ, k at n+Δ for every case.
    const x = new Float64Array(cases.length * 4 * d);
    const ps: number[] = [];
    cases.forEach((c, i) => {
      x.set(c.q, (4 * i) * d);
      x.set(c.k, (4 * i + 1) * d);
      x.set(c.q, (4 * i + 2) * d);
      x.set(c.k, (4 * i + 3) * d);
      ps.push(c.m, c.n, c.m + c.shift, c.n + c.shift);
    });
    const y = await rotate(k, x, ps);
    return cases.map((c, i) => {
      const b = 4 * i * d;
      const s0 = dot(y, b, y, b + d, d);
      const s1 = dot(y, b + 2 * d, y, b + 3 * d, d);
      const scale = norm(c.q, 0, d) * norm(c.k, 0, d);
      const top = Math.max(c.m, c.n) + c.shift;
      return { value: scale === 0 ? 0 : Math.abs(s1 - s0) / scale, position: top, threshold: scoreThreshold(k, top) };
    });
  },
  describe: describeLogitCase,
};
