/**
 * EmulatedKernel.rotateBits: a tensor held as the format's bit patterns must rotate to exactly
 * encodeArray(output format, reference.rotate(decodeArray(format, x))), where the reference is
 * `emulate(spec, { fastPaths: false })` — the scalar path, which shares no code with the WebAssembly
 * kernels that rotate bf16 patterns directly (rotateBits* in src/rope/simd/rotation.ts). Covered:
 *  - every one of the 65,536 bf16 patterns as an input element (NaN, ±inf, subnormals, ±0 included), in
 *    both layouts and with rotaryDim < headDim;
 *  - random tensors in every position regime over the pipelines that take each branch of the SIMD driver;
 *  - every zoo kernel and format (the generic decode → rotate → encode path);
 *  - argument errors, one line each, naming the argument.
 */
import { describe, expect, test } from "vitest";
import { type PipelineSpec, allocateBits, createRng, decodeArray, emulate, encodeArray, zooNames, zooPipeline } from "../../src/index.js";
const SEED = 5521;
type Rng = () => number;

/** What rotateBits must return: the reference on decoded values, encoded in the output format. */
function expected(spec: PipelineSpec, x: Uint8Array | Uint16Array | Uint32Array | BigUint64Array, positions: Float64Array, d: number) {
  const reference = emulate(spec, { fastPaths: false });
  const out = reference.rotate(decodeArray(spec.format, x), positions, d);
  return encodeArray(spec.output?.format ?? spec.format, out);
}

