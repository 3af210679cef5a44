/**
 * The SIMD module's fast cos/sin with a proved error bound and per-lane certification of fround(cos a),
 * fround(sin a) (the bound and the certification are derived below), and the three exported functions
 * built on it: sincos (angles given), trigFp32 (angles fround(p·θᵢ) computed in the kernel) and sincosRaw
 * (the uncertified fp64 values, for tests of the bound). Then a four-lane f32 cos/sin whose results are
 * certified only to bf16 (what a bf16 cache keeps), and its functions trigBf16, sincosBf16 and
 * sincosF32Raw.
 */
import {
  type Bytes,
  ConstPool,
  Func,
  I32,
  V128,
  f32load,
  f64load,
  forRange,
  get,
  type Hoisted,
  hoister,
  i32add,
  i32divU,
  i32load,
  i32remU,
  i32c,
  i32and,
  i32eqz,
  i32geU,
  i32sub,
  i32mul,
  i32shl,
  i32store,
  lanes32,
  load,
  set,
  shuffle,
  simd,
  SIMD,
  store,
  when,
} from "./wasm-emit.js";
import { fp16Pattern, fp16Value } from "./fp32-rotation.js";
import { kernelFunc } from "./signatures.js";

// ─── Fast cos/sin ────────────────────────────────────────────────────────────────────────────────────
//
// For an fp64 angle a with |a| ≤ 2^31 (positions up to 2^31 times θ ≤ 1; larger, NaN or infinite angles
// are listed for the caller):
//   k  = nearest integer to RN(a·(2/π)), by adding and subtracting 1.5·2^52 (|a·2/π| < 2^31 ≪ 2^51, so
//        the sum has ulp 1); the low bits of the sum's pattern are k mod 4.
//   r  = ((a − k·P1) − k·P2) − k·P3 with P1 = 3294199·2^−21 (22 bits), P2 = −2866131·2^−44 (22 bits),
//        P3 = RN(π/2 − P1 − P2) ≈ 5.39·10^−15, |π/2 − P1 − P2 − P3| < 2^−103.
//   cos a, sin a = ±cos r or ±sin r by k mod 4, with fdlibm's kernels (k_sin.c, k_cos.c):
//        sin r ≈ r + r³·(S1 + r²·(S2 + … + r²·S6)),  cos r ≈ w + (((1 − w) − r²/2) + r⁴·(C1 + … + r¹⁰·C6)),
//        w = 1 − r²/2; minimax error ≤ 2^−58 on [−π/4, π/4] (fdlibm's comments).
//
// Error bound E of the fp64 result f (absolute; cos and sin lie in [−1, 1]):
//   reduction — |k| ≤ 2^31·0.6367 + 1 < 2^31, so k·P1 and k·P2 are exact (31 + 22 ≤ 53 bits).
//     a − k·P1 is exact: both are multiples of ulp(a) (ulp(a) ≤ 2^−21 for |a| < 2^32, and P1's last bit
//     is 2^−21), and for k ≠ 0 (|a| > 0.78) |a − k·P1| ≤ 0.786 + |k|·2^−22 < 2^(⌊log2|a|⌋+1), i.e. fewer
//     than 53 bits of ulp(a). Subtracting k·P2 is exact too: the result is a multiple of
//     min(ulp(a), 2^−44) ≥ 2^−53 and below 1 in magnitude. Then k·P3 (|k·P3| < 2^−16) rounds with error
//     ≤ 2^−69, P3's own error times k is < 2^−72, and the last subtraction rounds with error ≤ 2^−53·|r|:
//     |r̂ − (a − kπ/2)| ≤ 2^−68 + 2^−53·|r|.  Also |r| ≤ (π/2)(1/2 + |RN(a·2/π) − a·2/π|) ≤ π/4 + 2^−21
//     (fdlibm's own __rem_pio2 hands its kernels the same slightly-wider interval).
//   kernels — approximation ≤ 2^−58 (sin: 2^−58·|r|). Evaluation in fp64, z = r², z2 = z², the inner
//     polynomials by Estrin's scheme (≤ 4 ulps relative each; both are dominated by their first terms):
//     sin's tail (z·r)·(S1 + z·Q) is below 0.103·|r| and carries ≤ 5 roundings (≤ 0.52·2^−53·|r|), the
//     final addition ≤ 2^−53·|sin r|; cos: z/2 carries z's rounding (≤ 0.31·2^−53), 1 − w and
//     ((1 − w) − z/2) are exact (Sterbenz), the tail z2·P (< 0.016) carries ≤ 6 ulps (≤ 0.1·2^−53), the
//     last two additions ≤ 0.01·2^−53 + 2^−54.
//   total — sin: |r|·(1.52 + 1 + 2^−5)·2^−53 + 2^−68 ≤ 2.6·0.786·2^−53 ≈ 1.02·2^−52;
//           cos: (0.31 + 0.1 + 0.01 + 0.5 + 0.56)·2^−53 ≈ 0.74·2^−52.  We use E = 2^−51 (twice that); the
//           test against 70-digit cos/sin sees at most 0.9·2^−53.
// Certifying fround(Math.cos(a)): Math.cos is V8's fdlibm port (< 1 ulp; ulp ≤ 2^−53 below 1), so
// Math.cos(a) ∈ [f − D, f + D] with D = E + 2^−53. The kernel forms lo = RN(f − Δ), hi = RN(f + Δ) with
// Δ = 2^−50 ≥ D + 2^−53 (each rounding moves at most 2^−53 for |f| ≤ 1 + 2^−52), so lo ≤ Math.cos(a) ≤ hi.
// Rounding to fp32 is monotone, so if fround(lo) = fround(hi) then fround(Math.cos(a)) is that value —
// that is the only result the kernel ever stores; every other lane is listed (a NaN or out-of-range
// angle gets Δ = +∞, so lo and hi never agree). fp32 values around a result in [2^−k, 2^−k+1) are
// 2^(−k−23) apart, so lanes are listed with probability about 2Δ/2^(−k−23) = 2^(k−26): negligible except
// for results below ~2^−20, which only occur next to multiples of π/2 (and sin 0 = 0, always listed).
// The assumption on Math.cos is the one thing not proved here; the tests compare fround(f) with
// fround(Math.cos) and fround(Math.sin) on every fp32 angle in [2^−12, 2^21) and on samples up to 2^31.

/** fdlibm k_sin.c / k_cos.c coefficients, by their IEEE-754 patterns. */
const word = (hi: number, lo: number): number => new Float64Array(new Uint32Array([lo, hi]).buffer)[0]!;
export const SIN_COEFFS = [
  word(0xbfc55555, 0x55555549),
  word(0x3f811111, 0x1110f8a6),
  word(0xbf2a01a0, 0x19c161d5),
  word(0x3ec71de3, 0x57b1fe7d),
  word(0xbe5ae5e6, 0x8a2b9ceb),
  word(0x3de5d93a, 0x5acfd57c),
] as const;
export const COS_COEFFS = [
  word(0x3fa55555, 0x5555554c),
  word(0xbf56c16c, 0x16c15177),
  word(0x3efa01a0, 0x19cb1590),
  word(0xbe927e4f, 0x809c52ad),
  word(0x3e21ee9e, 0xbdb4b1c4),
  word(0xbda8fae9, 0xbe8838d4),
] as const;
/** π/2 = P1 + P2 + P3 + O(2^−103): P1 and P2 with 22 significant bits (Cody–Waite). */
export const PIO2_PARTS = [3294199 * 2 ** -21, -2866131 * 2 ** -44, 5.390302858158119e-15] as const;
export const INV_PIO2 = 0.6366197723675814; // RN(2/π)
/** Largest |angle| the fast cos/sin accepts. */
export const TRIG_MAX_ANGLE = 2 ** 31;
/** E: the proved error bound of the fast fp64 cos/sin (see above), and Δ, the certification margin. */
export const TRIG_ERROR_BOUND = 2 ** -51;
export const TRIG_MARGIN = 2 ** -50;
const MAGIC = 1.5 * 2 ** 52;

