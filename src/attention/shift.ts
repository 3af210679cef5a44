/**
 * The paper's shift measures (arXiv 2411.13476, § 2.2):
 *  - Eq. 4: D(Δ₁, Δ₂) = Σ_j n_j Σ_i |A_ij(Δ₁) − A_ij(Δ₂)|, A the post-softmax attention under the
 *    scheme's mask, n_j = 1 / (number of queries that see key j). Per-key attribution is the j-th term.
 *  - Eq. 5: D_logit = (1/T) Σ_i |a_{i,1}(Δ₁) − a_{i,1}(Δ₂)|, a_{i,1} the pre-softmax logit of query i
 *    with the first key, over the queries that see it.
 * Long contexts: only `rows` queries are evaluated (each against every key it sees), in time
 * O(|rows|·L·d); D over sampled rows is scaled by L/|rows|, an unbiased estimate of the full sum under
 * uniform sampling. On one thread the keys are streamed (shift-stream.ts): beyond the inputs, memory is
 * the rows' logits (at most 64 MiB a pass) and O(L) sums, with no rotated L × d array. With every row
 * it is exact, and `workers` spreads the rows over threads, which read keys rotated whole into shared
 * memory (O(L·d)).
 */
import { InvalidArgumentError } from "../errors.js";
import type { FormatName } from "../formats/table.js";
import { type PackedSequence, type Scheme, columnCounts, packSequence } from "./packing.js";
import { type ScorePipeline, scoreFunctions } from "./score.js";
import { shiftSumsOnWorkers } from "./shift-parallel.js";
import { type RotatingKernel, rotateRowsInto } from "./rotate-blocks.js";
import { type ShiftRowsInput, type ShiftSums, accumulateShiftRows, addShiftSums, attentionRow, newShiftSums, shiftChunks } from "./shift-rows.js";
import { STREAM_KEY_BLOCK, type StreamRowsInput, streamShiftRows } from "./shift-stream.js";

export type { RotatingKernel } from "./rotate-blocks.js";


export interface ShiftOptions {
  kernel: RotatingKernel;
  headDim: number;
  /** Unrotated queries and keys, L × headDim each (on the kernel's input grid). */
  q: Float64Array;
  k: Float64Array;
  docLengths: readonly number[];
  scheme: Scheme;
  score: ScorePipeline;
  shifts: readonly [number, number];
  /** Query rows to evaluate (default: every row). */
  rows?: readonly number[];
  /**
   * Threads that score the rows (default 1: this one). With N > 1, this thread rotates into shared
   * memory and N worker threads (shift-parallel.ts) score chunks of rows; the result has the same bits.
   */
  workers?: number;
  /**
   * Sampled rows on one thread: keys rotated and scored per block of this many (a multiple of 16;
   * default 2048), so no L × d array of rotated keys is made. The result does not depend on it.
   */
  keyBlock?: number;
}

export interface ShiftResult {
  /** Eq. 4 (scaled by L/|rows| when rows are sampled). */
  D: number;
  /** The j-th term of D: how much key j contributes. */
  perKey: Float64Array;
  /** perKey[0] / D: the first key's share (the paper's attention-sink observation). */
  firstKeyShare: number;
  /** Eq. 5 over the evaluated rows that see key 0. */
  dLogit: number;
  /** Mask-independent: mean over evaluated rows of Σ_j |A_ij(Δ₁) − A_ij(Δ₂)| (each row's L1 change). */
  rowL1: number;
  rows: number;
  length: number;
}

/**
 * Keys rotated at every position; queries only at the evaluated rows (row r of the result is rows[r]),
 * so sampled long contexts hold 2·L·d + 2·|rows|·d values, never L×L.
 */
async function rotatedAt(o: ShiftOptions, seq: PackedSequence, rows: readonly number[]): Promise<[Float64Array, Float64Array]> {
  const d = o.headDim;
  const q = new Float64Array(rows.length * d);
  const k = new Float64Array(seq.length * d);
  await rotateRowsInto(o.kernel, o.q, seq.positions, rows, d, q);
  await rotateRowsInto(o.kernel, o.k, seq.positions, null, d, k);
  return [q, k];
}

/** Sampled rows from which attentionShift computes logits on SIMD (measured: below, copying the keys costs more than it saves). */
const SIMD_MIN_ROWS = 64;

