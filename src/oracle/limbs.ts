/**
 * Fixed-point arithmetic in float64 limbs for the decimal oracle's engine, and exact decimal.js output.
 *
 * A real number x at 2^−F, F = 22·L, is held as L + 1 integers a₀ … a_L with x = a₀ + Σ_{k≥1} a_k·2^−22k:
 * a₀ = ⌊x⌋ (signed; the engine's values lie in (−2, 2), so |a₀| ≤ 2) and 0 ≤ a_k < 2^22. A complex
 * number is 2(L + 1) consecutive limbs, real part first, in an Int32Array (half the memory of float64,
 * which a fresh oracle pays for in page faults); arithmetic runs in float64, where these integers and
 * the sums below are exact. A BigInt complex product at 176 bits costs ~390 ns here (four
 * multiplications, two shifts, and every intermediate a heap object, so tables feed the young-generation
 * collector), this one ~0.1 to 0.15 µs and allocates nothing.
 *
 * Exactness of the product (`createLimbArith`, cmul): every limb product is an integer |a_i·b_j| < 2^44
 * (|a₀| ≤ 2), a column of the real or imaginary part sums at most 2(L + 1) of them, below 2^52 while
 * L ≤ 127 (F = 22L ≤ 2,794 bits; D ≤ 400 needs L ≤ 63), so every column sum, and a column plus the carry
 * from below (< 2^31), is an exact integer in float64. Carries are taken with ⌊t/2^22⌋, exact because
 * 2^22 is a power of two. Columns 0 … L + 2 are summed; the columns from L + 3 on are left out, column n
 * worth less than 2(L + 1)·2^44·2^−22n, so together less than 2(L + 1)·2^−22·u·(1 + 2^−21) < 2^−13·u with
 * u = 2^−F. The result is then truncated to L limbs toward −∞ (< 1·u). So each part of a product errs
 * by less than (1 + 2^−13)·u, and the complex result by less than √2·(1 + 2^−13)·u < 1.5·u in modulus.
 *
 * Decimal output (`createLimbDecimal`): the value sign(x)·⌊|x|·10^N⌋·10^−N (truncated toward zero, so −x
 * gives −(x)), built without a string. Through a string (BigInt product by 10^N, shift, toString, then
 * decimal.js's parser: regular expressions, slicing, one Number per 7 digits) a value costs ~1.4 µs here
 * at D = 40, more than the whole evaluation of a cos/sin pair; this way ~0.17 µs. The fraction's decimal
 * digits come 7 at a time by
 * multiplying the limbs by 10^7 (a limb times 10^7 plus a carry is below 2^46: exact), and fill in
 * decimal.js's documented instance representation (decimal.js API, "Instance properties": `d`, the
 * digits as an array of base-10^7 words, normalised; `e`, the base-10 exponent of the leading digit; `s`,
 * the sign). decimal.js aligns the words of d on powers of 10^7, as our words after the decimal point
 * are, so d is our words from the first non-zero one with trailing zero words dropped: exactly what its
 * own parser builds from the digits.
 *
 * The object is made as decimal.js's constructor makes one: the prototype every clone shares, then own
 * properties constructor, s, e, d. Writing them is outside decimal.js's documented use (they are "best
 * considered read-only"), so the fast path proves itself before it is used, once per decimal.js copy
 * and configuration: it must build an object with the same prototype, the same own properties in the
 * same order and the same values (`sameDecimal`) as parsing the reference string (`fixedDecimalString`)
 * on values that take every branch (0, −0, ±1, an integer part, leading and trailing zero words, carries
 * through the two's complement, the smallest non-zero value). If any differs (another decimal.js
 * version, a minE that flushes small values) strings are parsed for good. test/oracle/limbs.test.ts
 * compares both on random values besides.
 */
import type { Decimal } from "decimal.js";
import type { DecimalCtor } from "./exact-decimal.js";

export const LIMB_BITS = 22;
const BASE = 2 ** LIMB_BITS;
const INV_BASE = 2 ** -LIMB_BITS; // x·2^−22 is exact (a power of two), and a multiplication is cheaper than a division
const MASK = BigInt(BASE - 1);
const LB = BigInt(LIMB_BITS);

/** Limbs needed for F_min fraction bits: F = 22·L ≥ F_min. */
export function limbsFor(fMin: number): number {
  return Math.ceil(fMin / LIMB_BITS);
}