/**
 * The fast cos/sin, in two halves so that a loop over many angles can run them as two passes (see
 * trigRows): trigReduce takes two angles in local `a` and leaves k (in the low bits of `kf`), r and the
 * certification margin Δ (+∞ where |a| > 2^31 or a is NaN); trigFinish takes those and leaves
 * fround(cos a), fround(sin a) in f32 lanes 0 and 1 of `cos`, `sin` (lanes 2, 3 are 0), with `certified`
 * (an i32 expression) 1 when all four are certified — otherwise the lanes are unspecified and the caller
 * must recompute them. Each half has its own locals.
 */
function trigReduce(f: Func, K: ConstPool): { a: number; kf: number; r: number; margin: number; code: Bytes } {
  const vec = (): number => f.local(V128);
  const [a, margin, kf, k, r] = [vec(), vec(), vec(), vec(), vec()];
  const mul = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f64x2_mul, x, y);
  const add = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f64x2_add, x, y);
  const sub = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f64x2_sub, x, y);
  const c = K.f64x2;
  const [P1, P2, P3] = PIO2_PARTS;
  const code: Bytes = [
    // Δ, or +∞ where |a| > 2^31 or a is NaN (+∞ & ¬mask, plus Δ): then lo, hi = ∓∞ or NaN and the lanes
    // are not certified.
    ...set(margin, add(c(TRIG_MARGIN), simd(SIMD.v128_andnot, c(Infinity), simd(SIMD.f64x2_le, simd(SIMD.f64x2_abs, get(a)), c(TRIG_MAX_ANGLE))))),
    ...set(kf, add(mul(get(a), c(INV_PIO2)), c(MAGIC))),
    ...set(k, sub(get(kf), c(MAGIC))),
    ...set(r, sub(sub(sub(get(a), mul(get(k), c(P1))), mul(get(k), c(P2))), mul(get(k), c(P3)))),
  ];
  return { a, kf, r, margin, code };
}

function trigFinish(f: Func, K: ConstPool): { kf: number; r: number; margin: number; cos: number; sin: number; cos64: number; sin64: number; code: Bytes; certified: Bytes } {
  const vec = (): number => f.local(V128);
  const [kf, r, margin, z, z2, t, sinr, cosr, w, swap, d, ss, sinA, cosA, cl, sl] = [vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec()];
  const mul = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f64x2_mul, x, y);
  const add = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f64x2_add, x, y);
  const sub = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f64x2_sub, x, y);
  const c = K.f64x2;
  /**
   * p0 + z·p1 + … + z^n·pn (5 or 6 coefficients) by Estrin's scheme: pairs (p2i + z·p2i+1), then the
   * same in z² (local z2). Its dependency chain is about half Horner's.
   */
  const estrin = (coeffs: readonly number[]): Bytes => {
    const terms: Bytes[] = [];
    for (let i = 0; i < coeffs.length; i += 2) terms.push(i + 1 < coeffs.length ? add(c(coeffs[i]!), mul(get(z), c(coeffs[i + 1]!))) : c(coeffs[i]!));
    if (terms.length !== 3) throw new Error("estrin: 5 or 6 coefficients expected");
    return add(terms[0]!, mul(get(z2), add(terms[1]!, mul(get(z2), terms[2]!))));
  };
  const [S1, ...S] = SIN_COEFFS;
  const demote = (x: Bytes): Bytes => simd(SIMD.f32x4_demote_f64x2_zero, x);
  const SIGN = K.i64x2(-(1n << 63n));
  const code: Bytes = [
    ...set(z, mul(get(r), get(r))),
    ...set(z2, mul(get(z), get(z))),
    // sin r = r + (z·r)·(S1 + z·(S2 + z·S3 + z²·(S4 + z·S5) + z⁴·S6)),  z = r²
    ...set(sinr, add(get(r), mul(mul(get(z), get(r)), add(c(S1), mul(get(z), estrin(S)))))),
    // cos r = w + (((1 − w) − z/2) + z²·(C1 + z·C2 + z²·(C3 + z·C4) + z⁴·(C5 + z·C6))), w = 1 − z/2
    ...set(t, mul(c(0.5), get(z))),
    ...set(w, sub(c(1), get(t))),
    ...set(cosr, add(get(w), add(sub(sub(c(1), get(w)), get(t)), mul(get(z2), estrin(COS_COEFFS))))),
    // Quadrant k mod 4 from the low bits of kf: odd k swaps cos and sin (d = (sin r ⊕ cos r) where k is
    // odd, so x ⊕ d swaps); sin a < 0 for k ≡ 2, 3 (sign ss = bit 1 of k), cos a < 0 for k ≡ 1, 2
    // (sign ss ⊕ bit 0 of k).
    ...set(swap, simd(SIMD.i64x2_eq, simd(SIMD.v128_and, get(kf), K.i64x2(1n)), K.i64x2(1n))),
    ...set(d, simd(SIMD.v128_and, simd(SIMD.v128_xor, get(sinr), get(cosr)), get(swap))),
    ...set(ss, simd(SIMD.v128_and, simd(SIMD.i64x2_shl, get(kf), i32c(62)), SIGN)),
    ...set(sinA, simd(SIMD.v128_xor, get(sinr), simd(SIMD.v128_xor, get(d), get(ss)))),
    ...set(cosA, simd(SIMD.v128_xor, get(cosr), simd(SIMD.v128_xor, get(d), simd(SIMD.v128_xor, get(ss), simd(SIMD.v128_and, get(swap), SIGN))))),
    // Certify: fround(f − Δ) = fround(f + Δ); that common value is stored.
    ...set(cl, demote(sub(get(cosA), get(margin)))),
    ...set(sl, demote(sub(get(sinA), get(margin)))),
  ];
  const certified = simd(
    SIMD.i32x4_all_true,
    simd(SIMD.v128_and, simd(SIMD.f32x4_eq, get(cl), demote(add(get(cosA), get(margin)))), simd(SIMD.f32x4_eq, get(sl), demote(add(get(sinA), get(margin))))),
  );
  return { kf, r, margin, cos: cl, sin: sl, cos64: cosA, sin64: sinA, code, certified };
}

/**
 * fround(cos), fround(sin) of n angles (n % 4 = 0) given by angleAt(i) (an f64x2 expression of angles i,
 * i + 1, with `i` the caller's loop local), written to cosOut/sinOut at element e0 + i (f32), with every
 * uncertified group of four listed as e0 + i in fails. Two passes through `scratch` (48 bytes per two
 * angles): the range reduction of all n angles, then the polynomials and certification, four angles per
 * iteration. One pass chains ~40 dependent operations per angle, which left the loop latency-bound;
 * split (and with Estrin's scheme), 262,144 angles took 1.13 ms instead of 1.55 ms here.
 */
