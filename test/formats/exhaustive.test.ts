/**
 * Exhaustive sweeps over every bit pattern of the small formats. Each decode is judged by a decoder that
 * shares nothing with src/formats: bf16 and tf32 through DataView's fp32 (a bf16 pattern is the top 16 bits
 * of an fp32, tf32 the top 19), fp16 through @petamoriken/float16, fp8 through the closed-form formula of the
 * OCP OFP8 spec written out here.
 */
import { getFloat16 } from "@petamoriken/float16";
import { describe, expect, test } from "vitest";
import { createRng, decode, decodeArray, encode, encodeArray, formatSpec, round, roundArray } from "../../src/index.js";

const view = new DataView(new ArrayBuffer(8));
const fromF32Bits = (b: number): number => {
  view.setUint32(0, b >>> 0);
  return view.getFloat32(0);
};
const fromF16Bits = (b: number): number => {
  view.setUint16(0, b);
  return getFloat16(view, 0);
};
/** OFP8: E4M3 bias 7, only S.1111.111 is NaN; E5M2 bias 15, IEEE specials. */
function fp8Reference(kind: "e4m3" | "e5m2", b: number): number {
  const [eb, mb, bias] = kind === "e4m3" ? [4, 3, 7] : [5, 2, 15];
  const s = b >> 7 ? -1 : 1;
  const e = (b >> mb) & ((1 << eb) - 1);
  const m = b & ((1 << mb) - 1);
  if (kind === "e4m3" && e === 15 && m === 7) return NaN;
  if (kind === "e5m2" && e === 31) return m === 0 ? s * Infinity : NaN;
  if (e === 0) return s * m * 2 ** (1 - bias - mb);
  return s * (1 + m / 2 ** mb) * 2 ** (e - bias);
}

const CASES = [
  { format: "bf16", count: 1 << 16, reference: (b: number) => fromF32Bits(b << 16) },
  { format: "fp16", count: 1 << 16, reference: fromF16Bits },
  { format: "tf32", count: 1 << 19, reference: (b: number) => fromF32Bits(b * 8192) },
  { format: "fp8-e4m3fn", count: 256, reference: (b: number) => fp8Reference("e4m3", b) },
  { format: "fp8-e5m2", count: 256, reference: (b: number) => fp8Reference("e5m2", b) },
] as const;

const CANONICAL_NAN: Record<string, number> = { bf16: 0x7fc0, fp16: 0x7e00, tf32: 0x3fe00, "fp8-e4m3fn": 0x7f, "fp8-e5m2": 0x7e };

