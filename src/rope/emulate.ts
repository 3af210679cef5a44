/**
 * Emulated kernels: a pipeline spec (pipeline.ts) run bit-faithfully in TypeScript. Each stage rounds
 * exactly where the modelled implementation rounds, to the format it rounds to, with one correct rounding
 * per operation. Exactness of the fp64 intermediates: products of two operands of ≤ 24 significant bits
 * are exact in fp64; a sum or difference computed in fp64 and then rounded to fp32 or narrower is the
 * correctly rounded result, because fp64 → fp32/bf16/fp16 cannot double-round (53 ≥ 2·24 + 2).
 */
import { InvalidArgumentError } from "../errors.js";
import { roundArray } from "../formats/round.js";
import { type Rounder, rounder } from "../formats/rounder.js";
import type { FormatName } from "../formats/table.js";
import { type Arith, FP64_ARITH, attentionFactor, invFrequencies } from "../oracle/frequencies.js";
import { type Layout, type Scaling, pairIndex } from "../oracle/spec.js";
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
  attention: number;
  roundPos: Rounder;
  angleIn: Rounder;
  angleOut: Rounder;
  roundTrig: Rounder;
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
  const theta = Float64Array.from(invFrequencies(invArith, freqRope), roundInv);
  const [angleIn, angleOut] = angleRounders(p.angle.format);
  const roundTrig = p.trig.format === "fp32" ? Math.fround : identity;
  return {
    p,
    half,
    theta,
    // ggml: theta_scale = powf(freq_base, -2.0f/n_dims), freq_scale = 1/factor, both fp32.
    thetaScale: invArith.num(invArith.pow(invArith.num(rope.base), invArith.div(invArith.num(-2), invArith.num(rope.rotaryDim)))),
    freqScale: rope.scaling.type === "linear" ? invArith.div(invArith.num(1), invArith.num(rope.scaling.factor)) : 1,
    // The attention factor is a Python float in HF, multiplied into an fp32 tensor as fp32.
    attention: roundTrig(attentionFactor(FP64_ARITH, rope)),
    roundPos: positionRounder(p.position.format),
    angleIn,
    angleOut,
    roundTrig,
    roundCache: p.cache.format === "fp64" ? identity : rounder(p.cache.format),
    roundOut: rounder(p.output.format),
    positionDivisor: p.linearScaling === "position" && rope.scaling.type === "linear" ? rope.scaling.factor : 1,
    pairA: Int32Array.from({ length: half }, (_, j) => pairIndex(rope.layout, rope.rotaryDim, j)[0]),
    pairB: Int32Array.from({ length: half }, (_, j) => pairIndex(rope.layout, rope.rotaryDim, j)[1]),
    bf16PerOp:
      p.format === "bf16" && p.cache.format === "bf16" && p.rotate.format === "bf16" && p.rotate.fma === "none" && p.output.format === "bf16",
  };
}

/** Fills angle/cos/sin (length half) for one position. */
function stagesAt(s: Prepared, position: number, angle: Float64Array, cos: Float64Array, sin: Float64Array): number {
  let pos = s.roundPos(position);
  if (s.positionDivisor !== 1) pos = s.roundPos(pos / s.positionDivisor);
  if (s.p.invFreq.method === "chained") {
    // ggml rope_f32: theta = (float)p; per pair: rope_yarn(theta·freq_scale), then theta *= theta_scale.
    let a = s.angleOut(pos);
    for (let i = 0; i < s.half; i++) {
      angle[i] = s.freqScale === 1 ? a : s.angleOut(s.freqScale * a);
      a = s.angleOut(a * s.thetaScale);
    }
  } else {
    const pIn = s.angleIn(pos);
    for (let i = 0; i < s.half; i++) angle[i] = s.angleOut(pIn * s.angleIn(s.theta[i]!));
  }
  const af = s.attention;
  for (let i = 0; i < s.half; i++) {
    let c = s.roundTrig(Math.cos(angle[i]!));
    let sn = s.roundTrig(Math.sin(angle[i]!));
    if (af !== 1) {
      c = s.roundTrig(c * af);
      sn = s.roundTrig(sn * af);
    }
    cos[i] = s.roundCache(c);
    sin[i] = s.roundCache(sn);
  }
  return pos;
}

