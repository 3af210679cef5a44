/**
 * The SIMD module's cache stage (cacheBf16) and rotation (rotate*, on fp64 values; rotateBits*, on bf16
 * patterns) of bf16 per-op pipelines, each with the range checks that hand the rows it cannot prove to
 * the reference.
 *
 * Why fp32 lanes give the bf16 per-op result:
 * The scalar path computes, in fp64 with one roundArray per operation,
 *     ya = r(r(xa·c) − r(xb·s)),   yb = r(r(xa·s) + r(xb·c)),   r = RNE to bf16.
 * Here xa, xb, c, s are bf16 values held in f32 lanes (exact), and:
 *  (1) a product of two bf16 values has ≤ 16 significant bits, so the f32 product is exact as long as it
 *      is normal and finite: every non-zero |x| is in [2^−50, 2^96) and every non-zero |c|, |s| in
 *      [2^−50, 2^8) (checked per row / per cache row), so non-zero products lie in [2^−100, 2^104);
 *  (2) a sum or difference of two bf16 values rounded to f32 and then to bf16 equals the direct rounding
 *      (double rounding is innocuous for +, −, × of p-bit operands through ≥ 2p + 2 bits, Figueroa 1995:
 *      24 ≥ 18). Non-zero sums of bf16 values ≥ 2^−100 are multiples of 2^−107, so they are normal;
 *  (3) r is Veltkamp's splitting with C = 2^16 + 1: γ = v·C, h = γ − (γ − v), all in f32. For a normal v
 *      with |v| < 2^110 (so γ cannot overflow) h is RNE of v to 24 − 16 = 8 bits: every intermediate is a
 *      multiple of ulp(v) and normal, so the computation commutes with scaling by powers of two, and a
 *      test checks it exhaustively on every f32 of [1, 2) (2^23 values, both signs; it also holds there on
 *      the binades 2^−100 and 2^104). Written γ − (γ − v) rather than γ + (v − γ), ±0 keep their sign.
 *      Values ≥ 2^−100 in magnitude stay far from subnormals, and |v| < 2^106 < 2^110.
 * No step can overflow, so the fast path never produces inf or NaN; rows with inputs outside the ranges
 * above are reported and rotated by the scalar path.
 *
 * The input check per row: (a) the OR of all fp64 patterns has its low 45 bits clear — every x has ≤ 8
 * significant bits, so the demotion to f32 below is exact unless |x| leaves f32's normal range; (b) on the
 * demoted f32 patterns u = bits << 1 (sign dropped, 0 for ±0): max u < bits(2^96) << 1 and min (u − 1)
 * ≥ (bits(2^−50) << 1) − 1, the −1 sending zeros to the top so they pass. An x with ≤ 8 bits and
 * |x| ≤ 2^−150 demotes to ±0 and is accepted as ±0: the scalar path rounds its products, below 2^−142 in
 * magnitude, to ±0 of the same sign, so the rotated outputs agree; elements beyond rotaryDim are written
 * as demote(x) (widened to fp64 exactly), which is RNE of x to bf16 for every accepted x.
 *
 * fp16 per-op pipelines (cacheFp16, rotateFp16*) take the same route with r = RNE to fp16:
 *  (1) fp16 values have ≤ 11 significant bits, so a product of two has ≤ 22 and is exact in f32: non-zero
 *      |x| ≥ 2^−14 (checked per row) and non-zero |c|, |s| ≥ 2^−24 (fp16 subnormals included) give
 *      products ≥ 2^−38, far above f32's subnormals;
 *  (2) a sum or difference of two fp16 values: when its exact value is below 2^−14 in magnitude it is a
 *      multiple of 2^−24 with ≤ 10 bits, exact in f32 and in fp16; otherwise its fp16 rounding is normal
 *      and Figueroa's condition holds (24 ≥ 2·11 + 2), so rounding through f32 is innocuous;
 *  (3) r(v) for finite f32 v with |v| ≤ 65504: where |v| ≥ 2^−14, Veltkamp's splitting with C = 2^13 + 1
 *      (RNE to 11 bits); below, fp16's fixed spacing 2^−24: (v + 0.75) − 0.75 in f32 (the sum lies in
 *      [0.5, 1), whose f32 spacing is 2^−24, and 0.75 is an even multiple of it, so ties go to even),
 *      with v's sign put back so that tiny negative values give −0. Tests check the formula against
 *      round("fp16") on every f32 of several binades and of [0, 2^−14);
 *  (4) no overflow: the row is accepted only if max|x| · max(|c|, |s|) ≤ 32736 over the row (f32
 *      product, rounded: the exact product is then < 32752 = an fp16 value), so every product rounds to
 *      at most 32752 and every sum to at most 65504. A NaN or infinity among x, c, s fails that test.
 * The input check per row: the OR of the fp64 patterns has its low 42 bits clear (≤ 11 significant bits)
 * and every non-zero demoted |x| is ≥ 2^−14 (fp16 subnormal inputs go to the reference); such an x is
 * an fp16 value, its own RNE, so elements beyond rotaryDim are written as demote(x) here too.
 */
