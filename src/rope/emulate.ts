/**
 * Emulated kernels: a pipeline spec (pipeline.ts) run bit-faithfully in TypeScript. Each stage rounds
 * exactly where the modelled implementation rounds, to the format it rounds to, with one correct rounding
 * per operation. Exactness of the fp64 intermediates: products of two operands of ≤ 24 significant bits
 * are exact in fp64; a sum or difference computed in fp64 and then rounded to fp32 or narrower is the
 * correctly rounded result, because fp64 → fp32/bf16/fp16 cannot double-round (53 ≥ 2·24 + 2).
 */
import { InvalidArgumentError } from "../errors.js";
import { type BitArray, allocateBits, decodeArray, encodeArray } from "../formats/bits.js";
import { roundArray } from "../formats/round.js";
import { type Rounder, rounder } from "../formats/rounder.js";
import type { FormatName } from "../formats/table.js";
import { type Arith, FP64_ARITH, attentionFactor, invFrequencies } from "../oracle/frequencies.js";
import { type Layout, type Scaling, pairIndex } from "../oracle/spec.js";
import { type Bf16Kernels, KERNEL_DATA_BYTES, type WasmMemory, instantiateKernels } from "./simd/kernels.js";
import { hfInvFrequencies } from "./hf-inv-freq.js";
import { trigFunctions } from "./stage-options.js";
import { glibcPowf } from "./libm/glibc-powf.js";
import { type GgmlYarn, ggmlYarn } from "./ggml-yarn.js";
import { type AngleFormat, type PipelineSpec, type PositionFormat, type ResolvedPipeline, resolvePipeline } from "./pipeline.js";

const identity: Rounder = (x) => x;

/** fp32 arithmetic, one rounding per operation (torch float32 tensor ops on CPU). */
const FP32_ARITH: Arith<number> = {
  num: Math.fround,
  add: (a, b) => Math.fround(a + b),
  sub: (a, b) => Math.fround(a - b),
  mul: (a, b) => Math.fround(a * b),
  div: (a, b) => Math.fround(a / b),
  // powf is modelled as correctly rounded: Math.pow in fp64 is within an ulp of fp64, so rounding it to
  // fp32 gives the correctly rounded powf except within 2^−29 of an fp32 midpoint.
  pow: (a, b) => Math.fround(Math.pow(a, b)),
  ln: (a) => Math.fround(Math.log(a)),
  sqrt: (a) => Math.fround(Math.sqrt(a)),
  floor: Math.floor,
  ceil: Math.ceil,
  lt: (a, b) => a < b,
  pi: () => Math.fround(Math.PI),
  tenth: () => Math.fround(0.1),
  // HF: 1.0 / (base ** (torch.arange(0, dim, 2).float() / dim)), every op in fp32.
  invPowers: (base, d) => Array.from({ length: d / 2 }, (_, i) => Math.fround(1 / Math.fround(Math.pow(Math.fround(base), Math.fround((2 * i) / d))))),
};

function positionRounder(f: PositionFormat): Rounder {
  return f === "int" || f === "fp64" ? identity : rounder(f);
}

/** Operand and result rounders of the angle product. */
function angleRounders(f: AngleFormat): [Rounder, Rounder] {
  switch (f) {
    case "fp64":
      return [identity, identity];
    case "fp32":
      return [Math.fround, Math.fround];
    case "tf32":
      return [rounder("tf32"), Math.fround]; // TF32 tensor cores: tf32 operands, fp32 accumulate
    default:
      return [rounder(f), rounder(f)]; // AMP: bf16/fp16 operands and output
  }
}

/** What one row's stages produced, for tests, budgets and reports. */
export interface StageTrace {
  position: number;
  angle: Float64Array;
  cos: Float64Array;
  sin: Float64Array;
}

/** A Kernel (src/kernels/kernel.ts; restated here because rope sits above kernels) with its pipeline. */
export interface EmulatedKernel {
  name: string;
  format: FormatName;
  rope: { layout: Layout; base: number; rotaryDim?: number; scaling?: Scaling };
  /** `out` (optional, length ≥ x.length) receives the result without a fresh allocation. */
  rotate(x: Float64Array, positions: Float64Array, headDim: number, out?: Float64Array): Float64Array;
  /**
   * The same rotation on a tensor held as `format`'s bit patterns (allocateBits: a Uint16Array for bf16
   * and fp16, a Uint8Array for fp8, …), as the real kernel holds it: 4× less memory than fp64 values for
   * 16-bit formats. Returns the output format's patterns, exactly encodeArray(output format,
   * rotate(decodeArray(format, x), …)); `out` (optional, that pattern array type, length ≥ x.length)
   * receives them.
   */
  rotateBits(x: BitArray, positions: Float64Array, headDim: number, out?: BitArray): BitArray;
  readonly pipeline: PipelineSpec;
  /** The stage values (rounded position, angles, cached cos/sin) at one position. */
  trace(position: number, headDim: number): StageTrace;
}

