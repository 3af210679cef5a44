/**
 * The fp32-rotation kernels (src/rope/simd/fp32-rotation.ts, driven by fp32-host.ts: the "simd-fp32" path
 * on fp64 values and "simd-fp32-bits" on bf16/fp16 patterns) must equal the scalar reference
 * `emulate(spec, { paths: [] })` bit for bit — fp64 patterns (zero signs and NaN payloads included) for
 * rotate, pattern arrays for rotateBits — for every pipeline whose rotation rounds to fp32, in each
 * output format and layout, on inputs holding ±0, subnormals of the format, values whose rotations
 * overflow the output format to ±inf, ±inf, NaN, and (for fp64 values) values off every grid. The
 * path's row counters say the kernels ran, and cases built to have no row the kernels must decline
 * assert that every row went through them.
 *
 * The fp16-pattern rotation's decode and encode are checked on every fp16 pattern against the formats
 * module (decode, then encodeArray), in the eight-pair and the four-pair loop. The kernels' fp16
 * rounding (fp16Bits, the same code the rotation and cache kernels emit) is judged first
 * against encodeArray("fp16") (src/formats/bits.ts, which shares no code with it) around every fp16
 * rounding boundary, on whole binades and on a stride through every f32 below 2^17.
 */
import { describe, expect, test } from "vitest";
import { type PipelineSpec, createRng, decode, emulate, encodeArray, round, zooPipeline } from "../../src/index.js";
import type { PathName } from "../../src/rope/emulate.js";
import { simdScratchBytes } from "../../src/rope/emulate.js";
import { KERNEL_DATA_BYTES, createKernelMemory, instantiateKernels } from "../../src/rope/simd/kernels.js";

const SEED = 8111;
type Rng = () => number;

describe("the fp32-rotation kernels' fp16 rounding (fp16Bits)", () => {
  const k = instantiateKernels()!;
  /** The kernel's fp16 patterns of the f32 values v (length a multiple of 8). */
  function kernelFp16(v: Float32Array): Uint16Array {
    const n = v.length;
    const src = KERNEL_DATA_BYTES;
    const dst = src + 4 * n;
    const need = dst + 2 * n;
    if (k.memory.buffer.byteLength < need) k.memory.grow(Math.ceil((need - k.memory.buffer.byteLength) / 65536));
    new Float32Array(k.memory.buffer, src, n).set(v);
    k.fp16Bits(src, n, dst);
    return new Uint16Array(k.memory.buffer, dst, n).slice();
  }
  function check(v: Float32Array): number {
    const got = kernelFp16(v);
    const want = encodeArray("fp16", Float64Array.from(v)) as Uint16Array;
    let bad = 0;
    for (let i = 0; i < v.length; i++) if (got[i] !== want[i]) bad++;
    return bad;
  }

  test("WebAssembly SIMD is available here (otherwise these tests would only exercise the fallbacks)", () => {
    expect(k).not.toBeNull();
  });

  test("equals encodeArray(fp16) at, just above and just below every midpoint between fp16 values, both signs", () => {
    // Midpoints between consecutive non-negative fp16 values (and 65520, between 65504 and 2^16), as f32
    // (exact: fp16 values and their midpoints have ≤ 12 bits), with their f32 neighbours.
    const v: number[] = [];
    for (let p = 0; p < 0x7bff + 1; p++) {
      const m = (decode("fp16", p) + (p === 0x7bff ? 65536 : decode("fp16", p + 1))) / 2;
      const bits = new Uint32Array(new Float32Array([m]).buffer)[0]!;
      for (const b of [bits - 1, bits, bits + 1]) {
        const f = new Float32Array(new Uint32Array([b]).buffer)[0]!;
        v.push(f, -f);
      }
    }
    while (v.length % 8) v.push(0);
    const bad = check(Float32Array.from(v));
    console.log(`fp16Bits: ${v.length} values around midpoints`);
    expect(bad).toBe(0);
  });

  test("equals encodeArray(fp16) on every f32 of the binades 2^−25, 2^−15, 2^−14, 1, 2^15, 2^16 (overflow) and 2^100, both signs, and on a stride through every f32 below 2^17", () => {
    const n = 2 ** 23;
    let bad = 0;
    let checked = 0;
    for (const e of [-25, -15, -14, 0, 15, 16, 100])
      for (const sign of [1, -1]) {
        const v = new Float32Array(n);
        for (let m = 0; m < n; m++) v[m] = sign * 2 ** e * (1 + m / n);
        bad += check(v);
        checked += n;
      }
    const stride = Float32Array.from({ length: Math.floor(0x47800000 / 331) & ~7 }, (_, i) => new Float32Array(new Uint32Array([i * 331]).buffer)[0]!);
    bad += check(stride) + check(stride.map((x) => -x));
    checked += 2 * stride.length;
    expect(check(Float32Array.of(0, -0, 2 ** -149, -(2 ** -149), 2 ** -25, 2 ** -24, 3 * 2 ** -25, 2 ** 109))).toBe(0);
    console.log(`fp16Bits: ${checked} f32 values checked`);
    expect(bad).toBe(0);
  });
});

