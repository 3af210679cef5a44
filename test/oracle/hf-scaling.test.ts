/**
 * HF's scaling variants, live: fixtures/hf-scaling/fill.py (a PyTorch port of HF transformers' rope init
 * functions and Llama rotary forward, sharing no code with src/) fills bundles exported with
 * `fixtures export --scaling`, in bf16 and fp16; `fingerprint` must name hf / hf@fp16, and the zoo's fp32
 * θᵢ must equal the port's inv_freq bit for bit.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { zooKernel } from "../../src/index.js";
import { scalingFromHf } from "../../src/oracle/hf-scaling.js";
import { cli } from "../helpers/cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const torch = spawnSync("/usr/bin/python3", ["-c", "import torch"]).status === 0;

const D = 128;
// Phi-3-style factor lists: decimals that are not fp32 values, so the fp32 tensor rounding matters.
const short = Array.from({ length: D / 2 }, (_, i) => Number((1 + 0.0137 * i + 0.001 * Math.sin(i)).toFixed(6)));
const long = Array.from({ length: D / 2 }, (_, i) => Number((1.05 + 0.61 * i + 0.003 * Math.cos(i)).toFixed(6)));
const CASES: [string, number, Record<string, unknown>][] = [
  ["default", 10000, { type: "default" }],
  ["linear", 10000, { type: "linear", factor: 4 }],
  ["dynamic", 10000, { type: "dynamic", factor: 2, max_position_embeddings: 4096, seq_len: 16384 }],
  ["dynamic (odd factor)", 500000, { rope_type: "dynamic", factor: 3.3, max_position_embeddings: 8192, seq_len: 100001 }],
  ["yarn", 10000, { type: "yarn", factor: 16, original_max_position_embeddings: 4096 }],
  ["yarn (betas)", 1000000, { rope_type: "yarn", factor: 5.5, original_max_position_embeddings: 32768, beta_fast: 24, beta_slow: 2 }],
  ["longrope (long)", 10000, { type: "longrope", short_factor: short, long_factor: long, original_max_position_embeddings: 4096, max_position_embeddings: 131072, seq_len: 8192 }],
  ["longrope (short)", 10000, { type: "longrope", short_factor: short, long_factor: long, original_max_position_embeddings: 4096, max_position_embeddings: 131072, seq_len: 2048 }],
  ["llama3", 500000, { rope_type: "llama3", factor: 8, low_freq_factor: 1, high_freq_factor: 4, original_max_position_embeddings: 8192 }],
];

describe.skipIf(!torch && process.env.CI !== "true").each(["bf16", "fp16"] as const)("HF scaling variants in PyTorch, %s", (format) => {
  test.each(CASES)("%s: named hf, θ as torch computes it", async (_label, base, scaling) => {
    expect(torch, "/usr/bin/python3 cannot import torch (apt-get install python3-torch)").toBe(true);
    const file = `${mkdtempSync(`${tmpdir()}/rope-audit-hf-scaling-`)}/b.safetensors`;
    const exported = await cli("fixtures", "export", "--format", format, "--layout", "neox", "--base", String(base), "--head-dim", String(D), "--count", "256", "--scaling", JSON.stringify(scaling), "--out", file);
    expect(exported.err).toEqual([]);
    expect(exported.code).toBe(0);
    const run = spawnSync("/usr/bin/python3", [`${root}fixtures/hf-scaling/fill.py`, file], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const port = JSON.parse(run.stdout) as { inv_freq_f32: number[] };

    // Stage check: θᵢ of the zoo's hf pipeline (the angle at position 1) against the port's inv_freq.
    // The order and precision of every scaling operation is HF's, so θ differs only where torch's fp32
    // pow (SLEEF powf, documented within 1 ulp) is not correctly rounded: at most one such 1-ulp case here.
    const name = format === "bf16" ? "hf" : "hf@fp16";
    const k = zooKernel(name, { base, scaling: scalingFromHf(scaling, D, "scaling") });
    const theta = Array.from(k.trace(1, D).angle);
    const ulp = (x: number): number => 2 ** (Math.floor(Math.log2(x)) - 23);
    const off = theta.map((t, i) => Math.abs(t - port.inv_freq_f32[i]!) / ulp(t));
    expect(off.filter((u) => u > 1), `θ more than 1 ulp from torch's`).toEqual([]);
    expect(off.filter((u) => u !== 0).length, `θ differs at ${off.map((u, i) => (u ? `${i}: ${theta[i]} vs ${port.inv_freq_f32[i]}` : "")).filter(Boolean).join("; ")}`).toBeLessThanOrEqual(1);

    const r = await cli("fingerprint", "--kernel", `fixture:${file}`, "--json");
    expect(r.code, r.err.join("\n")).toBe(0);
    const f = JSON.parse(r.out.join("\n")) as { best: { name: string; bitAgreement: number; equivalent: string[] } };
    console.log(`HF ${_label} ${format}: best ${f.best.name}, ${(100 * f.best.bitAgreement).toFixed(3)}% bits identical`);
    expect(f.best.name).toBe(name);
    expect(f.best.bitAgreement).toBeGreaterThanOrEqual(0.999);
  });
});