import {
  type Bytes,
  ConstPool,
  Func,
  I32,
  V128,
  forRange,
  get,
  i32add,
  i32and,
  i32c,
  i32load,
  i32mul,
  i32or,
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
  tee,
  when,
} from "./wasm-emit.js";
import { kernelFunc } from "./signatures.js";

/** Non-zero |x| must be in [X_MIN, X_MAX); non-zero |c|, |s| in [CS_MIN, CS_MAX). */
export const X_MIN = 2 ** -50;
export const X_MAX = 2 ** 96;
export const CS_MIN = 2 ** -50;
export const CS_MAX = 2 ** 8;
/** f32 pattern of 2^e shifted left by one (the key the range checks compare). */
const key = (e: number): number => ((127 + e) << 24) | 0;
/** Low 45 bits of an fp64: zero exactly when the value has ≤ 8 significant bits. */
const LOW45 = (1n << 45n) - 1n;
export const VELTKAMP = 65537; // 2^16 + 1
/** fp16: low 42 bits (≤ 11 significant bits), Veltkamp's C = 2^13 + 1, the smallest normal, and the row bound. */
const LOW42 = (1n << 42n) - 1n;
const VELTKAMP_FP16 = 8193;
const FP16_MIN_NORMAL = 2 ** -14;
/** The f32 addend that rounds |v| < 2^−14 to a multiple of 2^−24 (see the header). */
const FP16_SUBNORMAL_MAGIC = 0.75;
export const FP16_ROW_BOUND = 32736;

/** Per-op formats of the rotation kernels. */
export type KernelFormat = "bf16" | "fp16";

/**
 * cacheBf16(cos, sinDelta, rows, rowBytes, af, flags) → number of flagged rows. Cache row q holds
 * rowBytes of f32 cos at cos + q·rowBytes and its sin at sinDelta bytes further. Every value is
 * multiplied by af in f32 (= fround(c·af): c·af is exact in fp64) and rounded to bf16; flags[q] = 1
 * unless every non-zero |value| of the row is in [CS_MIN, CS_MAX) (a NaN fails too).
 */
export function cacheBf16Func(K: ConstPool): Func {
  return cacheFunc(K, "cacheBf16", "bf16");
}

/**
 * cacheFp16(cos, sinDelta, rows, rowBytes, af, flags) → number of flagged rows: cacheBf16 with RNE to
 * fp16 (fp16RoundF32) and flags[q] = 1 unless every |value| of the row is below 2^15 (a NaN fails); fp16
 * subnormals are kept (the rotation's products with them are exact).
 */
export function cacheFp16Func(K: ConstPool): Func {
  return cacheFunc(K, "cacheFp16", "fp16");
}

