/**
 * A pipeline spec: the format and method of every stage of one RoPE implementation (docs/pipelines.md), as a
 * plain JSON-serialisable object. `resolvePipeline` validates one and fills defaults; every error names
 * the bad field and the accepted values.
 *
 * Stages, in order, for one (position p, pair i):
 *   invFreq   θᵢ computed in `invFreq.format`: method `pow` = 1/b^(2i/d) op by op (HF), or `chained`
 *             = ggml's θ_scale = b^(−2/d) with the angle multiplied by θ_scale once per pair.
 *   position  p as the kernel holds it: `int` (exact) or rounded to a float format (bf16 holds integers
 *             exactly only up to 256, fp16 and tf32 up to 2048, fp32 up to 2^24).
 *   angle     p·θᵢ: both operands rounded to the operand format of `angle.format` and the product
 *             rounded to its result format: fp32 → fp32·fp32→fp32; tf32 → tf32·tf32→fp32 (a K=1 matmul
 *             on TF32 tensor cores); bf16/fp16 → bf16·bf16→bf16 (an AMP einsum); fp64 → fp64.
 *   trig      cos/sin of the angle, correctly rounded to `trig.format` (method `correct`) or as glibc's
 *             sinf/cosf compute them (method `glibc`, fp32), times the attention factor (YaRN/LongRoPE)
 *             in that format.
 *   cache     cos/sin rounded to `cache.format` (HF, flash-attn and vLLM cast the cache to the model dtype).
 *   rotate    y_a = x_a·c − x_b·s, y_b = x_a·s + x_b·c with every operation rounded to `rotate.format`
 *             (per-op: rotate.format = the model dtype; one rounding: fp32 math then `output`), and FMA
 *             contraction of the `first` or `second` product of each pair (or `none`).
 *   output    the result rounded to `output.format`.
 */
import { InvalidArgumentError } from "../errors.js";
import { FORMAT_NAMES, type FormatName, isFormatName } from "../formats/table.js";
import { type Layout, type ResolvedRopeSpec, type Scaling, resolveRopeSpec } from "../oracle/spec.js";

export type ArithFormat = "fp64" | "fp32" | "bf16" | "fp16";
export type AngleFormat = "fp64" | "fp32" | "tf32" | "bf16" | "fp16";
export type PositionFormat = "int" | "fp64" | "fp32" | "tf32" | "bf16" | "fp16";
export type FmaMode = "none" | "first" | "second";
export type InvFreqMethod = "pow" | "chained";
export type LinearScalingTarget = "inv-freq" | "position";
/** `correct`: cos/sin correctly rounded to the trig format; `glibc`: glibc's sinf/cosf (fp32 only). */
export type TrigMethod = "correct" | "glibc";

export interface PipelineRope {
  layout: Layout;
  base: number;
  rotaryDim?: number;
  scaling?: Scaling;
}

/**
 * `r` built field by field in one order (layout, base, then rotaryDim and scaling when present), so that
 * pipelines with the same RoPE fields share one V8 hidden class (oracle/spec.ts, ropeSpecAt, says why).
 */
export function pipelineRope(r: PipelineRope): PipelineRope {
  const out: PipelineRope = { layout: r.layout, base: r.base };
  if (r.rotaryDim !== undefined) out.rotaryDim = r.rotaryDim;
  if (r.scaling !== undefined) out.scaling = r.scaling;
  return out;
}

export interface PipelineStages {
  invFreq: { format: ArithFormat; method: InvFreqMethod };
  position: { format: PositionFormat };
  angle: { format: AngleFormat };
  trig: { format: "fp64" | "fp32"; method?: TrigMethod };
  cache: { format: ArithFormat };
  rotate: { format: ArithFormat; fma: FmaMode };
  output: { format: FormatName };
}

export interface PipelineSpec extends PipelineStages {
  /** Display name, e.g. "hf" or "hf@fp16". */
  name: string;
  /** The model dtype: the format of the input vectors. */
  format: FormatName;
  rope: PipelineRope;
  /** Where linear scaling divides: the frequencies (HF) or the positions (TE, Megatron, old HF). */
  linearScaling?: LinearScalingTarget;
  /** The source file or issue this pipeline models. */
  source?: string;
}

export const STAGES = ["invFreq", "position", "angle", "trig", "cache", "rotate", "output"] as const;

/** Every stage exact: fp64 arithmetic, integer positions. The zoo's exact-fp64 and the budget's reference. */
export const EXACT_STAGES: PipelineStages = {
  invFreq: { format: "fp64", method: "pow" },
  position: { format: "int" },
  angle: { format: "fp64" },
  trig: { format: "fp64" },
  cache: { format: "fp64" },
  rotate: { format: "fp64", fma: "none" },
  output: { format: "fp64" },
};
export type StageName = (typeof STAGES)[number];

const ARITH: readonly ArithFormat[] = ["fp64", "fp32", "bf16", "fp16"];
const ANGLE: readonly AngleFormat[] = ["fp64", "fp32", "tf32", "bf16", "fp16"];
const POSITION: readonly PositionFormat[] = ["int", "fp64", "fp32", "tf32", "bf16", "fp16"];
const FMA: readonly FmaMode[] = ["none", "first", "second"];

const list = (xs: readonly string[]): string => xs.map((x) => `"${x}"`).join(", ");

