/**
 * Differential test: src round()/roundArray() against the independent BigInt
 * reference in test/reference/bigint-round.ts.
 *
 * Replay a failure with: ROUND_REF_SEED=<seed> npx vitest run test/formats/round.reference.test.ts
 * Longer soak run:       ROUND_REF_SCALE=10 npx vitest run test/formats/round.reference.test.ts
 */
import { describe, expect, test } from "vitest";
import { f16round } from "@petamoriken/float16";
import { createRng, FORMAT_NAMES, formatSpec, round, roundArray } from "../../src/index.js";
import {
  encodeDouble,
  hexBits,
  pow2Exact,
  REF_FORMAT_NAMES,
  refParams,
  referenceRound,
  stochasticThreshold,
  type RefFormatName,
  type RefMode,
  type RefOverflow,
  type RefParams,
  type RefSubnormals,
} from "../reference/bigint-round.js";
import {
  CATEGORIES,
  checkDeterministic,
  checkStochastic,
  formatFailures,
  generateInputs,
  newResult,
  newStochasticResult,
  pickSeed,
  Sfc32,
  type RoundArrayFn,
  type RoundFn,
} from "./round.reference.harness.js";

const SEED = pickSeed();
console.log(`[round.reference] seed=${SEED}  (replay: ROUND_REF_SEED=${SEED} npx vitest run test/formats/round.reference.test.ts)`);

const roundFn = round as unknown as RoundFn;
const roundArrayFn = roundArray as unknown as RoundArrayFn;

/** Optional multiplier for longer soak runs: ROUND_REF_SCALE=5 (default 1). */
const SCALE = Math.max(1, Number(process.env.ROUND_REF_SCALE ?? "1") || 1);
/** Inputs per format per mode (rne, rtz) and for stochastic. */
const N_DET = 1_000_000 * SCALE;
const N_STOCH = 200_000 * SCALE;
/** Policy variants. */
const N_POLICY_DET = 250_000 * SCALE;
const N_POLICY_STOCH = 100_000 * SCALE;
const CHUNK = 250_000;

const p2 = pow2Exact;
const same = (a: number, b: number): boolean => Object.is(a, b);

