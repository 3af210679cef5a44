/** Hugging Face config.json → workload, field by field, for published configs; bad configs name their key. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { hfWorkload, loadHfConfig } from "../../src/model/hf-config.js";
import { ModelInputError, type ModelWorkload, describeWorkload } from "../../src/model/workload.js";
import { GPTJ_6B, LINEAR_2023, LLAMA_31_8B, MISTRAL_7B_V01, PHI3_128K, PHI3_LONG, PHI3_SHORT, QWEN25_7B_YARN } from "./configs.js";

const F = "config.json";
const plain = (w: ModelWorkload) => ({
  headDim: w.headDim.value,
  rotaryDim: w.rotaryDim.value,
  base: w.base.value,
  scaling: w.scaling.value,
  contextLength: w.contextLength.value,
  dtype: w.dtype.value,
  layout: w.layout.value,
  ropeType: w.ropeType.value,
});

function refused(json: unknown, options = {}): string {
  try {
    hfWorkload(json, F, options);
  } catch (e) {
    expect(e).toBeInstanceOf(ModelInputError);
    const m = (e as Error).message;
    expect(m).not.toContain("\n");
    return m;
  }
  throw new Error("expected the config to be refused");
}

describe("published configs", () => {
  test("Llama 3.1 8B: llama3 scaling, head 4096/32, 131072 positions, bf16, NeoX halves", () => {
    const w = hfWorkload(LLAMA_31_8B, F);
    expect(plain(w)).toEqual({
      headDim: 128,
      rotaryDim: 128,
      base: 500000,
      scaling: { type: "llama3", factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192 },
      contextLength: 131072,
      dtype: "bf16",
      layout: "neox",
      ropeType: "llama3",
    });
    expect(w.base.source).toBe("config.json: rope_theta");
    expect(w.headDim.source).toBe("config.json: hidden_size / num_attention_heads = 4096 / 32");
    expect(w.scaling.source).toContain("rope_scaling.low_freq_factor");
    expect(w.ropeType.source).toBe("config.json: rope_scaling.rope_type");
    expect(w.contextLength.source).toBe("config.json: max_position_embeddings");
    expect(w.dtype.source).toBe("config.json: torch_dtype");
    expect(w.architecture.value).toBe("LlamaForCausalLM (model_type llama)");
    expect(w.notes).toEqual([]);
  });

  test("Qwen2.5 7B with YaRN ×4: original 32768, context 4 × 32768, HF's beta defaults left to the formula", () => {
    const w = hfWorkload(QWEN25_7B_YARN, F);
    expect(plain(w)).toEqual({
      headDim: 128,
      rotaryDim: 128,
      base: 1_000_000,
      scaling: { type: "yarn", factor: 4, originalMaxPositions: 32768 },
      contextLength: 131072,
      dtype: "bf16",
      layout: "neox",
      ropeType: "yarn",
    });
    expect(w.ropeType.source).toBe("config.json: rope_scaling.type");
    expect(w.contextLength.source).toContain("4 × 32768");
    expect(w.contextLength.source).toContain("max_position_embeddings = 32768");
  });

  test('Phi-3 128K: legacy "su" → longrope, 48 factors each, original 4096, long factors at 131072 positions', () => {
    const w = hfWorkload(PHI3_128K, F);
    expect(plain(w)).toEqual({
      headDim: 96,
      rotaryDim: 96,
      base: 10000,
      scaling: { type: "longrope", shortFactor: PHI3_SHORT, longFactor: PHI3_LONG, originalMaxPositions: 4096, maxPositions: 131072, seqLen: 131072 },
      contextLength: 131072,
      dtype: "bf16",
      layout: "neox",
      ropeType: "longrope",
    });
    expect(PHI3_LONG).toHaveLength(48);
    expect(w.ropeType.source).toContain('"su", renamed "longrope" by Phi3Config');
    expect(w.scaling.source).toContain("config.json: original_max_position_embeddings");
    expect(w.notes.join(" ")).toMatch(/short_factor for sequences up to 4096 .* long_factor/);
    // sqrt(1 + ln(131072 / 4096) / ln 4096), HF's default for Phi-3.
    expect(describeWorkload(w)).toContain(`attention factor ${Math.sqrt(1 + Math.log(32) / Math.log(4096)).toPrecision(6)}  (HF's longrope formula; cos and sin are multiplied by it)`);
    // With --max-position within the original length, HF's short factors are the ones in use.
    expect((hfWorkload(PHI3_128K, F, { contextLength: 4096 }).scaling.value as { seqLen: number }).seqLen).toBe(4096);
  });

  test("Mistral 7B v0.1: default RoPE, base 10000, 32768 positions", () => {
    const w = hfWorkload(MISTRAL_7B_V01, F);
    expect(plain(w)).toEqual({ headDim: 128, rotaryDim: 128, base: 10000, scaling: { type: "none" }, contextLength: 32768, dtype: "bf16", layout: "neox", ropeType: "default" });
    expect(w.ropeType.source).toContain("no rope_scaling");
  });

  test("GPT-J 6B: n_embd / n_head = 256, rotary_dim 64, GPT-J pairing, base fixed in the modeling code, dtype from --dtype", () => {
    const w = hfWorkload(GPTJ_6B, F, { dtype: "fp16" });
    expect(plain(w)).toEqual({ headDim: 256, rotaryDim: 64, base: 10000, scaling: { type: "none" }, contextLength: 2048, dtype: "fp16", layout: "gptj", ropeType: "default" });
    expect(w.headDim.source).toBe("config.json: n_embd / n_head = 4096 / 16");
    expect(w.rotaryDim.source).toBe("config.json: rotary_dim");
    expect(w.base.source).toContain("modeling_gptj.py");
    expect(w.layout.source).toContain("rotate_every_two");
    expect(w.contextLength.source).toBe("config.json: n_positions");
    expect(w.dtype.source).toBe("--dtype");
    // Without --dtype the config states none: refused by name, not defaulted.
    expect(refused(GPTJ_6B)).toMatch(/torch_dtype missing.*--dtype/);
  });

  test('a 2023 config with the legacy rope_scaling.type "linear"', () => {
    const w = hfWorkload(LINEAR_2023, F);
    expect(plain(w)).toEqual({ headDim: 128, rotaryDim: 128, base: 10000, scaling: { type: "linear", factor: 4 }, contextLength: 4096, dtype: "fp16", layout: "neox", ropeType: "linear" });
    expect(w.ropeType.source).toBe("config.json: rope_scaling.type");
    expect(w.scaling.source).toBe("config.json: rope_scaling.factor");
  });
});

describe("HF semantics beyond the published configs", () => {
  const llama = LLAMA_31_8B as Record<string, unknown>;
  test("head_dim wins over hidden_size / heads; partial_rotary_factor truncates as int()", () => {
    const w = hfWorkload({ ...MISTRAL_7B_V01, head_dim: 256, partial_rotary_factor: 0.4 }, F);
    expect(w.headDim.value).toBe(256);
    expect(w.rotaryDim.value).toBe(102); // int(256 × 0.4) = int(102.4)
    expect(w.rotaryDim.source).toContain("int(256 × 0.4)");
  });

  test("GPT-NeoX spellings: rotary_pct and rotary_emb_base", () => {
    const w = hfWorkload({ architectures: ["GPTNeoXForCausalLM"], model_type: "gpt_neox", hidden_size: 2560, num_attention_heads: 32, rotary_pct: 0.25, rotary_emb_base: 10000, max_position_embeddings: 2048, torch_dtype: "float16" }, F);
    expect(plain(w)).toMatchObject({ headDim: 80, rotaryDim: 20, base: 10000, layout: "neox" });
    expect(w.base.source).toBe("config.json: rotary_emb_base");
  });

  test("transformers v5 rope_parameters (rope_theta inside) and multimodal text_config", () => {
    const v5 = { ...MISTRAL_7B_V01, rope_theta: undefined, rope_parameters: { rope_type: "yarn", rope_theta: 150000, factor: 32, original_max_position_embeddings: 4096, beta_fast: 32, beta_slow: 1, truncate: false }, max_position_embeddings: 131072 };
    const w = hfWorkload(v5, F);
    expect(w.base).toEqual({ value: 150000, source: "config.json: rope_parameters.rope_theta" });
    expect(w.scaling.value).toEqual({ type: "yarn", factor: 32, originalMaxPositions: 4096, betaFast: 32, betaSlow: 1, truncate: false });
    const mm = hfWorkload({ architectures: ["Gemma3ForConditionalGeneration"], model_type: "gemma3", text_config: { ...MISTRAL_7B_V01, model_type: "gemma3_text", head_dim: 256 }, torch_dtype: "bfloat16" }, F);
    expect(mm.base.source).toBe("config.json: text_config.rope_theta");
    expect(mm.headDim.value).toBe(256);
  });

  test("yarn with mscale / mscale_all_dim / attention_factor; dynamic keeps the default frequencies up to max_position_embeddings", () => {
    const y = hfWorkload({ ...MISTRAL_7B_V01, rope_scaling: { type: "yarn", factor: 40, original_max_position_embeddings: 4096, beta_fast: 32, beta_slow: 1, mscale: 0.707, mscale_all_dim: 0.707 }, max_position_embeddings: 163840 }, F);
    expect(y.scaling.value).toEqual({ type: "yarn", factor: 40, originalMaxPositions: 4096, betaFast: 32, betaSlow: 1, mscale: 0.707, mscaleAllDim: 0.707 });
    expect(y.contextLength.value).toBe(163840);
    const d = hfWorkload({ ...MISTRAL_7B_V01, rope_scaling: { rope_type: "dynamic", factor: 2 } }, F);
    expect(d.scaling.value).toEqual({ type: "dynamic-ntk", factor: 2, originalMaxPositions: 32768, seqLen: 32768 });
    expect(d.notes.join(" ")).toContain("up to the audited context (32768) the frequencies are the default ones");
  });

  test("GPT-J pairing by architecture: Cohere and GLM interleave; Qwen, Gemma, NeoX use halves", () => {
    for (const t of ["cohere", "cohere2", "glm", "glm4", "codegen"]) expect(hfWorkload({ ...MISTRAL_7B_V01, architectures: undefined, model_type: t }, F).layout.value).toBe("gptj");
    for (const t of ["qwen2", "gemma", "gpt_neox", "phi3", "llama"]) expect(hfWorkload({ ...MISTRAL_7B_V01, architectures: undefined, model_type: t }, F).layout.value).toBe("neox");
  });

  test("missing, contradictory and unknown keys: one line naming the key, never a default", () => {
    expect(refused({ ...llama, rope_theta: undefined })).toMatch(/rope_theta missing/);
    expect(refused({ ...llama, max_position_embeddings: undefined })).toMatch(/max_position_embeddings missing/);
    expect(refused({ ...llama, rope_scaling: { ...LLAMA_31_8B.rope_scaling, low_freq_factor: undefined } })).toMatch(/rope_scaling\.low_freq_factor missing: rope type "llama3" requires it/);
    expect(refused({ ...llama, rope_scaling: { rope_type: "proportional", factor: 2 } })).toMatch(/rope_scaling\.rope_type = "proportional" is a rope type rope-audit does not model/);
    expect(refused({ ...llama, rope_scaling: { rope_type: "llama3", type: "linear", factor: 8 } })).toMatch(/rope_scaling\.rope_type = "llama3" and rope_scaling\.type = "linear" contradict/);
    expect(refused({ ...llama, rope_scaling: { factor: 8 } })).toMatch(/neither "rope_type" nor the legacy "type"/);
    expect(refused({ ...llama, torch_dtype: "bfloat16", dtype: "float16" })).toMatch(/torch_dtype = "bfloat16" and dtype = "float16" contradict/);
    expect(refused({ ...llama, torch_dtype: "float8_e4m3fn" })).toMatch(/torch_dtype = "float8_e4m3fn": expected bfloat16, float16 or float32/);
    expect(refused({ ...GPTJ_6B, partial_rotary_factor: 0.5 }, { dtype: "fp16" })).toMatch(/rotary_dim = 64 and int\(256 × partial_rotary_factor 0.5\) = 128 contradict/);
    expect(refused({ ...llama, hidden_size: 4000, num_attention_heads: 30 })).toMatch(/4000 \/ 30 is not an integer/);
    expect(refused({ ...PHI3_128K, rope_scaling: { type: "longrope", short_factor: PHI3_SHORT.slice(1), long_factor: PHI3_LONG } })).toMatch(/short_factor: expected 48 numbers > 0/);
    expect(refused({ ...llama, rope_theta: "500000" })).toMatch(/rope_theta: expected a number, got "500000"/);
    expect(refused([1, 2])).toMatch(/expected a JSON object/);
  });

  test("files: a directory holding config.json, unreadable paths and bad JSON are one line each", () => {
    const dir = mkdtempSync(join(tmpdir(), "rope-audit-hf-"));
    writeFileSync(join(dir, "config.json"), JSON.stringify(LLAMA_31_8B));
    expect(loadHfConfig(dir).base.value).toBe(500000);
    expect(() => loadHfConfig(join(dir, "nope.json"))).toThrow(/nope\.json: cannot read \(ENOENT\)/);
    writeFileSync(join(dir, "bad.json"), "{ not json");
    expect(() => loadHfConfig(join(dir, "bad.json"))).toThrow(/bad\.json: not valid JSON/);
  });
});
