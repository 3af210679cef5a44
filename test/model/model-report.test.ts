/** The model report's choices and sentences: which pipelines, which buckets, and conclusions that follow the numbers. */
import { describe, expect, test } from "vitest";
import { hfWorkload } from "../../src/model/hf-config.js";
import { type ModelSummary, conclusions, milestoneBuckets, modelPipelines, withFp32Rope } from "../../src/model/model-report.js";
import { zooPipeline } from "../../src/kernels/zoo.js";
import type { BudgetBucket } from "../../src/measure/budget.js";
import { LLAMA_31_8B, MISTRAL_7B_V01 } from "./configs.js";

describe("pipelines and buckets", () => {
  test("HF configs run hf, vLLM, flash-attn in their dtype and the CPU runtimes in theirs; emulations that cannot express the scaling are listed", () => {
    expect(modelPipelines(hfWorkload(MISTRAL_7B_V01, "config.json")).names).toEqual(["hf", "vllm-cuda", "flash-attn-triton", "ggml-cpu", "onnxruntime-cpu"]);
    expect(modelPipelines(hfWorkload({ ...MISTRAL_7B_V01, torch_dtype: "float16" }, "config.json")).names).toEqual(["hf@fp16", "vllm-cuda@fp16", "flash-attn-triton@fp16", "ggml-cpu", "onnxruntime-cpu"]);
    const fp32 = modelPipelines(hfWorkload({ ...MISTRAL_7B_V01, torch_dtype: "float32" }, "config.json"));
    expect(fp32.names).toEqual(["ggml-cpu@fp32", "onnxruntime-cpu@fp32"]);
    expect(fp32.skipped.map((x) => x.split(":")[0])).toEqual(["hf", "vllm-cuda", "flash-attn-triton"]);
    const llama = modelPipelines(hfWorkload(LLAMA_31_8B, "config.json"));
    expect(llama.names).not.toContain("ggml-cpu");
    expect(llama.skipped.join(" ")).toMatch(/^ggml-cpu: its emulation cannot express this RoPE/);
    expect(() => modelPipelines(hfWorkload(LLAMA_31_8B, "config.json"), ["ggml-cpu"])).toThrow(/--kernels: ggml-cpu cannot run this model's RoPE/);
  });

  test("budget buckets end at 4K, 32K, 128K below the context and at the context itself", () => {
    expect(milestoneBuckets(131072)).toEqual([[2048, 4096], [16384, 32768], [65536, 131072]]);
    expect(milestoneBuckets(163840)).toEqual([[2048, 4096], [16384, 32768], [65536, 131072], [81920, 163840]]);
    expect(milestoneBuckets(2048)).toEqual([[1024, 2048]]);
  });

  test("fp32 RoPE changes the cache and rotation only", () => {
    const p = zooPipeline("hf", { base: 500000 });
    const f = withFp32Rope(p);
    expect(f).toEqual({ ...p, name: "hf + fp32 RoPE", cache: { format: "fp32" }, rotate: { format: "fp32", fma: "none" } });
  });
});

describe("conclusions follow the numbers", () => {
  const w = hfWorkload(LLAMA_31_8B, "config.json");
  const bucket = (lo: number, hi: number, rms: number, dominant: BudgetBucket["dominant"], removed: number): BudgetBucket => ({
    lo,
    hi,
    rms,
    dominant,
    stages: [
      { stage: "angle", format: "fp32", rmsWhenExact: rms, removed: dominant === "angle" ? removed : 0.01, share: 0 },
      { stage: "rotate", format: "bf16", rmsWhenExact: rms, removed: dominant === "rotate" ? removed : 0.02, share: 0 },
    ],
  });
  const summary = (attention: { full: number; anchor: number; fixFull: number; fixAnchor: number }, angleShare: number): ModelSummary => ({
    schema: "rope-audit/model-summary@1",
    workload: { file: "config.json", kind: "hf-config", values: [], notes: [] },
    samples: { seed: 1, cases: 1, runs: 1, budgetSamplesPerBucket: 1, attention: { window: 2048, rows: 64, documents: 8, workload: "sink", score: "fp32" } },
    pipelines: [{ kernel: "hf", holds: 0, results: [{ property: "rope.exactness", verdict: "fail", max: 1, threshold: 0.5, worstRatio: 2, ratioToFloor: null, counterexamplePosition: 99 }] }],
    skippedPipelines: [],
    budgets: [
      { kernel: "hf", buckets: [bucket(2048, 4096, 1e-3, "rotate", 0.4), bucket(65536, 131072, 4e-3, "angle", angleShare)] },
      { kernel: "vllm-cuda", buckets: [bucket(2048, 4096, 5e-4, "rotate", 0.4), bucket(65536, 131072, 1e-3, "angle", 0.5)] },
    ],
    fp32Rope: { kernel: "hf", buckets: [{ lo: 65536, hi: 131072, rms: 4e-3, rmsFp32Rope: 3.5e-3 }] },
    attention: [
      { kernel: "hf", scheme: "full", where: "context start", positions: [0, 2048], error: 1e-3 },
      { kernel: "hf", scheme: "full", where: "context end", positions: [129024, 131072], error: attention.full },
      { kernel: "hf", scheme: "anchor", where: "context end", positions: [129024, 131072], error: attention.anchor },
      { kernel: "hf + fp32 RoPE", scheme: "full", where: "context end", positions: [129024, 131072], error: attention.fixFull },
      { kernel: "hf + fp32 RoPE", scheme: "anchor", where: "context end", positions: [129024, 131072], error: attention.fixAnchor },
    ],
    conclusions: [],
  });

  test("the dominant stage, growth, fp32 RoPE, spread, verdicts and the best remedy are worded from the values", () => {
    const c = conclusions(summary({ full: 4e-3, anchor: 1e-3, fixFull: 3e-3, fixAnchor: 2e-3 }, 0.71), w, "hf", false);
    expect(c[0]).toBe(
      "At positions [65,536, 131,072) (the last half of the 131,072-token context), the angle stage (fp32) causes the largest part of hf's error: making it exact removes 71% of the squared error (relative RMS 4.00e-3).",
    );
    expect(c[1]).toBe("hf's relative RMS error grows from 1.00e-3 at [2,048, 4,096) to 4.00e-3 at [65,536, 131,072) (4.0×).");
    expect(c[2]).toContain("from 4.00e-3 to 3.50e-3 (1.1×)");
    expect(c[3]).toBe("Across the pipelines at [65,536, 131,072): lowest relative RMS vllm-cuda (1.00e-3), highest hf (4.00e-3), 4.0× apart.");
    expect(c[4]).toBe("hf: 0 of 1 properties hold at positions up to 131,072; rope.exactness (worst 2.0× its threshold).");
    expect(c).toContain("AnchorAttention (a shared anchor at position 0, 8 documents) lowers it to 1.00e-3 (4.0× lower).");
    expect(c.at(-1)).toBe("Of the remedies measured, AnchorAttention lowers the attention error most at this context length (4.00e-3 → 1.00e-3, 4.0×).");
  });

  test("other numbers, other sentences: no anchor gain, fp32 RoPE best", () => {
    const c = conclusions(summary({ full: 4e-3, anchor: 5e-3, fixFull: 1e-3, fixAnchor: 2e-3 }, 0.3), w, "hf", false);
    expect(c[0]).toContain("removes 30% of the squared error");
    expect(c).toContain("AnchorAttention does not lower it here (5.00e-3 vs 4.00e-3 for full attention).");
    expect(c.at(-1)).toBe("Of the remedies measured, fp32 RoPE lowers the attention error most at this context length (4.00e-3 → 1.00e-3, 4.0×).");
  });
});
