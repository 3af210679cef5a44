/**
 * Rounding a real number given as a JS number (fp64) to a format, directly: one correct rounding from the
 * exact fp64 value, never through fp32 (fp64 → fp32 → bf16 is innocuous for RNE only because
 * 24 ≥ 2·8 + 2; going direct makes every format and mode correct without that argument).
 *
 * Semantics shared by every mode (and by the independent reference in test/reference/):
 *  1. NaN → NaN. ±0 → ±0. ±inf → ±inf if the format has infinities, else the overflow policy.
 *  2. |x| is rounded on the format's grid with subnormals (granularity 2^(emin−p+1) below minNormal) and an
 *     exponent range unbounded above.
 *  3. A result above maxFinite is an overflow: policy "inf" gives ±inf (but "rtz" gives ±maxFinite, as
 *     IEEE 754 §7.4 prescribes for roundTowardZero), "nan" gives NaN, "saturate" gives ±maxFinite.
 *     For e4m3fn the grid continues past 448 to 480, so 464 is a tie that goes to even 448.
 *  4. Subnormal policy "flush": a result below minNormal in magnitude becomes ±0 (tininess after rounding).
 *  5. "stochastic" draws exactly one u = rng() per call with finite x and rounds |x| away from zero with
 *     probability (|x| − lo)/(hi − lo), where lo ≤ |x| < hi are neighbouring grid points; E[result] = x.
 */
import { InvalidArgumentError } from "../errors.js";
import type { Rng } from "./rng.js";
import { type FormatName, type FormatSpec, pow2, resolveFormat } from "./table.js";

export type RoundingMode = "rne" | "rtz" | "stochastic";
export const ROUNDING_MODES: readonly RoundingMode[] = ["rne", "rtz", "stochastic"];

const TWO52 = 4503599627370496;

// Scratch for reading an fp64's exponent. Only read and written synchronously inside one call, so it
// carries no state between calls; little-endian layout (every platform Node supports) puts the high
// word at index 1.
const scratchF64 = new Float64Array(1);
const scratchU32 = new Uint32Array(scratchF64.buffer);
const scratchI32 = new Int32Array(scratchF64.buffer);

/** Correctly rounded value of `format` nearest to `x` (see the module comment for policies and modes). */
export function round(format: FormatName | FormatSpec, x: number, mode: RoundingMode = "rne", rng?: Rng): number {
  const spec = resolveFormat(format);
  checkMode(mode, rng);
  if (typeof x !== "number") throw new InvalidArgumentError("x", "a number", x);
  return roundScalar(spec, x, mode, rng);
}

export function checkMode(mode: unknown, rng: unknown): void {
  if (mode !== "rne" && mode !== "rtz" && mode !== "stochastic")
    throw new InvalidArgumentError("mode", `one of "rne", "rtz", "stochastic"`, mode);
  if (mode === "stochastic" && typeof rng !== "function")
    throw new InvalidArgumentError("rng", "a function returning uniform numbers in [0, 1) (see createRng(seed)) for stochastic rounding", rng);
}