interface Prepared {
  p: ResolvedPipeline;
  half: number;
  /** θᵢ in the invFreq format (method "pow"). */
  theta: Float64Array;
  /** method "chained": θ_scale and the linear freq_scale, both fp32 in ggml. */
  thetaScale: number;
  freqScale: number;
  yarn: GgmlYarn | null; // ggml-yarn.ts: method "chained" with YaRN
  attention: number;
  roundPos: Rounder;
  angleIn: Rounder;
  angleOut: Rounder;
  roundTrig: Rounder;
  trigCos: (a: number) => number; // stage-options.ts
  trigSin: (a: number) => number;
  roundCache: Rounder;
  roundOut: Rounder;
  /** Linear scaling applied by dividing the position (TE, Megatron, old HF). */
  positionDivisor: number;
  /** Element indices of pair j: (pairA[j], pairB[j]), precomputed so the inner loop allocates nothing. */
  pairA: Int32Array;
  pairB: Int32Array;
  /** bf16 input, cache, per-op rotation and output, no FMA: eligible for rotateRowsBf16. */
  bf16PerOp: boolean;
}

function prepare(spec: PipelineSpec, headDim: number): Prepared {
  const p = resolvePipeline(spec, headDim);
  const rope = p.rope;
  const half = rope.rotaryDim / 2;
  const invArith = p.invFreq.format === "fp64" ? FP64_ARITH : FP32_ARITH;
  // Frequencies with linear scaling moved to the positions are computed unscaled.
  const freqRope = p.linearScaling === "position" && rope.scaling.type === "linear" ? { ...rope, scaling: { type: "none" as const } } : rope;
  const roundInv = p.invFreq.format === "fp64" || p.invFreq.format === "fp32" ? identity : rounder(p.invFreq.format);
  // bf16/fp16 frequencies: computed in fp32, then the buffer is cast (model.to(bf16), HF #28685 family).
  const theta = Float64Array.from(invArith === FP64_ARITH ? invFrequencies(invArith, freqRope) : hfInvFrequencies(freqRope), roundInv);
  const [angleIn, angleOut] = angleRounders(p.angle.format);
  const roundTrig = p.trig.format === "fp32" ? Math.fround : identity;
  return {
    p,
    half,
    theta,
    // ggml: theta_scale = powf(freq_base, -2.0f/n_dims), freq_scale = 1/factor, both fp32.
    thetaScale: p.invFreq.method === "chained" && p.invFreq.format === "fp32" ? glibcPowf(Math.fround(rope.base), Math.fround(-2 / rope.rotaryDim)) : invArith.num(invArith.pow(invArith.num(rope.base), invArith.div(invArith.num(-2), invArith.num(rope.rotaryDim)))), // libm/glibc-powf.ts
    freqScale: rope.scaling.type === "linear" ? invArith.div(invArith.num(1), invArith.num(rope.scaling.factor)) : 1,
    yarn: p.invFreq.method === "chained" && rope.scaling.type === "yarn" ? ggmlYarn(rope.scaling, rope.base, rope.rotaryDim) : null, // ggml-yarn.ts
    // The attention factor is a Python float in HF, multiplied into an fp32 tensor as fp32.
    attention: p.invFreq.method === "chained" && rope.scaling.type === "yarn" ? ggmlYarn(rope.scaling, rope.base, rope.rotaryDim).mscale : roundTrig(attentionFactor(FP64_ARITH, rope)),
    roundPos: positionRounder(p.position.format),
    angleIn,
    angleOut,
    roundTrig,
    trigCos: trigFunctions(p).cos, // stage-options.ts
    trigSin: trigFunctions(p).sin,
    roundCache: p.cache.format === "fp64" ? identity : rounder(p.cache.format),
    roundOut: rounder(p.output.format),
    positionDivisor: p.linearScaling === "position" && rope.scaling.type === "linear" ? rope.scaling.factor : 1,
    pairA: Int32Array.from({ length: half }, (_, j) => pairIndex(rope.layout, rope.rotaryDim, j)[0]),
    pairB: Int32Array.from({ length: half }, (_, j) => pairIndex(rope.layout, rope.rotaryDim, j)[1]),
    bf16PerOp:
      p.format === "bf16" && p.cache.format === "bf16" && p.rotate.format === "bf16" && p.rotate.fma === "none" && p.output.format === "bf16" && p.trig.method === "correct",
  };
}

/** Fills angle/cos/sin (length half) for one position. */
function stagesAt(s: Prepared, position: number, angle: Float64Array, cos: Float64Array, sin: Float64Array): number {
  const pos = anglesAt(s, position, angle);
  trigAt(s, angle, cos, sin);
  return pos;
}

/** The rounded position as the kernel holds it (before the angle's operand rounding). */
function roundedPosition(s: Prepared, position: number): number {
  let pos = s.roundPos(position);
  if (s.positionDivisor !== 1) pos = s.roundPos(pos / s.positionDivisor);
  return pos;
}

/** Fills angle (length half) for one position; returns the rounded position. */
function anglesAt(s: Prepared, position: number, angle: Float64Array): number {
  const pos = roundedPosition(s, position);
  if (s.p.invFreq.method === "chained") {
    // ggml rope_f32: theta = (float)p; per pair: rope_yarn(theta·freq_scale), then theta *= theta_scale.
    let a = s.angleOut(pos);
    for (let i = 0; i < s.half; i++) {
      angle[i] = s.yarn ? s.yarn.angle(a, i) : s.freqScale === 1 ? a : s.angleOut(s.freqScale * a); // ggml-yarn.ts
      a = s.angleOut(a * s.thetaScale);
    }
  } else {
    const pIn = s.angleIn(pos);
    for (let i = 0; i < s.half; i++) angle[i] = s.angleOut(pIn * s.angleIn(s.theta[i]!));
  }
  return pos;
}

