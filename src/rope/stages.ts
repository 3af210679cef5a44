/**
 * The stage model of an emulated kernel: a pipeline spec (pipeline.ts) prepared for one head dim — the
 * frequencies, the rounding of every stage — and the stages before the rotation (rounded position,
 * angles, cos/sin, attention factor, cache) for one position. Each stage rounds exactly where the
 * modelled implementation rounds, to the format it rounds to, with one correct rounding per operation.
 * Exactness of the fp64 intermediates: products of two operands of ≤ 24 significant bits are exact in
 * fp64; a sum or difference computed in fp64 and then rounded to fp32 or narrower is the correctly
 * rounded result, because fp64 → fp32/bf16/fp16 cannot double-round (53 ≥ 2·24 + 2).
 */
import { roundArray } from "../formats/round.js";
import { type Rounder, rounder } from "../formats/rounder.js";
import type { FormatName } from "../formats/table.js";
import { type Arith, FP64_ARITH, attentionFactor, invFrequencies } from "../oracle/frequencies.js";
import { type Layout, pairIndex } from "../oracle/spec.js";
import { hfInvFrequencies } from "./hf-inv-freq.js";
import { glibcCosf, glibcSinf } from "./libm/glibc-sincosf.js";
import { type TrigKind, trigFunctions } from "./stage-options.js";
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

/** A pipeline prepared for one head dim: what every rotation path reads. */
export interface Prepared {
  p: ResolvedPipeline;
  half: number;
  /** θᵢ in the invFreq format (method "pow"). */
  theta: Float64Array;
  /** method "chained": θ_scale and the linear freq_scale, both fp32 in ggml. */
  thetaScale: number;
  freqScale: number;
  /** method "chained" with YaRN: ggml's rope_yarn (ggml-yarn.ts). */
  yarn: GgmlYarn | null;
  attention: number;
  roundPos: Rounder;
  angleIn: Rounder;
  angleOut: Rounder;
  roundTrig: Rounder;
  /** The trig stage's cos and sin as the modelled library computes them (stage-options.ts). */
  trigCos: (a: number) => number;
  trigSin: (a: number) => number;
  /**
   * The same stages for whole rows (anglesAt, trigAt): θᵢ already rounded by angleIn, the format the angle
   * product and the cache are rounded to (fp64: no rounding), the trig stage as a kind. Rows are
   * rounded in bulk by format, not through the rounders above per element: a call through a function
   * value that changes with the pipeline is not inlined, boxes its argument and result (most of what a
   * run allocated) and made V8 recompile the loop pipeline after pipeline.
   */
  thetaIn: Float64Array;
  angleOutFormat: FormatName;
  trigKind: TrigKind;
  cacheFormat: FormatName;
  roundCache: Rounder;
  roundOut: Rounder;
  /** Linear scaling applied by dividing the position (TE, Megatron, old HF). */
  positionDivisor: number;
  /** Element indices of pair j: (pairA[j], pairB[j]), precomputed so the inner loop allocates nothing. */
  pairA: Int32Array;
  pairB: Int32Array;
  /** bf16 input, cache, per-op rotation and output, no FMA: what the SIMD and TypeScript bf16 paths accept. */
  bf16PerOp: boolean;
  /** The same in fp16: what the SIMD path also accepts. */
  fp16PerOp: boolean;
}

/** The first (side 0) or second (side 1) element index of every rotated pair. */
function pairIndices(layout: Layout, rotaryDim: number, side: 0 | 1): Int32Array {
  const out = new Int32Array(rotaryDim / 2);
  for (let j = 0; j < out.length; j++) out[j] = pairIndex(layout, rotaryDim, j)[side];
  return out;
}

