/**
 * The shift measure with streamed keys (src/attention/shift-stream.ts: keys rotated a block at a time
 * into reused buffers, the rows' logits taken against each block) against the whole-array loop with
 * the scalar score (scoreFunctions with { simd: false }: the reference) on keys rotated in one call, bit
 * for bit on every sum. Key blocks of 16, 48, 80 and 2,048 keys (none divides L), passes of 1, 3 and all
 * rows, every mask, score pipelines with and without the row kernels, inputs on the bf16 grid, with
 * zeros, tiny values (scalar logits for those keys), NaN and ±∞ (scalar rows), and fp32 values (every
 * row scalar). Counters assert which path ran and how many keys were rotated.
 */
import { describe, expect, test } from "vitest";
import { type ValueKind, attentionValues } from "../helpers/attention-values.js";
import { type ScorePipeline, EXACT_SCORE, FLASH_SCORE, attentionShift, createRng, sampleVectors, zooKernel } from "../../src/index.js";
import { type Scheme, SCHEMES, columnCounts, packSequence } from "../../src/attention/packing.js";
import type { RotatingKernel } from "../../src/attention/rotate-blocks.js";
import { scoreFunctions } from "../../src/attention/score.js";
import { type ShiftSums, accumulateShiftRows, addShiftSums, newShiftSums, shiftChunks } from "../../src/attention/shift-rows.js";
import { type StreamRowsInput, newStreamCounters, rowsPerPass, streamShiftRows } from "../../src/attention/shift-stream.js";

const SEED = 7321;
console.log(`shift-stream.test.ts: seed ${SEED}`);
type Rng = () => number;
type Kind = Extract<ValueKind, "bf16" | "zeros" | "tiny" | "fine" | "specials" | "fp32">;

/** The kinds' unusual values at these shares (attentionValues). */
const values = (rng: Rng, n: number, kind: Kind): Float64Array => attentionValues(rng, n, kind, { tiny: 0.002, specials: 0.002 });

/**
 * A test kernel that keeps each value's grid (exact scaling by a power of two that depends on the
 * position), so tiny, special and fp32 inputs stay what they are, and the two shifts' keys differ.
 */
const scaling: RotatingKernel = {
  format: "bf16",
  rotate(x, positions, d, out) {
    const y = out ?? new Float64Array(x.length);
    for (let r = 0; r < positions.length; r++) {
      const s = 2 ** ((positions[r]! % 3) - 1);
      for (let t = 0; t < d; t++) y[r * d + t] = x[r * d + t]! * s;
    }
    return y;
  },
};

const bits = (x: number): bigint => new BigUint64Array(Float64Array.of(x).buffer)[0]!;
const sameNumber = (a: number, b: number): boolean => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

function expectSame(a: ShiftSums, b: ShiftSums, label: string): void {
  for (let j = 0; j < a.perKey.length; j++) if (!sameNumber(a.perKey[j]!, b.perKey[j]!)) throw new Error(`${label}: perKey[${j}] ${a.perKey[j]} vs reference ${b.perKey[j]}`);
  if (Number.isNaN(b.l1Sum)) expect(Number.isNaN(a.l1Sum), label).toBe(true);
  else expect([bits(a.logitSum), a.logitRows, bits(a.l1Sum), a.rows], label).toEqual([bits(b.logitSum), b.logitRows, bits(b.l1Sum), b.rows]);
}

interface Case {
  p: ScorePipeline;
  scheme: Scheme;
  docs: number[];
  d: number;
  kind: Kind;
  rows: number[];
  keyBlock: number;
  passRows?: number;
  /** The f64x2 logits on (for rows the row kernels leave). */
  simd?: boolean;
}

/** The reference (whole rotated key arrays, scalar score) and the streamed sums, with the streamed path's counters. */
async function run(c: Case) {
  const seq1 = packSequence(c.docs, c.scheme, 0);
  const seq2 = packSequence(c.docs, c.scheme, 16);
  const L = seq1.length;
  const rng = createRng(SEED + L + c.d + c.kind.length + c.keyBlock);
  const q = values(rng, L * c.d, c.kind);
  const k = values(rng, L * c.d, c.kind);
  const pick = (v: Float64Array, positions: Float64Array) =>
    scaling.rotate(Float64Array.from(c.rows.flatMap((i) => Array.from(v.subarray(i * c.d, (i + 1) * c.d)))), Float64Array.from(c.rows, (i) => positions[i]!), c.d) as Float64Array;
  const slow = scoreFunctions(c.p, c.d, "bf16", { simd: false });
  const fast = scoreFunctions(c.p, c.d, "bf16", { simd: c.simd ?? false, rowKernels: true });
  const qs1 = slow.prepareQuery(pick(q, seq1.positions));
  const qs2 = slow.prepareQuery(pick(q, seq2.positions));
  const counts = columnCounts(seq1);
  const k1 = scaling.rotate(k, seq1.positions, c.d) as Float64Array;
  const k2 = scaling.rotate(k, seq2.positions, c.d) as Float64Array;
  const want = newShiftSums(L);
  const got = newShiftSums(L);
  const counters = newStreamCounters();
  const input: StreamRowsInput = {
    f: fast,
    kernel: scaling,
    k,
    seq1,
    seq2,
    qs1,
    qs2,
    counts,
    d: c.d,
    rows: c.rows,
    keyBlock: c.keyBlock,
    ...(c.passRows === undefined ? {} : { passRows: c.passRows }),
  };
  for (const [from, to] of shiftChunks(c.rows.length)) {
    const a = newShiftSums(L);
    accumulateShiftRows({ f: slow, seq1, seq2, qs1, qs2, k1, k2, counts, d: c.d, rows: c.rows }, from, to, a);
    addShiftSums(want, a);
    const b = newShiftSums(L);
    await streamShiftRows(input, from, to, b, counters);
    addShiftSums(got, b);
  }
  return { want, got, counters, L, fused: fast.fusedRows?.() ?? null, simdPairs: fast.simdPairs?.() ?? 0 };
}

