/**
 * logit.exactness: ŝ(m, n) equals the exact score s(n − m) = q·R(n − m)k.
 * Measure: |ŝ(m, n) − s| / (‖q‖‖k‖), s from the fp64 oracle's rotations.
 * Allowance: one score's bound (common.ts scoreAllowance at m and n); threshold: that bound at position 0.
 */
import { type Property } from "../src/index.js";
import { dot, exactRotate, norm, rotate, scoreAllowance, unitRoundoff } from "./common.js";
import { type LogitCase, describeLogitCase, logitArbitrary, sampleLogitCase } from "./logit-relative.js";

export const logitExactness: Property<LogitCase> = {
  id: "logit.exactness",
  claim: "ŝ(m, n) = s(n − m) exactly",
  measure: "|ŝ(m, n) − s(n − m)| / (‖q‖‖k‖)",
  threshold: (k) => scoreAllowance(k, 0, 0, "fp64"),
  derivation: (k) =>
    `ε(2M + ε) + γ_d(M + ε)² = ${scoreAllowance(k, 0, 0, "fp64").toExponential(2)}, ε = √2·a_F (u = 2^−${Math.round(-Math.log2(unitRoundoff(k.format)))}): one score whose vectors each err by what rounding to ${k.format} allows; each case adds its positions' fp32-angle allowance`,
  sample: (rng, k, maxPosition) => sampleLogitCase(rng, k.format, k.headDim, maxPosition),
  arbitrary: (k, maxPosition) => logitArbitrary(k.format, k.headDim, maxPosition),
  async evaluate(k, cases) {
    const d = k.headDim;
    const x = new Float64Array(cases.length * 2 * d);
    const ps: number[] = [];
    cases.forEach((c, i) => {
      x.set(c.q, 2 * i * d);
      x.set(c.k, (2 * i + 1) * d);
      ps.push(c.m, c.n);
    });
    const y = await rotate(k, x, ps);
    const want = exactRotate(k, x, ps);
    return cases.map((c, i) => {
      const b = 2 * i * d;
      const scale = norm(c.q, 0, d) * norm(c.k, 0, d);
      const err = Math.abs(dot(y, b, y, b + d, d) - dot(want, b, want, b + d, d));
      const top = Math.max(c.m, c.n);
      return { value: scale === 0 ? 0 : err / scale, position: top, allowance: scoreAllowance(k, c.m, c.n, "fp64") };
    });
  },
  describe: describeLogitCase,
};
