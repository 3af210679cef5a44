/**
 * rope-audit/vitest judges as `run` does: a correctly rounded bf16 kernel preserves relative position, a
 * kernel holding positions in bf16 does not (with a shrunk case and a replay token); toMatchPipeline,
 * toStayWithinFloor and toMatchBaseline pass and fail where the CLI's fingerprint, floor ratio and gate do.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, test } from "vitest";
import "../../src/vitest.js";
import { type Kernel, createFastOracle, roundArray, zooKernel } from "../../src/index.js";
import { cli } from "../helpers/cli.js";

const oracle = createFastOracle();
const correctlyRoundedBf16: Kernel = {
  name: "correctly-rounded-bf16",
  format: "bf16",
  rope: { layout: "neox", base: 10000 },
  rotate(x, positions, headDim) {
    const out = new Float64Array(x.length);
    for (let r = 0; r < positions.length; r++) out.set(oracle.rotate({ layout: "neox", base: 10000, headDim }, x.subarray(r * headDim, (r + 1) * headDim), positions[r]!), r * headDim);
    return roundArray("bf16", out, out);
  },
};
const bf16PositionsKernel = zooKernel("hf-bf16-positions");

describe("toPreserveRelativePosition", () => {
  test("a correctly rounded bf16 kernel passes", async () => {
    await expect(correctlyRoundedBf16).toPreserveRelativePosition({ headDim: 64 });
  });
  test("positions held in bf16 fail with a shrunk case and a replay token", async () => {
    let message = "";
    try {
      await expect(bf16PositionsKernel).toPreserveRelativePosition({ headDim: 64 });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^expected hf-bf16-positions to preserve relative position: m = \d+, n = \d+, shift = \d+; .* drift [\d.e+-]+ > [\d.e+-]+ \(replay: logit\.relative@hf-bf16-positions\/-?\d+\/[\d.*]*\/65536\/64\)$/);
  });
});

describe("toMatchPipeline", () => {
  test("vLLM's legacy kernel rounds exactly like hf; Transformer Engine's fp32 rotation does not", async () => {
    await expect(zooKernel("vllm-legacy")).toMatchPipeline("hf", { headDim: 64 });
    await expect(zooKernel("te-fused")).not.toMatchPipeline("hf", { headDim: 64 });
  });
});

describe("toStayWithinFloor", () => {
  test("hf stays within 4x the bf16 floor at short context; positions in bf16 do not", async () => {
    await expect(zooKernel("hf")).toStayWithinFloor("logit.relative", 4, { headDim: 64, cases: 64, positions: 4096 });
    await expect(bf16PositionsKernel).not.toStayWithinFloor("logit.relative", 4, { headDim: 64, cases: 64, positions: 4096 });
  });
});

describe("toMatchBaseline", () => {
  test("the gate inside a test: the same kernel matches its baseline, a worse one under the same name does not", async () => {
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-matchers-`);
    expect((await cli("run", "--kernels", "zoo:hf", "--properties", "logit.relative,rope.exactness", "--cases", "32", "--runs", "10", "--head-dim", "64", "--out", dir)).code).toBe(0);
    expect((await cli("baseline", "save", "--from", `${dir}/report.json`, "--out", `${dir}/baseline.json`)).code).toBe(0);
    await expect(zooKernel("hf")).toMatchBaseline(`${dir}/baseline.json`);
    const impostor: Kernel = { ...bf16PositionsKernel, name: "hf", rotate: (x, p, d) => bf16PositionsKernel.rotate(x, p, d) };
    await expect(impostor).not.toMatchBaseline(`${dir}/baseline.json`);
  });
});
