/**
 * The number formats, defined by one table in the manner of ml_dtypes (bits, bias, inf/NaN encoding):
 * everything else (max finite, min normal, canonical NaN) is derived from these few fields, so a format
 * cannot disagree with itself.
 *
 * Sources for the fp8 encodings: OCP 8-bit Floating Point Specification (OFP8) rev 1.0, 2023, Table 1:
 * E4M3 has no infinities and a single NaN mantissa (S.1111.111), max 448; E5M2 is IEEE-like, max 57344.
 * tf32 is NVIDIA's 19-bit TensorFloat-32 (8 exponent bits, 10 mantissa bits); we encode it as a 19-bit
 * pattern sign|exp|mantissa, i.e. the top 19 bits of the fp32 pattern.
 */
import { InvalidArgumentError } from "../errors.js";

export type FormatName = "bf16" | "fp16" | "fp32" | "tf32" | "fp8-e4m3fn" | "fp8-e5m2" | "fp64";
export const FORMAT_NAMES: readonly FormatName[] = [
  "bf16",
  "fp16",
  "fp32",
  "tf32",
  "fp8-e4m3fn",
  "fp8-e5m2",
  "fp64",
];

/** What a finite result beyond the largest finite value becomes. */
export type OverflowPolicy = "inf" | "nan" | "saturate";
/** `keep`: gradual underflow. `flush`: a result whose magnitude after rounding is below minNormal becomes ±0. */
export type SubnormalPolicy = "keep" | "flush";
/** `ieee`: exponent all ones is inf (mantissa 0) or NaN. `e4m3fn`: only S.1111.111 is NaN, no infinities. */
export type SpecialEncoding = "ieee" | "e4m3fn";

export interface FormatSpec {
  readonly name: FormatName;
  readonly totalBits: number;
  readonly exponentBits: number;
  readonly mantissaBits: number;
  readonly bias: number;
  readonly special: SpecialEncoding;
  readonly overflow: OverflowPolicy;
  readonly subnormals: SubnormalPolicy;
  // Derived (see deriveSpec):
  /** Significand precision p = mantissaBits + 1. */
  readonly precision: number;
  /** Exponent of the smallest normal value, 1 − bias. */
  readonly emin: number;
  /** Exponent of the largest finite binade. */
  readonly emax: number;
  readonly hasInfinity: boolean;
  readonly maxFinite: number;
  readonly minNormal: number;
  readonly minSubnormal: number;
  readonly signMask: number;
  /** Canonical quiet NaN pattern (positive sign). */
  readonly nanBits: number;
}

interface Row {
  totalBits: number;
  exponentBits: number;
  mantissaBits: number;
  bias: number;
  special: SpecialEncoding;
  overflow: OverflowPolicy;
}

const TABLE: Readonly<Record<FormatName, Row>> = {
  fp64: { totalBits: 64, exponentBits: 11, mantissaBits: 52, bias: 1023, special: "ieee", overflow: "inf" },
  fp32: { totalBits: 32, exponentBits: 8, mantissaBits: 23, bias: 127, special: "ieee", overflow: "inf" },
  tf32: { totalBits: 19, exponentBits: 8, mantissaBits: 10, bias: 127, special: "ieee", overflow: "inf" },
  bf16: { totalBits: 16, exponentBits: 8, mantissaBits: 7, bias: 127, special: "ieee", overflow: "inf" },
  fp16: { totalBits: 16, exponentBits: 5, mantissaBits: 10, bias: 15, special: "ieee", overflow: "inf" },
  "fp8-e5m2": { totalBits: 8, exponentBits: 5, mantissaBits: 2, bias: 15, special: "ieee", overflow: "inf" },
  // OFP8 E4M3 has no inf; out-of-range conversions give NaN unless the caller asks for saturation.
  "fp8-e4m3fn": { totalBits: 8, exponentBits: 4, mantissaBits: 3, bias: 7, special: "e4m3fn", overflow: "nan" },
};