function cacheFunc(K: ConstPool, name: "cacheBf16" | "cacheFp16", format: KernelFormat): Func {
  const { f, p: params } = kernelFunc(name);
  const { cos, sinDelta, rows, rowBytes, af, flags } = params;
  const row = f.local(I32);
  const o = f.local(I32);
  const p = f.local(I32);
  const nflag = f.local(I32);
  const flag = f.local(I32);
  const afv = f.local(V128);
  const b = f.local(V128);
  const u = f.local(V128);
  const mx = f.local(V128);
  const mn = f.local(V128);
  const g = f.local(V128);
  const velt = f.local(V128);
  const roundAndTrack = (addr: Bytes): Bytes => [
    ...set(b, simd(SIMD.f32x4_mul, load(addr), get(afv))),
    ...set(b, format === "bf16" ? bf16Rne(K, get(b)) : fp16RoundF32(K, b, g, get(velt))),
    ...store(addr, get(b)),
    ...set(u, simd(SIMD.i32x4_shl, get(b), i32c(1))),
    ...set(mx, simd(SIMD.i32x4_max_u, get(mx), get(u))),
    ...set(mn, simd(SIMD.i32x4_min_u, get(mn), simd(SIMD.i32x4_sub, get(u), K.i32x4(1)))),
  ];
  f.body = [
    ...set(afv, simd(SIMD.f32x4_splat, get(af))),
    ...set(velt, K.f32x4(VELTKAMP_FP16)),
    ...set(nflag, i32c(0)),
    ...forRange(
      row,
      i32c(0),
      get(rows),
      1,
      set(mx, K.i32x4(0)),
      set(mn, K.i32x4(-1)),
      forRange(
        o,
        i32c(0),
        get(rowBytes),
        16,
        set(p, i32add(i32add(get(cos), i32mul(get(row), get(rowBytes))), get(o))),
        roundAndTrack(get(p)),
        roundAndTrack(i32add(get(p), get(sinDelta))),
      ),
      set(flag, [...(format === "bf16" ? inRange(K, get(mx), get(mn), Math.log2(CS_MIN), Math.log2(CS_MAX)) : inRange(K, get(mx), get(mn), -126, 15)), 0x45]),
      i32store(i32add(get(flags), i32shl(get(row), i32c(2))), get(flag)),
      set(nflag, i32add(get(nflag), get(flag))),
    ),
    ...get(nflag),
  ];
  return f;
}

/**
 * RNE of f32 lanes to bf16 on their patterns, (b + 0x7fff + ((b >>> 16) & 1)) & 0xffff0000: exact for
 * every finite f32 (subnormals included; bf16 shares f32's exponent range, so a carry out of the kept
 * bits bumps the exponent, up to infinity). `b` must be a local.get (it is repeated).
 */
function bf16Rne(K: ConstPool, b: Bytes): Bytes {
  const lsb = simd(SIMD.v128_and, simd(SIMD.i32x4_shr_u, b, i32c(16)), K.i32x4(1));
  return simd(SIMD.v128_and, simd(SIMD.i32x4_add, simd(SIMD.i32x4_add, b, K.i32x4(0x7fff)), lsb), K.i32x4(0xffff0000 | 0));
}

/**
 * RNE of f32 lanes (local v, finite, |v| ≤ 65504) to fp16 (this module's header, point 3): Veltkamp's
 * γ − (γ − v) with γ = v·velt (velt = 2^13 + 1; g a scratch local) where |v| ≥ 2^−14, else
 * ((v + 0.75) − 0.75) with v's sign.
 */
function fp16RoundF32(K: ConstPool, v: number, g: number, velt: Bytes): Bytes {
  const big = simd(SIMD.f32x4_sub, tee(g, simd(SIMD.f32x4_mul, get(v), velt)), simd(SIMD.f32x4_sub, get(g), get(v)));
  const magic = K.f32x4(FP16_SUBNORMAL_MAGIC);
  const small = simd(SIMD.v128_or, simd(SIMD.f32x4_sub, simd(SIMD.f32x4_add, get(v), magic), magic), simd(SIMD.v128_and, get(v), K.i32x4(0x80000000 | 0)));
  return simd(SIMD.v128_bitselect, small, big, simd(SIMD.f32x4_lt, simd(SIMD.f32x4_abs, get(v)), K.f32x4(FP16_MIN_NORMAL)));
}

/** i32: 1 when every key max (mx) is below 2^hi and every key − 1 min (mn) is at least key(2^lo) − 1. */
function inRange(K: ConstPool, mx: Bytes, mn: Bytes, lo: number, hi: number): Bytes {
  return simd(SIMD.i32x4_all_true, simd(SIMD.v128_and, simd(SIMD.i32x4_lt_u, mx, K.i32x4(key(hi))), simd(SIMD.i32x4_ge_u, mn, K.i32x4(key(lo) - 1))));
}

/** Locals of the per-op bf16 rotation of four pairs (bf16Rotation). */
export interface RotationLocals {
  /** i32: pair index j; byte address of the row's cache row; bytes from a cos to its sin. */
  j: number;
  cs: number;
  sinDelta: number;
  /** v128 (f32 lanes): inputs, cache values, scratch, the Veltkamp constant, results. */
  xa: number;
  xb: number;
  c: number;
  s: number;
  tmp: number;
  g: number;
  velt: number;
  ya: number;
  yb: number;
  /** fp16 only: the running max of |c|, |s| over the row (f32 lanes), and a scratch local. */
  cm?: number;
  h?: number;
}

