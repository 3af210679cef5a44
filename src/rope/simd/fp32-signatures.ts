/**
 * Signatures of the fp32-rotation kernels (fp32-rotation.ts), merged into the module's SIGNATURES
 * (signatures.ts). Every parameter is a byte address, a count or a mode number (i32), except the cache
 * kernel's attention factor (f32).
 */
import { F32, I32 } from "./wasm-emit.js";

/** The rotation's parameters on fp64 values, rotated in place: rotate*'s (rotation.ts), the route and output format (fp32-rotation.ts: ROUTE, OUT) and the address of the 16-byte input mask. */
const ROT32 = {
  params: [
    ["rows", I32],
    ["headDim", I32],
    ["half", I32],
    ["x", I32],
    ["slots", I32],
    ["sinDelta", I32],
    ["bad", I32],
    ["route", I32],
    ["out", I32],
    ["mask", I32],
  ],
  results: [I32],
} as const;
/**
 * On patterns: from x into y, the route, unit: 1 when every cache value is at most 1 in magnitude (fp16:
 * the eight-pair loop's condition), and scaled: 1 when the cache values are scaled by 2^112
 * (scaleFp16Cache; fp16 on the f32 route with a unit cache only; bf16 ignores it).
 */
const ROT32_BITS = {
  params: [
    ["rows", I32],
    ["headDim", I32],
    ["half", I32],
    ["x", I32],
    ["y", I32],
    ["slots", I32],
    ["sinDelta", I32],
    ["bad", I32],
    ["route", I32],
    ["unit", I32],
    ["scaled", I32],
  ],
  results: [I32],
} as const;

export const FP32_ROTATION_SIGNATURES = {
  cacheRot32: {
    params: [
      ["cos", I32],
      ["sinDelta", I32],
      ["rows", I32],
      ["rowBytes", I32],
      ["af", F32],
      ["format", I32],
      ["flags", I32],
    ],
    results: [I32],
  },
  rot32Neox: ROT32,
  rot32Gptj: ROT32,
  rot32Bf16BitsNeox: ROT32_BITS,
  rot32Bf16BitsGptj: ROT32_BITS,
  rot32Fp16BitsNeox: ROT32_BITS,
  rot32Fp16BitsGptj: ROT32_BITS,
  /** trig.ts: the fp16 cos/sin's f32 range reduction alone (tests). */
  reduceFp16F32: {
    params: [
      ["ang", I32],
      ["n", I32],
      ["out", I32],
    ],
    results: [],
  },
  scaleFp16Cache: {
    params: [
      ["cos", I32],
      ["sinDelta", I32],
      ["n", I32],
    ],
    results: [],
  },
  fp16Bits: {
    params: [
      ["src", I32],
      ["n", I32],
      ["dst", I32],
    ],
    results: [],
  },
} as const;
