/**
 * The zoo: named pipelines of real RoPE implementations (docs/pipelines.md: stages, the zoo, and what each
 * real implementation rounds, with its sources).
 * Each entry cites the source it models; "[I]" marks a detail inferred rather than read (mostly FMA
 * contraction, which depends on the compiler). Variants: `name` is the first (default) format, other
 * formats are `name@format`, e.g. `hf@fp16`.
 */
import { InvalidArgumentError } from "../errors.js";
import type { FormatName } from "../formats/table.js";
import type { Layout } from "../oracle/spec.js";
import { type EmulatedKernel, emulate } from "../rope/emulate.js";
import { type ArithFormat, EXACT_STAGES, type LinearScalingTarget, type PipelineRope, type PipelineSpec, type PipelineStages, pipelineRope } from "../rope/pipeline.js";

export interface ZooEntry {
  name: string;
  /** Formats the real code runs in; the first is the default. */
  formats: readonly FormatName[];
  /** The pairing the modelled code uses by default (any pipeline runs in either layout). */
  layout: Layout;
  summary: string;
  source: string;
  /** "live: …" where a test compares the real implementation bit for bit, else "from source" (read, not run). */
  verified: string;
  linearScaling?: LinearScalingTarget;
  stages(format: FormatName): PipelineStages;
}

const model = (f: FormatName): ArithFormat => f as ArithFormat;

/** The fp32 front end most PyTorch code shares: fp32 inv_freq, fp32 positions, fp32 angle, fp32 cos/sin. */
const fp32Front = { invFreq: { format: "fp32", method: "pow" }, position: { format: "fp32" }, angle: { format: "fp32" }, trig: { format: "fp32" } } as const;