function trigRows(f: Func, K: ConstPool, i: number, n: Bytes, angleAt: Bytes, e0: Bytes, scratch: number, cosOut: number, sinOut: number, fails: number, nfail: number): Bytes {
  const red = trigReduce(f, K);
  const t0 = trigFinish(f, K);
  const t1 = trigFinish(f, K);
  const at = (): Bytes => i32add(get(scratch), i32mul(get(i), i32c(24))); // 48 bytes per 2 angles
  const e = (): Bytes => i32add(e0, get(i));
  const pack = (a: number, b: number): Bytes => shuffle(get(a), get(b), lanes32(0, 1, 4, 5));
  const fetch = (t: ReturnType<typeof trigFinish>, offset: number): Bytes => [
    ...set(t.r, load(at(), offset)),
    ...set(t.kf, load(at(), offset + 16)),
    ...set(t.margin, load(at(), offset + 32)),
  ];
  return [
    ...forRange(i, i32c(0), n, 2, set(red.a, angleAt), red.code, store(at(), get(red.r)), store(at(), get(red.kf), 16), store(at(), get(red.margin), 32)),
    ...forRange(
      i,
      i32c(0),
      n,
      4,
      fetch(t0, 0),
      fetch(t1, 48),
      t0.code,
      t1.code,
      store(i32add(get(cosOut), i32shl(e(), i32c(2))), pack(t0.cos, t1.cos)),
      store(i32add(get(sinOut), i32shl(e(), i32c(2))), pack(t0.sin, t1.sin)),
      when(i32eqz(i32and(t0.certified, t1.certified)), i32store(i32add(get(fails), i32shl(get(nfail), i32c(2))), e()), set(nfail, i32add(get(nfail), i32c(1)))),
    ),
  ];
}

/**
 * sincos(ang, n, cosOut, sinOut, fails, scratch) → number of listed groups. For i < n (n % 4 = 0):
 * cosOut[i] = fround(cos ang[i]) (f32), same for sin, except groups of four i..i+3 listed in fails
 * (i32), which the caller recomputes. scratch: 24·min(n, 256) bytes.
 */
export function sincosFunc(K: ConstPool): Func {
  const { f, p: params } = kernelFunc("sincos");
  const { ang, n, cosOut, sinOut, fails, scratch } = params;
  const base = f.local(I32);
  const m = f.local(I32);
  const i = f.local(I32);
  const nfail = f.local(I32);
  f.body = [
    ...set(nfail, i32c(0)),
    // Chunks of 256 angles keep the scratch in L1.
    ...forRange(
      base,
      i32c(0),
      get(n),
      256,
      set(m, i32sub(get(n), get(base))),
      when(i32geU(get(m), i32c(257)), set(m, i32c(256))),
      trigRows(f, K, i, get(m), load(i32add(get(ang), i32shl(i32add(get(base), get(i)), i32c(3)))), get(base), scratch, cosOut, sinOut, fails, nfail),
    ),
    ...get(nfail),
  ];
  return f;
}

/**
 * trigFp32(theta, half, pins, rows, cosOut, sinOut, fails, scratch) → number of listed groups.
 * Angles of pipelines whose angle result format is fp32: for cache row q and pair i (half % 4 = 0),
 * a = fround(pins[q] · theta[i]) (fp64 arrays; the fp64 product rounded once more to fp32, exactly
 * Math.fround(p * θ)), then as sincos with element e = q·half + i. scratch: 24·half bytes.
 */
export function trigFp32Func(K: ConstPool): Func {
  const { f, p: params } = kernelFunc("trigFp32");
  const { theta, half, pins, rows, cosOut, sinOut, fails, scratch } = params;
  const q = f.local(I32);
  const i = f.local(I32);
  const e = f.local(I32);
  const nfail = f.local(I32);
  const p = f.local(V128);
  const angle = simd(SIMD.f64x2_promote_low_f32x4, simd(SIMD.f32x4_demote_f64x2_zero, simd(SIMD.f64x2_mul, get(p), load(i32add(get(theta), i32shl(get(i), i32c(3)))))));
  f.body = [
    ...set(nfail, i32c(0)),
    ...set(e, i32c(0)),
    ...forRange(
      q,
      i32c(0),
      get(rows),
      1,
      set(p, simd(SIMD.f64x2_splat, f64load(i32add(get(pins), i32shl(get(q), i32c(3)))))),
      trigRows(f, K, i, get(half), angle, get(e), scratch, cosOut, sinOut, fails, nfail),
      set(e, i32add(get(e), get(half))),
    ),
    ...get(nfail),
  ];
  return f;
}

/**
 * sincosRaw(ang, n, out): the fast cos/sin before certification, for tests of the error bound:
 * out[i] = f ≈ cos ang[i], out[n + i] ≈ sin ang[i] (fp64), i < n, n even.
 */
export function sincosRawFunc(K: ConstPool): Func {
  const { f, p: params } = kernelFunc("sincosRaw");
  const { ang, n, out } = params;
  const i = f.local(I32);
  const red = trigReduce(f, K);
  const fin = trigFinish(f, K);
  const at = (base: Bytes): Bytes => i32add(base, i32shl(get(i), i32c(3)));
  f.body = forRange(
    i,
    i32c(0),
    get(n),
    2,
    set(red.a, load(at(get(ang)))),
    red.code,
    set(fin.r, get(red.r)),
    set(fin.kf, get(red.kf)),
    set(fin.margin, get(red.margin)),
    fin.code,
    store(at(get(out)), get(fin.cos64)),
    store(at(i32add(get(out), i32shl(get(n), i32c(3)))), get(fin.sin64)),
  );
  return f;
}