/** v·2^−F (F = 22L) into limbs z[o … o + L]: a₀ = ⌊v/2^F⌋, then the fraction's limbs, most significant first. */
export function limbsFromBigInt(v: bigint, L: number, z: Int32Array, o: number): void {
  for (let k = L; k >= 1; k--) {
    z[o + k] = Number(v & MASK); // & on a negative BigInt acts on its two's complement: v mod 2^22
    v >>= LB; // floors
  }
  z[o] = Number(v);
}

/** The integer v with v·2^−F equal to the limbs a[o … o + L]. */
export function limbsToBigInt(a: ArrayLike<number>, L: number, o = 0): bigint {
  let v = BigInt(a[o]!);
  for (let k = 1; k <= L; k++) v = (v << LB) + BigInt(a[o + k]!);
  return v;
}

export interface LimbArith {
  /** Limbs of the fraction; a real takes L + 1 limbs, a complex K2 = 2(L + 1). */
  readonly L: number;
  readonly K2: number;
  /** z = x·y for complex numbers at x[xo], y[yo], z[zo]; z may be x or y (inputs are read first). */
  cmul(x: Int32Array, xo: number, y: Int32Array, yo: number, z: Int32Array, zo: number): void;
}

/**
 * One LimbArith per limb count for the whole process, not one per oracle: V8 specialises a function's
 * optimised code to its closure's constants (L, K, the column buffers) only while one closure of it
 * exists, and the product ran ~1.4× faster specialised (~110 ns against ~150 ns at L = 8, float64 limbs).
 * Oracles are often made fresh; their shared arithmetic stays specialised.
 */
const arithByL = new Map<number, LimbArith>();

export function createLimbArith(L: number): LimbArith {
  if (!Number.isInteger(L) || L < 1 || L > 127) throw new RangeError(`limb count must be an integer in [1, 127], got ${L}`);
  let arith = arithByL.get(L);
  if (!arith) {
    arith = makeLimbArith(L);
    arithByL.set(L, arith);
  }
  return arith;
}

function makeLimbArith(L: number): LimbArith {
  const K = L + 1;
  const top = L + 2; // last column summed
  const colR = new Float64Array(top + 1);
  const colI = new Float64Array(top + 1);
  return {
    L,
    K2: 2 * K,
    cmul(x, xo, y, yo, z, zo) {
      const xi0 = xo + K;
      const yi0 = yo + K;
      for (let n = 0; n <= top; n++) {
        let re = 0;
        let im = 0;
        const hi = n < L ? n : L;
        for (let i = n > L ? n - L : 0; i <= hi; i++) {
          const j = n - i;
          const xr = x[xo + i]!;
          const xi = x[xi0 + i]!;
          const yr = y[yo + j]!;
          const yi = y[yi0 + j]!;
          re += xr * yr - xi * yi;
          im += xr * yi + xi * yr;
        }
        colR[n] = re;
        colI[n] = im;
      }
      let cr = 0;
      let ci = 0;
      for (let n = top; n > L; n--) {
        cr = Math.floor((colR[n]! + cr) * INV_BASE);
        ci = Math.floor((colI[n]! + ci) * INV_BASE);
      }
      const zi0 = zo + K;
      for (let n = L; n >= 1; n--) {
        const tr = colR[n]! + cr;
        const ti = colI[n]! + ci;
        cr = Math.floor(tr * INV_BASE);
        ci = Math.floor(ti * INV_BASE);
        z[zo + n] = tr - cr * BASE;
        z[zi0 + n] = ti - ci * BASE;
      }
      z[zo] = colR[0]! + cr;
      z[zi0] = colI[0]! + ci;
    },
  };
}

/** The reference: sign(v)·⌊|v|·10^N/2^F⌋·10^−N as a string decimal.js parses exactly. */
export function fixedDecimalString(v: bigint, F: number, N: number): string {
  const scaled = ((v < 0n ? -v : v) * 10n ** BigInt(N)) >> BigInt(F);
  return `${v < 0n ? "-" : ""}${scaled}e-${N}`;
}

/**
 * A converter (a, o, negate) ↦ the Decimal (constructor C) of sign(y)·⌊|y|·10^N⌋·10^−N, y = ±(the real at
 * a[o … o + L]), negated when `negate`. The sign of a zero result is that of the string path: − exactly
 * when y < 0.
 */