/** The trig, attention and cache stages: cos/sin (length half) from angle. */
function trigAt(s: Prepared, angle: Float64Array, cos: Float64Array, sin: Float64Array): void {
  const af = s.attention;
  for (let i = 0; i < s.half; i++) {
    let c = s.trigCos(angle[i]!); // stage-options.ts
    let sn = s.trigSin(angle[i]!);
    if (af !== 1) {
      c = s.roundTrig(c * af);
      sn = s.roundTrig(sn * af);
    }
    cos[i] = s.roundCache(c);
    sin[i] = s.roundCache(sn);
  }
}

export interface EmulateOptions {
  /** Use specialised loops where they are provably identical (default true; tests turn it off to compare). */
  fastPaths?: boolean;
  /**
   * Among the fast paths, use the WebAssembly SIMD kernels (simd/kernels.ts) where WebAssembly SIMD is
   * available (default true; false leaves the TypeScript fast path, for tests and comparisons).
   */
  simd?: boolean;
  /**
   * Run the SIMD kernels on a shared WebAssembly memory from createKernelMemory (simd/kernels.ts) rather
   * than on a private one, keeping their own data in the `bytes` bytes at byte offset `scratch`
   * (simdScratchBytes(headDim) at least; kernels sharing a memory, e.g. one per worker thread, take
   * disjoint regions). x and out that are views of memory.buffer outside that region are then read and
   * written in place, without copies into and out of the kernels' memory.
   */
  simdMemory?: { memory: WasmMemory; scratch: number; bytes: number };
  /**
   * Where the SIMD path counts its work (tests and diagnostics): incremented in place. Default: a fresh
   * object of the kernel's own.
   */
  counters?: SimdCounters;
}

/** Work of the SIMD path: rows rotated by the kernels, rows handed to the reference, cos/sin lanes computed and recomputed with Math.cos/Math.sin. */
export interface SimdCounters {
  rows: number;
  fallbackRows: number;
  trigLanes: number;
  recomputedLanes: number;
}

export function newSimdCounters(): SimdCounters {
  return { rows: 0, fallbackRows: 0, trigLanes: 0, recomputedLanes: 0 };
}

export function emulate(spec: PipelineSpec, options: EmulateOptions = {}): EmulatedKernel {
  const fastPaths = options.fastPaths ?? true;
  const useSimd = fastPaths && (options.simd ?? true);
  const sharedSimd = useSimd && options.simdMemory ? sharedSimdState(options.simdMemory) : undefined;
  const counters = options.counters ?? newSimdCounters();
  // The kernel's own WebAssembly instance, created on first use (null without WebAssembly SIMD).
  let ownSimd: SimdState | null | undefined;
  const simdState = (): SimdState | null => {
    if (sharedSimd) return sharedSimd;
    if (ownSimd === undefined) ownSimd = privateSimdState();
    return ownSimd;
  };
  resolvePipeline(spec, spec.rope?.rotaryDim ?? 128); // validate now, not on first use
  const byHeadDim = new Map<number, Prepared>();
  const prepared = (headDim: number): Prepared => {
    let s = byHeadDim.get(headDim);
    if (!s) {
      s = prepare(spec, headDim);
      byHeadDim.set(headDim, s);
    }
    return s;
  };
  const rotate = (x: Float64Array, positions: Float64Array, headDim: number, out?: Float64Array): Float64Array => {
    checkRotateArguments(x, Float64Array, positions, headDim, out, Float64Array);
    // A fresh 30 MB array costs more than rotating into it here (page faults): callers that rotate
    // repeatedly pass `out`.
    const y = out ?? new Float64Array(x.length);
    const st = prepared(headDim);
    if (useSimd && st.bf16PerOp) {
      const state = simdState();
      if (state !== null && rotateRowsSimd(st, state, counters, x, positions, headDim, y)) return y;
    }
    if (fastPaths && st.bf16PerOp && rotateRowsBf16(st, x, positions, headDim, y)) return y;
    if (fastPaths && st.p.rotate.format === "fp32") rotateRowsFp32(st, x, positions, headDim, y);
    else rotateRows(st, x, positions, headDim, y);
    return y;
  };
  return {
    name: spec.name,
    format: spec.format as FormatName,
    rope: spec.rope,
    pipeline: spec,
    rotate,
    trace(position, headDim) {
      checkHeadDim(headDim);
      const s = prepared(headDim);
      const angle = new Float64Array(s.half);
      const cos = new Float64Array(s.half);
      const sin = new Float64Array(s.half);
      const pos = stagesAt(s, checkPos(position, "position"), angle, cos, sin);
      return { position: pos, angle, cos, sin };
    },
    rotateBits(x, positions, headDim, out) {
      checkHeadDim(headDim);
      const st = prepared(headDim);
      const outFormat = st.p.output.format;
      checkRotateArguments(x, bitArrayType(spec.format as FormatName), positions, headDim, out, bitArrayType(outFormat));
      const y = out ?? allocateBits(outFormat, x.length);
      if (useSimd && st.bf16PerOp && x instanceof Uint16Array && y instanceof Uint16Array) {
        const state = simdState();
        if (state !== null && rotateBitsSimd(st, state, counters, x, positions, headDim, y)) return y;
      }
      // Everything else through rotate, a block of rows at a time (the fp64 values of a whole long-context
      // tensor would be 4× its patterns).
      const n = positions.length;
      const rowsPer = Math.max(1, Math.min(n, Math.floor(65536 / headDim)));
      const xs = new Float64Array(rowsPer * headDim);
      const ys = new Float64Array(rowsPer * headDim);
      for (let a = 0; a < n; a += rowsPer) {
        const b = Math.min(n, a + rowsPer);
        const len = (b - a) * headDim;
        decodeArray(spec.format as FormatName, x.subarray(a * headDim, b * headDim), xs);
        rotate(xs.subarray(0, len), positions.subarray(a, b), headDim, ys);
        encodeArray(outFormat, ys.subarray(0, len), y.subarray(a * headDim, b * headDim));
      }
      return y;
    },
  };
}

