/**
 * attentionShift with every query row on worker threads: the same bits for 1, 2 and 3 workers, equal to
 * the chunk sums computed here directly (accumulateShiftRows per chunk, added in chunk order), with the
 * kernel an ordinary object the workers never see. The workers run dist/ (`npm test` builds it first).
 */
import { expect, test, vi } from "vitest";
import { FLASH_SCORE, attentionShift, createRng, sampleVectors, zooKernel } from "../../src/index.js";
import { columnCounts, packSequence } from "../../src/attention/packing.js";
import { scoreFunctions } from "../../src/attention/score.js";
import { accumulateShiftRows, addShiftSums, newShiftSums, shiftChunks } from "../../src/attention/shift-rows.js";
import type { RotatingKernel } from "../../src/attention/shift.js";

// Counts the worker threads started, so the tests know the worker path ran.
const started = vi.hoisted(() => ({ count: 0 }));
vi.mock("node:worker_threads", async (original) => {
  const m = await original<typeof import("node:worker_threads")>();
  class CountedWorker extends m.Worker {
    constructor(...args: ConstructorParameters<typeof m.Worker>) {
      super(...args);
      started.count++;
    }
  }
  return { ...m, Worker: CountedWorker };
});

const SEED = 14;
const d = 32;

/** A kernel that cannot be sent to a worker (a closure over state), counting its calls. */
function closureKernel(): RotatingKernel & { calls: number } {
  const hf = zooKernel("hf");
  const k = { format: hf.format, calls: 0, rotate: (x: Float64Array, p: Float64Array, dim: number) => (k.calls++, hf.rotate(x, p, dim)) };
  return k;
}

const same = (a: ArrayLike<number>, b: ArrayLike<number>): boolean => a.length === b.length && Array.from(a).every((v, i) => Object.is(v, b[i]));

test(`every query row on 1, 2 and 3 workers: the same bits, equal to chunk sums added in order (seed ${SEED})`, async () => {
  const docLengths = [300, 1, 420, 179]; // 900 rows: four chunks, the last one short
  const L = 900;
  const rng = createRng(SEED);
  const q = sampleVectors(rng, "bf16", L, d);
  const k = sampleVectors(rng, "bf16", L, d);
  const base = { headDim: d, q, k, docLengths, scheme: "intra-doc" as const, score: FLASH_SCORE, shifts: [3, 1000] as const };
  const kernel = closureKernel();
  const one = await attentionShift({ ...base, kernel });
  expect(started.count).toBe(0);
  for (const workers of [2, 3]) {
    const before = started.count;
    const r = await attentionShift({ ...base, kernel, workers });
    expect(started.count - before).toBe(workers);
    expect(same(r.perKey, one.perKey), `perKey, ${workers} workers`).toBe(true);
    expect([r.D, r.dLogit, r.rowL1, r.firstKeyShare, r.rows]).toEqual([one.D, one.dLogit, one.rowL1, one.firstKeyShare, one.rows]);
    expect(Object.is(r.D, one.D)).toBe(true);
  }
  // Independently: the chunks summed here, from rotations made here, added in chunk order.
  const hf = zooKernel("hf");
  const seq1 = packSequence(docLengths, "intra-doc", 3);
  const seq2 = packSequence(docLengths, "intra-doc", 1000);
  const rows = Array.from({ length: L }, (_, i) => i);
  const f = scoreFunctions(FLASH_SCORE, d, "bf16", { simd: false });
  const input = { f, seq1, seq2, qs1: hf.rotate(q, seq1.positions, d), qs2: hf.rotate(q, seq2.positions, d), k1: hf.rotate(k, seq1.positions, d), k2: hf.rotate(k, seq2.positions, d), counts: columnCounts(seq1), d, rows };
  const chunks = shiftChunks(L);
  expect(chunks.length).toBe(4);
  const total = newShiftSums(L);
  for (const [from, to] of chunks) {
    const c = newShiftSums(L);
    accumulateShiftRows(input, from, to, c);
    addShiftSums(total, c);
  }
  expect(same(total.perKey.map((v) => v * 1), one.perKey)).toBe(true); // scale L / rows = 1
  expect(one.dLogit).toBe(total.logitSum / total.logitRows);
  expect(one.rowL1).toBe(total.l1Sum / L);
  // One pass over all rows in row order sums in another order: the chunking is what the bits follow.
  const onePass = newShiftSums(L);
  accumulateShiftRows(input, 0, L, onePass);
  expect(same(onePass.perKey, total.perKey)).toBe(false);
}, 120_000);