export type LimbDecimal = (a: Int32Array, o: number, negate: boolean) => Decimal;

/** A converter shared by every constructor: the constructor is an argument (see createLimbArith on why). */
type SharedLimbDecimal = (C: DecimalCtor, a: Int32Array, o: number, negate: boolean) => Decimal;

interface Converters {
  fast: SharedLimbDecimal | undefined;
  slow: SharedLimbDecimal;
}

const convertersByLN = new Map<string, Converters>();

type Writable = { constructor: DecimalCtor; s: number; e: number; d: number[] };

export function createLimbDecimal(C: DecimalCtor, L: number, N: number): LimbDecimal {
  const { fast, slow } = converters(L, N);
  if (fast && proven(C, L, N, fast, slow)) return (a, o, negate) => fast(C, a, o, negate);
  return (a, o, negate) => slow(C, a, o, negate);
}

/** Which way createLimbDecimal(C, L, N) converts: without a string, or through one. */
export function limbDecimalPath(C: DecimalCtor, L: number, N: number): "fast" | "string" {
  const { fast, slow } = converters(L, N);
  return fast && proven(C, L, N, fast, slow) ? "fast" : "string";
}

function converters(L: number, N: number): Converters {
  if (!Number.isInteger(L) || L < 1 || !Number.isInteger(N) || N < 1)
    throw new RangeError(`L and N must be positive integers (L = ${L}, N = ${N})`);
  let conv = convertersByLN.get(`${L} ${N}`);
  if (!conv) {
    conv = makeConverters(L, N);
    convertersByLN.set(`${L} ${N}`, conv);
  }
  return conv;
}

function makeConverters(L: number, N: number): Converters {
  const F = LIMB_BITS * L;
  const FB = BigInt(F);
  const TEN_N = 10n ** BigInt(N);
  const slow: SharedLimbDecimal = (C, a, o, negate) => {
    let v = limbsToBigInt(a, L, o);
    if (negate) v = -v;
    const scaled = ((v < 0n ? -v : v) * TEN_N) >> FB;
    return new C(`${v < 0n ? "-" : ""}${scaled}e-${N}`);
  };
  // The digit loop costs about L·N/7 steps: past F ≈ 650 (D ≈ 180) parsing the string is as fast.
  if (F > 650) return { fast: undefined, slow };

  const frac = new Float64Array(L + 1); // frac[1 … L]: |y|'s fraction limbs
  const nWords = Math.ceil(N / 7);
  const lastDigits = N - 7 * (nWords - 1); // 1 … 7 digits in the last word
  const lastMul = 10 ** lastDigits;
  const lastPad = 10 ** (7 - lastDigits); // the last word's digits sit at its top, as in decimal.js
  const words = new Array<number>(nWords).fill(0);

  const fast: SharedLimbDecimal = (C, a, o, negate) => {
    let intPart = a[o]!;
    let nonZeroFrac = false;
    for (let k = 1; k <= L; k++) {
      const limb = a[o + k]!;
      frac[k] = limb;
      if (limb !== 0) nonZeroFrac = true;
    }
    const below = intPart < 0; // the stored value is negative
    if (below && nonZeroFrac) {
      // |x| = (−a₀ − 1) + (1 − fraction), and 1 − fraction = Σ (2^22 − 1 − a_k)·2^−22k + 2^−F.
      intPart = -intPart - 1;
      let carry = 1;
      for (let k = L; k >= 1; k--) {
        const t = BASE - 1 - frac[k]! + carry;
        carry = t === BASE ? 1 : 0;
        frac[k] = t - carry * BASE;
      }
    } else if (below) intPart = -intPart;
    if (intPart >= 1e7) return slow(C, a, o, negate);
    const isZero = intPart === 0 && !nonZeroFrac;
    const negative = isZero ? false : below !== negate;
    // Fraction digits, 7 at a time: frac·10^7 = word + new frac.
    let first = -1; // the first and last non-zero words
    let last = -1;
    for (let w = 0; w < nWords; w++) {
      const mul = w === nWords - 1 ? lastMul : 1e7;
      let carry = 0;
      // After w products by 10^7 = 5^7·2^7 the low 7w bits are 0; those limbs stay 0 and are skipped.
      for (let k = L - Math.floor((7 * w) / LIMB_BITS); k >= 1; k--) {
        const t = frac[k]! * mul + carry; // < 2^22·10^7 + 10^7 < 2^46: exact
        carry = Math.floor(t * INV_BASE);
        frac[k] = t - carry * BASE;
      }
      const word = w === nWords - 1 ? carry * lastPad : carry;
      words[w] = word;
      if (word !== 0) {
        if (first < 0) first = w;
        last = w;
      }
    }
    // What decimal.js's constructor does: the shared prototype, then own properties constructor, s, e, d.
    const x = Object.create(C.prototype as object) as Writable;
    x.constructor = C;
    x.s = negative ? -1 : 1;
    if (intPart !== 0) {
      const d = [intPart];
      for (let w = 0; w <= last; w++) d.push(words[w]!);
      x.e = decimalDigits(intPart) - 1;
      x.d = d;
    } else if (first >= 0) {
      const lead = words[first]!;
      x.e = decimalDigits(lead) - 1 - 7 * (first + 1);
      x.d = words.slice(first, last + 1);
    } else {
      x.e = 0;
      x.d = [0];
    }
    return x as unknown as Decimal;
  };

  return { fast, slow };
}