/** Unchecked core of `round`, shared by the bulk paths. */
export function roundScalar(spec: FormatSpec, x: number, mode: RoundingMode, rng: Rng | undefined): number {
  if (x !== x) return NaN;
  if (x === 0) {
    if (mode === "stochastic") rng!(); // one draw per finite input keeps streams aligned with array indices
    return x;
  }
  const a = x < 0 ? -x : x;
  if (a === Infinity) {
    if (spec.hasInfinity) return x;
    return spec.overflow === "saturate" ? Math.sign(x) * spec.maxFinite : NaN;
  }
  if (spec.precision === 53) {
    // fp64: x is already on the grid; only the subnormal policy can apply.
    if (mode === "stochastic") rng!();
    return spec.subnormals === "flush" && a < spec.minNormal ? x * 0 : x;
  }
  let r: number;
  if (mode === "rne" && spec.precision === 24 && spec.overflow === "inf" && spec.subnormals === "keep") {
    return Math.fround(x); // fp32 RNE with IEEE policies is exactly Math.fround (ECMA-262 §21.3.2.17)
  }
  // Exponent of the grid spacing at |x|: the binade's exponent, or emin in the subnormal range.
  let e = spec.emin;
  if (a >= spec.minNormal) {
    scratchF64[0] = a;
    e = (scratchU32[1]! >>> 20) - 1023;
  }
  const q = pow2(e - spec.precision + 1);
  const n = a / q; // exact: a scaling by a power of two, with n < 2^p
  if (mode === "rne") {
    r = (n + TWO52 - TWO52) * q; // n < 2^52, so adding 2^52 rounds to an integer, ties to even
  } else if (mode === "rtz") {
    r = Math.trunc(n) * q;
  } else {
    const lo = Math.trunc(n);
    const u = rng!();
    r = (u < n - lo ? lo + 1 : lo) * q; // n − lo is exact
  }
  if (r > spec.maxFinite) {
    if (spec.overflow === "nan") return NaN;
    r = spec.overflow === "saturate" || mode === "rtz" ? spec.maxFinite : Infinity;
  } else if (r < spec.minNormal && spec.subnormals === "flush") {
    r = 0;
  }
  return x < 0 ? -r : r;
}

/**
 * Rounds every element of `src` into `dst` (which may be `src` itself). RNE and RTZ on formats with
 * p ≤ 21 take an integer fast path on the fp64 bit pattern for results in the normal range; everything
 * else goes through the scalar path. Both are checked against the same independent reference.
 */
export function roundArray(
  format: FormatName | FormatSpec,
  src: Float64Array,
  dst: Float64Array = new Float64Array(src.length),
  mode: RoundingMode = "rne",
  rng?: Rng,
): Float64Array {
  const spec = resolveFormat(format);
  checkMode(mode, rng);
  if (!(src instanceof Float64Array)) throw new InvalidArgumentError("src", "a Float64Array", src);
  if (!(dst instanceof Float64Array) || dst.length < src.length)
    throw new InvalidArgumentError("dst", `a Float64Array of length ≥ ${src.length}`, dst);
  if (mode === "rne" && spec.precision === 24 && spec.overflow === "inf" && spec.subnormals === "keep") {
    for (let i = 0; i < src.length; i++) dst[i] = Math.fround(src[i]!); // see roundScalar
    return dst;
  }
  if (mode === "stochastic" || spec.precision > 21) {
    for (let i = 0; i < src.length; i++) dst[i] = roundScalar(spec, src[i]!, mode, rng);
    return dst;
  }
  roundBitsNormal(spec, src, dst, mode === "rne");
  return dst;
}

/**
 * Arrays up to this length are rounded through one module-level scratch word pair instead of Int32 views
 * of their buffers: the reference emulation rounds fresh rows of 32–64 values per position, and a view
 * per call was most of what a run allocated (heap profile), for no speed at these lengths.
 */
const SMALL_ARRAY = 128;

/**
 * RNE of a nonzero x below the format's normal range, subnormals kept: roundScalar's arithmetic with the
 * spacing q = 2^(emin − p + 1) (|x|/q < 2^52, so adding 2^52 rounds to an integer, ties to even).
 */
function subnormalRne(x: number, q: number): number {
  const r = ((x < 0 ? -x : x) / q + TWO52 - TWO52) * q;
  return x < 0 ? -r : r;
}

/** roundBitsNormal's arithmetic, element by element through the scratch (see SMALL_ARRAY). */
function roundBitsSmall(
  spec: FormatSpec,
  src: Float64Array,
  dst: Float64Array,
  n: number,
  drop: number,
  keep: number,
  bias: number,
  lsbMask: number,
  minBe: number,
  span: number,
  maxHi: number,
  nearest: boolean,
  subRne: boolean,
  qSub: number,
): void {
  for (let i = 0; i < n; i++) {
    const x = src[i]!;
    scratchF64[0] = x;
    const lo = scratchI32[0]!;
    const hi = scratchI32[1]!;
    const h = ((hi + bias + (((hi >>> drop) | (lo !== 0 ? 1 : 0)) & lsbMask)) | 0) & keep;
    if ((((hi >>> 20) & 0x7ff) - minBe) >>> 0 <= span && (h & 0x7fffffff) <= maxHi) {
      scratchI32[0] = 0;
      scratchI32[1] = h;
      dst[i] = scratchF64[0]!;
    } else if (x === 0) dst[i] = x;
    else if (x !== x) dst[i] = NaN; // roundScalar's NaN (see roundBitsNormal)
    else if (subRne && ((hi >>> 20) & 0x7ff) < minBe) dst[i] = subnormalRne(x, qSub);
    else dst[i] = roundScalar(spec, x, nearest ? "rne" : "rtz", undefined);
  }
}

