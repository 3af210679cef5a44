/**
 * The host side of the WebAssembly SIMD rotation paths ("simd" on fp64 values, "simd-bits" on bf16
 * patterns): the kernel instance and its memory, the layout of a block's data in that memory, and the
 * driver that runs the kernels (kernels.ts) block by block and hands every row they decline to the
 * reference (reference.ts).
 */
import { InvalidArgumentError } from "../../errors.js";
import { decodeArray, encodeArray } from "../../formats/bits.js";
import { checkHeadDim } from "../arguments.js";
import { roundArray } from "../../formats/round.js";
import { rotateRowsFp32 } from "../fast/fp32.js";
import { rotateRows } from "../reference.js";
import { type Prepared, anglesAt, roundedPosition, trigAt } from "../stages.js";
import { type Bf16Kernels, KERNEL_DATA_BYTES, type WasmMemory, instantiateKernels } from "./kernels.js";
import { CS_MAX, CS_MIN } from "./rotation.js";

/**
 * Work of the SIMD paths: rows given to the kernels, rows they handed to the reference, cos/sin lanes
 * computed, of those the lanes whose cache values the trig kernel stored itself (trigBf16, trigFp16:
 * no cache stage), lanes recomputed with Math.cos/Math.sin, rows rotated from a scaled cache
 * (rotateBitsNeoxScaled on bf16 patterns, NeoX, half % 8 = 0, rotation-scaled.ts; the fp16-pattern
 * rotations from scaleFp16Cache's rows, fp32-host.ts), and the groups of eight lanes trigFp16 reduced in f32.
 */
export interface SimdCounters {
  rows: number;
  fallbackRows: number;
  trigLanes: number;
  cacheTrigLanes: number;
  recomputedLanes: number;
  scaledRows: number;
  /** Groups of eight cache lanes whose angles trigFp16 reduced in f32 (all below 2^16), not in fp64. */
  f32ReducedGroups: number;
  /** Rows whose cos/sin cache rows came from the last call with the same positions (cache-memo.ts). */
  memoRows: number;
}

export function newSimdCounters(): SimdCounters {
  return { rows: 0, fallbackRows: 0, trigLanes: 0, cacheTrigLanes: 0, recomputedLanes: 0, scaledRows: 0, f32ReducedGroups: 0, memoRows: 0 };
}

/**
 * Rows per block of the SIMD path: the x block (256 KiB at d = 128) and the f32 y block stay in L2
 * (measured on this machine: 256 beats 128 and 512).
 */
export const SIMD_BLOCK = 256;

/** A kernel instance, views of its memory, and the region of that memory its data may use. */
export interface SimdState {
  k: Bf16Kernels;
  buffer: ArrayBufferLike;
  f64: Float64Array;
  f32: Float32Array;
  i32: Int32Array;
  /** Byte offset of the region, and its end (Infinity: the private memory grows on demand). */
  base: number;
  limit: number;
  /** Whether callers' arrays may live in this memory (a shared memory they allocate in). */
  shared: boolean;
}

function views(st: SimdState): void {
  st.buffer = st.k.memory.buffer;
  st.f64 = new Float64Array(st.buffer);
  st.f32 = new Float32Array(st.buffer);
  st.i32 = new Int32Array(st.buffer);
}

/** A fresh instance with its own memory; null without WebAssembly SIMD. */
export function privateSimdState(): SimdState | null {
  let k: Bf16Kernels | null = null;
  try {
    k = instantiateKernels();
  } catch {
    k = null; // e.g. no memory for an instance: the TypeScript paths remain
  }
  if (k === null) return null;
  const st: SimdState = { k, buffer: k.memory.buffer, f64: new Float64Array(0), f32: new Float32Array(0), i32: new Int32Array(0), base: KERNEL_DATA_BYTES, limit: Infinity, shared: false };
  views(st);
  return st;
}