type ArrayType = typeof Float64Array | typeof Uint8Array | typeof Uint16Array | typeof Uint32Array | typeof BigUint64Array;

/** The typed array type that holds a format's patterns (allocateBits). */
function bitArrayType(format: FormatName): ArrayType {
  return allocateBits(format, 0).constructor as ArrayType;
}

/** rotate's and rotateBits' argument checks: one line naming the argument and the expected form. */
function checkRotateArguments(
  x: unknown,
  xType: ArrayType,
  positions: unknown,
  headDim: number,
  out: unknown,
  outType: ArrayType,
): asserts x is Float64Array | BitArray {
  checkHeadDim(headDim);
  if (!(x instanceof xType) || x.length % headDim !== 0) throw new InvalidArgumentError("x", `a ${xType.name} of n × headDim (${headDim}) values`, x);
  const n = x.length / headDim;
  if (!(positions instanceof Float64Array) || positions.length !== n)
    throw new InvalidArgumentError("positions", `a Float64Array of ${n} integer positions`, positions);
  for (let row = 0; row < n; row++) if (!Number.isSafeInteger(positions[row])) checkPos(positions[row]!, `positions[${row}]`);
  if (out !== undefined && (!(out instanceof outType) || out.length < x.length || overlaps(out, x)))
    throw new InvalidArgumentError("out", `a ${outType.name} of length ≥ ${x.length} not overlapping x`, out);
}

/** Rows per block: the block's temporaries (8 arrays of BLOCK·half doubles) stay in cache. */
const BLOCK = 256;

/**
 * The rotation, one block of rows at a time and one operation at a time over typed arrays, each operation
 * followed by one roundArray over the block (its bit-level path reads the values through an Int32 view;
 * rounding values one by one through a scratch Float64Array measured 10× slower here). Roundings:
 *   none:   ya = r(r(xa·c) − r(xb·s)),  yb = r(r(xa·s) + r(xb·c))
 *   first:  ya = r(xa·c − r(xb·s)),     yb = r(xa·s + r(xb·c))
 *   second: ya = r(r(xa·c) − xb·s),     yb = r(r(xa·s) + xb·c)
 * then both rounded to the output format. Products of ≤ 24-bit operands are exact in fp64, so each
 * rounding is a single correct rounding.
 */
function rotateRows(s: Prepared, x: Float64Array, positions: Float64Array, headDim: number, y: Float64Array): void {
  const { half, pairA, pairB } = s;
  const fma = s.p.rotate.fma;
  const rot = s.p.rotate.format;
  const out = s.p.output.format;
  const rd = s.p.rope.rotaryDim;
  const n = positions.length;
  const m = Math.min(BLOCK, n) * half;
  const p1 = new Float64Array(m); // xa·c, then ya
  const p2 = new Float64Array(m); // xb·s
  const p3 = new Float64Array(m); // xa·s, then yb
  const p4 = new Float64Array(m); // xb·c
  const angle = new Float64Array(half);
  const cosRow = new Float64Array(half);
  const sinRow = new Float64Array(half);
  const roundTo = (format: FormatName, v: Float64Array, len: number): void => {
    if (format === "fp64") return;
    const part = len === v.length ? v : v.subarray(0, len);
    roundArray(format, part, part);
  };
  let lastPos = NaN;
  for (let start = 0; start < n; start += BLOCK) {
    const rows = Math.min(BLOCK, n - start);
    const len = rows * half;
    for (let r = 0; r < rows; r++) {
      const row = start + r;
      const p = positions[row]!;
      if (p !== lastPos) {
        stagesAt(s, p, angle, cosRow, sinRow); // rows at one position (heads) share the cache row
        lastPos = p;
      }
      pairProducts(s, x, row * headDim, cosRow, sinRow, p1, p2, p3, p4, r * half);
    }
    if (fma !== "first") {
      roundTo(rot, p1, len);
      roundTo(rot, p3, len);
    }
    if (fma !== "second") {
      roundTo(rot, p2, len);
      roundTo(rot, p4, len);
    }
    for (let k = 0; k < len; k++) {
      p1[k] = p1[k]! - p2[k]!;
      p3[k] = p3[k]! + p4[k]!;
    }
    roundTo(rot, p1, len);
    roundTo(rot, p3, len);
    if (out !== rot) {
      roundTo(out, p1, len);
      roundTo(out, p3, len);
    }
    for (let r = 0; r < rows; r++) {
      const base = (start + r) * headDim;
      for (let j = 0; j < half; j++) {
        y[base + pairA[j]!] = p1[r * half + j]!;
        y[base + pairB[j]!] = p3[r * half + j]!;
      }
      for (let k = rd; k < headDim; k++) y[base + k] = s.roundOut(x[base + k]!);
    }
  }
}

