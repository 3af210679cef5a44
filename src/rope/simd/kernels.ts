/**
 * WebAssembly SIMD kernels for bf16 per-op RoPE pipelines (cache bf16, rotation per op in bf16, no FMA,
 * output bf16), written with the emitter in wasm-emit.ts. emulate.ts drives them block by block and runs
 * the scalar reference for everything they decline; every function here either reproduces the scalar
 * path bit for bit or reports the lanes/rows it cannot vouch for:
 *
 *  sincos      fround(cos a), fround(sin a) by a fast fp64 cos/sin with a proved error bound; lanes whose
 *              fp32 rounding it cannot certify are listed, and the caller recomputes them with Math.cos.
 *  trigFp32    the same, fused with the angle stage fround(p · θᵢ) of pipelines whose angle is fp32.
 *  sincosRaw   the fp64 cos/sin before certification (tests of the error bound).
 *  cacheBf16   the cache stage: times the attention factor in fp32, RNE to bf16, range check per row.
 *  rotate*     the rotation of a block of rows (neox or gptj pairs) with a per-row input check; output in
 *              f32 lanes (the caller widens them) or, *64, fp64 written in place.
 *
 * ─── Rotation: why fp32 lanes give the bf16 per-op result ────────────────────────────────────────────
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
 */
