/** `rope-audit model`: config.json → the usual report files plus the model summary; bad files → exit 2, one line. */
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { cli } from "../helpers/cli.js";
import type { ModelSummary } from "../../src/model/model-report.js";
import { GPTJ_6B, LLAMA_31_8B, MISTRAL_7B_V01, PHI3_128K } from "./configs.js";
import { gguf } from "./gguf-writer.js";

const dir = mkdtempSync(join(tmpdir(), "rope-audit-model-cli-"));
const small = ["--cases", "16", "--runs", "5", "--samples", "32", "--window", "256", "--rows", "16"];

describe("rope-audit model", () => {
  test("config.json --out DIR: report files and model summary, every value with its source, conclusions from the numbers", async () => {
    const cfg = join(dir, "config.json");
    writeFileSync(cfg, JSON.stringify(MISTRAL_7B_V01));
    const out = join(dir, "out");
    const r = await cli("model", cfg, "--out", out, "--workers", "1", ...small);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["junit.xml", "model-summary.json", "model-summary.md", "report.html", "report.json", "report.md"]);
    expect(r.out).toContain("  base            10000  (config.json: rope_theta)");
    const s = JSON.parse(readFileSync(join(out, "model-summary.json"), "utf8")) as ModelSummary;
    expect(s.schema).toBe("rope-audit/model-summary@1");
    expect(s.workload.values.find((v) => v.name === "contextLength")).toEqual({ name: "contextLength", value: 32768, source: "config.json: max_position_embeddings" });
    expect(s.pipelines.map((p) => p.kernel)).toEqual(["hf", "vllm-cuda", "flash-attn-triton", "ggml-cpu", "onnxruntime-cpu"]);
    for (const p of s.pipelines) expect(p.results).toHaveLength(8);
    // Budgets at 4K, 32K (= the context): buckets [2048, 4096) and [16384, 32768).
    expect(s.budgets[0]!.buckets.map((b) => [b.lo, b.hi])).toEqual([
      [2048, 4096],
      [16384, 32768],
    ]);
    // The report's positions reach the model's context length.
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { maxPosition: number; headDim: number; kernels: { rope: { base: number } }[] };
    expect(report.maxPosition).toBe(32768);
    expect(report.headDim).toBe(128);
    // Attention: hf and hf + fp32 RoPE, full and anchor, at the start and at the end of the context.
    expect(s.attention).toHaveLength(8);
    const end = s.attention.find((a) => a.kernel === "hf" && a.scheme === "full" && a.where === "context end")!;
    expect(end.positions).toEqual([32768 - 256, 32768]);
    expect(s.samples.attention).toMatchObject({ window: 256, rows: 16, documents: 8 });
    // Conclusions carry the measured numbers, not fixed text.
    const last = s.budgets[0]!.buckets.at(-1)!;
    expect(s.conclusions.join("\n")).toContain(last.rms.toExponential(2));
    expect(s.conclusions.join("\n")).toContain(end.error.toExponential(2));
    expect(readFileSync(join(out, "model-summary.md"), "utf8")).toContain("| base | 10000 | config.json: rope\\_theta |");
  }, 120_000);

  test("the summary is the same for any worker count; --workload-only prints the sources", async () => {
    const cfg = join(dir, "gptj.json");
    writeFileSync(cfg, JSON.stringify(GPTJ_6B));
    const a = join(dir, "w1");
    const b = join(dir, "w2");
    expect((await cli("model", cfg, "--dtype", "fp16", "--out", a, "--workers", "1", ...small)).code).toBe(0);
    expect((await cli("model", cfg, "--dtype", "fp16", "--out", b, "--workers", "2", ...small)).code).toBe(0);
    expect(readFileSync(join(a, "model-summary.json"), "utf8")).toBe(readFileSync(join(b, "model-summary.json"), "utf8"));
    const w = await cli("model", cfg, "--dtype", "fp16", "--workload-only");
    expect(w.code).toBe(0);
    expect(w.out.find((l) => l.startsWith("rotary dim"))).toBe("rotary dim      64  (gptj.json: rotary_dim)");
    expect(w.out.find((l) => l.startsWith("pairing"))).toMatch(/gptj .*rotate_every_two/);
  }, 120_000);

  test("bad input: exit 2, one line naming the file and key, nothing written", async () => {
    const cases: [string, Buffer | string, RegExp][] = [
      ["unknown.json", JSON.stringify({ ...LLAMA_31_8B, rope_scaling: { rope_type: "mrope", factor: 2 } }), /unknown\.json: rope_scaling\.rope_type = "mrope" is a rope type rope-audit does not model/],
      ["nodtype.json", JSON.stringify(GPTJ_6B), /nodtype\.json: torch_dtype missing/],
      ["bad-magic.gguf", Buffer.from("GGMLxxxxxxxxxxxxxxxxxxxxxxxxxx"), /bad-magic\.gguf: malformed GGUF at byte 0: bad magic/],
      ["truncated.gguf", gguf([{ key: "general.architecture", type: "str", value: "llama" }]).subarray(0, 40), /truncated\.gguf: malformed GGUF .*truncated/],
    ];
    for (const [name, content, message] of cases) {
      const p = join(dir, name);
      writeFileSync(p, content);
      const out = join(dir, `out-${name}`);
      const r = await cli("model", p, "--out", out);
      expect(r.code).toBe(2);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(message);
      expect(existsSync(out)).toBe(false);
    }
    const r = await cli("model", join(dir, "config.json"), "--dtype", "int8");
    expect(r.code).toBe(2);
    expect(r.err).toEqual(['rope-audit: --dtype: expected bf16, fp16 or fp32, got "int8"']);
  });

  test("--model on run and audit: the model's head dim, positions and RoPE (Phi-3: head 96, 48 LongRoPE factors)", async () => {
    const cfg = join(dir, "phi3.json");
    writeFileSync(cfg, JSON.stringify(PHI3_128K));
    const a = await cli("audit", "--kernel", "zoo:hf", "--model", cfg, "--cases", "8", "--runs", "3", "--workers", "1", "--json");
    expect(a.err).toEqual([]);
    expect(a.code).toBe(0);
    const res = JSON.parse(a.out.join("\n")) as { results: { property: string; verdict: string; measure: { byBucket: { hi: number }[] } }[] };
    expect(res.results.every((x) => x.verdict !== "error")).toBe(true);
    expect(Math.max(...res.results.find((x) => x.property === "rope.exactness")!.measure.byBucket.map((b) => b.hi))).toBeLessThanOrEqual(131072);
    const out = join(dir, "run-model");
    const r = await cli("run", "--model", cfg, "--properties", "rope.exactness", "--cases", "8", "--runs", "3", "--workers", "1", "--out", out);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^rope-audit run: 4 kernels × 1 property, .*positions ≤ 131072, d = 96/);
    expect(r.out[1]).toBe("model " + cfg + ": Phi3ForCausalLM (model_type phi3), head dim 96, rotary dim 96, base 10000, longrope scaling, positions up to 131072, bf16");
    const report = JSON.parse(readFileSync(join(out, "report.json"), "utf8")) as { kernels: { name: string; rope: { rotaryDim: number; scaling: { type: string } } }[] };
    expect(report.kernels.map((k) => k.name).sort()).toEqual(["flash-attn-triton", "hf", "onnxruntime-cpu", "vllm-cuda"]);
    for (const k of report.kernels) expect(k.rope).toMatchObject({ rotaryDim: 96, scaling: { type: "longrope" } });
  }, 120_000);

  test(".gguf: llama.cpp's pipelines at the file's positions; a scaling the ggml emulation cannot express asks for --kernels", async () => {
    const kv = (ctx: number) => [
      { key: "general.architecture", type: "str" as const, value: "llama" },
      { key: "llama.context_length", type: "u32" as const, value: ctx },
      { key: "llama.embedding_length", type: "u32" as const, value: 4096 },
      { key: "llama.attention.head_count", type: "u32" as const, value: 32 },
      { key: "llama.rope.freq_base", type: "f32" as const, value: 10000 },
    ];
    const plain = join(dir, "mistral.gguf");
    writeFileSync(plain, gguf(kv(32768)));
    const out = join(dir, "gguf-out");
    const r = await cli("model", plain, "--out", out, "--workers", "1", ...small);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const s = JSON.parse(readFileSync(join(out, "model-summary.json"), "utf8")) as ModelSummary;
    expect(s.workload.kind).toBe("gguf");
    expect(s.pipelines.map((p) => p.kernel)).toEqual(["ggml-cpu", "ggml-cpu@fp32"]);
    expect(s.fp32Rope).toBeNull();
    expect(s.conclusions).toContain("ggml-cpu already builds its cache and rotates in fp32; the fp32-RoPE comparison does not apply.");

    const freqs = join(dir, "llama31.gguf");
    writeFileSync(freqs, gguf(kv(8192), [{ name: "rope_freqs.weight", dims: [64], ggmlType: 0, offset: 0, values: Array.from({ length: 64 }, (_, i) => 1 + i / 8) }]));
    const refused = await cli("model", freqs, "--out", join(dir, "never"));
    expect(refused.code).toBe(2);
    expect(refused.err).toHaveLength(1);
    expect(refused.err[0]).toMatch(/no zoo pipeline that runs this model emulates its RoPE .*--kernels/);
    expect(existsSync(join(dir, "never"))).toBe(false);
    const chosen = await cli("model", freqs, "--kernels", "hf@fp16", "--workers", "1", "--json", ...small);
    expect(chosen.code).toBe(0);
    expect((JSON.parse(chosen.out.join("\n")) as ModelSummary).pipelines.map((p) => p.kernel)).toEqual(["hf@fp16"]);
  }, 120_000);
});