// ─── Fast cos/sin for a bf16 or fp16 cache ───────────────────────────────────────────────────────────
//
// Pipelines whose trig stage is fp32 and whose cache is bf16 with attention factor 1 (the bf16 per-op
// ones, hf's) keep only RNE_bf16(fround(Math.cos(a))) of each cos — 8 of fround's 24 bits; with an fp16
// cache (onnxruntime-cpu in fp16, …) RNE_fp16(fround(Math.cos(a))), 11 bits. That value is certified
// from an fp32 approximation, four angles per f32x4 instead of two per f64x2:
//   reduction — as above, in fp64 (k, r with |r̂ − (a − kπ/2)| ≤ 2^−68 + 2^−53·|r|, |r| ≤ π/4 + 2^−21);
//     then ρ = fround(r̂). Lanes with |ρ| < 2^−40 (and NaN, |a| > 2^31) are listed, so that the
//     absolute 2^−68 is below 2^−28·|r| and |ρ − r| ≤ (2^−28 + 2^−53 + u)(1 + u)·|r| < 1.07u·|r|,
//     u = 2^−24 (f32's unit roundoff).
//   polynomials, in f32 with Taylor coefficients rounded to f32 (truncation bounded by the first
//     omitted term, the series alternating for |ρ| < 1):
//       sin ρ ≈ ρ + (ρ·z)·(s3 + z·(s5 + z·(s7 + z·s9))),  z = ρ², truncation ≤ |ρ|^11/11! ≤ 0.04u·|ρ|;
//       cos ρ ≈ 1 + z·(c2 + z·(c4 + z·(c6 + z·c8))),       truncation ≤ ρ^10/10! ≤ 0.42u.
//   error of sin (|ρ| ≤ 0.7854, relative to |ρ|): coefficient roundings ≤ u·Σ|s_k|·ρ^(k−1) ≤ 0.11u; the
//     tail (ρ·z)·P (≤ 0.103·|ρ|) carries z's, ρ·z's, P's (≤ 1.2u: P is dominated by s3) and the last
//     product's roundings, ≤ 4.2u relative, 0.44u·|ρ|; the final addition ≤ u·|ρ|; ρ's own error
//     moves sin by ≤ 1.07u·|r|. Total ≤ 2.7u·|r| ≤ 3u·|sin r| (|sin r| ≥ 0.9·|r| on [0, π/4]).
//   error of cos (absolute): coefficients ≤ 0.33u, Q = c2 + … (|Q| ≤ 1/2) ≤ 0.6u, z·Q (≤ 0.309) ≤ 0.96u,
//     the final addition ≤ u, truncation 0.42u, ρ's error ≤ 1.07u·|r|·|sin| ≤ 0.66u: ≤ 3.5u ≤ 5u·|cos r|
//     (cos r ≥ 0.707).
//   The quadrant's swaps and sign changes are exact, so the result f (cos a or sin a) satisfies
//   |f − v| ≤ ε·|v| with ε = 8u (BF16_TRIG_REL_ERROR; the test against 50-digit cos/sin measures it).
// Certification: Math.cos(a) is within 2^−52·|v| of v (the assumption above), c* = fround(Math.cos(a))
// within u more, so |f − c*| ≤ 9.1u·|v|. f and c* have v's sign; as magnitudes in the same or adjacent
// binades their f32 patterns differ by at most 9.1u·2^25 ≈ 18.2 (|v| < 2^(e+2) for the lower binade
// 2^e, whose spacing is 2^(e−23)). RNE_bf16 of a pattern changes only where its low 16 bits pass
// 0x8000 (a tie at 0x8000 itself), carries included; so if f's low 16 bits are more than
// BF16_TRIG_GUARD = 20 patterns from 0x8000, RNE_bf16(c*) = RNE_bf16(f) = (bits(f) + 0x8000) with the
// low 16 bits cleared (no tie possible), and that is the value stored. Otherwise the group of four is
// listed: a value fails with probability about 41/65536 (f's low bits are near uniform), a group of four
// angles (eight values) about 0.5%, and the caller recomputes those lanes with Math.cos/Math.sin.
// A certified value needs no range check of the cache: |f| ≤ 1 (cos ρ = 1 + z·Q with Q < 0) and
// |f| ≥ 0.9·2^−40 (|ρ| ≥ 2^−40, cos r ≥ 0.7), inside [CS_MIN, CS_MAX) of rotation.ts.
// fp16: the same argument on the low 13 bits (RNE_fp16 of an f32 pattern in fp16's normal range changes
// only where they pass 0x1000), with the cut-off |ρ| ≥ 2^−12 (FP16_TRIG_MIN_R) instead of 2^−40: then
// |sin ρ| ≥ 0.99·2^−12 and cos ρ ≥ 0.7, so every |v| > 0.99·2^−12, |f| and |c*| (within 9.1u·|v|) are
// above 2^−14, fp16's normal range, and RNE_fp16(c*) = (bits(f) + 0x1000) with the low 13 bits
// cleared. A value fails with probability about 41/8192, a group of
// four angles about 4%: those groups are recomputed in the kernel by the fp64 cos/sin above (certified
// fround(cos a), then fp32-rotation.ts's exact fp16 rounding, fp16Pattern and fp16Value), and only
// groups that fp64 path cannot certify either are listed for the caller. Every value stored is an fp16
// value of magnitude ≤ 1, zero or ≥ 2^−24: inside [CS_MIN, CS_MAX) (or zero) without a range check.

/** ε: the f32 cos/sin's proved relative error bound; the cut-off below which |ρ| is listed; the guard in f32 patterns. */
export const BF16_TRIG_REL_ERROR = 2 ** -21;
export const BF16_TRIG_MIN_R = 2 ** -40;
export const BF16_TRIG_GUARD = 20;
const F32_TRIG_GUARD = BF16_TRIG_GUARD;
/** fp16 caches: the cut-off below which |ρ| is listed (keeps every certified value in fp16's normal range). */
export const FP16_TRIG_MIN_R = 2 ** -12;
/** The cache format the f32 cos/sin certifies for. */
type CacheTarget = "bf16" | "fp16";
/** Taylor coefficients −1/3!, 1/5!, −1/7!, 1/9! and −1/2!, 1/4!, −1/6!, 1/8!, rounded to f32. */
export const SIN_TAYLOR_F32 = [-1 / 6, 1 / 120, -1 / 5040, 1 / 362880].map(Math.fround);
export const COS_TAYLOR_F32 = [-1 / 2, 1 / 24, -1 / 720, 1 / 40320].map(Math.fround);

/** Interleaves two lists of statements (two independent computations), so that each one's latency hides behind the other's work. */
function zip(a: Bytes[], b: Bytes[]): Bytes {
  const out: Bytes = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) out.push(...(a[i] ?? []), ...(b[i] ?? []));
  return out;
}

/**
 * The cache-format cos/sin of four angles in locals a0 (lanes 0, 1) and a1 (lanes 2, 3), f64x2: leaves
 * the f32 approximations in `cosF`, `sinF` (quadrant applied), their RNE to the cache format (bf16 or
 * fp16, as f32 values) in `cos`, `sin`, and `certified` (an i32 expression) 1 when all eight are
 * certified. `reduction` (the angles to ρ and the quadrant q) and `finish` (the rest, from ρ and q alone)
 * may run as two passes; `stmts` is both in order.
 */
