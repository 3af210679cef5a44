/**
 * Bit patterns. `encode` rounds (RNE, with the format's policies) and packs; `decode` unpacks any pattern,
 * NaN patterns included. Patterns are numbers (sign|exponent|mantissa, the sign as the top bit of
 * `totalBits`), bigint for fp64. NaN encodes to the canonical quiet NaN with positive sign.
 */
import { InvalidArgumentError } from "../errors.js";
import { roundArray, roundScalar } from "./round.js";
import { type FormatName, type FormatSpec, pow2, resolveFormat } from "./table.js";

const scratchF64 = new Float64Array(1);
const scratchU32 = new Uint32Array(scratchF64.buffer);
const scratchView = new DataView(scratchF64.buffer);

export function encode(format: "fp64", x: number): bigint;
export function encode(format: FormatName | FormatSpec, x: number): number | bigint;
export function encode(format: FormatName | FormatSpec, x: number): number | bigint {
  const spec = resolveFormat(format);
  if (typeof x !== "number") throw new InvalidArgumentError("x", "a number", x);
  if (spec.totalBits === 64) {
    const r = roundScalar(spec, x, "rne", undefined);
    if (r !== r) return 0x7ff8000000000000n;
    scratchView.setFloat64(0, r, true);
    return scratchView.getBigUint64(0, true);
  }
  return encodeSmall(spec, roundScalar(spec, x, "rne", undefined));
}

/** Packs a value already on the grid of a format with at most 32 bits. */
export function encodeSmall(spec: FormatSpec, r: number): number {
  if (r !== r) return spec.nanBits;
  const sign = r < 0 || Object.is(r, -0) ? spec.signMask : 0;
  const a = r < 0 ? -r : r;
  const m = spec.mantissaBits;
  const mantScale = 2 ** m;
  if (a === Infinity) return sign + ((1 << spec.exponentBits) - 1) * mantScale;
  if (a < spec.minNormal) return sign + a / spec.minSubnormal;
  // A normal value of every format up to 32 bits is a normal fp32 with the same significand (padded
  // with zeros): its fp32 exponent and top m significand bits are the pattern's fields, no division.
  scratchF32[0] = a;
  const u = scratchF32Bits[0]!;
  return sign + (((u >>> 23) & 0xff) - 127 + spec.bias) * mantScale + ((u & 0x7fffff) >>> (23 - m));
}

const scratchF32 = new Float32Array(1);
const scratchF32Bits = new Uint32Array(scratchF32.buffer);

export function decode(format: "fp64", bits: bigint): number;
export function decode(format: FormatName | FormatSpec, bits: number | bigint): number;
export function decode(format: FormatName | FormatSpec, bits: number | bigint): number {
  const spec = resolveFormat(format);
  if (spec.totalBits === 64) {
    let b: bigint;
    if (typeof bits === "bigint") b = bits;
    else if (Number.isSafeInteger(bits)) b = BigInt(bits);
    else b = -1n;
    if (b < 0n || b > 0xffffffffffffffffn)
      throw new InvalidArgumentError("bits", "a bigint in [0, 2^64) for fp64", bits);
    scratchView.setBigUint64(0, b, true);
    return scratchView.getFloat64(0, true);
  }
  const limit = 2 ** spec.totalBits;
  if (typeof bits !== "number" || !Number.isInteger(bits) || bits < 0 || bits >= limit)
    throw new InvalidArgumentError("bits", `an integer in [0, ${limit}) for ${spec.name}`, bits);
  return decodeSmall(spec, bits);
}

/** Unchecked unpacking for formats of at most 32 bits. */
export function decodeSmall(spec: FormatSpec, bits: number): number {
  const m = spec.mantissaBits;
  const mantScale = 2 ** m;
  const negative = bits >= spec.signMask;
  const mag = negative ? bits - spec.signMask : bits;
  const expField = Math.floor(mag / mantScale);
  const mant = mag - expField * mantScale;
  const allOnes = (1 << spec.exponentBits) - 1;
  let v: number;
  if (expField === allOnes && spec.special === "ieee") v = mant === 0 ? Infinity : NaN;
  else if (expField === allOnes && mant === mantScale - 1) v = NaN; // e4m3fn's only NaN
  else if (expField === 0) v = mant * spec.minSubnormal;
  else v = (1 + mant / mantScale) * pow2(expField - spec.bias);
  return negative ? -v : v;
}

export type BitArray = Uint8Array | Uint16Array | Uint32Array | BigUint64Array;

/** The typed array that holds one format's patterns (Uint8Array for fp8, Uint16Array for 16-bit, ...). */
export function allocateBits(format: FormatName | FormatSpec, length: number): BitArray {
  const spec = resolveFormat(format);
  if (spec.totalBits === 64) return new BigUint64Array(length);
  if (spec.totalBits > 16) return new Uint32Array(length);
  if (spec.totalBits > 8) return new Uint16Array(length);
  return new Uint8Array(length);
}

/** Values encodeArray rounds at a time (32 KiB of scratch). */
const ENCODE_BLOCK = 4096;

