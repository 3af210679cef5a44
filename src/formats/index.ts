export { FORMAT_NAMES, formatSpec, isFormatName, resolveFormat, pow2 } from "./table.js";
export type { FormatName, FormatSpec, OverflowPolicy, SubnormalPolicy, SpecialEncoding, PolicyOverrides } from "./table.js";
export { round, roundArray, ROUNDING_MODES } from "./round.js";
export type { RoundingMode } from "./round.js";
export { encode, decode, encodeArray, decodeArray, allocateBits } from "./bits.js";
export type { BitArray } from "./bits.js";
export { ulpDistance, bitsOfError } from "./ulp.js";
export { createRng } from "./rng.js";
export type { Rng } from "./rng.js";