function f32Trig(
  f: Func,
  K: Hoisted,
  target: CacheTarget,
  f32Angles = false,
): { a0: number; a1: number; inRange32: number; rho: number; q: number; cosF: number; sinF: number; cos: number; sin: number; reduction: Bytes[]; finish: Bytes[]; stmts: Bytes[]; certified: Bytes } {
  const vec = (): number => f.local(V128);
  const [a0, a1, kf0, kf1, k, r0, r1, ok, rho, z, sn, cs, q, swap, cosF, sinF, t, cos, sin] = [vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec()];
  const [q31, signS, d] = [vec(), vec(), vec()];
  /** With f32Angles, the caller sets it to the f32 lanes' |a| ≤ 2^31 mask (the angles being f32 values, the same test as on their fp64 promotions). */
  const inRange32 = f32Angles ? vec() : -1;
  const f64 = { mul: (x: Bytes, y: Bytes): Bytes => simd(SIMD.f64x2_mul, x, y), add: (x: Bytes, y: Bytes): Bytes => simd(SIMD.f64x2_add, x, y), sub: (x: Bytes, y: Bytes): Bytes => simd(SIMD.f64x2_sub, x, y) };
  const mul = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f32x4_mul, x, y);
  const add = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f32x4_add, x, y);
  const [P1, P2, P3] = PIO2_PARTS;
  const reduce = (a: number, kf: number, r: number): Bytes[] => [
    set(kf, f64.add(f64.mul(get(a), K.f64x2(INV_PIO2)), K.f64x2(MAGIC))),
    set(k, f64.sub(get(kf), K.f64x2(MAGIC))),
    set(r, f64.sub(f64.sub(f64.sub(get(a), f64.mul(get(k), K.f64x2(P1))), f64.mul(get(k), K.f64x2(P2))), f64.mul(get(k), K.f64x2(P3)))),
  ];
  const inRange = (a: number): Bytes => simd(SIMD.f64x2_le, simd(SIMD.f64x2_abs, get(a)), K.f64x2(TRIG_MAX_ANGLE));
  const demote = (x: Bytes): Bytes => simd(SIMD.f32x4_demote_f64x2_zero, x);
  const horner = (coeffs: readonly number[], tail: Bytes): Bytes => {
    // c0 + z·(c1 + z·(… + z·cn)), tail = the innermost value cn as an expression.
    let e = tail;
    for (let i = coeffs.length - 1; i >= 0; i--) e = add(K.f32x4(coeffs[i]!), mul(get(z), e));
    return e;
  };
  const [s3, s5, s7, s9] = SIN_TAYLOR_F32 as [number, number, number, number];
  const [c2, c4, c6, c8] = COS_TAYLOR_F32 as [number, number, number, number];
  const SIGN = K.i32x4(0x80000000 | 0);
  // The pattern bits RNE to the cache format drops (16 for bf16, 13 for fp16's normal range) and their midpoint.
  const dropped = target === "bf16" ? 0xffff : 0x1fff;
  const midpoint = (dropped + 1) / 2;
  /** (bits + guard − midpoint) & dropped: at most 2·guard exactly when the dropped bits are within guard of the midpoint. */
  const distance = (v: number): Bytes => simd(SIMD.v128_and, simd(SIMD.i32x4_add, get(v), K.i32x4(F32_TRIG_GUARD - midpoint)), K.i32x4(dropped));
  /** RNE to the cache format of a lane whose dropped bits are not the midpoint: round half up on the magnitude. */
  const rne = (v: number): Bytes => simd(SIMD.v128_and, simd(SIMD.i32x4_add, get(v), K.i32x4(midpoint)), K.i32x4(~dropped));
  const reduction: Bytes[] = [
    ...reduce(a0, kf0, r0),
    ...reduce(a1, kf1, r1),
    // ρ, made NaN where |a| > 2^31 or a is NaN (the 64-bit masks' low halves, or the caller's f32 mask):
    // every lane the certification must list then has |ρ| < 2^−40 or ρ NaN.
    set(
      rho,
      simd(
        SIMD.v128_or,
        shuffle(demote(get(r0)), demote(get(r1)), lanes32(0, 1, 4, 5)),
        simd(SIMD.v128_andnot, K.i32x4(0x7fc00000), f32Angles ? get(inRange32) : shuffle(inRange(a0), inRange(a1), lanes32(0, 2, 4, 6))),
      ),
    ),
    set(q, shuffle(get(kf0), get(kf1), lanes32(0, 2, 4, 6))), // k mod 4 in the low bits
  ];
  // The second half, from ρ and q alone (so that a loop may run the halves as two passes).
  const finish: Bytes[] = [
    set(ok, simd(SIMD.f32x4_ge, simd(SIMD.f32x4_abs, get(rho)), K.f32x4(target === "bf16" ? BF16_TRIG_MIN_R : FP16_TRIG_MIN_R))),
    set(z, mul(get(rho), get(rho))),
    set(sn, add(get(rho), mul(mul(get(rho), get(z)), horner([s3, s5, s7], K.f32x4(s9))))),
    set(cs, add(K.f32x4(1), mul(get(z), horner([c2, c4, c6], K.f32x4(c8))))),
    // Odd k swaps cos and sin (d = (sn ⊕ cs) where k is odd, so x ⊕ d swaps); sin a < 0 for k ≡ 2, 3 (bit 1
    // of k), cos a < 0 for k ≡ 1, 2 (bit 1 of k + 1, which is bit 1 ⊕ bit 0 of k). q31: bit 0 of k in the
    // sign bit; swap: that bit in every bit of the lane.
    set(q31, simd(SIMD.i32x4_shl, get(q), i32c(31))),
    set(swap, simd(SIMD.i32x4_shr_s, get(q31), i32c(31))),
    set(signS, simd(SIMD.v128_and, simd(SIMD.i32x4_shl, get(q), i32c(30)), SIGN)),
    set(d, simd(SIMD.v128_and, simd(SIMD.v128_xor, get(sn), get(cs)), get(swap))),
    set(cosF, simd(SIMD.v128_xor, get(cs), simd(SIMD.v128_xor, get(d), simd(SIMD.v128_xor, get(signS), get(q31))))),
    set(sinF, simd(SIMD.v128_xor, get(sn), simd(SIMD.v128_xor, get(d), get(signS)))),
    set(t, simd(SIMD.v128_and, simd(SIMD.i32x4_min_u, distance(cosF), distance(sinF)), get(ok))),
    set(cos, rne(cosF)),
    set(sin, rne(sinF)),
  ];
  // t ≤ dropped: a signed comparison (one instruction on x86) is the unsigned one.
  const certified = simd(SIMD.i32x4_all_true, simd(SIMD.i32x4_gt_s, get(t), K.i32x4(2 * F32_TRIG_GUARD)));
  return { a0, a1, inRange32, rho, q, cosF, sinF, cos, sin, reduction, finish, stmts: [...reduction, ...finish], certified };
}
type F32Trig = ReturnType<typeof f32Trig>;

/** Appends e to the fails list. */
function list(e: Bytes, fails: number, nfail: number): Bytes {
  return [...i32store(i32add(get(fails), i32shl(get(nfail), i32c(2))), e), ...set(nfail, i32add(get(nfail), i32c(1)))];
}

/**
 * fp16 caches: a group the f32 cos/sin did not certify, recomputed from its angles (t.a0, t.a1) by the
 * fp64 cos/sin (trigReduce, trigFinish: certified fround(cos a), fround(sin a)), rounded to fp16 exactly
 * (fp16Pattern, then fp16Value) and stored at element e; listed in fails when the fp64 path does not
 * certify all four either. About 4% of groups need it.
 */
function fp16Recompute(f: Func, pool: ConstPool): (t: F32Trig, e: Bytes, cosOut: number, sinOut: number, fails: number, nfail: number) => Bytes {
  const red = trigReduce(f, pool);
  const fin = trigFinish(f, pool);
  const vec = (): number => f.local(V128);
  const [c0, s0, c1, s1, v, w, u] = [vec(), vec(), vec(), vec(), vec(), vec(), vec()];
  const ok = f.local(I32);
  const half = (a: number, c: number, sn: number): Bytes => [
    ...set(red.a, get(a)),
    ...red.code,
    ...set(fin.r, get(red.r)),
    ...set(fin.kf, get(red.kf)),
    ...set(fin.margin, get(red.margin)),
    ...fin.code,
    ...set(c, get(fin.cos)),
    ...set(sn, get(fin.sin)),
    ...set(ok, i32and(get(ok), fin.certified)),
  ];
  const fp16 = (dst: number, lo: number, hi: number): Bytes => [
    ...set(v, shuffle(get(lo), get(hi), lanes32(0, 1, 4, 5))),
    ...set(w, fp16Pattern(pool, v, w, u)),
    ...set(dst, fp16Value(pool, w, u)),
  ];
  return (t, e, cosOut, sinOut, fails, nfail) => [
    ...set(ok, i32c(1)),
    ...half(t.a0, c0, s0),
    ...half(t.a1, c1, s1),
    ...fp16(t.cos, c0, c1),
    ...fp16(t.sin, s0, s1),
    ...store(i32add(get(cosOut), i32shl(e, i32c(2))), get(t.cos)),
    ...store(i32add(get(sinOut), i32shl(e, i32c(2))), get(t.sin)),
    ...when(i32eqz(get(ok)), list(e, fails, nfail)),
  ];
}