/** Index of the first differing pattern, or −1. */
function firstDifference(a: ArrayLike<number | bigint>, b: ArrayLike<number | bigint>): number {
  expect(a.length).toBe(b.length);
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

function positionOf(rng: Rng): number {
  const u = rng();
  if (u < 0.03) return 0;
  if (u < 0.15) return Math.floor(rng() * 256);
  if (u < 0.75) return Math.floor(2 ** (11 + 9 * rng()));
  return Math.floor(2 ** (20 + 11 * rng())) - 1;
}

/** Rows of 8 heads sharing a position, as a model's q holds them. */
function positionsFor(rng: Rng, rows: number): Float64Array {
  const p = new Float64Array(rows);
  for (let r = 0; r < rows; r += 8) p.fill(positionOf(rng), r, Math.min(rows, r + 8));
  return p;
}

/** bf16 patterns: ordinary values of magnitude 2^±12, and in 10% of rows arbitrary patterns. */
function bf16Tensor(rng: Rng, rows: number, d: number): Uint16Array {
  const x = new Uint16Array(rows * d);
  for (let r = 0; r < rows; r++) {
    const wild = rng() < 0.1;
    for (let k = 0; k < d; k++) {
      const sign = rng() < 0.5 ? 0x8000 : 0;
      const exponent = 127 - 12 + Math.floor(rng() * 25);
      x[r * d + k] = wild && rng() < 0.2 ? Math.floor(rng() * 65536) : sign | (exponent << 7) | Math.floor(rng() * 128);
    }
  }
  return x;
}

const hf = zooPipeline("hf");
const gptj: PipelineSpec = { ...hf, name: "hf-gptj", rope: { layout: "gptj", base: 10000 } };

const CASES: { name: string; spec: PipelineSpec; d: number; rows: number }[] = [
  { name: "hf d=128", spec: hf, d: 128, rows: 2048 },
  { name: "gptj layout", spec: gptj, d: 128, rows: 1024 },
  { name: "hf rotaryDim 64 < headDim 128", spec: zooPipeline("hf", { rotaryDim: 64, base: 500000 }), d: 128, rows: 512 },
  { name: "gptj rotaryDim 32 < headDim 64", spec: { ...gptj, rope: { layout: "gptj", base: 10000, rotaryDim: 32 } }, d: 64, rows: 512 },
  { name: "hf d=96, rotaryDim 24 (half 12: four-pair steps only)", spec: zooPipeline("hf", { rotaryDim: 24 }), d: 96, rows: 512 },
  { name: "hf d=64, rotaryDim 36 (half 18: not the kernels' shape)", spec: zooPipeline("hf", { rotaryDim: 36 }), d: 64, rows: 256 },
  { name: "hf yarn ×16 (attention factor ≠ 1)", spec: zooPipeline("hf", { scaling: { type: "yarn", factor: 16, originalMaxPositions: 4096 } }), d: 128, rows: 512 },
  { name: "hf-bf16-positions", spec: zooPipeline("hf-bf16-positions"), d: 128, rows: 512 },
  { name: "hf-tf32-angle", spec: zooPipeline("hf-tf32-angle"), d: 128, rows: 512 },
  { name: "xformers-rotary (angles in TypeScript)", spec: zooPipeline("xformers-rotary"), d: 128, rows: 512 },
  { name: "fp64 trig (trigAt in TypeScript)", spec: { ...hf, name: "hf-fp64-trig", trig: { format: "fp64" } }, d: 128, rows: 256 },
];

describe("rotateBits: bit-identical to encode(reference(decode(x)))", () => {
  test("every bf16 pattern as an input element, both layouts, rotaryDim < headDim", () => {
    const d = 128;
    const all = Uint16Array.from({ length: 65536 }, (_, b) => b);
    const rng = createRng(SEED);
    for (const spec of [hf, gptj, zooPipeline("hf", { rotaryDim: 96 })]) {
      // Shuffled, so that every row mixes ordinary values with the specials it must decline.
      const x = all.slice();
      for (let i = x.length - 1; i > 0; i--) {
        const j = Math.floor(rng() * (i + 1));
        [x[i], x[j]] = [x[j]!, x[i]!];
      }
      // …and sorted once, so that most rows hold only ordinary values and go through the kernels.
      const ordinary = all.slice().sort((a, b) => Math.abs(((a & 0x7fff) >> 7) - 127) - Math.abs(((b & 0x7fff) >> 7) - 127));
      for (const tensor of [x, ordinary]) {
        const positions = positionsFor(rng, tensor.length / d);
        const k = emulate(spec);
        const got = k.rotateBits(tensor, positions, d);
        const { simd } = k.pathStats();
        const through = simd.rows;
        const i = firstDifference(got, expected(spec, tensor, positions, d));
        if (i >= 0) throw new Error(`${spec.name}: element ${i} (pattern 0x${tensor[i]!.toString(16)}, position ${positions[Math.floor(i / d)]}): 0x${got[i]!.toString(16)}`);
        expect(through).toBe(tensor.length / d);
        if (tensor === ordinary) console.log(`${spec.name}: 65536 patterns sorted by exponent, ${simd.fallbackRows} of 512 rows declined by the kernels`);
      }
    }
  });

  test.each(CASES.map((c, i) => [c.name, i] as const))("%s", (_name, index) => {
    const c = CASES[index]!;
    const rng = createRng(SEED + 1 + index);
    const x = bf16Tensor(rng, c.rows, c.d);
    const positions = positionsFor(rng, c.rows);
    const k = emulate(c.spec);
    const out = new Uint16Array(x.length);
    expect(k.rotateBits(x, positions, c.d, out)).toBe(out);
    const i = firstDifference(out, expected(c.spec, x, positions, c.d));
    if (i >= 0) throw new Error(`element ${i} (pattern 0x${x[i]!.toString(16)}): 0x${out[i]!.toString(16)} (seed ${SEED + 1 + index})`);
    const stats = k.pathStats();
    const { rows, fallbackRows: fallback } = stats.simd;
    expect(stats.rows["simd-bits"]).toBe(rows - fallback);
    console.log(`${c.name}: seed ${SEED + 1 + index}, ${rows} rows through the kernels, ${fallback} declined`);
    if (c.spec.rope.rotaryDim === 36) expect(rows).toBe(0);
    else {
      expect(rows).toBe(c.rows);
      expect(fallback / rows).toBeLessThan(0.2); // ~10% of rows hold arbitrary patterns, most of them decline
    }
  });

  test("SharedArrayBuffer-backed tensors (as workers share them)", () => {
    const d = 128;
    const n = 520;
    const rng = createRng(SEED - 1);
    const x = new Uint16Array(new SharedArrayBuffer(n * d * 2));
    x.set(bf16Tensor(rng, n, d));
    const out = new Uint16Array(new SharedArrayBuffer(n * d * 2));
    const positions = positionsFor(rng, n);
    emulate(hf).rotateBits(x, positions, d, out);
    expect(firstDifference(out, expected(hf, x, positions, d))).toBe(-1);
  });

  test("every zoo kernel and format: the generic path", () => {
    const d = 64;
    const n = 48;
    for (const name of zooNames()) {
      const spec = zooPipeline(name);
      const rng = createRng(SEED + name.length);
      const x = allocateBits(spec.format, n * d);
      // Arbitrary patterns of the format (NaN, inf and subnormals included), then ordinary values.
      const values = Float64Array.from({ length: n * d }, (_, k) => (k < (n * d) / 4 ? NaN : (rng() - 0.5) * 2 ** Math.floor(rng() * 8 - 4)));
      encodeArray(spec.format, values, x);
      if (x instanceof BigUint64Array) for (let k = 0; k < (n * d) / 4; k++) x[k] = BigInt(Math.floor(rng() * 2 ** 52)) << 12n;
      else for (let k = 0; k < (n * d) / 4; k++) x[k] = Math.floor(rng() * 2 ** (8 * x.BYTES_PER_ELEMENT));
      const positions = Float64Array.from({ length: n }, () => positionOf(rng));
      const got = emulate(spec).rotateBits(x, positions, d);
      const i = firstDifference(got, expected(spec, x, positions, d));
      if (i >= 0) throw new Error(`${name}: element ${i}: ${got[i]} vs ${expected(spec, x, positions, d)[i]}`);
    }
  });

  test("bad arguments: one line naming the argument and the expected form", () => {
    const k = emulate(hf);
    const d = 8;
    const x = new Uint16Array(2 * d);
    const positions = Float64Array.of(1, 2);
    expect(() => k.rotateBits(new Float64Array(2 * d) as never, positions, d)).toThrow(/^x: expected a Uint16Array of n × headDim \(8\) values/);
    expect(() => k.rotateBits(new Uint16Array(2 * d + 1), positions, d)).toThrow(/^x: /);
    expect(() => k.rotateBits(x, Float64Array.of(1), d)).toThrow(/^positions: expected a Float64Array of 2 integer positions/);
    expect(() => k.rotateBits(x, Float64Array.of(1, 0.5), d)).toThrow(/^positions\[1\]: expected a safe integer/);
    expect(() => k.rotateBits(x, positions, 7)).toThrow(/^headDim: /);
    expect(() => k.rotateBits(x, positions, d, new Uint8Array(2 * d))).toThrow(/^out: expected a Uint16Array of length ≥ 16 not overlapping x/);
    expect(() => k.rotateBits(x, positions, d, x)).toThrow(/^out: /);
    expect(() => emulate(zooPipeline("exact-fp64")).rotateBits(x, positions, d)).toThrow(/^x: expected a BigUint64Array/);
  });
});