describe.each(CASES)("$format: every bit pattern", ({ format, count, reference }) => {
  test("decode matches the independent decoder and encode(decode(b)) = b", () => {
    let checked = 0;
    const bad: string[] = [];
    for (let b = 0; b < count; b++) {
      const v = decode(format, b);
      const want = reference(b);
      if (!Object.is(v, want)) bad.push(`decode(0x${b.toString(16)}) = ${v}, want ${want}`);
      if (Number.isNaN(v)) continue;
      if (encode(format, v) !== b) bad.push(`encode(${v}) = ${encode(format, v)}, want ${b}`);
      if (!Object.is(round(format, v), v)) bad.push(`round(${v}) = ${round(format, v)}: not the identity on the grid`);
      checked++;
    }
    expect(bad.slice(0, 10)).toEqual([]);
    expect(encode(format, NaN)).toBe(CANONICAL_NAN[format]);
    // Every pattern but the NaNs round-trips; count them independently.
    let nans = 0;
    for (let b = 0; b < count; b++) if (Number.isNaN(reference(b))) nans++;
    expect(checked).toBe(count - nans);
  });

  test("bulk encode/decode agree with the scalar ones", () => {
    const bits = count <= 256 ? new Uint8Array(count) : count <= 65536 ? new Uint16Array(count) : new Uint32Array(count);
    for (let b = 0; b < count; b++) bits[b] = b;
    const values = decodeArray(format, bits);
    const back = encodeArray(format, values);
    const bad: string[] = [];
    for (let b = 0; b < count; b++) {
      if (!Object.is(values[b], decode(format, b))) bad.push(`decodeArray at 0x${b.toString(16)}: ${values[b]}`);
      if (back[b] !== (Number.isNaN(values[b]!) ? CANONICAL_NAN[format] : b)) bad.push(`encodeArray at 0x${b.toString(16)}: ${back[b]}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
    // Off the grid too (encodeArray rounds in bulk, encode one value at a time): 10^5 values spread
    // over the format's range and beyond, with ±0, ±inf and NaN, under every overflow policy.
    const rng = createRng(0xb175);
    const xs = Float64Array.from({ length: 100_000 }, (_, i) =>
      i < 6 ? [0, -0, Infinity, -Infinity, NaN, 1e300][i]! : (rng() < 0.5 ? -1 : 1) * rng() * 2 ** Math.floor(rng() * 80 - 40),
    );
    for (const overflow of ["inf", "nan", "saturate"] as const) {
      if (overflow === "inf" && !formatSpec(format).hasInfinity) continue;
      const spec = formatSpec(format, { overflow });
      const bulk = encodeArray(spec, xs);
      const off: string[] = [];
      for (let i = 0; i < xs.length; i++) if (bulk[i] !== encode(spec, xs[i]!)) off.push(`${overflow} ${xs[i]}: ${bulk[i]} vs ${encode(spec, xs[i]!)}`);
      expect(off.slice(0, 5)).toEqual([]);
    }
  });

  test("the exact midpoint of neighbours rounds to the even one; ± one fp64 step rounds to the nearer", () => {
    // Positive finite values in increasing order (patterns of a sign-magnitude format are ordered).
    const grid: number[] = [];
    for (let b = 0; b < count / 2; b++) {
      const v = reference(b);
      if (Number.isFinite(v)) grid.push(v);
    }
    const src = new Float64Array(3 * (grid.length - 1));
    const want = new Float64Array(src.length);
    const bad: string[] = [];
    for (let k = 0; k + 1 < grid.length; k++) {
      const lo = grid[k]!;
      const hi = grid[k + 1]!;
      const mid = (lo + hi) / 2; // exact: neighbours differ in few low bits
      if (!(mid > lo && mid < hi)) bad.push(`midpoint of ${lo} and ${hi} not strictly between`);
      const even = (encode(format, lo) as number) % 2 === 0 ? lo : hi;
      const below = nextDown(mid);
      const above = nextUp(mid);
      if (round(format, mid) !== even) bad.push(`tie ${mid} between ${lo} and ${hi} → ${round(format, mid)}, want ${even}`);
      if (round(format, below) !== lo) bad.push(`just below the tie ${mid} → ${round(format, below)}, want ${lo}`);
      if (round(format, above) !== hi) bad.push(`just above the tie ${mid} → ${round(format, above)}, want ${hi}`);
      if (round(format, -mid) !== -even) bad.push(`tie ${-mid} → ${round(format, -mid)}, want ${-even}`);
      src.set([mid, below, above], 3 * k);
      want.set([even, lo, hi], 3 * k);
    }
    const got = roundArray(format, src);
    for (let k = 0; k < src.length; k++) if (got[k] !== want[k]) bad.push(`roundArray(${src[k]}) = ${got[k]}, want ${want[k]}`);
    // Short arrays (≤ 128 values) take their own element-by-element path: the same sweep in chunks of
    // 1 to 128 values, out of place and in place, RNE against the grid and RTZ against round(…, "rtz").
    const lengths = [1, 7, 64, 127, 128];
    let chunks = 0;
    for (let at = 0, c = 0; at < src.length; c++) {
      const part = src.subarray(at, Math.min(src.length, at + lengths[c % lengths.length]!));
      const out = roundArray(format, part, new Float64Array(part.length));
      const inPlace = part.slice();
      roundArray(format, inPlace, inPlace);
      const rtz = roundArray(format, part, new Float64Array(part.length), "rtz");
      for (let k = 0; k < part.length; k++) {
        const w = want[at + k]!;
        if (out[k] !== w || inPlace[k] !== w) bad.push(`short roundArray(${part[k]}) = ${out[k]} / ${inPlace[k]}, want ${w}`);
        if (!Object.is(rtz[k], round(format, part[k]!, "rtz"))) bad.push(`short rtz roundArray(${part[k]}) = ${rtz[k]}, want ${round(format, part[k]!, "rtz")}`);
      }
      at += part.length;
      chunks++;
    }
    expect(chunks).toBeGreaterThanOrEqual(Math.min(100, Math.ceil(src.length / 128)));
    // Long arrays at an offset in their buffer, into another offset, and in place.
    const copy = new Float64Array(src.length + 8);
    copy.set(src, 3);
    const from = copy.subarray(3, 3 + src.length);
    const into = new Float64Array(src.length + 5).subarray(5);
    roundArray(format, from, into);
    roundArray(format, from, from);
    for (let k = 0; k < src.length; k++) if (into[k] !== want[k] || from[k] !== want[k]) bad.push(`offset roundArray(${src[k]}) = ${into[k]} / ${from[k]}, want ${want[k]}`);
    expect(bad.slice(0, 10)).toEqual([]);
    expect(grid.length).toBeGreaterThanOrEqual(count / 2 - 2 ** 10); // the sweep covered (nearly) every positive value
  });
});

describe("special values and overflow", () => {
  test("double-rounding trap: 1 + 2^-8 + 2^-30 rounds up in bf16 (through fp32 it would tie to 1)", () => {
    const x = 1 + 2 ** -8 + 2 ** -30;
    expect(Math.fround(x)).toBe(1 + 2 ** -8); // the fp32 route loses the sticky bit ...
    expect(round("bf16", x)).toBe(1 + 2 ** -7); // ... a direct rounding keeps it
    expect(roundArray("bf16", Float64Array.of(x, -x))).toEqual(Float64Array.of(1 + 2 ** -7, -(1 + 2 ** -7)));
  });

  test("IEEE overflow: max + half ulp is a tie that goes to infinity; rtz saturates", () => {
    expect(round("fp16", 65519.99)).toBe(65504);
    expect(round("fp16", 65520)).toBe(Infinity);
    expect(round("fp16", -65520)).toBe(-Infinity);
    expect(round("fp16", 1e6, "rtz")).toBe(65504);
    expect(round("bf16", 3.4e38)).toBe(Infinity);
    expect(round("fp8-e5m2", 61440)).toBe(Infinity);
    expect(round("fp8-e5m2", 61439)).toBe(57344);
  });

  test("e4m3fn: no infinity; overflow is NaN by default, 448 when saturating; 464 is a tie to even 448", () => {
    expect(round("fp8-e4m3fn", 464)).toBe(448);
    expect(round("fp8-e4m3fn", 465)).toBeNaN();
    expect(round("fp8-e4m3fn", Infinity)).toBeNaN();
    expect(round("fp8-e4m3fn", 2 ** -10)).toBe(0); // tie between 0 and the smallest subnormal 2^-9
    expect(Object.is(round("fp8-e4m3fn", -(2 ** -10)), -0)).toBe(true);
    expect(round("fp8-e4m3fn", 3 * 2 ** -11)).toBe(2 ** -9);
  });

  test("signed zeros and NaN survive", () => {
    for (const f of ["bf16", "fp16", "fp32", "tf32", "fp8-e4m3fn", "fp8-e5m2", "fp64"] as const) {
      expect(Object.is(round(f, -0), -0)).toBe(true);
      expect(Object.is(round(f, 0), 0)).toBe(true);
      expect(round(f, NaN)).toBeNaN();
      expect(Object.is(round(f, -1e-300), -0) || f === "fp64").toBe(true);
    }
    expect(encode("bf16", -0)).toBe(0x8000);
    expect(encode("fp64", -0)).toBe(0x8000000000000000n);
    expect(decode("fp64", 0x3ff0000000000000n)).toBe(1);
  });
});

function nextUp(x: number): number {
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + (x >= 0 ? 1n : -1n));
  return view.getFloat64(0);
}
function nextDown(x: number): number {
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + (x > 0 ? -1n : 1n));
  return view.getFloat64(0);
}