export function sharedSimdState(m: { memory: WasmMemory; scratch: number; bytes: number }): SimdState | undefined {
  const { memory, scratch, bytes } = m;
  if (!Number.isSafeInteger(scratch) || scratch < KERNEL_DATA_BYTES || scratch % 16 !== 0 || !Number.isSafeInteger(bytes) || bytes < 0 || scratch + bytes > memory.buffer.byteLength)
    throw new InvalidArgumentError("simdMemory", `a region [scratch, scratch + bytes) of the memory, 16-byte aligned, after its first ${KERNEL_DATA_BYTES} bytes`, m);
  let k: Bf16Kernels | null;
  try {
    k = instantiateKernels(memory);
  } catch (e) {
    throw new InvalidArgumentError("simdMemory.memory", `a shared WebAssembly.Memory from createKernelMemory (${String(e)})`, memory);
  }
  if (k === null) return undefined;
  const st: SimdState = { k, buffer: memory.buffer, f64: new Float64Array(0), f32: new Float32Array(0), i32: new Int32Array(0), base: scratch, limit: scratch + bytes, shared: true };
  views(st);
  return st;
}

/** Byte offsets of the SIMD path's data for one block, from `base`. */
function simdLayout(base: number, half: number, headDim: number) {
  const B = SIMD_BLOCK;
  const THETA = base;
  const PINS = THETA + half * 8;
  const ANG = PINS + B * 8;
  const COS = ANG + B * half * 8;
  const SIN = COS + B * half * 4;
  const X = SIN + B * half * 4;
  const Y = X + B * headDim * 8;
  const SLOTS = Y + B * headDim * 4;
  const BAD = SLOTS + B * 4;
  const FLAGS = BAD + B * 4;
  const FAILS = FLAGS + B * 4;
  const TRIG = FAILS + B * half; // the trig kernels' scratch
  const POS = TRIG + 24 * Math.max(half, 256); // the block's positions, for pinSlots
  const SCALED = POS + B * 8; // scaleCache's four arrays, each the size of COS
  const COUNTS = SCALED + 4 * B * half * 4; // one i32 a trig kernel reports through (trigFp16)
  const END = COUNTS + 16;
  return { THETA, PINS, ANG, COS, SIN, X, Y, SLOTS, BAD, FLAGS, FAILS, TRIG, POS, SCALED, COUNTS, END };
}

/** Bytes of kernel memory the SIMD path needs for one kernel at this head dim (see simdMemory). */
export function simdScratchBytes(headDim: number): number {
  checkHeadDim(headDim);
  return simdLayout(0, headDim / 2, headDim).END;
}

/** What one call of the SIMD path fixes: the pipeline, the kernel instance, its layout and scratch. */
export interface SimdCall {
  s: Prepared;
  st: SimdState;
  counters: SimdCounters;
  L: ReturnType<typeof simdLayout>;
  /** The trig format is fp32 (roundTrig = fround): the kernels' certified cos/sin. */
  fastTrig: boolean;
  /** The angle's result format is fp32 and θ is `pow`: trigFp32 computes the angles too. */
  fastAngles: boolean;
  /** fastAngles, a bf16 cache and attention factor 1: trigBf16 gives the cache values themselves. */
  bf16Trig: boolean;
  /** The same with an fp16 cache: trigFp16 gives the cache values. */
  fp16Trig: boolean;
  /**
   * bf16Trig or fp16Trig, and angleIn(roundedPosition(p)) is fround(p): positions kept as integers or fp32 values
   * (fround of either rounding is fround(p)), no divisor, fp32 angle operands. Then storing p into the
   * f32 PINS rounds it the same way, and the per-position calls are skipped; slotOf is then left
   * unfilled (collectBadRows reads the slots from SLOTS).
   */
  pinDirect: boolean;
  cosTmp: Float64Array;
  sinTmp: Float64Array;
  /** Cache slot of each row of the block. */
  slotOf: Int32Array;
  /** Rows of the block to redo with the reference. */
  rowBad: Uint8Array;
  /** Cache rows of the current block (simdTrigRows). */
  slots: number;
}

