import { describe, expect, test } from "vitest";
import { errorBudget, zooPipeline } from "../../src/index.js";
import { describeBucket } from "../../src/measure/budget.js";

const SEED = 11;

describe("error budget", () => {
  test("hf (bf16, d = 128, base 1e4) over positions [65,536, 131,072): measured and printed", () => {
    const budget = errorBudget({ pipeline: zooPipeline("hf"), headDim: 128, buckets: [[65536, 131072]], samples: 512, seed: SEED });
    const b = budget.buckets[0]!;
    console.log(`budget seed ${SEED}, ${budget.samples} vectors`);
    console.log("stage     format        RMS when exact  removed  share");
    for (const c of b.stages)
      console.log(`${c.stage.padEnd(9)} ${c.format.padEnd(13)} ${c.rmsWhenExact.toExponential(3).padStart(14)}  ${(100 * c.removed).toFixed(1).padStart(6)}%  ${(100 * c.share).toFixed(1).padStart(5)}%`);
    console.log(describeBucket(budget, b));
    expect(b.rms).toBeGreaterThan(0);
    expect(b.stages.reduce((s, c) => s + c.share, 0)).toBeCloseTo(1, 12);
    expect(b.dominant).not.toBeNull();
  });

  test("attribution follows the pipeline: hf-bf16-positions at long range is its positions; exact-fp64 has no error", () => {
    const pos = errorBudget({ pipeline: zooPipeline("hf-bf16-positions"), headDim: 128, buckets: [[4096, 8192]], samples: 64, seed: SEED });
    expect(pos.buckets[0]!.dominant).toBe("position");
    expect(pos.buckets[0]!.stages.find((s) => s.stage === "position")!.removed).toBeGreaterThan(0.9);
    const exact = errorBudget({ pipeline: zooPipeline("exact-fp64"), headDim: 64, buckets: [[0, 1], [1000, 2000]], samples: 8, seed: SEED });
    for (const b of exact.buckets) {
      expect(b.rms).toBe(0);
      expect(b.dominant).toBeNull();
    }
    // Position 0: only output/cache rounding of an identity rotation, which is exact: no error at all.
    const hf0 = errorBudget({ pipeline: zooPipeline("hf"), headDim: 128, buckets: [[0, 1]], samples: 8, seed: SEED });
    expect(hf0.buckets[0]!.rms).toBe(0);
  });

  test("the angle's share grows with position for hf", () => {
    const budget = errorBudget({ pipeline: zooPipeline("hf"), headDim: 128, buckets: [[16, 32], [1 << 20, 1 << 21]], samples: 256, seed: SEED });
    const angle = budget.buckets.map((b) => b.stages.find((s) => s.stage === "angle")!.share);
    console.log(`hf angle share: [16, 32) ${(100 * angle[0]!).toFixed(1)}%, [2^20, 2^21) ${(100 * angle[1]!).toFixed(1)}%`);
    expect(angle[1]!).toBeGreaterThan(angle[0]!);
  });

  test("bad input names the argument", () => {
    expect(() => errorBudget({ pipeline: zooPipeline("hf"), headDim: 128, samples: 0 })).toThrow(/^samples: /);
    expect(() => errorBudget({ pipeline: zooPipeline("hf"), headDim: 128, buckets: [[5, 5]] })).toThrow(/^buckets\[0\]: /);
  });
});
