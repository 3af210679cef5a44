/**
 * The shift measure's row loop on the SIMD row kernels (src/attention/simd/fused-rows.ts, row-kernels.ts)
 * against the scalar loop (scoreFunctions with { simd: false }), bit for bit on every sum: per-key sums
 * (fp64 patterns), Eq. 5's logit sum and row count, the L1 sum. Masks of every scheme, both shifts, rows
 * of every length mod 16, six score pipelines, inputs on the bf16 and fp16 grids, with zeros, tiny values
 * (unsafe for the f32 products: their logits come from the scalar code), NaN and ±∞ (rows handed to the
 * scalar loop), logits far apart (exp underflows to 0 and to fp32 subnormals), and fp32 values (nothing
 * safe: the whole input on the scalar loop). Counters assert which path ran.
 */
import { describe, expect, test } from "vitest";
import { type ValueKind, attentionValues } from "../helpers/attention-values.js";
import { type ScorePipeline, FLASH_SCORE, createRng } from "../../src/index.js";
import { type Scheme, SCHEMES, columnCounts, packSequence, visible } from "../../src/attention/packing.js";
import { scoreFunctions } from "../../src/attention/score.js";
import { type ShiftRowsInput, type ShiftSums, accumulateShiftRows, addShiftSums, newShiftSums, shiftChunks } from "../../src/attention/shift-rows.js";

const SEED = 9151;
type Rng = () => number;
type Kind = Extract<ValueKind, "bf16" | "fp16" | "zeros" | "tiny" | "specials" | "wide" | "fp32">;

/** The kinds' unusual values at these shares (attentionValues). */
const values = (rng: Rng, n: number, kind: Kind): Float64Array => attentionValues(rng, n, kind, { tiny: 0.0004, specials: 0.001 });

const PIPELINES: [string, ScorePipeline][] = [
  ["flash", FLASH_SCORE],
  ["blocked 32", { ...FLASH_SCORE, blockSize: 32 }],
  ["blocked 24", { ...FLASH_SCORE, blockSize: 24 }],
  ["sequential", { ...FLASH_SCORE, order: "sequential" }],
  ["scale before", { ...FLASH_SCORE, scale: "before" }],
  ["fp64 logits", { ...FLASH_SCORE, logit: "fp64" }],
];

function input(f: ShiftRowsInput["f"], scheme: Scheme, docs: number[], d: number, rng: Rng, kind: Kind, rows: number[] | null): ShiftRowsInput {
  const seq1 = packSequence(docs, scheme, 0);
  const seq2 = packSequence(docs, scheme, 16);
  const L = seq1.length;
  const all = rows ?? Array.from({ length: L }, (_, i) => i);
  const q1 = values(rng, all.length * d, kind);
  const q2 = values(rng, all.length * d, kind);
  return {
    f,
    seq1,
    seq2,
    qs1: f.prepareQuery(q1),
    qs2: f.prepareQuery(q2),
    k1: values(rng, L * d, kind),
    k2: values(rng, L * d, kind),
    counts: columnCounts(seq1),
    d,
    rows: all,
  };
}

function sumAll(inp: ShiftRowsInput): ShiftSums {
  const sums = newShiftSums(inp.seq1.length);
  for (const [from, to] of shiftChunks(inp.rows.length)) {
    const chunk = newShiftSums(inp.seq1.length);
    accumulateShiftRows(inp, from, to, chunk);
    addShiftSums(sums, chunk);
  }
  return sums;
}

const bits = (x: number): bigint => new BigUint64Array(Float64Array.of(x).buffer)[0]!;

function expectSame(a: ShiftSums, b: ShiftSums, label: string): void {
  const pa = new BigUint64Array(a.perKey.buffer);
  const pb = new BigUint64Array(b.perKey.buffer);
  for (let j = 0; j < pa.length; j++) if (pa[j] !== pb[j]) throw new Error(`${label}: perKey[${j}] ${a.perKey[j]} vs scalar ${b.perKey[j]}`);
  expect([bits(a.logitSum), a.logitRows, bits(a.l1Sum), a.rows], label).toEqual([bits(b.logitSum), b.logitRows, bits(b.l1Sum), b.rows]);
}

/** Document lengths whose rows end at every residue mod 16. */
const DOCS = [37, 1, 100, 19, 16, 61];