/**
 * The call's setup, or null when half is not a multiple of 4 or the region is too small. bf16Cache:
 * the caller takes trigBf16's values as the cache (per-op bf16 paths); fp16Cache: trigFp16's, for a
 * pipeline whose cache format is fp16 (its cache stage is then skipped).
 */
export function simdCall(s: Prepared, st: SimdState, counters: SimdCounters, headDim: number, bf16Cache = false, fp16Cache = false): SimdCall | null {
  const { half } = s;
  if (half % 4 !== 0) return null;
  const L = simdLayout(st.base, half, headDim);
  if (L.END > st.limit) return null;
  if (st.limit === Infinity && st.k.memory.buffer.byteLength < L.END) {
    st.k.memory.grow(Math.ceil((L.END - st.k.memory.buffer.byteLength) / 65536));
    views(st);
  }
  const fastTrig = s.p.trig.format === "fp32";
  const fastAngles = fastTrig && s.p.invFreq.method === "pow" && (s.p.angle.format === "fp32" || s.p.angle.format === "tf32");
  // trigBf16 takes θ and the positions as f32 (angleIn rounds them to fp32 or tf32: f32 values, so an f32
  // product is fround of the exact one, as trigFp32's fp64 product rounded to fp32 is).
  const bf16Trig = bf16Cache && fastAngles && s.attention === 1;
  const fp16Trig = fp16Cache && s.p.cache.format === "fp16" && fastAngles && s.attention === 1;
  if (bf16Trig || fp16Trig) for (let i = 0; i < half; i++) st.f32[L.THETA / 4 + i] = s.angleIn(s.theta[i]!);
  else if (fastAngles) for (let i = 0; i < half; i++) st.f64[L.THETA / 8 + i] = s.angleIn(s.theta[i]!);
  return {
    s,
    st,
    counters,
    L,
    fastTrig,
    fastAngles,
    // trigBf16 stores RNE_bf16(fround(cos a)), what cacheBf16 makes of fround(cos a) when af = 1.
    bf16Trig,
    // trigFp16 stores RNE_fp16(fround(cos a)), what the cache stage makes of fround(cos a) when af = 1.
    fp16Trig,
    pinDirect: (bf16Trig || fp16Trig) && s.positionDivisor === 1 && s.angleIn === Math.fround && ["int", "fp64", "fp32"].includes(s.p.position.format),
    cosTmp: new Float64Array(half),
    sinTmp: new Float64Array(half),
    slotOf: new Int32Array(SIMD_BLOCK),
    rowBad: new Uint8Array(SIMD_BLOCK),
    slots: 0,
  };
}

/**
 * Step 1 of a block (rows [start, start + rows)): one cache row per run of equal positions — angles (in
 * the kernel when fastAngles, else anglesAt), cos/sin (the kernel's certified fast cos/sin when fastTrig,
 * with Math.cos/Math.sin for the lanes it lists; else trigAt), then the attention factor, rounding to
 * the cache format and a range check per cache row (cacheBf16, cacheFp16); fills slotOf and the
 * kernels' SLOTS (each row's cache row address). Returns the number of flagged cache rows.
 */
function simdCacheRows(call: SimdCall, positions: Float64Array, start: number, rows: number): number {
  const { s, st, L, fastTrig } = call;
  const slots = simdTrigRows(call, positions, start, rows);
  if (call.bf16Trig || call.fp16Trig) {
    // trigBf16's and trigFp16's values are the cache's already (af = 1), and pass the range check
    // (trig.ts; cacheFp16's, |value| < 2^15, too); the lanes they listed were rounded and checked by
    // simdTrigRows, which set FLAGS.
    let flagged = 0;
    for (let q = 0; q < slots; q++) flagged += st.i32[L.FLAGS / 4 + q]!;
    return flagged;
  }
  // × attention factor (fp32 when the trig is fp32; trigAt has applied it otherwise), the cache format,
  // range check.
  const cache = s.fp16PerOp ? st.k.cacheFp16 : st.k.cacheBf16;
  return cache(L.COS, L.SIN - L.COS, slots, s.half * 4, fastTrig ? s.attention : 1, L.FLAGS);
}

