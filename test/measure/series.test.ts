/**
 * Chart series: the error-vs-position points are the kernel's distance to exact RoPE (checked here
 * against the decimal oracle, which shares no code with the fp64 oracle series.ts uses), the shifts are
 * the documented ladder, and the per-key shares with the rest add up to 1.
 */
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { createDecimalOracle, createRng, sampleVectors, zooKernel } from "../../src/index.js";
import { caseWorkload, derivedSeed } from "../../src/measure/property.js";
import { kernelSeries, seriesShifts } from "../../src/measure/series.js";

const D = 64;
const asUnderTest = (name: string) => {
  const k = zooKernel(name);
  return { name: k.name, format: k.format, rope: k.rope, headDim: D, rotate: (x: Float64Array, p: Float64Array, d: number) => k.rotate(x, p, d) };
};

describe("kernel series", () => {
  test("the shift ladder: 1, 4, 16, … then the largest shift the positions allow", () => {
    expect(seriesShifts(2 ** 20, 128)).toEqual([1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 262144, 2 ** 20 - 127]);
    expect(seriesShifts(200, 128)).toEqual([1, 4, 16, 64, 73]);
    expect(seriesShifts(128, 128)).toEqual([1]);
  });

  test("hf (bf16): error grows with position, D is far above exact-fp64's, shares add to 1", async () => {
    const hf = await kernelSeries(asUnderTest("hf"), { seed: 3, maxPosition: 2 ** 18 });
    const exact = await kernelSeries(asUnderTest("exact-fp64"), { seed: 3, maxPosition: 2 ** 18 });
    expect(hf.positionError.map((p) => [p.lo, p.hi])).toEqual([[0, 1], ...Array.from({ length: 19 }, (_, b) => [2 ** b, 2 ** (b + 1)])]);
    // Position 0 is the identity in hf: the only error is none.
    expect(hf.positionError[0]!.max).toBe(0);
    // bf16 output alone costs up to 2^-9 relative per element; angles in fp32 add more at long range.
    const first = hf.positionError[1]!.mean;
    const last = hf.positionError.at(-1)!.mean;
    expect(first).toBeGreaterThan(2 ** -12);
    expect(first).toBeLessThan(2 ** -8);
    expect(last).toBeGreaterThan(first);
    for (const p of exact.positionError) expect(p.max).toBeLessThan(1e-9);
    expect(Math.min(...hf.shift.D)).toBeGreaterThan(1e3 * Math.max(...exact.shift.D));
    const sum = hf.perKey.share.reduce((a, b) => a + b, 0) + hf.perKey.rest;
    expect(sum).toBeCloseTo(1, 12);
    expect(hf.perKey.shift).toBe(hf.shift.shifts.at(-1));
  });

  test("positionError is the relative distance to exact RoPE (decimal oracle, 40 digits), draw for draw", async () => {
    const k = asUnderTest("hf");
    const perBucket = 3;
    const maxPosition = 5000;
    const s = await kernelSeries(k, { seed: 5, maxPosition, perBucket });
    // The series' draws, in its documented order: positions bucket by bucket, then the vectors.
    const rng = createRng(derivedSeed(5, "series", caseWorkload(k, maxPosition)));
    const positions: number[] = [];
    for (let b = 0; b < s.positionError.length; b++) {
      const lo = b === 0 ? 0 : 2 ** (b - 1);
      const hi = Math.min(b === 0 ? 1 : 2 ** b, maxPosition + 1);
      for (let r = 0; r < perBucket; r++) positions.push(lo + Math.floor(rng() * (hi - lo)));
    }
    const x = sampleVectors(rng, "bf16", positions.length, D);
    const y = k.rotate(x, Float64Array.from(positions), D);
    const oracle = createDecimalOracle({ digits: 40 });
    const rope = { ...k.rope, headDim: D };
    for (const [b, point] of s.positionError.entries()) {
      let max = new Decimal(0);
      for (let r = b * perBucket; r < (b + 1) * perBucket; r++) {
        const exact = oracle.rotate(rope, x.subarray(r * D, (r + 1) * D), positions[r]!);
        let err = new Decimal(0);
        let norm = new Decimal(0);
        for (let t = 0; t < D; t++) {
          err = err.plus(new Decimal(y[r * D + t]!).minus(exact[t]!).pow(2));
          norm = norm.plus(new Decimal(x[r * D + t]!).pow(2));
        }
        max = Decimal.max(max, err.div(norm).sqrt());
      }
      // The fp64 oracle and fp64 sums err by ~1e−16 relative to the output (≤ 2^−9 off exact): the
      // measured error agrees with the decimal one to far better than one part in 10^4.
      if (max.isZero()) expect(point.max).toBe(0);
      else expect(Math.abs(point.max - max.toNumber()) / max.toNumber()).toBeLessThan(1e-4);
    }
  }, 60_000);
});
