/**
 * The cos/sin cache memo of the fp32-rotation paths (src/rope/simd/cache-memo.ts): a kernel called again
 * with the positions of its last call restores that call's cache rows instead of building them. Checked:
 * every output of a kernel whose calls hit the memo is bit-identical to the reference emulation's, on
 * fp16 and bf16 patterns and on fp64 values, for pipelines with and without FMA, an attention factor ≠ 1,
 * positions that overflow fp16 angles' fast reduction, declined rows (inf, NaN,
 * huge values) and repeated positions (heads sharing a position); that the memo is used from the third
 * call with the same positions (memoRows), and not for other positions or another head dim.
 */
import { describe, expect, test } from "vitest";
import { createRng, emulate, encodeArray, sampleVectors, zooPipeline } from "../../src/index.js";
import type { PathName } from "../../src/rope/emulate.js";

const SEED = 9311;
console.log(`cache memo tests seed ${SEED}`);

function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return a.length === b.length ? -1 : a.length;
}

/** n × d values of `format`'s grid with a few specials that make rows decline (inf, NaN, 60000). */
function inputs(seed: number, format: "bf16" | "fp16", rows: number, d: number): Float64Array {
  const x = sampleVectors(createRng(seed), format, rows, d, "heavy-tailed");
  const specials = [Infinity, -Infinity, NaN, 60000, -0];
  for (let k = 0; k < 5; k++) x[(k * 7919 + seed) % x.length] = specials[k]!;
  return x;
}

const PIPELINES: [string, Parameters<typeof zooPipeline>[1]][] = [
  ["onnxruntime-cpu@fp16", {}],
  ["vllm-cuda@fp16", {}],
  ["vllm-cuda@fp16", { scaling: { type: "yarn", factor: 8, originalMaxPositions: 4096 } }],
  ["flash-attn-triton", {}],
  ["te-fused@fp16", {}],
  ["meta-llama", { layout: "gptj" }],
];

describe("cos/sin cache memo: bit-identical hits", () => {
  const d = 128;
  const heads = 4;
  // Position-major, heads sharing each position; small, large (fp16 trig's slow pairs) and past 2^16.
  const base = [0, 1, 2, 3, 100, 4095, 65519, 65520, 70000, 2 ** 20 + 3, 123456, 7, 8, 9, 10, 511];
  const positions = Float64Array.from({ length: base.length * heads * 40 }, (_, i) => base[Math.floor(i / heads) % base.length]! + 16 * Math.floor(i / (heads * base.length)));

  test.each(PIPELINES)("%s %j: patterns and values, three calls at the same positions", (name, rope) => {
    const spec = zooPipeline(name, rope);
    const format = spec.format as "bf16" | "fp16";
    const bitsPath: PathName = "simd-fp32-bits";
    const k = emulate(spec, { paths: [bitsPath, "simd-fp32"] });
    const reference = emulate(spec, { paths: [] });
    const n = positions.length;
    for (let call = 0; call < 3; call++) {
      const x = inputs(SEED + call, format, n, d);
      const bits = encodeArray(format, x) as Uint16Array;
      const got = k.rotateBits(bits, positions, d) as Uint16Array;
      const want = reference.rotateBits(bits, positions, d) as Uint16Array;
      const i = firstDifference(got, want);
      if (i >= 0) throw new Error(`${name} call ${call}: element ${i}: ${got[i]} vs ${want[i]}`);
      // Third call on: the memo's rows; before: built (the second call records them).
      expect(k.pathStats().simd.memoRows).toBe(call === 2 ? n : 0);
    }
    expect(k.pathStats().rows[bitsPath]).toBeGreaterThan(0);
    // fp64 values through the same kernel: the memo was kept by the patterns' calls (same cache rows).
    for (let call = 0; call < 3; call++) {
      const x = inputs(SEED + 10 + call, format, n, d);
      const got = k.rotate(x, positions, d);
      const want = reference.rotate(x, positions, d);
      const i = firstDifference(got, want);
      if (i >= 0) throw new Error(`${name} values call ${call}: element ${i}: ${got[i]} vs ${want[i]}`);
    }
    expect(k.pathStats().rows["simd-fp32"]).toBeGreaterThan(0);
  });

  test("other positions, another head dim: built afresh, still bit-identical", () => {
    const spec = zooPipeline("onnxruntime-cpu@fp16");
    const k = emulate(spec, { paths: ["simd-fp32-bits"] });
    const reference = emulate(spec, { paths: [] });
    const n = positions.length;
    const call = (pos: Float64Array, dim: number, seed: number): void => {
      const bits = encodeArray("fp16", inputs(seed, "fp16", pos.length, dim)) as Uint16Array;
      expect(firstDifference(k.rotateBits(bits, pos, dim) as Uint16Array, reference.rotateBits(bits, pos, dim) as Uint16Array)).toBe(-1);
    };
    call(positions, d, 1);
    call(positions, d, 2);
    call(positions, d, 3);
    expect(k.pathStats().simd.memoRows).toBe(n);
    const shifted = positions.map((p) => p + 1);
    call(shifted, d, 4); // other positions: a miss, which replaces the memo
    expect(k.pathStats().simd.memoRows).toBe(n);
    call(positions, 64, 5); // the same positions at another head dim: a miss
    call(positions, 64, 6);
    expect(k.pathStats().simd.memoRows).toBe(n);
    call(positions, 64, 7); // third at d = 64: a hit
    expect(k.pathStats().simd.memoRows).toBe(2 * n);
    // A caller that changes its positions array in place between calls is not served stale rows.
    const mutable = positions.slice();
    call(mutable, d, 8);
    call(mutable, d, 9);
    mutable[5] = mutable[5]! + 1;
    call(mutable, d, 10);
    expect(k.pathStats().simd.memoRows).toBe(2 * n);
  });
});