/**
 * The trig part of simdCacheRows: cos/sin of each distinct run of positions into COS/SIN (f32), slotOf
 * and SLOTS filled; with fastTrig, the attention factor is not applied yet. Returns the number of cache
 * rows.
 */
export function simdTrigRows(call: SimdCall, positions: Float64Array, start: number, rows: number): number {
  const { s, st, counters, L, fastTrig, fastAngles, bf16Trig, fp16Trig, pinDirect, cosTmp, sinTmp, slotOf } = call;
  const f32Angles = bf16Trig || fp16Trig;
  const { k, f64, f32, i32 } = st;
  const { half } = s;
  const { THETA, PINS, ANG, COS, SIN, SLOTS, FAILS, FLAGS, TRIG } = L;
  let slots = 0;
  let lastPos = NaN;
  if (pinDirect) {
    // The loop below, less slotOf, in the kernel (pinSlots; pinDirect says why fround is the rounding).
    f64.set(positions.subarray(start, start + rows), L.POS / 8);
    slots = k.pinSlots(L.POS, rows, PINS, SLOTS, COS, half * 4);
  } else {
    for (let r = 0; r < rows; r++) {
      const p = positions[start + r]!;
      if (p !== lastPos) {
        if (f32Angles) f32[PINS / 4 + slots] = s.angleIn(roundedPosition(s, p));
        else if (fastAngles) f64[PINS / 8 + slots] = s.angleIn(roundedPosition(s, p));
        else anglesAt(s, p, f64.subarray(ANG / 8 + slots * half, ANG / 8 + (slots + 1) * half));
        slots++;
        lastPos = p;
      }
      slotOf[r] = slots - 1;
      i32[SLOTS / 4 + r] = COS + (slots - 1) * half * 4;
    }
  }
  counters.rows += rows;
  call.slots = slots;
  if (fastTrig) {
    counters.trigLanes += slots * half;
    if (f32Angles) counters.cacheTrigLanes += slots * half;
    const nfail = bf16Trig
      ? k.trigBf16(THETA, half, PINS, slots, COS, SIN, FAILS)
      : fp16Trig
        ? k.trigFp16(THETA, half, PINS, slots, COS, SIN, FAILS, L.COUNTS)
        : fastAngles ? k.trigFp32(THETA, half, PINS, slots, COS, SIN, FAILS, TRIG) : k.sincos(ANG, slots * half, COS, SIN, FAILS, TRIG);
    if (bf16Trig) {
      i32.fill(0, FLAGS / 4, FLAGS / 4 + slots);
      bf16TrigListed(call, nfail);
    } else if (fp16Trig) {
      counters.f32ReducedGroups += i32[L.COUNTS / 4]!;
      i32.fill(0, FLAGS / 4, FLAGS / 4 + slots);
      fp16TrigListed(call, nfail);
    } else
      for (let q = 0; q < nfail; q++) {
        // Listed lanes e … e + 3: roundTrig(Math.cos(angle)), as trigAt.
        const e = i32[FAILS / 4 + q]!;
        counters.recomputedLanes += 4;
        for (let l = e; l < e + 4; l++) {
          const a = fastAngles ? Math.fround(f64[PINS / 8 + Math.floor(l / half)]! * f64[THETA / 8 + (l % half)]!) : f64[ANG / 8 + l]!;
          f32[COS / 4 + l] = Math.fround(Math.cos(a));
          f32[SIN / 4 + l] = Math.fround(Math.sin(a));
        }
      }
  } else {
    for (let q = 0; q < slots; q++) {
      const ang = ANG / 8 + q * half;
      trigAt(s, f64.subarray(ang, ang + half), cosTmp, sinTmp); // bf16 values: exact in f32
      f32.set(cosTmp, COS / 4 + q * half);
      f32.set(sinTmp, SIN / 4 + q * half);
    }
  }
  return slots;
}

