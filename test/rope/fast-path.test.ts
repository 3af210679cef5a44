/**
 * The bf16 fast path (fp32 intermediates, bit-level bf16 rounding) must equal the general path bit for
 * bit wherever it runs, and must hand over to the general path where its conditions fail.
 */
import { describe, expect, test } from "vitest";
import { createRng, decode, emulate, round, zooPipeline } from "../../src/index.js";

const SEED = 77;

function compare(name: string, x: Float64Array, positions: Float64Array, d: number): void {
  const spec = zooPipeline(name);
  const fast = emulate(spec).rotate(x, positions, d);
  const slow = emulate(spec, { fastPaths: false }).rotate(x, positions, d);
  const bad: string[] = [];
  for (let k = 0; k < fast.length; k++) if (!Object.is(fast[k], slow[k])) bad.push(`${k}: x=${x[k]} fast ${fast[k]} general ${slow[k]}`);
  expect(bad.slice(0, 5)).toEqual([]);
}

describe("bf16 per-op fast path", () => {
  test.each(["hf", "hf-bf16-positions", "hf-tf32-angle", "vllm-legacy", "xformers-rotary"])("%s: identical to the general path", (name) => {
    const rng = createRng(SEED);
    const d = 128;
    const n = 2048;
    // Magnitudes from 2^−60 to 2^100 (the fast path's whole range), signs, exact zeros.
    const x = Float64Array.from({ length: n * d }, () =>
      rng() < 0.02 ? 0 : round("bf16", (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(-60 + rng() * 160)),
    );
    const positions = Float64Array.from({ length: n }, () => Math.floor(2 ** (rng() * 24)));
    compare(name, x, positions, d);
  });

  test("sums that overflow and products near the range limits agree", () => {
    const d = 8;
    const max = decode("bf16", 0x7f7f);
    const x = Float64Array.of(max, max, -max, max, 2 ** -60, 2 ** -59, 1, -1, max, -max, 0, -0, 3, 5, 7, 11);
    compare("hf", x, Float64Array.of(3, 100003), d);
  });

  test("inputs outside its conditions (tiny, subnormal, infinite) take the general path and still agree", () => {
    const d = 8;
    const tiny = decode("bf16", 0x0001); // smallest bf16 subnormal, 2^−133
    const x = Float64Array.of(tiny, 2 ** -100, -tiny, 1, 2, 3, Infinity, 4);
    compare("hf", x, Float64Array.of(12345), d);
  });

  test("rotate(…, out) writes into the caller's buffer and refuses a too-short one", () => {
    const k = emulate(zooPipeline("hf"));
    const x = Float64Array.from({ length: 256 }, (_, i) => round("bf16", Math.sin(i)));
    const out = new Float64Array(256);
    expect(k.rotate(x, Float64Array.of(7, 9), 128, out)).toBe(out);
    expect(out).toEqual(k.rotate(x, Float64Array.of(7, 9), 128));
    expect(() => k.rotate(x, Float64Array.of(7, 9), 128, new Float64Array(10))).toThrow(/^out: /);
  });
});