/**
 * The loops of trigBf16, sincosBf16, trigFp16 and sincosFp16 over elements [0, n) (n % 4 = 0): eight
 * angles an iteration, two independent groups of four interleaved (one group's dependency chain alone,
 * about 100 cycles long, left the loop latency-bound), then a last group of four if n % 8 = 4.
 * angles(t, i) sets t.a0, t.a1 to the angles of elements i … i + 3. Each group's values are stored at
 * e0 + i; a group not certified is listed. With an fp16 cache the kernel then runs `recompute` once,
 * after all its loops: the listed groups recomputed (fp16Recompute; angleOf(t, e) sets t.a0, t.a1 to
 * the angles of elements e … e + 3), the list compacted to those that stay uncertified. A separate pass
 * keeps the recomputation's code and registers out of the main loop.
 * With twoPass (f32 angles: trigBf16's and trigFp16's), the multiples of eight take two passes: the
 * reduction of every angle, with ρ and q parked in cosOut and sinOut, then the polynomials and
 * certification reading them back. Each pass's chain per iteration is then short enough for the core to
 * overlap several iterations: 32 bf16 cache rows of 64 lanes took 4.25 µs instead of 5.45 µs on this
 * machine (an AMD EPYC, Node 20).
 */
/**
 * The two passes over groups of eight lanes (i from 0 to n8): the first runs `first`, which leaves both
 * halves' ρ and q in t0 and t1, and parks them in cosOut and sinOut; the second reads them back, runs the
 * polynomials and certification (finish) and stores each half through put(t, offset in the group).
 */
function twoPasses(
  i: number,
  n8: number,
  t0: F32Trig,
  t1: F32Trig,
  at: (out: number, o: number) => Bytes,
  cosOut: number,
  sinOut: number,
  first: Bytes[],
  put: (t: F32Trig, o: number) => Bytes,
): Bytes {
  return [
    ...forRange(i, i32c(0), get(n8), 8, ...first, store(at(cosOut, 0), get(t0.rho)), store(at(sinOut, 0), get(t0.q)), store(at(cosOut, 4), get(t1.rho)), store(at(sinOut, 4), get(t1.q))),
    ...forRange(
      i,
      i32c(0),
      get(n8),
      8,
      set(t0.rho, load(at(cosOut, 0))),
      set(t0.q, load(at(sinOut, 0))),
      set(t1.rho, load(at(cosOut, 4))),
      set(t1.q, load(at(sinOut, 4))),
      zip(t0.finish, t1.finish),
      put(t0, 0),
      put(t1, 4),
    ),
  ];
}

function f32TrigLoops(
  f: Func,
  pool: ConstPool,
  target: CacheTarget,
  i: number,
  n: Bytes,
  angles: (t: F32Trig, i: Bytes) => Bytes,
  e0: Bytes,
  cosOut: number,
  sinOut: number,
  fails: number,
  nfail: number,
  f32Angles = false,
  twoPass = false,
): { init: Bytes; loops: Bytes; recompute: (angleOf: (t: F32Trig, e: Bytes) => Bytes) => Bytes } {
  const K = hoister(f, pool);
  const t0 = f32Trig(f, K, target, f32Angles);
  const t1 = f32Trig(f, K, target, f32Angles);
  const n8 = f.local(I32);
  const e = (o: number): Bytes => i32add(i32add(e0, get(i)), i32c(o));
  const at = (out: number, o: number): Bytes => i32add(get(out), i32shl(e(o), i32c(2)));
  const put = (t: F32Trig, at: Bytes): Bytes => [
    ...store(i32add(get(cosOut), i32shl(at, i32c(2))), get(t.cos)),
    ...store(i32add(get(sinOut), i32shl(at, i32c(2))), get(t.sin)),
    ...when(i32eqz(t.certified), list(at, fails, nfail)),
  ];
  const recompute = (angleOf: (t: F32Trig, e: Bytes) => Bytes): Bytes => {
    if (target !== "fp16") return [];
    const redo = fp16Recompute(f, pool);
    const [m, listed, el] = [f.local(I32), f.local(I32), f.local(I32)];
    return [
      ...set(listed, get(nfail)),
      ...set(nfail, i32c(0)),
      ...forRange(m, i32c(0), get(listed), 1, set(el, i32load(i32add(get(fails), i32shl(get(m), i32c(2))))), angleOf(t0, get(el)), redo(t0, get(el), cosOut, sinOut, fails, nfail)),
    ];
  };
  const loops: Bytes = [
    ...set(n8, i32and(n, i32c(~7))),
    ...(twoPass
      ? [
          ...twoPasses(i, n8, t0, t1, at, cosOut, sinOut, [angles(t0, get(i)), angles(t1, i32add(get(i), i32c(4))), zip(t0.reduction, t1.reduction)], (t, o) => put(t, e(o))),
        ]
      : forRange(i, i32c(0), get(n8), 8, angles(t0, get(i)), angles(t1, i32add(get(i), i32c(4))), zip(t0.stmts, t1.stmts), put(t0, e(0)), put(t1, e(4)))),
    ...forRange(i, get(n8), n, 4, angles(t0, get(i)), t0.stmts.flat(), put(t0, e(0))),
  ];
  return { init: K.init.flat(), loops, recompute };
}

/**
 * trigBf16(theta, half, pins, rows, cosOut, sinOut, fails) → number of listed groups: trigFp32's angles
 * a = fround(pins[q] · theta[i]) (half % 4 = 0), here from f32 arrays theta and pins (an f32 product of
 * f32 values is fround of the exact product, which is trigFp32's fp64 product rounded once more), but
 * cosOut[e] = RNE_bf16(fround(cos a)) (f32 lanes holding bf16 values), same for sin, e = q·half + i,
 * except groups of four listed in fails, which the caller recomputes (fround(Math.cos(a)), then the
 * cache stage's rounding). trigFp16: the same with RNE_fp16 (f32 lanes holding fp16 values).
 */
function trigCacheFunc(K: ConstPool, target: CacheTarget): Func {
  const { f, p: params } = kernelFunc(target === "bf16" ? "trigBf16" : "trigFp16");
  const { theta, half, pins, rows, cosOut, sinOut, fails } = params;
  const q = f.local(I32);
  const i = f.local(I32);
  const e = f.local(I32);
  const nfail = f.local(I32);
  const p = f.local(V128);
  const a32 = f.local(V128);
  // Four f32 angles, their range mask, then the angles widened to two f64x2.
  const angles = (t: F32Trig, at: Bytes): Bytes => [
    ...set(a32, simd(SIMD.f32x4_mul, get(p), load(i32add(get(theta), i32shl(at, i32c(2)))))),
    ...set(t.inRange32, simd(SIMD.f32x4_le, simd(SIMD.f32x4_abs, get(a32)), K.f32x4(TRIG_MAX_ANGLE))),
    ...set(t.a0, simd(SIMD.f64x2_promote_low_f32x4, get(a32))),
    ...set(t.a1, simd(SIMD.f64x2_promote_low_f32x4, shuffle(get(a32), get(a32), lanes32(2, 3, 2, 3)))),
  ];
  const { init, loops, recompute } = f32TrigLoops(f, K, target, i, get(half), angles, get(e), cosOut, sinOut, fails, nfail, true, true);
  const rowAngle = (row: Bytes): Bytes => set(p, simd(SIMD.f32x4_splat, f32load(i32add(get(pins), i32shl(row, i32c(2))))));
  f.body = [
    ...init,
    ...set(nfail, i32c(0)),
    ...set(e, i32c(0)),
    ...forRange(q, i32c(0), get(rows), 1, rowAngle(get(q)), loops, set(e, i32add(get(e), get(half)))),
    // Element el of the listed group: row el / half, pair el mod half.
    ...recompute((t, el) => [...rowAngle(i32divU(el, get(half))), ...angles(t, i32remU(el, get(half)))]),
    ...get(nfail),
  ];
  return f;
}

