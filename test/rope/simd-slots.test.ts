/**
 * pinSlots (src/rope/simd/slots.ts), the kernel that makes a block's cache rows for the bf16 SIMD path
 * (host.ts, simdTrigRows when pinDirect): against a plain TypeScript walk over the same positions — one
 * cache row per maximal run of equal positions, its position as Math.fround rounds it, every row's cache
 * row address — on runs of every length, positions beyond 2^24 (where fround rounds), negative ones,
 * and a block whose positions all differ or are all equal. Then rotateBits on positions above 2^24 with
 * runs (the path that uses the kernel) is bit-identical to the reference path.
 */
import { describe, expect, test } from "vitest";
import { createRng, emulate, zooPipeline } from "../../src/index.js";
import { KERNEL_DATA_BYTES, instantiateKernels } from "../../src/rope/simd/kernels.js";

const SEED = 20261207;
const k = instantiateKernels();
if (k === null) throw new Error("WebAssembly SIMD is unavailable here: these tests need it");
const ROWS = 256;
const POS = KERNEL_DATA_BYTES;
const PINS = POS + ROWS * 8;
const SLOTS = PINS + ROWS * 4;
const COS = 1 << 20;
const ROW_BYTES = 256;

/** The cache rows of `positions` as the host's scalar loop makes them. */
function expected(positions: Float64Array): { pins: number[]; slots: number[] } {
  const pins: number[] = [];
  const slots: number[] = [];
  for (let r = 0; r < positions.length; r++) {
    if (r === 0 || positions[r] !== positions[r - 1]) pins.push(Math.fround(positions[r]!));
    slots.push(COS + (pins.length - 1) * ROW_BYTES);
  }
  return { pins, slots };
}

function run(positions: Float64Array): { n: number; pins: number[]; slots: number[] } {
  const buf = k!.memory.buffer;
  new Float64Array(buf).set(positions, POS / 8);
  const n = k!.pinSlots(POS, positions.length, PINS, SLOTS, COS, ROW_BYTES);
  return { n, pins: Array.from(new Float32Array(buf, PINS, n)), slots: Array.from(new Int32Array(buf, SLOTS, positions.length)) };
}

describe("pinSlots", () => {
  test("one cache row per run of equal positions, fround of the position, every row's address", () => {
    console.log(`pinSlots: seed ${SEED}`);
    const rng = createRng(SEED);
    const cases: Float64Array[] = [Float64Array.from({ length: ROWS }, (_, r) => r), new Float64Array(ROWS).fill(7), new Float64Array([0])];
    for (let c = 0; c < 200; c++) {
      const positions = new Float64Array(1 + Math.floor(rng() * ROWS));
      let p = 0;
      for (let r = 0; r < positions.length; r++) {
        if (r === 0 || rng() < 0.3) p = Math.floor((rng() - 0.25) * 2 ** (1 + Math.floor(rng() * 40)));
        positions[r] = p;
      }
      cases.push(positions);
    }
    let rounded = 0;
    for (const positions of cases) {
      const want = expected(positions);
      const got = run(positions);
      expect(got.n).toBe(want.pins.length);
      expect(got.pins).toEqual(want.pins);
      expect(got.slots).toEqual(want.slots);
      rounded += want.pins.filter((q, i) => q !== positions[i]).length;
    }
    // Positions that fround changes were among them (the rounding is exercised, not only copies).
    expect(rounded).toBeGreaterThan(0);
  });

  test("rotateBits on positions above 2^24 in runs: the SIMD path, bit-identical to the reference", () => {
    const d = 128;
    const rows = 600;
    const rng = createRng(SEED + 1);
    const positions = new Float64Array(rows);
    for (let r = 0; r < rows; r++) positions[r] = r % 4 === 0 ? 2 ** 24 + Math.floor(rng() * 2 ** 28) : positions[r - 1]!;
    const x = new Uint16Array(rows * d);
    for (let e = 0; e < x.length; e++) x[e] = 0x3c00 + Math.floor(rng() * 0x0800) + (rng() < 0.5 ? 0x8000 : 0);
    const simd = emulate(zooPipeline("hf"));
    const ref = emulate(zooPipeline("hf"), { fastPaths: false });
    const y = simd.rotateBits(x, positions, d) as Uint16Array;
    expect(simd.pathStats().rows["simd-bits"]).toBe(rows);
    expect(Array.from(y)).toEqual(Array.from(ref.rotateBits(x, positions, d) as Uint16Array));
    expect(ref.pathStats().rows.reference).toBe(rows);
  });
});