describe("the shift measure's row loop on SIMD: bit-identical to the scalar loop", () => {
  let fusedRows = 0;
  let pairs = 0;
  test.each(PIPELINES.flatMap(([name], pi) => SCHEMES.map((scheme) => [name, scheme, pi] as const)))("%s, %s mask", (_name, scheme, pi) => {
    const p = PIPELINES[pi]![1];
    for (const d of [64, 128]) {
      const fast = scoreFunctions(p, d, "bf16");
      const slow = scoreFunctions(p, d, "bf16", { simd: false });
      expect(fast.fusedRows).toBeDefined();
      expect(slow.fusedRows).toBeUndefined();
      const kinds: Kind[] = pi === 0 ? ["bf16", "fp16", "zeros", "wide"] : ["bf16", "wide"];
      for (const kind of kinds) {
        const rng = createRng(SEED + pi * 100 + d + kind.length);
        const a = input(fast, scheme, DOCS, d, rng, kind, null);
        const b: ShiftRowsInput = { ...a, f: slow };
        const before = fast.fusedRows!()!.counters.rows;
        const got = sumAll(a);
        expectSame(got, sumAll(b), `${scheme} d ${d} ${kind}`);
        const c = fast.fusedRows!()!.counters;
        expect(c.rows - before).toBe(a.rows.length);
        fusedRows += c.rows - before;
      }
      pairs += fast.fusedRows!()!.counters.pairs;
    }
  });

  test("ran on the kernels for at least 10^4 rows and 10^6 pairs", () => {
    expect(fusedRows).toBeGreaterThanOrEqual(10_000);
    expect(pairs).toBeGreaterThanOrEqual(1_000_000);
  });

  test("block lengths and head dims that leave a remainder of 1–3 elements (the kernel's one-element loop)", () => {
    const cases: [ScorePipeline, number][] = [
      [{ ...FLASH_SCORE, blockSize: 7 }, 64],
      [{ ...FLASH_SCORE, blockSize: 5 }, 66],
      [{ ...FLASH_SCORE, order: "sequential" }, 18],
      [FLASH_SCORE, 34],
    ];
    for (const [p, d] of cases)
      for (const scheme of ["full", "anchor"] as const) {
        const fast = scoreFunctions(p, d, "bf16");
        const a = input(fast, scheme, [45, 70], d, createRng(SEED + d), "bf16", null);
        expectSame(sumAll(a), sumAll({ ...a, f: scoreFunctions(p, d, "bf16", { simd: false }) }), `block ${p.blockSize ?? "seq"} d ${d} ${scheme}`);
        expect(fast.fusedRows!()!.counters.rows).toBe(a.rows.length);
      }
  });

  test("more than one chunk of rows, sampled rows, both shifts' keys re-bound between inputs", () => {
    const d = 64;
    const fast = scoreFunctions(FLASH_SCORE, d, "bf16");
    const slow = scoreFunctions(FLASH_SCORE, d, "bf16", { simd: false });
    for (const scheme of SCHEMES) {
      const rng = createRng(SEED + 7);
      const rows = Array.from({ length: 600 }, () => Math.floor(rng() * 700));
      const a = input(fast, scheme, [300, 150, 250], d, rng, "bf16", rows);
      expectSame(sumAll(a), sumAll({ ...a, f: slow }), scheme);
    }
    expect(fast.fusedRows!()!.counters.rows).toBe(4 * 600);
  });

  test("two row loops alternating on the thread's one kernel instance: each re-copies its keys, the same sums", () => {
    const d = 64;
    const slow = scoreFunctions(FLASH_SCORE, d, "bf16", { simd: false });
    const fa = scoreFunctions(FLASH_SCORE, d, "bf16");
    const fb = scoreFunctions({ ...FLASH_SCORE, blockSize: 32 }, d, "bf16");
    const a = input(fa, "full", [300], d, createRng(SEED + 21), "bf16", null);
    const b = input(fb, "intra-doc", [100, 333], d, createRng(SEED + 22), "bf16", null);
    const [sa, sb] = [newShiftSums(300), newShiftSums(433)];
    // Chunks of 37 rows (groups of four start anywhere), a and b in turn; then the rest of b.
    for (let r = 0; r < 296; r += 37) {
      accumulateShiftRows(a, r, r + 37, sa);
      accumulateShiftRows(b, r, r + 37, sb);
    }
    accumulateShiftRows(a, 296, 300, sa);
    accumulateShiftRows(b, 296, 433, sb);
    const [wa, wb] = [newShiftSums(300), newShiftSums(433)];
    accumulateShiftRows({ ...a, f: slow }, 0, 300, wa);
    accumulateShiftRows({ ...b, f: scoreFunctions({ ...FLASH_SCORE, blockSize: 32 }, d, "bf16", { simd: false }) }, 0, 433, wb);
    expectSame(sb, wb, "b");
    expectSame(sa, wa, "a");
    expect(fa.fusedRows!()!.counters.rows).toBe(300);
    expect(fb.fusedRows!()!.counters.rows).toBe(433);
  });

  test("tiny keys and queries (products not exact in f32): scalar logits for those keys, scalar rows for those queries", () => {
    const d = 64;
    const fast = scoreFunctions(FLASH_SCORE, d, "bf16");
    const slow = scoreFunctions(FLASH_SCORE, d, "bf16", { simd: false });
    const a = input(fast, "intra-doc", DOCS, d, createRng(SEED + 11), "tiny", null);
    expectSame(sumAll(a), sumAll({ ...a, f: slow }), "tiny");
    const c = fast.fusedRows!()!.counters;
    expect(c.patchedLogits).toBeGreaterThan(0);
    expect(c.scalarRows).toBeGreaterThan(0);
    expect(c.rows).toBeGreaterThan(0);
  });

  test("NaN and ±∞ in queries and keys: those rows on the scalar loop, the same sums (NaN where the scalar code has NaN)", () => {
    const d = 64;
    const fast = scoreFunctions(FLASH_SCORE, d, "bf16");
    const slow = scoreFunctions(FLASH_SCORE, d, "bf16", { simd: false });
    const a = input(fast, "anchor", DOCS, d, createRng(SEED + 12), "specials", null);
    const got = sumAll(a);
    const want = sumAll({ ...a, f: slow });
    for (let j = 0; j < got.perKey.length; j++) expect(Object.is(got.perKey[j], want.perKey[j]) || (Number.isNaN(got.perKey[j]) && Number.isNaN(want.perKey[j]))).toBe(true);
    expect(Number.isNaN(got.l1Sum)).toBe(Number.isNaN(want.l1Sum));
    const c = fast.fusedRows!()!.counters;
    expect(c.scalarRows).toBeGreaterThan(0);
    expect(c.rows).toBeGreaterThan(0);
  });

  test("fp32 values (no key safe): the whole input on the scalar loop, the same sums", () => {
    const d = 64;
    const fast = scoreFunctions(FLASH_SCORE, d, "fp32");
    const slow = scoreFunctions(FLASH_SCORE, d, "fp32", { simd: false });
    const a = input(fast, "full", [200], d, createRng(SEED + 13), "fp32", null);
    expectSame(sumAll(a), sumAll({ ...a, f: slow }), "fp32");
    expect(fast.fusedRows!()!.counters.rows).toBe(0);
  });

  test("the mask as ranges: every scheme, every (row, key), matches packing.ts's visible()", () => {
    // Through the kernels: a row's attention is nonzero exactly where visible() holds (logits all equal).
    const d = 16;
    for (const scheme of SCHEMES) {
      const seq = packSequence([5, 17, 1, 33], scheme, 3);
      const L = seq.length;
      const fast = scoreFunctions(FLASH_SCORE, d, "bf16");
      const ones = new Float64Array(L * d).fill(0.5);
      const rows = Array.from({ length: L }, (_, i) => i);
      const inp: ShiftRowsInput = { f: fast, seq1: seq, seq2: seq, qs1: new Float64Array(L * d).fill(0.25), qs2: new Float64Array(L * d).fill(0.5), k1: ones, k2: ones, counts: columnCounts(seq), d, rows };
      const slow: ShiftRowsInput = { ...inp, f: scoreFunctions(FLASH_SCORE, d, "bf16", { simd: false }) };
      const got = sumAll(inp);
      expectSame(got, sumAll(slow), scheme);
      // Equal logits per row: A = 1/n over the visible keys for both shifts, so δ = 0; check the mask via counts of rows that see key 0.
      let see0 = 0;
      for (let i = 0; i < L; i++) if (visible(seq, i, 0)) see0++;
      expect(got.logitRows).toBe(see0);
    }
  });
});
