/**
 * docs/report.schema.json against the Report type and real output: the schema compiles under ajv's
 * strict mode, carries the same version constant and enums as the code, accepts a realistic report
 * (NaN written by toJson as "NaN"), rejects the usual ways a report goes wrong with an error at the
 * right path, and accepts what `rope-audit run` and `rope-audit audit` write.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import type { ErrorObject, ValidateFunction } from "ajv/dist/2020.js";
import { describe, expect, test } from "vitest";
import { FORMAT_NAMES } from "../../src/formats/table.js";
import { zooNames, zooPipeline } from "../../src/kernels/zoo.js";
import { errorBudget } from "../../src/measure/budget.js";
import { LAYOUTS, SCALING_TYPES, type Scaling } from "../../src/oracle/spec.js";
import { REPORT_SCHEMA, type Report, toJson } from "../../src/report/model.js";
import { STAGES } from "../../src/rope/pipeline.js";

const SCHEMA_URL = new URL("../../docs/report.schema.json", import.meta.url);
const schema = JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as {
  $id: string;
  properties: { schema: { const: string } };
  $defs: Record<string, { enum?: string[]; properties?: Record<string, { enum?: string[] }> }>;
};

// ajv is CommonJS: under NodeNext the default import is module.exports (the class, whose `default` is
// itself); TypeScript types it as the module namespace, whose `default` is the class. `.default` works
// in both views.
type AjvClass = typeof Ajv2020.default;
const Ajv: AjvClass = (Ajv2020 as unknown as { default?: AjvClass }).default ?? (Ajv2020 as unknown as AjvClass);

const ajv = new Ajv({ strict: true, allErrors: true });
const validate: ValidateFunction = ajv.compile(schema);
const sub = (def: string): ValidateFunction => ajv.getSchema(`${schema.$id}#/$defs/${def}`)!;

/** What a reader gets: the report as report.json holds it. */
const asWritten = (r: unknown): unknown => JSON.parse(toJson(r));

const errorText = (errors: ErrorObject[] | null | undefined): string => ajv.errorsText(errors, { separator: "\n", dataVar: "report" });

function expectValid(data: unknown, v: ValidateFunction = validate): void {
  const ok = v(data);
  expect(ok, errorText(v.errors)).toBe(true);
}

function rejections(data: unknown): ErrorObject[] {
  expect(validate(data)).toBe(false);
  return validate.errors ?? [];
}

/** JSON pointers of every string "NaN" / "Infinity" / "-Infinity" in a parsed report. */
function nonFinitePaths(v: unknown, path = ""): string[] {
  if (v === "NaN" || v === "Infinity" || v === "-Infinity") return [path];
  if (Array.isArray(v)) return v.flatMap((x, i) => nonFinitePaths(x, `${path}/${i}`));
  if (typeof v === "object" && v !== null) return Object.entries(v).flatMap(([k, x]) => nonFinitePaths(x, `${path}/${k.replace(/~/g, "~0").replace(/\//g, "~1")}`));
  return [];
}

// ---------------------------------------------------------------------------------------------------
// A realistic synthetic report: zoo kernels with their pipelines (one with llama3 scaling), black-box
// kernels with yarn and longrope scaling; pass, fail (with a replay token) and error verdicts; a kernel
// that overflowed (NaN and Infinity measures); budgets measured by errorBudget; fingerprints and series,
// one of each failed.

const LLAMA3: Scaling = { type: "llama3", factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192 };
const YARN: Scaling = { type: "yarn", factor: 4, originalMaxPositions: 4096, betaFast: 32, betaSlow: 1, mscale: 0.707, mscaleAllDim: 0.707, truncate: true };
const LONGROPE: Scaling = { type: "longrope", shortFactor: [1, 1.02, 1.1, 1.3], longFactor: [1.5, 2.25, 4.5, 8], originalMaxPositions: 4096, maxPositions: 131072, seqLen: 8192 };

