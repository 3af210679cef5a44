/**
 * The SIMD module's kernels for pipelines whose rotation rounds to fp32 (meta-llama, flash-attn-triton,
 * vllm-cuda, onnxruntime-cpu, te-fused, in any output format among fp32, bf16 and fp16): the cache stage
 * (cacheRot32), the rotation with its output rounding, on fp64 values (rot32*) or on bf16/fp16 patterns
 * (rot32*Bits*), and fp16Bits (the fp16 rounding alone, for tests).
 *
 * The reference (reference.ts) computes, with one fp64 operation each and r = Math.fround,
 *   none:   ya = r(r(xa·c) − r(xb·s)),  yb = r(r(xa·s) + r(xb·c))
 *   first:  ya = r(xa·c − r(xb·s)),     yb = r(xa·s + r(xb·c))
 *   second: ya = r(r(xa·c) − xb·s),     yb = r(r(xa·s) + xb·c)
 * and rounds ya, yb to the output format. Two routes give the same bits:
 *
 *  f64 route (ROUTE.f64 + fma mode): the same fp64 operations in f64x2 lanes, in the same order, with r as
 *    f32x4.demote_f64x2_zero then f64x2.promote_low_f32x4 (demote is IEEE round-to-nearest-even to binary32,
 *    overflow to ±inf and subnormals included, exactly Math.fround). IEEE operations on the same operands
 *    give the same results, so this route equals the reference for every finite x, on or off any grid,
 *    whatever the cache format; it only needs that no NaN arises (a NaN's sign and payload are not
 *    portable): rows are accepted when every |x| < 2^100 and every cache value is below 2^8, so no
 *    product or sum overflows fp32.
 *  f32 route (ROUTE.f32): ya = f32(f32(xa·c) − f32(xb·s)), yb = f32(f32(xa·s) + f32(xb·c)) in f32x4 lanes,
 *    valid when
 *     (a) every x is an fp32 value: xa·c is then exact in fp64 (≤ 48 bits), so r(xa·c) is the single
 *         rounding f32x4.mul performs;
 *     (b) a sum or difference of two fp32 values rounded to fp64 and then to fp32 equals the direct
 *         rounding (Figueroa 1995: 53 ≥ 2·24 + 2), which f32x4.add/sub perform;
 *     (c) with FMA (first/second), the fused product is exact in fp32, so fusing it changes nothing: the
 *         cache is bf16 or fp16 (≤ 8 or 11 bits) and x has ≤ 16 or 13 significant bits, so every product
 *         has ≤ 24; non-zero |x| ≥ 2^−60 and non-zero |c|, |s| ≥ 2^−60 keep it normal.
 *    Rows are accepted when every x is an fp32 value (fp64 → fp32 → fp64 gives it back) with no bit below
 *    the mask the host passes (≤ 13 or 16 significant bits with FMA), and non-zero |x| ∈ [2^−60, 2^100);
 *    cache rows when every non-zero |c|, |s| ∈ [2^−60, 2^8). Patterns (bf16: 8 bits, fp16: 11) always meet
 *    the bit condition.
 * Neither route can then produce inf or NaN before the output rounding (|products| < 2^108).
 *
 * The output rounding, on the fp32 result v in f32 lanes (|v| < 2^109):
 *   bf16: (b + 0x7fff + ((b >>> 16) & 1)) & 0xffff0000 on v's pattern b (bf16 shares fp32's exponents);
 *   fp16: the pattern by fp16Pattern below — RNE, fp16 subnormals, and ±inf from 65520 up (65520 is the
 *         midpoint between 65504 and 2^16, and ties to the even 2^16 = overflow), as IEEE rounds; the
 *         value as an f32 is the pattern decoded (fp16Value). On patterns, rows whose results are all
 *         zero or in [2^−14, 2^16) take the shorter fp16Fast, and the others are encoded again by
 *         fp16Pattern. NeoX rows on the f32 route with a unit cache (every |c|, |s| ≤ 1) run eight
 *         pairs an iteration and check the range on fp16Fast's scaled value instead (fastScaled),
 *         with |x| < 2^15 as the upper bound.
 * fp16 patterns on the f32 route may also be given a cache scaled by 2^112 (scaleFp16Cache; the host does
 * so for trigFp16's unit caches): x is then taken as its fp16 pattern's value times 2^−112, with no
 * multiply, and every product x·c is the same real number, rounded once to f32 (fp16FromHigh).
 * Elements beyond rotaryDim are not touched here: the host rounds them (x rounded to the output format).
 */
import { kernelFunc } from "./signatures.js";
import {
  type Bytes,
  ConstPool,
  Func,
  I32,
  V128,
  forRange,
  get,
  hoister,
  i32add,
  i32c,
  i32eqz,
  i32load,
  i32mul,
  i32and,
  i32ne,
  i32or,
  i32sub,
  i32shl,
  i32store,
  lanes32,
  load,
  load64Lane,
  load64Zero,
  set,
  shuffle,
  simd,
  SIMD,
  store,
  store64Lane,
  when,
} from "./wasm-emit.js";

/** The route parameter: 0 the f32 route; 1, 2, 3 the f64 route with fma none, first, second. */
export const ROUTE = { f32: 0, f64None: 1, f64First: 2, f64Second: 3 } as const;
/** The output-format parameter of rot32* and the format parameter of cacheRot32. */
export const OUT = { fp32: 0, bf16: 1, fp16: 2 } as const;
/** Accepted non-zero magnitudes: x in [2^X_LO, 2^X_HI), cache values in [2^C_LO, 2^C_HI). */
export const X_LO = -60;
export const X_HI = 100;
export const C_LO = -60;
export const C_HI = 8;

