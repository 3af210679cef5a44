/**
 * The host side of the "simd-fp32" and "simd-fp32-bits" rotation paths: pipelines with an fp32 trig
 * stage (correctly rounded cos/sin) and a rotation rounding to fp32, output in fp32, fp64, bf16 or fp16,
 * rotated entirely by the SIMD module (fp32-rotation.ts): cos/sin (simdTrigRows, host.ts), the cache
 * stage (cacheRot32), the rotation and the output rounding (rot32*), a block of rows at a time; rows the
 * kernels decline go to the reference (reference.ts), one call per run of consecutive rows.
 */
import { decodeArray, encodeArray } from "../../formats/bits.js";
import type { FormatName } from "../../formats/table.js";
import { rotateRows } from "../reference.js";
import type { Prepared } from "../stages.js";
import { cacheMemo } from "./cache-memo.js";
import { OUT, ROUTE } from "./fp32-rotation.js";
import { type SimdCall, type SimdCounters, type SimdState, SIMD_BLOCK, collectBadRows, forRuns, simdCall, simdTrigRows } from "./host.js";

const OUTPUTS: Partial<Record<FormatName, number>> = { fp32: OUT.fp32, fp64: OUT.fp32, bf16: OUT.bf16, fp16: OUT.fp16 };
const CACHES: Partial<Record<FormatName, number>> = { fp32: OUT.fp32, fp64: OUT.fp32, bf16: OUT.bf16, fp16: OUT.fp16 };

/**
 * Whether the fp32-rotation kernels take this pipeline: fp32 rotation, fp32 trig with correctly rounded
 * cos/sin (the SIMD cos/sin's; ggml's glibc sinf/cosf are not), output fp32 (or fp64, which leaves an
 * fp32 result as it is), bf16 or fp16.
 */
export function acceptsFp32Rotation(s: Prepared): boolean {
  const p = s.p;
  return p.rotate.format === "fp32" && p.trig.format === "fp32" && p.trig.method === "correct" && OUTPUTS[p.output.format] !== undefined;
}

/** The same on patterns: the input and output formats are one, bf16 or fp16 (patterns in a Uint16Array, in and out). */
export function acceptsFp32RotationBits(s: Prepared): boolean {
  return acceptsFp32Rotation(s) && (s.p.format === "bf16" || s.p.format === "fp16") && s.p.output.format === s.p.format;
}

/**
 * The route (fp32-rotation.ts): the f32 one when fusing a product cannot change it (no FMA, or a bf16/fp16
 * cache whose products with a short enough x are exact in fp32), else the f64 one with the pipeline's FMA
 * mode; and the fp64 bits an x may not have on the f32 route (beyond 13 significant bits with an fp16
 * cache, 16 with a bf16 one; none without FMA, where being an fp32 value suffices).
 */
function routeOf(s: Prepared): { route: number; maskLow: number } {
  const fma = s.p.rotate.fma;
  const cache = s.p.cache.format;
  if (fma === "none") return { route: ROUTE.f32, maskLow: 0 };
  if (cache === "fp16") return { route: ROUTE.f32, maskLow: 52 - 12 };
  if (cache === "bf16") return { route: ROUTE.f32, maskLow: 52 - 15 };
  return { route: fma === "first" ? ROUTE.f64First : ROUTE.f64Second, maskLow: 0 };
}

/**
 * Step 1 of a block: cos/sin (simdTrigRows), then the attention factor and the cache rounding
 * (cacheRot32) — except with an fp16 cache and attention factor 1 (call.fp16Trig), where trigFp16 has
 * stored the cache values themselves and flagged their rows. Returns the number of flagged cache rows.
 */
function cacheRows(call: SimdCall, positions: Float64Array, start: number, rows: number): number {
  const { s, st, L } = call;
  const slots = simdTrigRows(call, positions, start, rows);
  if (call.fp16Trig) {
    let flagged = 0;
    for (let q = 0; q < slots; q++) flagged += st.i32[L.FLAGS / 4 + q]!;
    return flagged;
  }
  return st.k.cacheRot32(L.COS, L.SIN - L.COS, slots, s.half * 4, s.attention, CACHES[s.p.cache.format]!, L.FLAGS);
}