/** Rounds and packs every element; `dst` defaults to allocateBits(format, src.length). */
export function encodeArray(format: FormatName | FormatSpec, src: Float64Array, dst?: BitArray): BitArray {
  const spec = resolveFormat(format);
  const out = dst ?? allocateBits(spec, src.length);
  checkBitArray(spec, out, src.length, "dst");
  if (spec.totalBits === 64) {
    const o = out as BigUint64Array;
    const view = new BigUint64Array(src.buffer, src.byteOffset, src.length);
    for (let i = 0; i < src.length; i++) o[i] = src[i] !== src[i] ? 0x7ff8000000000000n : view[i]!;
    if (spec.subnormals === "flush") for (let i = 0; i < src.length; i++) o[i] = encode(spec, src[i]!) as bigint;
    return out;
  }
  const o = out as Uint8Array | Uint16Array | Uint32Array;
  // Round in bulk first (roundArray's bit-level fast paths), then pack: the same value per element as
  // rounding each one alone, an order of magnitude faster on the process protocol's batches. Blocks of
  // ENCODE_BLOCK values through one small scratch array: a scratch as long as a 4-million-value tensor
  // cost more in page faults (≈ 23 ns per value, measured) than the rounding and packing together.
  const rounded = new Float64Array(Math.min(src.length, ENCODE_BLOCK));
  // encodeSmall's fields, hoisted: the spec's properties read once, not per element.
  const m = spec.mantissaBits;
  const signMask = spec.signMask;
  const minSubnormal = spec.minSubnormal;
  const mantScale = 2 ** m; // hoisted: ** on a variable is a Math.pow call in the loop
  const infBits = ((1 << spec.exponentBits) - 1) * mantScale;
  const expOffset = spec.bias - 127;
  // The rounded values of formats other than fp64 are exact in f32 (≤ 24 bits, exponents in f32's
  // range or infinite), so one bulk conversion gives every pattern's fields.
  const f32 = new Float32Array(rounded.length);
  const u32 = new Int32Array(f32.buffer);
  for (let start = 0; start < src.length; start += ENCODE_BLOCK) {
    const len = Math.min(ENCODE_BLOCK, src.length - start);
    roundArray(spec, src.subarray(start, start + len), rounded);
    f32.set(len === rounded.length ? rounded : rounded.subarray(0, len));
    for (let k = 0; k < len; k++) {
      const r = rounded[k]!;
      const i = start + k;
      if (r !== r) {
        o[i] = spec.nanBits;
        continue;
      }
      const u = u32[k]!;
      const negative = u < 0;
      const e = (u >>> 23) & 0xff;
      let bits: number;
      if (e === 0xff) bits = infBits;
      else if (e - 127 < spec.emin) bits = (negative ? -r : r) / minSubnormal;
      else bits = (e + expOffset) * mantScale + ((u & 0x7fffff) >>> (23 - m));
      o[i] = negative ? bits + signMask : bits;
    }
  }
  return out;
}

/**
 * Every pattern of a format of ≤ 16 bits, decoded once (512 KiB for a 16-bit format). Keyed by the
 * frozen spec, so formats with overridden policies get their own table; a WeakMap lets unused ones go.
 */
const decodeTables = new WeakMap<FormatSpec, Float64Array>();

function decodeTable(spec: FormatSpec): Float64Array {
  let t = decodeTables.get(spec);
  if (!t) {
    t = new Float64Array(2 ** spec.totalBits);
    for (let b = 0; b < t.length; b++) t[b] = decodeSmall(spec, b);
    decodeTables.set(spec, t);
  }
  return t;
}

/** Unpacks every pattern of `bits` into `dst`. */
export function decodeArray(
  format: FormatName | FormatSpec,
  bits: BitArray,
  dst: Float64Array = new Float64Array(bits.length),
): Float64Array {
  const spec = resolveFormat(format);
  checkBitArray(spec, bits, 0, "bits");
  if (dst.length < bits.length) throw new InvalidArgumentError("dst", `a Float64Array of length ≥ ${bits.length}`, dst);
  if (spec.totalBits === 64) {
    new BigUint64Array(dst.buffer, dst.byteOffset, bits.length).set(bits as BigUint64Array);
    return dst;
  }
  const b = bits as Uint8Array | Uint16Array | Uint32Array;
  if (spec.totalBits === 8 || spec.totalBits === 16) {
    // The array type holds exactly the format's patterns: no range check needed, one load each.
    const table = decodeTable(spec);
    for (let i = 0; i < b.length; i++) dst[i] = table[b[i]!]!;
    return dst;
  }
  const limit = 2 ** spec.totalBits;
  for (let i = 0; i < b.length; i++) {
    const v = b[i]!;
    if (v >= limit) throw new InvalidArgumentError(`bits[${i}]`, `an integer in [0, ${limit}) for ${spec.name}`, v);
    dst[i] = decodeSmall(spec, v);
  }
  return dst;
}

function checkBitArray(spec: FormatSpec, a: unknown, minLength: number, argument: string): void {
  const want =
    spec.totalBits === 64 ? BigUint64Array : spec.totalBits > 16 ? Uint32Array : spec.totalBits > 8 ? Uint16Array : Uint8Array;
  if (!(a instanceof want) || a.length < minLength)
    throw new InvalidArgumentError(argument, `a ${want.name} of length ≥ ${minLength} for ${spec.name}`, a);
}
