/**
 * The set-up the SIMD cos/sin tests share (test/rope/simd-trig-bf16.test.ts, simd-trig-fp16.test.ts): a
 * kernel instance with room for CHUNK angles and their outputs, views of its memory, and the two checks
 * both cache formats make in the same way — trigBf16/trigFp16 (angles computed in the kernel) against
 * sincosBf16/sincosFp16 on the same angles, and the special angles every kernel lists.
 */
import { expect } from "vitest";
import { createRng, round } from "../../src/index.js";
import { KERNEL_DATA_BYTES, instantiateKernels } from "../../src/rope/simd/kernels.js";

export interface Tally {
  angles: number;
  listed: number;
  wrong: string[];
}

export type TrigTarget = "bf16" | "fp16";

export function trigTestKernel() {
  const k = instantiateKernels();
  if (k === null) throw new Error("WebAssembly SIMD is unavailable here: these tests need it");
  const CHUNK = 1 << 16;
  const ANG = KERNEL_DATA_BYTES;
  const COS = ANG + CHUNK * 8;
  const SIN = COS + CHUNK * 4;
  const FAILS = SIN + CHUNK * 4;
  const RAW = FAILS + CHUNK; // raw kernel outputs: up to 2·CHUNK f64 (sincosRaw's cos then sin)
  const THETA = RAW + CHUNK * 16;
  const PINS = THETA + 1024 * 8;
  const COUNTS = PINS + 1024 * 8; // the i32 trigFp16 reports the groups it reduced in f32 through
  const SCRATCH = COUNTS + 16; // sincos's scratch (24 bytes per lane of a block of 256)
  const END = SCRATCH + 24 * 256;
  k.memory.grow(Math.ceil(END / 65536));
  const f64 = new Float64Array(k.memory.buffer);
  const f32 = new Float32Array(k.memory.buffer);
  const i32 = new Int32Array(k.memory.buffer);
  /** Groups listed by the last kernel call, as a per-lane mask. */
  const listedMask = (nfail: number, n: number): Uint8Array => {
    const listed = new Uint8Array(n);
    for (let q = 0; q < nfail; q++) listed.fill(1, i32[FAILS / 4 + q]!, i32[FAILS / 4 + q]! + 4);
    return listed;
  };
  const sincos = (target: TrigTarget, n: number): number => (target === "bf16" ? k.sincosBf16 : k.sincosFp16)(ANG, n, COS, SIN, FAILS);
  const trig = (target: TrigTarget, half: number, rows: number): number => (target === "bf16" ? k.trigBf16(THETA, half, PINS, rows, COS, SIN, FAILS) : k.trigFp16(THETA, half, PINS, rows, COS, SIN, FAILS, COUNTS));

  /**
   * Runs sincosBf16/sincosFp16 on `angles` (length ≤ CHUNK, multiple of 4) and checks every lane it did
   * not list: cos and sin must be `expected` of fround(Math.cos(a)) and of fround(Math.sin(a)) (the test's
   * own rounding to the cache format) and pass `valid`; tallies into t and returns the listed mask.
   */
  function checkLanes(target: TrigTarget, angles: Float64Array, t: Tally, expected: (v: number) => number, valid: (v: number) => boolean = () => true): Uint8Array {
    const n = angles.length;
    f64.set(angles, ANG / 8);
    const listed = listedMask(sincos(target, n), n);
    tallyLanes(angles, listed, t, expected, valid);
    return listed;
  }

  /**
   * The check of checkLanes on what the last kernel call left in COS and SIN for `angles` (f64 or f32
   * values), given its listed mask: every lane not listed holds `expected` of fround(Math.cos(a)) and of
   * fround(Math.sin(a)) and passes `valid`; tallies into t (the first five wrong lanes described).
   */
  function tallyLanes(angles: Float64Array | Float32Array, listed: Uint8Array, t: Tally, expected: (v: number) => number, valid: (v: number) => boolean = () => true): void {
    const n = angles.length;
    t.angles += n;
    for (let i = 0; i < n; i++) {
      if (listed[i]) {
        t.listed++;
        continue;
      }
      const a = angles[i]!;
      const c = expected(Math.fround(Math.cos(a)));
      const s = expected(Math.fround(Math.sin(a)));
      if (!Object.is(f32[COS / 4 + i], c) || !Object.is(f32[SIN / 4 + i], s) || !valid(c) || !valid(s)) {
        if (t.wrong.length < 5) t.wrong.push(`a=${a}: cos ${f32[COS / 4 + i]} vs ${c}, sin ${f32[SIN / 4 + i]} vs ${s}`);
        else t.wrong.push("");
      }
    }
  }

  /**
   * Every fp32 angle in [2^−12, 2^21) (33·2^23 of them), CHUNK at a time through `check`; logs the count,
   * the lanes listed and wrong, and the time, and returns the tally.
   */
  function sweepFp32Angles(label: string, check: (angles: Float64Array, t: Tally) => unknown): Tally {
    const t: Tally = { angles: 0, listed: 0, wrong: [] };
    const patterns = new Uint32Array(CHUNK);
    const values = new Float32Array(patterns.buffer);
    const angles = new Float64Array(CHUNK);
    const t0 = performance.now();
    for (let b = (127 - 12) << 23; b < (127 + 21) << 23; b += CHUNK) {
      for (let i = 0; i < CHUNK; i++) patterns[i] = b + i;
      angles.set(values);
      check(angles, t);
    }
    console.log(`exhaustive fp32 [2^-12, 2^21), ${label}: ${t.angles} angles, ${t.listed} listed, ${t.wrong.length} wrong, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    return t;
  }

  /**
   * Zero (sin 0 = 0), −0, NaN, ±∞, |a| > 2^31 and a tiny angle: `check` (the test's own judge of the lanes
   * it did not list) finds nothing wrong, and the kernel lists all seven groups.
   */
  function specialsListed(target: TrigTarget, check: (angles: Float64Array, t: Tally) => unknown): void {
    const specials = Float64Array.of(0, 1, 1, 1, -0, 1, 1, 1, NaN, 1, 1, 1, Infinity, 1, 1, 1, -Infinity, 1, 1, 1, 2 ** 32, 1, 1, 1, 2 ** -45, 1, 1, 1);
    const s: Tally = { angles: 0, listed: 0, wrong: [] };
    check(specials, s);
    expect(s.wrong).toEqual([]);
    f64.set(specials, ANG / 8);
    const nfail = sincos(target, specials.length);
    expect(Array.from({ length: nfail }, (_, q) => i32[FAILS / 4 + q])).toEqual([0, 4, 8, 12, 16, 20, 24]);
  }

  /**
   * trigBf16/trigFp16 on f32 θ and positions (integers up to 2^21, some fractional, some beyond 2^24)
   * lists the same groups as sincosBf16/sincosFp16 on the angles fround(p·θᵢ), stores the same values for
   * the rest, each RNE to the cache format of fround(Math.cos(a)) (the formats module's round); more than
   * `minCertified` of the lanes are stored.
   */
  function trigMatchesSincos(target: TrigTarget, seed: number, minCertified: number): void {
    const rng = createRng(seed);
    const half = 64;
    const rows = 512;
    const theta = Float32Array.from({ length: half }, (_, i) => 10000 ** (-i / half));
    const pins = Float32Array.from({ length: rows }, (_, q) => (q % 16 === 15 ? rng() * 2 ** 30 : q % 16 === 14 ? rng() * 100 : Math.floor(rng() * 2 ** 21)));
    f32.set(theta, THETA / 4);
    f32.set(pins, PINS / 4);
    const n = rows * half;
    const listed = listedMask(trig(target, half, rows), n);
    const cos = f32.slice(COS / 4, COS / 4 + n);
    const sin = f32.slice(SIN / 4, SIN / 4 + n);
    const angles = Float64Array.from({ length: n }, (_, e) => Math.fround(pins[Math.floor(e / half)]! * theta[e % half]!));
    f64.set(angles, ANG / 8);
    const listed2 = listedMask(sincos(target, n), n);
    let compared = 0;
    for (let e = 0; e < n; e++) {
      expect(listed[e]).toBe(listed2[e]);
      if (listed[e]) continue;
      compared++;
      if (!Object.is(cos[e], f32[COS / 4 + e]) || !Object.is(sin[e], f32[SIN / 4 + e])) throw new Error(`element ${e}: trig ${cos[e]}, ${sin[e]}; sincos ${f32[COS / 4 + e]}, ${f32[SIN / 4 + e]} (${target})`);
      expect(Object.is(cos[e], round(target, Math.fround(Math.cos(angles[e]!))))).toBe(true);
    }
    expect(compared).toBeGreaterThan(minCertified * n);
  }

  return { k, CHUNK, ANG, COS, SIN, FAILS, RAW, THETA, PINS, COUNTS, SCRATCH, f64, f32, i32, listedMask, checkLanes, tallyLanes, sweepFp32Angles, specialsListed, trigMatchesSincos };
}
