/**
 * The shift measure's rows (shift-rows.ts) with the keys streamed: for sampled query rows, the keys are
 * rotated a block at a time, under both shifts, into two reused block buffers, and the rows' logits
 * against each block are computed while it is there. Only each row's logits (O(L) per row) outlive a
 * block; no L × d array of rotated keys is made. Rotation is per row and a logit depends on one query
 * and one key, so every logit is the one the whole-array loop computes; the softmax and the sums then
 * run per row, in row order, exactly as there: the same bits.
 *
 * Rows go in passes of at most rowsPerPass(L) (their logits within STREAM_LOGIT_BYTES); each pass
 * streams the keys its rows see (up to the largest row + 1). On the row kernels (simd/fused-rows.ts)
 * where the score has them, else with the score's scalar logit and softmax.
 */
import { type PackedSequence, visible } from "./packing.js";
import { type RotatingKernel, ROTATE_BLOCK, rotateBlockInto } from "./rotate-blocks.js";
import type { ScoreFunctions } from "./score.js";
import { type ShiftSums, addRowSums } from "./shift-rows.js";

/** Keys per streamed block (a multiple of 16, the row kernels' key block): the rotation's block. */
export const STREAM_KEY_BLOCK = ROTATE_BLOCK;

/** Bytes of f32 logits (both shifts) a pass may hold. */
export const STREAM_LOGIT_BYTES = 64 << 20;

/** Rows per pass at sequence length L: a multiple of 4, at least 4. */
export function rowsPerPass(L: number): number {
  const perRow = 2 * 4 * Math.ceil(L / 16) * 16;
  return Math.max(4, Math.floor(STREAM_LOGIT_BYTES / perRow / 4) * 4);
}

export interface StreamRowsInput {
  f: ScoreFunctions;
  kernel: RotatingKernel;
  /** Unrotated keys, L × d. */
  k: Float64Array;
  seq1: PackedSequence;
  seq2: PackedSequence;
  /** Prepared queries at the evaluated rows (row r of these is sequence row rows[r]), for each shift. */
  qs1: Float64Array;
  qs2: Float64Array;
  counts: Float64Array;
  d: number;
  rows: readonly number[];
  /** Keys per block: a positive multiple of 16. */
  keyBlock: number;
  /** Rows per pass (default rowsPerPass(L)); at least 1. */
  passRows?: number;
}

/** What the streamed path did (tests assert the path ran). */
export interface StreamCounters {
  passes: number;
  /** kernel.rotate calls on key blocks, and the keys they rotated (both shifts). */
  blocks: number;
  keys: number;
  /** Rows finished on the row kernels, and rows computed with the scalar code. */
  kernelRows: number;
  scalarRows: number;
  /** Of the scalar rows, those the kernels took but handed back (a logit that is not finite). */
  declinedRows: number;
}

export function newStreamCounters(): StreamCounters {
  return { passes: 0, blocks: 0, keys: 0, kernelRows: 0, scalarRows: 0, declinedRows: 0 };
}

/** A row the scalar code computes: its mask and its logits and attention under both shifts. */
interface OwnRow {
  mask: Uint8Array;
  l1: Float64Array;
  l2: Float64Array;
}

/**
 * Adds evaluated rows [from, to) (indices into input.rows) into `sums`, in row order, with the keys
 * streamed: the sums accumulateShiftRows gives on the whole rotated key arrays, bit for bit.
 */
