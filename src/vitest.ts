/**
 * `rope-audit/vitest`: matchers for users' own vitest suites. Importing this module registers them.
 *
 *   import "rope-audit/vitest";
 *   test("my kernel keeps relative positions", async () => {
 *     await expect(myKernel).toPreserveRelativePosition({ headDim: 128, positions: 65536, seed: 1 });
 *   });
 *
 * The check is the logit.relative property in assert mode (fast-check, fixed seed, shrinking); a failure
 * message carries the shrunk counterexample and a replay token.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import type { Kernel } from "./kernels/kernel.js";
import { type KernelUnderTest, assertProperty } from "./measure/property.js";
import { logitRelative } from "../properties/logit-relative.js";

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
  }
}
