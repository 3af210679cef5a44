/**
 * The row loop of the shift measure (shift.ts, Eq. 4 and 5), on its own so that it can be split: rows are
 * summed in chunks of SHIFT_CHUNK_ROWS evaluated rows, each chunk from zero in row order, and the chunk sums
 * added in chunk order. Whoever computes a chunk (this thread, a worker, a SIMD kernel), the same chunks
 * give the same bits, so D does not depend on the number of threads. With at most SHIFT_CHUNK_ROWS rows
 * there is one chunk, and the sums are those of a single pass in row order.
 */
import { type PackedSequence, visible } from "./packing.js";
import type { ScoreFunctions } from "./score.js";

/** Evaluated rows per chunk: the unit of work a thread takes and the unit of summation. */
export const SHIFT_CHUNK_ROWS = 256;

/** What the shift measures add up over evaluated rows. */
export interface ShiftSums {
  /** Σ over rows of |A_ij(Δ₁) − A_ij(Δ₂)| / n_j, per key j (not yet scaled by L / rows). */
  perKey: Float64Array;
  /** Σ over rows that see key 0 of |a_{i,1}(Δ₁) − a_{i,1}(Δ₂)|, and their number. */
  logitSum: number;
  logitRows: number;
  /** Σ over rows and visible keys of |A_ij(Δ₁) − A_ij(Δ₂)|. */
  l1Sum: number;
  /** Rows added. */
  rows: number;
}

export function newShiftSums(length: number): ShiftSums {
  return { perKey: new Float64Array(length), logitSum: 0, logitRows: 0, l1Sum: 0, rows: 0 };
}

/** Adds a chunk's sums into a running total (chunks must be added in chunk order). */
export function addShiftSums(total: ShiftSums, chunk: ShiftSums): void {
  const n = total.perKey.length;
  for (let j = 0; j < n; j++) total.perKey[j]! += chunk.perKey[j]!;
  total.logitSum += chunk.logitSum;
  total.logitRows += chunk.logitRows;
  total.l1Sum += chunk.l1Sum;
  total.rows += chunk.rows;
}

/** Everything a row needs, the same for every row: both packings, prepared queries and rotated keys. */
export interface ShiftRowsInput {
  f: ScoreFunctions;
  seq1: PackedSequence;
  seq2: PackedSequence;
  /** Prepared queries at the evaluated rows (row r of these is sequence row rows[r]), for each shift. */
  qs1: Float64Array;
  qs2: Float64Array;
  /** Rotated keys at every position, for each shift (L × d). */
  k1: Float64Array;
  k2: Float64Array;
  /** The number of queries that see each key (columnCounts). */
  counts: Float64Array;
  d: number;
  rows: readonly number[];
}

/**
 * One query row of causal attention under a packing: fills mask[0..i] (1 where query i sees key j),
 * logits[j] for the visible keys, and attention[0..i] (softmax over them). `qs` holds the prepared query
 * at row r; `k` holds every key. Returns the row length i + 1.
 */
export function attentionRow(
  f: ScoreFunctions,
  seq: PackedSequence,
  qs: Float64Array,
  r: number,
  k: Float64Array,
  i: number,
  d: number,
  mask: Uint8Array,
  logits: Float64Array,
  attention: Float64Array,
): number {
  const n = i + 1;
  // All n logits at once on SIMD where the score has it (masked ones are computed and ignored).
  const batched = f.logitsRow?.(qs, r * d, k, n, logits) ?? false;
  for (let j = 0; j < n; j++) {
    mask[j] = visible(seq, i, j) ? 1 : 0;
    if (mask[j] && !batched) logits[j] = f.logit(qs, r * d, k, j * d);
  }
  f.softmax(logits, mask, n, attention);
  return n;
}

/**
 * Adds evaluated rows [from, to) (indices into input.rows) into `sums`, in row order: on the SIMD row
 * kernels where the score has them (f.fusedRows, simd/fused-rows.ts: the same bits), else, and for the
 * rows those kernels decline, with the scalar code below.
 */
export function accumulateShiftRows(input: ShiftRowsInput, from: number, to: number, sums: ShiftSums): void {
  const fused = input.f.fusedRows?.() ?? null;
  if (fused !== null) {
    let scratch: RowScratch | undefined;
    const scalarRow = (r: number, perKey: Float64Array): void => scalarShiftRow(input, r, sums, perKey, (scratch ??= rowScratch(input.seq1.length)));
    if (fused.accumulate(input, from, to, sums, scalarRow)) return;
  }
  const scratch = rowScratch(input.seq1.length);
  for (let r = from; r < to; r++) scalarShiftRow(input, r, sums, sums.perKey, scratch);
}

interface RowScratch {
  mask: Uint8Array;
  l1: Float64Array;
  l2: Float64Array;
  a1: Float64Array;
  a2: Float64Array;
}

function rowScratch(L: number): RowScratch {
  return { mask: new Uint8Array(L), l1: new Float64Array(L), l2: new Float64Array(L), a1: new Float64Array(L), a2: new Float64Array(L) };
}

/** Adds evaluated row r into `sums`, with the per-key sums in `perKey` (sums.perKey, or the SIMD kernels' copy of it). */
function scalarShiftRow(input: ShiftRowsInput, r: number, sums: ShiftSums, perKey: Float64Array, s: RowScratch): void {
  const { f, seq1, seq2, qs1, qs2, k1, k2, counts, d, rows } = input;
  const { mask, l1, l2, a1, a2 } = s;
  const i = rows[r]!;
  // The mask does not depend on the shift: both rows fill the same one.
  attentionRow(f, seq1, qs1, r, k1, i, d, mask, l1, a1);
  const n = attentionRow(f, seq2, qs2, r, k2, i, d, mask, l2, a2);
  addRowSums(sums, perKey, counts, mask, l1, l2, a1, a2, n);
}

/**
 * Adds one row into `sums` from its mask, logits and attention under both shifts (keys [0, n)), with the
 * per-key sums in `perKey`: the scalar loop's order, shared by every path that computes a row itself.
 */
export function addRowSums(
  sums: ShiftSums,
  perKey: Float64Array,
  counts: Float64Array,
  mask: Uint8Array,
  l1: Float64Array,
  l2: Float64Array,
  a1: Float64Array,
  a2: Float64Array,
  n: number,
): void {
  if (mask[0]) {
    sums.logitSum += Math.abs(l1[0]! - l2[0]!);
    sums.logitRows++;
  }
  for (let j = 0; j < n; j++)
    if (mask[j]) {
      const delta = Math.abs(a1[j]! - a2[j]!);
      perKey[j]! += delta / counts[j]!;
      sums.l1Sum += delta;
    }
  sums.rows++;
}

/** The chunks of `rows` evaluated rows: [from, to) index ranges of SHIFT_CHUNK_ROWS rows (the last may be shorter). */
export function shiftChunks(rows: number): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < rows; from += SHIFT_CHUNK_ROWS) out.push([from, Math.min(rows, from + SHIFT_CHUNK_ROWS)]);
  return out;
}
