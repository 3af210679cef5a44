import { f16round } from "@petamoriken/float16";
import { describe, expect, test } from "vitest";
import {
  InvalidArgumentError,
  bitsOfError,
  createRng,
  decode,
  encode,
  formatSpec,
  round,
  roundArray,
  ulpDistance,
} from "../../src/index.js";

const SEED = 20261129;
console.log(`formats tests seed ${SEED}`);

/** Random fp64 spread over fp16's range and beyond: random exponents, uniform mantissas, both signs. */
function spreadInputs(n: number, seed: number, minExp: number, maxExp: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const e = minExp + Math.floor(rng() * (maxExp - minExp + 1));
    out[k] = (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** e;
  }
  return out;
}

describe("fp16 against @petamoriken/float16", () => {
  test("round equals f16round on 10^6 random inputs spanning subnormals, normals and overflow", () => {
    const xs = spreadInputs(1_000_000, SEED, -27, 17);
    const bulk = roundArray("fp16", xs);
    const bad: string[] = [];
    for (let k = 0; k < xs.length; k++) {
      const want = f16round(xs[k]!);
      if (!Object.is(round("fp16", xs[k]!), want) || !Object.is(bulk[k], want))
        bad.push(`x=${xs[k]}: round ${round("fp16", xs[k]!)}, roundArray ${bulk[k]}, f16round ${want}`);
    }
    expect(bad.slice(0, 5)).toEqual([]);
  });
});

describe("stochastic rounding", () => {
  const cases: [string, number][] = [
    ["bf16", 1 + 2 ** -9], // a quarter of the way between 1 and 1 + 2^-7
    ["bf16", -3.14159],
    ["fp16", 0.1],
    ["fp16", 3e-7], // subnormal range
    ["fp8-e4m3fn", 0.3],
    ["fp8-e5m2", 1000.5],
    ["tf32", 1 / 3],
    ["fp32", Math.PI],
  ];
  test.each(cases)("%s: the mean of 10^5 draws of %d lies within 5σ of x", (format, x) => {
    const rng = createRng(SEED);
    const n = 100_000;
    const lo = round(format as "bf16", x, "rtz");
    const hi = nextAway(format as "bf16", lo); // lo and hi: the neighbours around x (none of the x is on the grid)
    expect(lo !== x && Math.abs(lo) < Math.abs(x) && Math.abs(x) < Math.abs(hi)).toBe(true);
    let sum = 0;
    let ups = 0;
    for (let k = 0; k < n; k++) {
      const r = round(format as "bf16", x, "stochastic", rng);
      expect(r === lo || r === hi).toBe(true);
      if (r === hi) ups++;
      sum += r;
    }
    const p = (x - lo) / (hi - lo);
    const sigma = Math.abs(hi - lo) * Math.sqrt((p * (1 - p)) / n);
    const mean = sum / n;
    expect(Math.abs(mean - x)).toBeLessThanOrEqual(5 * sigma);
    expect(ups).toBeGreaterThan(0);
  });

  test("the same seed gives the same draws; another seed gives others", () => {
    const xs = spreadInputs(10_000, 7, -20, 10);
    const a = roundArray("bf16", xs, undefined, "stochastic", createRng(42));
    const b = roundArray("bf16", xs, undefined, "stochastic", createRng(42));
    const c = roundArray("bf16", xs, undefined, "stochastic", createRng(43));
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
  });

  test("an exact value never moves", () => {
    const rng = createRng(1);
    for (let k = 0; k < 1000; k++) expect(round("bf16", 1.5, "stochastic", rng)).toBe(1.5);
  });
});

function nextAway(format: "bf16", v: number): number {
  const b = encode(format, Math.abs(v)) as number;
  return Math.sign(v) * decode(format, b + 1);
}

describe("policies", () => {
  test("saturation and flush-to-zero", () => {
    const sat = formatSpec("fp8-e4m3fn", { overflow: "saturate" });
    expect(round(sat, 1e9)).toBe(448);
    expect(round(sat, -Infinity)).toBe(-448);
    const bfSat = formatSpec("bf16", { overflow: "saturate" });
    expect(round(bfSat, 1e39)).toBe(decode("bf16", 0x7f7f));
    expect(round(bfSat, Infinity)).toBe(Infinity); // an infinity in the input is representable, not an overflow
    const ftz = formatSpec("fp16", { subnormals: "flush" });
    expect(round(ftz, 2 ** -20)).toBe(0);
    expect(Object.is(round(ftz, -(2 ** -20)), -0)).toBe(true);
    expect(round(ftz, 2 ** -14)).toBe(2 ** -14);
    expect(round(ftz, 2 ** -14 - 2 ** -26)).toBe(2 ** -14); // rounds up to minNormal: not tiny after rounding
    expect(() => formatSpec("fp8-e4m3fn", { overflow: "inf" })).toThrow(InvalidArgumentError);
  });
});