const DOCS = [37, 1, 100, 19, 16, 61];
const PIPELINES: [string, ScorePipeline][] = [
  ["flash", FLASH_SCORE],
  ["blocked 24", { ...FLASH_SCORE, blockSize: 24 }],
  ["sequential", { ...FLASH_SCORE, order: "sequential" }],
  ["scale before", { ...FLASH_SCORE, scale: "before" }],
  ["fp64 logits", { ...FLASH_SCORE, logit: "fp64" }],
  // No row kernels for these: every row on the scalar score, keys still streamed.
  ["pairwise", { ...FLASH_SCORE, order: "pairwise" }],
  ["exact", EXACT_SCORE],
];

describe("streamed keys: bit-identical to the whole-array scalar reference", () => {
  test.each(PIPELINES.flatMap(([name], pi) => SCHEMES.map((scheme) => [name, scheme, pi] as const)))("%s, %s mask", async (_name, scheme, pi) => {
    const p = PIPELINES[pi]![1];
    const kernels = pi < 5;
    for (const keyBlock of [16, 48, 80, 2048]) {
      const L = DOCS.reduce((a, b) => a + b, 0) + (scheme === "anchor" ? 1 : 0);
      // Sampled rows out of order, with repeats, the first and last rows, rows at every residue mod 16.
      const rows = [L - 1, 0, 5, 17, 33, 100, 100, 131, 200, 47, 63, 64, 65, 150, 233 % L];
      for (const passRows of [undefined, 1, 3]) {
        const c: Case = { p, scheme, docs: DOCS, d: 64, kind: "bf16", rows, keyBlock, ...(passRows === undefined ? {} : { passRows }) };
        const { want, got, counters } = await run(c);
        expectSame(got, want, `${scheme} block ${keyBlock} pass ${passRows}`);
        const passes = passRows === undefined ? 1 : Math.ceil(rows.length / passRows);
        expect(counters.passes).toBe(passes);
        expect(counters.kernelRows).toBe(kernels ? rows.length : 0);
        expect(counters.scalarRows).toBe(kernels ? 0 : rows.length);
        if (passRows === undefined) {
          // One pass: every key up to the last row rotated once under each shift, in blocks of keyBlock.
          expect(counters.keys).toBe(2 * L);
          expect(counters.blocks).toBe(2 * Math.ceil(L / keyBlock));
        }
      }
    }
  });

  test("zeros, tiny values and values with more than 12 significant bits (scalar logits for those keys), NaN and ±∞ (scalar rows), fp32 values (every row scalar)", async () => {
    for (const kind of ["zeros", "tiny", "fine", "specials", "fp32"] as const)
      for (const scheme of ["full", "anchor"] as const)
        for (const simd of [false, true]) {
          const L = 300;
          const rows = Array.from({ length: 40 }, (_, r) => (r * 37 + 11) % L);
          const { want, got, counters, fused, simdPairs } = await run({ p: FLASH_SCORE, scheme, docs: scheme === "full" ? [L] : [150, 149], d: 32, kind, rows, keyBlock: 48, passRows: 12, simd });
          expectSame(got, want, `${kind} ${scheme} simd ${simd}`);
          // Rows left to the scalar code take the f64x2 logits block by block when they are on.
          if (kind === "fp32") expect(simdPairs > 0).toBe(simd);
          if (kind === "tiny" || kind === "fine") expect(fused!.counters.patchedLogits).toBeGreaterThan(0);
          // Keys packed to f32 by the kernels (packKeysF32), which also find the unsafe ones.
          expect(fused!.counters.packedKeys).toBeGreaterThan(0);
          // NaN or ±∞ in a key: rows the kernels took, finished with the scalar code from their streamed logits.
          if (kind === "specials") expect(counters.declinedRows).toBeGreaterThan(0);
          if (kind === "fp32") expect(counters.kernelRows).toBe(0);
          else expect(counters.kernelRows).toBeGreaterThan(0);
          if (kind === "specials") expect(counters.scalarRows).toBeGreaterThan(0);
        }
  });

  test("more than one chunk of 256 rows", async () => {
    const rows = Array.from({ length: 600 }, (_, r) => (r * 131) % 700);
    const { want, got, counters } = await run({ p: FLASH_SCORE, scheme: "intra-doc", docs: [300, 1, 399], d: 32, kind: "bf16", rows, keyBlock: 112, passRows: 100 });
    expectSame(got, want, "600 rows");
    expect(counters.kernelRows).toBe(600);
    expect(counters.passes).toBe(3 + 3 + 1); // chunks of 256, 256 and 88 rows, passes of 100
  });

  test("passes hold at most 64 MiB of logits", () => {
    expect(rowsPerPass(131072)).toBe(64);
    expect(rowsPerPass(1 << 22)).toBe(4);
    expect(rowsPerPass(4096)).toBe(2048);
  });
});

