/**
 * The cos/sin cache rows of a kernel's last call, kept for the next call with the same positions.
 *
 * A real pipeline builds its cos/sin cache once and applies it to every head of every layer (HF's
 * rotary_emb runs once per forward pass; ONNX Runtime's RotaryEmbedding is handed cos_cache and sin_cache
 * as inputs), so a caller rotating many tensors at one set of positions — a model's layers, a benchmark
 * against `session.run` — would otherwise pay for the cache on every call. The fp32-rotation paths
 * (fp32-host.ts) build each block's cache rows in the kernels' memory (cos/sin, the cache rounding, for
 * fp16 the 2^112 scaling) and then rotate from them; this keeps those rows, the rows' slot addresses and
 * flags, so a call whose positions equal the last call's restores them instead of computing them.
 *
 * What is restored is exactly what was computed: the same bytes in the same places, for the same kernel
 * (Prepared), head dim, memory layout and scaling, so the output is bit-identical (test/rope/cache-memo.test.ts
 * compares hits with fresh kernels). Rows are recorded from the second call with the same positions on,
 * so calls whose positions change every time (an audit's cases) pay only a copy and a comparison of the
 * positions; calls too large for the bound below are never kept.
 */
import type { Prepared } from "../stages.js";
import type { SimdCall } from "./host.js";

/** The most cache values (f32, cos and sin) kept per kernel: 16 MiB. */
const MAX_CACHE_VALUES = 1 << 22;

/** One block's cache as the rotation reads it. */
interface BlockRows {
  slots: number;
  flagged: number;
  /** slots × half cos values, then slots × half sin values. */
  cache: Float32Array;
  /** Each row's cache row address (SLOTS). */
  slotAddr: Int32Array;
  /** Each cache row's flag (FLAGS). */
  flags: Int32Array;
  /** Each row's slot (the call's slotOf), read by collectBadRows when the slots are not direct. */
  slotOf: Int32Array;
}

/** What a kernel keeps between calls. */
interface Memo {
  headDim: number;
  /** Where the cache rows live (the layout's COS), and whether they were scaled by 2^112. */
  cos: number;
  scaled: number;
  positions: Float64Array;
  /** The blocks' rows, once a call has repeated the positions of the one before; else null. */
  blocks: BlockRows[] | null;
}

/** One memo per kernel's prepared pipeline: dropped with it. */
const MEMOS = new WeakMap<Prepared, Memo>();

function samePositions(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * A call's use of the memo: `restore(b, start, rows)` puts block b's rows back and returns its flagged
 * count, or -1 when the block must be computed; `record(b, start, rows, flagged)` keeps a computed block;
 * `finish()` stores what the call kept (or, on a hit, counts its rows in memoRows). Blocks must be visited in order, each once.
 */
export interface CacheMemoUse {
  restore(b: number, rows: number): number;
  record(b: number, rows: number, flagged: number): void;
  finish(): void;
}

/** The memo of this call: a hit when the last call had the same positions (and the rows were kept). */
export function cacheMemo(call: SimdCall, positions: Float64Array, headDim: number, scaled: number): CacheMemoUse {
  const { s, L } = call;
  const last = MEMOS.get(s);
  const same = last !== undefined && last.headDim === headDim && last.cos === L.COS && last.scaled === scaled && samePositions(last.positions, positions);
  const hit = same && last.blocks !== null;
  // Record on the second call with these positions; never beyond the bound (an upper estimate: one
  // cache row per row).
  const recording = same && !hit && positions.length * s.half * 2 <= MAX_CACHE_VALUES;
  const blocks: BlockRows[] = [];
  return {
    restore(b, rows) {
      if (!hit) return -1;
      const m = last!.blocks![b]!;
      const { f32, i32 } = call.st;
      const n = m.slots * s.half;
      f32.set(m.cache.subarray(0, n), L.COS / 4);
      f32.set(m.cache.subarray(n), L.SIN / 4);
      i32.set(m.slotAddr.subarray(0, rows), L.SLOTS / 4);
      i32.set(m.flags, L.FLAGS / 4);
      call.slotOf.set(m.slotOf.subarray(0, rows));
      call.slots = m.slots;
      call.counters.rows += rows; // as simdTrigRows counts the rows it builds for
      return m.flagged;
    },
    record(b, rows, flagged) {
      if (!recording) return;
      const { f32, i32 } = call.st;
      const n = call.slots * s.half;
      const cache = new Float32Array(2 * n);
      cache.set(f32.subarray(L.COS / 4, L.COS / 4 + n));
      cache.set(f32.subarray(L.SIN / 4, L.SIN / 4 + n), n);
      blocks[b] = {
        slots: call.slots,
        flagged,
        cache,
        slotAddr: i32.slice(L.SLOTS / 4, L.SLOTS / 4 + rows),
        flags: i32.slice(L.FLAGS / 4, L.FLAGS / 4 + call.slots),
        slotOf: call.slotOf.slice(0, rows),
      };
    },
    finish() {
      if (hit) {
        call.counters.memoRows += positions.length;
        return;
      }
      MEMOS.set(s, { headDim, cos: L.COS, scaled, positions: same ? last!.positions : positions.slice(), blocks: recording ? blocks : null });
    },
  };
}
