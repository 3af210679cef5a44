/**
 * sinf and cosf exactly as glibc computes them (≥ 2.28, sysdeps/ieee754/flt-32/s_sinf.c and s_cosf.c), which
 * are the ARM optimized-routines algorithm: ARM-software/optimized-routines math/sinf.c, math/cosf.c,
 * math/sincosf.h and math/sincosf_data.c (commit 11253b0b9d6ba14e5a609ff7436db1079c3f9bb8). Not correctly
 * rounded: worst case 0.5607 ulp, and about 0.8% of fp32 angles in [2^−20, 2^20] round the other way from
 * the exact value. ggml's CPU RoPE calls these (ops.cpp rope_yarn: cosf(theta), sinf(theta)).
 *
 * The arithmetic is fp64 throughout and rounded to fp32 once at the end, so JS numbers reproduce it; the
 * 32×96-bit multiply of the large-argument reduction uses BigInt. x86-64 glibc without TOINT_INTRINSICS:
 * the fast reduction converts with (int) and the 2^24-scaled 2/π. glibc's FMA build (chosen at load time on
 * FMA CPUs) fuses the fast reduction's multiply-subtract, reproduced here exactly; it may also contract
 * the polynomial's multiply-adds, which moves the fp64 value by an ulp of fp64 and the fp32 result only
 * within ~2^−29 of a rounding boundary (test/rope/libm.test.ts compares against the live library).
 */

interface SinCosTable {
  sign: readonly [number, number, number, number];
  hpiInv: number;
  hpi: number;
  c0: number;
  c1: number;
  c2: number;
  c3: number;
  c4: number;
  s1: number;
  s2: number;
  s3: number;
}

// __sincosf_table: the second entry computes −cos to get the negation for free.
const TABLE: readonly [SinCosTable, SinCosTable] = [
  {
    sign: [1, -1, -1, 1],
    hpiInv: 0x145f306dc9c883 * 2 ** -52 * 2 ** 23, // 0x1.45F306DC9C883p+23
    hpi: 0x1921fb54442d18 * 2 ** -52, // 0x1.921FB54442D18p0
    c0: 1,
    c1: -0x1ffffffd0c621c * 2 ** -52 * 2 ** -2,
    c2: 0x155553e1068f19 * 2 ** -52 * 2 ** -5,
    c3: -0x16c087e89a359d * 2 ** -52 * 2 ** -10,
    c4: 0x199343027bf8c3 * 2 ** -52 * 2 ** -16,
    s1: -0x1555545995a603 * 2 ** -52 * 2 ** -3,
    s2: 0x11107605230bc4 * 2 ** -52 * 2 ** -7,
    s3: -0x1994eb3774cf24 * 2 ** -52 * 2 ** -13,
  },
  {
    sign: [1, -1, -1, 1],
    hpiInv: 0x145f306dc9c883 * 2 ** -52 * 2 ** 23,
    hpi: 0x1921fb54442d18 * 2 ** -52,
    c0: -1,
    c1: 0x1ffffffd0c621c * 2 ** -52 * 2 ** -2,
    c2: -0x155553e1068f19 * 2 ** -52 * 2 ** -5,
    c3: 0x16c087e89a359d * 2 ** -52 * 2 ** -10,
    c4: -0x199343027bf8c3 * 2 ** -52 * 2 ** -16,
    s1: -0x1555545995a603 * 2 ** -52 * 2 ** -3,
    s2: 0x11107605230bc4 * 2 ** -52 * 2 ** -7,
    s3: -0x1994eb3774cf24 * 2 ** -52 * 2 ** -13,
  },
];

/** __inv_pio4: 4/π to 192 bits, 8 new bits per entry. */
const INV_PIO4: readonly number[] = [
  0xa2, 0xa2f9, 0xa2f983, 0xa2f9836e, 0xf9836e4e, 0x836e4e44, 0x6e4e4415, 0x4e441529, 0x441529fc, 0x1529fc27, 0x29fc2757, 0xfc2757d1,
  0x2757d1f5, 0x57d1f534, 0xd1f534dd, 0xf534ddc0, 0x34ddc0db, 0xddc0db62, 0xc0db6295, 0xdb629599, 0x6295993c, 0x95993c43, 0x993c4390, 0x3c439041,
];

const PI64 = 0x1921fb54442d18 * 2 ** -52 * 2 ** -62; // π·2^−64

const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);

/** The fp32 bit pattern of an fp32 value. */
function asuint(y: number): number {
  f32[0] = y;
  return u32[0]!;
}

/** Bits 20..30 of the pattern: exponent and top 3 mantissa bits, the sign dropped. */
const abstop12 = (bits: number): number => (bits >>> 20) & 0x7ff;
const TOP_PIO4 = abstop12(0x3f490fdb); // (float) π/4
const TOP_2M12 = abstop12(0x39800000); // 0x1p-12f
const TOP_120 = abstop12(0x42f00000); // 120.0f
const TOP_INF = abstop12(0x7f800000);

function sinfPoly(x: number, x2: number, p: SinCosTable, n: number): number {
  if ((n & 1) === 0) {
    const x3 = x * x2;
    const s1 = p.s2 + x2 * p.s3;
    const x7 = x3 * x2;
    const s = x + x3 * p.s1;
    return Math.fround(s + x7 * s1);
  }
  const x4 = x2 * x2;
  const c2 = p.c3 + x2 * p.c4;
  const c1 = p.c0 + x2 * p.c1;
  const x6 = x4 * x2;
  const c = c1 + x4 * p.c2;
  return Math.fround(c + x6 * c2);
}

