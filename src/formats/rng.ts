/**
 * A small seeded generator for stochastic rounding and sampling: xoshiro128** (Blackman & Vigna, 2018,
 * https://prng.di.unimi.it/xoshiro128starstar.c) seeded through splitmix32. Each call returns a double in
 * [0, 1) with 53 random bits, so a stochastic-rounding probability is resolved to far below one fp64 ulp.
 * The state lives in the closure: two generators never share state.
 */
import { InvalidArgumentError } from "../errors.js";

export type Rng = () => number;

export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) throw new InvalidArgumentError("seed", "a safe integer", seed);
  // splitmix32 spreads the seed (both 32-bit halves of it) over the 128-bit state.
  let sm = (seed >>> 0) ^ Math.imul(Math.floor(seed / 0x100000000) | 0, 0x9e3779b9);
  const next32 = (): number => {
    sm = (sm + 0x9e3779b9) | 0;
    let z = sm;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = next32();
  let s1 = next32();
  let s2 = next32();
  let s3 = next32();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point
  const step = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  return () => {
    const hi = step() >>> 5; // 27 bits
    const lo = step() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