export async function attentionShift(o: ShiftOptions): Promise<ShiftResult> {
  const d = o.headDim;
  const seq1 = packSequence(o.docLengths, o.scheme, o.shifts[0]);
  const seq2 = packSequence(o.docLengths, o.scheme, o.shifts[1]);
  const L = seq1.length;
  if (o.q.length !== L * d || o.k.length !== L * d) throw new InvalidArgumentError("q", `${L} × ${d} values for this packing`, o.q.length);
  const workers = o.workers ?? 1;
  if (!Number.isSafeInteger(workers) || workers < 1) throw new InvalidArgumentError("workers", "an integer ≥ 1", workers);
  const rows = o.rows ?? Array.from({ length: L }, (_, i) => i);
  for (const [n, i] of rows.entries()) if (!Number.isSafeInteger(i) || i < 0 || i >= L) throw new InvalidArgumentError(`rows[${n}]`, `a row in [0, ${L})`, i);
  const keyBlock = o.keyBlock ?? STREAM_KEY_BLOCK;
  if (!Number.isSafeInteger(keyBlock) || keyBlock < 16 || keyBlock % 16 !== 0) throw new InvalidArgumentError("keyBlock", "a positive multiple of 16", keyBlock);
  const chunks = shiftChunks(rows.length);
  const threads = Math.min(workers, chunks.length);
  const queryRows = o.rows ?? null; // null: every row, read in place
  const sums =
    queryRows !== null && threads === 1
      ? await streamedSums(o, seq1, seq2, queryRows, chunks, keyBlock)
      : await wholeArraySums(o, seq1, seq2, rows, queryRows, chunks, threads);
  const { perKey, logitSum, logitRows, l1Sum } = sums;
  const scale = L / rows.length;
  let D = 0;
  for (let j = 0; j < L; j++) {
    perKey[j]! *= scale;
    D += perKey[j]!;
  }
  return {
    D,
    perKey,
    firstKeyShare: D > 0 ? perKey[0]! / D : 0,
    dLogit: logitRows > 0 ? logitSum / logitRows : 0,
    rowL1: l1Sum / rows.length,
    rows: rows.length,
    length: L,
  };
}

/**
 * Sampled rows on this thread (shift-stream.ts): queries rotated at the rows, keys a block at a time
 * into two reused buffers; memory beyond the inputs is the rows' logits and O(L) sums.
 */
async function streamedSums(o: ShiftOptions, seq1: PackedSequence, seq2: PackedSequence, rows: readonly number[], chunks: [number, number][], keyBlock: number): Promise<ShiftSums> {
  const d = o.headDim;
  const L = seq1.length;
  // As on the whole-array path: the f64x2 logits (for rows the row kernels leave) only over many rows.
  const f = scoreFunctions(o.score, d, o.kernel.format, { simd: rows.length >= SIMD_MIN_ROWS, rowKernels: true });
  const [qs1, qs2] = [new Float64Array(rows.length * d), new Float64Array(rows.length * d)];
  const prepare = (q: Float64Array): Float64Array => f.prepareQuery(q);
  await rotateRowsInto(o.kernel, o.q, seq1.positions, rows, d, qs1, prepare);
  await rotateRowsInto(o.kernel, o.q, seq2.positions, rows, d, qs2, prepare);
  const blockKeys = Math.min(keyBlock, Math.ceil(L / 16) * 16);
  const input: StreamRowsInput = {
    f,
    kernel: o.kernel,
    k: o.k,
    seq1,
    seq2,
    qs1,
    qs2,
    counts: columnCounts(seq1),
    d,
    rows,
    keyBlock: blockKeys,
  };
  // Chunk by chunk, each summed from zero and added in order (shift-rows.ts): the bits of the whole-array loop.
  const sums = newShiftSums(L);
  for (const [from, to] of chunks) {
    const chunk = newShiftSums(L);
    await streamShiftRows(input, from, to, chunk);
    addShiftSums(sums, chunk);
  }
  return sums;
}

/**
 * Every row, or rows on worker threads: queries and keys rotated whole (into shared memory with
 * workers, which cannot call the kernel), then scored chunk by chunk here or on the workers.
 */
async function wholeArraySums(
  o: ShiftOptions,
  seq1: PackedSequence,
  seq2: PackedSequence,
  rows: readonly number[],
  queryRows: readonly number[] | null,
  chunks: [number, number][],
  threads: number,
): Promise<ShiftSums> {
  const d = o.headDim;
  const L = seq1.length;
  // With workers, the rotated data goes straight into shared memory: the workers read it in place.
  const alloc = (n: number): Float64Array => (threads > 1 ? new Float64Array(new SharedArrayBuffer(n * 8)) : new Float64Array(n));
  const simd = rows.length >= SIMD_MIN_ROWS;
  // The f64x2 SIMD logits copy each key array into the kernel's memory once (fresh pages cost ~3–12 µs
  // each here), which pays only when every key is scored against many rows; the fused row kernels
  // (logits, softmax, sums) pay from one row up.
  const f = scoreFunctions(o.score, d, o.kernel.format, { simd, rowKernels: true });
  const [qs1, qs2, k1, k2] = [alloc(rows.length * d), alloc(rows.length * d), alloc(L * d), alloc(L * d)];
  const prepare = (q: Float64Array): Float64Array => f.prepareQuery(q);
  await rotateRowsInto(o.kernel, o.q, seq1.positions, queryRows, d, qs1, prepare);
  await rotateRowsInto(o.kernel, o.k, seq1.positions, null, d, k1);
  await rotateRowsInto(o.kernel, o.q, seq2.positions, queryRows, d, qs2, prepare);
  await rotateRowsInto(o.kernel, o.k, seq2.positions, null, d, k2);
  // Chunk by chunk, each summed from zero and added in order (shift-rows.ts): the same bits on any thread count.
  if (threads > 1) {
    const buffer = (a: Float64Array): SharedArrayBuffer => a.buffer as SharedArrayBuffer;
    const setup = { score: o.score, format: o.kernel.format, simd, d, docLengths: o.docLengths, scheme: o.scheme, shifts: o.shifts, rows: queryRows };
    return shiftSumsOnWorkers({ ...setup, qs1: buffer(qs1), qs2: buffer(qs2), k1: buffer(k1), k2: buffer(k2) }, chunks, L, threads);
  }
  const sums = newShiftSums(L);
  const input: ShiftRowsInput = { f, seq1, seq2, qs1, qs2, k1, k2, counts: columnCounts(seq1), d, rows };
  for (const [from, to] of chunks) {
    const chunk = newShiftSums(L);
    accumulateShiftRows(input, from, to, chunk);
    addShiftSums(sums, chunk);
  }
  return sums;
}