const FORMAT_MAX = { bf16: decode("bf16", 0x7f7f), fp16: 65504, fp32: decode("fp32", 0x7f7fffff) };
const SMALLEST = { bf16: decode("bf16", 1), fp16: decode("fp16", 1), fp32: decode("fp32", 1) };

/** Values of `format`: ordinary magnitudes 2^−10 … 2^10, and in a fraction `special` of elements ±0, subnormals, ±max, ±inf, NaN, values near max (rotations overflow). */
function values(rng: Rng, n: number, format: "bf16" | "fp16" | "fp32", special: number): Float64Array {
  const max = FORMAT_MAX[format];
  const sub = SMALLEST[format];
  const kinds = [
    () => 0,
    () => -0,
    () => sub * (1 + Math.floor(rng() * 100)),
    () => -sub * (1 + Math.floor(rng() * 100)),
    () => round(format, max * (0.5 + 0.5 * rng())),
    () => -round(format, max * (0.5 + 0.5 * rng())),
    () => Infinity,
    () => -Infinity,
    () => NaN,
  ];
  return Float64Array.from({ length: n }, () => {
    if (rng() < special) return kinds[Math.floor(rng() * kinds.length)]!();
    return round(format, (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(-10 + 20 * rng()));
  });
}

/** fp64 values off every narrow grid (53-bit significands), magnitudes 2^−80 … 2^40, a few exact zeros. */
function offGrid(rng: Rng, n: number): Float64Array {
  return Float64Array.from({ length: n }, () => (rng() < 0.01 ? 0 : (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(-80 + 120 * rng())));
}

/** Positions of 8 heads each, up to 2^20. */
function positions(rng: Rng, rows: number): Float64Array {
  const p = new Float64Array(rows);
  for (let r = 0; r < rows; r += 8) p.fill(Math.floor(2 ** (rng() * 20)), r, Math.min(rows, r + 8));
  return p;
}

const bits64 = (a: Float64Array): BigUint64Array => new BigUint64Array(a.buffer, a.byteOffset, a.length);

/** Index of the first differing element, or −1. */
function firstDifference(a: ArrayLike<number | bigint>, b: ArrayLike<number | bigint>): number {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

interface Case {
  name: string;
  spec: PipelineSpec;
  headDim: number;
  x: (rng: Rng, n: number) => Float64Array;
  /** Rotate as patterns (rotateBits) rather than fp64 values. */
  bits?: boolean;
  /** Inputs the kernels accept in every row: every row must go through them. */
  all?: boolean;
  /** Output properties the case is built to show (checked on the result). */
  expectInf?: boolean;
  expectSubnormal?: boolean;
}

const layouts = ["neox", "gptj"] as const;
const FP32_PIPELINES = ["meta-llama", "meta-llama@fp16", "flash-attn-triton", "flash-attn-triton@fp16", "vllm-cuda", "vllm-cuda@fp16", "onnxruntime-cpu@fp16", "onnxruntime-cpu@fp32", "te-fused", "te-fused@fp16"];

const CASES: Case[] = [
  // Every fp32-rotation pipeline, both layouts, values and patterns, with 1% special values.
  ...FP32_PIPELINES.flatMap((name) =>
    layouts.flatMap((layout) => {
      const spec = zooPipeline(name, { layout });
      const f = spec.format as "bf16" | "fp16" | "fp32";
      const cases: Case[] = [{ name: `${name} ${layout}, values with specials`, spec, headDim: 64, x: (rng, n) => values(rng, n, f, 0.01) }];
      if (f !== "fp32") cases.push({ name: `${name} ${layout}, patterns with specials`, spec, headDim: 64, x: (rng, n) => values(rng, n, f, 0.01), bits: true });
      return cases;
    }),
  ),
  // fp16 outputs that overflow to ±inf, in every row (|x| near 65504: |xa·c ± xb·s| up to √2·65504).
  ...(["onnxruntime-cpu@fp16", "meta-llama@fp16", "te-fused@fp16"] as const).flatMap((name) =>
    [false, true].map(
      (bits): Case => ({
        name: `${name}, |x| in [2^15, 65504]: outputs overflow to ±inf${bits ? ", patterns" : ""}`,
        spec: zooPipeline(name),
        headDim: 128,
        x: (rng, n) => Float64Array.from({ length: n }, () => (rng() < 0.5 ? -1 : 1) * Math.min(65504, round("fp16", 2 ** 15 * (1 + rng())))),
        bits,
        all: true,
        expectInf: true,
      }),
    ),
  ),
  // fp16 subnormal inputs and outputs, in every row.
  ...(["onnxruntime-cpu@fp16", "vllm-cuda@fp16", "te-fused@fp16"] as const).flatMap((name) =>
    [false, true].map(
      (bits): Case => ({
        name: `${name}, fp16 subnormal inputs and outputs${bits ? ", patterns" : ""}`,
        spec: zooPipeline(name),
        headDim: 64,
        x: (rng, n) => Float64Array.from({ length: n }, () => (rng() < 0.05 ? (rng() < 0.5 ? 0 : -0) : (rng() < 0.5 ? -1 : 1) * Math.floor(1 + rng() * 2000) * 2 ** -24)),
        bits,
        all: true,
        expectSubnormal: true,
      }),
    ),
  ),
  // fp64 values off every grid: the f64 route takes any finite value; the f32 route declines rows that are not fp32 values.
  { name: "te-fused@fp16 (f64 route), off-grid fp64 inputs", spec: zooPipeline("te-fused@fp16"), headDim: 64, x: offGrid, all: true },
  { name: "onnxruntime-cpu@fp32 (f64 route), off-grid fp64 inputs, gptj", spec: zooPipeline("onnxruntime-cpu@fp32", { layout: "gptj" }), headDim: 64, x: offGrid, all: true },
  { name: "onnxruntime-cpu@fp16 (f32 route), off-grid fp64 inputs mixed with fp16 rows", spec: zooPipeline("onnxruntime-cpu@fp16"), headDim: 64, x: (rng, n) => Float64Array.from({ length: n }, (_, i) => (Math.floor(i / 64) % 4 === 0 ? offGrid(rng, 1)[0]! : round("fp16", (rng() - 0.5) * 100))) },
  {
    name: "meta-llama@fp16 (f32 route, no FMA), fp32 inputs off the fp16 grid",
    spec: zooPipeline("meta-llama@fp16"),
    headDim: 64,
    x: (rng, n) => Float64Array.from({ length: n }, () => Math.fround((rng() - 0.5) * 2 ** Math.floor(-50 + 80 * rng()))),
  },
  // Output fp32 / fp64 and a custom pipeline: FMA "second", bf16 output from fp16 input, partial rotary.
  {
    name: "custom: fp16 input, fp16 cache, FMA second, bf16 output, rotaryDim 32 of 64",
    spec: { ...zooPipeline("onnxruntime-cpu@fp16", { rotaryDim: 32 }), name: "custom-second", rotate: { format: "fp32", fma: "second" }, output: { format: "bf16" } },
    headDim: 64,
    x: (rng, n) => values(rng, n, "fp16", 0.01),
  },
  {
    name: "custom: bf16 input, fp32 cache, FMA second, fp64 output",
    spec: { ...zooPipeline("te-fused"), name: "custom-fp64-out", rotate: { format: "fp32", fma: "second" }, output: { format: "fp64" } },
    headDim: 64,
    x: (rng, n) => values(rng, n, "bf16", 0.01),
  },
  {
    name: "yarn ×8 (attention factor ≠ 1), vllm-cuda@fp16, patterns",
    spec: zooPipeline("vllm-cuda@fp16", { scaling: { type: "yarn", factor: 8, originalMaxPositions: 4096 } }),
    headDim: 128,
    x: (rng, n) => values(rng, n, "fp16", 0.002),
    bits: true,
  },
];

describe("the fp16-pattern NeoX rotation's eight-pair loop (unit caches) and its four-pair loop agree, and equal a scalar rotation", () => {
  test("outputs near 2^−25, 2^−14 and 2^16 and inputs at 2^15 (where the eight-pair loop hands rows to the exact encoder), zeros, cache values ±1 and 0", () => {
    const k = instantiateKernels()!;
    const rng = createRng(SEED - 4);
    console.log(`eight-pair loop: seed ${SEED - 4}`);
    const half = 64;
    const d = 128;
    const rows = 512;
    const slotsN = 64;
    const X = KERNEL_DATA_BYTES;
    const Y = X + rows * d * 2;
    const SLOTS = Y + rows * d * 2;
    const BAD = SLOTS + rows * 4;
    const COS = BAD + rows * 4;
    const SIN = COS + slotsN * half * 4;
    const END = SIN + slotsN * half * 4;
    if (k.memory.buffer.byteLength < END) k.memory.grow(Math.ceil((END - k.memory.buffer.byteLength) / 65536));
    // Cache rows: fp16 values of cos/sin (≤ 1), some exactly ±1 and 0.
    const cache = new Float32Array(k.memory.buffer, COS, 2 * slotsN * half);
    for (let e = 0; e < slotsN * half; e++) {
      const a = rng() * 7;
      const special = rng() < 0.05;
      cache[e] = special ? [1, -1, 0][Math.floor(rng() * 3)]! : round("fp16", Math.cos(a));
      cache[slotsN * half + e] = special ? [0, 1, -1][Math.floor(rng() * 3)]! : round("fp16", Math.sin(a));
    }
    const slots = new Int32Array(k.memory.buffer, SLOTS, rows);
    for (let r = 0; r < rows; r++) slots[r] = COS + (r % slotsN) * half * 4;
    // Rows of one magnitude class each: around 2^−25 and 2^−14 (outputs at the subnormal boundaries),
    // just below 2^15, 2^15 and above (the bound), ordinary, and rows with zeros.
    const scales = [2 ** -25, 2 ** -24, 2 ** -14, 2 ** -13, 2 ** 14.99, 2 ** 15, 2 ** 15.5, 1];
    const x = new Float64Array(rows * d);
    for (let r = 0; r < rows; r++)
      for (let i = 0; i < d; i++) {
        const v = rng() < 0.05 ? 0 : (rng() < 0.5 ? -1 : 1) * scales[r % scales.length]! * (0.5 + 1.5 * rng());
        x[r * d + i] = Math.min(65504, Math.max(-65504, round("fp16", v)));
      }
    const xp = encodeArray("fp16", x) as Uint16Array;
    const run = (unit: number, scaled = 0): { y: Uint16Array; nbad: number } => {
      new Uint16Array(k.memory.buffer, X, rows * d).set(xp);
      const nbad = k.rot32Fp16BitsNeox(rows, d, half, X, Y, SLOTS, SIN - COS, BAD, 0, unit, scaled);
      return { y: new Uint16Array(k.memory.buffer, Y, rows * d).slice(), nbad };
    };
    const eight = run(1);
    const four = run(0);
    expect(eight.nbad).toBe(0);
    expect(four.nbad).toBe(0);
    expect(firstDifference(eight.y, four.y)).toBe(-1);
    // The scalar rotation: fround of the exact products (fp16 × fp16), their fround'ed difference/sum, RNE to fp16.
    const want = new Float64Array(rows * d);
    for (let r = 0; r < rows; r++)
      for (let i = 0; i < half; i++) {
        const c = cache[(r % slotsN) * half + i]!;
        const sn = cache[slotsN * half + (r % slotsN) * half + i]!;
        const xa = x[r * d + i]!;
        const xb = x[r * d + half + i]!;
        want[r * d + i] = Math.fround(Math.fround(xa * c) - Math.fround(xb * sn));
        want[r * d + half + i] = Math.fround(Math.fround(xa * sn) + Math.fround(xb * c));
      }
    const wantBits = encodeArray("fp16", want) as Uint16Array;
    const i = firstDifference(eight.y, wantBits);
    if (i >= 0) throw new Error(`element ${i}: kernel ${eight.y[i]!.toString(16)}, scalar ${wantBits[i]!.toString(16)} (${want[i]})`);
    const out = Float64Array.from(eight.y, (p) => decode("fp16", p));
    expect(out.some((v) => v !== 0 && Math.abs(v) < 2 ** -14)).toBe(true);
    expect(out.some((v) => Math.abs(v) === Infinity)).toBe(true);
    // The cache scaled by 2^112 (scaleFp16Cache: exactly the values times 2^112) and the kernel told so:
    // the same bits from both loops.
    const unscaled = cache.slice();
    k.scaleFp16Cache(COS, SIN - COS, slotsN * half);
    for (let e = 0; e < unscaled.length; e++) if (cache[e] !== unscaled[e]! * 2 ** 112) throw new Error(`scaleFp16Cache: element ${e}`);
    for (const unit of [1, 0]) {
      const r = run(unit, 1);
      expect(r.nbad).toBe(0);
      const j = firstDifference(r.y, wantBits);
      if (j >= 0) throw new Error(`scaled cache, unit ${unit}, element ${j}: kernel ${r.y[j]!.toString(16)}, scalar ${wantBits[j]!.toString(16)} (${want[j]})`);
    }
    // Not told so, the kernel's values differ (the scaling is what the scaled loops rely on).
    expect(firstDifference(run(1, 0).y, wantBits)).toBeGreaterThanOrEqual(0);
  });
});

describe("the fp16-pattern rotation's decode and encode on every fp16 pattern", () => {
  test("xa over all 65,536 patterns, xb = +0, (c, s) = (1, 0), (0.5, 0), (0.75, 0) and (0, 1): ya and yb equal the formats module's decode, product, encode; inf/NaN rows are declined; eight- and four-pair loops alike", () => {
    const k = instantiateKernels()!;
    const half = 64;
    const d = 128;
    const rows = 65536 / half;
    const X = KERNEL_DATA_BYTES;
    const Y = X + rows * d * 2;
    const SLOTS = Y + rows * d * 2;
    const BAD = SLOTS + rows * 4;
    const COS = BAD + rows * 4;
    const SIN = COS + half * 4;
    const END = SIN + half * 4;
    if (k.memory.buffer.byteLength < END) k.memory.grow(Math.ceil((END - k.memory.buffer.byteLength) / 65536));
    const xp = new Uint16Array(rows * d);
    for (let r = 0; r < rows; r++) for (let i = 0; i < half; i++) xp[r * d + i] = r * half + i; // xb stays +0
    new Int32Array(k.memory.buffer, SLOTS, rows).fill(COS);
    // Rows 496–511 and 1008–1023 hold exactly the patterns of ±inf and NaN (0x7c00 = 496·64).
    const special = (r: number): boolean => (r >= 496 && r < 512) || r >= 1008;
    let compared = 0;
    for (const [c, sn] of [
      [1, 0],
      [0.5, 0],
      [0.75, 0],
      [0, 1],
    ] as const) {
      for (const [unit, scaled] of [
        [1, 0],
        [0, 0],
        [1, 1],
        [0, 1],
      ]) {
        // scaled: the cache as scaleFp16Cache leaves it, the values times 2^112.
        new Float32Array(k.memory.buffer, COS, half).fill(c * 2 ** (112 * scaled!));
        new Float32Array(k.memory.buffer, SIN, half).fill(sn * 2 ** (112 * scaled!));
        new Uint16Array(k.memory.buffer, X, rows * d).set(xp);
        const nbad = k.rot32Fp16BitsNeox(rows, d, half, X, Y, SLOTS, SIN - COS, BAD, 0, unit!, scaled!);
        const bad = Array.from(new Int32Array(k.memory.buffer, BAD, nbad));
        expect(bad).toEqual(Array.from({ length: rows }, (_, r) => r).filter(special));
        const y = new Uint16Array(k.memory.buffer, Y, rows * d);
        for (let r = 0; r < rows; r++) {
          if (special(r)) continue;
          for (let i = 0; i < half; i++) {
            const xa = decode("fp16", xp[r * d + i]!);
            const ya = encodeArray("fp16", Float64Array.of(Math.fround(Math.fround(xa * c) - Math.fround(0 * sn))))[0];
            const yb = encodeArray("fp16", Float64Array.of(Math.fround(Math.fround(xa * sn) + Math.fround(0 * c))))[0];
            if (y[r * d + i] !== ya || y[r * d + half + i] !== yb)
              throw new Error(`pattern ${xp[r * d + i]!.toString(16)}, c ${c}, s ${sn}, unit ${unit}, scaled ${scaled}: ya ${y[r * d + i]!.toString(16)} vs ${ya!.toString(16)}, yb ${y[r * d + half + i]!.toString(16)} vs ${yb!.toString(16)}`);
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(4 * 4 * (65536 - 2 * 1024));
  });
});

describe("fp32-rotation SIMD paths: bit-identical to the reference", () => {
  test.each(CASES.map((c, i) => [c.name, i] as const))("%s", (_name, index) => {
    const c = CASES[index]!;
    const rng = createRng(SEED + index);
    const rows = 1024;
    const x = c.x(rng, rows * c.headDim);
    const pos = positions(rng, rows);
    const path: PathName = c.bits ? "simd-fp32-bits" : "simd-fp32";
    const fast = emulate(c.spec, { paths: [path] });
    const reference = emulate(c.spec, { paths: [] });
    let i: number;
    let out: Float64Array;
    if (c.bits) {
      const xb = encodeArray(c.spec.format, x) as Uint16Array;
      const got = fast.rotateBits(xb, pos, c.headDim) as Uint16Array;
      const want = reference.rotateBits(xb, pos, c.headDim) as Uint16Array;
      i = firstDifference(got, want);
      if (i >= 0) throw new Error(`element ${i} (row ${Math.floor(i / c.headDim)}): pattern ${got[i]!.toString(16)} vs ${want[i]!.toString(16)} (seed ${SEED + index})`);
      out = Float64Array.from(got, (p) => decode(c.spec.output.format, p));
    } else {
      const got = fast.rotate(x, pos, c.headDim);
      const want = reference.rotate(x, pos, c.headDim);
      i = firstDifference(bits64(got), bits64(want));
      if (i >= 0) throw new Error(`element ${i} (row ${Math.floor(i / c.headDim)}, x = ${x[i]}): ${got[i]} vs ${want[i]} (seed ${SEED + index})`);
      out = got;
    }
    const stats = fast.pathStats();
    console.log(`${c.name}: seed ${SEED + index}, rows ${stats.rows[path]} through ${path}, ${stats.rows.reference} to the reference`);
    expect(stats.rows[path] + stats.rows.reference).toBe(rows);
    expect(stats.rows[path]).toBeGreaterThan(rows / 4);
    expect(stats.simd.fallbackRows).toBe(stats.rows.reference);
    if (c.all) expect(stats.rows[path]).toBe(rows);
    if (c.expectInf) expect(out.some((v) => v === Infinity) && out.some((v) => v === -Infinity)).toBe(true);
    if (c.expectSubnormal) expect(out.some((v) => v !== 0 && Math.abs(v) < 2 ** -14)).toBe(true);
  });

  test("fp16 caches with attention factor 1 take their cache values from trigFp16 (cacheTrigLanes), other caches and yarn's factor from the fp32 cos/sin and the cache stage", () => {
    const rng = createRng(SEED - 3);
    const d = 128;
    const pos = positions(rng, 256);
    const run = (spec: PipelineSpec, bits: boolean): { trigLanes: number; cacheTrigLanes: number } => {
      const k = emulate(spec, { paths: [bits ? "simd-fp32-bits" : "simd-fp32"] });
      const x = values(rng, 256 * d, spec.format as "bf16" | "fp16", 0);
      if (bits) k.rotateBits(encodeArray(spec.format, x), pos, d);
      else k.rotate(x, pos, d);
      expect(k.pathStats().rows[bits ? "simd-fp32-bits" : "simd-fp32"]).toBe(256);
      return k.pathStats().simd;
    };
    for (const bits of [false, true]) {
      const onnx = run(zooPipeline("onnxruntime-cpu@fp16"), bits);
      expect(onnx.cacheTrigLanes).toBeGreaterThan(0);
      expect(onnx.cacheTrigLanes).toBe(onnx.trigLanes);
      expect(run(zooPipeline("vllm-cuda@fp16", { scaling: { type: "yarn", factor: 8, originalMaxPositions: 4096 } }), bits).cacheTrigLanes).toBe(0);
      expect(run(zooPipeline("te-fused"), bits).cacheTrigLanes).toBe(0); // an fp32 cache
    }
  });

  test("fp16 patterns with trigFp16's cache: rows rotated from the 2^112-scaled cache (scaledRows), angles below 2^16 reduced in f32 (f32ReducedGroups), bit-identical to the reference", () => {
    const rng = createRng(SEED - 4);
    const d = 128;
    const rows = 200; // one block, every position distinct: one cache row per row
    for (const name of ["onnxruntime-cpu@fp16", "vllm-cuda@fp16"]) {
      const spec = zooPipeline(name);
      const x = encodeArray("fp16", values(rng, rows * d, "fp16", 0)) as Uint16Array;
      const small = Float64Array.from({ length: rows }, (_, r) => r * 300 + Math.floor(rng() * 300)); // < 2^16: every angle p·θ < 2^16
      const large = Float64Array.from({ length: rows }, (_, r) => 2 ** 20 + r * 4096 + Math.floor(rng() * 4096)); // the fastest pairs' angles ≥ 2^16
      const k = emulate(spec, { paths: ["simd-fp32-bits"] });
      const reference = emulate(spec, { paths: [] });
      for (const pos of [small, large]) {
        const got = k.rotateBits(x, pos, d) as Uint16Array;
        const want = reference.rotateBits(x, pos, d) as Uint16Array;
        const i = firstDifference(got, want);
        if (i >= 0) throw new Error(`${name}: element ${i}: pattern ${got[i]!.toString(16)} vs ${want[i]!.toString(16)}`);
      }
      const stats = k.pathStats();
      expect(stats.rows["simd-fp32-bits"]).toBe(2 * rows);
      expect(stats.simd.scaledRows).toBe(2 * rows);
      // Small positions: all d/16 groups of eight pairs of every row; large ones: only the slow pairs' groups.
      const groups = stats.simd.f32ReducedGroups;
      expect(groups).toBeGreaterThan(rows * (d / 16));
      expect(groups).toBeLessThan(2 * rows * (d / 16));
      const k2 = emulate(spec, { paths: ["simd-fp32-bits"] });
      k2.rotateBits(x, small, d);
      expect(k2.pathStats().simd.f32ReducedGroups).toBe(rows * (d / 16));
    }
    // An fp16 cache with an attention factor ≠ 1 takes neither (no trigFp16 cache).
    const yarn = emulate(zooPipeline("vllm-cuda@fp16", { scaling: { type: "yarn", factor: 8, originalMaxPositions: 4096 } }), { paths: ["simd-fp32-bits"] });
    yarn.rotateBits(encodeArray("fp16", values(rng, 16 * d, "fp16", 0)) as Uint16Array, Float64Array.from({ length: 16 }, (_, r) => r), d);
    expect(yarn.pathStats().simd.scaledRows).toBe(0);
    expect(yarn.pathStats().simd.f32ReducedGroups).toBe(0);
  });

  test("rows the kernels cannot prove go to the reference: off-grid rows on the f32 route, ±inf/NaN inputs, bf16 values beyond 2^100", () => {
    const rng = createRng(SEED - 1);
    const d = 64;
    const rows = 64;
    const pos = positions(rng, rows);
    const x = values(rng, rows * d, "fp16", 0);
    x[3 * d + 5] = 1 + 2 ** -20; // an fp32 value with 21 bits: FMA first with an fp16 cache needs ≤ 13
    x[7 * d + 1] = Infinity;
    x[9 * d] = NaN;
    const k = emulate(zooPipeline("onnxruntime-cpu@fp16"), { paths: ["simd-fp32"] });
    const got = k.rotate(x, pos, d);
    const want = emulate(zooPipeline("onnxruntime-cpu@fp16"), { paths: [] }).rotate(x, pos, d);
    expect(firstDifference(bits64(got), bits64(want))).toBe(-1);
    expect(k.pathStats().rows).toMatchObject({ "simd-fp32": rows - 3, reference: 3 });
    const xb = values(rng, rows * d, "bf16", 0);
    xb[2 * d] = 2 ** 101;
    const kb = emulate(zooPipeline("te-fused"), { paths: ["simd-fp32-bits"] });
    const pb = encodeArray("bf16", xb) as Uint16Array;
    expect(firstDifference(kb.rotateBits(pb, pos, d) as Uint16Array, emulate(zooPipeline("te-fused"), { paths: [] }).rotateBits(pb, pos, d) as Uint16Array)).toBe(-1);
    expect(kb.pathStats().rows).toMatchObject({ "simd-fp32-bits": rows - 1, reference: 1 });
  });

  test("with every path enabled the fp32-rotation pipelines take simd-fp32 (values) and simd-fp32-bits (patterns); ggml-cpu (glibc trig) and fp8 outputs do not", () => {
    const rng = createRng(SEED - 2);
    const d = 128;
    const pos = positions(rng, 64);
    for (const name of FP32_PIPELINES) {
      const spec = zooPipeline(name);
      const k = emulate(spec);
      k.rotate(values(rng, 64 * d, spec.format as "bf16" | "fp16" | "fp32", 0), pos, d);
      expect(k.pathStats().rows["simd-fp32"]).toBe(64);
      if (spec.format !== "fp32") {
        k.rotateBits(encodeArray(spec.format, values(rng, 64 * d, spec.format as "bf16" | "fp16", 0)), pos, d);
        expect(k.pathStats().rows["simd-fp32-bits"]).toBe(64);
      }
    }
    const ggml = emulate(zooPipeline("ggml-cpu@fp16"));
    ggml.rotate(values(rng, 64 * d, "fp16", 0), pos, d);
    expect(ggml.pathStats().rows["ts-fp32"]).toBe(64);
    const fp8 = emulate({ ...zooPipeline("meta-llama"), name: "fp8-out", output: { format: "fp8-e4m3fn" } });
    fp8.rotate(values(rng, 64 * d, "bf16", 0), pos, d);
    expect(fp8.pathStats().rows["simd-cache"]).toBe(64);
  });

  test("on a shared kernel memory (EmulateOptions.simdMemory): arrays in that memory are rotated through the kernels; arrays reaching into the kernel's region are left to the next path", () => {
    const d = 128;
    const n = 300;
    const rng = createRng(SEED - 3);
    const spec = zooPipeline("onnxruntime-cpu@fp16");
    const scratchBytes = simdScratchBytes(d);
    const memory = createKernelMemory(scratchBytes + 2 * n * d * 8 + 64)!;
    expect(memory).not.toBeNull();
    const scratch = KERNEL_DATA_BYTES;
    const x = new Float64Array(memory.buffer, scratch + scratchBytes, n * d);
    const out = new Float64Array(memory.buffer, scratch + scratchBytes + n * d * 8, n * d);
    x.set(values(rng, n * d, "fp16", 0));
    const pos = positions(rng, n);
    const want = emulate(spec, { paths: [] }).rotate(new Float64Array(x), pos, d);
    const k = emulate(spec, { simdMemory: { memory, scratch, bytes: scratchBytes } });
    k.rotate(x, pos, d, out);
    expect(firstDifference(bits64(out), bits64(want))).toBe(-1);
    expect(k.pathStats().rows["simd-fp32"]).toBe(n);
    const inRegion = new Float64Array(memory.buffer, scratch + 4096, 2 * d);
    inRegion.set(values(rng, 2 * d, "fp16", 0));
    const p2 = Float64Array.of(3, 4);
    const want2 = emulate(spec, { paths: [] }).rotate(new Float64Array(inRegion), p2, d);
    const k2 = emulate(spec, { simdMemory: { memory, scratch, bytes: scratchBytes }, paths: ["simd-fp32", "ts-fp32"] });
    expect(firstDifference(bits64(k2.rotate(inRegion, p2, d)), bits64(want2))).toBe(-1);
    expect(k2.pathStats().rows).toMatchObject({ "simd-fp32": 0, "ts-fp32": 2 });
  });
});