const NAN_MEASURE = { cases: 0, summary: { n: 0, max: NaN, p99: NaN, mean: NaN }, byBucket: [], rawMax: NaN, over: 0, worst: [] };

const budgetOptions = { headDim: 16, samples: 4, seed: 1, buckets: [[0, 1], [65536, 131072]] as [number, number][] };

function syntheticReport(): Report {
  return {
    schema: REPORT_SCHEMA,
    version: "0.1.0",
    seed: 1,
    cases: 8,
    numRuns: 8,
    maxPosition: 70000,
    headDim: 128,
    thresholds: { "rope.norm": 0.0078125 },
    kernels: [
      { name: "exact-fp64", format: "fp64", rope: { layout: "neox", base: 10000 }, pipeline: zooPipeline("exact-fp64") },
      { name: "hf", format: "bf16", rope: { layout: "neox", base: 500000, scaling: LLAMA3 }, pipeline: zooPipeline("hf", { base: 500000, scaling: LLAMA3 }) },
      { name: "my-rope", format: "fp16", rope: { layout: "gptj", base: 10000, rotaryDim: 64, scaling: YARN }, pipeline: { source: "module:./my-rope.js" } },
      { name: "phi3-rope", format: "bf16", rope: { layout: "neox", base: 10000, rotaryDim: 8, scaling: LONGROPE }, pipeline: { source: "exec:python3 adapters/phi3.py" } },
    ],
    properties: [
      { id: "rope.exactness", claim: "rotate(x, p) is R(p)x up to the output format's rounding", measure: "‖rotate(x, p) − R(p)x‖∞ in output ulps" },
      { id: "rope.norm", claim: "rotation preserves the norm", measure: "|‖rotate(x, p)‖₂ − ‖x‖₂| / ‖x‖₂ (relative)" },
    ],
    results: [
      {
        kernel: "exact-fp64",
        property: "rope.exactness",
        derivation: "0.5 ulp of fp64 plus the oracle's angle error",
        threshold: 2,
        thresholdSource: "derived",
        verdict: "pass",
        max: 0.5,
        floor: { max: 0.5, p99: 0.5 },
        ratioToFloor: 1,
        measure: {
          cases: 8,
          summary: { n: 8, max: 0.5, p99: 0.5, mean: 0.1875 },
          byBucket: [
            { lo: 0, hi: 1, n: 1, max: 0, p99: 0, mean: 0 },
            { lo: 32768, hi: 65536, n: 7, max: 0.5, p99: 0.5, mean: 0.2142857142857143 },
          ],
          rawMax: 0.5,
          over: 0,
          worst: [{ value: 0.5, raw: 0.5, position: 61234, case: "p = 61234, ‖x‖ = 11.3" }],
        },
        assert: { passed: true, numRuns: 8, seed: 2787459512 },
      },
      {
        kernel: "hf",
        property: "rope.exactness",
        derivation: "1 ulp of bf16 (per-op rounding in the model dtype)",
        threshold: 1,
        thresholdSource: { relativeTo: "zoo:meta-llama" },
        verdict: "fail",
        max: 96,
        floor: { max: 0.5, p99: 0.4 },
        ratioToFloor: 192,
        measure: {
          cases: 8,
          summary: { n: 8, max: 96, p99: 96, mean: 31.5 },
          byBucket: [{ lo: 32768, hi: 65536, n: 8, max: 96, p99: 96, mean: 31.5 }],
          rawMax: 96,
          over: 5,
          worst: [
            { value: 96, raw: 96, position: 65535, case: "p = 65535, ‖x‖ = 10.9" },
            { value: 40, raw: 40, position: 40961, case: "p = 40961, ‖x‖ = 12.0" },
          ],
        },
        assert: {
          passed: false,
          numRuns: 3,
          seed: 1398522251,
          shrinks: 14,
          counterexample: { case: "p = 4097, x = e₀", value: 3, raw: 3, position: 4097 },
          replay: "rope.exactness@hf/1398522251/2.0*12.1/70000/128",
        },
      },
      {
        kernel: "my-rope",
        property: "rope.exactness",
        derivation: "1 ulp of fp16",
        threshold: 1e-3,
        thresholdSource: "derived",
        verdict: "error",
        max: NaN,
        floor: null,
        ratioToFloor: null,
        measure: NAN_MEASURE,
        assert: { passed: false, numRuns: 0, seed: 1 },
        error: "module:./my-rope.js: rotate returned 64 values, expected 128",
      },
      {
        kernel: "phi3-rope",
        property: "rope.norm",
        derivation: "2 ulps of bf16",
        threshold: 0.0078125,
        thresholdSource: "override",
        verdict: "fail",
        max: NaN,
        floor: { max: 3e-3, p99: 2e-3 },
        ratioToFloor: null,
        measure: {
          cases: 8,
          summary: { n: 8, max: NaN, p99: NaN, mean: NaN },
          byBucket: [{ lo: 65536, hi: 131072, n: 8, max: NaN, p99: NaN, mean: NaN }],
          rawMax: NaN,
          over: 8,
          worst: [{ value: NaN, raw: NaN, position: 69999, case: "p = 69999, ‖x‖ = 3.4e38" }],
        },
        assert: { passed: false, numRuns: 1, seed: 77, shrinks: 0, counterexample: { case: "p = 0, ‖x‖ = 3.4e38", value: Infinity, raw: Infinity, position: 0 }, replay: "rope.norm@phi3-rope/77//70000/128" },
      },
    ],
    budgets: [
      { kernel: "exact-fp64", budget: errorBudget({ ...budgetOptions, pipeline: zooPipeline("exact-fp64") }) },
      { kernel: "hf", budget: errorBudget({ ...budgetOptions, pipeline: zooPipeline("hf") }) },
    ],
    fingerprints: [
      {
        kernel: "my-rope",
        fingerprint: {
          best: { name: "meta-llama@fp16", bitAgreement: 0.99951171875, equivalent: [] },
          ranking: [
            { name: "meta-llama@fp16", bitAgreement: 0.99951171875, maxAbsError: 0.0009765625 },
            { name: "ggml-cpu", bitAgreement: 0.8125, maxAbsError: 0.001953125 },
          ],
        },
        error: null,
      },
      { kernel: "phi3-rope", fingerprint: null, error: "exec: python3 adapters/phi3.py exited with code 1: ModuleNotFoundError: No module named 'torch'" },
    ],
    series: [
      {
        kernel: "hf",
        error: null,
        positionError: [
          { lo: 0, hi: 1, n: 16, max: 0, mean: 0 },
          { lo: 65536, hi: 131072, n: 16, max: 0.0312, mean: 0.011 },
        ],
        shift: { window: 128, rows: 128, shifts: [1, 4, 16, 64, 256, 1024, 4096, 16384, 65536, 69873], D: [0.0021, 0.0025, 0.003, 0.0041, 0.0062, 0.0093, 0.014, 0.021, 0.034, NaN] },
        perKey: { shift: 69873, share: [0.61, 0.04, 0.03], rest: 0.32 },
      },
      { kernel: "my-rope", error: "module:./my-rope.js: rotate returned 64 values, expected 128", positionError: [], shift: { window: 128, rows: 0, shifts: [], D: [] }, perKey: { shift: 0, share: [], rest: 0 } },
    ],
    run: { date: "2025-01-31T12:34:56.789Z", durationMs: 5321, node: "v20.19.0", platform: "linux-x64", workers: 4 },
  };
}