/**
 * Eq. 5 alone, cheaply: D_logit over a causal window of T tokens needs only each query's logit with the
 * first key, O(T·d): (1/T) Σ_i |a_{i,1}(Δ₁) − a_{i,1}(Δ₂)|.
 */
export async function firstKeyLogitShift(o: FirstKeyOptions): Promise<number> {
  const deltas = await firstKeyLogitDeltas(o);
  let s = 0;
  for (const v of deltas) s += v;
  return s / deltas.length;
}

export interface FirstKeyOptions {
  kernel: RotatingKernel;
  headDim: number;
  /** T queries at positions shift … shift + T − 1. */
  q: Float64Array;
  /** The first key, at position shift. */
  k0: Float64Array;
  score: ScorePipeline;
  shifts: readonly [number, number];
}

/** |a_{i,1}(Δ₁) − a_{i,1}(Δ₂)| for each query i. */
export async function firstKeyLogitDeltas(o: FirstKeyOptions): Promise<Float64Array> {
  const d = o.headDim;
  const T = o.q.length / d;
  if (!Number.isSafeInteger(T) || T < 1 || o.k0.length !== d) throw new InvalidArgumentError("q", `T × ${d} queries and one key of ${d} values`, o.q.length);
  const f = scoreFunctions(o.score, d, o.kernel.format);
  // Plain loops, not Float64Array.from callbacks: V8 compiles a hot callback once per closure, and these
  // were made per call.
  const logits: Float64Array[] = [];
  for (const shift of o.shifts) {
    const positions = new Float64Array(T);
    for (let i = 0; i < T; i++) positions[i] = shift + i;
    const q = f.prepareQuery(await o.kernel.rotate(o.q, positions, d));
    const k = await o.kernel.rotate(o.k0, Float64Array.of(shift), d);
    const row = new Float64Array(T);
    for (let i = 0; i < T; i++) row[i] = f.logit(q, i * d, k, 0);
    logits.push(row);
  }
  const deltas = new Float64Array(T);
  for (let i = 0; i < T; i++) deltas[i] = Math.abs(logits[0]![i]! - logits[1]![i]!);
  return deltas;
}

/**
 * A mask-independent precision measure: the mean over evaluated rows of Σ_j |A_ij − A*_ij|, where A uses
 * the kernel and A* the reference kernel (exact arithmetic) at the same positions and mask, both through
 * the same score pipeline. Unlike Eq. 4's D it compares schemes fairly: a document mask changes which
 * entries exist, and an anchor fixed at 0 while documents shift changes exact attention too.
 */
export async function attentionError(
  o: Omit<ShiftOptions, "shifts" | "rows"> & { reference: RotatingKernel; shift: number; rows: readonly number[]; anchorPosition?: number },
): Promise<number> {
  const d = o.headDim;
  const seq = packSequence(o.docLengths, o.scheme, o.shift, o.anchorPosition ?? 0);
  const L = seq.length;
  if (o.q.length !== L * d || o.k.length !== L * d) throw new InvalidArgumentError("q", `${L} × ${d} values for this packing`, o.q.length);
  const base = { q: o.q, k: o.k, headDim: d, docLengths: o.docLengths, scheme: o.scheme, score: o.score, shifts: [o.shift, o.shift] as const };
  const [q1, k1] = await rotatedAt({ ...base, kernel: o.kernel }, seq, o.rows);
  const [q2, k2] = await rotatedAt({ ...base, kernel: o.reference }, seq, o.rows);
  const f1 = scoreFunctions(o.score, d, o.kernel.format);
  const f2 = scoreFunctions(o.score, d, o.reference.format);
  const qs1 = f1.prepareQuery(q1);
  const qs2 = f2.prepareQuery(q2);
  const mask = new Uint8Array(L);
  const l1 = new Float64Array(L);
  const l2 = new Float64Array(L);
  const a1 = new Float64Array(L);
  const a2 = new Float64Array(L);
  let total = 0;
  for (const [r, i] of o.rows.entries()) {
    attentionRow(f1, seq, qs1, r, k1, i, d, mask, l1, a1);
    const n = attentionRow(f2, seq, qs2, r, k2, i, d, mask, l2, a2);
    for (let j = 0; j < n; j++) if (mask[j]) total += Math.abs(a1[j]! - a2[j]!);
  }
  return total / o.rows.length;
}
