/**
 * Positions and shifts. Every arbitrary shrinks toward 0 (or toward the smallest shift), so a failing
 * case shrinks to the smallest positions that still fail.
 */
import fc from "fast-check";
import { InvalidArgumentError } from "../errors.js";

export const MAX_POSITION = 2 ** 31 - 1;

/**
 * Boundaries where a format stops holding integers exactly (bf16: 256, fp16/tf32: 2048, fp32: 2^24) and
 * powers of two around which fp32 angles lose bits, each with its neighbours.
 */
export const BOUNDARY_POSITIONS: readonly number[] = [
  ...new Set(
    [0, 1, 255, 256, 257, 2047, 2048, 2049, 4095, 4096, 4097, 8191, 8192, 65535, 65536, 65537, 131071, 131072, 1048576, 16777215, 16777216, 16777217]
      .concat(Array.from({ length: 31 }, (_, k) => 2 ** k))
      .filter((p) => p <= MAX_POSITION),
  ),
].sort((a, b) => a - b);

function checkMax(max: number, argument = "max"): number {
  if (!Number.isSafeInteger(max) || max < 0 || max > MAX_POSITION) throw new InvalidArgumentError(argument, `an integer in [0, ${MAX_POSITION}]`, max);
  return max;
}

/** Uniform in [0, max]. */
export function uniformPosition(max = MAX_POSITION): fc.Arbitrary<number> {
  return fc.integer({ min: 0, max: checkMax(max) });
}

/** Log-uniform in [0, max]: a uniform exponent k, then a uniform offset in [2^k − 1, 2^(k+1) − 1). */
export function logUniformPosition(max = MAX_POSITION): fc.Arbitrary<number> {
  checkMax(max);
  const top = Math.floor(Math.log2(max + 1));
  return fc
    .integer({ min: 0, max: top })
    .chain((k) => fc.integer({ min: 2 ** k - 1, max: Math.min(max, 2 ** (k + 1) - 2) }));
}

/** Format boundaries and powers of two up to max (shrinks toward 0). */
export function boundaryPosition(max = MAX_POSITION): fc.Arbitrary<number> {
  checkMax(max);
  return fc.constantFrom(...BOUNDARY_POSITIONS.filter((p) => p <= max));
}

/** The mixture a property uses by default: half log-uniform, a quarter boundaries, a quarter uniform. */
export function position(max = MAX_POSITION): fc.Arbitrary<number> {
  // No cross-shrink: jumping to another alternative can draw a larger position; each alternative
  // already shrinks toward 0.
  return fc.oneof(
    { arbitrary: logUniformPosition(max), weight: 2 },
    { arbitrary: boundaryPosition(max), weight: 1 },
    { arbitrary: uniformPosition(max), weight: 1 },
  );
}

/** A shift Δ ≥ 1, log-uniform up to max; shrinks toward 1. */
export function shift(max = 1 << 20): fc.Arbitrary<number> {
  checkMax(max, "max");
  return logUniformPosition(max - 1).map((d) => d + 1);
}