export const trigBf16Func = (K: ConstPool): Func => trigCacheFunc(K, "bf16");

/**
 * fp16 caches with f32 angles below 2^16 in magnitude (positions below 2^16, or larger ones at the lower
 * frequencies): the reduction in f32 lanes, four angles per instruction instead of two, with
 * π/2 = C1 + C2 + C3 + C4 + O(2^−54) (C1 = 201·2^−7, C2 = 127·2^−18, C3 = −172·2^−28: at most 8
 * significant bits each; C4 = fround of the rest, ≈ 9.92·10^−10). For an f32 angle a, |a| < 2^16:
 *   k — fl(fl(a·fround(2/π)) + 1.5·2^23) − 1.5·2^23, an integer (|a·2/π| < 2^22: the sum's spacing is 1)
 *     with |k − a·2/π| ≤ 0.5 + 2^16·2^−23 < 0.51, so |k| < 41,723 < 2^16 and |r| = |a − kπ/2| ≤ 0.794;
 *     the low bits of the sum's pattern are k mod 4.
 *   r1 = a − k·C1, r2 = r1 − k·C2 are exact: k·Cᵢ has at most 16 + 8 bits; for k ≠ 0 (|a| > 0.78, so
 *     ulp(a) ≥ 2^−24) r1 is a multiple of ulp(a) with |r1| ≤ 0.794 + |k|·4.84·10^−4 < 2^(⌊log2|a|⌋+1)
 *     (at most 24 bits of ulp(a)), and r2 a multiple of 2^−24 with |r2| ≤ 0.794 + |k|·6.4·10^−7 < 1.
 *   r3 = fl(r2 − k·C3) (k·C3 exact): |r3| ≤ |r| + |k|·|C4| + 2^−38 ≤ |r| + 4.2·10^−5, rounding error
 *     ≤ u·|r3| (u = 2^−24); ρ = fl(r3 − fl(k·C4)): errors ≤ u·4.2·10^−5 and u·|ρ|; the rest of π/2
 *     beyond C4 (< 2^−54) times |k| is < 2^−38.
 *   On the lanes the certification keeps (|ρ| ≥ 2^−12 = FP16_TRIG_MIN_R, so |r| > 0.99·2^−12, and
 *     2^−38, 4.2·10^−5·u are below 0.25u·|r|, 0.17u·|r|): |ρ − r| ≤ (1.17 + 0.17 + 0.25 + 1.01)u·|r| <
 *     2.7u·|r|, where the fp64 reduction gives 1.07u. Carried through the error budget above with
 *     |ρ| ≤ 0.794 (|sin r| ≥ 0.898·|r|, cos r ≥ 0.70, the truncation terms growing by under 10%): sin's
 *     error ≤ (2.7 − 1.07 + 2.7 + 0.1)u·|r| ≤ 5u·|sin r|, cos's ≤ (3.5 − 0.66 + 2.7·0.794·0.714 +
 *     0.1)u ≤ 6.3u·|cos r|, both within ε = 8u, so certification and the guard are unchanged.
 * Groups of eight angles with any |a| ≥ 2^16 (or NaN) take f32Trig's fp64 reduction instead.
 */
export const FP16_PIO2_F32 = [201 * 2 ** -7, 127 * 2 ** -18, -172 * 2 ** -28, 9.92093629470503e-10] as const;
/** Largest |angle| (exclusive) of the f32 reduction; the fround(2/π) and 1.5·2^23 it uses. */
export const FP16_F32_REDUCE_MAX = 2 ** 16;
const INV_PIO2_F32 = Math.fround(2 / Math.PI);
const MAGIC_F32 = 1.5 * 2 ** 23;

/** The f32 reduction above of the four angles in local a (every |a| < 2^16) into locals rho and q (k mod 4 in the low bits). */
function fp16Reduce32(f: Func, K: Hoisted): (a: number, rho: number, q: number) => Bytes {
  const [kf, kk] = [f.local(V128), f.local(V128)];
  const mul = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f32x4_mul, x, y);
  const sub = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f32x4_sub, x, y);
  const [C1, C2, C3, C4] = FP16_PIO2_F32;
  return (a, rho, q) => [
    ...set(kf, simd(SIMD.f32x4_add, mul(get(a), K.f32x4(INV_PIO2_F32)), K.f32x4(MAGIC_F32))),
    ...set(kk, sub(get(kf), K.f32x4(MAGIC_F32))),
    ...set(q, get(kf)),
    ...set(rho, sub(sub(sub(sub(get(a), mul(get(kk), K.f32x4(C1))), mul(get(kk), K.f32x4(C2))), mul(get(kk), K.f32x4(C3))), mul(get(kk), K.f32x4(C4)))),
  ];
}

/** reduceFp16F32(ang, n, out): fp16Reduce32 of n f32 angles (n % 4 = 0, each |a| < 2^16), ρ at out[i] (f32), the quadrant word at out[n + i] (tests of the bound). */
export function reduceFp16F32Func(pool: ConstPool): Func {
  const { f, p: params } = kernelFunc("reduceFp16F32");
  const { ang, n, out } = params;
  const i = f.local(I32);
  const [a, rho, q] = [f.local(V128), f.local(V128), f.local(V128)];
  const K = hoister(f, pool);
  const reduce = fp16Reduce32(f, K);
  const at = (base: Bytes): Bytes => i32add(base, i32shl(get(i), i32c(2)));
  const loop = forRange(i, i32c(0), get(n), 4, set(a, load(at(get(ang)))), reduce(a, rho, q), store(at(get(out)), get(rho)), store(at(i32add(get(out), i32shl(get(n), i32c(2)))), get(q)));
  f.body = [...K.init.flat(), ...loop]; // after the loop's code, which fills K.init
  return f;
}

/**
 * trigFp16(theta, half, pins, rows, cosOut, sinOut, fails, counts) → number of listed groups: trigBf16's
 * contract with RNE_fp16 (trigCacheFunc), on f32TrigLoops' passes, except that the first pass reduces a
 * group of eight angles all below 2^16 in magnitude in f32 lanes (FP16_PIO2_F32), and any other group
 * with f32Trig's fp64 reduction; the number of groups reduced in f32 is stored as an i32 at counts.
 */