/** f32 pattern of 2^e shifted left by one (sign dropped): the key the range checks compare. */
const key = (e: number): number => ((127 + e) << 24) | 0;
/** The f32 addend that rounds |v| < 2^−14 to fp16's grid (fp16Pattern). */
const FP16_SUBNORMAL_MAGIC_ADDEND = 0.75;
const TWO_112 = 2 ** 112;

/** A source of constants: the module's pool (a load at each use) or a function's hoisted locals. */
type Consts = Pick<ConstPool, "i32x4" | "f32x4" | "v128">;

/** Bytes for a v128 local. */
const g = get;

/** i32: 1 when every key max (mx) is below key(hi) and every key − 1 min (mn) is ≥ key(lo) − 1 (zeros wrap to the top and pass). */
function inRange(K: Consts, mx: number, mn: number, lo: number, hi: number): Bytes {
  return simd(SIMD.i32x4_all_true, simd(SIMD.v128_and, simd(SIMD.i32x4_lt_u, g(mx), K.i32x4(key(hi))), simd(SIMD.i32x4_ge_u, g(mn), K.i32x4(key(lo) - 1))));
}

/** i32: 1 when every key max (mx) is below key(hi): the f64 route's check, which needs no lower bound. */
function below(K: Consts, mx: number, hi: number): Bytes {
  return simd(SIMD.i32x4_all_true, simd(SIMD.i32x4_lt_u, g(mx), K.i32x4(key(hi))));
}

/** Updates key max/min trackers mx, mn with the f32 lanes of local v (k a scratch local). */
function track(K: Consts, v: number, k: number, mx: number, mn: number): Bytes {
  return [
    ...set(k, simd(SIMD.i32x4_shl, g(v), i32c(1))),
    ...set(mx, simd(SIMD.i32x4_max_u, g(mx), g(k))),
    ...set(mn, simd(SIMD.i32x4_min_u, g(mn), simd(SIMD.i32x4_sub, g(k), K.i32x4(1)))),
  ];
}

/** RNE of f32 lanes to bf16 (a pattern, as an f32 value): local v. */
function bf16Rne(K: Consts, v: number): Bytes {
  const lsb = simd(SIMD.v128_and, simd(SIMD.i32x4_shr_u, g(v), i32c(16)), K.i32x4(1));
  return simd(SIMD.v128_and, simd(SIMD.i32x4_add, simd(SIMD.i32x4_add, g(v), K.i32x4(0x7fff)), lsb), K.i32x4(0xffff0000 | 0));
}

/**
 * The fp16 pattern of RNE(v) in the low 16 bits of each lane, for local v with finite lanes (scratch locals
 * a, m), on the pattern of |v| (non-negative fp32 patterns order as their values):
 *   |v| ≥ 2^−14: m = min(bits|v|, bits 2^16); (m − (112 << 23) + 0xfff + ((m >>> 13) & 1)) >>> 13 — the
 *       exponent rebiased from 127 to 15 and the 23-bit mantissa rounded to 10 bits, ties to even, a carry
 *       moving into the exponent; 2^16 gives 0x7c00 (fp16's +inf), and every |v| in [65520, 2^16] rounds
 *       to it (65520 is the midpoint between 65504 and 2^16, whose tie goes to the even 2^16: overflow);
 *   |v| < 2^−14: bits(|v| + 0.75) − bits(0.75): the sum lies in [0.75, 1), whose fp32 spacing 2^−24 is
 *       fp16's below 2^−14, so it rounds |v| to fp16's grid, ties to even (0.75 is an even multiple of
 *       2^−24), and the difference of the patterns counts the steps: the subnormal pattern (or 0x400);
 * then the sign (bit 31 of v) as bit 15.
 */
export function fp16Pattern(K: Consts, v: number, a: number, m: number): Bytes {
  const magic = K.f32x4(FP16_SUBNORMAL_MAGIC_ADDEND);
  const small = simd(SIMD.i32x4_sub, simd(SIMD.f32x4_add, g(a), magic), K.i32x4(0x3f400000)); // bits of 0.75
  const lsb = simd(SIMD.v128_and, simd(SIMD.i32x4_shr_u, g(m), i32c(13)), K.i32x4(1));
  const normal = simd(SIMD.i32x4_shr_u, simd(SIMD.i32x4_add, simd(SIMD.i32x4_add, g(m), K.i32x4(0xfff - (112 << 23))), lsb), i32c(13));
  const sign = simd(SIMD.v128_and, simd(SIMD.i32x4_shr_u, g(v), i32c(16)), K.i32x4(0x8000));
  return [
    ...set(a, simd(SIMD.v128_and, g(v), K.i32x4(0x7fffffff))),
    ...set(m, simd(SIMD.i32x4_min_u, g(a), K.i32x4(0x47800000))), // bits of 2^16
    ...simd(SIMD.v128_or, simd(SIMD.v128_bitselect, small, normal, simd(SIMD.i32x4_lt_s, g(a), K.i32x4(0x38800000))), sign), // bits of 2^−14
  ];
}

/** The stores parameter selecting fp16Fast (not an OUT value). */
const FAST_FP16 = -1;

