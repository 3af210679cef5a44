/**
 * `rope-audit/vitest`: matchers for users' own vitest suites. Importing this module registers them.
 *
 *   import "rope-audit/vitest";
 *   test("my kernel keeps relative positions", async () => {
 *     await expect(myKernel).toPreserveRelativePosition({ headDim: 128, positions: 65536, seed: 1 });
 *   });
 *
 * Matchers judge as `rope-audit run` does, with the same derived thresholds and floor ratios:
 *  - toPreserveRelativePosition(): logit.relative in assert mode (fast-check, fixed seed, shrinking); a
 *    failure message carries the shrunk counterexample and a replay token;
 *  - toMatchPipeline("hf"): the kernel's outputs on the fingerprint inputs agree with that zoo pipeline's on
 *    at least `minBitAgreement` of their bits (default 0.999);
 *  - toStayWithinFloor("logit.relative", 3): the property's row passes and its worst raw deviation is at most
 *    that multiple of the correctly rounded kernel's on the same cases;
 *  - toMatchBaseline("baseline.json"): the gate inside a test, on the baseline's own workload.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { readFileSync } from "node:fs";
import type { Kernel } from "./kernels/kernel.js";
import { fingerprint, fingerprintInputs } from "./measure/fingerprint.js";
import { type KernelUnderTest, assertProperty } from "./measure/property.js";
import { runPair } from "./measure/suite.js";
import { asBaseline, gate, gateMarkdown, parseJsonFile } from "./report/gate.js";
import { VERSION } from "./version.js";
import { logitRelative } from "../properties/logit-relative.js";
import { PROPERTIES } from "../properties/index.js";

/** A Kernel as the suite sees it, at a head dim. */
const underTest = (k: Kernel, headDim: number): KernelUnderTest => ({ name: k.name, format: k.format, rope: k.rope, headDim, rotate: (x, p, d) => k.rotate(x, p, d) });

export interface PipelineMatchOptions {
  /** Fraction of output bits that must agree (default 0.999). */
  minBitAgreement?: number;
  headDim?: number;
}

export interface FloorOptions {
  seed?: number;
  cases?: number;
  numRuns?: number;
  /** Largest position drawn (default 65536). */
  positions?: number;
  headDim?: number;
}

export interface RelativePositionOptions {
  /** Largest allowed |ŝ(m+Δ, n+Δ) − ŝ(m, n)| / ‖q‖‖k‖; default: the property's derived threshold. */
  maxLogitDrift?: number;
  /** Largest position drawn (default 65536). */
  positions?: number;
  seed?: number;
  numRuns?: number;
  headDim?: number;
}

expect.extend({
  async toPreserveRelativePosition(received: Kernel, options: RelativePositionOptions = {}) {
    const headDim = options.headDim ?? 128;
    const k: KernelUnderTest = { ...received, headDim, rotate: (x, p, d) => received.rotate(x, p, d) };
    const threshold = options.maxLogitDrift ?? logitRelative.threshold(k);
    const r = await assertProperty(logitRelative, k, { seed: options.seed ?? 1, numRuns: options.numRuns ?? 100, maxPosition: options.positions ?? 65536, threshold });
    const c = r.counterexample;
    return {
      pass: r.passed,
      message: () =>
        r.passed
          ? `expected ${received.name} to break relative position, but logit.relative held on ${r.numRuns} runs (seed ${r.seed})`
          : `expected ${received.name} to preserve relative position: ${c!.case}: drift ${c!.value} > ${threshold} (replay: ${r.replay})`,
    };
  },
});