export function prepare(spec: PipelineSpec, headDim: number): Prepared {
  const p = resolvePipeline(spec, headDim);
  const rope = p.rope;
  const half = rope.rotaryDim / 2;
  const invArith = p.invFreq.format === "fp64" ? FP64_ARITH : FP32_ARITH;
  // Frequencies with linear scaling moved to the positions are computed unscaled.
  const freqRope = p.linearScaling === "position" && rope.scaling.type === "linear" ? { ...rope, scaling: { type: "none" as const } } : rope;
  const roundInv = p.invFreq.format === "fp64" || p.invFreq.format === "fp32" ? identity : rounder(p.invFreq.format);
  // bf16/fp16 frequencies: computed in fp32, then the buffer is cast (model.to(bf16), HF #28685 family).
  // fp32 frequencies in HF's order of operations (hf-inv-freq.ts); fp64 ones from the exact formulas.
  const theta = Float64Array.from(invArith === FP64_ARITH ? invFrequencies(invArith, freqRope) : hfInvFrequencies(freqRope), roundInv);
  const chained = p.invFreq.method === "chained";
  const yarn = chained && rope.scaling.type === "yarn" ? ggmlYarn(rope.scaling, rope.base, rope.rotaryDim) : null;
  const trig = trigFunctions(p);
  const [angleIn, angleOut] = angleRounders(p.angle.format);
  const roundTrig = p.trig.format === "fp32" ? Math.fround : identity;
  return {
    p,
    half,
    theta,
    // ggml: theta_scale = powf(freq_base, -2.0f/n_dims), freq_scale = 1/factor, both fp32.
    // ggml calls glibc's powf (libm/glibc-powf.ts), which is not always correctly rounded.
    thetaScale:
      chained && p.invFreq.format === "fp32"
        ? glibcPowf(Math.fround(rope.base), Math.fround(-2 / rope.rotaryDim))
        : invArith.num(invArith.pow(invArith.num(rope.base), invArith.div(invArith.num(-2), invArith.num(rope.rotaryDim)))),
    freqScale: rope.scaling.type === "linear" ? invArith.div(invArith.num(1), invArith.num(rope.scaling.factor)) : 1,
    yarn,
    // The attention factor is a Python float in HF, multiplied into an fp32 tensor as fp32; ggml's YaRN
    // computes its own mscale.
    attention: yarn ? yarn.mscale : roundTrig(attentionFactor(FP64_ARITH, rope)),
    roundPos: positionRounder(p.position.format),
    angleIn,
    angleOut,
    roundTrig,
    trigCos: trig.cos,
    trigSin: trig.sin,
    thetaIn: Float64Array.from(theta, angleIn),
    angleOutFormat: p.angle.format === "tf32" ? "fp32" : p.angle.format, // TF32 operands, fp32 product (angleRounders)
    trigKind: trig.kind,
    cacheFormat: p.cache.format,
    roundCache: p.cache.format === "fp64" ? identity : rounder(p.cache.format),
    roundOut: rounder(p.output.format),
    positionDivisor: p.linearScaling === "position" && rope.scaling.type === "linear" ? rope.scaling.factor : 1,
    pairA: pairIndices(rope.layout, rope.rotaryDim, 0),
    pairB: pairIndices(rope.layout, rope.rotaryDim, 1),
    bf16PerOp:
      p.format === "bf16" && p.cache.format === "bf16" && p.rotate.format === "bf16" && p.rotate.fma === "none" && p.output.format === "bf16" && p.trig.method === "correct",
    fp16PerOp:
      p.format === "fp16" && p.cache.format === "fp16" && p.rotate.format === "fp16" && p.rotate.fma === "none" && p.output.format === "fp16" && p.trig.method === "correct",
  };
}

/** Fills angle/cos/sin (length half) for one position. */
export function stagesAt(s: Prepared, position: number, angle: Float64Array, cos: Float64Array, sin: Float64Array): number {
  const pos = anglesAt(s, position, angle);
  trigAt(s, angle, cos, sin);
  return pos;
}

/** The rounded position as the kernel holds it (before the angle's operand rounding). */
export function roundedPosition(s: Prepared, position: number): number {
  let pos = s.roundPos(position);
  if (s.positionDivisor !== 1) pos = s.roundPos(pos / s.positionDivisor);
  return pos;
}

/** Fills angle (length half) for one position; returns the rounded position. */
export function anglesAt(s: Prepared, position: number, angle: Float64Array): number {
  const pos = roundedPosition(s, position);
  if (s.p.invFreq.method === "chained") {
    // ggml rope_f32: theta = (float)p; per pair: rope_yarn(theta·freq_scale), then theta *= theta_scale.
    let a = s.angleOut(pos);
    for (let i = 0; i < s.half; i++) {
      angle[i] = s.yarn ? s.yarn.angle(a, i) : s.freqScale === 1 ? a : s.angleOut(s.freqScale * a);
      a = s.angleOut(a * s.thetaScale);
    }
  } else {
    const pIn = s.angleIn(pos);
    const thetaIn = s.thetaIn;
    for (let i = 0; i < s.half; i++) angle[i] = pIn * thetaIn[i]!;
    roundPrefix(s.angleOutFormat, angle, s.half);
  }
  return pos;
}

/** The trig, attention and cache stages: cos/sin (length half) from angle. */
export function trigAt(s: Prepared, angle: Float64Array, cos: Float64Array, sin: Float64Array): void {
  const af = s.attention;
  const half = s.half;
  if (s.trigKind === "glibc") {
    for (let i = 0; i < half; i++) {
      cos[i] = glibcCosf(angle[i]!);
      sin[i] = glibcSinf(angle[i]!);
    }
  } else if (s.trigKind === "fp32") {
    for (let i = 0; i < half; i++) {
      cos[i] = Math.fround(Math.cos(angle[i]!));
      sin[i] = Math.fround(Math.sin(angle[i]!));
    }
  } else {
    for (let i = 0; i < half; i++) {
      cos[i] = Math.cos(angle[i]!);
      sin[i] = Math.sin(angle[i]!);
    }
  }
  if (af !== 1) {
    for (let i = 0; i < half; i++) {
      cos[i] = cos[i]! * af;
      sin[i] = sin[i]! * af;
    }
    // roundTrig: fp32 when the trig stage is fp32, else none (fp64).
    roundPrefix(s.p.trig.format, cos, half);
    roundPrefix(s.p.trig.format, sin, half);
  }
  roundPrefix(s.cacheFormat, cos, half);
  roundPrefix(s.cacheFormat, sin, half);
}

/** Rounds v[0, len) to `format` in place, in bulk; fp64: nothing (the values are fp64 already). */
export function roundPrefix(format: FormatName, v: Float64Array, len: number): void {
  if (format === "fp64") return;
  const part = len === v.length ? v : v.subarray(0, len);
  roundArray(format, part, part);
}
