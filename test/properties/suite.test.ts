/**
 * The property suite over the zoo, in assert mode at fixed seeds: the project's own precision regression
 * check. Well-behaved pipelines must pass and known-bad ones must fail; both are asserted, each with
 * the reason it is expected.
 */
import { describe, expect, test } from "vitest";
import { type KernelUnderTest, assertProperty, buildReport, measureProperty, runSuite, zooKernel, zooNames } from "../../src/index.js";
import { parseReplayToken } from "../../src/measure/property.js";
import { reportJson } from "../../src/report/model.js";
import { PROPERTIES, logitRelative } from "../../properties/index.js";

const SEED = 1;
const D = 64;
console.log(`property suite seed ${SEED}`);

function underTest(name: string): KernelUnderTest {
  const k = zooKernel(name);
  return { name: k.name, format: k.format, rope: k.rope, headDim: D, rotate: (x, p, d) => k.rotate(x, p, d) };
}

describe("logit.relative", () => {
  test("exact-fp64 holds within the fp64 bound at positions below 2^10 (≈ 1e−12)", async () => {
    const k = underTest("exact-fp64");
    const a = await assertProperty(logitRelative, k, { seed: SEED, numRuns: 300, maxPosition: 1023 });
    const m = await measureProperty(logitRelative, k, { seed: SEED, cases: 500, maxPosition: 1023 });
    const threshold = logitRelative.threshold(k);
    console.log(`exact-fp64 logit drift below 2^10: max ${m.summary.max.toExponential(2)}, threshold ${threshold.toExponential(2)}`);
    expect(a.passed).toBe(true);
    expect(m.summary.max).toBeLessThanOrEqual(threshold);
    expect(m.over).toBe(0);
    expect(threshold).toBeLessThan(1e-13);
  });

  test("positions held in bf16 fail with a shrunk counterexample at small positions; the replay token reproduces it bit for bit", async () => {
    const k = underTest("hf-bf16-positions");
    const a = await assertProperty(logitRelative, k, { seed: SEED, numRuns: 100, maxPosition: 2 ** 20 });
    expect(a.passed).toBe(false);
    console.log(`hf-bf16-positions counterexample: ${a.counterexample!.case}; drift ${a.counterexample!.value.toExponential(3)}; replay ${a.replay}`);
    // bf16 holds every integer up to 256 exactly: a failing case needs a larger position.
    expect(a.counterexample!.position).toBeGreaterThan(256);
    const t = parseReplayToken(a.replay!);
    expect(t.kernel).toBe("hf-bf16-positions");
    expect(t.headDim).toBe(D);
    const again = await assertProperty(logitRelative, k, { seed: t.seed, numRuns: 1, maxPosition: t.maxPosition, path: t.path });
    expect(again.passed).toBe(false);
    expect(again.counterexample!.case).toBe(a.counterexample!.case);
    expect(Object.is(again.counterexample!.value, a.counterexample!.value)).toBe(true);
  });
});

describe("the zoo in assert mode (fixed seed)", async () => {
  const names = zooNames();
  const results = await runSuite(names.map(underTest), PROPERTIES, { seed: SEED, cases: 64, numRuns: 50, maxPosition: 2 ** 20 });
  const verdict = (kernel: string, property: string): string => results.find((r) => r.kernel === kernel && r.property === property)!.verdict;

  test("exact-fp64 holds every property", () => {
    for (const p of PROPERTIES) expect(verdict("exact-fp64", p.id), p.id).toBe("pass");
  });
  test("every pipeline is the identity at position 0 and deterministic", () => {
    for (const n of names) {
      expect(verdict(n, "rope.origin"), n).toBe("pass");
      expect(verdict(n, "kernel.determinism"), n).toBe("pass");
    }
  });
  test("logit.relative: pipelines doing their arithmetic well in their format hold; positions or angles below fp32 break it", () => {
    for (const n of ["hf", "hf@fp16", "meta-llama", "meta-llama@fp16", "vllm-cuda", "vllm-legacy", "te-fused", "flash-attn-triton", "onnxruntime-cpu", "exact-fp64"])
      expect(verdict(n, "logit.relative"), n).toBe("pass");
    for (const n of ["hf-bf16-positions", "hf-bf16-positions@fp16", "hf-tf32-angle", "hf-tf32-angle@fp16", "xformers-rotary", "xformers-rotary@fp16"])
      expect(verdict(n, "logit.relative"), n).toBe("fail");
  });
  test("rope.exactness: ggml's chained fp32 angles exceed what a correct fp32 angle errs", () => {
    expect(verdict("ggml-cpu@fp32", "rope.exactness")).toBe("fail");
    expect(verdict("onnxruntime-cpu@fp32", "rope.exactness")).toBe("pass");
  });
  test("positions held in fp16 overflow at 65,536 (inf angles, NaN outputs): rope.norm fails; elsewhere it holds", () => {
    for (const n of names) {
      const fp16Positions = zooKernel(n).pipeline.position.format === "fp16";
      expect(verdict(n, "rope.norm"), n).toBe(fp16Positions ? "fail" : "pass");
    }
  });
  test("the report does not depend on the order kernels and properties run in", async () => {
    const some = ["vllm-legacy", "hf", "meta-llama@fp16"];
    const a = await runSuite(some.map(underTest), PROPERTIES, { seed: 9, cases: 16, numRuns: 10, maxPosition: 4096 });
    const b = await runSuite([...some].reverse().map(underTest), [...PROPERTIES].reverse(), { seed: 9, cases: 16, numRuns: 10, maxPosition: 4096 });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
  test("statistics per position bucket; non-finite measures survive JSON as strings", () => {
    const r = results.find((x) => x.kernel === "hf" && x.property === "rope.exactness")!;
    expect(r.measure.byBucket.length).toBeGreaterThan(5);
    for (const b of r.measure.byBucket) expect(b.hi).toBe(b.lo === 0 ? 1 : 2 * b.lo);
    const nan = results.find((x) => x.kernel === "xformers-rotary@fp16" && x.property === "rope.norm")!;
    expect(Number.isNaN(nan.measure.summary.max)).toBe(true);
    const report = buildReport({ version: "0.1.0", seed: 1, cases: 1, numRuns: 1, maxPosition: 1, headDim: D, thresholds: {} }, { kernels: [], properties: [], results: [nan], budgets: [], fingerprints: [], series: [] });
    expect(reportJson(report)).toContain('"max":"NaN"');
  });
});
