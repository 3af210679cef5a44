/**
 * The WebAssembly SIMD kernels of one attention row under an fp32 score (score.ts with accumulate fp32,
 * a blocked or sequential order, fp32 or fp64 logits and an fp32 softmax), on inputs the host has proved
 * safe (fused-rows.ts). Each kernel computes, bit for bit, what the scalar code of score.ts and
 * shift-rows.ts computes:
 *
 *  - logitsF32: for keys on a grid of at most 12 significant bits with magnitudes in [2^−60, 2^56) (or
 *    zero) and the same for the query — bf16, fp16 and fp8 values all are — every product q_t·k_t has at
 *    most 24 significant bits and lies in [2^−120, 2^112): it is exact in f32. The scalar code rounds
 *    fround(bs + q_t·k_t) from an fp64 sum of two f32 values: rounding a sum of two p-bit numbers first to
 *    53 bits and then to p = 24 bits equals rounding it once, since 53 ≥ 2p + 2 (Figueroa, "When is double
 *    rounding innocuous?", SIGNUM 1995), and |sums| stay below d·2^112 < 2^127 (no overflow for d ≤ 2^14).
 *    So the native f32x4 add and mul (no fused multiply-add in WebAssembly) give the scalar fp32 sums.
 *    Lanes run across four queries (four rows at once: each key is read from memory once per four rows,
 *    which keeps long contexts from being bound by memory bandwidth), four keys at a time; keys sit in
 *    memory as f32 in blocks of 16 keys, transposed (for each t, the 16 keys' t-th elements side by side).
 *    The logit fround(s·inv) is formed in f64, as the scalar code does.
 *  - maxF32: the max over blocks of 16 logits (f32x4.pmax, one instruction: logits here are never NaN,
 *    and which zero wins does not matter: l − (±0) and exp(±0) do not depend on it; the host folds the
 *    four lanes).
 *  - expF32: e = fround(Math.exp(fround(l − m))) for f32 l, m (l ≤ m): l − m is a native f32 subtraction
 *    (correctly rounded, as fround of the fp64 difference is by the same double-rounding argument); exp in
 *    f64 with a proved error bound, certified lane by lane (see EXP_* below); uncertified groups of four
 *    are listed for the host to recompute with Math.exp.
 *  - sumF32: the softmax denominator, sequential in f32 (the scalar order; +0 terms change nothing).
 *  - divF32: e / sum, a native f32 division (correctly rounded = fround of the fp64 quotient, 53 ≥ 2·24 + 2).
 *  - deltaF64: the shift measure's sums per key, in fp64 as shift-rows.ts forms them: δ = |a1 − a2|,
 *    perKey[j] += δ / counts[j] (independent per key: f64x2), l1 += δ in key order (a scalar chain).
 */
import {
  type Bytes,
  ConstPool,
  F32,
  F64,
  Func,
  block,
  br,
  brIf,
  loop,
  I32,
  OP,
  V128,
  emitModule,
  f32load,
  f64Lane,
  forRange,
  get,
  i32add,
  i32and,
  i32c,
  i32eqz,
  i32geU,
  i32mul,
  i32shl,
  i32store,
  lanes32,
  load,
  load32Splat,
  load64Zero,
  set,
  shuffle,
  simd,
  SIMD,
  store,
  when,
} from "../../rope/simd/wasm-emit.js";
import type { WasmMemory } from "../../rope/simd/signatures.js";
import { type WasmModule, wasm } from "../../rope/simd/wasm-api.js";

/** Keys per block of the transposed key layout (four f32x4 vectors). */
export const KEY_BLOCK = 16;
/** Bytes before the first address the host may use (the constant pool lives at 0). */
export const ROW_KERNEL_DATA_BYTES = 1024;