test(`sampled rows on 2 workers equal one thread, bit for bit (seed ${SEED + 1})`, async () => {
  const L = 700;
  const rng = createRng(SEED + 1);
  const q = sampleVectors(rng, "bf16", L, d);
  const k = sampleVectors(rng, "bf16", L, d);
  const rows = Array.from({ length: 520 }, (_, r) => (r * 7) % L); // not in order, three chunks
  const base = { kernel: closureKernel(), headDim: d, q, k, docLengths: [L], scheme: "full" as const, score: FLASH_SCORE, shifts: [0, 16] as const, rows };
  const one = await attentionShift(base);
  const before = started.count;
  const two = await attentionShift({ ...base, workers: 2 });
  expect(started.count - before).toBe(2);
  expect(same(two.perKey, one.perKey)).toBe(true);
  expect([two.D, two.dLogit, two.rowL1]).toEqual([one.D, one.dLogit, one.rowL1]);
  // A single chunk needs no worker.
  const few = await attentionShift({ ...base, rows: rows.slice(0, 100), workers: 2 });
  expect(started.count - before).toBe(2);
  expect(few.rows).toBe(100);
}, 120_000);

test("workers must be an integer ≥ 1", async () => {
  const rng = createRng(SEED);
  const q = sampleVectors(rng, "bf16", 8, d);
  const base = { kernel: closureKernel(), headDim: d, q, k: q, docLengths: [8], scheme: "full" as const, score: FLASH_SCORE, shifts: [0, 1] as const };
  await expect(attentionShift({ ...base, workers: 0 })).rejects.toThrow(/^workers: expected an integer ≥ 1, got 0/);
  await expect(attentionShift({ ...base, workers: 1.5 })).rejects.toThrow(/^workers: expected an integer ≥ 1/);
});

test(`keys are rotated in blocks of at most 2,048 rows, with the bits of one whole call (seed ${SEED + 2})`, async () => {
  const L = 5000;
  const rng = createRng(SEED + 2);
  const q = sampleVectors(rng, "bf16", L, d);
  const k = sampleVectors(rng, "bf16", L, d);
  const hf = zooKernel("hf");
  const sizes: number[] = [];
  const kernel: RotatingKernel = { format: hf.format, rotate: (x, p, dim) => (sizes.push(p.length), hf.rotate(x, p, dim)) };
  const rows = [0, 1, 2047, 2048, 4999];
  const r = await attentionShift({ kernel, headDim: d, q, k, docLengths: [L], scheme: "full", score: FLASH_SCORE, shifts: [0, 16], rows });
  // The 5 query rows in one call per shift, then the keys streamed: each block under both shifts, in three blocks.
  expect(sizes).toEqual([5, 5, 2048, 2048, 2048, 2048, 904, 904]);
  const seq1 = packSequence([L], "full", 0);
  const seq2 = packSequence([L], "full", 16);
  const at = (v: Float64Array, positions: Float64Array) => hf.rotate(Float64Array.from(rows.flatMap((i) => Array.from(v.subarray(i * d, (i + 1) * d)))), Float64Array.from(rows, (i) => positions[i]!), d);
  const input = { f: scoreFunctions(FLASH_SCORE, d, "bf16"), seq1, seq2, qs1: at(q, seq1.positions), qs2: at(q, seq2.positions), k1: hf.rotate(k, seq1.positions, d), k2: hf.rotate(k, seq2.positions, d), counts: columnCounts(seq1), d, rows };
  const sums = newShiftSums(L);
  accumulateShiftRows(input, 0, rows.length, sums);
  expect(same(r.perKey, sums.perKey.map((v) => v * (L / rows.length)))).toBe(true);
  expect(r.dLogit).toBe(sums.logitSum / sums.logitRows);
}, 60_000);