/**
 * The fp16 pattern of RNE(v) in the high 16 bits of each lane, for local v whose non-zero lanes have
 * 2^−14 ≤ |v| < 2^16 (the caller checks and re-encodes rows that have others with fp16Pattern; t a
 * scratch local): h = γ − (γ − v) with γ = v·(2^13 + 1), Veltkamp's split, RNE of v to 11 significant
 * bits (exact in f32: γ < 2^30; written so that ±0 keep their sign), which is fp16's rounding in this
 * range, up to 2^16 for |v| ≥ 65520 (fp16's overflow); h·2^−112 is exact and normal (or ±0), with
 * fp16's biased exponent in its exponent field (bits 27 … 23, the bits above zero) and fp16's mantissa
 * in the top 10 mantissa bits, the rest zero; shifted left by 3 with the sign kept, the high half is the
 * fp16 pattern (2^16 gives 0x7c00, ±inf).
 */
function fp16Fast(K: Consts, v: number, t: number): Bytes {
  const velt = K.f32x4(8193);
  const h = simd(SIMD.f32x4_sub, g(t), simd(SIMD.f32x4_sub, g(t), g(v)));
  return [
    ...set(t, simd(SIMD.f32x4_mul, g(v), velt)),
    ...set(t, simd(SIMD.f32x4_mul, h, K.f32x4(2 ** -112))),
    ...simd(SIMD.v128_or, simd(SIMD.i32x4_shl, g(t), i32c(3)), simd(SIMD.v128_and, g(t), K.i32x4(0x80000000 | 0))),
  ];
}

/**
 * The f32 value of fp16 patterns p (local, low 16 bits of each lane, finite or ±inf; t scratch):
 * bits (p & 0x7fff) << 13 as an fp32 times 2^112 (exact, normal and subnormal alike: the inverse of
 * fp16Pattern's scaling), ±inf where p & 0x7fff = 0x7c00, and the sign from bit 15.
 */
export function fp16Value(K: Consts, p: number, t: number): Bytes {
  const mag = simd(SIMD.v128_and, g(p), K.i32x4(0x7fff));
  const value = simd(SIMD.f32x4_mul, simd(SIMD.i32x4_shl, g(t), i32c(13)), K.f32x4(TWO_112));
  const withInf = simd(SIMD.v128_bitselect, K.f32x4(Infinity), value, simd(SIMD.i32x4_eq, g(t), K.i32x4(0x7c00)));
  return [...set(t, mag), ...simd(SIMD.v128_or, withInf, simd(SIMD.i32x4_shl, simd(SIMD.v128_and, g(p), K.i32x4(0x8000)), i32c(16)))];
}

/**
 * fp16 patterns held in the high halves of local w's lanes (w = p << 16) as f32 values, for finite
 * patterns: (w >> 3, arithmetic) keeps the sign in bit 31 and moves exponent and mantissa to bits 27 … 13;
 * masked, that is the value times 2^−112 as an fp32 (normal, or subnormal for fp16 subnormals), and the
 * product by 2^112 is exact. scaled: that scaled value itself, for a cache scaled by 2^112.
 */
function fp16FromHigh(K: Consts, w: number, scaled = false): Bytes {
  const v = simd(SIMD.v128_and, simd(SIMD.i32x4_shr_s, g(w), i32c(3)), K.i32x4(0x8fffe000 | 0));
  return scaled ? v : simd(SIMD.f32x4_mul, v, K.f32x4(TWO_112));
}

/**
 * scaleFp16Cache(cos, sinDelta, n): the n f32 cache values at cos (n % 4 = 0) and their sin sinDelta
 * bytes further, times 2^112, in place: exact for the fp16 values of a unit cache (|c| ≤ 1, non-zero
 * |c| ≥ 2^−24), so that the rotation may take x as fp16FromHigh's value times 2^−112 (no multiply per
 * element) and form the same products, x·2^−112 · c·2^112 = x·c, rounded once to f32 (both operands are
 * exact, an fp16 subnormal x as an f32 subnormal, and the product is the same real number).
 */
export function scaleFp16CacheFunc(K: ConstPool): Func {
  const { f, p: params } = kernelFunc("scaleFp16Cache");
  const { cos, sinDelta, n } = params;
  const i = f.local(I32);
  const a = f.local(I32);
  const scale = (addr: Bytes): Bytes => store(addr, simd(SIMD.f32x4_mul, load(addr), K.f32x4(TWO_112)));
  f.body = forRange(i, i32c(0), g(n), 4, set(a, i32add(g(cos), i32shl(g(i), i32c(2)))), scale(g(a)), scale(i32add(g(a), g(sinDelta))));
  return f;
}

/**
 * cacheRot32(cos, sinDelta, rows, rowBytes, af, format, flags) → number of flagged rows. Cache row q holds
 * rowBytes of f32 cos at cos + q·rowBytes and its sin sinDelta bytes further. Every value becomes
 * f32(v·af) (= Math.fround(v·af): v·af is exact in fp64) rounded to the cache format (OUT: fp32 leaves it,
 * bf16, fp16), in place; flags[q] = 1 unless every non-zero |value| of the row is in [2^C_LO, 2^C_HI)
 * (NaN and ±inf fail).
 */
