/**
 * A GGUF file's metadata → the model's RoPE workload, with llama.cpp's semantics:
 *  - keys: {arch}.rope.freq_base, {arch}.rope.dimension_count, {arch}.rope.scaling.type / .factor /
 *    .original_context_length / .attn_factor, {arch}.context_length, {arch}.embedding_length,
 *    {arch}.attention.head_count, {arch}.attention.key_length (gguf-py/gguf/constants.py Keys);
 *  - defaults llama.cpp applies when a key is absent (src/llama-model.cpp load_hparams): freq_base 10000,
 *    scaling type "linear" with factor 0 (= no scaling), original_context_length = context_length,
 *    dimension_count and key_length = embedding_length / head_count; each is shown as such;
 *  - pairing from llama_model_rope_type (src/llama-model.cpp): LLAMA_ROPE_TYPE_NORM rotates adjacent pairs
 *    (2i, 2i + 1, our "gptj"), LLAMA_ROPE_TYPE_NEOX pairs (i, i + n_rot/2);
 *  - per-frequency factors live in small F32 tensors, not in metadata: rope_freqs.weight (Llama 3.x, the
 *    converter's precomputed llama3 factors) and rope_factors_long/short.weight (Phi-3 LongRoPE); ggml
 *    divides each θᵢ by its factor (ggml rope_f32: theta_base / freq_factor).
 */
import type { Layout, Scaling } from "../oracle/spec.js";
import { type GgufHeader, type GgufValue, readGgufHeader, readSmallF32Tensor } from "./gguf.js";
import { type ModelDtype, ModelInputError, type ModelWorkload, type Sourced, checkWorkload } from "./workload.js";

/**
 * llama.cpp's rope type per architecture name (general.architecture), from llama_model_rope_type in
 * ggml-org/llama.cpp src/llama-model.cpp (mirrored in gguf-py's ARCH_ROPE_TYPE table).
 */
export const LLAMA_CPP_NORM = [
  "llama", "llada", "llama4", "deci", "baichuan", "starcoder", "internlm2", "minicpm", "xverse", "command-r", "cohere2",
  "olmo", "arctic", "deepseek", "deepseek2", "plm", "chatglm", "glm4", "granite", "granitemoe", "granitehybrid", "chameleon",
  "bailingmoe", "neo-bert", "smollm3", "arcee", "ernie4_5", "ernie4_5-moe", "mistral3",
];
export const LLAMA_CPP_NEOX = [
  "falcon", "falcon-h1", "grok", "dbrx", "bert", "jina-bert-v3", "nomic-bert", "nomic-bert-moe", "stablelm", "bitnet",
  "qwen", "qwen2", "dream", "qwen2moe", "qwen3", "qwen3moe", "olmo2", "olmoe", "phi2", "phi3", "phimoe", "plamo", "plamo2",
  "gemma", "gemma2", "gemma3", "gemma3n", "gemma-embedding", "starcoder2", "openelm", "gptneox", "codeshell", "orion",
  "nemotron", "exaone", "exaone4", "minicpm3", "dots1", "hunyuan-moe", "gpt-oss", "hunyuan-dense", "lfm2", "smallthinker",
  "glm4moe", "seed_oss",
];
const NO_ROPE = ["gpt2", "gptj", "mpt", "refact", "bloom", "mamba", "mamba2", "jamba", "jina-bert-v2", "t5", "t5encoder", "jais", "rwkv6", "rwkv6qwen2", "rwkv7", "arwkv7", "wavtokenizer-dec", "nemotron_h"];
const MROPE = ["qwen2vl", "qwen25vl", "qwen3vl", "qwen3vlmoe"];

export interface GgufOptions {
  dtype?: ModelDtype;
  contextLength?: number;
}

export function loadGgufWorkload(file: string, options: GgufOptions = {}): ModelWorkload {
  return ggufWorkload(readGgufHeader(file), file, options);
}