export const ZOO: readonly ZooEntry[] = [
  {
    name: "hf",
    verified: "live: PyTorch 1.13 CPU, bf16 and fp16, every HF scaling variant (test/rope/torch-fidelity.test.ts, test/oracle/hf-scaling.test.ts)",
    formats: ["bf16", "fp16"],
    layout: "neox",
    summary: "HF transformers: fp32 angle, cos/sin cache cast to the model dtype, rotation per op in the model dtype",
    source:
      "huggingface/transformers src/transformers/models/llama/modeling_llama.py LlamaRotaryEmbedding.forward, apply_rotary_pos_emb, rotate_half (v4.48); modeling_rope_utils.py _compute_default_rope_parameters",
    stages: (f) => ({ ...fp32Front, cache: { format: model(f) }, rotate: { format: model(f), fma: "none" }, output: { format: f } }),
  },
  {
    name: "hf-bf16-positions",
    verified: "live: PyTorch 1.13 CPU, bf16 (test/rope/torch-fidelity.test.ts)",
    formats: ["bf16", "fp16"],
    layout: "neox",
    summary: "HF with positions held in the model dtype (exact only to 256 in bf16, 2048 in fp16)",
    source: "huggingface/transformers #28685 (DeepSpeed zero.Init made torch.arange bf16), fixed by PR #28760 (int64 arange)",
    stages: (f) => ({ ...fp32Front, position: { format: model(f) }, cache: { format: model(f) }, rotate: { format: model(f), fma: "none" }, output: { format: f } }),
  },
  {
    name: "hf-tf32-angle",
    verified: "from source",
    formats: ["bf16", "fp16"],
    layout: "neox",
    summary: "HF with the K=1 matmul inv_freq @ positions on TF32 tensor cores (positions > 2048 round)",
    source: "huggingface/transformers #48428 (fix PR #48450); NVIDIA/TensorRT-LLM PR #19532 (K=1 matmul under TF32)",
    stages: (f) => ({ ...fp32Front, angle: { format: "tf32" }, cache: { format: model(f) }, rotate: { format: model(f), fma: "none" }, output: { format: f } }),
  },
  {
    name: "meta-llama",
    verified: "from source",
    formats: ["bf16", "fp16"],
    layout: "gptj",
    summary: "Meta reference: complex64 freqs_cis, interleaved pairs, fp32 complex multiply, one rounding",
    source: "meta-llama/llama3 llama/model.py precompute_freqs_cis (torch.polar → complex64), apply_rotary_emb (xq.float(), view_as_complex, type_as)",
    // PyTorch's CPU complex multiply rounds each product and sum in fp32 (no FMA) [I].
    stages: (f) => ({ ...fp32Front, cache: { format: "fp32" }, rotate: { format: "fp32", fma: "none" }, output: { format: f } }),
  },
  {
    name: "flash-attn-triton",
    verified: "from source",
    formats: ["bf16", "fp16"],
    layout: "neox",
    summary: "flash-attention Triton rotary: cache in the model dtype, fp32 math with FMA, one rounding on store",
    source:
      "Dao-AILab/flash-attention flash_attn/layers/rotary.py RotaryEmbedding._update_cos_sin_cache (cos/sin .to(dtype)); flash_attn/ops/triton/rotary.py rotary_kernel (o0 = x0*cos - x1*sin in fp32; LLVM contracts to FMA [I])",
    stages: (f) => ({ ...fp32Front, cache: { format: model(f) }, rotate: { format: "fp32", fma: "first" }, output: { format: f } }),
  },
  {
    name: "vllm-cuda",
    verified: "from source",
    formats: ["bf16", "fp16"],
    layout: "neox",
    summary: "vLLM CUDA kernel: cos_sin_cache in the model dtype, upcast to fp32, one static_cast",
    source:
      "vllm-project/vllm vllm/model_executor/layers/rotary_embedding.py _compute_cos_sin_cache (.to(dtype)); csrc/pos_encoding_kernels.cu apply_token_rotary_embedding (float math, nvcc contracts to FMA [I])",
    stages: (f) => ({ ...fp32Front, cache: { format: model(f) }, rotate: { format: "fp32", fma: "first" }, output: { format: f } }),
  },
  {
    name: "vllm-legacy",
    verified: "from source",
    formats: ["bf16", "fp16"],
    layout: "neox",
    summary: "vLLM's 2023 CUDA kernel: x * cos - y * sin in scalar_t, every op rounded to the model dtype",
    source: "vllm-project/vllm csrc/pos_encoding_kernels.cu (2023, scalar_t arithmetic); vLLM #863 (apply RoPE in fp32)",
    stages: (f) => ({ ...fp32Front, cache: { format: model(f) }, rotate: { format: model(f), fma: "none" }, output: { format: f } }),
  },
  {
    name: "ggml-cpu",
    verified: "live: llama.cpp ggml 0.23.0 CPU, f32 and f16, both modes, YaRN (test/kernels/ggml.test.ts)",
    formats: ["fp16", "fp32"],
    layout: "gptj",
    summary: "llama.cpp CPU: θ_scale = powf(base, −2/d) chained in fp32, fp32 cosf/sinf, fp32 rotation with the first product fused, one rounding",
    source:
      "ggml-org/ggml src/ggml-cpu/ops.cpp @d99724f2: theta_scale = powf(freq_base, -2.0f/n_dims) (l. 6014), ggml_rope_cache_init theta *= theta_scale (l. 5846), rope_yarn cosf/sinf (l. 5829), rotate_pairs x0*cos_theta - x1*sin_theta (l. 5934); mode 0 = adjacent pairs, mode 2 = NeoX. " +
      "Measured live against llama.cpp's libggml-cpu-haswell (ggml 0.23.0, 5b4ebc5): the FMA builds compute fma(x0, c, −x1·s), 98.95% of f32 bits vs 76.8% without FMA; the rest is glibc's cosf/sinf, not correctly rounded on ~0.8% of angles",
    stages: (f) => ({
      invFreq: { format: "fp32", method: "chained" },
      position: { format: "fp32" },
      angle: { format: "fp32" },
      trig: { format: "fp32", method: "glibc" },
      cache: { format: "fp32" },
      rotate: { format: "fp32", fma: "first" },
      output: { format: f },
    }),
  },
  {
    name: "onnxruntime-cpu",
    verified: "live: ONNX Runtime 1.30 CPU, fp16 and fp32 (test/kernels/onnxruntime.test.ts)",
    formats: ["fp16", "fp32"],
    layout: "neox",
    summary: "ONNX Runtime CPU RotaryEmbedding: caches in the model dtype (built in fp32), fp16 upcast to fp32, FMA, one cast",
    source:
      "microsoft/onnxruntime onnxruntime/contrib_ops/cpu/bert/rotary_embedding.cc; onnxruntime/core/mlas/lib/rotary_embedding.cpp MlasRotaryEmbedOneRow. " +
      "Measured with onnxruntime-node 1.30.0 on x86-64 (AVX2, FMA): fp32 matches fma(x0, c, −x1·s) on every element (no FMA: 77%); " +
      "fp16 products are exact in fp32, so FMA cannot change fp16 results",
    stages: (f) => ({ ...fp32Front, cache: { format: model(f) }, rotate: { format: "fp32", fma: "first" }, output: { format: f } }),
  },
  {
    name: "onnxruntime-neon-fp16",
    verified: "from source",
    formats: ["fp16"],
    layout: "neox",
    summary: "ONNX Runtime ARM NEON fp16 kernel: native fp16 arithmetic, round16(round16(x0·c) − x1·s)",
    source: "microsoft/onnxruntime onnxruntime/core/mlas/lib/rotary_embedding_kernel_neon_fp16.cpp (vmulq_f16 then vfmsq_f16/vfmaq_f16)",
    stages: () => ({ ...fp32Front, cache: { format: "fp16" }, rotate: { format: "fp16", fma: "second" }, output: { format: "fp16" } }),
  },
  {
    name: "xformers-rotary",
    verified: "from source",
    formats: ["bf16", "fp16"],
    layout: "neox",
    summary: "xformers components/rotary: positions, frequencies, angle and cache all in the model dtype (worst case)",
    source:
      "facebookresearch/xformers xformers/components/positional_embedding/rotary.py RotaryEmbedding._update_cos_sin_tables (arange(dtype=x.dtype), einsum with inv_freq.to(x.dtype))",
    stages: (f) => ({
      invFreq: { format: model(f), method: "pow" },
      position: { format: model(f) },
      angle: { format: model(f) as "bf16" | "fp16" },
      trig: { format: "fp32" }, // torch cos of a bf16 tensor computes in fp32, then the cache rounds
      cache: { format: model(f) },
      rotate: { format: model(f), fma: "none" },
      output: { format: f },
    }),
  },
  {
    name: "te-fused",
    verified: "from source",
    formats: ["bf16", "fp16"],
    layout: "neox",
    summary: "TransformerEngine fused RoPE: fp32 freqs, sincosf in the kernel, fp32 math, one cast",
    source: "NVIDIA/TransformerEngine transformer_engine/common/fused_rope/fused_rope.cu fused_rope_block_forward (sincosf; float math; nvcc FMA [I])",
    linearScaling: "position",
    stages: (f) => ({ ...fp32Front, cache: { format: "fp32" }, rotate: { format: "fp32", fma: "first" }, output: { format: f } }),
  },
  {
    name: "exact-fp64",
    verified: "from source",
    formats: ["fp64"],
    layout: "neox",
    summary: "every stage in fp64: the reference an ideal kernel approaches",
    source: "rope-audit (no external source)",
    stages: () => EXACT_STAGES,
  },
];

