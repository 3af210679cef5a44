/**
 * The bf16 per-op NeoX rotation on bf16 patterns with one subtraction per product rounding instead of
 * Veltkamp's two (rotateBitsNeoxScaled), and the cache stage it reads (scaleCache).
 *
 * Why it gives rotation.ts's result: a product P = x·c of two normal bf16 values has a 24-bit
 * significand m = mx·mc·2^8 or mx·mc·2^9 (mx, mc ∈ [128, 255] the 8-bit significands), so
 * m ≤ max(255²·2^8, 32767·2^9) = 2^24 − 512. In units of ulp(P), P·C = m·2^16 + m with C = 2^16 + 1 then
 * stays below 2^40, in the binade of m·2^16, whose f32 spacing is 2^16: γ = fl(P·C) = 2^16·n with n the
 * integer nearest m + m/2^16, ties to even. n − m is m/2^16 rounded to an integer; at a tie m's low 16
 * bits are 0x8000, so m is even and n even ⟺ n − m even: ties go to even. So γ − P·2^16 (exact: both are
 * multiples of 2^16 and their difference has ≤ 9 bits) is RNE of P to 8 significant bits, r(P). Both
 * terms come from x without forming P: cC = c·C and c16 = c·2^16 are exact in f32 (c's 8 bits twice,
 * 16 places apart, span 24 bits), so fl(x·cC) = fl(P·C) and x·c16 = P·2^16, exact (normal, in range);
 * scaleCache makes cC, c16, sC, s16 once per cache row, which the rows of a position share.
 *   r(x·c) = fl(x·cC) − x·c16: two multiplications and one subtraction, where Veltkamp's γ − (γ − P)
 * takes a multiplication for P, one for γ and two subtractions. The sums r(xa·c) − r(xb·s) and
 * r(xa·s) + r(xb·c) are not products, so their rounding stays Veltkamp's (rotation.ts, header).
 * Ranges are rotation.ts's (non-zero |x| in [2^−50, 2^96), cache values in [2^−50, 2^8), so products are
 * normal and far from overflow: |x·cC| < 2^96·2^25).
 * Zeros: γ − P·2^16 is +0 for P = −0, where the per-op result keeps −0, and the sign of a zero sum can
 * depend on it. So the fast loop's range check also fails on x = ±0 (the minimum of the 16-bit keys
 * must be at least key16(−50): 3 operations per vector, not rotation.ts's 4), and such a row, or one
 * with a value below 2^−50, is rotated again by rotation.ts's code for rotateBits (Veltkamp, the range
 * check with zeros allowed) from x: x and y must not overlap. Rows with |x| ≥ 2^96, infinities or NaNs
 * are listed in bad as before.
 */
import {
  type Bytes,
  ConstPool,
  type Func,
  I32,
  V128,
  forRange,
  get,
  i32add,
  i32and,
  i32c,
  i32eqz,
  i32load,
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
  tee,
  when,
} from "./wasm-emit.js";
import { kernelFunc } from "./signatures.js";
import { VELTKAMP, X_MAX, X_MIN, bf16Rotation, bitsRowStart, i16x8, key16 } from "./rotation.js";

const TWO16 = 65536;

/**
 * scaleCache(cos, n, scaled, sinDelta): for the n f32 cos values at cos (n % 8 = 0) and their sin values
 * sinDelta bytes further, writes cos·(2^16 + 1) at cos + scaled, cos·2^16 one sinDelta after that, then
 * sin·(2^16 + 1) and sin·2^16 at two and three sinDelta (rotateBitsNeoxScaled's cC, c16, sC, s16), each
 * group of eight lanes in the order the fast loop reads them: its even lanes (pairs j, j + 2, j + 4, j + 6),
 * then its odd lanes.
 */
export function scaleCacheFunc(K: ConstPool): Func {
  const { f, p } = kernelFunc("scaleCache");
  const { cos, n, scaled, sinDelta } = p;
  const e = f.local(I32);
  const a = f.local(I32);
  const o = f.local(I32);
  const [v0, v1, ev, od] = [f.local(V128), f.local(V128), f.local(V128), f.local(V128)];
  const mul = (x: Bytes, y: Bytes): Bytes => simd(SIMD.f32x4_mul, x, y);
  /** The eight values at `from`, scaled by 2^16 + 1 and 2^16, even lanes then odd lanes, at `to` and sinDelta further. */
  const scale8 = (from: Bytes, to: (d: number) => Bytes): Bytes => [
    ...set(v0, load(from)),
    ...set(v1, load(from, 16)),
    ...set(ev, shuffle(get(v0), get(v1), lanes32(0, 2, 4, 6))),
    ...set(od, shuffle(get(v0), get(v1), lanes32(1, 3, 5, 7))),
    ...store(to(0), mul(get(ev), K.f32x4(VELTKAMP))),
    ...store(to(0), mul(get(od), K.f32x4(VELTKAMP)), 16),
    ...store(to(1), mul(get(ev), K.f32x4(TWO16))),
    ...store(to(1), mul(get(od), K.f32x4(TWO16)), 16),
  ];
  f.body = forRange(
    e,
    i32c(0),
    get(n),
    8,
    set(a, i32add(get(cos), i32shl(get(e), i32c(2)))),
    set(o, i32add(get(a), get(scaled))),
    scale8(get(a), (d) => (d === 0 ? get(o) : i32add(get(o), get(sinDelta)))),
    scale8(i32add(get(a), get(sinDelta)), (d) => i32add(get(o), i32mul(get(sinDelta), i32c(2 + d)))),
  );
  return f;
}

