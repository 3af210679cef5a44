/**
 * The seeded generator (src/formats/rng.ts) against an independent BigInt transcription of its definition:
 * splitmix32 seeding (both 32-bit halves of the seed), then xoshiro128** (Blackman & Vigna,
 * https://prng.di.unimi.it/xoshiro128starstar.c) with 27 + 26 bits per double. And `uniformSource`, the
 * object hot loops draw through: the same sequence as the function, interleaving with it; any other
 * function passed through unchanged.
 */
import { describe, expect, test } from "vitest";
import { createRng, uniformSource } from "../../src/formats/rng.js";

const M32 = 0xffffffffn;
const u32 = (x: bigint): bigint => x & M32;
const rotl = (x: bigint, k: bigint): bigint => u32((x << k) | (x >> (32n - k)));

/** The reference: every 32-bit operation as BigInt modulo 2^32. */
function reference(seed: number, n: number): number[] {
  const lo = BigInt.asUintN(32, BigInt(seed));
  const hi = BigInt.asUintN(32, BigInt(Math.floor(seed / 2 ** 32)));
  let sm = lo ^ u32(hi * 0x9e3779b9n);
  const next32 = (): bigint => {
    sm = u32(sm + 0x9e3779b9n);
    let z = sm;
    z = u32((z ^ (z >> 16n)) * 0x85ebca6bn);
    z = u32((z ^ (z >> 13n)) * 0xc2b2ae35n);
    return z ^ (z >> 16n);
  };
  const s: bigint[] = [next32(), next32(), next32(), next32()];
  if ((s[0]! | s[1]! | s[2]! | s[3]!) === 0n) s[0] = 1n;
  const step = (): bigint => {
    const result = u32(rotl(u32(s[1]! * 5n), 7n) * 9n);
    const t = u32(s[1]! << 9n);
    s[2]! ^= s[0]!;
    s[3]! ^= s[1]!;
    s[1]! ^= s[2]!;
    s[0]! ^= s[3]!;
    s[2]! ^= t;
    s[3] = rotl(s[3]!, 11n);
    return result;
  };
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const a = step() >> 5n;
    const b = step() >> 6n;
    out.push(Number((a << 26n) | b) / 2 ** 53);
  }
  return out;
}

const SEEDS = [0, 1, 42, 7, -1, -123456789, 2 ** 32, 2 ** 32 + 5, 123456789012, -(2 ** 40) - 3, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];

describe("createRng", () => {
  test.each(SEEDS)("seed %d: 2,000 draws equal the BigInt reference, each in [0, 1)", (seed) => {
    const rng = createRng(seed);
    const got = Array.from({ length: 2000 }, () => rng());
    expect(got).toEqual(reference(seed, 2000));
    for (const v of got) expect(v >= 0 && v < 1).toBe(true);
  });

  test("two generators never share state; a bad seed is refused", () => {
    const a = createRng(3);
    const b = createRng(3);
    a();
    expect(b()).toBe(reference(3, 1)[0]);
    expect(() => createRng(0.5)).toThrow(/seed/);
    expect(() => createRng(2 ** 53)).toThrow(/seed/);
  });
});

describe("uniformSource", () => {
  test.each(SEEDS)("seed %d: draws through the source and through the function interleave in one sequence", (seed) => {
    const rng = createRng(seed);
    const u = uniformSource(rng);
    const want = reference(seed, 600);
    const got: number[] = [];
    for (let i = 0; i < 600; i++) got.push(i % 3 === 0 ? rng() : u.next());
    expect(got).toEqual(want);
    expect(uniformSource(rng)).toBe(u);
  });

  test("any other function is called through as it is", () => {
    let calls = 0;
    const values = [0.25, 0.5, 0.75];
    const u = uniformSource(() => values[calls++ % 3]!);
    expect([u.next(), u.next(), u.next(), u.next()]).toEqual([0.25, 0.5, 0.75, 0.25]);
    expect(calls).toBe(4);
  });
});
