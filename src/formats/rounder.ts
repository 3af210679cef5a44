/**
 * Specialised RNE rounding for inner loops. `rounder("bf16")` returns a closure with no argument checks
 * and no mode dispatch; `bitRounding(format)` returns constants for `roundWithBits`, a plain function V8
 * inlines at a monomorphic call site (closures of different kinds at one call site cannot be inlined).
 * Semantics are exactly `round(format, x)`: tests compare them on random and boundary inputs.
 */
import { roundScalar } from "./round.js";
import { FORMAT_NAMES, type FormatName, type FormatSpec, resolveFormat } from "./table.js";

export type Rounder = (x: number) => number;

/** Constants of the bit-level RNE path for formats with p ≤ 21 (see roundArray). */
export interface BitRounding {
  readonly spec: FormatSpec;
  readonly drop: number;
  readonly keep: number;
  readonly bias: number;
  readonly minBe: number;
  readonly span: number;
  readonly maxHi: number;
}

const scratch = new Float64Array(1);
const words = new Int32Array(scratch.buffer); // little-endian: words[1] is the high word

export function bitRounding(format: FormatName | FormatSpec): BitRounding {
  const spec = resolveFormat(format);
  if (spec.precision > 21) throw new RangeError(`bitRounding: ${spec.name} has more than 21 significand bits`);
  const drop = 21 - spec.precision;
  scratch[0] = spec.maxFinite;
  return { spec, drop, keep: ~((1 << drop) - 1), bias: (1 << (drop - 1)) - 1, minBe: 1023 + spec.emin, span: spec.emax - spec.emin, maxHi: words[1]! };
}

/**
 * RNE of x to the format of `k`: add half − 1 + (lsb | sticky) to the high word and truncate; results
 * outside the normal range go to the scalar path. The scratch is written and read within one call.
 */
export function roundWithBits(x: number, k: BitRounding): number {
  scratch[0] = x;
  const lo = words[0]!;
  const hi = words[1]!;
  const h = (hi + k.bias + (((hi >>> k.drop) | (lo !== 0 ? 1 : 0)) & 1)) & k.keep;
  if ((((hi >>> 20) & 0x7ff) - k.minBe) >>> 0 <= k.span && (h & 0x7fffffff) <= k.maxHi) {
    words[0] = 0;
    words[1] = h;
    return scratch[0]!;
  }
  return roundScalar(k.spec, x, "rne", undefined);
}

const identity: Rounder = (x) => x;

function makeRounder(spec: FormatSpec): Rounder {
  if (spec.precision === 53 && spec.subnormals === "keep") return identity;
  if (spec.precision === 24 && spec.overflow === "inf" && spec.subnormals === "keep") return Math.fround;
  if (spec.precision > 21) return (x) => roundScalar(spec, x, "rne", undefined);
  const k = bitRounding(spec);
  return (x) => roundWithBits(x, k);
}

/**
 * One rounder per named format, made once. Callers keep rounders in prepared pipelines and score models
 * that are built per job; a fresh closure per call made V8 compile each one anew, and throw away the
 * optimised code of every loop that had inlined the last one when it died (`--trace-opt` / `--trace-deopt`:
 * "wrong call target", "weak objects").
 */
const NAMED: ReadonlyMap<string, Rounder> = new Map(FORMAT_NAMES.map((name) => [name, makeRounder(resolveFormat(name))]));

export function rounder(format: FormatName | FormatSpec): Rounder {
  return (typeof format === "string" ? NAMED.get(format) : undefined) ?? makeRounder(resolveFormat(format));
}
