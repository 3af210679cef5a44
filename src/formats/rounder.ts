/**
 * Specialised RNE rounders for inner loops: `rounder("bf16")` returns a closure with no argument checks
 * and no mode dispatch. Semantics are exactly `round(format, x)` (tests compare them on every bit pattern
 * neighbourhood); fp32 is Math.fround and fp64 the identity.
 */
import { roundScalar } from "./round.js";
import { type FormatName, type FormatSpec, resolveFormat } from "./table.js";

export type Rounder = (x: number) => number;

const identity: Rounder = (x) => x;

export function rounder(format: FormatName | FormatSpec): Rounder {
  const spec = resolveFormat(format);
  if (spec.precision === 53 && spec.subnormals === "keep") return identity;
  if (spec.precision === 24 && spec.overflow === "inf" && spec.subnormals === "keep") return Math.fround;
  if (spec.precision > 21) return (x) => roundScalar(spec, x, "rne", undefined);
  // Bit path of roundArray for one value; scratch is local to this closure.
  const f64 = new Float64Array(1);
  const i32 = new Int32Array(f64.buffer);
  const drop = 21 - spec.precision;
  const keep = ~((1 << drop) - 1);
  const bias = (1 << (drop - 1)) - 1;
  const minBe = 1023 + spec.emin;
  const span = spec.emax - spec.emin;
  f64[0] = spec.maxFinite;
  const maxHi = i32[1]!;
  return (x) => {
    f64[0] = x;
    const lo = i32[0]!;
    const hi = i32[1]!;
    const h = (hi + bias + (((hi >>> drop) | (lo !== 0 ? 1 : 0)) & 1)) & keep;
    if ((((hi >>> 20) & 0x7ff) - minBe) >>> 0 <= span && (h & 0x7fffffff) <= maxHi) {
      i32[0] = 0;
      i32[1] = h;
      return f64[0]!;
    }
    return roundScalar(spec, x, "rne", undefined);
  };
}