/**
 * rotateBitsNeoxScaled(rows, headDim, half, rotaryDim, x, y, slots, sinDelta, bad, scaled) → number of
 * bad rows: rotateBitsNeox (rotation.ts) for half % 8 = 0, x and y not overlapping, with each cache row's
 * cC, c16, sC, s16 (scaleCache) at scaled, scaled + sinDelta, … bytes from its cos row.
 */
export function rotateBitsScaledFunc(K: ConstPool): Func {
  const { f, p } = kernelFunc("rotateBitsNeoxScaled");
  const { rows, headDim, half, rotaryDim, x, y, slots, sinDelta, bad, scaled } = p;
  const row = f.local(I32);
  const j = f.local(I32);
  const nbad = f.local(I32);
  const xr = f.local(I32);
  const yr = f.local(I32);
  const cs = f.local(I32);
  const sc = f.local(I32);
  const d2 = f.local(I32);
  const d3 = f.local(I32);
  const w = f.local(I32);
  const ok = f.local(I32);
  const vec = (): number => f.local(V128);
  const [mx, mn, xa, xb, c, s, tmp, g, ya, yb] = [vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec()];
  const [v, vb, k, velt, one, zero, ya0, yb0] = [vec(), vec(), vec(), vec(), vec(), vec(), vec(), vec()];
  const [cC, c16, sC, s16, high] = [vec(), vec(), vec(), vec(), vec()];
  const rot = { j, cs, sinDelta, xa, xb, c, s, tmp, g, velt, ya, yb };
  const mul = (a: Bytes, b: Bytes): Bytes => simd(SIMD.f32x4_mul, a, b);
  const sub = (a: Bytes, b: Bytes): Bytes => simd(SIMD.f32x4_sub, a, b);
  const add = (a: Bytes, b: Bytes): Bytes => simd(SIMD.f32x4_add, a, b);
  /** Veltkamp's RNE to bf16 (rotation.ts): γ − (γ − v), v set into tmp. */
  const r = (val: Bytes): Bytes => [...set(tmp, val), ...sub(tee(g, mul(get(tmp), get(velt))), sub(get(g), get(tmp)))];
  /** r(x·c) = fl(x·cC) − x·c16 (the header says why). */
  const rp = (xv: number, big: number, sixteen: number): Bytes => sub(mul(get(xv), get(big)), mul(get(xv), get(sixteen)));
  const fast = (o: number): Bytes => {
    const at = (d: Bytes | null): Bytes => (d === null ? i32add(get(sc), i32shl(get(j), i32c(2))) : i32add(i32add(get(sc), d), i32shl(get(j), i32c(2))));
    return [
      ...set(cC, load(at(null), 4 * o)),
      ...set(c16, load(at(get(sinDelta)), 4 * o)),
      ...set(sC, load(at(get(d2)), 4 * o)),
      ...set(s16, load(at(get(d3)), 4 * o)),
      ...set(ya, r(sub(rp(xa, cC, c16), rp(xb, sC, s16)))),
      ...set(yb, r(add(rp(xa, sC, s16), rp(xb, cC, c16)))),
    ];
  };
  const keyOf = (src: number): Bytes => set(k, simd(SIMD.i16x8_shl, get(src), i32c(1)));
  /** Fast loop's keys: max and min of k (zeros fail the minimum). */
  const trackFast = (src: number): Bytes => [...keyOf(src), ...set(mx, simd(SIMD.i16x8_max_u, get(mx), get(k))), ...set(mn, simd(SIMD.i16x8_min_u, get(mn), get(k)))];
  /** rotation.ts's keys: max of k and min of k − 1 (zeros wrap to the top and pass). */
  const trackExact = (src: number): Bytes => [
    ...keyOf(src),
    ...set(mx, simd(SIMD.i16x8_max_u, get(mx), get(k))),
    ...set(mn, simd(SIMD.i16x8_min_u, get(mn), simd(SIMD.i16x8_sub, get(k), get(one)))),
  ];
  const interleave = (src: number, high: boolean): Bytes => {
    const o = high ? 8 : 0;
    return shuffle(get(zero), get(src), [0, 1, 16, 17, 2, 3, 18, 19, 4, 5, 20, 21, 6, 7, 22, 23].map((b) => b + o));
  };
  const narrowOf = (a: number, b: number): Bytes => simd(SIMD.i16x8_narrow_i32x4_u, simd(SIMD.i32x4_shr_u, get(a), i32c(16)), simd(SIMD.i32x4_shr_u, get(b), i32c(16)));
  const at = (base: number, e: Bytes): Bytes => i32add(get(base), i32shl(e, i32c(1)));
  const xbAt = (base: number): Bytes => at(base, i32add(get(j), get(half)));
  /**
   * The fast loop's eight pairs: the 32-bit lanes of v (patterns j … j + 7) are p(j + 2i) | p(j + 2i + 1) << 16,
   * so v << 16 holds the even pairs' x as f32 lanes and v & 0xffff0000 the odd pairs' (scaleCache stored the
   * cache values in that order). A result lane, a bf16 value, has its low half zero: the even results
   * shifted down, OR the odd ones, are the eight patterns in order. Two operations fewer per eight pairs
   * than interleaving with zero and narrowing (pairs8): the loop ran 3–5% faster on this machine's
   * AMD EPYC under Node 20.
   */
  const fastPairs8: Bytes = [
    ...set(v, load(at(xr, get(j)))),
    ...set(vb, load(xbAt(xr))),
    ...trackFast(v),
    ...trackFast(vb),
    ...set(xa, simd(SIMD.i32x4_shl, get(v), i32c(16))),
    ...set(xb, simd(SIMD.i32x4_shl, get(vb), i32c(16))),
    ...fast(0),
    ...set(ya0, get(ya)),
    ...set(yb0, get(yb)),
    ...set(xa, simd(SIMD.v128_and, get(v), get(high))),
    ...set(xb, simd(SIMD.v128_and, get(vb), get(high))),
    ...fast(4),
    ...store(at(yr, get(j)), simd(SIMD.v128_or, simd(SIMD.i32x4_shr_u, get(ya0), i32c(16)), get(ya))),
    ...store(xbAt(yr), simd(SIMD.v128_or, simd(SIMD.i32x4_shr_u, get(yb0), i32c(16)), get(yb))),
  ];
  const pairs8 = (track: (src: number) => Bytes, rotation: (o: number) => Bytes): Bytes => [
    ...set(v, load(at(xr, get(j)))),
    ...set(vb, load(xbAt(xr))),
    ...track(v),
    ...track(vb),
    ...set(xa, interleave(v, false)),
    ...set(xb, interleave(vb, false)),
    ...rotation(0),
    ...set(ya0, get(ya)),
    ...set(yb0, get(yb)),
    ...set(xa, interleave(v, true)),
    ...set(xb, interleave(vb, true)),
    ...rotation(4),
    ...store(at(yr, get(j)), narrowOf(ya0, ya)),
    ...store(xbAt(yr), narrowOf(yb0, yb)),
  ];
  const tail = (track: (src: number) => Bytes): Bytes => [...set(w, i32load(at(xr, get(j)))), ...set(v, simd(SIMD.i32x4_splat, get(w))), ...track(v), ...i32store(at(yr, get(j)), get(w))];
  const below = (m: number, e: number): Bytes => simd(SIMD.i16x8_all_true, simd(SIMD.i16x8_lt_u, get(m), i16x8(K, key16(e))));
  const atLeast = (m: number, key: number): Bytes => simd(SIMD.i16x8_all_true, simd(SIMD.i16x8_ge_u, get(m), i16x8(K, key)));
  const hi = Math.log2(X_MAX);
  const lo = Math.log2(X_MIN);
  const reset: Bytes = [...set(mx, K.i32x4(0)), ...set(mn, K.i32x4(-1))];
  f.body = [
    ...set(velt, K.f32x4(VELTKAMP)),
    ...set(one, i16x8(K, 1)),
    ...set(zero, K.i32x4(0)),
    ...set(high, K.i32x4(0xffff0000 | 0)),
    ...set(d2, i32shl(get(sinDelta), i32c(1))),
    ...set(d3, i32mul(get(sinDelta), i32c(3))),
    ...set(nbad, i32c(0)),
    ...forRange(
      row,
      i32c(0),
      get(rows),
      1,
      bitsRowStart(p, row, xr, yr, cs),
      set(sc, i32add(get(cs), get(scaled))),
      reset,
      forRange(j, i32c(0), get(half), 8, fastPairs8),
      forRange(j, get(rotaryDim), get(headDim), 2, tail(trackFast)),
      // Every |x| below 2^96 and every key at least key16(−50) (no zero, nothing below 2^−50): done.
      set(ok, i32and(below(mx, hi), atLeast(mn, key16(lo)))),
      when(
        i32eqz(get(ok)),
        // Below 2^96 but a zero or a tiny value: rotation.ts's code again, from x.
        when(
          below(mx, hi),
          reset,
          forRange(j, i32c(0), get(half), 8, pairs8(trackExact, (o) => bf16Rotation(rot, o))),
          forRange(j, get(rotaryDim), get(headDim), 2, tail(trackExact)),
          set(ok, i32and(below(mx, hi), atLeast(mn, key16(lo) - 1))),
        ),
        when(i32eqz(get(ok)), i32store(i32add(get(bad), i32shl(get(nbad), i32c(2))), get(row)), set(nbad, i32add(get(nbad), i32c(1)))),
      ),
    ),
    ...get(nbad),
  ];
  return f;
}
