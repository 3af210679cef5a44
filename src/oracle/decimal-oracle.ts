/**
 * Exact RoPE in decimal.js.
 *
 * Interface in decimal.js, engine in fixed point: a decimal.js multiplication at 48 digits costs ~1.2 µs
 * here, and decimal.js's own cos is ~20× slower than mpmath. Angles are reduced and the series run in
 * BigInt; tables and products run on 22-bit limbs in float64 arithmetic (limbs.ts: a complex product at
 * 176 bits ~0.1 µs, against ~0.4 µs and a dozen heap objects in BigInt); results reach decimal.js
 * without a string.
 *
 * Precision plan (D = digits promised to callers, default 40; F = 22·⌈(⌈D·log2 10⌉ + 40)/22⌉ fraction
 * bits, whole 22-bit limbs, so F ≥ ⌈D·log2 10⌉ + 40; u = 2^−F; F = 176 at D = 40):
 *  - θᵢ comes from the scaling formulas evaluated in decimal.js at H ≥ D + 40 digits (enough for
 *    F + 80 bits), then is held as the integer round(θᵢ·2^(F+64)).
 *  - An angle m·θᵢ (m an integer below 2^56) is an exact BigInt product; it is reduced modulo π/2 with π
 *    held to 2^−(F+64): the reduction error is ≤ k·2^−(F+64) ≤ 2^−(F+8) for k < 2^56.
 *  - sin and cos of r ∈ [−π/4, π/4] by their Taylor series in BigInt fixed point at 2^−F: terms decrease
 *    and alternate, so the remainder is below the first omitted term (we stop when a term truncates to 0);
 *    each of the ≤ 60 steps truncates once (≤ u), so each part errs by ≤ 64·u, the complex number
 *    cos + i·sin by < 92·u in modulus (√2·(64 + 2^−8)). The limbs hold the result exactly.
 *  - Every complex product below is of factors within 2^−100 of the unit circle, so errors add: if x̃, ỹ
 *    err by εx, εy, then x̃ỹ errs by ≤ |x̃|·εy + |y|·εx + (rounding) ≤ (1 + 2^−100)·εy + εx + 1.5·u, the
 *    rounding of a limb product being < 1.5·u in modulus (limbs.ts).
 *  - cos/sin(p·θᵢ) by angle addition over p's base-256 digits: e^{i·p·θ} = Π_j e^{i·d_j·256^j·θ}. Level j
 *    has bases low[l] = e^{i·l·u_j} and high[h] = e^{i·16h·u_j} (l, h < 16, u_j = 256^j·θ): low[1] and
 *    high[1] from the series on exactly reduced angles (< 92·u), the others by chained products
 *    (< 15·92·u + 14·1.5·u < 1,402·u). A table entry e^{i·d·256^j·θ} = high[d >> 4]·low[d & 15] is one
 *    product: < 2·1,402·u + 1.5·u < 2,806·u, the same bits whether it was kept or made again (entry()).
 *    Tables live per (spec, i) for the oracle's lifetime (RoPE asks for the same θᵢ at many positions),
 *    so a cos/sin pair costs at most 6 complex products once its entries are kept (p < 2^53: 7 digits).
 *    Seven entries and six products: < 7·2,806·u + 6·1.5·u < 19,651·u < 2^14.27·u
 *    ≤ 2^−(⌈D·log2 10⌉ + 25.7) < 10^−D·2.0·10^−8 < 10^−(D+7) absolute, for each of cos and sin. Tests
 *    check D digits against mpmath at 60 digits and against decimal.js's own trig.
 *  - cos and sin are returned as the exact decimals of the fixed-point results truncated toward zero to
 *    N = ⌈F·log10 2⌉ ≥ D + 12 places (≤ 10^−N ≤ u more), good to 10^−(D+7) absolute; every other result
 *    is rounded to D significant digits.
 * Every JS number enters by its exact binary value (exact-decimal.ts).
 */
import { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors.js";
import { type DecimalCtor, exactDecimal } from "./exact-decimal.js";
import { type Arith, attentionFactor, invFrequencies } from "./frequencies.js";
import { createLimbArith, createLimbDecimal, limbsFor, limbsFromBigInt, LIMB_BITS } from "./limbs.js";
import type { Oracle } from "./oracle.js";
import { createSpecCache } from "./spec-cache.js";
import { type ResolvedRopeSpec, checkPosition, pairIndex } from "./spec.js";

export interface DecimalOracleOptions {
  /** Significant digits of every result; an integer in [10, 400]. Default 40. */
  digits?: number;
}

interface FrequencyState {
  /** round(θ·2^(F+64)). */
  theta: bigint;
  /**
   * Per level j, the oracle's pool slot of e^{i·d·256^j·θ} for each digit d: −1 never used, −2 used once
   * (not kept yet). The slots of d = 1 … 15 and 16, 32, … 240 are the level's bases themselves.
   */
  slots: (Int32Array | undefined)[];
}

interface SpecState {
  rope: ResolvedRopeSpec;
  thetas: Decimal[];
  attention: Decimal;
  freq: FrequencyState[];
}

export type DecimalOracle = Oracle<Decimal> & {
  /** The decimal.js constructor at the oracle's result precision (D digits). */
  readonly Decimal: DecimalCtor;
};

export function createDecimalOracle(options: DecimalOracleOptions = {}): DecimalOracle {
  const digits = options.digits ?? 40;
  if (typeof digits !== "number" || !Number.isInteger(digits) || digits < 10 || digits > 400)
    throw new InvalidArgumentError("digits", "an integer in [10, 400]", digits);
  const L = limbsFor(Math.ceil(digits * Math.log2(10)) + 40);
  const F = LIMB_BITS * L;
  const FB = BigInt(F);
  const G = 64n; // extra fraction bits of θ and π, consumed by integer multipliers up to 2^56
  const hiDigits = Math.ceil((F + 80) * Math.log10(2)) + 10;
  const config = { rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 } as const;
  const Out = Decimal.clone({ ...config, precision: digits });
  const Hi = Decimal.clone({ ...config, precision: hiDigits });
  const Wp = Decimal.clone({ ...config, precision: digits + 8 });
  const pi = Hi.acos(-1);
  const toFixed = (v: Decimal): bigint => fixedFromDecimal(v, F + 64);
  const halfPiFix = toFixed(pi.div(2));
  const quarterPiFix = halfPiFix >> 1n;
  const ONE = 1n << FB;
  const limb = createLimbArith(L);
  const K2 = limb.K2; // limbs per complex number; its imaginary part starts at K2 / 2
  // cos and sin come out as fixed-point limbs; they become exact decimals with N places.
  const N = Math.ceil(F * Math.log10(2));

  const arith: Arith<Decimal> = {
    num: (x) => exactDecimal(Hi, x),
    add: (a, b) => a.add(b),
    sub: (a, b) => a.sub(b),
    mul: (a, b) => a.mul(b),
    div: (a, b) => a.div(b),
    pow: (a, b) => a.pow(b), // decimal.js evaluates non-integer powers with guard digits
    ln: (a) => a.ln(),
    sqrt: (a) => a.sqrt(),
    floor: (a) => a.floor(),
    ceil: (a) => a.ceil(),
    lt: (a, b) => a.lt(b),
    pi: () => pi,
    tenth: () => new Hi("0.1"),
    // r = b^(−2/d), then θᵢ = θᵢ₋₁·r: each product rounds once at H digits. r is the inverse n-th root
    // of b (n = d/2) by Newton's iteration y ← y + y·(1 − b·y^n)/n from fp64's b^(−1/n). It converges
    // quadratically (~50 correct bits, then 100, 200, …: 4 steps at D = 40, 7 at D = 400) and stops
    // after the step whose residual 1 − b·y^n was below 10^(5−H), which leaves an error of order
    // 10^(10−2H) plus rounding; y^n is an integer power (decimal.js keeps guard digits), so the residual
    // errs by ≤ 2·10^(1−H) and r by ≤ 2·10^(1−H) relative. θᵢ then errs by ≤ (3i + 1)·10^(1−H) relative
    // (i < 2^9), far below the 2^−(F+64) the fixed-point θ keeps. decimal.js's pow with a fractional
    // exponent (ln, exp, retries) cost 1 to 25 ms per spec here, most of a fresh oracle's set-up; this
    // ~0.5 ms. A base fp64 cannot start from (beyond its range) still takes pow.
    invPowers: (base, d) => {
      const n = d / 2;
      const one = new Hi(1);
      let r: Decimal;
      const start = Math.pow(base.toNumber(), -1 / n);
      if (!Number.isFinite(start) || start <= 0) r = base.pow(new Hi(-2).div(d));
      else {
        r = new Hi(start);
        const done = new Hi(10).pow(5 - hiDigits);
        for (let step = 0; step < 64; step++) {
          const residual = one.sub(base.mul(r.pow(n)));
          r = r.add(r.mul(residual).div(n));
          if (residual.abs().lt(done)) break;
        }
      }
      const out = [one];
      for (let i = 1; i < n; i++) out.push(out[i - 1]!.mul(r));
      return out;
    },
  };

  const state = createSpecCache<SpecState>((rope) => {
    const thetas = invFrequencies(arith, rope);
    return {
      rope,
      thetas,
      attention: attentionFactor(arith, rope),
      freq: thetas.map((theta) => ({ theta: toFixed(theta), slots: [] })),
    };
  });

  function pairIndexChecked(st: SpecState, i: unknown): number {
    if (typeof i !== "number" || !Number.isInteger(i) || i < 0 || i >= st.thetas.length)
      throw new InvalidArgumentError("i", `a pair index in [0, ${st.thetas.length})`, i);
    return i;
  }

  /** [cos, sin]·2^F of an angle given as a non-negative integer A = angle·2^(F+64). */
  function cosSinFixed(A: bigint): [bigint, bigint] {
    const k = (A + quarterPiFix) / halfPiFix; // nearest multiple of π/2
    const r = (A - k * halfPiFix) >> G; // r ∈ [−π/4, π/4] at 2^−F
    const r2 = (r * r) >> FB;
    let s = r;
    let c = ONE;
    let ts = r;
    let tc = ONE;
    for (let n = 1n; ts !== 0n || tc !== 0n; n += 2n) {
      tc = -((tc * r2) >> FB) / (n * (n + 1n)); // x^(2m)/(2m)!
      ts = -((ts * r2) >> FB) / ((n + 1n) * (n + 2n)); // x^(2m+1)/(2m+1)!
      c += tc;
      s += ts;
    }
    switch (Number(k & 3n)) {
      case 0:
        return [c, s];
      case 1:
        return [-s, c];
      case 2:
        return [-c, -s];
      default:
        return [s, -c];
    }
  }

  // Every table's complex numbers (K2 limbs each, int32: the limbs are integers below 2^22 in magnitude)
  // live in the oracle's pool: chunks of 256 that are never moved or freed, slot s at chunks[s >> 8],
  // (s & 255)·K2. A fresh oracle pays for memory: a fresh page costs ~3 to 12 µs to fault in on this VM,
  // the time of 30 to 100 complex products.
  const chunks: Int32Array[] = [];
  let used = 0;
  /** n ≤ 256 consecutive new slots in one chunk; returns the first. */
  function allocate(n: number): number {
    if ((used & 255) + n > 256) used = (used + 255) & ~255; // skip the chunk's tail
    if (used >> 8 === chunks.length) chunks.push(new Int32Array(256 * K2));
    const at = used;
    used += n;
    return at;
  }

  /**
   * Level j's slots, its bases made: low[l] = e^{i·l·u} and high[h] = e^{i·16h·u} for l, h < 16,
   * u = 256^j·θ. low[1] and high[1] come from the series on exactly reduced angles (< 92·u); the rest by
   * chained complex products (< 1.5·u each, ≤ 14 steps), so every base errs by < 1,402·u.
   */
  function levelSlots(f: FrequencyState, j: number): Int32Array {
    let slots = f.slots[j];
    if (!slots) {
      const at = allocate(30); // low[1 … 15], high[1 … 15]
      const pool = chunks[at >> 8]!;
      slots = new Int32Array(256).fill(-1);
      const angle = f.theta << BigInt(8 * j);
      for (const [first, step, A] of [[at, 1, angle], [at + 15, 16, angle << 4n]] as const) {
        const [c, s] = cosSinFixed(A);
        const o = (first & 255) * K2;
        limbsFromBigInt(c, L, pool, o);
        limbsFromBigInt(s, L, pool, o + K2 / 2);
        slots[step] = first;
        for (let k = 1; k < 15; k++) {
          limb.cmul(pool, o + (k - 1) * K2, pool, o, pool, o + k * K2);
          slots[(k + 1) * step] = first + k;
        }
      }
      f.slots[j] = slots;
    }
    return slots;
  }

  /** Entries made on their first use, in turn: a result may hold the one before while the next is made. */
  const scratch = new Int32Array(2 * K2);
  let scratchAt = 0;

  /**
   * Where e^{i·d·256^j·θ} (d > 0) = high[d >> 4]·low[d & 15] is: a pool slot s ≥ 0, or −1 − o for
   * scratch[o …]. A base, or one complex product of two (< 2,806·u), ~0.1 µs however scattered the
   * positions (a series costs ~3 µs). An entry is kept from its second use on: its first use computes it
   * into scratch, the second again into the pool. Both are the same product of the same bases, so every
   * result is the same whatever the order of calls; an entry used once (most of them, when positions are
   * scattered) costs no memory, and one used again costs one product more.
   */
  function entry(f: FrequencyState, j: number, d: number): number {
    const slots = f.slots[j] ?? levelSlots(f, j);
    let slot = slots[d]!; // −1: never used, −2: used once
    if (slot < 0) {
      const h = slots[d & 0xf0]!;
      const l = slots[d & 15]!;
      if (slot === -1) {
        slots[d] = -2;
        const o = scratchAt;
        scratchAt = scratchAt === 0 ? K2 : 0;
        limb.cmul(chunks[h >> 8]!, (h & 255) * K2, chunks[l >> 8]!, (l & 255) * K2, scratch, o);
        return -1 - o;
      }
      slot = allocate(1);
      const pool = chunks[slot >> 8]!;
      limb.cmul(chunks[h >> 8]!, (h & 255) * K2, chunks[l >> 8]!, (l & 255) * K2, pool, (slot & 255) * K2);
      slots[d] = slot;
    }
    return slot;
  }

  /** The complex result of cosSinFix when it is a product: cos at 0, sin at K2 / 2 (reused by every call). */
  const acc = new Int32Array(K2);
  const unit = new Int32Array(K2);
  unit[0] = 1;

  /**
   * e^{i·|p|·θᵢ} by angle addition over base-256 digits of |p|, ascending: the real part at
   * result[resultAt], the imaginary part K2 / 2 later (acc, a table entry, or 1).
   */
  let result: Int32Array = unit;
  let resultAt = 0;
  function cosSinFix(st: SpecState, p: number, i: number): void {
    const f = st.freq[i]!;
    let a = Math.abs(p);
    result = unit;
    resultAt = 0;
    for (let j = 0; a > 0; j++) {
      const d = a % 256;
      a = (a - d) / 256;
      if (d === 0) continue;
      const slot = entry(f, j, d);
      const arr = slot >= 0 ? chunks[slot >> 8]! : scratch;
      const at = slot >= 0 ? (slot & 255) * K2 : -1 - slot;
      if (result === acc) limb.cmul(acc, 0, arr, at, acc, 0);
      else if (result === unit) {
        result = arr;
        resultAt = at;
      } else {
        limb.cmul(result, resultAt, arr, at, acc, 0);
        result = acc;
        resultAt = 0;
      }
    }
  }

  // The fixed-point results as exact decimals with N places, truncated toward zero so that −v gives −(v).
  const outDecimal = createLimbDecimal(Out, L, N);
  const wpDecimal = createLimbDecimal(Wp, L, N);

  const toOut = (v: Decimal): Decimal => new Out(v).toSD(digits);

  return {
    kind: "decimal",
    digits,
    Decimal: Out,
    invFreqs: (rope) => state(rope).thetas.map(toOut),
    attentionFactor: (rope) => toOut(state(rope).attention),
    angle(rope, position, i) {
      const st = state(rope);
      const p = checkPosition(position);
      return toOut(st.thetas[pairIndexChecked(st, i)]!.mul(p));
    },
    cosSin(rope, position, i) {
      const st = state(rope);
      const p = checkPosition(position);
      cosSinFix(st, p, pairIndexChecked(st, i));
      // Exact decimals of the fixed-point results (N ≥ D + 12 places), not re-rounded: the last digits are
      // below the 10^−(D+7) error bound, and rounding again would cost more than the evaluation.
      return { cos: outDecimal(result, resultAt, false), sin: outDecimal(result, resultAt + K2 / 2, p < 0) };
    },
    rotate(rope, x, position) {
      const st = state(rope);
      const p = checkPosition(position);
      const { headDim, rotaryDim, layout } = st.rope;
      if (!x || typeof x.length !== "number" || x.length !== headDim)
        throw new InvalidArgumentError("x", `${headDim} numbers (headDim)`, x);
      const out: Decimal[] = new Array<Decimal>(headDim);
      // Dims past rotaryDim pass through: their exact value, unrounded.
      for (let k = rotaryDim; k < headDim; k++) out[k] = exactDecimal(Out, checkFinite(x[k]!, k));
      const m = new Wp(st.attention);
      for (let j = 0; j < rotaryDim / 2; j++) {
        const [a, b] = pairIndex(layout, rotaryDim, j);
        cosSinFix(st, p, j);
        const c = wpDecimal(result, resultAt, false).mul(m);
        const s = wpDecimal(result, resultAt + K2 / 2, p < 0).mul(m);
        const xa = exactDecimal(Wp, checkFinite(x[a]!, a));
        const xb = exactDecimal(Wp, checkFinite(x[b]!, b));
        out[a] = toOut(xa.mul(c).sub(xb.mul(s)));
        out[b] = toOut(xa.mul(s).add(xb.mul(c)));
      }
      return out;
    },
    dot(a, b) {
      if (a.length !== b.length) throw new InvalidArgumentError("b", `a vector of length ${a.length}`, b);
      let sum = new Hi(0);
      for (let k = 0; k < a.length; k++) sum = sum.add(new Hi(a[k]!).mul(b[k]!));
      return toOut(sum);
    },
    softmax(xs) {
      if (xs.length === 0) return [];
      let max = new Hi(xs[0]!);
      for (let k = 1; k < xs.length; k++) if (max.lt(xs[k]!)) max = new Hi(xs[k]!);
      const e: Decimal[] = [];
      let sum = new Hi(0);
      for (let k = 0; k < xs.length; k++) {
        const v = new Hi(xs[k]!).sub(max).exp();
        e.push(v);
        sum = sum.add(v);
      }
      return e.map((v) => toOut(v.div(sum)));
    },
    toNumber: (v) => v.toNumber(),
  };
}

/**
 * round(v·2^bits), ties to even, exactly: v's decimal digits come from its exponential string (documented
 * API), the rest is BigInt. Multiplying by 2^bits in decimal.js would round the product to H digits first.
 */
function fixedFromDecimal(v: Decimal, bits: number): bigint {
  const [mantissa, exponent] = v.toExponential().split("e") as [string, string];
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  const shift = Number(exponent) - (digits.length - 1); // v = ±digits·10^shift
  const num = BigInt(digits) << BigInt(bits);
  let q: bigint;
  if (shift >= 0) q = num * 10n ** BigInt(shift);
  else {
    const den = 10n ** BigInt(-shift);
    q = num / den;
    const twice = 2n * (num - q * den);
    if (twice > den || (twice === den && (q & 1n) === 1n)) q += 1n;
  }
  return negative ? -q : q;
}

function checkFinite(v: number, k: number): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new InvalidArgumentError(`x[${k}]`, "a finite number", v);
  return v;
}