/**
 * The four products of each pair of the row at x[base …] with its cache row, xa·c, xb·s, xa·s, xb·c, into
 * p1 … p4 from offset o: exact in fp64 (operands of ≤ 24 bits); stored in f32 arrays by rotateRowsBf16,
 * where they have ≤ 16 bits.
 */
function pairProducts(
  s: Prepared,
  x: Float64Array,
  base: number,
  cos: Float64Array,
  sin: Float64Array,
  p1: Float64Array | Float32Array,
  p2: Float64Array | Float32Array,
  p3: Float64Array | Float32Array,
  p4: Float64Array | Float32Array,
  o: number,
): void {
  const { half, pairA, pairB } = s;
  for (let j = 0; j < half; j++) {
    const xa = x[base + pairA[j]!]!;
    const xb = x[base + pairB[j]!]!;
    const c = cos[j]!;
    const sn = sin[j]!;
    p1[o + j] = xa * c;
    p2[o + j] = xb * sn;
    p3[o + j] = xa * sn;
    p4[o + j] = xb * c;
  }
}

/**
 * Pipelines whose rotation rounds to fp32 (meta-llama, flash-attn-triton, vllm-cuda, ggml-cpu, onnxruntime-cpu,
 * te-fused): rotateRows's fp64 operations and fp32 roundings (Math.fround, as roundArray rounds to fp32)
 * in the same order, element by element in one pass rather than one pass per operation over block
 * arrays, then the output rounding as one roundArray over each block's rotated elements (as rotateRows
 * rounds its blocks, on the same values). The same operations on the same values give the same bits;
 * tests compare the two on random and extreme inputs.
 */
function rotateRowsFp32(s: Prepared, x: Float64Array, positions: Float64Array, headDim: number, y: Float64Array): void {
  const { half, pairA, pairB } = s;
  const fma = s.p.rotate.fma;
  const out = s.p.output.format;
  const rd = s.p.rope.rotaryDim;
  const n = positions.length;
  const angle = new Float64Array(half);
  const cos = new Float64Array(half);
  const sin = new Float64Array(half);
  const fr = Math.fround;
  let lastPos = NaN;
  const roundRotated = (from: number, to: number): void => {
    const part = y.subarray(from, to);
    roundArray(out, part, part);
  };
  for (let row = 0; row < n; row++) {
    const p = positions[row]!;
    if (p !== lastPos) {
      stagesAt(s, p, angle, cos, sin); // rows at one position (heads) share the cache row
      lastPos = p;
    }
    const base = row * headDim;
    // One loop per FMA mode, so that the inner loop has no branch.
    if (fma === "first")
      for (let j = 0; j < half; j++) {
        const xa = x[base + pairA[j]!]!;
        const xb = x[base + pairB[j]!]!;
        const c = cos[j]!;
        const sn = sin[j]!;
        y[base + pairA[j]!] = fr(xa * c - fr(xb * sn));
        y[base + pairB[j]!] = fr(xa * sn + fr(xb * c));
      }
    else if (fma === "second")
      for (let j = 0; j < half; j++) {
        const xa = x[base + pairA[j]!]!;
        const xb = x[base + pairB[j]!]!;
        const c = cos[j]!;
        const sn = sin[j]!;
        y[base + pairA[j]!] = fr(fr(xa * c) - xb * sn);
        y[base + pairB[j]!] = fr(fr(xa * sn) + xb * c);
      }
    else
      for (let j = 0; j < half; j++) {
        const xa = x[base + pairA[j]!]!;
        const xb = x[base + pairB[j]!]!;
        const c = cos[j]!;
        const sn = sin[j]!;
        y[base + pairA[j]!] = fr(fr(xa * c) - fr(xb * sn));
        y[base + pairB[j]!] = fr(fr(xa * sn) + fr(xb * c));
      }
    // pairA and pairB together are exactly [0, rotaryDim) in both layouts: with rotaryDim = headDim a
    // block of rows is one run of rotated elements, rounded at once (a call per row costs more than
    // the rounding).
    if (out !== "fp32") {
      if (rd < headDim) roundRotated(base, base + rd);
      else if ((row + 1) % BLOCK === 0 || row === n - 1) roundRotated((row - (row % BLOCK)) * headDim, base + headDim);
    }
    for (let k = rd; k < headDim; k++) y[base + k] = s.roundOut(x[base + k]!);
  }
}