/**
 * The groups trigBf16 listed (nfail of them in FAILS): their angles fround(p·θᵢ) gathered into ANG and
 * given to sincos, whose certified fround(cos a), fround(sin a) (lanes it lists in turn: Math.cos and
 * Math.sin) then go through the cache stage as cacheBf16 with af = 1 would take them — RNE to bf16 on
 * the f32 pattern, and the range check, which flags the cache row in FLAGS. sincos's outputs use the X
 * region, free while the cache rows are made (rotateBlock fills it afterwards): n ≤ slots·half lanes take
 * 9n ≤ 4.5·SIMD_BLOCK·headDim of its 8·SIMD_BLOCK·headDim bytes.
 */
function bf16TrigListed(call: SimdCall, nfail: number): void {
  if (nfail === 0) return;
  const { s, st, counters, L } = call;
  const { k, f64, f32, i32 } = st;
  const { half } = s;
  const { THETA, PINS, ANG, COS, SIN, FAILS, FLAGS, TRIG, X } = L;
  const n = 4 * nfail;
  for (let q = 0; q < nfail; q++) {
    const e = i32[FAILS / 4 + q]!;
    for (let m = 0; m < 4; m++) f64[ANG / 8 + 4 * q + m] = Math.fround(f32[PINS / 4 + Math.floor((e + m) / half)]! * f32[THETA / 4 + ((e + m) % half)]!);
  }
  const C2 = X;
  const S2 = X + 4 * n;
  const F2 = X + 8 * n;
  const nfail2 = k.sincos(ANG, n, C2, S2, F2, TRIG);
  for (let q = 0; q < nfail2; q++) {
    const g = i32[F2 / 4 + q]!;
    counters.recomputedLanes += 4;
    for (let m = g; m < g + 4; m++) {
      f32[C2 / 4 + m] = Math.fround(Math.cos(f64[ANG / 8 + m]!));
      f32[S2 / 4 + m] = Math.fround(Math.sin(f64[ANG / 8 + m]!));
    }
  }
  for (let q = 0; q < nfail; q++) {
    const e = i32[FAILS / 4 + q]!;
    for (let m = 0; m < 4; m++) {
      const c = bf16RnePattern(i32[C2 / 4 + 4 * q + m]!);
      const sn = bf16RnePattern(i32[S2 / 4 + 4 * q + m]!);
      i32[COS / 4 + e + m] = c;
      i32[SIN / 4 + e + m] = sn;
      if (!inCacheRange(f32[COS / 4 + e + m]!) || !inCacheRange(f32[SIN / 4 + e + m]!)) i32[FLAGS / 4 + Math.floor((e + m) / half)] = 1;
    }
  }
}

/**
 * The groups trigFp16 listed (nfail of them in FAILS; the kernel has already recomputed every group
 * its f32 cos/sin did not certify with its fp64 one, so these are the few that neither certifies):
 * the cache values as trigAt computes them, roundCache(fround(Math.cos(a))) with a = fround(p·θᵢ) (af
 * = 1), and the range check, which flags the cache row in FLAGS.
 */
function fp16TrigListed(call: SimdCall, nfail: number): void {
  const { s, st, counters, L } = call;
  const { f32, i32 } = st;
  const { half } = s;
  const { THETA, PINS, COS, SIN, FAILS, FLAGS } = L;
  for (let q = 0; q < nfail; q++) {
    const e = i32[FAILS / 4 + q]!;
    counters.recomputedLanes += 4;
    for (let l = e; l < e + 4; l++) {
      const a = Math.fround(f32[PINS / 4 + Math.floor(l / half)]! * f32[THETA / 4 + (l % half)]!);
      f32[COS / 4 + l] = s.roundCache(Math.fround(Math.cos(a)));
      f32[SIN / 4 + l] = s.roundCache(Math.fround(Math.sin(a)));
      if (!inCacheRange(f32[COS / 4 + l]!) || !inCacheRange(f32[SIN / 4 + l]!)) i32[FLAGS / 4 + Math.floor(l / half)] = 1;
    }
  }
}