export const DEFAULT_ZOO_ROPE: PipelineRope = { layout: "neox", base: 10000 };

/** `name` or `name@format` → the entry and format. */
export function parseZooName(spec: string): { entry: ZooEntry; format: FormatName } {
  const [name, fmt] = spec.split("@", 2) as [string, string | undefined];
  const entry = ZOO.find((e) => e.name === name);
  if (!entry) throw new InvalidArgumentError("zoo kernel", `one of ${ZOO.map((e) => e.name).join(", ")} (optionally @format)`, spec);
  const format = (fmt ?? entry.formats[0]) as FormatName;
  if (!entry.formats.includes(format)) throw new InvalidArgumentError("zoo kernel format", `one of ${entry.formats.join(", ")} for ${name}`, fmt);
  return { entry, format };
}

/**
 * The pipeline spec of a zoo kernel; `rope` overrides layout, base, rotaryDim and scaling. The pairing is a
 * switch in every real library (ggml mode 0/2, vLLM is_neox_style, flash-attn and ORT `interleaved`, HF
 * GPT-J vs Llama), independent of the arithmetic: an entry's `layout` is only its default.
 */
export function zooPipeline(spec: string, rope: Partial<PipelineRope> = {}): PipelineSpec {
  const { entry, format } = parseZooName(spec);
  const out: PipelineSpec = {
    name: format === entry.formats[0] ? entry.name : `${entry.name}@${format}`,
    format,
    rope: pipelineRope({ ...DEFAULT_ZOO_ROPE, layout: entry.layout, ...rope }),
    source: entry.source,
    ...entry.stages(format),
  };
  if (entry.linearScaling) out.linearScaling = entry.linearScaling;
  return out;
}

export function zooKernel(spec: string, rope: Partial<PipelineRope> = {}): EmulatedKernel {
  return emulate(zooPipeline(spec, rope));
}

/** Every zoo kernel name with its variants: hf, hf@fp16, … */
export function zooNames(): string[] {
  return ZOO.flatMap((e) => e.formats.map((f, k) => (k === 0 ? e.name : `${e.name}@${f}`)));
}