export function ggufWorkload(h: GgufHeader, file: string, options: GgufOptions = {}): ModelWorkload {
  const src = (key: string): string => `GGUF ${key}`;
  const get = (key: string): GgufValue | undefined => h.metadata.get(key)?.value;
  const str = (key: string): string | undefined => {
    const v = get(key);
    if (v === undefined) return undefined;
    if (typeof v !== "string") throw new ModelInputError(file, `${key}: expected a string, got ${h.metadata.get(key)!.type}`);
    return v;
  };
  const num = (key: string): number | undefined => {
    const v = get(key);
    if (v === undefined) return undefined;
    if (typeof v === "number" && Number.isFinite(v)) return v;
    if (typeof v === "bigint" && v <= BigInt(Number.MAX_SAFE_INTEGER) && v >= 0n) return Number(v);
    if (typeof v === "object" && v.values !== null && v.values.length > 0 && v.values.every((x) => x === v.values![0]) && typeof v.values[0] === "number") return v.values[0] as number;
    throw new ModelInputError(file, `${key}: expected a finite number${typeof v === "object" ? " (or an array of one repeated number)" : ""}, got ${typeof v === "number" ? v : h.metadata.get(key)!.type}`);
  };
  const posInt = (key: string): number | undefined => {
    const v = num(key);
    if (v !== undefined && (!Number.isSafeInteger(v) || v <= 0)) throw new ModelInputError(file, `${key}: expected an integer > 0, got ${v}`);
    return v;
  };
  const required = (key: string, v: number | undefined, why: string): number => {
    if (v === undefined) throw new ModelInputError(file, `${key} missing: ${why}`);
    return v;
  };

  const arch = str("general.architecture");
  if (arch === undefined) throw new ModelInputError(file, "general.architecture missing: the metadata names no architecture");
  const architecture: Sourced<string> = { value: arch, source: src("general.architecture") };
  let layout: Sourced<Layout>;
  if (LLAMA_CPP_NORM.includes(arch)) layout = { value: "gptj", source: `llama.cpp llama_model_rope_type(${arch}) = NORM: adjacent pairs (2i, 2i + 1)` };
  else if (LLAMA_CPP_NEOX.includes(arch)) layout = { value: "neox", source: `llama.cpp llama_model_rope_type(${arch}) = NEOX: pairs (i, i + n_rot/2)` };
  else if (NO_ROPE.includes(arch)) throw new ModelInputError(file, `general.architecture = "${arch}": llama.cpp runs this architecture without RoPE (llama_model_rope_type NONE)`);
  else if (MROPE.includes(arch)) throw new ModelInputError(file, `general.architecture = "${arch}": llama.cpp runs it with multi-axis M-RoPE, which rope-audit does not model`);
  else throw new ModelInputError(file, `general.architecture = "${arch}": its llama.cpp rope type (NORM or NEOX) is not known to rope-audit`);

  const k = (s: string): string => `${arch}.${s}`;
  const embd = posInt(k("embedding_length"));
  const heads = posInt(k("attention.head_count"));
  const keyLength = posInt(k("attention.key_length"));
  let headDim: Sourced<number>;
  if (keyLength !== undefined) headDim = { value: keyLength, source: src(k("attention.key_length")) };
  else {
    required(k("embedding_length"), embd, "the head dim cannot be derived (no attention.key_length)");
    required(k("attention.head_count"), heads, "the head dim cannot be derived (no attention.key_length)");
    if (embd! % heads! !== 0) throw new ModelInputError(file, `${k("embedding_length")} / ${k("attention.head_count")} = ${embd} / ${heads} is not an integer`);
    headDim = { value: embd! / heads!, source: `${src(k("embedding_length"))} / ${k("attention.head_count")} = ${embd} / ${heads}` };
  }
  const nRot = posInt(k("rope.dimension_count"));
  const rotaryDim: Sourced<number> = nRot !== undefined ? { value: nRot, source: src(k("rope.dimension_count")) } : { value: headDim.value, source: `absent: llama.cpp's default n_rot = head dim (${k("rope.dimension_count")})` };
  if (rotaryDim.value % 2 !== 0 || rotaryDim.value > headDim.value) throw new ModelInputError(file, `${k("rope.dimension_count")} = ${rotaryDim.value} must be even and ≤ the head dim ${headDim.value}`);
  const fb = num(k("rope.freq_base"));
  const base: Sourced<number> = fb !== undefined ? { value: fb, source: src(k("rope.freq_base")) } : { value: 10000, source: `absent: llama.cpp's default 10000 (${k("rope.freq_base")})` };
  if (!(base.value > 1)) throw new ModelInputError(file, `${k("rope.freq_base")} = ${base.value}: expected a number > 1`);
  const ctx = required(k("context_length"), posInt(k("context_length")), "the training context length is not stated (llama.cpp requires it too)");
  let contextLength: Sourced<number> = { value: ctx, source: src(k("context_length")) };
  if (options.contextLength !== undefined) contextLength = { value: options.contextLength, source: `--max-position (the file states ${ctx}: ${src(k("context_length"))})` };

  const notes: string[] = [];
  const stype = str(k("rope.scaling.type"));
  const factorKey = h.metadata.has(k("rope.scaling.factor")) ? k("rope.scaling.factor") : k("rope.scale_linear");
  const factor = num(factorKey);
  const orig = posInt(k("rope.scaling.original_context_length"));
  const attn = num(k("rope.scaling.attn_factor"));
  const ropeType: Sourced<string> = stype !== undefined ? { value: stype, source: src(k("rope.scaling.type")) } : { value: "linear", source: `absent: llama.cpp's default "linear" (${k("rope.scaling.type")})` };
  const freqs = readSmallF32Tensor(file, h, "rope_freqs.weight");
  const half = rotaryDim.value / 2;
  const factorsOf = (name: string, t: Float32Array | null): number[] => {
    if (!t) throw new ModelInputError(file, `tensor ${name} missing: rope.scaling.type "longrope" keeps its factors there`);
    if (t.length !== half || t.some((x) => !(x > 0) || !Number.isFinite(x))) throw new ModelInputError(file, `tensor ${name}: expected ${half} factors > 0 (n_rot / 2), got ${t.length} values`);
    return Array.from(t);
  };
  let scaling: Sourced<Scaling>;
  switch (ropeType.value) {
    case "none":
    case "linear": {
      // llama.cpp: freq_scale = 1 / factor, with factor 0 (absent) meaning 1.
      const f = factor === undefined || factor === 0 ? 1 : factor;
      if (!(f > 0)) throw new ModelInputError(file, `${factorKey} = ${factor}: expected a number > 0`);
      if (ropeType.value === "linear" && f !== 1) {
        if (freqs) throw new ModelInputError(file, `rope_freqs.weight together with linear scaling ${f}: rope-audit's scaling cannot express both at once`);
        scaling = { value: { type: "linear", factor: f }, source: src(factorKey) };
      } else if (freqs) {
        // Per-frequency divisors with nothing else: θᵢ / fᵢ, which our longrope form with both factor
        // lists equal and attention factor 1 expresses exactly.
        const fs = factorsOf("rope_freqs.weight", freqs);
        scaling = { value: { type: "longrope", shortFactor: fs, longFactor: fs, originalMaxPositions: ctx, maxPositions: ctx, seqLen: ctx, attentionFactor: 1 }, source: "GGUF tensor rope_freqs.weight (ggml freq_factors)" };
        notes.push(`Per-frequency factors from the tensor rope_freqs.weight (${fs.length} values; llama.cpp's converter stores Llama 3 scaling this way) divide each θᵢ; expressed as "longrope" with equal short and long factors and attention factor 1.`);
      } else scaling = { value: { type: "none" }, source: factor === undefined ? `${ropeType.source}; no ${factorKey}` : `${src(factorKey)} = ${factor}` };
      break;
    }
    case "yarn": {
      const f = required(factorKey, factor, 'rope.scaling.type "yarn" needs its factor');
      if (!(f > 0)) throw new ModelInputError(file, `${factorKey} = ${f}: expected a number > 0`);
      if (freqs) throw new ModelInputError(file, "rope_freqs.weight together with YaRN scaling: rope-audit's scaling cannot express both at once");
      const y: Extract<Scaling, { type: "yarn" }> = { type: "yarn", factor: f, originalMaxPositions: orig ?? ctx };
      const bf = num(k("rope.scaling.yarn_beta_fast"));
      const bs = num(k("rope.scaling.yarn_beta_slow"));
      if (bf !== undefined && bf > 0) y.betaFast = bf;
      if (bs !== undefined && bs > 0) y.betaSlow = bs;
      scaling = { value: y, source: `${src(factorKey)}, ${orig !== undefined ? src(k("rope.scaling.original_context_length")) : `original length ${src(k("context_length"))} (llama.cpp's fallback)`}` };
      if (attn !== undefined) notes.push(`${k("rope.scaling.attn_factor")} = ${attn} is read but not modelled: llama.cpp multiplies it into YaRN's magnitude scale.`);
      break;
    }
    case "longrope": {
      const longF = factorsOf("rope_factors_long.weight", readSmallF32Tensor(file, h, "rope_factors_long.weight"));
      const shortF = factorsOf("rope_factors_short.weight", readSmallF32Tensor(file, h, "rope_factors_short.weight"));
      const o = orig ?? ctx;
      const seqLen = contextLength.value;
      const l: Extract<Scaling, { type: "longrope" }> = { type: "longrope", shortFactor: shortF, longFactor: longF, originalMaxPositions: o, maxPositions: ctx, seqLen };
      if (attn !== undefined && attn > 0) l.attentionFactor = attn;
      scaling = { value: l, source: `GGUF tensors rope_factors_long.weight, rope_factors_short.weight; original length ${orig !== undefined ? src(k("rope.scaling.original_context_length")) : src(k("context_length"))}${attn !== undefined ? `, ${src(k("rope.scaling.attn_factor"))}` : ""}` };
      notes.push(`LongRoPE: llama.cpp uses rope_factors_short while the context per sequence is ≤ ${o} and rope_factors_long beyond; this audit runs every position with ${seqLen > o ? "the long" : "the short"} factors.`);
      break;
    }
    default:
      throw new ModelInputError(file, `${k("rope.scaling.type")} = "${ropeType.value}": expected none, linear, yarn or longrope (llama.cpp's LLAMA_ROPE_SCALING_TYPES)`);
  }
  // llama.cpp rotates Q and K in fp32 and stores K in the KV cache, f16 unless --cache-type-k says otherwise.
  const dtype: Sourced<ModelDtype> = options.dtype ? { value: options.dtype, source: "--dtype" } : { value: "fp16", source: "llama.cpp's default K cache type f16 (--cache-type-k); Q and K rotate in fp32" };
  return checkWorkload({ file, kind: "gguf", architecture, ropeType, headDim, rotaryDim, base, scaling, contextLength, dtype, layout, notes });
}