describe("attentionShift on sampled rows streams the keys", () => {
  const d = 32;
  test("the same bits as every row on the whole-array loop, keys only ever rotated a block at a time into two reused buffers", async () => {
    const L = 1000;
    const rng = createRng(SEED + 1);
    const q = sampleVectors(rng, "bf16", L, d);
    const k = sampleVectors(rng, "bf16", L, d);
    const hf = zooKernel("hf");
    const base = { headDim: d, q, k, docLengths: [400, 600], scheme: "intra-doc" as const, score: FLASH_SCORE, shifts: [0, 16] as const };
    // L + 1 rows (row 0 twice, last): four chunks of rows, so the reference runs on two workers, on whole rotated arrays.
    const rows = Array.from({ length: L + 1 }, (_, i) => i % L);
    const ref = await attentionShift({ ...base, kernel: hf, workers: 2, rows });
    for (const keyBlock of [48, 304]) {
      const sizes: number[] = [];
      const outs: string[] = [];
      const buffers = new Map<ArrayBufferLike, number>();
      const kernel: RotatingKernel = {
        format: hf.format,
        rotate: (x, p, dim, out) => {
          sizes.push(p.length);
          if (!buffers.has(out!.buffer)) buffers.set(out!.buffer, buffers.size);
          outs.push(`${buffers.get(out!.buffer)} ${out!.byteOffset}`);
          return hf.rotate(x, p, dim, out);
        },
      };
      const got = await attentionShift({ ...base, kernel, keyBlock, rows });
      expect(got.perKey.every((v, j) => Object.is(v, ref.perKey[j]))).toBe(true);
      expect([got.D, got.dLogit, got.rowL1]).toEqual([ref.D, ref.dLogit, ref.rowL1]);
      // The queries in one call per shift; then per chunk, the keys up to its last row, block by block under both shifts.
      const want = [L + 1, L + 1];
      for (const maxKey of [256, 512, 768, 1000]) for (let b = 0; b < maxKey; b += keyBlock) want.push(Math.min(keyBlock, maxKey - b), Math.min(keyBlock, maxKey - b));
      expect(sizes).toEqual(want);
      // Every key block into one of the same two places (the row kernels' memory), whatever L.
      expect(new Set(outs.slice(2)).size).toBe(2);
    }
  }, 60_000);

  test("two calls at once on one thread (an async kernel: the passes interleave) give each its own bits", async () => {
    const L = 700;
    const hf = zooKernel("hf");
    const slowKernel: RotatingKernel = { format: hf.format, rotate: async (x, p, dim, out) => (await new Promise((r) => setTimeout(r, 1)), hf.rotate(x, p, dim, out)) };
    const make = (seed: number) => {
      const rng = createRng(seed);
      return { headDim: d, q: sampleVectors(rng, "bf16", L, d), k: sampleVectors(rng, "bf16", L, d), docLengths: [L], scheme: "full" as const, score: FLASH_SCORE, shifts: [0, 16] as const, rows: [699, 3, 350, 512], keyBlock: 64 };
    };
    const [a, b] = [make(SEED + 2), make(SEED + 3)];
    const alone = [await attentionShift({ ...a, kernel: hf }), await attentionShift({ ...b, kernel: hf })];
    const together = await Promise.all([attentionShift({ ...a, kernel: slowKernel }), attentionShift({ ...b, kernel: slowKernel })]);
    for (const t of [0, 1]) expect(together[t]!.perKey.every((v, j) => Object.is(v, alone[t]!.perKey[j]))).toBe(true);
    expect(alone[0]!.D).not.toBe(alone[1]!.D);
  }, 60_000);

  test("keyBlock must be a positive multiple of 16", async () => {
    const rng = createRng(SEED);
    const q = sampleVectors(rng, "bf16", 8, d);
    const base = { kernel: zooKernel("hf"), headDim: d, q, k: q, docLengths: [8], scheme: "full" as const, score: FLASH_SCORE, shifts: [0, 1] as const, rows: [7] };
    await expect(attentionShift({ ...base, keyBlock: 40 })).rejects.toThrow(/^keyBlock: expected a positive multiple of 16, got 40/);
    await expect(attentionShift({ ...base, keyBlock: 0 })).rejects.toThrow(/^keyBlock: expected a positive multiple of 16/);
  });
});