/**
 * Pairs j + o … j + o + 3 (o a constant) of bf16 values in f32 lanes xa, xb: loads their cos and sin
 * and leaves ya = r(r(xa·c) − r(xb·s)), yb = r(r(xa·s) + r(xb·c)) (this module's header says why f32
 * lanes give the per-op bf16 result), r being Veltkamp's RNE to bf16: γ = v·C; γ − (γ − v).
 */
export function bf16Rotation(l: RotationLocals, o: number): Bytes {
  const mul = (a: Bytes, b: Bytes): Bytes => simd(SIMD.f32x4_mul, a, b);
  const r = (v: Bytes): Bytes => [...set(l.tmp, v), ...simd(SIMD.f32x4_sub, tee(l.g, mul(get(l.tmp), get(l.velt))), simd(SIMD.f32x4_sub, get(l.g), get(l.tmp)))];
  return [...loadCache(l, o), ...perOpRotation(l, r)];
}

/** Loads the cos and sin of pairs j + o … j + o + 3 into c and s. */
function loadCache(l: RotationLocals, o: number): Bytes {
  return [
    ...set(l.c, load(i32add(get(l.cs), i32shl(get(l.j), i32c(2))), 4 * o)),
    ...set(l.s, load(i32add(i32add(get(l.cs), get(l.sinDelta)), i32shl(get(l.j), i32c(2))), 4 * o)),
  ];
}

/**
 * bf16Rotation for fp16 values (this module's header): r = fp16RoundF32 (velt = 2^13 + 1), and the row's
 * max |c|, |s| kept in cm for the overflow bound.
 */
function fp16Rotation(K: ConstPool, l: RotationLocals, o: number): Bytes {
  const r = (v: Bytes): Bytes => [...set(l.tmp, v), ...fp16RoundF32(K, l.tmp, l.g, get(l.velt))];
  const abs = (v: number): Bytes => simd(SIMD.f32x4_abs, get(v));
  return [
    ...loadCache(l, o),
    ...set(l.cm!, simd(SIMD.f32x4_max, get(l.cm!), simd(SIMD.f32x4_max, abs(l.c), abs(l.s)))),
    ...perOpRotation(l, r),
  ];
}

/** ya = r(r(xa·c) − r(xb·s)), yb = r(r(xa·s) + r(xb·c)) in f32 lanes, r given. */
function perOpRotation(l: RotationLocals, r: (v: Bytes) => Bytes): Bytes {
  const mul = (a: Bytes, b: Bytes): Bytes => simd(SIMD.f32x4_mul, a, b);
  return [
    ...set(l.ya, r(simd(SIMD.f32x4_sub, r(mul(get(l.xa), get(l.c))), r(mul(get(l.xb), get(l.s)))))),
    ...set(l.yb, r(simd(SIMD.f32x4_add, r(mul(get(l.xa), get(l.s))), r(mul(get(l.xb), get(l.c)))))),
  ];
}

/**
 * rotate(rows, headDim, half, rotaryDim, x, y, slots, sinDelta, bad) → number of bad rows. x: rows ×
 * headDim fp64; y: rows × headDim f32 (bf16 values: the caller widens them to fp64 exactly), or fp64 for
 * the *64 variants (written in place into a caller's array that lives in the kernels' memory); slots[row]: byte address of the row's cache row (half f32 cos; its sin sinDelta
 * bytes further); half % 4 = 0. Rows that fail the input check are appended to bad (their y is garbage:
 * the caller redoes them).
 */