const SPLIT = 134217729; // 2^27 + 1: Veltkamp's splitter for fp64

/**
 * reduce_fast (no TOINT_INTRINSICS): x − n·π/2 with n from the 2^24-scaled product. Returns [r, n].
 * glibc's FMA build contracts `x - n * p->hpi` into one fma: near a multiple of π/2 the product's rounding
 * would otherwise decide the result (live libm differs from the unfused form there), so the product is
 * split exactly (Dekker) and x − n·π/2 rounded once, as the fma does.
 */
function reduceFast(x: number, p: SinCosTable): [number, number] {
  const r = x * p.hpiInv;
  const n = ((Math.trunc(r) | 0) + 0x800000) >> 24;
  const hi = n * p.hpi;
  // lo = n·hpi − hi exactly (n has ≤ 8 bits, so n·hpi's low part is a Dekker product of splits).
  const a = SPLIT * p.hpi;
  const hpiHi = a - (a - p.hpi);
  const hpiLo = p.hpi - hpiHi;
  const lo = n * hpiHi - hi + n * hpiLo;
  // x − hi is exact (Sterbenz: hi is within a factor 2 of x here), leaving one rounding, as in fma(−n, hpi, x).
  return [x - hi - lo, n];
}

const TWO32 = 2 ** 32;

/**
 * reduce_large: the exact 2.62 fixed-point residue of |x|·4/π via a 32×96-bit multiply, C's uint64_t
 * arithmetic done on 32-bit words held in fp64 (no BigInt: this runs for every angle ≥ 120 of a ggml-cpu
 * cache). Products xi·w (xi < 2^31, w < 2^32) are split on w's 16-bit halves, so every partial product is
 * below 2^48 and every intermediate below 2^53: exact. Returns [r, n].
 */
function reduceLarge(bits: number): [number, number] {
  const k = (bits >>> 26) & 15;
  const xi = (((bits & 0xffffff) | 0x800000) << ((bits >>> 23) & 7)) >>> 0;
  const res0Lo = Math.imul(xi, INV_PIO4[k]!) >>> 0; // a uint32_t × uint32_t product, truncated as in C
  const w1 = INV_PIO4[k + 4]!;
  const p1Hi = xi * (w1 >>> 16);
  const low1 = xi * (w1 & 0xffff) + (p1Hi % 65536) * 65536;
  const res1Hi = Math.floor(p1Hi / 65536) + Math.floor(low1 / TWO32);
  const res1Lo = low1 % TWO32;
  const w2 = INV_PIO4[k + 8]!;
  const p2Hi = xi * (w2 >>> 16);
  const res2Hi = Math.floor(p2Hi / 65536) + Math.floor((xi * (w2 & 0xffff) + (p2Hi % 65536) * 65536) / TWO32);
  // res0 = (res2 >> 32) | (res0 << 32); res0 += res1 (mod 2^64), as (hi, lo) words.
  const lo = res2Hi + res1Lo;
  let hi = (res0Lo + res1Hi + (lo >= TWO32 ? 1 : 0)) % TWO32;
  // n = (res0 + 2^61) >> 62; res0 −= n << 62: both on the high word, where 2^61 is 2^29.
  const n = Math.floor(((hi + 2 ** 29) % TWO32) / 2 ** 30);
  hi = (hi - n * 2 ** 30 + TWO32) % TWO32;
  // (int64_t)res0 to double: the exact integer rounded once, by this addition (to nearest even, as C).
  const x = (hi >= 2 ** 31 ? hi - TWO32 : hi) * TWO32 + (lo % TWO32);
  return [x * PI64, n];
}

/** glibc's sinf(y) for an fp32 value y. */
export function glibcSinf(y: number): number {
  const bits = asuint(y);
  const top = abstop12(bits);
  let p = TABLE[0];
  if (top < TOP_PIO4) {
    if (top < TOP_2M12) return y;
    return sinfPoly(y, y * y, p, 0);
  }
  if (top < TOP_120) {
    const [x, n] = reduceFast(y, p);
    const s = p.sign[n & 3]!;
    if (n & 2) p = TABLE[1];
    return sinfPoly(x * s, x * x, p, n);
  }
  if (top < TOP_INF) {
    const sign = bits >>> 31;
    const [x, n] = reduceLarge(bits);
    const s = p.sign[(n + sign) & 3]!;
    if ((n + sign) & 2) p = TABLE[1];
    return sinfPoly(x * s, x * x, p, n);
  }
  return NaN;
}

/** glibc's cosf(y) for an fp32 value y. */
export function glibcCosf(y: number): number {
  const bits = asuint(y);
  const top = abstop12(bits);
  let p = TABLE[0];
  if (top < TOP_PIO4) {
    if (top < TOP_2M12) return 1;
    return sinfPoly(y, y * y, p, 1);
  }
  if (top < TOP_120) {
    const [x, n] = reduceFast(y, p);
    const s = p.sign[n & 3]!;
    if (n & 2) p = TABLE[1];
    return sinfPoly(x * s, x * x, p, n ^ 1);
  }
  if (top < TOP_INF) {
    const sign = bits >>> 31;
    const [x, n] = reduceLarge(bits);
    const s = p.sign[(n + sign) & 3]!;
    if ((n + sign) & 2) p = TABLE[1];
    return sinfPoly(x * s, x * x, p, n ^ 1);
  }
  return NaN;
}
