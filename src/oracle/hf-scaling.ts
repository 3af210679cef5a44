/**
 * Scaling JSON in HF transformers' own vocabulary (a model's `rope_scaling`, plus the config fields the
 * variant reads) ↔ our Scaling. Users paste HF configs: every key HF's rope init functions read is
 * accepted under HF's name, our camelCase names are accepted too, and an error names the key the user
 * wrote. Key meanings (huggingface/transformers src/transformers/modeling_rope_utils.py, commit
 * ef46806472a64b0013ed413781e3afed82bfa047):
 *  - dynamic: `max_position_embeddings` is the trained length L (config.max_position_embeddings in
 *    _compute_dynamic_ntk_parameters); `seq_len` is the running sequence length (max position + 1).
 *  - longrope: `short_factor`, `long_factor`, `original_max_position_embeddings` (the pretrained length),
 *    `max_position_embeddings` (the extended one: factor = max / original for the attention factor).
 *  - yarn: `original_max_position_embeddings` (newer HF) or `max_position_embeddings` (older HF) is L.
 */
import { InvalidArgumentError } from "../errors.js";
import { type Scaling, resolveScaling } from "./spec.js";

/** HF key → our field, per scaling type (the type itself is `type` or `rope_type`). */
const HF_KEYS: Record<Scaling["type"], Record<string, string>> = {
  none: {},
  linear: { factor: "factor" },
  ntk: { factor: "factor" },
  "dynamic-ntk": { factor: "factor", max_position_embeddings: "originalMaxPositions", original_max_position_embeddings: "originalMaxPositions", seq_len: "seqLen" },
  yarn: {
    factor: "factor",
    original_max_position_embeddings: "originalMaxPositions",
    max_position_embeddings: "originalMaxPositions",
    beta_fast: "betaFast",
    beta_slow: "betaSlow",
    mscale: "mscale",
    mscale_all_dim: "mscaleAllDim",
    attention_factor: "attentionFactor",
    truncate: "truncate",
  },
  llama3: { factor: "factor", low_freq_factor: "lowFreqFactor", high_freq_factor: "highFreqFactor", original_max_position_embeddings: "originalMaxPositions" },
  longrope: {
    short_factor: "shortFactor",
    long_factor: "longFactor",
    original_max_position_embeddings: "originalMaxPositions",
    max_position_embeddings: "maxPositions",
    seq_len: "seqLen",
    attention_factor: "attentionFactor",
  },
};
/** Keys HF configs carry that these formulas do not read (longrope's `factor` is max/original when both are given). */
const IGNORED: Partial<Record<Scaling["type"], readonly string[]>> = { longrope: ["factor"] };

/** The HF key written for each of our fields on export (the first HF key mapping to it). */
function exportName(type: Scaling["type"], field: string): string {
  return Object.entries(HF_KEYS[type]).find(([, ours]) => ours === field)?.[0] ?? field;
}

const TYPE_NAMES: Record<string, Scaling["type"]> = {
  none: "none",
  default: "none",
  linear: "linear",
  ntk: "ntk",
  dynamic: "dynamic-ntk",
  "dynamic-ntk": "dynamic-ntk",
  yarn: "yarn",
  llama3: "llama3",
  longrope: "longrope",
};

/**
 * Parses scaling JSON (HF's keys or ours) and validates it for `rotaryDim`; errors are InvalidArgumentError
 * whose argument is `${arg}.${the key the user wrote}`.
 */
export function scalingFromHf(json: unknown, rotaryDim: number, arg: string): Scaling {
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new InvalidArgumentError(arg, `a JSON object such as {"rope_type":"yarn","factor":4,"original_max_position_embeddings":4096}`, json);
  const h = json as Record<string, unknown>;
  const typeKey = "rope_type" in h ? "rope_type" : "type";
  const type = TYPE_NAMES[String(h[typeKey])];
  if (typeof h[typeKey] !== "string" || !type) throw new InvalidArgumentError(`${arg}.${typeKey}`, `one of ${Object.keys(TYPE_NAMES).map((t) => `"${t}"`).join(", ")}`, h[typeKey]);
  const keys = HF_KEYS[type];
  const ourFields = new Set(Object.values(keys));
  const out: Record<string, unknown> = { type };
  const origin = new Map<string, string>();
  for (const [k, v] of Object.entries(h)) {
    if (k === "type" || k === "rope_type" || IGNORED[type]?.includes(k)) continue;
    const field = keys[k] ?? (ourFields.has(k) ? k : undefined);
    if (field === undefined) {
      const accepted = [...Object.keys(keys), ...(IGNORED[type] ?? [])];
      throw new InvalidArgumentError(`${arg}.${k}`, accepted.length ? `a key ${type} reads: ${accepted.join(", ")}` : `no further keys for "${h[typeKey]}"`, k);
    }
    const previous = origin.get(field);
    if (previous !== undefined) {
      // Two spellings of one field: the first-listed HF key is the one HF reads; refuse a contradiction.
      if (out[field] !== v) throw new InvalidArgumentError(`${arg}.${k}`, `the same value as ${previous} (both give ${field})`, v);
      continue;
    }
    out[field] = v;
    origin.set(field, k);
  }
  try {
    return resolveScaling(out as unknown as Scaling, rotaryDim, arg);
  } catch (e) {
    if (!(e instanceof InvalidArgumentError)) throw e;
    const m = /^(.*?)\.([A-Za-z]+)(.*)$/.exec(e.argument.slice(arg.length));
    if (!e.argument.startsWith(arg) || !m) throw e;
    const field = m[2]!;
    const userKey = origin.get(field) ?? exportName(type, field);
    throw new InvalidArgumentError(`${arg}.${userKey}${m[3]}`, e.accepted, e.received);
  }
}

/** Our Scaling as HF's rope_scaling keys (plus `seq_len` where the formula depends on the running length). */
export function scalingToHf(s: Scaling | undefined): Record<string, unknown> {
  if (!s || s.type === "none") return { type: "none" };
  const { type, ...rest } = s as { type: Scaling["type"] } & Record<string, unknown>;
  const out: Record<string, unknown> = { type: type === "dynamic-ntk" ? "dynamic" : type };
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) out[exportName(type, k)] = v;
  return out;
}