function pick<T extends string>(v: unknown, accepted: readonly T[], field: string): T {
  if (typeof v !== "string" || !(accepted as readonly string[]).includes(v)) throw new InvalidArgumentError(field, `one of ${list(accepted)}`, v);
  return v as T;
}

function stage(spec: Record<string, unknown>, name: string): Record<string, unknown> {
  const v = spec[name];
  if (typeof v !== "object" || v === null) throw new InvalidArgumentError(`pipeline.${name}`, "an object", v);
  return v as Record<string, unknown>;
}

/** A validated pipeline with its RoPE spec resolved for a head dim. */
export interface ResolvedPipeline extends PipelineStages {
  name: string;
  format: FormatName;
  rope: ResolvedRopeSpec;
  linearScaling: LinearScalingTarget;
  source: string;
}

/** Validates `spec` (throws InvalidArgumentError naming the field) and resolves its rope for `headDim`. */
export function resolvePipeline(spec: PipelineSpec, headDim: number): ResolvedPipeline {
  if (typeof spec !== "object" || spec === null) throw new InvalidArgumentError("pipeline", "a pipeline spec object", spec);
  const s = spec as unknown as Record<string, unknown>;
  if (typeof spec.name !== "string" || spec.name === "") throw new InvalidArgumentError("pipeline.name", "a non-empty string", spec.name);
  if (!isFormatName(spec.format)) throw new InvalidArgumentError("pipeline.format", `one of ${list(FORMAT_NAMES)}`, spec.format);
  const rope = resolveRopeSpec({ ...(spec.rope ?? {}), headDim } as never, "pipeline.rope");
  const invFreq = stage(s, "invFreq");
  const out: ResolvedPipeline = {
    name: spec.name,
    format: spec.format,
    rope,
    linearScaling: spec.linearScaling === undefined ? "inv-freq" : pick(spec.linearScaling, ["inv-freq", "position"] as const, "pipeline.linearScaling"),
    source: typeof spec.source === "string" ? spec.source : "",
    invFreq: {
      format: pick(invFreq.format, ARITH, "pipeline.invFreq.format"),
      method: pick(invFreq.method ?? "pow", ["pow", "chained"] as const, "pipeline.invFreq.method"),
    },
    position: { format: pick(stage(s, "position").format, POSITION, "pipeline.position.format") },
    angle: { format: pick(stage(s, "angle").format, ANGLE, "pipeline.angle.format") },
    trig: {
      format: pick(stage(s, "trig").format, ["fp64", "fp32"] as const, "pipeline.trig.format"),
      method: pick(stage(s, "trig").method ?? "correct", ["correct", "glibc"] as const, "pipeline.trig.method"),
    },
    cache: { format: pick(stage(s, "cache").format, ARITH, "pipeline.cache.format") },
    rotate: {
      format: pick(stage(s, "rotate").format, ARITH, "pipeline.rotate.format"),
      fma: pick(stage(s, "rotate").fma ?? "none", FMA, "pipeline.rotate.fma"),
    },
    output: { format: pick(stage(s, "output").format, FORMAT_NAMES, "pipeline.output.format") },
  };
  if (out.invFreq.method === "chained") {
    // ggml multiplies the running angle by θ_scale in fp32 (src/ggml-cpu/ops.cpp, rope_f32): the angle
    // and the frequencies share one format, and only none/linear scaling map onto that loop here.
    if (out.angle.format !== out.invFreq.format)
      throw new InvalidArgumentError("pipeline.angle.format", `"${out.invFreq.format}" (a chained invFreq multiplies the angle in its own format)`, out.angle.format);
    const sc = rope.scaling;
    const plainYarn = sc.type === "yarn" && sc.mscale === undefined && sc.mscaleAllDim === undefined && sc.attentionFactor === undefined && sc.truncate !== false;
    if (sc.type !== "none" && sc.type !== "linear" && !plainYarn)
      throw new InvalidArgumentError("pipeline.rope.scaling.type", `"none", "linear" or "yarn" (without mscale, attention_factor or truncate: false) with invFreq.method "chained"`, sc.type);
  }
  if (out.trig.method === "glibc" && out.trig.format !== "fp32")
    throw new InvalidArgumentError("pipeline.trig.method", `"correct" (glibc's sinf/cosf return fp32: trig.format must be fp32)`, out.trig.method);
  return out;
}

/** One line per stage, for `zoo list` and reports. */
export function describePipeline(p: PipelineSpec): string[] {
  const rotate =
    p.rotate.format === p.output.format
      ? `per-op ${p.rotate.format}`
      : `${p.rotate.format} math, one rounding to ${p.output.format}`;
  return [
    `invFreq  ${p.invFreq.format} ${p.invFreq.method ?? "pow"}`,
    `position ${p.position.format}`,
    `angle    ${p.angle.format}`,
    `trig     ${p.trig.format} ${p.trig.method === "glibc" ? "glibc sinf/cosf (not correctly rounded)" : "correctly rounded"}`,
    `cache    ${p.cache.format}`,
    `rotate   ${rotate}${p.rotate.fma && p.rotate.fma !== "none" ? `, FMA (${p.rotate.fma} product)` : ""}`,
    `output   ${p.output.format}`,
  ];
}