describe("ulpDistance and bitsOfError (Herbie)", () => {
  test("ordinal distance equals the distance between bf16 pattern indices, ±0 equal", () => {
    const rng = createRng(SEED);
    // Signed ordinal of a finite bf16 pattern computed here from the pattern alone.
    const ord = (b: number): number => (b & 0x8000 ? -(b & 0x7fff) : b);
    for (let k = 0; k < 20_000; k++) {
      const a = Math.floor(rng() * 0x7f80) | (rng() < 0.5 ? 0x8000 : 0);
      const b = Math.floor(rng() * 0x7f80) | (rng() < 0.5 ? 0x8000 : 0);
      expect(ulpDistance("bf16", decode("bf16", a), decode("bf16", b))).toBe(Math.abs(ord(a) - ord(b)));
    }
    expect(ulpDistance("bf16", 0, -0)).toBe(0);
    expect(ulpDistance("bf16", 2 ** -133, -(2 ** -133))).toBe(2);
    expect(ulpDistance("fp64", 1, 1 + 2 ** -52)).toBe(1);
    expect(ulpDistance("fp16", Infinity, 65504)).toBe(1);
    expect(ulpDistance("bf16", NaN, 1)).toBeNaN();
  });

  test("bits of error: log2(1 + ulps), the exact value rounded first; NaN and wrong infinities cost every bit", () => {
    expect(bitsOfError("bf16", 1, 1)).toBe(0);
    expect(bitsOfError("bf16", 1, 1 + 2 ** -7)).toBe(1);
    expect(bitsOfError("bf16", 1, 1 + 3 * 2 ** -7)).toBe(2);
    expect(bitsOfError("bf16", 1, 1 + 2 ** -9)).toBe(0); // exact rounds to 1
    expect(bitsOfError("fp16", NaN, 1)).toBe(16);
    expect(bitsOfError("fp16", Infinity, 1)).toBe(16);
    expect(bitsOfError("fp16", Infinity, 1e6)).toBe(0);
    expect(bitsOfError("fp8-e4m3fn", 448, 1000)).toBe(8);
    expect(bitsOfError("fp64", 1, 1 + 2 ** -52)).toBe(1);
  });

  test("values off the grid are refused, naming the argument", () => {
    expect(() => ulpDistance("bf16", 1 + 2 ** -9, 1)).toThrow(/^a: expected a value on the bf16 grid/);
    expect(() => bitsOfError("bf16", 0.1, 0.1)).toThrow(/^approx: /);
  });
});

describe("bad input", () => {
  test("an unknown format names the argument and the accepted values", () => {
    const err = (() => {
      try {
        round("bfloat16" as "bf16", 1);
      } catch (e) {
        return e;
      }
    })() as InvalidArgumentError;
    expect(err).toBeInstanceOf(InvalidArgumentError);
    expect(err.argument).toBe("format");
    expect(err.message).toMatch(/^format: expected one of "bf16", "fp16", "fp32", "tf32", "fp8-e4m3fn", "fp8-e5m2", "fp64"/);
    expect(err.message).toMatch(/got "bfloat16"/);
  });
  test("modes, rng, bits and arrays are checked", () => {
    expect(() => round("bf16", 1, "nearest" as "rne")).toThrow(/^mode: expected one of "rne", "rtz", "stochastic"/);
    expect(() => round("bf16", 1, "stochastic")).toThrow(/^rng: /);
    expect(() => decode("bf16", 0x10000)).toThrow(/^bits: expected an integer in \[0, 65536\) for bf16/);
    expect(() => decode("fp8-e4m3fn", 1.5)).toThrow(/^bits: /);
    expect(() => decode("fp64", -1n)).toThrow(/^bits: /);
    expect(() => roundArray("bf16", [1, 2] as unknown as Float64Array)).toThrow(/^src: expected a Float64Array/);
    expect(() => roundArray("bf16", new Float64Array(4), new Float64Array(2))).toThrow(/^dst: /);
    expect(() => createRng(1.5)).toThrow(/^seed: expected a safe integer/);
  });
});
