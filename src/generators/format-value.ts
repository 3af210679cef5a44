/**
 * fast-check arbitraries for values on a format's grid. A value is drawn as (sign, magnitude pattern) and
 * decoded, so every value is on the grid by construction, and shrinking (toward sign + and pattern 0)
 * moves toward +0 through ever smaller magnitudes.
 */
import fc from "fast-check";
import { InvalidArgumentError } from "../errors.js";
import { decode, encode } from "../formats/bits.js";
import { round } from "../formats/round.js";
import { type FormatName, type FormatSpec, resolveFormat } from "../formats/table.js";

export interface FormatValueOptions {
  /** Smallest and largest magnitude (finite, inclusive; rounded onto the grid). Default: 0 … maxFinite. */
  minMagnitude?: number;
  maxMagnitude?: number;
  /** Draw only non-negative values. */
  nonNegative?: boolean;
  /** Allow ±inf (IEEE formats) and NaN. Default false. */
  specials?: boolean;
}

/** Patterns of the smallest and largest magnitude (bigint: fp64 patterns exceed 2^53). */
function magnitudeBounds(spec: FormatSpec, o: FormatValueOptions): [bigint, bigint] {
  const lo = o.minMagnitude ?? 0;
  const hi = o.maxMagnitude ?? spec.maxFinite;
  if (!(lo >= 0) || !(hi >= lo) || !Number.isFinite(hi))
    throw new InvalidArgumentError("options.maxMagnitude", "finite magnitudes with 0 ≤ minMagnitude ≤ maxMagnitude", [lo, hi]);
  const code = (v: number): bigint => BigInt(encode(spec, round(spec, v)));
  return [code(lo), code(Math.min(hi, spec.maxFinite))];
}

/** Values of `format` on its grid. */
export function formatValue(format: FormatName | FormatSpec, options: FormatValueOptions = {}): fc.Arbitrary<number> {
  const spec = resolveFormat(format);
  const [lo, hi] = magnitudeBounds(spec, options);
  const sign = options.nonNegative ? fc.constant(false) : fc.boolean();
  const magnitude: fc.Arbitrary<number> =
    spec.totalBits === 64
      ? fc.bigInt({ min: lo, max: hi }).map((m) => decode(spec, m))
      : fc.integer({ min: Number(lo), max: Number(hi) }).map((m) => decode(spec, m));
  const finite = fc.tuple(sign, magnitude).map(([negative, v]) => (negative ? -v : v));
  if (!options.specials) return finite;
  const specials = spec.hasInfinity ? [NaN, Infinity, -Infinity] : [NaN];
  return fc.oneof({ arbitrary: finite, weight: 20 }, { arbitrary: fc.constantFrom(...specials), weight: 1 });
}

export interface FormatArrayOptions extends FormatValueOptions {
  minLength?: number;
  maxLength?: number;
}

/** Float64Arrays of values on `format`'s grid; shrinking shortens them and shrinks each value. */
export function formatArray(format: FormatName | FormatSpec, options: FormatArrayOptions = {}): fc.Arbitrary<Float64Array> {
  const { minLength = 0, maxLength = 64, ...value } = options;
  return fc.array(formatValue(format, value), { minLength, maxLength }).map((a) => Float64Array.from(a));
}