const shardReport = (): Report => ({ ...syntheticReport(), shard: { index: 2, count: 3 }, run: { date: "2025-01-31T12:34:56.789Z", durationMs: 1200.5, node: "v20.19.0", platform: "linux-x64", workers: 2 } });
const mergedReport = (): Report => ({ ...syntheticReport(), run: { date: "2025-01-31T12:34:56.789Z", durationMs: 1874, node: "v20.19.0", platform: "darwin-arm64", workers: 2, mergedShards: 3 } });

describe("docs/report.schema.json", () => {
  test("compiles under ajv's strict mode (draft 2020-12) and carries REPORT_SCHEMA", () => {
    expect(typeof validate).toBe("function");
    expect(schema.properties.schema.const).toBe(REPORT_SCHEMA);
    expect(schema.$id).toBe(`urn:rope-audit:report@${REPORT_SCHEMA.split("@")[1]}`);
  });

  test("its enums are the code's: formats, layouts, stage names, scaling types", () => {
    expect(schema.$defs.format!.enum).toEqual([...FORMAT_NAMES]);
    expect(schema.$defs.layout!.enum).toEqual([...LAYOUTS]);
    expect(schema.$defs.stageName!.enum).toEqual([...STAGES]);
    expect(schema.$defs.scaling!.properties!.type!.enum).toEqual([...SCALING_TYPES]);
  });

  test("$defs/measured: a number or the strings toJson writes for NaN and ±Infinity, nothing else", () => {
    const measured = sub("measured");
    for (const ok of [0, -1.5, 1e308, "NaN", "Infinity", "-Infinity"]) expectValid(ok, measured);
    for (const bad of [null, "nan", "inf", "1.5", "", true, [], {}]) expect(measured(bad), JSON.stringify(bad)).toBe(false);
    expect(JSON.parse(toJson([NaN, Infinity, -Infinity]))).toEqual(["NaN", "Infinity", "-Infinity"]);
  });

  test("every zoo pipeline (every variant, also with every scaling) validates as a pipeline", () => {
    const pipeline = sub("pipeline");
    for (const name of zooNames()) {
      expectValid(asWritten(zooPipeline(name)), pipeline);
      for (const scaling of [LLAMA3, YARN, { type: "linear", factor: 2 }, { type: "ntk", factor: 2 }, { type: "dynamic-ntk", factor: 2, originalMaxPositions: 4096, seqLen: 8192 }, LONGROPE] as Scaling[])
        expectValid(asWritten(zooPipeline(name, { base: 500000, rotaryDim: 8, scaling })), pipeline);
    }
  });

  test("a realistic report, as toJson writes it, validates (also a shard's and a merged one)", () => {
    const report = asWritten(syntheticReport());
    // The NaN and Infinity measures really are in it, as strings.
    expect(nonFinitePaths(report)).toContain("/results/2/measure/summary/max");
    expect(nonFinitePaths(report)).toContain("/results/3/measure/rawMax");
    expect((report as { results: { assert: { replay?: string } }[] }).results[1]!.assert.replay).toBe("rope.exactness@hf/1398522251/2.0*12.1/70000/128");
    expectValid(report);
    expectValid(asWritten(shardReport()));
    expectValid(asWritten(mergedReport()));
    // "run" is optional (a report built in code, before it is written, may have none).
    const { run: _run, ...noRun } = syntheticReport();
    expectValid(asWritten(noRun));
  });

  describe("rejects, naming the path", () => {
    test("missing results", () => {
      const { results: _results, ...rest } = syntheticReport();
      const errors = rejections(asWritten(rest));
      expect(errors).toContainEqual(expect.objectContaining({ instancePath: "", keyword: "required", params: { missingProperty: "results" } }));
    });

    test('verdict "maybe"', () => {
      const report = asWritten(syntheticReport()) as { results: { verdict: string }[] };
      report.results[1]!.verdict = "maybe";
      const errors = rejections(report);
      expect(errors).toContainEqual(expect.objectContaining({ instancePath: "/results/1/verdict", keyword: "enum" }));
      expect(errors.every((e) => e.instancePath.startsWith("/results/1"))).toBe(true);
    });

    test("NaN written as JSON null (JSON.stringify instead of toJson): an error at every non-finite number", () => {
      const report = syntheticReport();
      const expected = nonFinitePaths(asWritten(report));
      expect(expected.length).toBeGreaterThan(10);
      const errors = rejections(JSON.parse(JSON.stringify(report)));
      // Each null fails both branches of $defs/measured, reported as one anyOf error at its path.
      const anyOf = errors.filter((e) => e.keyword === "anyOf").map((e) => e.instancePath);
      expect(anyOf.sort()).toEqual([...expected].sort());
      expect(errors).toContainEqual(expect.objectContaining({ instancePath: "/results/2/measure/summary/max", keyword: "type", params: { type: "number" } }));
    });

    test("an unknown top-level key", () => {
      const report = asWritten({ ...syntheticReport(), durationMs: 5321 });
      const errors = rejections(report);
      expect(errors).toEqual([expect.objectContaining({ instancePath: "", keyword: "additionalProperties", params: { additionalProperty: "durationMs" } })]);
    });

    test("the wrong schema constant", () => {
      const report = asWritten({ ...syntheticReport(), schema: "rope-audit/report@1" });
      const errors = rejections(report);
      expect(errors).toEqual([expect.objectContaining({ instancePath: "/schema", keyword: "const", params: { allowedValue: REPORT_SCHEMA } })]);
    });

    test("a scaling with another type's field, and a black-box pipeline with a zoo field", () => {
      const report = asWritten(syntheticReport()) as { kernels: { rope: { scaling?: Record<string, unknown> }; pipeline?: Record<string, unknown> }[] };
      report.kernels[2]!.rope.scaling!.lowFreqFactor = 1; // yarn has no lowFreqFactor
      report.kernels[3]!.pipeline!.format = "bf16";
      const errors = rejections(report);
      expect(errors).toContainEqual(expect.objectContaining({ instancePath: "/kernels/2/rope/scaling", keyword: "additionalProperties", params: { additionalProperty: "lowFreqFactor" } }));
      expect(errors).toContainEqual(expect.objectContaining({ instancePath: "/kernels/3/pipeline", keyword: "oneOf" }));
    });

    test('an "error" verdict without its error', () => {
      const report = asWritten(syntheticReport()) as { results: { error?: string }[] };
      delete report.results[2]!.error;
      expect(rejections(report)).toContainEqual(expect.objectContaining({ instancePath: "/results/2", keyword: "required", params: { missingProperty: "error" } }));
    });
  });

  describe("real output", () => {
    // Imported here, so a CLI that does not load fails these two tests and not the schema's own.
    const cli = async (...argv: string[]) => (await import("../helpers/cli.js")).cli(...argv);

    test("rope-audit run --kernels zoo:hf,zoo:exact-fp64 --out DIR writes a valid report.json", async () => {
      const dir = mkdtempSync(join(tmpdir(), "rope-audit-schema-run-"));
      const r = await cli("run", "--kernels", "zoo:hf,zoo:exact-fp64", "--cases", "8", "--runs", "8", "--max-position", "70000", "--out", dir);
      expect(existsSync(join(dir, "report.json")), [...r.out, ...r.err].join("\n")).toBe(true);
      expectValid(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")));
    }, 120_000);

    test("rope-audit audit --kernel zoo:hf@fp16 --out DIR writes a valid report.json", async () => {
      const dir = mkdtempSync(join(tmpdir(), "rope-audit-schema-audit-"));
      const r = await cli("audit", "--kernel", "zoo:hf@fp16", "--cases", "8", "--runs", "8", "--out", dir);
      expect(existsSync(join(dir, "report.json")), [...r.out, ...r.err].join("\n")).toBe(true);
      expectValid(JSON.parse(readFileSync(join(dir, "report.json"), "utf8")));
    }, 120_000);
  });
});
