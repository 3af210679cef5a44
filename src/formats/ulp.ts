/**
 * Distances on a format's grid, as Herbie defines them (Panchekha et al., PLDI 2015; herbie
 * src/core/points.rkt `ulp-difference`): the ordinal distance between two values, ±0 equal, and bits of
 * error = log2(1 + ulps), with NaN or a wrong infinity counting as the format's total bit count.
 */
import { InvalidArgumentError } from "../errors.js";
import { encode, encodeSmall } from "./bits.js";
import { roundScalar } from "./round.js";
import { type FormatName, type FormatSpec, resolveFormat } from "./table.js";

/** Signed ordinal of a grid value: …, −1 for −minSubnormal, 0 for ±0, 1 for +minSubnormal, …; inf is last. */
function ordinal(spec: FormatSpec, v: number, argument: string): bigint {
  const r = roundScalar(spec, v, "rne", undefined);
  if (!Object.is(r, v)) throw new InvalidArgumentError(argument, `a value on the ${spec.name} grid (round it first)`, v);
  if (v === 0) return 0n;
  const a = v < 0 ? -v : v;
  const mag = spec.totalBits === 64 ? (encode(spec, a) as bigint) : BigInt(encodeSmall(spec, a));
  return v < 0 ? -mag : mag;
}

/** Number of grid steps between two values of `format`; NaN if either is NaN. */
export function ulpDistance(format: FormatName | FormatSpec, a: number, b: number): number {
  const spec = resolveFormat(format);
  if (typeof a !== "number") throw new InvalidArgumentError("a", "a number", a);
  if (typeof b !== "number") throw new InvalidArgumentError("b", "a number", b);
  if (a !== a || b !== b) return NaN;
  const d = ordinal(spec, a, "a") - ordinal(spec, b, "b");
  return Number(d < 0n ? -d : d);
}

/**
 * Herbie's bits of error of `approx` (on the grid) against the real value `exact`, which is rounded to
 * the format first (RNE, the format's policies). Ranges over [0, totalBits].
 */
export function bitsOfError(format: FormatName | FormatSpec, approx: number, exact: number): number {
  const spec = resolveFormat(format);
  if (typeof approx !== "number") throw new InvalidArgumentError("approx", "a number", approx);
  if (typeof exact !== "number") throw new InvalidArgumentError("exact", "a number", exact);
  const e = roundScalar(spec, exact, "rne", undefined);
  if (approx !== approx || e !== e) return spec.totalBits;
  if (!Number.isFinite(approx) || !Number.isFinite(e)) {
    ordinal(spec, approx, "approx");
    return approx === e ? 0 : spec.totalBits;
  }
  const d = ordinal(spec, approx, "approx") - ordinal(spec, e, "exact");
  return Math.log2(1 + Number(d < 0n ? -d : d));
}