/**
 * An Int32 view of a whole buffer, made once per buffer: roundBitsNormal reads and writes fp64 words
 * through it at the array's offset. Views made per call were most of what a run allocated (the
 * reference emulation rounds its block arrays several times per block).
 */
const WORDS = new WeakMap<ArrayBufferLike, Int32Array>();

function wordsOf(a: Float64Array): Int32Array {
  let w = WORDS.get(a.buffer);
  if (w === undefined) WORDS.set(a.buffer, (w = new Int32Array(a.buffer, 0, a.buffer.byteLength >> 2)));
  return w;
}

/** Whether an fp64's words (high, low) are a NaN: all exponent bits set and a non-zero mantissa. */
function nanWords(hi: number, lo: number): boolean {
  return (hi & 0x7ff00000) === 0x7ff00000 && ((hi & 0xfffff) | lo) !== 0;
}

/** Slow-path elements roundBitsNormal lists before it falls back to scanning again. */
const PENDING_LIST = 64;

/**
 * Bit-level rounding for p ≤ 21: the high word of an fp64 holds 20 mantissa bits, so the kept bits all
 * live there and the low word only feeds the sticky bit. RNE is branch-free: add half − 1 + (lsb | sticky)
 * and truncate (the sum carries exactly when the remainder is above half, or at half with an odd lsb or
 * a non-zero low word). Carry out of the mantissa bumps the exponent, which is exactly the right answer.
 * Results outside the normal range are left to the scalar path. Int32 views keep every value a small
 * integer for V8 (Uint32 values above 2^31 would become doubles); the sum is written `(…) | 0`, the
 * same 32 bits as `& keep` alone takes, so that V8 compiles a wrapping 32-bit add: a high word near 2^31
 * (±inf, NaN) plus the bias leaves the int32 range, and a checked add deoptimised there ("lost precision").
 */
