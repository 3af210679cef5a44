/**
 * A small seeded generator for stochastic rounding and sampling: xoshiro128** (Blackman & Vigna, 2018,
 * https://prng.di.unimi.it/xoshiro128starstar.c) seeded through splitmix32. Each call returns a double in
 * [0, 1) with 53 random bits, so a stochastic-rounding probability is resolved to far below one fp64 ulp.
 * Two generators never share state.
 *
 * The state and its step live in one class (Xoshiro128), not in a closure per generator: V8 compiles a
 * hot closure once per instance, inlines it into its callers and throws those callers' optimised code
 * away when the instance dies, so a run that draws a fresh generator per job recompiled every sampler
 * job after job (`--trace-opt`: about 20 compiles each of the step, the draw and their callers in a
 * default run). Hot loops draw through `uniformSource(rng)`, whose class methods are compiled once for
 * every generator; `Rng` stays a plain function for everyone else.
 */
import { InvalidArgumentError } from "../errors.js";

export type Rng = () => number;

/** What hot loops draw from: one method, so any generator's draws compile to the same code. */
export interface UniformSource {
  /** The next double in [0, 1). */
  next(): number;
}

/** xoshiro128**'s 128-bit state and step (the authors' reference code, in 32-bit words). */
class Xoshiro128 implements UniformSource {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  constructor(seed: number) {
    // splitmix32 spreads the seed (both 32-bit halves of it) over the 128-bit state.
    let sm = (seed >>> 0) ^ Math.imul(Math.floor(seed / 0x100000000) | 0, 0x9e3779b9);
    const next32 = (): number => {
      sm = (sm + 0x9e3779b9) | 0;
      let z = sm;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) >>> 0;
    };
    // Held as int32 (the same bits): fields of one representation, small integers for V8.
    this.s0 = next32() | 0;
    this.s1 = next32() | 0;
    this.s2 = next32() | 0;
    this.s3 = next32() | 0;
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1; // the all-zero state is a fixed point
  }

  /**
   * One 32-bit output as a signed int32, advancing the state. Signed: callers take its top bits with
   * `>>>`, which reads the same bits either way, and an int32 stays a small integer for V8 where an
   * unsigned value above 2^31 becomes a heap number whenever this is not inlined.
   */
  private step(): number {
    const s1 = this.s1;
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9);
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 = s1 ^ this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = rotl(this.s3, 11);
    return result;
  }

  next(): number {
    const hi = this.step() >>> 5; // 27 bits
    const lo = this.step() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }
}

/** Calls a generator that is not ours (any `() => number`, say Math.random) through the same method. */
class CallSource implements UniformSource {
  constructor(private readonly rng: Rng) {}
  next(): number {
    return this.rng();
  }
}

/** Each generator createRng made, to its state (weak: a generator's state dies with it). */
const SOURCES = new WeakMap<Rng, UniformSource>();

export function createRng(seed: number): Rng {
  if (!Number.isSafeInteger(seed)) throw new InvalidArgumentError("seed", "a safe integer", seed);
  const state = new Xoshiro128(seed);
  const rng: Rng = () => state.next();
  SOURCES.set(rng, state);
  return rng;
}

/**
 * The source behind `rng` for hot loops: createRng's state itself (draws from it and from `rng()`
 * interleave in one sequence), or a wrapper that calls any other function.
 */
export function uniformSource(rng: Rng): UniformSource {
  return SOURCES.get(rng) ?? new CallSource(rng);
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}