export function cacheRot32Func(K: ConstPool): Func {
  const { f, p: params } = kernelFunc("cacheRot32");
  const { cos, sinDelta, rows, rowBytes, af, format, flags } = params;
  const row = f.local(I32);
  const o = f.local(I32);
  const p = f.local(I32);
  const nflag = f.local(I32);
  const flag = f.local(I32);
  const [afv, v, t, u, k, mx, mn] = [f.local(V128), f.local(V128), f.local(V128), f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  const one = (addr: Bytes, fmt: number): Bytes => [
    ...set(v, simd(SIMD.f32x4_mul, load(addr), g(afv))),
    ...(fmt === OUT.bf16 ? set(v, bf16Rne(K, v)) : fmt === OUT.fp16 ? [...set(v, fp16Pattern(K, v, t, u)), ...set(v, fp16Value(K, v, t))] : []),
    ...store(addr, g(v)),
    ...track(K, v, k, mx, mn),
  ];
  const rowsLoop = (fmt: number): Bytes =>
    forRange(
      row,
      i32c(0),
      g(rows),
      1,
      set(mx, K.i32x4(0)),
      set(mn, K.i32x4(-1)),
      forRange(o, i32c(0), g(rowBytes), 16, set(p, i32add(i32add(g(cos), i32mul(g(row), g(rowBytes))), g(o))), one(g(p), fmt), one(i32add(g(p), g(sinDelta)), fmt)),
      set(flag, i32eqz(inRange(K, mx, mn, C_LO, C_HI))),
      i32store(i32add(g(flags), i32shl(g(row), i32c(2))), g(flag)),
      set(nflag, i32add(g(nflag), g(flag))),
    );
  f.body = [
    ...set(afv, simd(SIMD.f32x4_splat, g(af))),
    ...set(nflag, i32c(0)),
    ...[OUT.fp32, OUT.bf16, OUT.fp16].flatMap((fmt) => when(i32eqz(i32ne(g(format), i32c(fmt))), rowsLoop(fmt))),
    ...g(nflag),
  ];
  return f;
}

/** fp16Bits(src, n, dst): the fp16 patterns (u16) of RNE of n f32 values (n % 8 = 0, finite, |v| < 2^110), for tests. */
export function fp16BitsFunc(K: ConstPool): Func {
  const { f, p: params } = kernelFunc("fp16Bits");
  const { src, n, dst } = params;
  const i = f.local(I32);
  const [a, b, t, u] = [f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  f.body = forRange(
    i,
    i32c(0),
    g(n),
    8,
    set(a, load(i32add(g(src), i32shl(g(i), i32c(2))))),
    set(a, fp16Pattern(K, a, t, u)),
    set(b, load(i32add(g(src), i32shl(g(i), i32c(2))), 16)),
    set(b, fp16Pattern(K, b, t, u)),
    store(i32add(g(dst), i32shl(g(i), i32c(1))), simd(SIMD.i16x8_narrow_i32x4_u, g(a), g(b))),
  );
  return f;
}

type Io = "f64" | "bf16" | "fp16";

/**
 * rot32{Neox,Gptj}(rows, headDim, half, x, slots, sinDelta, bad, route, out, mask) on fp64 values and
 * rot32{Bf16,Fp16}Bits{Neox,Gptj}(rows, headDim, half, x, y, slots, sinDelta, bad, route, unit, scaled) on patterns
 * (u16; the output format is the input's) → number of bad rows. fp64 values: x (rows × headDim) rotated
 * in place (every group of four pairs is read before it is written, and nothing else reads it);
 * patterns: from x into y (rows × headDim each, apart), so that a row can be encoded twice. slots[row]:
 * byte address of the row's cache row (half f32 cos, its sin sinDelta bytes further), half % 4 = 0; rows
 * failing this module's checks are appended to bad (their output is then garbage: the caller redoes
 * them). mask: address of an i64x2 whose set bits no x may have (the f32 route with FMA: the bit limit).
 * Elements from 2·half on are not written.
 */
export function rot32Func(K: ConstPool, layout: "neox" | "gptj", io: Io): Func {
  const name =
    io === "f64" ? (layout === "neox" ? "rot32Neox" : "rot32Gptj") : io === "bf16" ? (layout === "neox" ? "rot32Bf16BitsNeox" : "rot32Bf16BitsGptj") : layout === "neox" ? "rot32Fp16BitsNeox" : "rot32Fp16BitsGptj";
  const { f, p: params } = kernelFunc(name);
  const { rows, headDim, half, x, slots, sinDelta, bad, route } = params as Record<string, number> & typeof params;
  const y = io === "f64" ? -1 : (params as Record<string, number>).y!;
  const out = io === "f64" ? (params as Record<string, number>).out! : -1;
  const maskAt = io === "f64" ? (params as Record<string, number>).mask! : -1;
  const unit = io === "f64" ? -1 : (params as Record<string, number>).unit!;
  const scaled = io === "f64" ? -1 : (params as Record<string, number>).scaled!;
  const row = f.local(I32);
  const j = f.local(I32);
  const nbad = f.local(I32);
  const xr = f.local(I32);
  const yr = f.local(I32); // patterns: the row in y (fp64 values: rotated in place, yr = xr)
  const cs = f.local(I32);
  const vec = (): number => f.local(V128);
  const [xa, xb, c, s, ya, yb, v0, v1, v2, v3, k, t, mx, mn, ors, eqs, msk] = Array.from({ length: 17 }, vec) as number[] as [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];
  const [xaLo, xaHi, xbLo, xbHi, cLo, cHi, sLo, sHi, q0, q1] = Array.from({ length: 10 }, vec) as number[] as [number, number, number, number, number, number, number, number, number, number];

  const demote = (v: Bytes): Bytes => simd(SIMD.f32x4_demote_f64x2_zero, v);
  const promote = (v: Bytes): Bytes => simd(SIMD.f64x2_promote_low_f32x4, v);
  const high = (v: number): Bytes => shuffle(g(v), g(v), lanes32(2, 3, 2, 3));
  const join = (lo: Bytes, hi: Bytes): Bytes => shuffle(lo, hi, lanes32(0, 1, 4, 5));
  const or = (a: Bytes, b: Bytes): Bytes => simd(SIMD.v128_or, a, b);
  const esz = io === "f64" ? 3 : 1; // log2 of an element's bytes
  const at = (e: Bytes): Bytes => i32add(g(xr), i32shl(e, i32c(esz)));
  const yAt = (e: Bytes): Bytes => i32add(g(io === "f64" ? xr : yr), i32shl(e, i32c(esz)));
  /** fp16 patterns: key max/min of the rotated values (the fast encoder's range). */
  const [ymx, ymn] = [vec(), vec()];
  /** f64 io: the exactness trackers of fp64 lanes (local v): OR of patterns, AND of fp64 → fp32 → fp64 round trips. */
  const exact = (v: number): Bytes => [
    ...set(ors, or(g(ors), g(v))),
    ...set(eqs, simd(SIMD.v128_and, g(eqs), simd(SIMD.f64x2_eq, promote(demote(g(v))), g(v)))),
  ];

  /**
   * Loads of four pairs (pairs j … j + 3): xa, xb as f32 lanes (demoted fp64 for f64 io: exact on the
   * f32 route's accepted rows, and what the range check reads) and, for the f64 route on fp64 values,
   * xaLo/xaHi/xbLo/xbHi as fp64 lanes.
   */
  const loads = (withExact: boolean, scaled = false): Bytes => {
    if (io === "f64") {
      const ex = (v: number): Bytes => (withExact ? exact(v) : []);
      if (layout === "neox") {
        const bAt = i32add(g(j), g(half));
        return [
          ...set(xaLo, load(at(g(j)))),
          ...set(xaHi, load(at(g(j)), 16)),
          ...set(xbLo, load(at(bAt))),
          ...set(xbHi, load(at(bAt), 16)),
          ...ex(xaLo),
          ...ex(xaHi),
          ...ex(xbLo),
          ...ex(xbHi),
          ...set(xa, join(demote(g(xaLo)), demote(g(xaHi)))),
          ...set(xb, join(demote(g(xbLo)), demote(g(xbHi)))),
        ];
      }
      const e = i32shl(g(j), i32c(1));
      const lanes64 = (a: number, b: number): number[] => [...Array.from({ length: 8 }, (_, i) => 8 * a + i), ...Array.from({ length: 8 }, (_, i) => 8 * b + i)];
      return [
        ...set(v0, load(at(e))), // a0 b0
        ...set(v1, load(at(e), 16)), // a1 b1
        ...set(v2, load(at(e), 32)),
        ...set(v3, load(at(e), 48)),
        ...ex(v0),
        ...ex(v1),
        ...ex(v2),
        ...ex(v3),
        ...set(xaLo, shuffle(g(v0), g(v1), lanes64(0, 2))),
        ...set(xbLo, shuffle(g(v0), g(v1), lanes64(1, 3))),
        ...set(xaHi, shuffle(g(v2), g(v3), lanes64(0, 2))),
        ...set(xbHi, shuffle(g(v2), g(v3), lanes64(1, 3))),
        ...set(xa, join(demote(g(xaLo)), demote(g(xaHi)))),
        ...set(xb, join(demote(g(xbLo)), demote(g(xbHi)))),
      ];
    }
    // Patterns: moved to the high halves of 32-bit lanes (bf16: that is the f32 value).
    const toF32 = (w: number): Bytes => (io === "bf16" ? [] : set(w, fp16FromHigh(K, w, scaled)));
    if (layout === "neox") {
      const widen = (from: number): Bytes =>
        simd(SIMD.i8x16_swizzle, g(v0), K.v128(new Int32Array([0, 1, 2, 3].map((q) => (0x8080 | ((from + 2 * q) << 16) | ((from + 2 * q + 1) << 24)) | 0))));
      return [
        ...set(v0, load64Lane(at(i32add(g(j), g(half))), load64Zero(at(g(j))), 1)),
        ...set(xa, widen(0)),
        ...set(xb, widen(8)),
        ...toF32(xa),
        ...toF32(xb),
      ];
    }
    return [
      ...set(v0, load(at(i32shl(g(j), i32c(1))))),
      ...set(xa, simd(SIMD.i32x4_shl, g(v0), i32c(16))),
      ...set(xb, simd(SIMD.v128_and, g(v0), K.i32x4(0xffff0000 | 0))),
      ...toF32(xa),
      ...toF32(xb),
    ];
  };

  /** The rotation of the four pairs into ya, yb (f32 lanes, the fp32 results) by route r. */
  const rotation = (r: number): Bytes => {
    const cache = [
      ...set(c, load(i32add(g(cs), i32shl(g(j), i32c(2))))),
      ...set(s, load(i32add(i32add(g(cs), g(sinDelta)), i32shl(g(j), i32c(2))))),
    ];
    if (r === ROUTE.f32) {
      const mul = (a: number, b: number): Bytes => simd(SIMD.f32x4_mul, g(a), g(b));
      return [...cache, ...set(ya, simd(SIMD.f32x4_sub, mul(xa, c), mul(xb, s))), ...set(yb, simd(SIMD.f32x4_add, mul(xa, s), mul(xb, c)))];
    }
    const fr = (v: Bytes): Bytes => promote(demote(v));
    const mul = (a: number, b: number): Bytes => simd(SIMD.f64x2_mul, g(a), g(b));
    // Which products the reference rounds to fp32 before the sum: the first when fma ≠ first, the second when fma ≠ second.
    const r1 = (v: Bytes): Bytes => (r === ROUTE.f64First ? v : fr(v));
    const r2 = (v: Bytes): Bytes => (r === ROUTE.f64Second ? v : fr(v));
    const half2 = (a: number, b: number, cc: number, ss: number, dstA: number, dstB: number): Bytes => [
      ...set(dstA, demote(simd(SIMD.f64x2_sub, r1(mul(a, cc)), r2(mul(b, ss))))),
      ...set(dstB, demote(simd(SIMD.f64x2_add, r1(mul(a, ss)), r2(mul(b, cc))))),
    ];
    const fromF32 = io === "f64" ? [] : [...set(xaLo, promote(g(xa))), ...set(xaHi, promote(high(xa))), ...set(xbLo, promote(g(xb))), ...set(xbHi, promote(high(xb)))];
    return [
      ...cache,
      ...fromF32,
      ...set(cLo, promote(g(c))),
      ...set(cHi, promote(high(c))),
      ...set(sLo, promote(g(s))),
      ...set(sHi, promote(high(s))),
      ...half2(xaLo, xbLo, cLo, sLo, v0, v1),
      ...half2(xaHi, xbHi, cHi, sHi, v2, v3),
      ...set(ya, join(g(v0), g(v2))),
      ...set(yb, join(g(v1), g(v3))),
    ];
  };

  /** Output rounding of ya, yb (f32 lanes) and the stores of the four pairs. */
  const stores = (o: number): Bytes => {
    if (io === "f64") {
      const rnd = (v: number): Bytes => (o === OUT.bf16 ? set(v, bf16Rne(K, v)) : o === OUT.fp16 ? [...set(q0, fp16Pattern(K, v, t, q1)), ...set(v, fp16Value(K, q0, t))] : []);
      const put = (addr: Bytes, v: number, off: number): Bytes => [...store(addr, promote(g(v)), off), ...store(addr, promote(high(v)), off + 16)];
      const rounded = [...rnd(ya), ...rnd(yb)];
      if (layout === "neox") return [...rounded, ...put(at(g(j)), ya, 0), ...put(at(i32add(g(j), g(half))), yb, 0)];
      const e = i32shl(g(j), i32c(1));
      return [
        ...rounded,
        ...set(v0, shuffle(g(ya), g(yb), lanes32(0, 4, 1, 5))),
        ...set(v1, shuffle(g(ya), g(yb), lanes32(2, 6, 3, 7))),
        ...put(at(e), v0, 0),
        ...put(at(e), v1, 32),
      ];
    }
    if (io === "fp16" && o === FAST_FP16) {
      // Patterns in the high halves of lanes (fp16Fast), and the range of the rotated values.
      const highs = layout === "neox" ? [2, 3, 6, 7, 10, 11, 14, 15, 18, 19, 22, 23, 26, 27, 30, 31] : [2, 3, 18, 19, 6, 7, 22, 23, 10, 11, 26, 27, 14, 15, 30, 31];
      const body = [...track(K, ya, k, ymx, ymn), ...track(K, yb, k, ymx, ymn), ...set(q0, fp16Fast(K, ya, t)), ...set(q1, fp16Fast(K, yb, t)), ...set(v0, shuffle(g(q0), g(q1), highs))];
      if (layout === "neox") return [...body, ...store64Lane(yAt(g(j)), g(v0), 0), ...store64Lane(yAt(i32add(g(j), g(half))), g(v0), 1)];
      return [...body, ...store(yAt(i32shl(g(j), i32c(1))), g(v0))];
    }
    // Patterns in the low halves of lanes.
    const pat = (v: number, dst: number): Bytes => (io === "bf16" ? set(dst, simd(SIMD.i32x4_shr_u, bf16Rne(K, v), i32c(16))) : set(dst, fp16Pattern(K, v, t, k)));
    const pats = [...pat(ya, q0), ...pat(yb, q1)];
    if (layout === "neox") {
      return [...pats, ...set(v0, simd(SIMD.i16x8_narrow_i32x4_u, g(q0), g(q1))), ...store64Lane(yAt(g(j)), g(v0), 0), ...store64Lane(yAt(i32add(g(j), g(half))), g(v0), 1)];
    }
    return [...pats, ...store(yAt(i32shl(g(j), i32c(1))), or(g(q0), simd(SIMD.i32x4_shl, g(q1), i32c(16))))];
  };

  /**
   * Patterns: range keys k = (p << 1) mod 2^16 of the eight patterns in v0 (sign dropped), in 16-bit lanes.
   * fp16: every finite pattern is accepted (non-zero fp16 values are ≥ 2^−24 and < 2^16), so only the
   * max, below the key of ±inf and NaN (0x7c00 << 1); bf16: the max below key16(X_HI) and, on the f32
   * route, the min of k − 1 at least key16(X_LO) − 1 (zeros wrap to the top and pass), the ranges fp32
   * keys check on fp64 values.
   */
  const track16 = (): Bytes => [
    ...set(k, simd(SIMD.i16x8_shl, g(v0), i32c(1))),
    ...set(mx, simd(SIMD.i16x8_max_u, g(mx), g(k))),
    ...(io === "bf16" ? set(mn, simd(SIMD.i16x8_min_u, g(mn), simd(SIMD.i16x8_sub, g(k), K.i32x4(0x00010001)))) : []),
  ];
  const key16 = (e: number): number => (127 + e) << 8;
  const i16 = (n: number): Bytes => K.i32x4((n & 0xffff) * 0x10001);
  const inRange16 = (r: number): Bytes =>
    io === "fp16" || r !== ROUTE.f32
      ? simd(SIMD.i16x8_all_true, simd(SIMD.i16x8_lt_u, g(mx), i16(io === "fp16" ? 0x7c00 << 1 : key16(X_HI))))
      : simd(SIMD.i16x8_all_true, simd(SIMD.v128_and, simd(SIMD.i16x8_lt_u, g(mx), i16(key16(X_HI))), simd(SIMD.i16x8_ge_u, g(mn), i16(key16(X_LO) - 1))));

  /**
   * fp16 patterns, NeoX, the f32 route: eight pairs an iteration (pairs j … j + 7), what loads, track16,
   * rotation and stores(FAST_FP16) do for four, with whole-vector loads and stores of the eight xa and
   * eight xb patterns, widened into the high halves of 32-bit lanes by interleaving with zero (one
   * unpack instruction each), and the constants in locals (H).
   */
  const H = hoister(f, K);
  const zero = vec();
  const [va, vb, xa1, xb1, c1, s1, ya1, yb1, q2, q3] = [vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec()];
  const unpackLo = (v: number): Bytes => shuffle(g(zero), g(v), [0, 1, 16, 17, 2, 3, 18, 19, 4, 5, 20, 21, 6, 7, 22, 23]);
  const unpackHi = (v: number): Bytes => shuffle(g(zero), g(v), [8, 9, 24, 25, 10, 11, 26, 27, 12, 13, 28, 29, 14, 15, 30, 31]);
  /** The high halves of the lanes of p, q (patterns): shifted down and packed (non-negative below 2^16: no saturation). */
  const packHigh = (p: number, q: number): Bytes => simd(SIMD.i16x8_narrow_i32x4_u, simd(SIMD.i32x4_shr_u, g(p), i32c(16)), simd(SIMD.i32x4_shr_u, g(q), i32c(16)));
  const track16of = (v: number): Bytes => [...set(k, simd(SIMD.i16x8_shl, g(v), i32c(1))), ...set(mx, simd(SIMD.i16x8_max_u, g(mx), g(k)))];
  /**
   * fp16Fast of local v into dst (the pattern in the high half), keeping its own range check: with the
   * scaled value t = h·2^−112 and k = t << 3, zmn tracks min(k − 1) (zero wraps to the top). k is 0 or
   * at least 2^26 exactly when t is ±0 or a normal f32, i.e. h ≥ 2^−14 or |v| < 2^−38: the result is
   * then fp16's RNE (h = 2^−14 only from v ≥ 2^−14 − 2^−26, whose RNE is 2^−14; below 2^−25 RNE is ±0);
   * a subnormal t (tiny v) fails the row's check, which sends it to the exact encoder. The upper end is
   * not tracked: the loop runs only where every |c|, |s| ≤ 1 (unit), and the row's check asks every
   * |x| < 2^15 (mx), so |y| ≤ 2^16 and h ≤ 2^16, which fp16Fast encodes.
   */
  const fastScaled = (v: number, dst: number): Bytes => [
    ...set(t, simd(SIMD.f32x4_mul, g(v), H.f32x4(8193))),
    ...set(t, simd(SIMD.f32x4_mul, simd(SIMD.f32x4_sub, g(t), simd(SIMD.f32x4_sub, g(t), g(v))), H.f32x4(2 ** -112))),
    ...set(k, simd(SIMD.i32x4_shl, g(t), i32c(3))),
    ...set(zmn, simd(SIMD.i32x4_min_u, g(zmn), simd(SIMD.i32x4_sub, g(k), H.i32x4(1)))),
    ...set(dst, simd(SIMD.v128_or, g(k), simd(SIMD.v128_and, g(t), H.i32x4(0x80000000 | 0)))),
  ];
  const zmn = vec();
  const eightPairs = (scaled: boolean): Bytes => {
    const bAt = i32add(g(j), g(half));
    const cAt = i32add(g(cs), i32shl(g(j), i32c(2)));
    const sAt = i32add(i32add(g(cs), g(sinDelta)), i32shl(g(j), i32c(2)));
    const mul = (a: number, b: number): Bytes => simd(SIMD.f32x4_mul, g(a), g(b));
    return [
      ...set(va, load(at(g(j)))),
      ...set(vb, load(at(bAt))),
      ...track16of(va),
      ...track16of(vb),
      ...set(xa, unpackLo(va)),
      ...set(xa1, unpackHi(va)),
      ...set(xb, unpackLo(vb)),
      ...set(xb1, unpackHi(vb)),
      ...set(xa, fp16FromHigh(H, xa, scaled)),
      ...set(xa1, fp16FromHigh(H, xa1, scaled)),
      ...set(xb, fp16FromHigh(H, xb, scaled)),
      ...set(xb1, fp16FromHigh(H, xb1, scaled)),
      ...set(c, load(cAt)),
      ...set(c1, load(cAt, 16)),
      ...set(s, load(sAt)),
      ...set(s1, load(sAt, 16)),
      ...set(ya, simd(SIMD.f32x4_sub, mul(xa, c), mul(xb, s))),
      ...set(yb, simd(SIMD.f32x4_add, mul(xa, s), mul(xb, c))),
      ...set(ya1, simd(SIMD.f32x4_sub, mul(xa1, c1), mul(xb1, s1))),
      ...set(yb1, simd(SIMD.f32x4_add, mul(xa1, s1), mul(xb1, c1))),
      ...fastScaled(ya, q0),
      ...fastScaled(ya1, q1),
      ...fastScaled(yb, q2),
      ...fastScaled(yb1, q3),
      ...store(yAt(g(j)), packHigh(q0, q1)),
      ...store(yAt(bAt), packHigh(q2, q3)),
    ];
  };
  const half8 = f.local(I32);
  const eights = io === "fp16" && layout === "neox";
  /** The eight-pair loop's results stand: no subnormal t (zmn), and, if it ran, every |x| of the row below 2^15 (fp16 0x7800, as a key 0xf000). */
  const eightsOk = (): Bytes =>
    i32and(simd(SIMD.i32x4_all_true, simd(SIMD.i32x4_ge_u, g(zmn), K.i32x4((1 << 26) - 1))), i32or(i32eqz(g(half8)), simd(SIMD.i16x8_all_true, simd(SIMD.i16x8_lt_u, g(mx), i16(0x7800 << 1)))));

  /** The row loop of one route and output format. */
  const rowsLoop = (r: number, o: number, scaled = false): Bytes => {
    const withExact = io === "f64" && r === ROUTE.f32;
    // f64 io on the f32 route: also every x an fp32 value (the round trips) with no bit in the mask.
    const rowOk =
      io !== "f64"
        ? inRange16(r)
        : withExact
          ? i32and(i32and(inRange(K, mx, mn, X_LO, X_HI), simd(SIMD.i32x4_all_true, g(eqs))), i32eqz(simd(SIMD.v128_any_true, simd(SIMD.v128_and, g(ors), g(msk)))))
          : r === ROUTE.f32
            ? inRange(K, mx, mn, X_LO, X_HI)
            : below(K, mx, X_HI);
    return forRange(
      row,
      i32c(0),
      g(rows),
      1,
      set(xr, i32add(g(x), i32shl(i32mul(g(row), g(headDim)), i32c(esz)))),
      io === "f64" ? [] : set(yr, i32add(g(y), i32shl(i32mul(g(row), g(headDim)), i32c(esz)))),
      set(cs, i32load(i32add(g(slots), i32shl(g(row), i32c(2))))),
      set(mx, K.i32x4(0)),
      set(mn, K.i32x4(-1)),
      withExact ? [...set(ors, K.i32x4(0)), ...set(eqs, K.i32x4(-1))] : [],
      io === "fp16" ? [...set(ymx, K.i32x4(0)), ...set(ymn, K.i32x4(-1)), ...set(zmn, K.i32x4(-1))] : [],
      eights && r === ROUTE.f32 ? forRange(j, i32c(0), g(half8), 8, eightPairs(scaled)) : [],
      forRange(j, eights && r === ROUTE.f32 ? g(half8) : i32c(0), g(half), 4, loads(withExact, scaled), io === "f64" ? [...track(K, xa, k, mx, mn), ...track(K, xb, k, mx, mn)] : track16(), rotation(r), stores(io === "fp16" ? FAST_FP16 : o)),
      // fp16 patterns: a row with a rotated value outside the fast encoder's range (a non-zero |y| below
      // 2^−14, or |y| ≥ 2^16) is encoded again from x, which is intact, by fp16Pattern.
      io === "fp16" ? when(i32eqz(eights && r === ROUTE.f32 ? i32and(inRange(K, ymx, ymn, -14, 16), eightsOk()) : inRange(K, ymx, ymn, -14, 16)), forRange(j, i32c(0), g(half), 4, loads(false, scaled), rotation(r), stores(o))) : [],
      when(
        i32eqz(rowOk),
        i32store(i32add(g(bad), i32shl(g(nbad), i32c(2))), g(row)),
        set(nbad, i32add(g(nbad), i32c(1))),
      ),
    );
  };

  const outs = io === "f64" ? [OUT.fp32, OUT.bf16, OUT.fp16] : [io === "bf16" ? OUT.bf16 : OUT.fp16];
  const routes = [ROUTE.f32, ROUTE.f64None, ROUTE.f64First, ROUTE.f64Second];
  const is = (p: number, v: number): Bytes => i32eqz(i32ne(g(p), i32c(v)));
  // fp16 patterns on the f32 route: also the variant for a cache scaled by 2^112 (scaleFp16Cache), selected by `scaled`.
  const routesCode = routes.flatMap((r) =>
    outs.flatMap((o) =>
      io === "fp16" && r === ROUTE.f32
        ? [...when(i32and(is(route, r), i32eqz(g(scaled))), rowsLoop(r, o)), ...when(i32and(is(route, r), i32ne(g(scaled), i32c(0))), rowsLoop(r, o, true))]
        : when(io === "f64" ? i32and(is(route, r), is(out, o)) : is(route, r), rowsLoop(r, o)),
    ),
  );
  f.body = [
    // The eight-pair loop only with a unit cache (every |c|, |s| ≤ 1).
    ...(eights ? [...H.init.flat(), ...set(zero, K.i32x4(0)), ...set(half8, i32and(i32and(g(half), i32c(~7)), i32sub(i32c(0), g(unit))))] : []),
    ...set(nbad, i32c(0)),
    ...(io === "f64" ? set(msk, load(g(maskAt))) : []),
    ...routesCode,
    ...g(nbad),
  ];
  return f;
}