/** Smallest non-zero magnitude the bf16 fast path accepts: products stay normal in fp32 (≥ 2^−120). */
const FAST_MIN = 2 ** -60;

/**
 * Per-op bf16 rotation through fp32 intermediates, ~3× faster than rotateRows (measured here):
 *  - bf16·bf16 products have ≤ 16 significant bits, so storing them in a Float32Array is exact while
 *    they stay normal (every operand is 0 or ≥ 2^−60 in magnitude, checked first);
 *  - a sum of two bf16 values stored in fp32 and then rounded to bf16 equals the direct rounding:
 *    double rounding is innocuous for +, −, × of p-bit operands when the intermediate has ≥ 2p + 2 bits
 *    (Figueroa 1995; 24 ≥ 18);
 *  - bf16 shares fp32's exponent range, so RNE to bf16 is (bits + 0x7FFF + lsb) & 0xFFFF0000 on the fp32
 *    pattern, overflowing correctly to infinity.
 * Tests compare it with rotateRows on random and extreme inputs. Returns false when an operand falls
 * outside those conditions; the caller then runs rotateRows, which overwrites everything.
 */
function rotateRowsBf16(s: Prepared, x: Float64Array, positions: Float64Array, headDim: number, y: Float64Array): boolean {
  if (!fastPathInputs(x)) return false;
  const { half, pairA, pairB } = s;
  const rd = s.p.rope.rotaryDim;
  const n = positions.length;
  const m = Math.min(BLOCK, n) * half;
  const p1 = new Float32Array(m);
  const p2 = new Float32Array(m);
  const p3 = new Float32Array(m);
  const p4 = new Float32Array(m);
  const i1 = new Int32Array(p1.buffer);
  const i2 = new Int32Array(p2.buffer);
  const i3 = new Int32Array(p3.buffer);
  const i4 = new Int32Array(p4.buffer);
  const angle = new Float64Array(half);
  const cos = new Float64Array(half);
  const sin = new Float64Array(half);
  let lastPos = NaN;
  for (let start = 0; start < n; start += BLOCK) {
    const rows = Math.min(BLOCK, n - start);
    const len = rows * half;
    for (let r = 0; r < rows; r++) {
      const row = start + r;
      const p = positions[row]!;
      if (p !== lastPos) {
        stagesAt(s, p, angle, cos, sin);
        lastPos = p;
        for (let j = 0; j < half; j++) {
          const c = cos[j]! < 0 ? -cos[j]! : cos[j]!;
          const sn = sin[j]! < 0 ? -sin[j]! : sin[j]!;
          if ((c !== 0 && c < FAST_MIN) || (sn !== 0 && sn < FAST_MIN)) return false;
        }
      }
      pairProducts(s, x, row * headDim, cos, sin, p1, p2, p3, p4, r * half); // exact in f32 here
    }
    roundFp32BitsToBf16(i1, len);
    roundFp32BitsToBf16(i2, len);
    roundFp32BitsToBf16(i3, len);
    roundFp32BitsToBf16(i4, len);
    for (let k = 0; k < len; k++) {
      p1[k] = p1[k]! - p2[k]!;
      p3[k] = p3[k]! + p4[k]!;
    }
    roundFp32BitsToBf16(i1, len);
    roundFp32BitsToBf16(i3, len);
    for (let r = 0; r < rows; r++) {
      const base = (start + r) * headDim;
      const o = r * half;
      for (let j = 0; j < half; j++) {
        y[base + pairA[j]!] = p1[o + j]!;
        y[base + pairB[j]!] = p3[o + j]!;
      }
      for (let k = rd; k < headDim; k++) y[base + k] = x[base + k]!; // already bf16
    }
  }
  return true;
}

/**
 * Rows per block of the SIMD path: the x block (256 KiB at d = 128) and the f32 y block stay in L2
 * (measured on this machine: 256 beats 128 and 512).
 */
const SIMD_BLOCK = 256;