export function trigFp16Func(pool: ConstPool): Func {
  const { f, p: params } = kernelFunc("trigFp16");
  const { theta, half, pins, rows, cosOut, sinOut, fails, counts } = params;
  const [q, i, e, nfail, n8, small, reduced32] = [f.local(I32), f.local(I32), f.local(I32), f.local(I32), f.local(I32), f.local(I32), f.local(I32)];
  const p = f.local(V128);
  const [a32, b32] = [f.local(V128), f.local(V128)];
  const K = hoister(f, pool);
  const t0 = f32Trig(f, K, "fp16", true);
  const t1 = f32Trig(f, K, "fp16", true);
  const mul = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f32x4_mul, x, y);
  const reduce = fp16Reduce32(f, K);
  const elem = (o: number): Bytes => i32add(i32add(get(e), get(i)), i32c(o));
  const at = (out: number, o: number): Bytes => i32add(get(out), i32shl(elem(o), i32c(2)));
  const thetaAt = (o: Bytes): Bytes => load(i32add(get(theta), i32shl(o, i32c(2))));
  /** The four f32 angles p·θ at element o of the row into local a. */
  const angle32 = (a: number, o: Bytes): Bytes => set(a, mul(get(p), thetaAt(o)));
  /** f32Trig's fp64 reduction of the f32 angles in local a (range mask, the two f64x2 halves). */
  const reduce64 = (t: F32Trig, a: number): Bytes => [
    ...set(t.inRange32, simd(SIMD.f32x4_le, simd(SIMD.f32x4_abs, get(a)), K.f32x4(TRIG_MAX_ANGLE))),
    ...set(t.a0, simd(SIMD.f64x2_promote_low_f32x4, get(a))),
    ...set(t.a1, simd(SIMD.f64x2_promote_low_f32x4, shuffle(get(a), get(a), lanes32(2, 3, 2, 3)))),
    ...t.reduction.flat(),
  ];
  const reduce32 = (t: F32Trig, a: number): Bytes => reduce(a, t.rho, t.q);
  const below = (a: number): Bytes => simd(SIMD.f32x4_lt, simd(SIMD.f32x4_abs, get(a)), K.f32x4(FP16_F32_REDUCE_MAX));
  const put = (t: F32Trig, o: number): Bytes => [
    ...store(at(cosOut, o), get(t.cos)),
    ...store(at(sinOut, o), get(t.sin)),
    ...when(i32eqz(t.certified), list(elem(o), fails, nfail)),
  ];
  const rowLoops: Bytes = [
    ...set(n8, i32and(get(half), i32c(~7))),
    // Pass 1 reduces each group in f32 or fp64; pass 2 the polynomials and certification.
    ...twoPasses(
      i,
      n8,
      t0,
      t1,
      at,
      cosOut,
      sinOut,
      [
        angle32(a32, get(i)),
        angle32(b32, i32add(get(i), i32c(4))),
        set(small, simd(SIMD.i32x4_all_true, simd(SIMD.v128_and, below(a32), below(b32)))),
        when(get(small), reduce32(t0, a32), reduce32(t1, b32), set(reduced32, i32add(get(reduced32), i32c(1)))),
        when(i32eqz(get(small)), reduce64(t0, a32), reduce64(t1, b32)),
      ],
      put,
    ),
    // A last group of four (half % 8 = 4): in one pass, fp64 reduction.
    ...forRange(i, get(n8), get(half), 4, angle32(a32, get(i)), reduce64(t0, a32), t0.finish.flat(), put(t0, 0)),
  ];
  const rowAngle = (row: Bytes): Bytes => set(p, simd(SIMD.f32x4_splat, f32load(i32add(get(pins), i32shl(row, i32c(2))))));
  // Element el of a listed group: row el / half, pair el mod half (fp16Recompute's angles, in fp64).
  const redo = fp16Recompute(f, pool);
  const [m, listed, el] = [f.local(I32), f.local(I32), f.local(I32)];
  const recompute: Bytes = [
    ...set(listed, get(nfail)),
    ...set(nfail, i32c(0)),
    ...forRange(
      m,
      i32c(0),
      get(listed),
      1,
      set(el, i32load(i32add(get(fails), i32shl(get(m), i32c(2))))),
      rowAngle(i32divU(get(el), get(half))),
      angle32(a32, i32remU(get(el), get(half))),
      set(t0.inRange32, simd(SIMD.f32x4_le, simd(SIMD.f32x4_abs, get(a32)), K.f32x4(TRIG_MAX_ANGLE))),
      set(t0.a0, simd(SIMD.f64x2_promote_low_f32x4, get(a32))),
      set(t0.a1, simd(SIMD.f64x2_promote_low_f32x4, shuffle(get(a32), get(a32), lanes32(2, 3, 2, 3)))),
      redo(t0, get(el), cosOut, sinOut, fails, nfail),
    ),
  ];
  f.body = [
    ...K.init.flat(),
    ...set(nfail, i32c(0)),
    ...set(e, i32c(0)),
    ...set(reduced32, i32c(0)),
    ...forRange(q, i32c(0), get(rows), 1, rowAngle(get(q)), rowLoops, set(e, i32add(get(e), get(half)))),
    // How many groups of eight took the f32 reduction, for the caller's counters (tests assert it ran).
    ...i32store(get(counts), get(reduced32)),
    ...recompute,
    ...get(nfail),
  ];
  return f;
}

/** sincosBf16(ang, n, cosOut, sinOut, fails) → number of listed groups: trigBf16 on given fp64 angles (n % 4 = 0); sincosFp16 the same as trigFp16. */
function sincosCacheFunc(K: ConstPool, target: CacheTarget): Func {
  const { f, p: params } = kernelFunc(target === "bf16" ? "sincosBf16" : "sincosFp16");
  const { ang, n, cosOut, sinOut, fails } = params;
  const i = f.local(I32);
  const nfail = f.local(I32);
  const at = (e: Bytes, o: number): Bytes => load(i32add(get(ang), i32shl(e, i32c(3))), o);
  const angles = (t: F32Trig, e: Bytes): Bytes => [...set(t.a0, at(e, 0)), ...set(t.a1, at(e, 16))];
  const { init, loops, recompute } = f32TrigLoops(f, K, target, i, get(n), angles, i32c(0), cosOut, sinOut, fails, nfail);
  f.body = [...init, ...set(nfail, i32c(0)), ...loops, ...recompute(angles), ...get(nfail)];
  return f;
}

export const sincosBf16Func = (K: ConstPool): Func => sincosCacheFunc(K, "bf16");
export const sincosFp16Func = (K: ConstPool): Func => sincosCacheFunc(K, "fp16");

/** sincosF32Raw(ang, n, out): the f32 approximations f before certification, cos at out[i], sin at out[n + i] (f32), n % 4 = 0 (tests of ε). */
export function sincosF32RawFunc(pool: ConstPool): Func {
  const { f, p: params } = kernelFunc("sincosF32Raw");
  const { ang, n, out } = params;
  const i = f.local(I32);
  const K = hoister(f, pool);
  const t = f32Trig(f, K, "bf16");
  const at = (o: number): Bytes => load(i32add(get(ang), i32shl(get(i), i32c(3))), o);
  const outAt = (base: Bytes): Bytes => i32add(base, i32shl(get(i), i32c(2)));
  f.body = [
    ...K.init.flat(),
    ...forRange(i, i32c(0), get(n), 4, set(t.a0, at(0)), set(t.a1, at(16)), t.stmts.flat(), store(outAt(get(out)), get(t.cosF)), store(outAt(i32add(get(out), i32shl(get(n), i32c(2)))), get(t.sinF))),
  ];
  return f;
}