/** RNE to bf16 of an f32 given by its pattern (as an int32), ties to even: cacheBf16's rounding (rotation.ts, bf16Rne). */
function bf16RnePattern(b: number): number {
  return (b + 0x7fff + ((b >>> 16) & 1)) & 0xffff0000;
}

/** cacheBf16's range check of one value: zero, or |v| in [CS_MIN, CS_MAX) (NaN fails). */
function inCacheRange(v: number): boolean {
  const a = Math.abs(v);
  return a === 0 || (a >= CS_MIN && a < CS_MAX);
}

/** Step 3's list: appends to badRows the block's rows the kernels declined (nbad listed in BAD) or whose cache row was flagged. */
export function collectBadRows(call: SimdCall, start: number, rows: number, nbad: number, flagged: number, badRows: number[]): void {
  if (nbad === 0 && flagged === 0) return;
  const { i32 } = call.st;
  const { BAD, FLAGS, SLOTS, COS } = call.L;
  const { rowBad, slotOf } = call;
  rowBad.fill(0);
  for (let q = 0; q < nbad; q++) rowBad[i32[BAD / 4 + q]!] = 1;
  const rowBytes = call.s.half * 4;
  const slot = (r: number): number => (call.pinDirect ? (i32[SLOTS / 4 + r]! - COS) / rowBytes : slotOf[r]!);
  if (flagged !== 0) for (let r = 0; r < rows; r++) if (i32[FLAGS / 4 + slot(r)] !== 0) rowBad[r] = 1;
  for (let r = 0; r < rows; r++) if (rowBad[r]) badRows.push(start + r);
}

/**
 * The blocks of a SIMD call: each block's cache rows (simdCacheRows), then rotateBlock(start, rows),
 * which rotates the block and returns how many rows the kernel declined (listed in BAD). Returns every
 * row to redo with the reference, ascending.
 */
function simdBlocks(call: SimdCall, positions: Float64Array, rotateBlock: (start: number, rows: number) => number): number[] {
  const badRows: number[] = [];
  for (let start = 0; start < positions.length; start += SIMD_BLOCK) {
    const rows = Math.min(SIMD_BLOCK, positions.length - start);
    const flagged = simdCacheRows(call, positions, start, rows);
    const nbad = rotateBlock(start, rows);
    collectBadRows(call, start, rows, nbad, flagged, badRows);
  }
  return badRows;
}

/** Calls redo(a, b) once per run [a, b) of consecutive rows in badRows (ascending); returns how many rows that redid. */
export function forRuns(call: SimdCall, badRows: number[], redo: (a: number, b: number) => void): number {
  call.counters.fallbackRows += badRows.length;
  for (let q = 0; q < badRows.length; ) {
    let end = q + 1;
    while (end < badRows.length && badRows[end] === badRows[end - 1]! + 1) end++;
    redo(badRows[q]!, badRows[end - 1]! + 1);
    q = end;
  }
  return badRows.length;
}

/**
 * The bf16 or fp16 per-op rotation on WebAssembly SIMD (simd/kernels.ts), a block of rows at a time:
 *  1. the block's cache rows (simdCacheRows);
 *  2. the block of x copied in (or read in place), rotated with a per-row input check, copied out (or
 *     written in place);
 *  3. rows the kernels decline (inputs or cache values outside their ranges) are rotated afterwards by
 *     rotateRows, the reference, one call per run of consecutive rows.
 * Returns the number of rows handed to the reference, or null (nothing written) when it declines: x or y
 * reaching into the kernel's region of a shared memory, or simdCall declining.
 */
