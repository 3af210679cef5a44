/**
 * Whole RoPE workloads: head dim 64/80/96/128/256, base 1e4…1e9, each scaling variant. Shrinking moves
 * toward the first of each list: head dim 64, base 1e4, no scaling.
 */
import fc from "fast-check";
import type { RopeSpec, Scaling } from "../oracle/spec.js";

export const HEAD_DIMS: readonly number[] = [64, 80, 96, 128, 256];
export const BASES: readonly number[] = [1e4, 5e5, 1e6, 1e7, 1e8, 1e9];

function scaling(rotaryDim: number): fc.Arbitrary<Scaling> {
  const half = rotaryDim / 2;
  // withCrossShrink: a failing case also shrinks from a scaling variant toward "none".
  return fc.oneof(
    { withCrossShrink: true },
    { arbitrary: fc.constant<Scaling>({ type: "none" }), weight: 4 },
    fc.constantFrom(2, 4, 8).map((factor): Scaling => ({ type: "linear", factor })),
    fc.constantFrom(2, 4, 8).map((factor): Scaling => ({ type: "ntk", factor })),
    fc.constantFrom(2, 4).map((factor): Scaling => ({ type: "dynamic-ntk", factor, originalMaxPositions: 4096, seqLen: 16384 })),
    fc.constantFrom(4, 16, 32).map((factor): Scaling => ({ type: "yarn", factor, originalMaxPositions: 4096 })),
    fc.constant<Scaling>({ type: "llama3", factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192 }),
    fc
      .tuple(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: half, maxLength: half }), fc.array(fc.integer({ min: 0, max: 50 }), { minLength: half, maxLength: half }))
      .map(([s, l]): Scaling => ({
        type: "longrope",
        shortFactor: s.map((v) => 1 + v / 100),
        longFactor: l.map((v) => 1 + v / 2),
        originalMaxPositions: 4096,
        maxPositions: 131072,
        seqLen: 8192,
      })),
  );
}

/** A RoPE workload (layout, base, head dim, rotary dim = head dim, scaling). */
export function ropeWorkload(options: { layout?: "neox" | "gptj" } = {}): fc.Arbitrary<RopeSpec> {
  return fc
    .record({ headDim: fc.constantFrom(...HEAD_DIMS), base: fc.constantFrom(...BASES), layout: options.layout ? fc.constant(options.layout) : fc.constantFrom("neox" as const, "gptj" as const) })
    .chain(({ headDim, base, layout }) => scaling(headDim).map((s): RopeSpec => ({ layout, base, headDim, scaling: s })));
}
