/**
 * logit.relative: ŝ(m + Δ, n + Δ) = ŝ(m, n): a query–key score depends only on the distance n − m.
 * Measure: |ŝ(m+Δ, n+Δ) − ŝ(m, n)| / ‖q‖‖k‖, with ŝ(m, n) = rot(q, m)·rot(k, n) in fp64 (the 1/√d factor
 * cancels from both sides of the ratio and is left out).
 * Allowance: both scores may err from the exact s(n − m) by what a well-done kernel's rotations allow
 * (common.ts scoreAllowance at their positions), so their difference by the sum of the two.
 * Threshold: that sum at position 0 (no angle part): 2·(2ε + ε² + γ_d(1 + ε)²)·m² with ε = √2·a_F.
 */
import fc from "fast-check";
import { type Property, logUniformPosition, sampleVectors, shift, vector } from "../src/index.js";
import { describeVector, dot, norm, rotate, scoreAllowance, unitRoundoff } from "./common.js";

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
  `m = ${c.m}, n = ${c.n}, shift = ${c.shift}; ${describeVector("q", c.q)}; ${describeVector("k", c.k)}`;

export const logitRelative: Property<LogitCase> = {
  id: "logit.relative",
  claim: "ŝ(m + Δ, n + Δ) = ŝ(m, n): scores depend only on relative position",
  measure: "|ŝ(m+Δ, n+Δ) − ŝ(m, n)| / (‖q‖‖k‖)",
  threshold: (k) => 2 * scoreAllowance(k, 0, 0, "fp64"),
  derivation: (k) =>
    `2·(ε(2M + ε) + γ_d(M + ε)²) = ${(2 * scoreAllowance(k, 0, 0, "fp64")).toExponential(2)}, ε = √2·a_F (u = 2^−${Math.round(-Math.log2(unitRoundoff(k.format)))}): two scores whose vectors each err by what rounding cos/sin, products and sums to ${k.format} allows; each case adds its positions' fp32-angle allowance`,
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
      const allowance = scoreAllowance(k, c.m, c.n, "fp64") + scoreAllowance(k, c.m + c.shift, c.n + c.shift, "fp64");
      return { value: scale === 0 ? 0 : Math.abs(s1 - s0) / scale, position: top, allowance };
    });
  },
  describe: describeLogitCase,
};