expect.extend({
  async toMatchPipeline(received: Kernel, pipeline: string, options: PipelineMatchOptions = {}) {
    const headDim = options.headDim ?? 128;
    const bound = options.minBitAgreement ?? 0.999;
    const { inputs, positions } = fingerprintInputs(received.format, headDim);
    const outputs = await received.rotate(inputs, positions, headDim);
    const f = fingerprint({ format: received.format, rope: received.rope, headDim, inputs, positions, outputs, kernelName: received.name });
    const entry = f.ranking.find((e) => e.name === pipeline);
    const agreement = entry?.bitAgreement ?? 0;
    return {
      pass: entry !== undefined && agreement >= bound,
      message: () =>
        entry === undefined
          ? `${pipeline} is not a ${received.format} ${received.rope.layout} pipeline of the zoo; ${received.name} behaves like ${f.best.name} (${(100 * f.best.bitAgreement).toFixed(2)}% of bits)`
          : `expected ${received.name} ${agreement >= bound ? "not " : ""}to match ${pipeline} on ≥ ${(100 * bound).toFixed(2)}% of output bits: ${(100 * agreement).toFixed(2)}% agree; best match ${f.best.name} (${(100 * f.best.bitAgreement).toFixed(2)}%)`,
    };
  },

  async toStayWithinFloor(received: Kernel, property: string, ratio: number, options: FloorOptions = {}) {
    const p = PROPERTIES.find((q) => q.id === property);
    if (!p) throw new RangeError(`toStayWithinFloor: property ${JSON.stringify(property)} is not one of ${PROPERTIES.map((q) => q.id).join(", ")}`);
    const k = underTest(received, options.headDim ?? 128);
    const r = await runPair(k, p, { seed: options.seed ?? 1, cases: options.cases ?? 200, numRuns: options.numRuns ?? 50, maxPosition: options.positions ?? 65536 });
    const within = r.verdict === "pass" && (r.ratioToFloor === null || r.ratioToFloor <= ratio);
    return {
      pass: within,
      message: () =>
        `expected ${received.name} ${within ? "not " : ""}to stay within ${ratio}x the ${received.format} floor on ${property}: verdict ${r.verdict}${r.error ? ` (${r.error})` : ""}, ${r.ratioToFloor === null ? "floor 0" : `${r.ratioToFloor.toPrecision(3)}x the floor`}, max ${r.max} vs threshold ${r.threshold}`,
    };
  },

  async toMatchBaseline(received: Kernel, path: string, options: { tolerance?: number } = {}) {
    const b = asBaseline(parseJsonFile(readFileSync(path, "utf8"), path, "baseline"), path);
    const w = b.workload;
    if (w.relativeTo !== null && w.relativeTo !== undefined) throw new RangeError(`toMatchBaseline: ${path} was judged relative to ${w.relativeTo}; save a baseline of a run with derived thresholds`);
    const entries = b.entries.filter((e) => e.kernel === received.name);
    if (entries.length === 0) throw new RangeError(`toMatchBaseline: ${path} has no rows for kernel ${JSON.stringify(received.name)}`);
    const k = underTest(received, w.headDim);
    const results = [];
    for (const e of entries) {
      const p = PROPERTIES.find((q) => q.id === e.property);
      if (!p) throw new RangeError(`toMatchBaseline: ${path} names property ${e.property}, not a built-in one`);
      results.push(await runPair(k, p, { seed: w.seed, cases: w.cases, numRuns: w.numRuns, maxPosition: w.maxPosition, thresholds: w.thresholds }));
    }
    const report = {
      schema: "",
      version: VERSION,
      seed: w.seed,
      cases: w.cases,
      numRuns: w.numRuns,
      headDim: w.headDim,
      maxPosition: w.maxPosition,
      thresholds: w.thresholds,
      kernels: [{ name: received.name, format: received.format, rope: received.rope }],
      properties: w.properties.map((id) => ({ id })),
      results,
    };
    const g = gate({ ...b, entries }, report, options.tolerance ?? 0.05);
    return {
      pass: g.regressions.length === 0,
      message: () => (g.regressions.length === 0 ? `expected ${received.name} to regress against ${path}, but it did not` : gateMarkdown(g, options.tolerance ?? 0.05)),
    };
  },
});

export interface PropOptions {
  /** Fixed seed (printed, so a failure replays); default 1. */
  seed?: number;
  numRuns?: number;
  /** Replays one counterexample: fast-check's path from a failure message. */
  path?: string;
}

/**
 * A property-based vitest test with a printed, fixed seed (in the manner of @fast-check/vitest's
 * test.prop): `prop("bf16 rounding is idempotent", [formatValue("bf16")], (v) => round("bf16", v) === v)`.
 */
export function prop<T extends unknown[]>(
  name: string,
  arbitraries: { [K in keyof T]: fc.Arbitrary<T[K]> },
  predicate: (...args: T) => boolean | void | Promise<boolean | void>,
  options: PropOptions = {},
): void {
  if (arbitraries.length === 0) throw new RangeError("prop: give at least one arbitrary");
  const seed = options.seed ?? 1;
  test(`${name} (seed ${seed})`, async () => {
    const property = fc.asyncProperty(...(arbitraries as unknown as [fc.Arbitrary<unknown>]), async (...args: unknown[]) => predicate(...(args as T)));
    await fc.assert(property, { seed, numRuns: options.numRuns ?? 100, ...(options.path !== undefined ? { path: options.path, endOnFailure: true } : {}) });
  });
}

declare module "vitest" {
  // T = any: every declaration of vitest's Matchers must have identical type parameters.
  interface Matchers<T = any> {
    toPreserveRelativePosition(options?: RelativePositionOptions): Promise<T>;
    toMatchPipeline(pipeline: string, options?: PipelineMatchOptions): Promise<T>;
    toStayWithinFloor(property: string, ratio: number, options?: FloorOptions): Promise<T>;
    toMatchBaseline(path: string, options?: { tolerance?: number }): Promise<T>;
  }
}