// ─── exp ─────────────────────────────────────────────────────────────────────────────────────────────
//
// For an f32 x ≤ 0 (x = fround(l − m)), clamped to x ≥ −110 (exp(−110) < 2^−158: fround gives 0 there, as
// it does for every smaller x, −∞ included):
//   k  = RN(x·RN(1/ln 2)) as an integer, by adding and subtracting 1.5·2^52; |k| ≤ 159.
//   r  = (x − k·LN2_HI) − k·LN2_LO with fdlibm's split of ln 2 (e_exp.c): LN2_HI has 32 significant bits,
//        so k·LN2_HI is exact; |r| ≤ ln2/2 + 2^−40 < 0.3467.
//   exp r ≈ Σ_{n ≤ 11} r^n/n! by Estrin's scheme; exp x ≈ that times 2^k (built from k's bits: exact).
// Error, relative to exp x:
//   truncation — Lagrange: |r|^12/12! · e^|r| / e^−|r| ≤ 0.3467^12/12! · e^0.6934 ≤ 1.27·10^−14 < 2^−46.1;
//   evaluation — 24 fp64 operations (r², r⁴, 11 products and 11 sums) whose every intermediate lies below
//     1.42 in magnitude (Σ |r|^n/n! ≤ e^|r|), each rounding ≤ 2^−53 times that (r² and r⁴ relative, which
//     scales terms below 1.42 too), plus the coefficients' own roundings (≤ 2^−53 relative each, summing to
//     ≤ e^|r|·2^−53): ≤ (24·1.42 + 1.42)/0.707 · 2^−53 < 2^−47.2;
//   reduction — x − k·LN2_HI is exact (Sterbenz for |k| ≥ 1: |x| ≥ 0.3466 then; trivially for k = 0),
//     k·LN2_LO rounds by ≤ 2^−53·|k·LN2_LO| < 2^−83, the last subtraction by ≤ 2^−54, and
//     |ln 2 − LN2_HI − LN2_LO| < 2^−88 times |k| < 2^8: |r̂ − (x − k·ln 2)| < 2^−53.9, which moves exp by
//     a relative 2^−53.8 at most;
//   the final product with 2^k is exact (the result stays far above fp64's subnormals).
//   Total < 2^−46.1 + 2^−47.2 + 2^−53.8 < 2^−45.5. EXP_ERROR_BOUND = 2^−44 (2.8 times that); the test
//   against decimal.js's exp at 60 digits (test/attention/row-exp.test.ts) sees 2^−46.7, the truncation term.
// Certification: Math.exp is V8's port of fdlibm's e_exp.c (error < 1 ulp, ≤ 2^−52 relative), so
// Math.exp(x) ∈ [f·(1 − D), f·(1 + D)] with D = EXP_ERROR_BOUND + 2^−52 (+ second-order terms). The kernel
// forms lo = RN(f·(1 − Δ)), hi = RN(f·(1 + Δ)) with Δ = EXP_MARGIN = 2^−43 ≥ D + 2^−52 (each product
// rounds by ≤ 2^−53 relative), so lo ≤ Math.exp(x) ≤ hi, and if fround(lo) = fround(hi) that is
// fround(Math.exp(x)) (fround is monotone). Only those lanes are kept; a group of four with any other
// lane is listed. Near a result in [2^−k, 2^−k+1) fp32 values are 2^(−k−23) apart, so a lane is listed
// with probability about 2Δ/2^−23 ≈ 2^−19. The one unproved assumption is Math.exp's < 1 ulp; the tests
// compare with Math.exp on dense samples of every binade of x, and a one-off run
// (bench/exp-exhaustive.ts) on every f32 x in [−104, −2^−26].

export const EXP_LN2_HI = 6.93147180369123816490e-1; // 0x3fe62e42 fee00000 (fdlibm e_exp.c ln2HI)
export const EXP_LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76 (ln2LO)
export const EXP_INV_LN2 = 1.44269504088896338700e0; // 0x3ff71547 652b82fe (invln2)
export const EXP_MIN_X = -110;
export const EXP_COEFFS: readonly number[] = (() => {
  // 1/n! for n = 0..11, each the fp64 nearest (n! < 2^53 is exact, the division rounds once).
  const c: number[] = [];
  let f = 1;
  for (let n = 0; n <= 11; n++) {
    if (n > 0) f *= n;
    c.push(1 / f);
  }
  return c;
})();
export const EXP_ERROR_BOUND = 2 ** -44;
export const EXP_MARGIN = 2 ** -43;
const MAGIC = 1.5 * 2 ** 52;

