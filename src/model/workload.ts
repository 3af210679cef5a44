/**
 * A model's RoPE workload as read from its own files (a Hugging Face config.json or a GGUF header): every
 * value carries the key it came from, so a report can show where each number was read, derived or
 * defaulted by the runtime that loads the model.
 */
import { RopeAuditError } from "../errors.js";
import { FP64_ARITH, attentionFactor } from "../oracle/frequencies.js";
import { type Layout, type Scaling, resolveRopeSpec } from "../oracle/spec.js";

/** A value and the key (or rule) it came from, e.g. "config.json: rope_theta". */
export interface Sourced<T> {
  value: T;
  source: string;
}

/** The dtypes a model's RoPE runs in that the zoo emulates. */
export type ModelDtype = "bf16" | "fp16" | "fp32";

export interface ModelWorkload {
  /** The file read. */
  file: string;
  kind: "hf-config" | "gguf";
  architecture: Sourced<string>;
  /** The scaling's name as the file states it (HF rope_type, llama.cpp rope.scaling.type). */
  ropeType: Sourced<string>;
  headDim: Sourced<number>;
  rotaryDim: Sourced<number>;
  base: Sourced<number>;
  scaling: Sourced<Scaling>;
  /** The longest context the model is configured for: the positions audited run up to it. */
  contextLength: Sourced<number>;
  dtype: Sourced<ModelDtype>;
  layout: Sourced<Layout>;
  /** Where our Scaling type cannot say exactly what the runtime does, one sentence each. */
  notes: string[];
}

/** Bad model input: one line naming the file and the key at fault. The CLI exits 2 on it. */
export class ModelInputError extends RopeAuditError {
  override readonly name = "ModelInputError";
  constructor(file: string, what: string) {
    super(`${file}: ${what}`);
  }
}

/** The workload's RoPE through the same validation every kernel spec goes through. */
export function checkWorkload(w: ModelWorkload): ModelWorkload {
  try {
    resolveRopeSpec({ layout: w.layout.value, base: w.base.value, headDim: w.headDim.value, rotaryDim: w.rotaryDim.value, scaling: w.scaling.value }, "rope");
  } catch (e) {
    if (e instanceof RopeAuditError) throw new ModelInputError(w.file, `the derived RoPE is not usable: ${e.message}`);
    throw e;
  }
  return w;
}

/** One line per value: "base  500000  (config.json: rope_theta)". */
export function describeWorkload(w: ModelWorkload): string[] {
  const s = w.scaling.value;
  const scalingText = s.type === "none" ? "none" : JSON.stringify(s, (k, v: unknown) => (Array.isArray(v) && v.length > 6 ? `[${v.length} values: ${v.slice(0, 3).join(", ")}, …]` : v));
  const rows: [string, string, string][] = [
    ["architecture", w.architecture.value, w.architecture.source],
    ["rope type", w.ropeType.value, w.ropeType.source],
    ["head dim", String(w.headDim.value), w.headDim.source],
    ["rotary dim", String(w.rotaryDim.value), w.rotaryDim.source],
    ["base", String(w.base.value), w.base.source],
    ["scaling", scalingText, w.scaling.source],
    ...(s.type === "yarn" || s.type === "longrope" ? ([["attention factor", workloadAttentionFactor(w).toPrecision(6), `${s.attentionFactor !== undefined ? "stated" : `${w.kind === "gguf" ? "the" : "HF's"} ${s.type} formula`}; cos and sin are multiplied by it`]] as [string, string, string][]) : []),
    ["context length", String(w.contextLength.value), w.contextLength.source],
    ["dtype", w.dtype.value, w.dtype.source],
    ["pairing", w.layout.value === "neox" ? "neox (i, i + d/2)" : "gptj (2i, 2i + 1)", w.layout.source],
  ];
  return rows.map(([k, v, src]) => `${k.padEnd(15)} ${v}  (${src})`);
}

/** The factor cos and sin are multiplied by (YaRN, LongRoPE; 1 otherwise), in fp64. */
export function workloadAttentionFactor(w: ModelWorkload): number {
  const rope = resolveRopeSpec({ layout: w.layout.value, base: w.base.value, headDim: w.headDim.value, rotaryDim: w.rotaryDim.value, scaling: w.scaling.value });
  return attentionFactor(FP64_ARITH, rope);
}