/** Whether array a lies in the kernel's own region of a shared kernel memory, where copying it in would overwrite it. */
function inRegion(st: SimdState, a: Float64Array | Uint16Array): boolean {
  return st.shared && a.buffer === st.buffer && a.byteOffset + a.byteLength > st.base && a.byteOffset < st.limit;
}

/**
 * The call's setup for this path, or null (x or y reaching into the kernel's region of a shared memory,
 * simdCall declining, or a pipeline not the path's).
 */
function setup(s: Prepared, st: SimdState, counters: SimdCounters, headDim: number, x: Float64Array | Uint16Array, y: Float64Array | Uint16Array): { call: SimdCall; route: number; mask: Int32Array } | null {
  if (!acceptsFp32Rotation(s) || inRegion(st, x) || inRegion(st, y)) return null;
  const call = simdCall(s, st, counters, headDim, false, true);
  if (call === null || !call.fastTrig) return null;
  const { route, maskLow } = routeOf(s);
  const lo = maskLow >= 32 ? 0xffffffff : maskLow === 0 ? 0 : 2 ** maskLow - 1;
  const hi = maskLow > 32 ? 2 ** (maskLow - 32) - 1 : 0;
  return { call, route, mask: Int32Array.of(lo | 0, hi, lo | 0, hi) };
}

/**
 * Rotates x into y (fp64 values) on the SIMD kernels: per block, the cache rows, then x copied into the
 * kernels' memory, rotated in place, copied out; elements beyond rotaryDim are x rounded to the output
 * format (s.roundOut). Returns the number of rows handed to the reference, or null (nothing useful
 * written) when it declines.
 */
export function rotateRowsSimdFp32(s: Prepared, st: SimdState, counters: SimdCounters, x: Float64Array, positions: Float64Array, headDim: number, y: Float64Array): number | null {
  const set = setup(s, st, counters, headDim, x, y);
  if (set === null) return null;
  const { call, route, mask } = set;
  const { X, SLOTS, BAD, COS, SIN, TRIG } = call.L;
  const rot = s.p.rope.layout === "neox" ? st.k.rot32Neox : st.k.rot32Gptj;
  const out = OUTPUTS[s.p.output.format]!;
  const rd = s.p.rope.rotaryDim;
  const badRows: number[] = [];
  const memo = cacheMemo(call, positions, headDim, 0);
  for (let start = 0, blk = 0; start < positions.length; start += SIMD_BLOCK, blk++) {
    const rows = Math.min(SIMD_BLOCK, positions.length - start);
    let flagged = memo.restore(blk, rows);
    if (flagged < 0) memo.record(blk, rows, (flagged = cacheRows(call, positions, start, rows)));
    const a = start * headDim;
    const b = (start + rows) * headDim;
    const f64 = st.f64; // after the cache rows: the views are current
    f64.set(x.subarray(a, b), X / 8);
    // The mask (an i64x2) in the trig kernels' scratch, which they no longer need once the block's cache is built.
    st.i32.set(mask, TRIG / 4);
    const nbad = rot(rows, headDim, s.half, X, SLOTS, SIN - COS, BAD, route, out, TRIG);
    y.set(f64.subarray(X / 8, X / 8 + (b - a)), a);
    if (rd < headDim) for (let r = start; r < start + rows; r++) for (let k = r * headDim + rd; k < (r + 1) * headDim; k++) y[k] = s.roundOut(x[k]!);
    collectBadRows(call, start, rows, nbad, flagged, badRows);
  }
  memo.finish();
  return forRuns(call, badRows, (a, b) => rotateRows(s, x.subarray(a * headDim, b * headDim), positions.subarray(a, b), headDim, y.subarray(a * headDim, b * headDim)));
}

/**
 * rotateRowsSimdFp32 on bf16 or fp16 patterns (rotateBits), in and out: the block's patterns copied into
 * the kernels' memory (a quarter of the fp64 bytes), rotated by rot32*Bits* into the next quarter,
 * copied out; elements
 * beyond rotaryDim and declined rows decoded, rotated or rounded as the reference does, and encoded.
 */
