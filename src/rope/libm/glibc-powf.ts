/**
 * powf(x, y) exactly as glibc computes it (≥ 2.28, sysdeps/ieee754/flt-32/e_powf.c) for a positive normal
 * x and finite y: the ARM optimized-routines algorithm, ARM-software/optimized-routines math/powf.c,
 * math/powf_log2_data.c (commit 11253b0b9d6ba14e5a609ff7436db1079c3f9bb8) and math/exp2f_data.c
 * (EXP2F_TABLE_BITS = 5). x86-64 glibc has no TOINT_INTRINSICS: POWF_SCALE = 1 and exp2 rounds with the
 * 0x1.8p52/N shift. Worst case 0.82 ulp: not correctly rounded (live libm differs from RN(x^y) on about 1
 * in 2,500 (base, −2/d) pairs). ggml's CPU RoPE uses it once per tensor: theta_scale = powf(freq_base,
 * −2.0f/n_dims) (ggml-org/ggml src/ggml-cpu/ops.cpp @d99724f2, l. 6014).
 *
 * glibc's FMA build fuses `z * invc - 1` in the log: near 1 the product's own rounding would matter, so it
 * is reproduced exactly (Dekker product); the polynomials' contractions move the fp64 value only in its
 * last bit (test/rope/libm.test.ts compares against the live library).
 */

const hex = (mantissa: number, exp: number): number => mantissa * 2 ** (exp - 52);

// __powf_log2_data.tab: { invc, logc } for 16 subintervals of [OFF, 2·OFF].
const INVC = [
  hex(0x1661ec79f8f3be, 0), hex(0x1571ed4aaf883d, 0), hex(0x149539f0f010b0, 0), hex(0x13c995b0b80385, 0),
  hex(0x130d190c8864a5, 0), hex(0x125e227b0b8ea0, 0), hex(0x11bb4a4a1a343f, 0), hex(0x112358f08ae5ba, 0),
  hex(0x10953f419900a7, 0), 1, hex(0x1e608cfd9a47ac, -1), hex(0x1ca4b31f026aa0, -1),
  hex(0x1b2036576afce6, -1), hex(0x19c2d163a1aa2d, -1), hex(0x1886e6037841ed, -1), hex(0x1767dcf5534862, -1),
];
const LOGC = [
  -hex(0x1efec65b963019, -2), -hex(0x1b0b6832d4fca4, -2), -hex(0x17418b0a1fb77b, -2), -hex(0x139de91a6dcf7b, -2),
  -hex(0x101d9bf3f2b631, -2), -hex(0x197c1d1b3b7af0, -3), -hex(0x12f9e393af3c9f, -3), -hex(0x1960cbbf788d5c, -4),
  -hex(0x1a6f9db6475fce, -5), 0, hex(0x1338ca9f24f53d, -4), hex(0x1476a9543891ba, -3),
  hex(0x1e840b4ac4e4d2, -3), hex(0x140645f0c6651c, -2), hex(0x188e9c2c1b9ff8, -2), hex(0x1ce0a44eb17bcc, -2),
];
const A = [hex(0x127616c9496e0b, -2), -hex(0x171969a075c67a, -2), hex(0x1ec70a6ca7badd, -2), -hex(0x17154748bef6c8, -1), hex(0x171547652ab82b, 0)];

// __exp2f_data with N = 32: tab[i] = bits(2^(i/N)) − (i << 47), as BigInt patterns.
const EXP2_TAB = [
  0x3ff0000000000000n, 0x3fefd9b0d3158574n, 0x3fefb5586cf9890fn, 0x3fef9301d0125b51n, 0x3fef72b83c7d517bn, 0x3fef54873168b9aan, 0x3fef387a6e756238n, 0x3fef1e9df51fdee1n,
  0x3fef06fe0a31b715n, 0x3feef1a7373aa9cbn, 0x3feedea64c123422n, 0x3feece086061892dn, 0x3feebfdad5362a27n, 0x3feeb42b569d4f82n, 0x3feeab07dd485429n, 0x3feea47eb03a5585n,
  0x3feea09e667f3bcdn, 0x3fee9f75e8ec5f74n, 0x3feea11473eb0187n, 0x3feea589994cce13n, 0x3feeace5422aa0dbn, 0x3feeb737b0cdc5e5n, 0x3feec49182a3f090n, 0x3feed503b23e255dn,
  0x3feee89f995ad3adn, 0x3feeff76f2fb5e47n, 0x3fef199bdd85529cn, 0x3fef3720dcef9069n, 0x3fef5818dcfba487n, 0x3fef7c97337b9b5fn, 0x3fefa4afa2a490dan, 0x3fefd0765b6e4540n,
];
const C = [hex(0x1c6af84b912394, -5), hex(0x1ebfce50fac4f3, -3), hex(0x162e42ff0c52d6, -1)];
const SHIFT = 0x18000000000000 / 32; // 0x1.8p+52 / N

const OFF = 0x3f330000;
const SPLIT = 134217729; // 2^27 + 1

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
const f64 = new Float64Array(1);
const u64 = new BigUint64Array(f64.buffer);

/** log2(x) for the fp32 pattern ix (x positive normal), as log2_inline. */
function log2Inline(ix: number): number {
  const tmp = (ix - OFF) >>> 0;
  const i = (tmp >>> 19) % 16;
  const top = (tmp & 0xff800000) >>> 0;
  const iz = (ix - top) >>> 0;
  const k = (top | 0) >> 23; // arithmetic shift of the signed top bits
  const invc = INVC[i]!;
  const logc = LOGC[i]!;
  u32[0] = iz;
  const z = f32[0]!;
  // r = fma(z, invc, −1): z·invc split exactly (Dekker), then one rounding.
  const p = z * invc;
  const a = SPLIT * invc;
  const ih = a - (a - invc);
  const il = invc - ih;
  const e = z * ih - p + z * il; // z has 24 bits: z·ih and z·il are exact
  const r = p - 1 + e;
  const y0 = logc + k;
  const r2 = r * r;
  let y = A[0]! * r + A[1]!;
  const pp = A[2]! * r + A[3]!;
  const r4 = r2 * r2;
  let q = A[4]! * r + y0;
  q = pp * r2 + q;
  y = y * r4 + q;
  return y;
}

function exp2Inline(xd: number): number {
  const kdShifted = xd + SHIFT;
  f64[0] = kdShifted;
  const ki = u64[0]!;
  const kd = kdShifted - SHIFT;
  const r = xd - kd;
  const t = (EXP2_TAB[Number(ki % 32n)]! + (ki << 47n)) & 0xffffffffffffffffn;
  u64[0] = t;
  const s = f64[0]!;
  const z = C[0]! * r + C[1]!;
  const r2 = r * r;
  let y = C[2]! * r + 1;
  y = z * r2 + y;
  return Math.fround(y * s);
}

/** glibc's powf(x, y) for a positive normal fp32 x and a finite fp32 y. */
export function glibcPowf(x: number, y: number): number {
  f32[0] = x;
  const ix = u32[0]!;
  if (!(x > 0) || ix < 0x00800000 || ix >= 0x7f800000 || !Number.isFinite(y)) throw new RangeError(`glibcPowf: x must be a positive normal fp32 value and y finite, got ${x}, ${y}`);
  if (y === 0 || x === 1) return 1;
  const ylogx = y * log2Inline(ix);
  if (ylogx > 0x1fffffffd1d571 * 2 ** (6 - 52)) return Infinity;
  if (ylogx <= -150) return 0;
  return exp2Inline(ylogx);
}