function roundBitsNormal(spec: FormatSpec, src: Float64Array, dst: Float64Array, nearest: boolean): void {
  const drop = 21 - spec.precision; // low bits of the high word that are rounded away
  const keep = ~((1 << drop) - 1);
  const bias = nearest ? (1 << (drop - 1)) - 1 : 0;
  const lsbMask = nearest ? 1 : 0;
  const minBe = 1023 + spec.emin; // smallest biased fp64 exponent of a normal result
  const span = spec.emax - spec.emin; // biased exponents minBe..minBe+span are in range
  scratchF64[0] = spec.maxFinite;
  const maxHi = scratchU32[1]!; // < 2^31: a positive fp64's high word
  const n = src.length;
  const subRne = nearest && spec.subnormals === "keep";
  const qSub = pow2(spec.emin - spec.precision + 1); // the subnormal spacing
  if (n <= SMALL_ARRAY) {
    roundBitsSmall(spec, src, dst, n, drop, keep, bias, lsbMask, minBe, span, maxHi, nearest, subRne, qSub);
    return;
  }
  const s = wordsOf(src);
  const d = wordsOf(dst);
  const sb = src.byteOffset >> 2;
  const db = dst.byteOffset >> 2;
  // First pass: the fast path only; the other elements are done afterwards, so the hot loop holds no
  // call (a call in the loop halves its speed in V8). They are left unwritten, so in place (src === dst)
  // their original values are still there. The first PENDING_LIST of them are listed; past that (arrays
  // full of NaN, or fp8 values out of range) a second scan from the last listed one finds the rest,
  // cheaper than growing a list.
  let list: Int32Array | null = null;
  let npending = 0;
  for (let i = 0; i < n; i++) {
    const j = i << 1;
    const lo = s[sb + j]!;
    const hi = s[sb + j + 1]!;
    const h = ((hi + bias + (((hi >>> drop) | (lo !== 0 ? 1 : 0)) & lsbMask)) | 0) & keep;
    if ((((hi >>> 20) & 0x7ff) - minBe) >>> 0 <= span && (h & 0x7fffffff) <= maxHi) {
      d[db + j] = 0;
      d[db + j + 1] = h;
    } else if (((hi & 0x7fffffff) | lo) === 0) {
      // ±0 rounds to itself in every format and mode; common (a sine of 0, a zero input), so it stays
      // off the scalar path, whose boxed results were much of a run's allocation.
      d[db + j] = 0;
      d[db + j + 1] = hi;
    } else if (nanWords(hi, lo)) {
      // NaN: roundScalar's result (the one NaN a Float64Array stores), written here because a kernel that
      // breaks down fills whole blocks with NaN (xformers-rotary@fp16 past position 65,519: 12 million
      // elements of a default run, each a boxed result on the scalar path).
      dst[i] = NaN;
    } else if (subRne && ((hi >>> 20) & 0x7ff) < minBe) {
      // Below the normal range, RNE with subnormals kept (products of small components and small sines
      // in fp16): roundScalar's own arithmetic at the subnormal spacing, inline.
      dst[i] = subnormalRne(src[i]!, qSub);
    } else {
      if (npending < PENDING_LIST) (list ??= new Int32Array(PENDING_LIST))[npending] = i;
      npending++;
    }
  }
  if (npending === 0) return;
  const mode = nearest ? "rne" : "rtz";
  const listed = Math.min(npending, PENDING_LIST);
  for (let q = 0; q < listed; q++) {
    const i = list![q]!;
    dst[i] = roundScalar(spec, src[i]!, mode, undefined);
  }
  if (npending === listed) return;
  for (let i = list![PENDING_LIST - 1]! + 1; i < n; i++) {
    const j = i << 1;
    const lo = s[sb + j]!;
    const hi = s[sb + j + 1]!;
    // In place, the fast path's elements hold values that pass this test again: only the elements the
    // first pass skipped are recomputed, from their original bits.
    const h = ((hi + bias + (((hi >>> drop) | (lo !== 0 ? 1 : 0)) & lsbMask)) | 0) & keep;
    if (!((((hi >>> 20) & 0x7ff) - minBe) >>> 0 <= span && (h & 0x7fffffff) <= maxHi) && ((hi & 0x7fffffff) | lo) !== 0 && !nanWords(hi, lo)) dst[i] = roundScalar(spec, src[i]!, mode, undefined);
  }
}

/**
 * Every branch of the bulk rounding taken once at load, in each thread that imports this module, before
 * V8 optimises it. V8 compiles a function for the branches its type feedback has seen; the first zero,
 * subnormal, NaN or out-of-range element after that deoptimises it ("insufficient type feedback"), and
 * until it is compiled again it runs in V8's baseline tiers, where its 32-bit words are boxed numbers;
 * a default run deoptimised the two functions seven times (`--trace-deopt`), none with this priming, and
 * each recompile cost TurboFan time. Rounding these few values once per path (short and long arrays, RNE and RTZ, formats
 * with and without subnormals, with overflow to inf and saturating) gives the feedback up front. The
 * results are thrown away; what the functions compute is unchanged.
 */
function primeBranches(): void {
  const special = [1.5, 0, -0, Number.NaN, Number.POSITIVE_INFINITY, -1e-6, 1e-30, 1e10, -3.14159, 2 ** -20, 65519, 1e300];
  for (const len of [special.length, SMALL_ARRAY + special.length]) {
    const x = new Float64Array(len);
    for (let i = 0; i < len; i++) x[i] = special[i % special.length]! * (i < special.length ? 1 : 1 + i / len);
    const y = new Float64Array(len);
    for (let pass = 0; pass < 2; pass++)
      for (const f of ["bf16", "fp16", "tf32", "fp8-e4m3fn", "fp8-e5m2"] as const) {
        roundArray(f, x, y, "rne");
        roundArray(f, x, y, "rtz");
      }
  }
}
primeBranches();