/** Which (L, N, minE, maxE) the fast path was proven for, per decimal.js prototype (every clone's). */
const verdicts = new WeakMap<object, Map<string, boolean>>();

/**
 * The self-check: every branch of `fast` against the parsed reference string, once per decimal.js copy
 * (prototype) and configuration that parsing depends on (minE, maxE: the constructor never rounds).
 */
function proven(C: DecimalCtor, L: number, N: number, fast: SharedLimbDecimal, slow: SharedLimbDecimal): boolean {
  const proto = C.prototype as object;
  const key = `${L} ${N} ${C.minE} ${C.maxE}`;
  let known = verdicts.get(proto);
  if (!known) {
    known = new Map();
    verdicts.set(proto, known);
  }
  let ok = known.get(key);
  if (ok === undefined) {
    ok = selfCheck(C, fast, slow, L);
    known.set(key, ok);
  }
  return ok;
}

function selfCheck(C: DecimalCtor, fast: SharedLimbDecimal, slow: SharedLimbDecimal, L: number): boolean {
  const one = 1n << BigInt(LIMB_BITS * L);
  const probes: bigint[] = [0n, 1n, -1n, one, -one, one - 1n, -(one - 1n), one + 1n, -one - 1n];
  probes.push((one * 3n) >> 1n, -(one >> 1n), one >> 30n, -(one >> 30n), one * 12345n + 7n, -(one * 9999999n));
  for (let k = 1n; k <= 64n; k += 13n)
    probes.push((one >> (k * 3n)) + k, -((one * 7n) / (k * 9n + 1n)), one / 10n ** (k / 7n + 1n), -(one / 10n ** (k / 5n + 1n)));
  const buf = new Int32Array(L + 1);
  for (const v of probes) {
    limbsFromBigInt(v, L, buf, 0);
    for (const negate of [false, true]) {
      const want = slow(C, buf, 0, negate);
      const got = fast(C, buf, 0, negate);
      if (!sameDecimal(got, want)) return false;
    }
  }
  return true;
}

/** Decimal digits of a positive integer below 10^7. */
function decimalDigits(w: number): number {
  return w >= 1e6 ? 7 : w >= 1e5 ? 6 : w >= 1e4 ? 5 : w >= 1e3 ? 4 : w >= 100 ? 3 : w >= 10 ? 2 : 1;
}

/**
 * Whether two Decimals are the same object but for identity: same prototype, the same own property names
 * in the same order, and equal values (s, e, the words of d; constructor by identity).
 */
export function sameDecimal(a: Decimal, b: Decimal): boolean {
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.getOwnPropertyNames(a);
  const kb = Object.getOwnPropertyNames(b);
  if (ka.length !== kb.length || ka.some((k, n) => k !== kb[n])) return false;
  for (const k of ka) {
    const va = (a as unknown as Record<string, unknown>)[k];
    const vb = (b as unknown as Record<string, unknown>)[k];
    if (Array.isArray(va) && Array.isArray(vb)) {
      if (va.length !== vb.length || va.some((w, n) => !Object.is(w, vb[n]))) return false;
    } else if (!Object.is(va, vb)) return false;
  }
  return a.toString() === b.toString();
}