export interface EmulateOptions {
  /** Use specialised loops where they are provably identical (default true; tests turn it off to compare). */
  fastPaths?: boolean;
}

export function emulate(spec: PipelineSpec, options: EmulateOptions = {}): EmulatedKernel {
  const fastPaths = options.fastPaths ?? true;
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
  return {
    name: spec.name,
    format: spec.format as FormatName,
    rope: spec.rope,
    pipeline: spec,
    trace(position, headDim) {
      checkHeadDim(headDim);
      const s = prepared(headDim);
      const angle = new Float64Array(s.half);
      const cos = new Float64Array(s.half);
      const sin = new Float64Array(s.half);
      const pos = stagesAt(s, checkPos(position, "position"), angle, cos, sin);
      return { position: pos, angle, cos, sin };
    },
    rotate(x, positions, headDim, out) {
      checkHeadDim(headDim);
      if (!(x instanceof Float64Array) || x.length % headDim !== 0)
        throw new InvalidArgumentError("x", `a Float64Array of n × headDim (${headDim}) values`, x);
      const n = x.length / headDim;
      if (!(positions instanceof Float64Array) || positions.length !== n)
        throw new InvalidArgumentError("positions", `a Float64Array of ${n} integer positions`, positions);
      for (let row = 0; row < n; row++) if (!Number.isSafeInteger(positions[row])) checkPos(positions[row]!, `positions[${row}]`);
      if (out !== undefined && (!(out instanceof Float64Array) || out.length < x.length || out.buffer === x.buffer))
        throw new InvalidArgumentError("out", `a Float64Array of length ≥ ${x.length} not sharing x's buffer`, out);
      // A fresh 30 MB array costs more than rotating into it here (page faults): callers that rotate
      // repeatedly pass `out`.
      const y = out ?? new Float64Array(x.length);
      const st = prepared(headDim);
      if (fastPaths && st.bf16PerOp && rotateRowsBf16(st, x, positions, headDim, y)) return y;
      rotateRows(st, x, positions, headDim, y);
      return y;
    },
  };
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
  const xa = new Float64Array(m);
  const xb = new Float64Array(m);
  const c = new Float64Array(m);
  const sn = new Float64Array(m);
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
      c.set(cosRow, r * half);
      sn.set(sinRow, r * half);
      const base = row * headDim;
      for (let j = 0; j < half; j++) {
        xa[r * half + j] = x[base + pairA[j]!]!;
        xb[r * half + j] = x[base + pairB[j]!]!;
      }
    }
    for (let k = 0; k < len; k++) {
      p1[k] = xa[k]! * c[k]!;
      p2[k] = xb[k]! * sn[k]!;
      p3[k] = xa[k]! * sn[k]!;
      p4[k] = xb[k]! * c[k]!;
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
      const base = row * headDim;
      const o = r * half;
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
 * Every x is 0 or has 2^−60 ≤ |x| < ∞, and x has no bits in its low words (true of every value on the
 * bf16 grid). Reads only the fp64 high words, branch-free: 2^−60 is biased exponent 963.
 */
function fastPathInputs(x: Float64Array): boolean {
  const w = new Int32Array(x.buffer, x.byteOffset, x.length * 2);
  let bad = 0;
  let lowBits = 0;
  for (let k = 0; k < w.length; k += 2) {
    lowBits |= w[k]!;
    const hi = w[k + 1]!;
    const outside = ((((hi >>> 20) & 0x7ff) - 963) >>> 0) > 1083 ? 1 : 0; // biased exponent ∉ [963, 2046]
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

function checkHeadDim(headDim: unknown): void {
  if (typeof headDim !== "number" || !Number.isSafeInteger(headDim) || headDim < 2 || headDim % 2 !== 0)
    throw new InvalidArgumentError("headDim", "an even integer ≥ 2", headDim);
}

function checkPos(p: number, argument: string): number {
  if (!Number.isSafeInteger(p)) throw new InvalidArgumentError(argument, "a safe integer", p);
  return p;
}