export function rotateFunc(
  K: ConstPool,
  name: "rotateNeox" | "rotateGptj" | "rotateNeox64" | "rotateGptj64" | "rotateFp16Neox" | "rotateFp16Gptj" | "rotateFp16Neox64" | "rotateFp16Gptj64",
  layout: "neox" | "gptj",
  output: "f32" | "f64",
  format: KernelFormat = "bf16",
): Func {
  const { f, p: params } = kernelFunc(name);
  const { rows, headDim, half, rotaryDim, x, y, slots, sinDelta, bad } = params;
  const row = f.local(I32);
  const j = f.local(I32);
  const nbad = f.local(I32);
  const xr = f.local(I32); // byte address of the row in x
  const yr = f.local(I32);
  const cs = f.local(I32); // cos of pair j at cs + 4j, sin at cs + sinDelta + 4j
  const rowBytes = f.local(I32);
  const vec = (): number => f.local(V128);
  const [ors, mx, mn, xa, xb, c, s, ua, ub, tmp, g, ya, yb, v0, v1, velt] = [vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec()];
  const fp16 = format === "fp16";
  // fp16: the running max of |x| and of |c|, |s| over the row (the overflow bound), and a scratch local.
  const [xm, cm, h] = fp16 ? [vec(), vec(), vec()] : [-1, -1, -1];
  const abs = (v: number): Bytes => simd(SIMD.f32x4_abs, get(v));
  /** The max of v's four lanes, in every lane (v is rewritten). */
  const lanesMax = (v: number): Bytes => [
    ...set(h, simd(SIMD.f32x4_max, get(v), shuffle(get(v), get(v), lanes32(2, 3, 0, 1)))),
    ...simd(SIMD.f32x4_max, get(h), shuffle(get(h), get(h), lanes32(1, 0, 3, 2))),
  ];

  const demote = (v: Bytes): Bytes => simd(SIMD.f32x4_demote_f64x2_zero, v);
  const or = (a: Bytes, b: Bytes): Bytes => simd(SIMD.v128_or, a, b);
  /** Accumulates the range keys of two f32 vectors of inputs. */
  const track = (p: number, q: number): Bytes => [
    ...set(ua, simd(SIMD.i32x4_shl, get(p), i32c(1))),
    ...set(ub, simd(SIMD.i32x4_shl, get(q), i32c(1))),
    ...set(mx, simd(SIMD.i32x4_max_u, get(mx), simd(SIMD.i32x4_max_u, get(ua), get(ub)))),
    ...set(mn, simd(SIMD.i32x4_min_u, get(mn), simd(SIMD.i32x4_min_u, simd(SIMD.i32x4_sub, get(ua), K.i32x4(1)), simd(SIMD.i32x4_sub, get(ub), K.i32x4(1))))),
    ...(fp16 ? set(xm, simd(SIMD.f32x4_max, get(xm), simd(SIMD.f32x4_max, abs(p), abs(q)))) : []),
  ];
  /** Pairs j + o … j + o + 3 (o a constant): loads, rotation and stores. */
  const rotatePairs = (o: number): Bytes =>
    fp16 ? fp16Rotation(K, { j, cs, sinDelta, xa, xb, c, s, tmp, g, velt, ya, yb, cm, h }, o) : bf16Rotation({ j, cs, sinDelta, xa, xb, c, s, tmp, g, velt, ya, yb }, o);
  // Byte address of element e of the current row in x (fp64) / y (f32 or fp64).
  const yShift = output === "f32" ? 2 : 3;
  const xAt = (e: Bytes): Bytes => i32add(get(xr), i32shl(e, i32c(3)));
  const yAt = (e: Bytes): Bytes => i32add(get(yr), i32shl(e, i32c(yShift)));
  const promote = (v: Bytes): Bytes => simd(SIMD.f64x2_promote_low_f32x4, v);
  /** Stores four f32 lanes at element offset `o` (bytes of f32 units) as f32, or widened to fp64. */
  const put = (addr: Bytes, v: number, o: number): Bytes =>
    output === "f32" ? store(addr, get(v), 4 * o) : [...store(addr, promote(get(v)), 8 * o), ...store(addr, promote(shuffle(get(v), get(v), lanes32(2, 3, 2, 3))), 8 * o + 16)];

  let pairs: (o: number) => Bytes;
  if (layout === "neox") {
    // Pair j = (j, j + half): four pairs are two runs of four contiguous elements.
    const xb0 = i32add(get(j), get(half));
    pairs = (o) => [
      ...set(v0, load(xAt(get(j)), 8 * o)),
      ...set(v1, load(xAt(get(j)), 8 * o + 16)),
      ...set(ors, or(get(ors), or(get(v0), get(v1)))),
      ...set(xa, shuffle(demote(get(v0)), demote(get(v1)), lanes32(0, 1, 4, 5))),
      ...set(v0, load(xAt(xb0), 8 * o)),
      ...set(v1, load(xAt(xb0), 8 * o + 16)),
      ...set(ors, or(get(ors), or(get(v0), get(v1)))),
      ...set(xb, shuffle(demote(get(v0)), demote(get(v1)), lanes32(0, 1, 4, 5))),
      ...track(xa, xb),
      ...rotatePairs(o),
      ...put(yAt(get(j)), ya, o),
      ...put(yAt(xb0), yb, o),
    ];
  } else {
    // Pair j = (2j, 2j + 1): four pairs are eight contiguous elements a0 b0 a1 b1 a2 b2 a3 b3.
    const e = i32shl(get(j), i32c(1));
    pairs = (o) => [
      ...set(v0, load(xAt(e), 16 * o)),
      ...set(v1, load(xAt(e), 16 * o + 16)),
      ...set(ors, or(get(ors), or(get(v0), get(v1)))),
      ...set(ua, shuffle(demote(get(v0)), demote(get(v1)), lanes32(0, 1, 4, 5))), // a0 b0 a1 b1
      ...set(v0, load(xAt(e), 16 * o + 32)),
      ...set(v1, load(xAt(e), 16 * o + 48)),
      ...set(ors, or(get(ors), or(get(v0), get(v1)))),
      ...set(ub, shuffle(demote(get(v0)), demote(get(v1)), lanes32(0, 1, 4, 5))), // a2 b2 a3 b3
      ...set(xa, shuffle(get(ua), get(ub), lanes32(0, 2, 4, 6))),
      ...set(xb, shuffle(get(ua), get(ub), lanes32(1, 3, 5, 7))),
      ...track(xa, xb),
      ...rotatePairs(o),
      ...set(v0, shuffle(get(ya), get(yb), lanes32(0, 4, 1, 5))), // ya0 yb0 ya1 yb1
      ...set(v1, shuffle(get(ya), get(yb), lanes32(2, 6, 3, 7))),
      ...put(yAt(e), v0, 2 * o),
      ...put(yAt(e), v1, 2 * o + 4),
    ];
  }

  // Elements beyond rotaryDim, two at a time: checked like the rest, written as demote(x) (see above).
  const tail: Bytes = [
    ...set(v0, load(xAt(get(j)))),
    ...set(ors, or(get(ors), get(v0))),
    ...set(v1, demote(get(v0))),
    ...track(v1, v1),
    ...(output === "f32" ? store64Lane(yAt(get(j)), get(v1), 0) : store(yAt(get(j)), promote(get(v1)))),
  ];

  // A row is declined when an x has more significant bits than the format, or a non-zero |x| lies
  // outside the format's accepted range, or (fp16) the overflow bound fails.
  const rowBad: Bytes = fp16
    ? i32or(
        i32or(simd(SIMD.v128_any_true, simd(SIMD.v128_and, get(ors), K.i64x2(LOW42))), [...inRange(K, get(mx), get(mn), Math.log2(FP16_MIN_NORMAL), 16), 0x45]),
        [...simd(SIMD.i32x4_all_true, simd(SIMD.f32x4_le, simd(SIMD.f32x4_mul, lanesMax(xm), [...lanesMax(cm)]), K.f32x4(FP16_ROW_BOUND))), 0x45],
      )
    : i32or(simd(SIMD.v128_any_true, simd(SIMD.v128_and, get(ors), K.i64x2(LOW45))), [...inRange(K, get(mx), get(mn), Math.log2(X_MIN), Math.log2(X_MAX)), 0x45]);

  f.body = [
    ...set(velt, K.f32x4(fp16 ? VELTKAMP_FP16 : VELTKAMP)),
    ...set(nbad, i32c(0)),
    ...set(rowBytes, i32shl(get(headDim), i32c(3))),
    ...forRange(
      row,
      i32c(0),
      get(rows),
      1,
      set(xr, i32add(get(x), i32mul(get(row), get(rowBytes)))),
      set(yr, i32add(get(y), i32shl(i32mul(get(row), get(headDim)), i32c(yShift)))),
      set(cs, i32load(i32add(get(slots), i32shl(get(row), i32c(2))))),
      set(ors, K.i32x4(0)),
      set(mx, K.i32x4(0)),
      set(mn, K.i32x4(-1)),
      fp16 ? [...set(xm, K.i32x4(0)), ...set(cm, K.i32x4(0))] : [],
      forRange(j, i32c(0), get(half), 4, pairs(0)),
      forRange(j, get(rotaryDim), get(headDim), 2, tail),
      when(
        rowBad,
        i32store(i32add(get(bad), i32shl(get(nbad), i32c(2))), get(row)),
        set(nbad, i32add(get(nbad), i32c(1))),
      ),
    ),
    ...get(nbad),
  ];
  return f;
}

