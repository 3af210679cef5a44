/** The TypeScript fast path of bf16 per-op pipelines (the "ts-bf16" rotation path). */
import { BLOCK, pairProducts } from "../reference.js";
import { type Prepared, stagesAt } from "../stages.js";

const FAST_MIN = 2 ** -60;

/**
 * Per-op bf16 rotation through fp32 intermediates, ~3× faster than rotateRows (reference.ts; measured here):
 *  - bf16·bf16 products have ≤ 16 significant bits, so storing them in a Float32Array is exact while
 *    they stay normal (every operand is 0 or ≥ 2^−60 in magnitude, checked first);
 *  - a sum of two bf16 values stored in fp32 and then rounded to bf16 equals the direct rounding:
 *    double rounding is innocuous for +, −, × of p-bit operands when the intermediate has ≥ 2p + 2 bits
 *    (Figueroa 1995; 24 ≥ 18);
 *  - bf16 shares fp32's exponent range, so RNE to bf16 is (bits + 0x7FFF + lsb) & 0xFFFF0000 on the fp32
 *    pattern, overflowing correctly to infinity.
 * Tests compare it with rotateRows (reference.ts) on random and extreme inputs. Returns false when an
 * operand falls outside those conditions; the next rotation path (paths.ts) then overwrites all of y.
 */
export function rotateRowsBf16(s: Prepared, x: Float64Array, positions: Float64Array, headDim: number, y: Float64Array): boolean {
  if (!fastPathInputs(x)) return false;
  const { half, pairA, pairB } = s;
  const rd = s.p.rope.rotaryDim;
  const n = positions.length;
  const m = Math.min(BLOCK, n) * half;
  const p1 = new Float32Array(m);
  const p2 = new Float32Array(m);
  const p3 = new Float32Array(m);
  const p4 = new Float32Array(m);
  const i1 = new Int32Array(p1.buffer);
  const i2 = new Int32Array(p2.buffer);
  const i3 = new Int32Array(p3.buffer);
  const i4 = new Int32Array(p4.buffer);
  const angle = new Float64Array(half);
  const cos = new Float64Array(half);
  const sin = new Float64Array(half);
  let lastPos = NaN;
  for (let start = 0; start < n; start += BLOCK) {
    const rows = Math.min(BLOCK, n - start);
    const len = rows * half;
    for (let r = 0; r < rows; r++) {
      const row = start + r;
      const p = positions[row]!;
      if (p !== lastPos) {
        stagesAt(s, p, angle, cos, sin);
        lastPos = p;
        for (let j = 0; j < half; j++) {
          const c = cos[j]! < 0 ? -cos[j]! : cos[j]!;
          const sn = sin[j]! < 0 ? -sin[j]! : sin[j]!;
          if ((c !== 0 && c < FAST_MIN) || (sn !== 0 && sn < FAST_MIN)) return false;
        }
      }
      pairProducts(s, x, row * headDim, cos, sin, p1, p2, p3, p4, r * half); // exact in f32 here
    }
    roundFp32BitsToBf16(i1, len);
    roundFp32BitsToBf16(i2, len);
    roundFp32BitsToBf16(i3, len);
    roundFp32BitsToBf16(i4, len);
    for (let k = 0; k < len; k++) {
      p1[k] = p1[k]! - p2[k]!;
      p3[k] = p3[k]! + p4[k]!;
    }
    roundFp32BitsToBf16(i1, len);
    roundFp32BitsToBf16(i3, len);
    for (let r = 0; r < rows; r++) {
      const base = (start + r) * headDim;
      const o = r * half;
      for (let j = 0; j < half; j++) {
        y[base + pairA[j]!] = p1[o + j]!;
        y[base + pairB[j]!] = p3[o + j]!;
      }
      for (let k = rd; k < headDim; k++) y[base + k] = x[base + k]!; // already bf16
    }
  }
  return true;
}

/**
 * Every x is 0 or has 2^−60 ≤ |x| < 2^128, and x has ≤ 8 significant bits: exactly the non-zero bf16
 * values from 2^−60 up (products with the bf16 cache then have ≤ 16 bits, and elements beyond rotaryDim
 * are already their own bf16 rounding). Reads the fp64 words, branch-free: 2^−60 is biased exponent 963,
 * 2^127 is 1150; 8 significant bits leave the low 13 bits of the high word and the whole low word clear.
 */
function fastPathInputs(x: Float64Array): boolean {
  const w = new Int32Array(x.buffer, x.byteOffset, x.length * 2);
  let bad = 0;
  let lowBits = 0;
  for (let k = 0; k < w.length; k += 2) {
    const hi = w[k + 1]!;
    lowBits |= w[k]! | (hi & 0x1fff);
    const outside = ((((hi >>> 20) & 0x7ff) - 963) >>> 0) > 187 ? 1 : 0; // biased exponent ∉ [963, 1150]
    bad |= outside & ((hi & 0x7fffffff) !== 0 ? 1 : 0); // ... and not ±0
  }
  return bad === 0 && lowBits === 0;
}

/** RNE of fp32 patterns to bf16, in place (operands are finite here, so no NaN can be mangled). */
function roundFp32BitsToBf16(bits: Int32Array, len: number): void {
  for (let k = 0; k < len; k++) {
    const b = bits[k]!;
    bits[k] = (b + 0x7fff + ((b >>> 16) & 1)) & -65536;
  }
}
