/**
 * The SIMD attention logits (src/attention/simd/logits.ts, scoreFunctions' logitsRow) must equal the
 * scalar `logit` of the same score pipeline bit for bit (fp64 patterns), key by key: the flash-style
 * blocked fp32 score, other block sizes, a sequential order, scale before or after, on bf16 values (as
 * rotated bf16 kernels give), fp32 values (48-bit products, exact in fp64) and fp64 values (products
 * rounded in fp64), with zeros, huge values that overflow fp32 to ±inf and NaN. attentionRow with
 * and without SIMD gives the same logits and attention. Counters assert that the SIMD kernel ran.
 */
import { describe, expect, test } from "vitest";
import { type ScorePipeline, FLASH_SCORE, createRng, round } from "../../src/index.js";
import { packSequence } from "../../src/attention/packing.js";
import { scoreFunctions } from "../../src/attention/score.js";
import { attentionRow } from "../../src/attention/shift-rows.js";

const SEED = 3311;
type Rng = () => number;

function values(rng: Rng, n: number, kind: "bf16" | "fp32" | "fp64" | "specials"): Float64Array {
  return Float64Array.from({ length: n }, () => {
    const v = (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(-6 + 10 * rng());
    if (kind === "specials") {
      const u = rng();
      if (u < 0.01) return NaN;
      if (u < 0.02) return rng() < 0.5 ? 0 : -0;
      if (u < 0.03) return 3e38 * (rng() < 0.5 ? -1 : 1);
      return round("bf16", v);
    }
    return kind === "fp64" ? v : round(kind, v);
  });
}

const patterns = (a: Float64Array): BigUint64Array => new BigUint64Array(a.buffer, a.byteOffset, a.length);

const PIPELINES: [string, ScorePipeline][] = [
  ["flash (blocked 16, scale after)", FLASH_SCORE],
  ["blocked 32", { ...FLASH_SCORE, blockSize: 32 }],
  ["blocked 24 (a partial last block at d = 64)", { ...FLASH_SCORE, blockSize: 24 }],
  ["sequential", { ...FLASH_SCORE, order: "sequential" }],
  ["scale before", { ...FLASH_SCORE, scale: "before" }],
  ["fp64 logits", { ...FLASH_SCORE, logit: "fp64" }],
];

describe("SIMD attention logits: bit-identical to the scalar score", () => {
  let total = 0;
  test.each(PIPELINES.flatMap(([name, p], pi) => (["bf16", "fp32", "fp64", "specials"] as const).map((kind) => [`${name}, ${kind} values`, pi, kind] as const)))(
    "%s",
    (_label, pi, kind) => {
      const p = PIPELINES[pi]![1];
      const rng = createRng(SEED + pi * 10 + kind.length);
      for (const d of [64, 128]) {
        const f = scoreFunctions(p, d, "bf16");
        expect(f.logitsRow).toBeDefined();
        const L = 301; // odd: the last key goes through the scalar logit
        const q = f.prepareQuery(values(rng, 8 * d, kind));
        const k = values(rng, L * d, kind);
        const got = new Float64Array(L);
        const want = new Float64Array(L);
        for (let r = 0; r < 8; r++) {
          expect(f.logitsRow!(q, r * d, k, L - r, got)).toBe(true);
          for (let j = 0; j < L - r; j++) want[j] = f.logit(q, r * d, k, j * d);
          const a = patterns(got.subarray(0, L - r));
          const b = patterns(want.subarray(0, L - r));
          for (let j = 0; j < L - r; j++) if (a[j] !== b[j]) throw new Error(`d ${d}, row ${r}, key ${j}: ${got[j]} vs scalar ${want[j]}`);
          total += L - r;
        }
        expect(f.simdPairs!()).toBeGreaterThanOrEqual(8 * (L - 8) - 8);
      }
    },
  );

  test("compared at least 10^5 logits", () => {
    expect(total).toBeGreaterThanOrEqual(100_000);
  });

  test("a pipeline that accumulates in bf16 or pairwise has no SIMD logits; simd: false turns them off", () => {
    expect(scoreFunctions({ ...FLASH_SCORE, accumulate: "bf16" }, 64, "bf16").logitsRow).toBeUndefined();
    expect(scoreFunctions({ ...FLASH_SCORE, order: "pairwise" }, 64, "bf16").logitsRow).toBeUndefined();
    expect(scoreFunctions(FLASH_SCORE, 64, "bf16", { simd: false }).logitsRow).toBeUndefined();
  });

  test("attentionRow with and without SIMD: the same logits and attention, under packing masks, alternating key arrays", () => {
    const d = 128;
    const L = 513;
    const rng = createRng(SEED - 1);
    const seq = packSequence([200, 313], "intra-doc", 16);
    const q = values(rng, 4 * d, "bf16");
    const k1 = values(rng, L * d, "bf16");
    const k2 = values(rng, L * d, "bf16");
    const simd = scoreFunctions(FLASH_SCORE, d, "bf16");
    const scalar = scoreFunctions(FLASH_SCORE, d, "bf16", { simd: false });
    const rows = [0, 199, 200, 512];
    for (const [r, i] of rows.entries())
      for (const k of [k1, k2]) {
        const [m1, m2] = [new Uint8Array(L), new Uint8Array(L)];
        const [l1, l2] = [new Float64Array(L), new Float64Array(L)];
        const [a1, a2] = [new Float64Array(L), new Float64Array(L)];
        const n = attentionRow(simd, seq, q, r % 4, k, i, d, m1, l1, a1);
        attentionRow(scalar, seq, q, r % 4, k, i, d, m2, l2, a2);
        expect(Array.from(m1.subarray(0, n))).toEqual(Array.from(m2.subarray(0, n)));
        for (let j = 0; j < n; j++) if (m1[j]) expect(Object.is(l1[j], l2[j])).toBe(true);
        expect(Array.from(patterns(a1.subarray(0, n)))).toEqual(Array.from(patterns(a2.subarray(0, n))));
      }
    expect(simd.simdPairs!()).toBeGreaterThan(2 * (1 + 200 + 201 + 513) - 8);
  });
});