export function rotateRowsSimd(s: Prepared, st: SimdState, counters: SimdCounters, x: Float64Array, positions: Float64Array, headDim: number, y: Float64Array): number | null {
  // Arrays in the kernels' shared memory are used in place, unless they reach into this kernel's region.
  const inMemory = (a: Float64Array): boolean => st.shared && a.buffer === st.buffer;
  const clear = (a: Float64Array): boolean => a.byteOffset + a.byteLength <= st.base || a.byteOffset >= st.limit;
  if ((inMemory(x) && !clear(x)) || (inMemory(y) && !clear(y))) return null;
  const call = simdCall(s, st, counters, headDim, s.bf16PerOp, s.fp16PerOp);
  if (call === null) return null;
  const { k, f64, f32 } = st;
  const { COS, SIN, X, Y, SLOTS, BAD } = call.L;
  const xInPlace = inMemory(x);
  const yInPlace = inMemory(y);
  const neox = s.p.rope.layout === "neox";
  const rotate = s.fp16PerOp ? (neox ? k.rotateFp16Neox : k.rotateFp16Gptj) : neox ? k.rotateNeox : k.rotateGptj;
  const rotate64 = s.fp16PerOp ? (neox ? k.rotateFp16Neox64 : k.rotateFp16Gptj64) : neox ? k.rotateNeox64 : k.rotateGptj64;
  const badRows = simdBlocks(call, positions, (start, rows) => {
    const xAt = xInPlace ? x.byteOffset + start * headDim * 8 : X;
    if (!xInPlace) f64.set(x.subarray(start * headDim, (start + rows) * headDim), X / 8);
    if (yInPlace) return rotate64(rows, headDim, s.half, s.p.rope.rotaryDim, xAt, y.byteOffset + start * headDim * 8, SLOTS, SIN - COS, BAD);
    const nbad = rotate(rows, headDim, s.half, s.p.rope.rotaryDim, xAt, Y, SLOTS, SIN - COS, BAD);
    y.set(f32.subarray(Y / 4, Y / 4 + rows * headDim), start * headDim); // bf16 values: f32 → fp64 is exact
    return nbad;
  });
  return forRuns(call, badRows, (a, b) => rotateRows(s, x.subarray(a * headDim, b * headDim), positions.subarray(a, b), headDim, y.subarray(a * headDim, b * headDim)));
}

/**
 * rotateRowsSimd on bf16 patterns (rotateBits): the block's patterns copied into the kernels' memory
 * (a quarter of the fp64 bytes), rotated by rotateBits*, copied out; declined rows decoded, rotated by
 * rotateRows and encoded. Returns the number of rows handed to the reference, or null (nothing
 * written) when simdCall declines.
 */