export async function streamShiftRows(s: StreamRowsInput, from: number, to: number, sums: ShiftSums, counters: StreamCounters = newStreamCounters()): Promise<void> {
  const { f, seq1, seq2, d, rows, counts, keyBlock: KB } = s;
  const L = seq1.length;
  const per = s.passRows ?? rowsPerPass(L);
  const fused = f.fusedRows?.() ?? null;
  let blocks: [Float64Array, Float64Array] | undefined;
  for (let p0 = from; p0 < to; p0 += per) {
    const p1 = Math.min(to, p0 + per);
    const n = p1 - p0;
    let maxKey = 0;
    for (let r = p0; r < p1; r++) maxKey = Math.max(maxKey, rows[r]! + 1);
    const take = fused?.streamBegin(s, p0, p1, KB) ?? null;
    try {
      // Two reused buffers for the block under each shift: in the row kernels' memory when they take the pass (they pack keys from there).
      const [block1, block2] = take !== null ? fused!.streamBuffers() : (blocks ??= [new Float64Array(KB * d), new Float64Array(KB * d)]);
      const own: (OwnRow | null)[] = [];
      for (let p = 0; p < n; p++) own.push(take?.[p] ? null : ownRow(seq1, rows[p0 + p]!));
      for (let b = 0; b < maxKey; b += KB) {
        const e = Math.min(maxKey, b + KB);
        const k1 = block1.subarray(0, (e - b) * d);
        const k2 = block2.subarray(0, (e - b) * d);
        const keys = s.k.subarray(b * d, e * d);
        await rotateBlockInto(s.kernel, keys, seq1.positions.subarray(b, e), d, k1);
        await rotateBlockInto(s.kernel, keys, seq2.positions.subarray(b, e), d, k2);
        counters.blocks += 2;
        counters.keys += 2 * (e - b);
        if (take !== null) fused!.streamKeys(b, e, k1, k2);
        for (let p = 0; p < n; p++) {
          const row = own[p];
          if (!row || row.mask.length <= b) continue;
          const qi = (p0 + p) * d;
          const end = Math.min(e, row.mask.length);
          // The f64x2 logits where the score has them (k1 and k2 are new views each block: it copies each block in once).
          if (f.logitsRow?.(s.qs1, qi, k1, end - b, row.l1.subarray(b)) && f.logitsRow(s.qs2, qi, k2, end - b, row.l2.subarray(b))) continue;
          for (let j = b; j < end; j++)
            if (row.mask[j]) {
              row.l1[j] = f.logit(s.qs1, qi, k1, (j - b) * d);
              row.l2[j] = f.logit(s.qs2, qi, k2, (j - b) * d);
            }
        }
      }
      // Every row in order: the kernels' rows on the kernels, the others with the scalar softmax.
      const perKey = take !== null ? fused!.streamPerKey(sums.perKey) : sums.perKey;
      let a1: Float64Array | null = null;
      let a2: Float64Array | null = null;
      for (let p = 0; p < n; p++) {
        if (take !== null && fused!.streamFinish(p, sums)) {
          counters.kernelRows++;
          continue;
        }
        let row = own[p];
        if (!row) {
          // A kernel row with a logit that is not finite: its logits are the scalar ones; finish it here.
          row = ownRow(seq1, rows[p0 + p]!);
          fused!.streamLogits(p, 0, row.l1.length, row.l1);
          fused!.streamLogits(p, 1, row.l2.length, row.l2);
          counters.declinedRows++;
        }
        const m = row.mask.length;
        if (a1 === null || a1.length < m) {
          a1 = new Float64Array(maxKey);
          a2 = new Float64Array(maxKey);
        }
        f.softmax(row.l1, row.mask, m, a1);
        f.softmax(row.l2, row.mask, m, a2!);
        addRowSums(sums, perKey, counts, row.mask, row.l1, row.l2, a1, a2!, m);
        counters.scalarRows++;
      }
      if (take !== null) sums.perKey.set(perKey);
    } finally {
      if (take !== null) fused!.streamEnd();
    }
    counters.passes++;
  }
}

/** Row i's mask (what packing.ts's visible gives; it does not depend on the shift) and room for its logits. */
function ownRow(seq: PackedSequence, i: number): OwnRow {
  const n = i + 1;
  const mask = new Uint8Array(n);
  for (let j = 0; j < n; j++) mask[j] = visible(seq, i, j) ? 1 : 0;
  return { mask, l1: new Float64Array(n), l2: new Float64Array(n) };
}