/** 2^k for integer k in [-1074, 1023], built by exact doubling/halving rather than Math.pow. */
export function pow2(k: number): number {
  return POW2[k + 1074]!;
}
const POW2: Float64Array = (() => {
  const t = new Float64Array(1023 + 1074 + 1);
  let v = 1;
  for (let k = 0; k <= 1023; k++, v *= 2) t[k + 1074] = v;
  v = 1;
  for (let k = 0; k >= -1074; k--, v /= 2) t[k + 1074] = v;
  return t;
})();

function deriveSpec(name: FormatName, row: Row, subnormals: SubnormalPolicy, overflow: OverflowPolicy): FormatSpec {
  const precision = row.mantissaBits + 1;
  const emin = 1 - row.bias;
  const allOnes = (1 << row.exponentBits) - 1;
  // IEEE formats reserve the all-ones exponent; e4m3fn uses it for finite values except mantissa 111.
  const emax = row.special === "ieee" ? allOnes - 1 - row.bias : allOnes - row.bias;
  const maxMantissa = row.special === "ieee" ? 2 - pow2(-row.mantissaBits) : 2 - 2 * pow2(-row.mantissaBits);
  const maxFinite = maxMantissa * pow2(emax);
  const signMask = row.totalBits === 64 ? 0 : 2 ** (row.totalBits - 1);
  const nanBits =
    row.totalBits === 64
      ? 0
      : row.special === "ieee"
        ? allOnes * 2 ** row.mantissaBits + 2 ** (row.mantissaBits - 1)
        : allOnes * 2 ** row.mantissaBits + (2 ** row.mantissaBits - 1);
  return Object.freeze({
    name,
    ...row,
    overflow,
    subnormals,
    precision,
    emin,
    emax,
    hasInfinity: row.special === "ieee",
    maxFinite,
    minNormal: pow2(emin),
    minSubnormal: pow2(emin - row.mantissaBits),
    signMask,
    nanBits,
  });
}

const DEFAULTS: Readonly<Record<FormatName, FormatSpec>> = Object.freeze(
  Object.fromEntries(FORMAT_NAMES.map((n) => [n, deriveSpec(n, TABLE[n], "keep", TABLE[n].overflow)])) as Record<
    FormatName,
    FormatSpec
  >,
);

export function isFormatName(x: unknown): x is FormatName {
  return typeof x === "string" && (FORMAT_NAMES as readonly string[]).includes(x);
}

export interface PolicyOverrides {
  overflow?: OverflowPolicy;
  subnormals?: SubnormalPolicy;
}

/**
 * The spec of a format, optionally with other overflow/subnormal policies
 * (`formatSpec("fp8-e4m3fn", { overflow: "saturate" })`). Specs are frozen and may be shared freely.
 */
export function formatSpec(format: FormatName | FormatSpec, overrides?: PolicyOverrides): FormatSpec {
  const base = resolveFormat(format, "format");
  if (!overrides) return base;
  const overflow = overrides.overflow ?? base.overflow;
  const subnormals = overrides.subnormals ?? base.subnormals;
  if (!["inf", "nan", "saturate"].includes(overflow))
    throw new InvalidArgumentError("overflow", `one of "inf", "nan", "saturate"`, overflow);
  if (!["keep", "flush"].includes(subnormals))
    throw new InvalidArgumentError("subnormals", `one of "keep", "flush"`, subnormals);
  if (overflow === "inf" && !base.hasInfinity)
    throw new InvalidArgumentError("overflow", `"nan" or "saturate" for ${base.name} (it has no infinity)`, overflow);
  if (overflow === base.overflow && subnormals === base.subnormals) return base;
  return deriveSpec(base.name, TABLE[base.name], subnormals, overflow);
}

/** Accepts a name or a spec; throws InvalidArgumentError naming `argument` for anything else. */
export function resolveFormat(format: unknown, argument = "format"): FormatSpec {
  if (typeof format === "string") {
    if (isFormatName(format)) return DEFAULTS[format];
  } else if (typeof format === "object" && format !== null && isFormatName((format as FormatSpec).name)) {
    const spec = format as FormatSpec;
    // Specs made by formatSpec are frozen; a hand-built object must at least match the table.
    if (Object.isFrozen(spec)) return spec;
  }
  throw new InvalidArgumentError(argument, `one of ${FORMAT_NAMES.map((n) => `"${n}"`).join(", ")} or a spec from formatSpec()`, format);
}