export function rotateBitsSimd(s: Prepared, st: SimdState, counters: SimdCounters, x: Uint16Array, positions: Float64Array, headDim: number, y: Uint16Array): number | null {
  if (!s.bf16PerOp) return null; // the patterns must be bf16's
  const call = simdCall(s, st, counters, headDim, true);
  if (call === null) return null;
  const { COS, SIN, X, SLOTS, BAD } = call.L;
  const u16 = new Uint16Array(st.buffer);
  // The X region of a whole block, made once (subarray looks up the species constructor each time).
  const full = SIMD_BLOCK * headDim;
  const rotate = s.p.rope.layout === "neox" ? st.k.rotateBitsNeox : st.k.rotateBitsGptj;
  // NeoX with half % 8 = 0: rotateBitsNeoxScaled (rotation-scaled.ts) from the cache rows scaleCache
  // scales, x in X and y in Y (it may read a row of x again after writing its y).
  const scaled = s.p.rope.layout === "neox" && s.half % 8 === 0;
  const { Y, SCALED } = call.L;
  const out = scaled ? Y : X;
  const yBlock = new Uint16Array(st.buffer, out, full);
  const badRows = simdBlocks(call, positions, (start, rows) => {
    const len = rows * headDim;
    u16.set(new Uint16Array(x.buffer, x.byteOffset + start * headDim * 2, len), X / 2);
    let nbad: number;
    if (scaled) {
      st.k.scaleCache(COS, call.slots * s.half, SCALED - COS, SIN - COS);
      nbad = st.k.rotateBitsNeoxScaled(rows, headDim, s.half, s.p.rope.rotaryDim, X, Y, SLOTS, SIN - COS, BAD, SCALED - COS);
      counters.scaledRows += rows;
    } else {
      // In place (every row is read before it is written): the block's footprint in cache is halved.
      nbad = rotate(rows, headDim, s.half, s.p.rope.rotaryDim, X, X, SLOTS, SIN - COS, BAD);
    }
    y.set(len === full ? yBlock : u16.subarray(out / 2, out / 2 + len), start * headDim);
    return nbad;
  });
  return forRuns(call, badRows, (a, b) => {
    const xs = decodeArray("bf16", x.subarray(a * headDim, b * headDim));
    const ys = new Float64Array(xs.length);
    rotateRows(s, xs, positions.subarray(a, b), headDim, ys);
    encodeArray("bf16", ys, y.subarray(a * headDim, b * headDim));
  });
}
/**
 * The "simd-cache" path: pipelines whose trig is fp32 and whose rotation rounds to fp32 (meta-llama,
 * flash-attn-triton, vllm-cuda, ggml-cpu, onnxruntime-cpu, te-fused) take their cos/sin from the kernels'
 * certified fast cos/sin (simdTrigRows: the same values as trigAt's Math.fround(Math.cos(angle)), lane by
 * lane, or recomputed by Math.cos), then, as trigAt, the attention factor (Math.fround(c·af), c·af exact
 * in fp64) and the cache rounding (roundArray to the cache format over the block's cache rows), and are
 * rotated by the TypeScript fp32 loop (fast/fp32.ts) a block of rows at a time. Returns 0 (no row is
 * handed on), or null when simdCall declines or the trig is not fp32.
 */
export function rotateRowsSimdCache(s: Prepared, st: SimdState, counters: SimdCounters, x: Float64Array, positions: Float64Array, headDim: number, y: Float64Array): number | null {
  if (s.p.trig.format !== "fp32") return null;
  const call = simdCall(s, st, counters, headDim);
  if (call === null) return null;
  const { half } = s;
  const { COS, SIN } = call.L;
  // Sized to the call, not to a whole block: short calls (a property's few rows) would otherwise spend
  // most of their time zero-filling two 128 KB arrays.
  const cap = Math.min(SIMD_BLOCK, positions.length) * half;
  const cosBuf = new Float64Array(cap);
  const sinBuf = new Float64Array(cap);
  const af = s.attention;
  const cacheFormat = s.p.cache.format;
  const { slotOf } = call;
  const fill = (r: number, cos: Float64Array, sin: Float64Array): void => {
    const o = slotOf[r]! * half;
    cos.set(cosBuf.subarray(o, o + half));
    sin.set(sinBuf.subarray(o, o + half));
  };
  for (let start = 0; start < positions.length; start += SIMD_BLOCK) {
    const rows = Math.min(SIMD_BLOCK, positions.length - start);
    const n = simdTrigRows(call, positions, start, rows) * half;
    const f32 = st.f32; // after simdTrigRows: the views are current
    const cos = cosBuf.subarray(0, n);
    const sin = sinBuf.subarray(0, n);
    for (let e = 0; e < n; e++) {
      cos[e] = f32[COS / 4 + e]!;
      sin[e] = f32[SIN / 4 + e]!;
    }
    if (af !== 1)
      for (let e = 0; e < n; e++) {
        cos[e] = Math.fround(cos[e]! * af);
        sin[e] = Math.fround(sin[e]! * af);
      }
    if (cacheFormat !== "fp32" && cacheFormat !== "fp64") {
      roundArray(cacheFormat, cos, cos);
      roundArray(cacheFormat, sin, sin);
    }
    const a = start * headDim;
    const b = (start + rows) * headDim;
    rotateRowsFp32(s, x.subarray(a, b), positions.subarray(start, start + rows), headDim, y.subarray(a, b), fill);
  }
  return 0;
}
