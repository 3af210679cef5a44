/**
 * A Hugging Face config.json → the model's RoPE workload, with HF's key names and HF's semantics.
 *
 * Semantics follow huggingface/transformers src/transformers/modeling_rope_utils.py at commit
 * ef46806472a64b0013ed413781e3afed82bfa047 (ROPE_INIT_FUNCTIONS: default, linear, dynamic, yarn, longrope,
 * llama3):
 *  - rotary dim = int(head_dim × partial_rotary_factor), head_dim = config.head_dim if set, else
 *    hidden_size // num_attention_heads;
 *  - rope type = rope_scaling["rope_type"], else the legacy rope_scaling["type"];
 *  - yarn: original_max_position_embeddings = rope_scaling's, else max_position_embeddings; beta_fast / beta_slow
 *    `or` 32 / 1; attention_factor, else mscale / mscale_all_dim, else 0.1·ln(factor) + 1; truncate default True;
 *  - longrope: the original length is the top-level original_max_position_embeddings (Phi-3), else
 *    max_position_embeddings; long_factor is used once the sequence outgrows the original length;
 *  - dynamic: the base grows only for sequences longer than max_position_embeddings;
 *  - llama3: factor, low_freq_factor, high_freq_factor, original_max_position_embeddings, all required.
 * Phi-3's legacy "su" (and "yarn") types are renamed to "longrope" by Phi3Config._rope_scaling_adjustment
 * (transformers src/transformers/models/phi3/configuration_phi3.py). transformers v5 configs carry the same
 * keys under rope_parameters (with rope_theta inside); both spellings are read.
 *
 * Nothing is defaulted silently: a missing key the RoPE depends on is an error naming it, except where HF's
 * modeling code itself fixes the value (GPT-J and CodeGen hard-code base 10000), which the source says.
 */
import { readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import type { Layout, Scaling } from "../oracle/spec.js";
import { type ModelDtype, ModelInputError, type ModelWorkload, type Sourced, checkWorkload } from "./workload.js";

/** The rope types HF's ROPE_INIT_FUNCTIONS names and rope-audit models. */
export const HF_ROPE_TYPES = ["default", "linear", "dynamic", "yarn", "longrope", "llama3"] as const;

/**
 * Architectures (model_type) whose HF modeling code rotates interleaved pairs (2i, 2i + 1), the GPT-J
 * pairing; every other architecture uses rotate_half (NeoX halves i, i + d/2).
 */
export const GPTJ_PAIRING: Readonly<Record<string, string>> = {
  gptj: "transformers models/gptj/modeling_gptj.py rotate_every_two",
  codegen: "transformers models/codegen/modeling_codegen.py rotate_every_two",
  cohere: "transformers models/cohere/modeling_cohere.py rotate_half takes x[..., ::2], x[..., 1::2]",
  cohere2: "transformers models/cohere2/modeling_cohere2.py rotate_half takes x[..., ::2], x[..., 1::2]",
  glm: "transformers models/glm/modeling_glm.py rotate_half takes x[..., 0::2], x[..., 1::2]",
  glm4: "transformers models/glm4/modeling_glm4.py rotate_half takes x[..., 0::2], x[..., 1::2]",
};

/** Architectures whose HF modeling code fixes the base instead of reading a config key. */
const FIXED_BASE: Readonly<Record<string, string>> = {
  gptj: "fixed at 10000 in transformers models/gptj/modeling_gptj.py create_sinusoidal_positions (GPTJConfig has no base key)",
  codegen: "fixed at 10000 in transformers models/codegen/modeling_codegen.py create_sinusoidal_positions (CodeGenConfig has no base key)",
};

/** A config larger than this is not a config. */
const MAX_CONFIG_BYTES = 64 * 1024 * 1024;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

export interface HfOptions {
  /** --dtype: replaces torch_dtype (and is required when the config has none). */
  dtype?: ModelDtype;
  /** --max-position: audit positions up to this instead of the configured context length. */
  contextLength?: number;
}

/** config.json, or DIR/config.json, parsed. */
export function loadHfConfig(path: string, options: HfOptions = {}): ModelWorkload {
  let file = path;
  try {
    if (statSync(path).isDirectory()) file = join(path, "config.json");
  } catch (e) {
    throw new ModelInputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? "unreadable"}); expected a config.json, a directory holding one, or a .gguf file`);
  }
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_CONFIG_BYTES) throw new ModelInputError(file, `${size} bytes is too large for a config.json (at most ${MAX_CONFIG_BYTES})`);
    text = readFileSync(file, "utf8");
  } catch (e) {
    if (e instanceof ModelInputError) throw e;
    throw new ModelInputError(file, `cannot read (${(e as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new ModelInputError(file, `not valid JSON (${(e as Error).message.split("\n")[0]})`);
  }
  return hfWorkload(json, file, options);
}

/** The workload a parsed config.json states. */
export function hfWorkload(json: unknown, file: string, options: HfOptions = {}): ModelWorkload {
  const name = basename(file);
  if (!isObj(json)) throw new ModelInputError(file, "expected a JSON object (a Hugging Face config.json)");
  // Multimodal configs (Llama 4, Gemma 3, Mistral 3) keep the language model's keys under text_config.
  const useText = isObj(json.text_config) && json.hidden_size === undefined && json.head_dim === undefined;
  const cfg: Obj = useText ? (json.text_config as Obj) : json;
  const prefix = useText ? "text_config." : "";
  const src = (key: string): string => `${name}: ${prefix}${key}`;
  const fail = (key: string, what: string): never => {
    throw new ModelInputError(file, `${prefix}${key}${what.startsWith(":") ? "" : " "}${what}`);
  };
  const present = (o: Obj, key: string): boolean => o[key] !== undefined && o[key] !== null;
  const number = (o: Obj, key: string, path = key): number | undefined => {
    if (!present(o, key)) return undefined;
    const v = o[key];
    if (typeof v !== "number" || !Number.isFinite(v)) fail(path, `: expected a number, got ${JSON.stringify(v)}`);
    return v as number;
  };
  const positive = (o: Obj, key: string, path = key): number | undefined => {
    const v = number(o, key, path);
    if (v !== undefined && !(v > 0)) fail(path, `: expected a number > 0, got ${v}`);
    return v;
  };
  const integer = (o: Obj, key: string, path = key): number | undefined => {
    const v = number(o, key, path);
    if (v !== undefined && (!Number.isSafeInteger(v) || v <= 0)) fail(path, `: expected an integer > 0, got ${v}`);
    return v;
  };
  /** The one value several spellings agree on; two spellings that disagree are an error. */
  const agree = <T>(candidates: [string, T | undefined][], what: string): [string, T] | undefined => {
    const found = candidates.filter((c): c is [string, T] => c[1] !== undefined);
    for (const [k, v] of found.slice(1))
      if (v !== found[0]![1]) throw new ModelInputError(file, `${prefix}${found[0]![0]} = ${JSON.stringify(found[0]![1])} and ${prefix}${k} = ${JSON.stringify(v)} contradict each other (${what}); keep one`);
    return found[0];
  };

  const modelType = typeof cfg.model_type === "string" ? cfg.model_type : typeof json.model_type === "string" ? json.model_type : undefined;
  const archs = Array.isArray(json.architectures) && typeof json.architectures[0] === "string" ? (json.architectures[0] as string) : undefined;
  if (modelType === undefined && archs === undefined) fail("model_type", "missing (and no architectures): cannot tell which modeling code runs this config");
  const architecture: Sourced<string> = archs
    ? { value: modelType ? `${archs} (model_type ${modelType})` : archs, source: `${name}: architectures[0]${modelType ? ", model_type" : ""}` }
    : { value: modelType!, source: src("model_type") };

  // ---- rope parameters: rope_scaling (≤ v4) or rope_parameters (v5)
  const rs = cfg.rope_scaling;
  const rpv5 = cfg.rope_parameters;
  if (rs !== undefined && rs !== null && !isObj(rs)) fail("rope_scaling", `: expected an object or null, got ${JSON.stringify(rs)}`);
  if (rpv5 !== undefined && rpv5 !== null && !isObj(rpv5)) fail("rope_parameters", `: expected an object, got ${JSON.stringify(rpv5)}`);
  const rpKey = isObj(rpv5) ? "rope_parameters" : "rope_scaling";
  const rp: Obj | null = isObj(rpv5) ? rpv5 : isObj(rs) ? rs : null;
  const rk = (k: string): string => `${rpKey}.${k}`;
  const typeOf = (o: Obj, k: string): string | undefined => {
    if (!present(o, k)) return undefined;
    if (typeof o[k] !== "string") fail(`${rpKey}.${k}`, `: expected a string, got ${JSON.stringify(o[k])}`);
    return o[k] as string;
  };
  if (isObj(rpv5) && isObj(rs)) {
    const a = typeOf(rpv5, "rope_type") ?? typeOf(rpv5, "type");
    const b = (rs.rope_type ?? rs.type) as string | undefined;
    if (a !== b) throw new ModelInputError(file, `${prefix}rope_parameters (${a}) and ${prefix}rope_scaling (${b}) name different rope types; keep one`);
  }
  let ropeType: Sourced<string>;
  if (rp === null) ropeType = { value: "default", source: `${name}: no ${prefix}rope_scaling (HF's "default")` };
  else {
    const t = agree<string>([[rk("rope_type"), typeOf(rp, "rope_type")], [rk("type"), typeOf(rp, "type")]], "the rope type");
    if (!t) throw new ModelInputError(file, `${prefix}${rpKey} has neither "rope_type" nor the legacy "type"; HF cannot load it either`);
    ropeType = { value: t[1], source: src(t[0]) };
    if ((modelType === "phi3" || modelType === "phimoe") && (t[1] === "su" || t[1] === "yarn")) {
      ropeType = { value: "longrope", source: `${src(t[0])} = "${t[1]}", renamed "longrope" by Phi3Config._rope_scaling_adjustment` };
    }
  }
  if (!(HF_ROPE_TYPES as readonly string[]).includes(ropeType.value))
    throw new ModelInputError(file, `${ropeType.source.slice(name.length + 2)} = "${ropeType.value}" is a rope type rope-audit does not model (it models ${HF_ROPE_TYPES.join(", ")})`);
  const notes: string[] = [];

  // ---- head dim and rotary dim
  let headDim: Sourced<number>;
  const qkRope = integer(cfg, "qk_rope_head_dim");
  const explicitHead = integer(cfg, "head_dim");
  if (qkRope !== undefined) {
    headDim = { value: qkRope, source: src("qk_rope_head_dim") };
    notes.push(`Multi-head latent attention: only the qk_rope_head_dim = ${qkRope} part of each query/key head is rotated; it is audited as a head of that size.`);
  } else if (explicitHead !== undefined) headDim = { value: explicitHead, source: src("head_dim") };
  else {
    const hidden = agree<number>([["hidden_size", integer(cfg, "hidden_size")], ["n_embd", integer(cfg, "n_embd")]], "the hidden size");
    const heads = agree<number>([["num_attention_heads", integer(cfg, "num_attention_heads")], ["n_head", integer(cfg, "n_head")]], "the head count");
    if (!hidden) fail("hidden_size", "missing (and no head_dim): the head dim cannot be derived");
    if (!heads) fail("num_attention_heads", "missing (and no head_dim): the head dim cannot be derived");
    const [hk, h] = hidden!;
    const [nk, n] = heads!;
    if (h % n !== 0) throw new ModelInputError(file, `${prefix}${hk} / ${prefix}${nk} = ${h} / ${n} is not an integer; state head_dim`);
    headDim = { value: h / n, source: `${src(hk)} / ${prefix}${nk} = ${h} / ${n}` };
  }
  const d = headDim.value;
  const prf = agree<number>(
    [
      ["partial_rotary_factor", positive(cfg, "partial_rotary_factor")],
      [rk("partial_rotary_factor"), rp ? positive(rp, "partial_rotary_factor", rk("partial_rotary_factor")) : undefined],
      ["rotary_pct", positive(cfg, "rotary_pct")],
    ],
    "the rotated fraction of the head",
  );
  const rotDimKey = integer(cfg, "rotary_dim");
  let rotaryDim: Sourced<number>;
  if (prf) {
    if (prf[1] > 1) fail(prf[0], `: expected a fraction in (0, 1], got ${prf[1]}`);
    // HF: dim = int(head_dim * partial_rotary_factor).
    const r = Math.trunc(d * prf[1]);
    rotaryDim = { value: r, source: `int(head dim × ${src(prf[0])}) = int(${d} × ${prf[1]})` };
    if (rotDimKey !== undefined && rotDimKey !== r)
      throw new ModelInputError(file, `${prefix}rotary_dim = ${rotDimKey} and int(${d} × ${prefix}${prf[0]} ${prf[1]}) = ${r} contradict each other (the rotary dim); keep one`);
  } else if (rotDimKey !== undefined) rotaryDim = { value: rotDimKey, source: src("rotary_dim") };
  else rotaryDim = { value: d, source: "= head dim (no partial_rotary_factor, rotary_pct or rotary_dim)" };
  if (rotaryDim.value % 2 !== 0 || rotaryDim.value < 2 || rotaryDim.value > d)
    throw new ModelInputError(file, `rotary dim ${rotaryDim.value} (${rotaryDim.source}) must be even and in [2, head dim ${d}]`);

  // ---- base
  const theta = agree<number>(
    [
      ["rope_theta", positive(cfg, "rope_theta")],
      [rk("rope_theta"), rp ? positive(rp, "rope_theta", rk("rope_theta")) : undefined],
      ["rotary_emb_base", positive(cfg, "rotary_emb_base")],
    ],
    "the RoPE base",
  );
  let base: Sourced<number>;
  if (theta) base = { value: theta[1], source: src(theta[0]) };
  else if (modelType && FIXED_BASE[modelType]) base = { value: 10000, source: FIXED_BASE[modelType]! };
  else throw new ModelInputError(file, `${prefix}rope_theta missing: the RoPE base is not stated (HF would take the config class's default); add "rope_theta"`);
  if (!(base.value > 1)) fail(theta?.[0] ?? "rope_theta", `: expected a number > 1, got ${base.value}`);

  // ---- positions
  const mpeFound = agree<number>(
    [
      ["max_position_embeddings", integer(cfg, "max_position_embeddings")],
      ["n_positions", integer(cfg, "n_positions")],
      ["seq_length", integer(cfg, "seq_length")],
    ],
    "the context length",
  );
  if (!mpeFound) fail("max_position_embeddings", "missing: the context length is not stated");
  const [mpeKey, mpe] = mpeFound!;

  // ---- scaling
  let scaling: Sourced<Scaling>;
  let contextLength: Sourced<number> = { value: mpe, source: src(mpeKey) };
  const need = (key: string, v: number | undefined): number => {
    if (v === undefined) throw new ModelInputError(file, `${prefix}${rk(key)} missing: rope type "${ropeType.value}" requires it`);
    return v;
  };
  const known: Record<string, string[]> = {
    default: [],
    linear: ["factor"],
    dynamic: ["factor", "original_max_position_embeddings"],
    yarn: ["factor", "original_max_position_embeddings", "beta_fast", "beta_slow", "mscale", "mscale_all_dim", "attention_factor", "truncate"],
    longrope: ["short_factor", "long_factor", "factor", "attention_factor", "original_max_position_embeddings"],
    llama3: ["factor", "low_freq_factor", "high_freq_factor", "original_max_position_embeddings"],
  };
  if (rp) {
    const ignored = Object.keys(rp).filter((k) => !["rope_type", "type", "rope_theta", "partial_rotary_factor", ...known[ropeType.value]!].includes(k));
    if (ignored.length > 0) notes.push(`Ignored ${ignored.map((k) => `${prefix}${rk(k)}`).join(", ")}: HF's "${ropeType.value}" does not read ${ignored.length === 1 ? "it" : "them"} either.`);
  }
  const r: Obj = rp ?? {};
  switch (ropeType.value) {
    case "default":
      scaling = { value: { type: "none" }, source: ropeType.source };
      break;
    case "linear": {
      const factor = need("factor", positive(r, "factor", rk("factor")));
      scaling = { value: { type: "linear", factor }, source: src(rk("factor")) };
      break;
    }
    case "dynamic": {
      const factor = need("factor", positive(r, "factor", rk("factor")));
      if (integer(r, "original_max_position_embeddings", rk("original_max_position_embeddings")) !== undefined)
        notes.push(`${prefix}${rk("original_max_position_embeddings")} is not read by HF's "dynamic" (it scales from max_position_embeddings = ${mpe}).`);
      const seqLen = options.contextLength ?? mpe;
      scaling = { value: { type: "dynamic-ntk", factor, originalMaxPositions: mpe, seqLen }, source: `${src(rk("factor"))}; original length ${src(mpeKey)}; sequence length = the audited context` };
      notes.push(
        seqLen > mpe
          ? `Dynamic NTK: HF recomputes the base for each sequence longer than ${mpe}; this audit uses the base for a sequence of ${seqLen} at every position.`
          : `Dynamic NTK: HF changes the base only for sequences longer than max_position_embeddings = ${mpe}; up to the audited context (${seqLen}) the frequencies are the default ones.`,
      );
      break;
    }
    case "yarn": {
      const factor = need("factor", positive(r, "factor", rk("factor")));
      const orig = integer(r, "original_max_position_embeddings", rk("original_max_position_embeddings"));
      const y: Extract<Scaling, { type: "yarn" }> = { type: "yarn", factor, originalMaxPositions: orig ?? mpe };
      // HF: rope_scaling.get("beta_fast") or 32 — a falsy value falls back to the default.
      const bf = number(r, "beta_fast", rk("beta_fast"));
      const bs = number(r, "beta_slow", rk("beta_slow"));
      if (bf) y.betaFast = bf;
      if (bs) y.betaSlow = bs;
      const ms = number(r, "mscale", rk("mscale"));
      const msa = number(r, "mscale_all_dim", rk("mscale_all_dim"));
      if (ms && msa) {
        y.mscale = ms;
        y.mscaleAllDim = msa;
      }
      const af = positive(r, "attention_factor", rk("attention_factor"));
      if (af !== undefined) y.attentionFactor = af;
      if (present(r, "truncate")) {
        if (typeof r.truncate !== "boolean") fail(rk("truncate"), `: expected true or false, got ${JSON.stringify(r.truncate)}`);
        y.truncate = r.truncate as boolean;
      }
      const keys = ["factor", ...(orig !== undefined ? ["original_max_position_embeddings"] : []), ...["beta_fast", "beta_slow", "mscale", "mscale_all_dim", "attention_factor", "truncate"].filter((k) => present(r, k))];
      scaling = { value: y, source: `${keys.map((k) => src(rk(k))).join(", ")}${orig === undefined ? `; original length ${src(mpeKey)} (HF's fallback)` : ""}` };
      const extended = Math.round(factor * y.originalMaxPositions);
      if (extended > mpe) {
        contextLength = { value: extended, source: `${src(rk("factor"))} × ${orig !== undefined ? src(rk("original_max_position_embeddings")) : src(mpeKey)} = ${factor} × ${y.originalMaxPositions} (YaRN's extended context; ${prefix}${mpeKey} = ${mpe})` };
      }
      break;
    }
    case "longrope": {
      const half = rotaryDim.value / 2;
      const factors = (key: string): number[] => {
        const v = r[key];
        if (v === undefined || v === null) throw new ModelInputError(file, `${prefix}${rk(key)} missing: rope type "longrope" requires it`);
        if (!Array.isArray(v) || v.length !== half || v.some((x) => typeof x !== "number" || !(x > 0) || !Number.isFinite(x)))
          throw new ModelInputError(file, `${prefix}${rk(key)}: expected ${half} numbers > 0 (rotary dim ${rotaryDim.value} / 2), got ${Array.isArray(v) ? `an array of ${v.length}` : JSON.stringify(v)}`);
        return v as number[];
      };
      const shortFactor = factors("short_factor");
      const longFactor = factors("long_factor");
      const topOrig = integer(cfg, "original_max_position_embeddings");
      const scaledOrig = integer(r, "original_max_position_embeddings", rk("original_max_position_embeddings"));
      if (topOrig !== undefined && scaledOrig !== undefined && topOrig !== scaledOrig)
        throw new ModelInputError(file, `${prefix}original_max_position_embeddings = ${topOrig} and ${prefix}${rk("original_max_position_embeddings")} = ${scaledOrig} contradict each other; keep one`);
      const orig = topOrig ?? scaledOrig;
      const origSrc = topOrig !== undefined ? src("original_max_position_embeddings") : scaledOrig !== undefined ? src(rk("original_max_position_embeddings")) : `${src(mpeKey)} (no original_max_position_embeddings)`;
      const seqLen = options.contextLength ?? mpe;
      const l: Extract<Scaling, { type: "longrope" }> = { type: "longrope", shortFactor, longFactor, originalMaxPositions: orig ?? mpe, maxPositions: mpe, seqLen };
      const af = positive(r, "attention_factor", rk("attention_factor"));
      let afSrc = "";
      if (af !== undefined) {
        l.attentionFactor = af;
        afSrc = `, ${src(rk("attention_factor"))}`;
      } else if (orig === undefined) {
        // Without an original length HF takes rope_scaling.factor for the attention factor:
        // sqrt(1 + ln(factor) / ln(max_position_embeddings)), 1 when factor ≤ 1.
        const factor = need("factor", positive(r, "factor", rk("factor")));
        l.attentionFactor = factor <= 1 ? 1 : Math.sqrt(1 + Math.log(factor) / Math.log(mpe));
        afSrc = `, attention factor from ${src(rk("factor"))} (computed in fp64)`;
      }
      scaling = { value: l, source: `${src(rk("short_factor"))}, ${src(rk("long_factor"))}; original length ${origSrc}${afSrc}` };
      const used = seqLen > l.originalMaxPositions ? "long_factor" : "short_factor";
      notes.push(
        `LongRoPE: HF picks short_factor for sequences up to ${l.originalMaxPositions} tokens and long_factor beyond; this audit runs every position with ${used} (a sequence of ${seqLen} tokens).`,
      );
      break;
    }
    case "llama3": {
      const factor = need("factor", positive(r, "factor", rk("factor")));
      const lowFreqFactor = need("low_freq_factor", positive(r, "low_freq_factor", rk("low_freq_factor")));
      const highFreqFactor = need("high_freq_factor", positive(r, "high_freq_factor", rk("high_freq_factor")));
      const originalMaxPositions = need("original_max_position_embeddings", integer(r, "original_max_position_embeddings", rk("original_max_position_embeddings")));
      if (!(highFreqFactor > lowFreqFactor)) throw new ModelInputError(file, `${prefix}${rk("high_freq_factor")} = ${highFreqFactor} must exceed ${rk("low_freq_factor")} = ${lowFreqFactor}`);
      scaling = {
        value: { type: "llama3", factor, lowFreqFactor, highFreqFactor, originalMaxPositions },
        source: ["factor", "low_freq_factor", "high_freq_factor", "original_max_position_embeddings"].map((k) => src(rk(k))).join(", "),
      };
      break;
    }
    default:
      throw new Error("unreachable");
  }
  if (options.contextLength !== undefined) contextLength = { value: options.contextLength, source: `--max-position (the config states ${contextLength.value}: ${contextLength.source})` };

  // ---- dtype
  let dtype: Sourced<ModelDtype>;
  if (options.dtype) dtype = { value: options.dtype, source: "--dtype" };
  else {
    const str = (k: string): string | undefined => (present(cfg, k) ? String(cfg[k]) : present(json, k) ? String(json[k]) : undefined);
    const t = agree<string>([["torch_dtype", str("torch_dtype")], ["dtype", str("dtype")]], "the dtype");
    if (!t) throw new ModelInputError(file, `${prefix}torch_dtype missing: the model's dtype is not stated; pass --dtype bf16|fp16|fp32`);
    const map: Record<string, ModelDtype> = { bfloat16: "bf16", float16: "fp16", half: "fp16", float32: "fp32", float: "fp32" };
    const v = map[t![1].replace(/^torch\./, "")];
    if (!v) throw new ModelInputError(file, `${prefix}${t![0]} = ${JSON.stringify(t![1])}: expected bfloat16, float16 or float32; pass --dtype bf16|fp16|fp32`);
    dtype = { value: v, source: src(t![0]) };
  }

  // ---- pairing
  let layout: Sourced<Layout>;
  if (modelType && GPTJ_PAIRING[modelType]) layout = { value: "gptj", source: `model_type ${modelType}: ${GPTJ_PAIRING[modelType]}` };
  else if (modelType === "deepseek_v2" || modelType === "deepseek_v3") {
    // DeepSeek's checkpoints keep the rotary part interleaved; HF's DeepseekV3 de-interleaves it
    // (apply_rotary_pos_emb_interleave) when rope_interleave is true, its default.
    const inter = cfg.rope_interleave !== false;
    layout = inter ? { value: "gptj", source: `model_type ${modelType}: interleaved rotary dims (rope_interleave ${cfg.rope_interleave === undefined ? "absent, default true" : "true"})` } : { value: "neox", source: src("rope_interleave") };
  } else layout = { value: "neox", source: `model_type ${modelType ?? archs}: HF rotate_half (NeoX halves)` };

  return checkWorkload({ file, kind: "hf-config", architecture, ropeType, headDim, rotaryDim, base, scaling, contextLength, dtype, layout, notes });
}