/** Key of 2^e among bf16 patterns shifted left by one in 16-bit lanes (sign dropped), as `key` for f32. */
export const key16 = (e: number): number => (127 + e) << 8;
/** An i16x8 constant: n in every 16-bit lane. */
export const i16x8 = (K: ConstPool, n: number): Bytes => K.i32x4((n & 0xffff) * 0x10001);

/**
 * rotateBits(rows, headDim, half, rotaryDim, x, y, slots, sinDelta, bad) → number of bad rows: rotate's
 * rotation on x and y holding bf16 patterns (u16, rows × headDim each), as tensors hold them; slots,
 * sinDelta and bad as for rotate, half % 4 = 0. Every u16 is a bf16 value, so the input check is only the
 * range one, on 16-bit keys k = (bits << 1) mod 2^16: max k < key16(log2 X_MAX) and min (k − 1) ≥
 * key16(log2 X_MIN) − 1 over the row (zeros wrap to the top and pass; ±inf and NaN keys lie above every
 * finite one and fail), the same ranges as rotate's. A pattern becomes its f32 lanes by moving it to the
 * high half (exact: bf16 is f32's top half), and a result, already a bf16 value, goes back by its high
 * half. Elements beyond rotaryDim are checked the same way and copied (a checked pattern is its own RNE).
 */