/** A kernel instance, views of its memory, and the region of that memory its data may use. */
interface SimdState {
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
function privateSimdState(): SimdState | null {
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

function sharedSimdState(m: { memory: WasmMemory; scratch: number; bytes: number }): SimdState | undefined {
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
  const END = TRIG + 24 * Math.max(half, 256);
  return { THETA, PINS, ANG, COS, SIN, X, Y, SLOTS, BAD, FLAGS, FAILS, TRIG, END };
}

/** Bytes of kernel memory the SIMD path needs for one kernel at this head dim (see simdMemory). */
export function simdScratchBytes(headDim: number): number {
  checkHeadDim(headDim);
  return simdLayout(0, headDim / 2, headDim).END;
}

/** What one call of the SIMD path fixes: the pipeline, the kernel instance, its layout and scratch. */
interface SimdCall {
  s: Prepared;
  st: SimdState;
  counters: SimdCounters;
  L: ReturnType<typeof simdLayout>;
  /** The trig format is fp32 (roundTrig = fround): the kernels' certified cos/sin. */
  fastTrig: boolean;
  /** The angle's result format is fp32 and θ is `pow`: trigFp32 computes the angles too. */
  fastAngles: boolean;
  cosTmp: Float64Array;
  sinTmp: Float64Array;
  /** Cache slot of each row of the block. */
  slotOf: Int32Array;
  /** Rows of the block to redo with the reference. */
  rowBad: Uint8Array;
}

/** The call's setup, or null when half is not a multiple of 4 or the region is too small. */
function simdCall(s: Prepared, st: SimdState, counters: SimdCounters, headDim: number): SimdCall | null {
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
  if (fastAngles) for (let i = 0; i < half; i++) st.f64[L.THETA / 8 + i] = s.angleIn(s.theta[i]!);
  return {
    s,
    st,
    counters,
    L,
    fastTrig,
    fastAngles,
    cosTmp: new Float64Array(half),
    sinTmp: new Float64Array(half),
    slotOf: new Int32Array(SIMD_BLOCK),
    rowBad: new Uint8Array(SIMD_BLOCK),
  };
}

/**
 * Step 1 of a block (rows [start, start + rows)): one cache row per run of equal positions — angles (in
 * the kernel when fastAngles, else anglesAt), cos/sin (the kernel's certified fast cos/sin when fastTrig,
 * with Math.cos/Math.sin for the lanes it lists; else trigAt), then the attention factor, bf16 rounding
 * and a range check per cache row (cacheBf16); fills slotOf and the kernels' SLOTS (each row's cache row
 * address). Returns the number of flagged cache rows.
 */
function simdCacheRows(call: SimdCall, positions: Float64Array, start: number, rows: number): number {
  const { s, st, counters, L, fastTrig, fastAngles, cosTmp, sinTmp, slotOf } = call;
  const { k, f64, f32, i32 } = st;
  const { half } = s;
  const { THETA, PINS, ANG, COS, SIN, SLOTS, FLAGS, FAILS, TRIG } = L;
  let slots = 0;
  let lastPos = NaN;
  for (let r = 0; r < rows; r++) {
    const p = positions[start + r]!;
    if (p !== lastPos) {
      if (fastAngles) f64[PINS / 8 + slots] = s.angleIn(roundedPosition(s, p));
      else anglesAt(s, p, f64.subarray(ANG / 8 + slots * half, ANG / 8 + (slots + 1) * half));
      slots++;
      lastPos = p;
    }
    slotOf[r] = slots - 1;
  }
  counters.rows += rows;
  if (fastTrig) {
    counters.trigLanes += slots * half;
    const nfail = fastAngles ? k.trigFp32(THETA, half, PINS, slots, COS, SIN, FAILS, TRIG) : k.sincos(ANG, slots * half, COS, SIN, FAILS, TRIG);
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
  for (let r = 0; r < rows; r++) i32[SLOTS / 4 + r] = COS + slotOf[r]! * half * 4;
  // × attention factor (fp32 when the trig is fp32; trigAt has applied it otherwise), bf16, range check.
  return k.cacheBf16(COS, SIN - COS, slots, half * 4, fastTrig ? s.attention : 1, FLAGS);
}

/** Step 3's list: appends to badRows the block's rows the kernels declined (nbad listed in BAD) or whose cache row was flagged. */
function collectBadRows(call: SimdCall, start: number, rows: number, nbad: number, flagged: number, badRows: number[]): void {
  if (nbad === 0 && flagged === 0) return;
  const { i32 } = call.st;
  const { BAD, FLAGS } = call.L;
  const { rowBad, slotOf } = call;
  rowBad.fill(0);
  for (let q = 0; q < nbad; q++) rowBad[i32[BAD / 4 + q]!] = 1;
  if (flagged !== 0) for (let r = 0; r < rows; r++) if (i32[FLAGS / 4 + slotOf[r]!] !== 0) rowBad[r] = 1;
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

/** Calls redo(a, b) once per run [a, b) of consecutive rows in badRows (ascending). */
function forRuns(call: SimdCall, badRows: number[], redo: (a: number, b: number) => void): void {
  call.counters.fallbackRows += badRows.length;
  for (let q = 0; q < badRows.length; ) {
    let end = q + 1;
    while (end < badRows.length && badRows[end] === badRows[end - 1]! + 1) end++;
    redo(badRows[q]!, badRows[end - 1]! + 1);
    q = end;
  }
}

/**
 * The bf16 per-op rotation on WebAssembly SIMD (simd/kernels.ts), a block of rows at a time:
 *  1. the block's cache rows (simdCacheRows);
 *  2. the block of x copied in (or read in place), rotated with a per-row input check, copied out (or
 *     written in place);
 *  3. rows the kernels decline (inputs or cache values outside their ranges) are rotated afterwards by
 *     rotateRows, the reference, one call per run of consecutive rows.
 * Returns false (nothing written) when simdCall declines.
 */
function rotateRowsSimd(s: Prepared, st: SimdState, counters: SimdCounters, x: Float64Array, positions: Float64Array, headDim: number, y: Float64Array): boolean {
  // Arrays in the kernels' shared memory are used in place, unless they reach into this kernel's region.
  const inMemory = (a: Float64Array): boolean => st.shared && a.buffer === st.buffer;
  const clear = (a: Float64Array): boolean => a.byteOffset + a.byteLength <= st.base || a.byteOffset >= st.limit;
  if ((inMemory(x) && !clear(x)) || (inMemory(y) && !clear(y))) return false;
  const call = simdCall(s, st, counters, headDim);
  if (call === null) return false;
  const { k, f64, f32 } = st;
  const { COS, SIN, X, Y, SLOTS, BAD } = call.L;
  const xInPlace = inMemory(x);
  const yInPlace = inMemory(y);
  const rotate = s.p.rope.layout === "neox" ? k.rotateNeox : k.rotateGptj;
  const rotate64 = s.p.rope.layout === "neox" ? k.rotateNeox64 : k.rotateGptj64;
  const badRows = simdBlocks(call, positions, (start, rows) => {
    const xAt = xInPlace ? x.byteOffset + start * headDim * 8 : X;
    if (!xInPlace) f64.set(x.subarray(start * headDim, (start + rows) * headDim), X / 8);
    if (yInPlace) return rotate64(rows, headDim, s.half, s.p.rope.rotaryDim, xAt, y.byteOffset + start * headDim * 8, SLOTS, SIN - COS, BAD);
    const nbad = rotate(rows, headDim, s.half, s.p.rope.rotaryDim, xAt, Y, SLOTS, SIN - COS, BAD);
    y.set(f32.subarray(Y / 4, Y / 4 + rows * headDim), start * headDim); // bf16 values: f32 → fp64 is exact
    return nbad;
  });
  forRuns(call, badRows, (a, b) => rotateRows(s, x.subarray(a * headDim, b * headDim), positions.subarray(a, b), headDim, y.subarray(a * headDim, b * headDim)));
  return true;
}

/**
 * rotateRowsSimd on bf16 patterns (rotateBits): the block's patterns copied into the kernels' memory
 * (a quarter of the fp64 bytes), rotated by rotateBits*, copied out; declined rows decoded, rotated by
 * rotateRows and encoded.
 */
function rotateBitsSimd(s: Prepared, st: SimdState, counters: SimdCounters, x: Uint16Array, positions: Float64Array, headDim: number, y: Uint16Array): boolean {
  const call = simdCall(s, st, counters, headDim);
  if (call === null) return false;
  const { COS, SIN, X, Y, SLOTS, BAD } = call.L;
  const u16 = new Uint16Array(st.buffer);
  const rotate = s.p.rope.layout === "neox" ? st.k.rotateBitsNeox : st.k.rotateBitsGptj;
  const badRows = simdBlocks(call, positions, (start, rows) => {
    const len = rows * headDim;
    u16.set(x.subarray(start * headDim, start * headDim + len), X / 2);
    const nbad = rotate(rows, headDim, s.half, s.p.rope.rotaryDim, X, Y, SLOTS, SIN - COS, BAD);
    y.set(u16.subarray(Y / 2, Y / 2 + len), start * headDim);
    return nbad;
  });
  forRuns(call, badRows, (a, b) => {
    const xs = decodeArray("bf16", x.subarray(a * headDim, b * headDim));
    const ys = new Float64Array(xs.length);
    rotateRows(s, xs, positions.subarray(a, b), headDim, ys);
    encodeArray("bf16", ys, y.subarray(a * headDim, b * headDim));
  });
  return true;
}

/**
 * Every x is 0 or has 2^−60 ≤ |x| < 2^128, and x has ≤ 8 significant bits: exactly the non-zero bf16
 * values from 2^−60 up (products with the bf16 cache then have ≤ 16 bits, and elements beyond rotaryDim
 * are already their own bf16 rounding). Reads the fp64 words, branch-free: 2^−60 is biased exponent 963,
 * 2^127 is 1150; 8 significant bits leave the low 13 bits of the high word and the whole low word clear.
 */
function fastPathInputs(x: Float64Array): boolean {
  const w = new Int32Array(x.buffer, x.byteOffset, x.length * 2);
  let bad = 0;
  let lowBits = 0;
  for (let k = 0; k < w.length; k += 2) {
    const hi = w[k + 1]!;
    lowBits |= w[k]! | (hi & 0x1fff);
    const outside = ((((hi >>> 20) & 0x7ff) - 963) >>> 0) > 187 ? 1 : 0; // biased exponent ∉ [963, 1150]
    bad |= outside & ((hi & 0x7fffffff) !== 0 ? 1 : 0); // ... and not ±0
  }
  return bad === 0 && lowBits === 0;
}

/** RNE of fp32 patterns to bf16, in place (operands are finite here, so no NaN can be mangled). */
function roundFp32BitsToBf16(bits: Int32Array, len: number): void {
  for (let k = 0; k < len; k++) {
    const b = bits[k]!;
    bits[k] = (b + 0x7fff + ((b >>> 16) & 1)) & -65536;
  }
}

/** Whether two arrays share memory (same buffer, intersecting byte ranges). */
function overlaps(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

function checkHeadDim(headDim: unknown): void {
  if (typeof headDim !== "number" || !Number.isSafeInteger(headDim) || headDim < 2 || headDim % 2 !== 0)
    throw new InvalidArgumentError("headDim", "an even integer ≥ 2", headDim);
}

function checkPos(p: number, argument: string): number {
  if (!Number.isSafeInteger(p)) throw new InvalidArgumentError(argument, "a safe integer", p);
  return p;
}