import {
  type Bytes,
  ConstPool,
  F32,
  Func,
  I32,
  V128,
  emitModule,
  f64load,
  forRange,
  get,
  i32add,
  i32c,
  i32and,
  i32eqz,
  i32geU,
  i32sub,
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

// ─── Ranges of the rotation's fast path (see the module comment) ─────────────────────────────────────
/** Non-zero |x| must be in [X_MIN, X_MAX); non-zero |c|, |s| in [CS_MIN, CS_MAX). */
export const X_MIN = 2 ** -50;
export const X_MAX = 2 ** 96;
export const CS_MIN = 2 ** -50;
export const CS_MAX = 2 ** 8;
/** f32 pattern of 2^e shifted left by one (the key the range checks compare). */
const key = (e: number): number => ((127 + e) << 24) | 0;
/** Low 45 bits of an fp64: zero exactly when the value has ≤ 8 significant bits. */
const LOW45 = (1n << 45n) - 1n;
const VELTKAMP = 65537; // 2^16 + 1

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

/** Bytes at the start of the kernels' memory that hold their constants; callers lay out data after them. */
export const KERNEL_DATA_BYTES = 1024;

/** Pages (64 KiB) a shared kernel memory may have (WebAssembly's 4 GiB limit). */
const MAX_PAGES = 65536;

/**
 * The module's bytes, and its constant pool's bytes (a memory the module imports must hold them:
 * createKernelMemory writes them). Every builder below takes the pool its code loads constants from.
 */
function build(memory: "own" | "imported-shared"): { bytes: Uint8Array; data: Uint8Array } {
  const K = new ConstPool();
  const funcs: Func[] = [];

  // ── sincos(ang, n, cosOut, sinOut, fails, scratch) → number of listed groups. For i < n (n % 4 = 0):
  //    cosOut[i] = fround(cos ang[i]) (f32), same for sin, except groups of four i..i+3 listed in fails
  //    (i32), which the caller recomputes. scratch: 24·min(n, 256) bytes.
  {
    const f = new Func("sincos", [I32, I32, I32, I32, I32, I32], [I32]);
    const [ang, n, cosOut, sinOut, fails, scratch] = [0, 1, 2, 3, 4, 5];
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
    funcs.push(f);
  }

  // ── trigFp32(theta, half, pins, rows, cosOut, sinOut, fails, scratch) → number of listed groups.
  //    Angles of pipelines whose angle result format is fp32: for cache row q and pair i (half % 4 = 0),
  //    a = fround(pins[q] · theta[i]) (fp64 arrays; the fp64 product rounded once more to fp32, exactly
  //    Math.fround(p * θ)), then as sincos with element e = q·half + i. scratch: 24·half bytes.
  {
    const f = new Func("trigFp32", [I32, I32, I32, I32, I32, I32, I32, I32], [I32]);
    const [theta, half, pins, rows, cosOut, sinOut, fails, scratch] = [0, 1, 2, 3, 4, 5, 6, 7];
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
    funcs.push(f);
  }

  // ── sincosRaw(ang, n, out): the fast cos/sin before certification, for tests of the error bound:
  //    out[i] = f ≈ cos ang[i], out[n + i] ≈ sin ang[i] (fp64), i < n, n even.
  {
    const f = new Func("sincosRaw", [I32, I32, I32], []);
    const [ang, n, out] = [0, 1, 2];
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
    funcs.push(f);
  }

  // ── cacheBf16(cos, sinDelta, rows, rowBytes, af, flags) → number of flagged rows. Cache row q holds
  //    rowBytes of f32 cos at cos + q·rowBytes and its sin at sinDelta bytes further. Every value is
  //    multiplied by af in f32 (= fround(c·af): c·af is exact in fp64) and rounded to bf16; flags[q] = 1
  //    unless every non-zero |value| of the row is in [CS_MIN, CS_MAX) (a NaN fails too).
  {
    const f = new Func("cacheBf16", [I32, I32, I32, I32, F32, I32], [I32]);
    const [cos, sinDelta, rows, rowBytes, af, flags] = [0, 1, 2, 3, 4, 5];
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
    const roundAndTrack = (addr: Bytes): Bytes => [
      ...set(b, simd(SIMD.f32x4_mul, load(addr), get(afv))),
      ...set(b, bf16Rne(K, get(b))),
      ...store(addr, get(b)),
      ...set(u, simd(SIMD.i32x4_shl, get(b), i32c(1))),
      ...set(mx, simd(SIMD.i32x4_max_u, get(mx), get(u))),
      ...set(mn, simd(SIMD.i32x4_min_u, get(mn), simd(SIMD.i32x4_sub, get(u), K.i32x4(1)))),
    ];
    f.body = [
      ...set(afv, simd(SIMD.f32x4_splat, get(af))),
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
        set(flag, [...inRange(K, get(mx), get(mn), Math.log2(CS_MIN), Math.log2(CS_MAX)), 0x45]),
        i32store(i32add(get(flags), i32shl(get(row), i32c(2))), get(flag)),
        set(nflag, i32add(get(nflag), get(flag))),
      ),
      ...get(nflag),
    ];
    funcs.push(f);
  }

  funcs.push(rotateFunc(K, "rotateNeox", "neox", "f32"), rotateFunc(K, "rotateGptj", "gptj", "f32"));
  funcs.push(rotateFunc(K, "rotateNeox64", "neox", "f64"), rotateFunc(K, "rotateGptj64", "gptj", "f64"));
  funcs.push(rotateBitsFunc(K, "rotateBitsNeox", "neox"), rotateBitsFunc(K, "rotateBitsGptj", "gptj"));
  if (K.data.length > KERNEL_DATA_BYTES) throw new Error("kernels: constant pool larger than KERNEL_DATA_BYTES");
  const data = K.data;
  return { bytes: emitModule(funcs, memory === "own" ? { kind: "own", pages: 1, data } : { kind: "imported-shared", maxPages: MAX_PAGES }), data };
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

/** i32: 1 when every key max (mx) is below 2^hi and every key − 1 min (mn) is at least key(2^lo) − 1. */
function inRange(K: ConstPool, mx: Bytes, mn: Bytes, lo: number, hi: number): Bytes {
  return simd(SIMD.i32x4_all_true, simd(SIMD.v128_and, simd(SIMD.i32x4_lt_u, mx, K.i32x4(key(hi))), simd(SIMD.i32x4_ge_u, mn, K.i32x4(key(lo) - 1))));
}

/** Locals of the per-op bf16 rotation of four pairs (bf16Rotation). */
interface RotationLocals {
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
}

/**
 * Pairs j + o … j + o + 3 (o a constant) of bf16 values in f32 lanes xa, xb: loads their cos and sin
 * and leaves ya = r(r(xa·c) − r(xb·s)), yb = r(r(xa·s) + r(xb·c)) (see the header for why f32 lanes give
 * the per-op bf16 result), r being Veltkamp's RNE to bf16: γ = v·C; γ − (γ − v).
 */
function bf16Rotation(l: RotationLocals, o: number): Bytes {
  const mul = (a: Bytes, b: Bytes): Bytes => simd(SIMD.f32x4_mul, a, b);
  const r = (v: Bytes): Bytes => [...set(l.tmp, v), ...simd(SIMD.f32x4_sub, tee(l.g, mul(get(l.tmp), get(l.velt))), simd(SIMD.f32x4_sub, get(l.g), get(l.tmp)))];
  return [
    ...set(l.c, load(i32add(get(l.cs), i32shl(get(l.j), i32c(2))), 4 * o)),
    ...set(l.s, load(i32add(i32add(get(l.cs), get(l.sinDelta)), i32shl(get(l.j), i32c(2))), 4 * o)),
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
function rotateFunc(K: ConstPool, name: string, layout: "neox" | "gptj", output: "f32" | "f64"): Func {
  const f = new Func(name, [I32, I32, I32, I32, I32, I32, I32, I32, I32], [I32]);
  const [rows, headDim, half, rotaryDim, x, y, slots, sinDelta, bad] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const row = f.local(I32);
  const j = f.local(I32);
  const nbad = f.local(I32);
  const xr = f.local(I32); // byte address of the row in x
  const yr = f.local(I32);
  const cs = f.local(I32); // cos of pair j at cs + 4j, sin at cs + sinDelta + 4j
  const rowBytes = f.local(I32);
  const vec = (): number => f.local(V128);
  const [ors, mx, mn, xa, xb, c, s, ua, ub, tmp, g, ya, yb, v0, v1, velt] = [vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec()];

  const demote = (v: Bytes): Bytes => simd(SIMD.f32x4_demote_f64x2_zero, v);
  const or = (a: Bytes, b: Bytes): Bytes => simd(SIMD.v128_or, a, b);
  /** Accumulates the range keys of two f32 vectors of inputs. */
  const track = (p: number, q: number): Bytes => [
    ...set(ua, simd(SIMD.i32x4_shl, get(p), i32c(1))),
    ...set(ub, simd(SIMD.i32x4_shl, get(q), i32c(1))),
    ...set(mx, simd(SIMD.i32x4_max_u, get(mx), simd(SIMD.i32x4_max_u, get(ua), get(ub)))),
    ...set(mn, simd(SIMD.i32x4_min_u, get(mn), simd(SIMD.i32x4_min_u, simd(SIMD.i32x4_sub, get(ua), K.i32x4(1)), simd(SIMD.i32x4_sub, get(ub), K.i32x4(1))))),
  ];
  /** Pairs j + o … j + o + 3 (o a constant): loads, rotation and stores. */
  const rotatePairs = (o: number): Bytes => bf16Rotation({ j, cs, sinDelta, xa, xb, c, s, tmp, g, velt, ya, yb }, o);
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

  f.body = [
    ...set(velt, K.f32x4(VELTKAMP)),
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
      forRange(j, i32c(0), get(half), 4, pairs(0)),
      forRange(j, get(rotaryDim), get(headDim), 2, tail),
      when(
        i32or(simd(SIMD.v128_any_true, simd(SIMD.v128_and, get(ors), K.i64x2(LOW45))), [...inRange(K, get(mx), get(mn), Math.log2(X_MIN), Math.log2(X_MAX)), 0x45]),
        i32store(i32add(get(bad), i32shl(get(nbad), i32c(2))), get(row)),
        set(nbad, i32add(get(nbad), i32c(1))),
      ),
    ),
    ...get(nbad),
  ];
  return f;
}

/** Key of 2^e among bf16 patterns shifted left by one in 16-bit lanes (sign dropped), as `key` for f32. */
const key16 = (e: number): number => (127 + e) << 8;
/** An i16x8 constant: n in every 16-bit lane. */
const i16x8 = (K: ConstPool, n: number): Bytes => K.i32x4((n & 0xffff) * 0x10001);

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
function rotateBitsFunc(K: ConstPool, name: string, layout: "neox" | "gptj"): Func {
  const f = new Func(name, [I32, I32, I32, I32, I32, I32, I32, I32, I32], [I32]);
  const [rows, headDim, half, rotaryDim, x, y, slots, sinDelta, bad] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const row = f.local(I32);
  const j = f.local(I32);
  const nbad = f.local(I32);
  const xr = f.local(I32); // byte address of the row in x (and, rows being the same size, in y: yr)
  const yr = f.local(I32);
  const cs = f.local(I32);
  const w = f.local(I32);
  const vec = (): number => f.local(V128);
  const [mx, mn, xa, xb, c, s, tmp, g, ya, yb, v, k, velt, one] = [vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec()];
  const rot = { j, cs, sinDelta, xa, xb, c, s, tmp, g, velt, ya, yb };
  /** Accumulates the range keys of the eight patterns in v. */
  const track: Bytes = [
    ...set(k, simd(SIMD.i16x8_shl, get(v), i32c(1))),
    ...set(mx, simd(SIMD.i16x8_max_u, get(mx), get(k))),
    ...set(mn, simd(SIMD.i16x8_min_u, get(mn), simd(SIMD.i16x8_sub, get(k), get(one)))),
  ];
  const at = (base: number, e: Bytes): Bytes => i32add(get(base), i32shl(e, i32c(1)));
  /** Byte indices moving four u16 patterns (from byte `from` of v) to the high halves of 32-bit lanes. */
  const widen = (from: number): Bytes =>
    simd(SIMD.i8x16_swizzle, get(v), K.v128(new Int32Array([0, 1, 2, 3].map((q) => (0x8080 | ((from + 2 * q) << 16) | ((from + 2 * q + 1) << 24)) | 0))));
  /** The high halves of ya's and yb's lanes as eight u16: ya's four, then yb's. */
  const narrow = (): Bytes => simd(SIMD.i16x8_narrow_i32x4_u, simd(SIMD.i32x4_shr_u, get(ya), i32c(16)), simd(SIMD.i32x4_shr_u, get(yb), i32c(16)));
  let pairs: Bytes;
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
    ...set(nbad, i32c(0)),
    ...forRange(
      row,
      i32c(0),
      get(rows),
      1,
      set(xr, i32add(get(x), i32shl(i32mul(get(row), get(headDim)), i32c(1)))),
      set(yr, i32add(get(y), i32shl(i32mul(get(row), get(headDim)), i32c(1)))),
      set(cs, i32load(i32add(get(slots), i32shl(get(row), i32c(2))))),
      set(mx, K.i32x4(0)),
      set(mn, K.i32x4(-1)),
      forRange(j, i32c(0), get(half), 4, pairs),
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

/**
 * The slice of the WebAssembly JS API used here. TypeScript's lib "ES2022" (tsconfig) has no WebAssembly
 * declarations and @types/node does not add them, so they are declared for this module only.
 */
export interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  grow(pages: number): number;
}
interface WasmModule {
  readonly __brand?: "WebAssembly.Module";
}
declare const WebAssembly:
  | {
      validate(bytes: Uint8Array): boolean;
      Module: new (bytes: Uint8Array) => WasmModule;
      Instance: new (module: WasmModule, imports: object) => { exports: unknown };
      Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
    }
  | undefined;

/** The compiled module's exports. */
export interface Bf16Kernels {
  memory: WasmMemory;
  sincos(ang: number, n: number, cosOut: number, sinOut: number, fails: number, scratch: number): number;
  trigFp32(theta: number, half: number, pins: number, rows: number, cosOut: number, sinOut: number, fails: number, scratch: number): number;
  sincosRaw(ang: number, n: number, out: number): void;
  cacheBf16(cos: number, sinDelta: number, rows: number, rowBytes: number, af: number, flags: number): number;
  rotateNeox(rows: number, headDim: number, half: number, rotaryDim: number, x: number, y: number, slots: number, sinDelta: number, bad: number): number;
  rotateGptj(rows: number, headDim: number, half: number, rotaryDim: number, x: number, y: number, slots: number, sinDelta: number, bad: number): number;
  rotateNeox64(rows: number, headDim: number, half: number, rotaryDim: number, x: number, y: number, slots: number, sinDelta: number, bad: number): number;
  rotateGptj64(rows: number, headDim: number, half: number, rotaryDim: number, x: number, y: number, slots: number, sinDelta: number, bad: number): number;
  rotateBitsNeox(rows: number, headDim: number, half: number, rotaryDim: number, x: number, y: number, slots: number, sinDelta: number, bad: number): number;
  rotateBitsGptj(rows: number, headDim: number, half: number, rotaryDim: number, x: number, y: number, slots: number, sinDelta: number, bad: number): number;
}

interface Compiled {
  module: WasmModule;
  /** The constant pool's bytes. */
  data: Uint8Array;
}

/**
 * Each module variant compiled once per thread: a memo of a pure function of the variant (the same bytes
 * every time), written once and never changed; null where WebAssembly SIMD is unavailable.
 */
const compiled: { own?: Compiled | null; shared?: Compiled | null } = {};

/** The module's bytes (exported for tests). */
export function kernelBytes(memory: "own" | "imported-shared" = "own"): Uint8Array {
  return build(memory).bytes;
}

function compile(memory: "own" | "imported-shared"): Compiled | null {
  const key = memory === "own" ? "own" : "shared";
  let m = compiled[key];
  if (m === undefined) {
    m = null;
    try {
      const { bytes, data } = build(memory);
      if (typeof WebAssembly === "object" && WebAssembly.validate(bytes)) m = { module: new WebAssembly.Module(bytes), data };
    } catch {
      m = null;
    }
    compiled[key] = m;
  }
  return m;
}

/**
 * A fresh instance, or null where WebAssembly SIMD is unavailable: with its own memory, or on a shared
 * memory from createKernelMemory (several instances, in several workers, may share one; each must then
 * keep its data in its own region of it).
 */
export function instantiateKernels(memory?: WasmMemory): Bf16Kernels | null {
  const m = compile(memory === undefined ? "own" : "imported-shared");
  if (m === null || WebAssembly === undefined) return null;
  return new WebAssembly.Instance(m.module, memory === undefined ? {} : { env: { memory } }).exports as Bf16Kernels;
}

/**
 * A shared WebAssembly memory of at least `bytes` bytes (fixed size) for instantiateKernels: the kernels'
 * constants fill its first KERNEL_DATA_BYTES; callers place their arrays and each kernel's region after
 * them. Its buffer is a SharedArrayBuffer that worker_threads can share. Null where WebAssembly SIMD or
 * shared memory is unavailable.
 */
export function createKernelMemory(bytes: number): WasmMemory | null {
  const m = compile("imported-shared");
  if (m === null || WebAssembly === undefined) return null;
  const pages = Math.ceil((bytes + KERNEL_DATA_BYTES) / 65536);
  if (pages > MAX_PAGES) throw new RangeError(`createKernelMemory: ${bytes} bytes exceed WebAssembly's 4 GiB`);
  try {
    const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
    new Uint8Array(memory.buffer).set(m.data);
    return memory;
  } catch {
    return null;
  }
}