export function rotateBitsSimdFp32(s: Prepared, st: SimdState, counters: SimdCounters, x: Uint16Array, positions: Float64Array, headDim: number, y: Uint16Array): number | null {
  if (!acceptsFp32RotationBits(s)) return null;
  const set = setup(s, st, counters, headDim, x, y);
  if (set === null) return null;
  const { call, route } = set;
  const { X, SLOTS, BAD, COS, SIN } = call.L;
  const format = s.p.format as "bf16" | "fp16";
  const neox = s.p.rope.layout === "neox";
  const rot = format === "fp16" ? (neox ? st.k.rot32Fp16BitsNeox : st.k.rot32Fp16BitsGptj) : neox ? st.k.rot32Bf16BitsNeox : st.k.rot32Bf16BitsGptj;
  const rd = s.p.rope.rotaryDim;
  // Every cache value is at most 1 in magnitude when the attention factor is: |fround(c·af)| ≤ 1 for
  // |c| ≤ 1, and rounding to the cache format keeps it (1 is in every format).
  const unit = Math.abs(s.attention) <= 1 ? 1 : 0;
  // fp16 with trigFp16's cache (attention factor 1: every value an fp16 value of magnitude ≤ 1) on the
  // f32 route: the cache rows scaled by 2^112 (scaleFp16Cache), which spares the kernel a multiply per
  // element (fp32-rotation.ts, fp16FromHigh). Flagged cache rows are checked before the scaling and
  // redone by the reference whatever the kernel makes of them.
  const scaled = format === "fp16" && call.fp16Trig && route === ROUTE.f32 && unit === 1 ? 1 : 0;
  const badRows: number[] = [];
  // The block's patterns in the kernels' memory (simdCall has grown it; nothing else in this call does),
  // x then y, in the region laid out for a block of fp64 values.
  const Y = X + SIMD_BLOCK * headDim * 2;
  const u16 = new Uint16Array(st.buffer, X, SIMD_BLOCK * headDim);
  const v16 = new Uint16Array(st.buffer, Y, SIMD_BLOCK * headDim);
  const memo = cacheMemo(call, positions, headDim, scaled);
  for (let start = 0, blk = 0; start < positions.length; start += SIMD_BLOCK, blk++) {
    const rows = Math.min(SIMD_BLOCK, positions.length - start);
    // The block's cache rows, restored as the last call with these positions left them (scaled), or built.
    let flagged = memo.restore(blk, rows);
    if (flagged < 0) {
      flagged = cacheRows(call, positions, start, rows);
      if (scaled === 1) st.k.scaleFp16Cache(COS, SIN - COS, call.slots * s.half);
      memo.record(blk, rows, flagged);
    }
    if (scaled === 1) call.counters.scaledRows += rows;
    const a = start * headDim;
    const b = (start + rows) * headDim;
    u16.set(x.subarray(a, b));
    const nbad = rot(rows, headDim, s.half, X, Y, SLOTS, SIN - COS, BAD, route, unit, scaled);
    y.set(rows === SIMD_BLOCK ? v16 : v16.subarray(0, b - a), a);
    if (rd < headDim)
      for (let r = start; r < start + rows; r++) {
        const tail = decodeArray(format, x.subarray(r * headDim + rd, (r + 1) * headDim));
        for (let k = 0; k < tail.length; k++) tail[k] = s.roundOut(tail[k]!);
        encodeArray(format, tail, y.subarray(r * headDim + rd, (r + 1) * headDim));
      }
    collectBadRows(call, start, rows, nbad, flagged, badRows);
  }
  memo.finish();
  return forRuns(call, badRows, (a, b) => {
    const xs = decodeArray(format, x.subarray(a * headDim, b * headDim));
    const ys = new Float64Array(xs.length);
    rotateRows(s, xs, positions.subarray(a, b), headDim, ys);
    encodeArray(format, ys, y.subarray(a * headDim, b * headDim));
  });
}