function streamId(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// ---------------------------------------------------------------------------
// 1. Self-test of the reference (hand-computed cases, independent oracles)
// ---------------------------------------------------------------------------

describe("reference self-test", () => {
  type Case = [RefFormatName | RefParams, number, RefMode, number, number?];
  const P = (n: RefFormatName, o: { overflow?: RefOverflow; subnormals?: RefSubnormals } = {}) => refParams(n, o);
  const cases: Case[] = [
    // bf16, p = 8: spacing at [1,2) is 2^-7
    ["bf16", 1 + p2(-8), "rne", 1], // tie -> even (1)
    ["bf16", 1 + 3 * p2(-8), "rne", 1 + p2(-6)], // tie between 1+2^-7 (odd) and 1+2^-6 (even)
    ["bf16", 1 + p2(-8) + p2(-30), "rne", 1 + p2(-7)], // double-rounding trap: must go up
    ["bf16", 1 + p2(-8) - p2(-30), "rne", 1],
    ["bf16", -(1 + p2(-8) + p2(-30)), "rne", -(1 + p2(-7))],
    ["bf16", 1 + p2(-7) - p2(-40), "rtz", 1],
    ["bf16", -(1 + p2(-7) - p2(-40)), "rtz", -1],
    ["bf16", 3.3895313892515355e38 + p2(119), "rne", Infinity], // max + half ulp: tie to 2^128 (even)
    ["bf16", 3.3895313892515355e38 + p2(119) - p2(75), "rne", 3.3895313892515355e38],
    ["bf16", 3.3895313892515355e38 + p2(119), "rtz", 3.3895313892515355e38],
    ["bf16", 1e39, "rtz", 3.3895313892515355e38],
    ["bf16", -1e39, "rtz", -3.3895313892515355e38],
    ["bf16", p2(-134), "rne", 0], // half the min subnormal 2^-133: tie -> 0
    ["bf16", -p2(-134), "rne", -0],
    ["bf16", p2(-134) + p2(-160), "rne", p2(-133)],
    ["bf16", 3 * p2(-134), "rne", p2(-132)], // tie between 1 and 2 min subnormals -> 2
    ["bf16", 5 * p2(-134), "rne", p2(-132)], // tie between 2 and 3 -> 2
    [P("bf16", { subnormals: "flush" }), p2(-127), "rne", 0],
    [P("bf16", { subnormals: "flush" }), -p2(-127), "rne", -0],
    [P("bf16", { subnormals: "flush" }), p2(-126) - p2(-136), "rne", p2(-126)], // rounds up to minNormal: kept
    [P("bf16", { subnormals: "flush" }), p2(-126) - p2(-136), "rtz", 0], // truncates to a subnormal: flushed
    [P("bf16", { overflow: "saturate" }), 1e39, "rne", 3.3895313892515355e38],
    [P("bf16", { overflow: "saturate" }), -Infinity, "rne", -Infinity], // has infinity: inf stays inf
    // fp16
    ["fp16", 65519.99, "rne", 65504],
    ["fp16", 65520, "rne", Infinity],
    ["fp16", -65520, "rne", -Infinity],
    ["fp16", 65520, "rtz", 65504],
    ["fp16", 1e6, "rtz", 65504],
    ["fp16", -1e6, "rtz", -65504],
    ["fp16", 1e6, "rne", Infinity],
    ["fp16", p2(-25), "rne", 0],
    ["fp16", p2(-25) + p2(-40), "rne", p2(-24)],
    ["fp16", -p2(-26), "rne", -0],
    ["fp16", 1 + p2(-11), "rne", 1],
    ["fp16", 1 + p2(-11) + p2(-29), "rne", 1 + p2(-10)],
    ["fp16", 0.1, "rne", 0.0999755859375],
    ["fp16", 0.1, "rtz", 0.0999755859375],
    ["fp16", 1 / 3, "rne", 0.333251953125],
    ["fp16", 1 / 3, "rtz", 0.333251953125],
    ["fp16", 2 / 3, "rne", 0.66650390625],
    ["fp16", 2 / 3, "rtz", 0.66650390625], // 1365.33 * 2^-11 -> 1365 * 2^-11
    ["fp16", 0.7, "rne", 0.7001953125], // 1433.6 * 2^-11 -> 1434 * 2^-11
    ["fp16", 0.7, "rtz", 0.69970703125], // -> 1433 * 2^-11
    [P("fp16", { overflow: "saturate" }), 1e6, "rne", 65504],
    [P("fp16", { overflow: "saturate" }), 65520, "stochastic", 65504, 0.5],
    [P("fp16", { subnormals: "flush" }), p2(-15), "rne", 0],
    [P("fp16", { subnormals: "flush" }), p2(-14) - p2(-26), "rne", p2(-14)],
    [P("fp16", { subnormals: "flush" }), p2(-14) - p2(-26), "rtz", 0],
    // fp16 stochastic: 65520 is halfway between 65504 and 65536 (> max)
    ["fp16", 65520, "stochastic", Infinity, 0.1],
    ["fp16", 65520, "stochastic", 65504, 0.5],
    ["fp16", 65520, "stochastic", Infinity, 0.5 - p2(-53)],
    // tf32 (p = 11)
    ["tf32", 1 + p2(-11), "rne", 1],
    ["tf32", 1 + p2(-11) + p2(-40), "rne", 1 + p2(-10)],
    ["tf32", p2(-136), "rne", p2(-136)], // min subnormal of tf32 is 2^-136
    ["tf32", p2(-137), "rne", 0],
    // fp8-e4m3fn (p = 4, max 448 = 1.75 * 2^8)
    ["fp8-e4m3fn", 448, "rne", 448],
    ["fp8-e4m3fn", 464, "rne", 448], // tie between 448 (14*32) and 480 (15*32) -> 448
    ["fp8-e4m3fn", 465, "rne", NaN],
    ["fp8-e4m3fn", 470, "rtz", 448],
    ["fp8-e4m3fn", 480, "rtz", NaN], // 480 is on the unbounded grid and > 448
    ["fp8-e4m3fn", 1000, "rtz", NaN], // policy nan also for rtz
    [P("fp8-e4m3fn", { overflow: "saturate" }), 465, "rne", 448],
    [P("fp8-e4m3fn", { overflow: "saturate" }), -465, "rne", -448],
    [P("fp8-e4m3fn", { overflow: "saturate" }), 1e300, "rtz", 448],
    ["fp8-e4m3fn", Infinity, "rne", NaN],
    ["fp8-e4m3fn", -Infinity, "rtz", NaN],
    [P("fp8-e4m3fn", { overflow: "saturate" }), Infinity, "rne", 448],
    [P("fp8-e4m3fn", { overflow: "saturate" }), -Infinity, "rne", -448],
    ["fp8-e4m3fn", p2(-10), "rne", 0], // tie between 0 and 2^-9 -> 0
    ["fp8-e4m3fn", -p2(-10), "rne", -0],
    ["fp8-e4m3fn", 3 * p2(-11), "rne", p2(-9)],
    ["fp8-e4m3fn", 3 * p2(-10), "rne", p2(-8)], // 1.5 min subnormals: tie -> 2
    ["fp8-e4m3fn", p2(-7) + p2(-10), "rne", p2(-7)], // subnormal 0.5*2^-6 + 2^-10: tie 4 vs 5 min subnormals -> 4
    ["fp8-e4m3fn", 1 + p2(-4), "rne", 1],
    ["fp8-e4m3fn", 1 + p2(-4) + p2(-50), "rne", 1 + p2(-3)],
    ["fp8-e4m3fn", 17, "rne", 16],
    ["fp8-e4m3fn", 19, "rne", 20],
    // fp8-e5m2 (p = 3, max 57344 = 1.75 * 2^15)
    ["fp8-e5m2", 61440, "rne", Infinity], // max + half ulp (4096): tie to 65536 (even)
    ["fp8-e5m2", 61439.99, "rne", 57344],
    ["fp8-e5m2", 61440, "rtz", 57344],
    ["fp8-e5m2", p2(-17), "rne", 0], // half the min subnormal 2^-16
    ["fp8-e5m2", 3 * p2(-17), "rne", p2(-15)],
    ["fp8-e5m2", 1.125, "rne", 1], // tie 1 / 1.25
    ["fp8-e5m2", 1.375, "rne", 1.5], // tie 1.25 / 1.5
    // fp32
    ["fp32", 1 + p2(-24), "rne", 1],
    ["fp32", 1 + p2(-24) + p2(-52), "rne", 1 + p2(-23)],
    ["fp32", p2(-150), "rne", 0],
    ["fp32", 3 * p2(-150), "rne", p2(-148)],
    ["fp32", 0.1, "rtz", 0.09999999403953552],
    // fp64: identity, except flush of fp64 subnormals
    ["fp64", 0.1, "rne", 0.1],
    ["fp64", Number.MIN_VALUE, "rne", Number.MIN_VALUE],
    ["fp64", Number.MAX_VALUE, "rtz", Number.MAX_VALUE],
    ["fp64", -Number.MIN_VALUE, "stochastic", -Number.MIN_VALUE, 0.3],
    [P("fp64", { subnormals: "flush" }), Number.MIN_VALUE, "rne", 0],
    [P("fp64", { subnormals: "flush" }), -Number.MIN_VALUE, "rtz", -0],
    [P("fp64", { subnormals: "flush" }), 2.2250738585072014e-308, "rne", 2.2250738585072014e-308],
    // stochastic, bf16: x = 1 + 2^-9 is a quarter of the way from 1 to 1+2^-7
    ["bf16", 1 + p2(-9), "stochastic", 1 + p2(-7), 0],
    ["bf16", 1 + p2(-9), "stochastic", 1 + p2(-7), 0.25 - p2(-55)],
    ["bf16", 1 + p2(-9), "stochastic", 1, 0.25], // u < 1/4 is false
    ["bf16", 1 + p2(-9), "stochastic", 1, 0.9],
    ["bf16", -(1 + p2(-9)), "stochastic", -(1 + p2(-7)), 0.1],
    ["bf16", 1, "stochastic", 1, 0],
    ["bf16", 1 + p2(-9) + p2(-50), "stochastic", 1 + p2(-7), 0.25], // threshold 1/4 + 2^-43 > 1/4
    ["bf16", p2(-140), "stochastic", p2(-133), p2(-8)], // 2^-140/2^-133 = 2^-7 > 2^-8
    ["bf16", p2(-140), "stochastic", 0, p2(-7)],
    ["bf16", -p2(-140), "stochastic", -0, 0.5],
    ["fp8-e4m3fn", 456, "stochastic", NaN, 0.2], // 448 + 8: threshold 1/4 -> up to 480 > max
    ["fp8-e4m3fn", 456, "stochastic", 448, 0.25],
    [P("fp8-e4m3fn", { overflow: "saturate" }), 456, "stochastic", 448, 0.2],
    // specials
    ["bf16", NaN, "rne", NaN],
    ["fp16", -0, "rne", -0],
    ["fp16", 0, "rtz", 0],
    ["fp8-e5m2", -Infinity, "rne", -Infinity],
    ["fp8-e5m2", Infinity, "rtz", Infinity],
  ];

  test("hand-computed cases", () => {
    const bad: string[] = [];
    for (const [f, x, mode, want, u] of cases) {
      const params = typeof f === "string" ? refParams(f) : f;
      const got = referenceRound(params, x, mode, u);
      if (!same(got, want)) {
        bad.push(`${typeof f === "string" ? f : JSON.stringify(f)} ${mode} x=${hexBits(x)} (${x}) u=${u}: want ${want} got ${got}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test("table facts: maxFinite values and encodeDouble exactness", () => {
    expect(refParams("fp64").maxFinite).toBe(Number.MAX_VALUE);
    expect(refParams("fp32").maxFinite).toBe(3.4028234663852886e38);
    expect(refParams("fp32").maxFinite).toBe((2 - p2(-23)) * p2(127));
    expect(refParams("tf32").maxFinite).toBe((2 - p2(-10)) * p2(127));
    expect(refParams("bf16").maxFinite).toBe((2 - p2(-7)) * p2(127));
    expect(refParams("fp16").maxFinite).toBe(65504);
    expect(refParams("fp8-e5m2").maxFinite).toBe(57344);
    expect(refParams("fp8-e4m3fn").maxFinite).toBe(448);
    expect(refParams("fp8-e4m3fn").hasInfinity).toBe(false);
    expect(refParams("fp8-e4m3fn").overflow).toBe("nan");
    expect(pow2Exact(-1074)).toBe(Number.MIN_VALUE);
    expect(pow2Exact(-1022)).toBe(2.2250738585072014e-308);
    expect(pow2Exact(1023)).toBe(8.98846567431158e307);
    expect(() => encodeDouble(false, (1n << 54n) - 1n, 0)).toThrow();
    expect(() => encodeDouble(false, 3n, -1075)).toThrow();
    expect(() => encodeDouble(false, 1n, 1024)).toThrow();
  });

  test("fp32 rne agrees with Math.fround, fp32 rtz with a fround-derived truncation", () => {
    const r = new Sfc32(SEED, streamId("selftest-fp32"));
    const P32 = refParams("fp32");
    const xs = generateInputs(P32, 300_000, r);
    const bad: string[] = [];
    for (const x of xs) {
      const want = Math.fround(x);
      const got = referenceRound(P32, x, "rne");
      if (!same(got, want) && bad.length < 8) bad.push(`rne x=${hexBits(x)} fround=${want} ref=${got}`);
      // truncation: fround, then step one fp32 ulp toward zero if it rounded away
      let t = want;
      if (Math.abs(t) > Math.abs(x)) {
        const f = new Float32Array([t]);
        const u = new Uint32Array(f.buffer);
        u[0] = u[0]! - 1; // magnitude one fp32 ulp smaller (sign bit untouched)
        t = f[0]!;
        if (!Number.isFinite(x)) t = x;
      }
      if (Number.isNaN(x)) t = NaN;
      const gotT = referenceRound(P32, x, "rtz");
      if (!same(gotT, t) && bad.length < 8) bad.push(`rtz x=${hexBits(x)} trunc=${t} ref=${gotT}`);
    }
    expect(bad).toEqual([]);
  });

  test("fp16 rne agrees with @petamoriken/float16 f16round", () => {
    const r = new Sfc32(SEED, streamId("selftest-fp16"));
    const P16 = refParams("fp16");
    const xs = generateInputs(P16, 300_000, r);
    const bad: string[] = [];
    for (const x of xs) {
      const want = f16round(x);
      const got = referenceRound(P16, x, "rne");
      if (!same(got, want) && bad.length < 8) bad.push(`x=${hexBits(x)} (${x}) f16round=${want} ref=${got}`);
    }
    expect(bad).toEqual([]);
  });

  test("structural properties: results on grid, idempotent, rne nearest, rtz not larger, fp64 identity", () => {
    const bad: string[] = [];
    for (const name of REF_FORMAT_NAMES) {
      const params = refParams(name);
      const r = new Sfc32(SEED, streamId("selftest-props-" + name));
      const xs = generateInputs(params, 40_000, r);
      for (const x of xs) {
        if (!Number.isFinite(x)) continue;
        const n = referenceRound(params, x, "rne");
        const z = referenceRound(params, x, "rtz");
        if (name === "fp64" && (!same(n, x) || !same(z, x))) bad.push(`${name} not identity ${hexBits(x)}`);
        for (const v of [n, z]) {
          if (Number.isFinite(v) && !same(referenceRound(params, v, "rne"), v)) bad.push(`${name} not idempotent ${hexBits(x)}`);
        }
        if (Number.isFinite(z) && Math.abs(z) > Math.abs(x)) bad.push(`${name} rtz grew ${hexBits(x)}`);
        if (Number.isFinite(z) && Number.isFinite(n) && Math.abs(z) <= params.maxFinite) {
          // |x - n| <= |x - z| and <= |x - (z + spacing)|: n is z or the next grid point above
          const up = referenceRound(params, x, "stochastic", 0); // rounds up unless on grid
          if (!same(n, z) && !same(n, up)) bad.push(`${name} rne neither neighbour ${hexBits(x)}`);
        }
      }
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
});

// ---------------------------------------------------------------------------
// 2. The implementation's format table matches the facts of the contract
// ---------------------------------------------------------------------------

describe("format table", () => {
  test("FORMAT_NAMES is exactly the seven contract formats", () => {
    expect([...FORMAT_NAMES].sort()).toEqual([...REF_FORMAT_NAMES].sort());
  });
  test.each(REF_FORMAT_NAMES)("formatSpec(%s) matches the reference parameters", (name) => {
    const s = formatSpec(name) as unknown as Record<string, unknown>;
    const p = refParams(name);
    expect({
      precision: s.precision,
      emin: s.emin,
      maxFinite: s.maxFinite,
      hasInfinity: s.hasInfinity,
      overflow: s.overflow,
      subnormals: s.subnormals,
    }).toEqual(p);
  });
});

// ---------------------------------------------------------------------------
// 3. Differential tests, every format and mode
// ---------------------------------------------------------------------------

function runDeterministic(label: string, fmt: unknown, params: RefParams, mode: "rne" | "rtz", total: number) {
  const r = new Sfc32(SEED, streamId(`${label}/${mode}`));
  const res = newResult();
  const t0 = performance.now();
  for (let done = 0; done < total; done += CHUNK) {
    const xs = generateInputs(params, Math.min(CHUNK, total - done), r);
    checkDeterministic(roundFn, roundArrayFn, fmt, params, xs, mode, res);
  }
  console.log(
    `[round.reference] ${label} ${mode}: ${res.checked} inputs x (round, roundArray, roundArray in-place), ` +
      `${res.mismatches} mismatches, ${(performance.now() - t0).toFixed(0)} ms`,
  );
  const msg = formatFailures(res.failures, res.mismatches, ` (${label} ${mode}, seed ${SEED})`);
  expect(res.mismatches, msg).toBe(0);
}

function runStochastic(label: string, fmt: unknown, params: RefParams, total: number) {
  const r = new Sfc32(SEED, streamId(`${label}/stochastic`));
  const projectRng = createRng((SEED ^ streamId(label)) >>> 0) as unknown as () => number;
  const res = newStochasticResult();
  const t0 = performance.now();
  for (let done = 0; done < total; done += CHUNK) {
    const xs = generateInputs(params, Math.min(CHUNK, total - done), r);
    checkStochastic(roundFn, fmt, params, xs, projectRng, r, res);
  }
  const counts = (m: Map<number, number>) => [...m].map(([c, k]) => `${k}x ${c} call(s)`).join(", ") || "none";
  console.log(
    `[round.reference] ${label} stochastic: ${res.checked} inputs, ${res.mismatches} mismatches, ` +
      `${res.thresholdHits} u exactly at threshold, rng call-count violations on finite non-zero x: ${res.badCallCounts}, ` +
      `rng calls for +-0: ${counts(res.zeroCallCounts)}, for NaN/+-inf: ${counts(res.nonFiniteCallCounts)}, ` +
      `${(performance.now() - t0).toFixed(0)} ms`,
  );
  const msg = formatFailures(res.failures, res.mismatches, ` (${label} stochastic, seed ${SEED})`);
  expect(res.mismatches, msg).toBe(0);
  expect(res.badCallCounts, `rng must be called exactly once per finite non-zero x:\n  ${res.callCountExamples.join("\n  ")}`).toBe(0);
}

describe("round / roundArray vs BigInt reference: default policies", () => {
  for (const name of REF_FORMAT_NAMES) {
    const params = refParams(name);
    for (const mode of ["rne", "rtz"] as const) {
      test(`${name} ${mode} (${N_DET} inputs)`, () => runDeterministic(name, name, params, mode, N_DET));
    }
    test(`${name} stochastic (${N_STOCH} inputs)`, () => runStochastic(name, name, params, N_STOCH));
  }
});

describe("stochastic rng call count", () => {
  // round() draws exactly one rng() per call with FINITE x (src/formats/round.ts, rule 5); +-0 is
  // finite. (Finite non-zero x are checked in every stochastic test above.)
  test("rng is called exactly once for x = +0 and x = -0 (every format)", () => {
    const bad: string[] = [];
    for (const name of REF_FORMAT_NAMES) {
      for (const x of [0, -0]) {
        let calls = 0;
        const got = roundFn(name, x, "stochastic", () => {
          calls++;
          return 0.5;
        });
        if (!same(got, x)) bad.push(`${name} x=${hexBits(x)}: result ${hexBits(got)}, expected ${hexBits(x)}`);
        if (calls !== 1) bad.push(`${name} x=${hexBits(x)}: rng called ${calls} times, expected 1`);
      }
    }
    expect(bad).toEqual([]);
  });
});

describe("round / roundArray vs BigInt reference: policy overrides via formatSpec objects", () => {
  const variants: [RefFormatName, { overflow?: RefOverflow; subnormals?: RefSubnormals }][] = [
    ["fp8-e4m3fn", { overflow: "saturate" }],
    ["bf16", { subnormals: "flush" }],
    ["bf16", { overflow: "saturate" }],
    ["fp16", { subnormals: "flush" }],
    ["fp16", { overflow: "saturate" }],
    ["bf16", { subnormals: "flush", overflow: "saturate" }],
  ];
  for (const [name, overrides] of variants) {
    const label = `${name}${JSON.stringify(overrides)}`;
    const params = refParams(name, overrides);
    const spec = () => formatSpec(name, overrides as never);
    test(`${label}: spec object carries the override`, () => {
      const s = spec() as unknown as Record<string, unknown>;
      expect({ overflow: s.overflow, subnormals: s.subnormals }).toEqual({
        overflow: params.overflow,
        subnormals: params.subnormals,
      });
    });
    for (const mode of ["rne", "rtz"] as const) {
      test(`${label} ${mode} (${N_POLICY_DET} inputs)`, () => runDeterministic(label, spec(), params, mode, N_POLICY_DET));
    }
    test(`${label} stochastic (${N_POLICY_STOCH} inputs)`, () => runStochastic(label, spec(), params, N_POLICY_STOCH));
  }
});

// generator coverage report (informational)
test("generator coverage (informational)", () => {
  const lines: string[] = [];
  for (const name of REF_FORMAT_NAMES) {
    const params = refParams(name);
    const stats: number[] = [];
    const xs = generateInputs(params, 100_000, new Sfc32(SEED, streamId("coverage-" + name)), stats);
    let ties = 0;
    let overflow = 0;
    let subnormalResults = 0;
    let zeroFromNonzero = 0;
    for (const x of xs) {
      if (stochasticThreshold(params, x) === 0.5) ties++;
      const v = referenceRound(params, x, "rne");
      if (Number.isFinite(x) && !Number.isFinite(v)) overflow++;
      if (v !== 0 && Math.abs(v) < params.maxFinite * 0 + p2(params.emin)) subnormalResults++;
      if (v === 0 && x !== 0) zeroFromNonzero++;
    }
    lines.push(
      `${name}: per 100k: exact ties ${ties}, overflow(rne) ${overflow}, subnormal results ${subnormalResults}, ` +
        `flushed-by-rounding-to-0 ${zeroFromNonzero}; categories ${CATEGORIES.map((c, i) => `${c}=${stats[i] ?? 0}`).join(" ")}`,
    );
  }
  console.log("[round.reference] coverage\n  " + lines.join("\n  "));
  expect(lines.length).toBe(REF_FORMAT_NAMES.length);
});
