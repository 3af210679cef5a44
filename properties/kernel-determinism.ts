/**
 * kernel.determinism: the same inputs give the same bits, whatever else is in the batch.
 * Measure: elements of a batch's rows that differ when each row is rotated alone, in reverse order.
 * Threshold: 0 (a kernel whose result depends on its batch cannot be audited one row at a time).
 */
import fc from "fast-check";
import { type Property, position, sampleVectors, vector } from "../src/index.js";
import { rotate } from "./common.js";

interface Case {
  x: Float64Array;
  positions: number[];
}

export const kernelDeterminism: Property<Case> = {
  id: "kernel.determinism",
  claim: "same inputs, same bits, whatever the batch",
  measure: "elements that differ between a batch and its rows rotated one by one",
  threshold: () => 0,
  derivation: () => "0: bit-for-bit reproducibility",
  sample: (rng, k, maxPosition) => ({
    x: sampleVectors(rng, k.format, 4, k.headDim),
    positions: Array.from({ length: 4 }, () => Math.floor(rng() * (maxPosition + 1))),
  }),
  arbitrary: (k, maxPosition) =>
    fc.record({ x: fc.array(vector(k.format, k.headDim), { minLength: 4, maxLength: 4 }).map((rows) => {
      const x = new Float64Array(4 * k.headDim);
      rows.forEach((r, i) => x.set(r, i * k.headDim));
      return x;
    }), positions: fc.array(position(maxPosition), { minLength: 4, maxLength: 4 }) }),
  async evaluate(k, cases) {
    const out = [];
    for (const c of cases) {
      const d = k.headDim;
      const batch = await rotate(k, c.x, c.positions);
      let bad = 0;
      for (let r = c.positions.length - 1; r >= 0; r--) {
        const alone = await rotate(k, c.x.slice(r * d, (r + 1) * d), [c.positions[r]!]);
        for (let j = 0; j < d; j++) if (!Object.is(alone[j], batch[r * d + j])) bad++;
      }
      out.push({ value: bad, position: Math.max(...c.positions), allowance: 0 });
    }
    return out;
  },
  describe: (c) => `positions ${c.positions.join(", ")}`,
};