/** exp of the two f64 lanes of local x (x ≤ 0, finite or −∞) into local out, uncertified (f64). */
function expCode(f: Func, K: ConstPool, x: number, out: number): Bytes {
  const [kf, k, r, p] = [f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  const mul = (a: Bytes, b: Bytes): Bytes => simd(SIMD.f64x2_mul, a, b);
  const add = (a: Bytes, b: Bytes): Bytes => simd(SIMD.f64x2_add, a, b);
  const sub = (a: Bytes, b: Bytes): Bytes => simd(SIMD.f64x2_sub, a, b);
  const c = K.f64x2;
  // Σ c_n r^n by Estrin's scheme: pairs c_2i + c_2i+1·r, then pairs of those in r², then in r⁴ (a chain
  // of 8 operations instead of Horner's 22: the loop is latency-bound otherwise).
  const [r2, r4] = [f.local(V128), f.local(V128)];
  const C = EXP_COEFFS;
  const pairs: Bytes[] = [];
  for (let n = 0; n < 12; n += 2) pairs.push(add(c(C[n]!), mul(get(r), c(C[n + 1]!))));
  const quads: Bytes[] = [];
  for (let n = 0; n < 6; n += 2) quads.push(add(pairs[n]!, mul(get(r2), pairs[n + 1]!)));
  const poly = [...set(r2, mul(get(r), get(r))), ...set(r4, mul(get(r2), get(r2))), ...set(p, add(quads[0]!, mul(get(r4), add(quads[1]!, mul(get(r4), quads[2]!)))))];
  return [
    ...set(x, simd(SIMD.f64x2_max, get(x), c(EXP_MIN_X))),
    ...set(kf, add(mul(get(x), c(EXP_INV_LN2)), c(MAGIC))),
    ...set(k, sub(get(kf), c(MAGIC))),
    ...set(r, sub(sub(get(x), mul(get(k), c(EXP_LN2_HI))), mul(get(k), c(EXP_LN2_LO)))),
    ...poly,
    // 2^k: k's bits are the low bits of kf's pattern (kf = 1.5·2^52 + k, ulp 1); (pattern + 1023) << 52
    // keeps k + 1023 ∈ [864, 1182] as the exponent field.
    ...set(out, mul(get(p), simd(SIMD.i64x2_shl, simd(SIMD.i64x2_add, get(kf), K.i64x2(1023n)), i32c(52)))),
  ];
}

// ─── The kernels ─────────────────────────────────────────────────────────────────────────────────────

/**
 * logitsF32(q4, keys, kb0, kb1, d, block, inv, out, stride): the logits of four queries at once (so each
 * key is read from memory once per four rows). q4 holds the queries interleaved (element t of query g at
 * q4 + 16t + 4g, f32); keys are f32 in blocks of 16 keys, transposed (element t of key kb·16 + i at
 * keys + (kb·d + t)·64 + 4i). For key blocks kb ∈ [kb0, kb1): out + g·stride + 4j (f32) = fround(s·inv)
 * for query g and the 16 keys j of each block, s the blocked fp32 sum (blocks of `block` elements, the
 * last one shorter). Lanes run across the four queries; four keys at a time.
 */
function logitsFunc(K: ConstPool): Func {
  const f = new Func("logitsF32", [I32, I32, I32, I32, I32, I32, F64, I32, I32], []);
  const [q4, keys, kb0, kb1, d, blockLen, inv, out, stride] = [0, 1, 2, 3, 4, 5, 6, 7, 8];
  const kb = f.local(I32);
  const sub = f.local(I32);
  const kp = f.local(I32);
  const b = f.local(I32);
  const end = f.local(I32);
  const qa = f.local(I32);
  const ka = f.local(I32);
  const qEnd = f.local(I32);
  const o = f.local(I32);
  const qv = f.local(V128);
  const invv = f.local(V128);
  const s = [f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  const bs = [f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  const tr = [f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  const zero = K.f32x4(0);
  // Element w of the current run: the four queries' elements, times each of the four keys' (splat), into bs.
  const step = (w: number): Bytes => [
    ...set(qv, load(get(qa), 16 * w)),
    ...bs.flatMap((v, u) => set(v, simd(SIMD.f32x4_add, get(v), simd(SIMD.f32x4_mul, get(qv), load32Splat(get(ka), 64 * w + 4 * u))))),
  ];
  const promoteHi = (v: Bytes): Bytes => simd(SIMD.f64x2_promote_low_f32x4, shuffle(v, v, lanes32(2, 3, 2, 3)));
  const scaled = (v: Bytes): Bytes => simd(SIMD.f32x4_demote_f64x2_zero, simd(SIMD.f64x2_mul, v, get(invv)));
  const logit = (v: number): Bytes => shuffle(scaled(simd(SIMD.f64x2_promote_low_f32x4, get(v))), scaled(promoteHi(get(v))), lanes32(0, 1, 4, 5));
  f.body = [
    ...set(invv, simd(SIMD.f64x2_splat, get(inv))),
    ...forRange(
      kb,
      get(kb0),
      get(kb1),
      1,
      set(kp, i32add(get(keys), i32mul(i32mul(get(kb), get(d)), i32c(64)))),
      forRange(
        sub,
        i32c(0),
        i32c(4),
        1,
        ...s.map((v) => set(v, zero)),
        forRange(
          b,
          i32c(0),
          get(d),
          1,
          set(end, i32add(get(b), get(blockLen))),
          when(i32geU(get(end), get(d)), set(end, get(d))),
          ...bs.map((v) => set(v, zero)),
          set(qa, i32add(get(q4), i32shl(get(b), i32c(4)))),
          set(ka, i32add(i32add(get(kp), i32shl(get(sub), i32c(4))), i32shl(get(b), i32c(6)))),
          set(qEnd, i32add(get(q4), i32shl(get(end), i32c(4)))),
          // Four elements per iteration while four remain, then one at a time.
          block(loop(brIf(1, i32eqz(i32geU(get(qEnd), i32add(get(qa), i32c(64))))), step(0), step(1), step(2), step(3), set(qa, i32add(get(qa), i32c(64))), set(ka, i32add(get(ka), i32c(256))), br(0))),
          block(loop(brIf(1, i32geU(get(qa), get(qEnd))), step(0), set(qa, i32add(get(qa), i32c(16))), set(ka, i32add(get(ka), i32c(64))), br(0))),
          ...s.map((v, i) => set(v, simd(SIMD.f32x4_add, get(v), get(bs[i]!)))),
          // The loop steps by 1; jump b to the block's end (the loop adds the 1).
          set(b, i32add(get(end), i32c(-1))),
        ),
        // s[u] holds key u's logits for the four queries: transpose 4 × 4 to each query's four keys.
        ...s.map((v) => set(v, logit(v))),
        set(tr[0]!, shuffle(get(s[0]!), get(s[1]!), lanes32(0, 4, 1, 5))),
        set(tr[1]!, shuffle(get(s[2]!), get(s[3]!), lanes32(0, 4, 1, 5))),
        set(tr[2]!, shuffle(get(s[0]!), get(s[1]!), lanes32(2, 6, 3, 7))),
        set(tr[3]!, shuffle(get(s[2]!), get(s[3]!), lanes32(2, 6, 3, 7))),
        set(o, i32add(get(out), i32shl(i32add(i32shl(get(kb), i32c(4)), i32shl(get(sub), i32c(2))), i32c(2)))),
        store(get(o), shuffle(get(tr[0]!), get(tr[1]!), lanes32(0, 1, 4, 5))),
        set(o, i32add(get(o), get(stride))),
        store(get(o), shuffle(get(tr[0]!), get(tr[1]!), lanes32(2, 3, 6, 7))),
        set(o, i32add(get(o), get(stride))),
        store(get(o), shuffle(get(tr[2]!), get(tr[3]!), lanes32(0, 1, 4, 5))),
        set(o, i32add(get(o), get(stride))),
        store(get(o), shuffle(get(tr[2]!), get(tr[3]!), lanes32(2, 3, 6, 7))),
      ),
    ),
  ];
  return f;
}

/** maxF32(l, kb0, kb1, out): out (four f32 lanes) = lane-wise max over the logits of blocks [kb0, kb1). */
function maxFunc(K: ConstPool): Func {
  const f = new Func("maxF32", [I32, I32, I32, I32], []);
  const [l, kb0, kb1, out] = [0, 1, 2, 3];
  const e = f.local(I32);
  const eEnd = f.local(I32);
  const m = f.local(V128);
  f.body = [
    ...set(m, K.f32x4(-Infinity)),
    ...set(eEnd, i32shl(get(kb1), i32c(4))),
    ...forRange(e, i32shl(get(kb0), i32c(4)), get(eEnd), 4, set(m, simd(SIMD.f32x4_pmax, get(m), load(i32add(get(l), i32shl(get(e), i32c(2))))))),
    ...store(get(out), get(m)),
  ];
  return f;
}

/**
 * expF32(l, a, kb0, kb1, m, fails, nfail) → nfail': a[j] = fround(exp(fround(l[j] − m))) (f32) for the
 * keys of blocks [kb0, kb1), except groups of four listed (their first j, i32) in fails from nfail on.
 */
function expFunc(K: ConstPool): Func {
  const f = new Func("expF32", [I32, I32, I32, I32, F32, I32, I32], [I32]);
  const [l, a, kb0, kb1, m, fails, nfail] = [0, 1, 2, 3, 4, 5, 6];
  const e = f.local(I32);
  const eEnd = f.local(I32);
  const mv = f.local(V128);
  const x4 = f.local(V128);
  const x0 = f.local(V128);
  const x1 = f.local(V128);
  const y0 = f.local(V128);
  const y1 = f.local(V128);
  const lo = f.local(V128);
  const hi = f.local(V128);
  const ex0 = expCode(f, K, x0, y0);
  const ex1 = expCode(f, K, x1, y1);
  const demote = (v: Bytes): Bytes => simd(SIMD.f32x4_demote_f64x2_zero, v);
  const pack = (u: Bytes, v: Bytes): Bytes => shuffle(u, v, lanes32(0, 1, 4, 5));
  const bound = (y: number, c: number): Bytes => demote(simd(SIMD.f64x2_mul, get(y), K.f64x2(c)));
  const at = (): Bytes => i32add(get(a), i32shl(get(e), i32c(2)));
  f.body = [
    ...set(mv, simd(SIMD.f32x4_splat, get(m))),
    ...set(eEnd, i32shl(get(kb1), i32c(4))),
    ...forRange(
      e,
      i32shl(get(kb0), i32c(4)),
      get(eEnd),
      4,
      set(x4, simd(SIMD.f32x4_sub, load(i32add(get(l), i32shl(get(e), i32c(2)))), get(mv))),
      set(x0, simd(SIMD.f64x2_promote_low_f32x4, get(x4))),
      set(x1, simd(SIMD.f64x2_promote_low_f32x4, shuffle(get(x4), get(x4), lanes32(2, 3, 2, 3)))),
      ex0,
      ex1,
      set(lo, pack(bound(y0, 1 - EXP_MARGIN), bound(y1, 1 - EXP_MARGIN))),
      set(hi, pack(bound(y0, 1 + EXP_MARGIN), bound(y1, 1 + EXP_MARGIN))),
      store(at(), get(lo)),
      when(i32eqz(simd(SIMD.i32x4_all_true, simd(SIMD.f32x4_eq, get(lo), get(hi)))), i32store(i32add(get(fails), i32shl(get(nfail), i32c(2))), get(e)), set(nfail, i32add(get(nfail), i32c(1)))),
    ),
    ...get(nfail),
  ];
  return f;
}

/** sumF32(a, e0, e1, s) → s + a[e0] + … + a[e1 − 1], in f32 in that order (e0, e1 multiples of 4). */
function sumFunc(): Func {
  const f = new Func("sumF32", [I32, I32, I32, F32], [F32]);
  const [a, e0, e1, s] = [0, 1, 2, 3];
  const e = f.local(I32);
  const p = f.local(I32);
  const add = (x: Bytes, y: Bytes): Bytes => [...x, ...y, OP.f32_add];
  f.body = [
    ...forRange(
      e,
      get(e0),
      get(e1),
      4,
      set(p, i32add(get(a), i32shl(get(e), i32c(2)))),
      set(s, add(add(add(add(get(s), f32load(get(p))), f32load(get(p), 4)), f32load(get(p), 8)), f32load(get(p), 12))),
    ),
    ...get(s),
  ];
  return f;
}

/** divF32(a, kb0, kb1, s): a[j] = a[j] / s (f32) over blocks [kb0, kb1). */
function divFunc(): Func {
  const f = new Func("divF32", [I32, I32, I32, F32], []);
  const [a, kb0, kb1, s] = [0, 1, 2, 3];
  const e = f.local(I32);
  const eEnd = f.local(I32);
  const sv = f.local(V128);
  const p = f.local(I32);
  f.body = [
    ...set(sv, simd(SIMD.f32x4_splat, get(s))),
    ...set(eEnd, i32shl(get(kb1), i32c(4))),
    ...forRange(e, i32shl(get(kb0), i32c(4)), get(eEnd), 4, set(p, i32add(get(a), i32shl(get(e), i32c(2)))), store(get(p), simd(SIMD.f32x4_div, load(get(p)), get(sv)))),
  ];
  return f;
}

/**
 * deltaF64(a1, a2, counts, perKey, e0, e1, l1) → l1': for j ∈ [e0, e1) (even bounds), δ = |a1[j] − a2[j]|
 * (f32 values, difference in f64), perKey[j] += δ / counts[j] (f64 arrays), and l1 += δ in order of j.
 */
function deltaFunc(): Func {
  const f = new Func("deltaF64", [I32, I32, I32, I32, I32, I32, F64], [F64]);
  const [a1, a2, counts, perKey, e0, e1, l1] = [0, 1, 2, 3, 4, 5, 6];
  const e = f.local(I32);
  const dl = f.local(V128);
  const pk = f.local(I32);
  const pair = (base: number): Bytes => simd(SIMD.f64x2_promote_low_f32x4, load64Zero(i32add(get(base), i32shl(get(e), i32c(2)))));
  const addF64 = (x: Bytes, y: Bytes): Bytes => [...x, ...y, OP.f64_add];
  f.body = [
    ...forRange(
      e,
      get(e0),
      get(e1),
      2,
      set(dl, simd(SIMD.f64x2_abs, simd(SIMD.f64x2_sub, pair(a1), pair(a2)))),
      set(pk, i32add(get(perKey), i32shl(get(e), i32c(3)))),
      store(get(pk), simd(SIMD.f64x2_add, load(get(pk)), simd(SIMD.f64x2_div, get(dl), load(i32add(get(counts), i32shl(get(e), i32c(3))))))),
      set(l1, addF64(addF64(get(l1), f64Lane(get(dl), 0)), f64Lane(get(dl), 1))),
    ),
    ...get(l1),
  ];
  return f;
}

/** f64x2 comparisons and v128.not (sub-opcodes of the SIMD spec; not in wasm-emit's table). */
const F64X2_LT = 0x49;
const F64X2_GE = 0x4c;
const V128_NOT = 0x4d;
/** i32.shr_u (core opcode; not in wasm-emit's table). */
const shrU = (x: Bytes, c: Bytes): Bytes => [...x, ...c, 0x76];

/**
 * packKeysF32(src, n, d, dst, list) → count: keys [0, n) of src (n × d fp64, row-major, d even; read up to
 * the next multiple of 4 keys) as f32 in blocks of 16 keys, transposed, at dst (the layout logitsF32
 * reads), and the indices of the keys not safe for the f32 products appended to list (i32): an element
 * is safe when it has at most 12 significant bits (its low 41 fp64 bits zero) and |v| ∈ [2^−60, 2^56),
 * or is ±0 (NaN and ±∞ fail the comparisons). Four keys at a time: their t-th elements are adjacent in
 * the layout, one f32x4 store.
 */
function packKeysFunc(K: ConstPool): Func {
  const f = new Func("packKeysF32", [I32, I32, I32, I32, I32], [I32]);
  const [src, n, d, dst, list] = [0, 1, 2, 3, 4];
  const j = f.local(I32);
  const t = f.local(I32);
  const ka = f.local(I32);
  const o = f.local(I32);
  const rowBytes = f.local(I32);
  const count = f.local(I32);
  const v = [f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  const bad = [f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  const a = f.local(V128);
  const lo = f.local(V128);
  const hi = f.local(V128);
  const zero = K.i64x2(0n);
  const lowBits = K.i64x2(0x1ff_ffff_ffffn);
  const bf = (u: number): Bytes => simd(SIMD.f32x4_demote_f64x2_zero, get(v[u]!));
  // Not safe: any of the low 41 bits set, or |v| outside {0} ∪ [2^−60, 2^56).
  const check = (u: number): Bytes => [
    ...set(a, simd(SIMD.f64x2_abs, get(v[u]!))),
    ...set(
      bad[u]!,
      simd(
        SIMD.v128_or,
        simd(SIMD.v128_or, get(bad[u]!), simd(SIMD.v128_and, get(v[u]!), lowBits)),
        simd(V128_NOT, simd(SIMD.v128_or, simd(SIMD.f64x2_eq, get(a), K.f64x2(0)), simd(SIMD.v128_and, simd(F64X2_GE, get(a), K.f64x2(2 ** -60)), simd(F64X2_LT, get(a), K.f64x2(2 ** 56))))),
      ),
    ),
  ];
  f.body = [
    ...set(rowBytes, i32shl(get(d), i32c(3))),
    ...set(count, i32c(0)),
    ...forRange(
      j,
      i32c(0),
      get(n),
      4,
      ...bad.map((b) => set(b, zero)),
      set(ka, i32add(get(src), i32mul(get(j), get(rowBytes)))),
      // Key j's block of 16 at dst + (j >> 4)·d·64 bytes; within it, lane j & 15 of each 16-key row.
      set(o, i32add(get(dst), i32add(i32mul(shrU(get(j), i32c(4)), i32shl(get(d), i32c(6))), i32shl(i32and(get(j), i32c(15)), i32c(2))))),
      forRange(
        t,
        i32c(0),
        get(d),
        2,
        ...v.map((x, u) => set(x, load(i32add(i32add(get(ka), i32mul(i32c(u), get(rowBytes))), i32shl(get(t), i32c(3)))))),
        ...v.map((_, u) => check(u)),
        set(lo, shuffle(bf(0), bf(1), lanes32(0, 4, 1, 5))),
        set(hi, shuffle(bf(2), bf(3), lanes32(0, 4, 1, 5))),
        store(i32add(get(o), i32shl(get(t), i32c(6))), shuffle(get(lo), get(hi), lanes32(0, 1, 4, 5))),
        store(i32add(get(o), i32shl(get(t), i32c(6))), shuffle(get(lo), get(hi), lanes32(2, 3, 6, 7)), 64),
      ),
      ...bad.map((b, u) =>
        when(
          i32and(simd(SIMD.v128_any_true, get(b)), i32eqz(i32geU(i32add(get(j), i32c(u)), get(n)))),
          i32store(i32add(get(list), i32shl(get(count), i32c(2))), i32add(get(j), i32c(u))),
          set(count, i32add(get(count), i32c(1))),
        ),
      ),
    ),
    ...get(count),
  ];
  return f;
}

/** expRawF64(x, n, out): the uncertified fp64 exp of the f64 values x[0..n) (n even), for tests of the bound. */
function expRawFunc(K: ConstPool): Func {
  const f = new Func("expRawF64", [I32, I32, I32], []);
  const [x, n, out] = [0, 1, 2];
  const i = f.local(I32);
  const xv = f.local(V128);
  const y = f.local(V128);
  const ex = expCode(f, K, xv, y);
  f.body = forRange(i, i32c(0), get(n), 2, set(xv, load(i32add(get(x), i32shl(get(i), i32c(3))))), ex, store(i32add(get(out), i32shl(get(i), i32c(3))), get(y)));
  return f;
}

/** The module's bytes and its constant pool (exported for tests). */
export function rowKernelBytes(): Uint8Array {
  const K = new ConstPool();
  const funcs = [logitsFunc(K), maxFunc(K), expFunc(K), sumFunc(), divFunc(), deltaFunc(), expRawFunc(K), packKeysFunc(K)];
  const data = K.data;
  if (data.length > ROW_KERNEL_DATA_BYTES) throw new Error(`row kernels: constant pool of ${data.length} bytes`);
  return emitModule(funcs, { kind: "own", pages: 1, data });
}

export interface RowKernels {
  memory: WasmMemory;
  logitsF32(q4: number, keys: number, kb0: number, kb1: number, d: number, block: number, inv: number, out: number, stride: number): void;
  maxF32(l: number, kb0: number, kb1: number, out: number): void;
  expF32(l: number, a: number, kb0: number, kb1: number, m: number, fails: number, nfail: number): number;
  sumF32(a: number, e0: number, e1: number, s: number): number;
  divF32(a: number, kb0: number, kb1: number, s: number): void;
  deltaF64(a1: number, a2: number, counts: number, perKey: number, e0: number, e1: number, l1: number): number;
  expRawF64(x: number, n: number, out: number): void;
  packKeysF32(src: number, n: number, d: number, dst: number, list: number): number;
}

/** Compiled once per thread (a memo of a pure function: the same bytes every time); null without WebAssembly SIMD. */
let compiled: WasmModule | null | undefined;

/** A fresh instance with its own memory, or null without WebAssembly SIMD. */
export function instantiateRowKernels(): RowKernels | null {
  if (compiled === undefined) {
    compiled = null;
    try {
      const bytes = rowKernelBytes();
      if (wasm !== undefined && wasm.validate(bytes)) compiled = new wasm.Module(bytes);
    } catch {
      compiled = null;
    }
  }
  if (compiled === null || wasm === undefined) return null;
  try {
    return new wasm.Instance(compiled, {}).exports as RowKernels;
  } catch {
    return null;
  }
}