/**
 * The start of a row in the kernels on bf16 patterns (rotateBits*, rotateBitsNeoxScaled): xr and yr the
 * byte addresses of row `row` of x and y (two bytes per element), cs its cache row's from slots.
 */
export function bitsRowStart(p: { x: number; y: number; slots: number; headDim: number }, row: number, xr: number, yr: number, cs: number): Bytes {
  const rowBytes = (): Bytes => i32shl(i32mul(get(row), get(p.headDim)), i32c(1));
  return [...set(xr, i32add(get(p.x), rowBytes())), ...set(yr, i32add(get(p.y), rowBytes())), ...set(cs, i32load(i32add(get(p.slots), i32shl(get(row), i32c(2)))))];
}

export function rotateBitsFunc(K: ConstPool, name: "rotateBitsNeox" | "rotateBitsGptj", layout: "neox" | "gptj"): Func {
  const { f, p: params } = kernelFunc(name);
  const { rows, headDim, half, rotaryDim, x, y, slots, sinDelta, bad } = params;
  const row = f.local(I32);
  const j = f.local(I32);
  const nbad = f.local(I32);
  const xr = f.local(I32); // byte address of the row in x (and, rows being the same size, in y: yr)
  const yr = f.local(I32);
  const cs = f.local(I32);
  const w = f.local(I32);
  const vec = (): number => f.local(V128);
  const [mx, mn, xa, xb, c, s, tmp, g, ya, yb, v, k, velt, one] = [vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec()];
  const [vb, ya0, yb0, zero] = [vec(), vec(), vec(), vec()];
  const half8 = f.local(I32);
  const rot = { j, cs, sinDelta, xa, xb, c, s, tmp, g, velt, ya, yb };
  /** Accumulates the range keys of the eight patterns in `src` (v by default). */
  const trackOf = (src: number): Bytes => [
    ...set(k, simd(SIMD.i16x8_shl, get(src), i32c(1))),
    ...set(mx, simd(SIMD.i16x8_max_u, get(mx), get(k))),
    ...set(mn, simd(SIMD.i16x8_min_u, get(mn), simd(SIMD.i16x8_sub, get(k), get(one)))),
  ];
  const track = trackOf(v);
  /**
   * Patterns 0–3 (low) or 4–7 (high) of `src` in the high halves of 32-bit lanes, the low halves zero:
   * an interleave with a zero vector, which V8 lowers to one unpack instruction (no mask to load).
   */
  const interleave = (src: number, high: boolean): Bytes => {
    const o = high ? 8 : 0;
    return shuffle(get(zero), get(src), [0, 1, 16, 17, 2, 3, 18, 19, 4, 5, 20, 21, 6, 7, 22, 23].map((b) => b + o));
  };
  /** The high halves of a's and b's lanes as eight u16: a's four, then b's. */
  const narrowOf = (a: number, b: number): Bytes => simd(SIMD.i16x8_narrow_i32x4_u, simd(SIMD.i32x4_shr_u, get(a), i32c(16)), simd(SIMD.i32x4_shr_u, get(b), i32c(16)));
  const at = (base: number, e: Bytes): Bytes => i32add(get(base), i32shl(e, i32c(1)));
  /** Byte indices moving four u16 patterns (from byte `from` of v) to the high halves of 32-bit lanes. */
  const widen = (from: number): Bytes =>
    simd(SIMD.i8x16_swizzle, get(v), K.v128(new Int32Array([0, 1, 2, 3].map((q) => (0x8080 | ((from + 2 * q) << 16) | ((from + 2 * q + 1) << 24)) | 0))));
  /** The high halves of ya's and yb's lanes as eight u16: ya's four, then yb's. */
  const narrow = (): Bytes => simd(SIMD.i16x8_narrow_i32x4_u, simd(SIMD.i32x4_shr_u, get(ya), i32c(16)), simd(SIMD.i32x4_shr_u, get(yb), i32c(16)));
  let pairs: Bytes;
  // NeoX, eight pairs a time (half8 = half rounded down to a multiple of 8): patterns j … j + 7 and
  // j + half … j + half + 7, one vector each; pairs j … j + 3 are their low halves, j + 4 … j + 7 the high.
  let pairs8: Bytes = [];
  if (layout === "neox") {
    const xbAt = (base: number): Bytes => at(base, i32add(get(j), get(half)));
    pairs8 = [
      ...set(v, load(at(xr, get(j)))),
      ...set(vb, load(xbAt(xr))),
      ...trackOf(v),
      ...trackOf(vb),
      ...set(xa, interleave(v, false)),
      ...set(xb, interleave(vb, false)),
      ...bf16Rotation(rot, 0),
      ...set(ya0, get(ya)),
      ...set(yb0, get(yb)),
      ...set(xa, interleave(v, true)),
      ...set(xb, interleave(vb, true)),
      ...bf16Rotation(rot, 4),
      ...store(at(yr, get(j)), narrowOf(ya0, ya)),
      ...store(xbAt(yr), narrowOf(yb0, yb)),
    ];
  }
  if (layout === "neox") {
    // Four pairs: patterns j … j + 3 (64 bits) and j + half … j + half + 3 in one vector.
    const xbAt = (base: number): Bytes => at(base, i32add(get(j), get(half)));
    pairs = [
      ...set(v, load64Lane(xbAt(xr), load64Zero(at(xr, get(j))), 1)),
      ...track,
      ...set(xa, widen(0)),
      ...set(xb, widen(8)),
      ...bf16Rotation(rot, 0),
      ...set(v, narrow()),
      ...store64Lane(at(yr, get(j)), get(v), 0),
      ...store64Lane(xbAt(yr), get(v), 1),
    ];
  } else {
    // Four pairs: eight contiguous patterns a0 b0 a1 b1 …, i.e. 32-bit lanes a | b << 16.
    const e = i32shl(get(j), i32c(1));
    pairs = [
      ...set(v, load(at(xr, e))),
      ...track,
      ...set(xa, simd(SIMD.i32x4_shl, get(v), i32c(16))),
      ...set(xb, simd(SIMD.v128_and, get(v), K.i32x4(0xffff0000 | 0))),
      ...bf16Rotation(rot, 0),
      ...store(at(yr, e), simd(SIMD.v128_or, simd(SIMD.i32x4_shr_u, get(ya), i32c(16)), get(yb))),
    ];
  }
  // Elements beyond rotaryDim, two patterns (one i32) at a time.
  const tail: Bytes = [
    ...set(w, i32load(at(xr, get(j)))),
    ...set(v, simd(SIMD.i32x4_splat, get(w))),
    ...track,
    ...i32store(at(yr, get(j)), get(w)),
  ];
  const ok = simd(
    SIMD.i16x8_all_true,
    simd(
      SIMD.v128_and,
      simd(SIMD.i16x8_lt_u, get(mx), i16x8(K, key16(Math.log2(X_MAX)))),
      simd(SIMD.i16x8_ge_u, get(mn), i16x8(K, key16(Math.log2(X_MIN)) - 1)),
    ),
  );
  f.body = [
    ...set(velt, K.f32x4(VELTKAMP)),
    ...set(one, i16x8(K, 1)),
    ...set(zero, K.i32x4(0)),
    ...set(half8, i32and(get(half), i32c(~7))),
    ...set(nbad, i32c(0)),
    ...forRange(
      row,
      i32c(0),
      get(rows),
      1,
      bitsRowStart(params, row, xr, yr, cs),
      set(mx, K.i32x4(0)),
      set(mn, K.i32x4(-1)),
      layout === "neox" ? [...forRange(j, i32c(0), get(half8), 8, pairs8), ...forRange(j, get(half8), get(half), 4, pairs)] : forRange(j, i32c(0), get(half), 4, pairs),
      forRange(j, get(rotaryDim), get(headDim), 2, tail),
      when(
        [...ok, 0x45],
        i32store(i32add(get(bad), i32shl(get(nbad), i32c(2))), get(row)),
        set(nbad, i32add(get(nbad), i32c(1))),
      ),
    ),
    ...get(nbad),
  ];
  return f;
}
