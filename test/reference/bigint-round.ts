/**
 * Independent reference rounding, written from the written contract only.
 *
 * It shares no code or logic with src/: every finite double x is decomposed
 * (through DataView, i.e. its exact IEEE-754 bits) into sign, an integer
 * mantissa M (a BigInt) and an integer exponent E with |x| = M * 2^E exactly.
 * All rounding decisions and all magnitude comparisons are done on BigInts;
 * exponents are small integers handled as plain JS integers (exact). The
 * result is rebuilt bit-by-bit into a double (again through DataView), and the
 * encoder throws if that is not exact, so no floating-point arithmetic is ever
 * involved in computing a result.
 *
 * Contract implemented (see test/formats/round.reference.test.ts):
 *  1. NaN -> NaN; +-0 -> +-0; +-inf -> +-inf if the format has infinities,
 *     else saturate -> +-maxFinite, otherwise NaN.
 *  2. |x| rounded on the grid of spacing 2^(e-p+1), e = floor(log2|x|) if
 *     |x| >= 2^emin else e = emin; unbounded above.
 *     rne: nearest, ties to even multiple; rtz: truncate;
 *     stochastic: round up iff u < (|x|-lo)/(hi-lo), compared exactly.
 *  3. r > maxFinite: "nan" -> NaN, "saturate" -> +-max, "inf" -> +-inf except
 *     rtz -> +-max.
 *  4. subnormals "flush": 0 < r < 2^emin -> +-0.
 *  5. sign restored (negative x rounding to zero gives -0).
 */

export type RefMode = "rne" | "rtz" | "stochastic";
export type RefOverflow = "inf" | "nan" | "saturate";
export type RefSubnormals = "keep" | "flush";

export interface RefParams {
  /** precision p: significand bits including the implicit one */
  precision: number;
  /** exponent of the smallest normal number, 2^emin */
  emin: number;
  /** largest finite value (must be exactly a double) */
  maxFinite: number;
  hasInfinity: boolean;
  overflow: RefOverflow;
  subnormals: RefSubnormals;
}

// ---------------------------------------------------------------------------
// Exact bit access
// ---------------------------------------------------------------------------

const view = new DataView(new ArrayBuffer(8));
const FRAC_MASK = (1n << 52n) - 1n;
const SIGN_BIT = 1n << 63n;

/** Bit length of a non-negative BigInt (0 for 0). */
export function bitLength(n: bigint): number {
  let len = 0;
  while (n >= 0x100000000n) {
    n >>= 32n;
    len += 32;
  }
  return len + 32 - Math.clz32(Number(n));
}

// Scratch results of decompose() (avoids allocating per call).
const KIND_FINITE = 0;
const KIND_ZERO = 1;
const KIND_INF = 2;
const KIND_NAN = 3;
let dKind = 0;
let dNeg = false;
let dM = 0n; // integer mantissa
let dE = 0; // exponent: |x| = dM * 2^dE
let dBL = 0; // bit length of dM

function decompose(x: number): void {
  view.setFloat64(0, x);
  const hi = view.getUint32(0);
  const lo = view.getUint32(4);
  dNeg = hi >>> 31 === 1;
  const ef = (hi >>> 20) & 0x7ff;
  const fh = hi & 0xfffff;
  if (ef === 0x7ff) {
    dKind = (fh | lo) === 0 ? KIND_INF : KIND_NAN;
    return;
  }
  if (ef === 0) {
    if ((fh | lo) === 0) {
      dKind = KIND_ZERO;
      return;
    }
    dKind = KIND_FINITE;
    dM = (BigInt(fh) << 32n) | BigInt(lo);
    dE = -1074;
    dBL = fh !== 0 ? 64 - Math.clz32(fh) : 32 - Math.clz32(lo);
    return;
  }
  dKind = KIND_FINITE;
  dM = (BigInt(fh | 0x100000) << 32n) | BigInt(lo);
  dE = ef - 1075;
  dBL = 53;
}

/** Exact decomposition of a finite non-zero double: |x| = mant * 2^exp. */
export function decomposeDouble(x: number): { neg: boolean; mant: bigint; exp: number } {
  decompose(x);
  if (dKind !== KIND_FINITE) throw new Error(`decomposeDouble: not finite non-zero: ${x}`);
  return { neg: dNeg, mant: dM, exp: dE };
}

function exactShiftRight(n: bigint, sh: number): bigint {
  const s = BigInt(sh);
  if ((n & ((1n << s) - 1n)) !== 0n) throw new Error("encodeDouble: value is not exactly representable");
  return n >> s;
}

/**
 * Build the double (-1)^neg * n * 2^q bit by bit. Throws if the value is not
 * exactly representable as a double (too many bits, below 2^-1074 grid, or
 * above the largest double).
 */
export function encodeDouble(neg: boolean, n: bigint, q: number): number {
  if (n < 0n) throw new Error("encodeDouble: negative mantissa");
  if (n === 0n) return neg ? -0 : 0;
  const bl = bitLength(n);
  const exp = bl - 1 + q; // floor(log2(value))
  if (exp > 1023) throw new Error("encodeDouble: value exceeds the double range");
  let biased: bigint;
  let mant: bigint;
  if (exp >= -1022) {
    const sh = 53 - bl;
    mant = sh >= 0 ? n << BigInt(sh) : exactShiftRight(n, -sh);
    mant &= FRAC_MASK;
    biased = BigInt(exp + 1023);
  } else {
    const sh = q + 1074;
    mant = sh >= 0 ? n << BigInt(sh) : exactShiftRight(n, -sh);
    biased = 0n;
  }
  view.setBigUint64(0, (neg ? SIGN_BIT : 0n) | (biased << 52n) | mant);
  return view.getFloat64(0);
}

// ---------------------------------------------------------------------------
// The format table, derived by hand from the format definitions (IEEE 754-2019 binary16/32/64,
// bfloat16, NVIDIA TF32, OCP OFP8 rev 1.0 Table 1), not from src/formats/table.ts.
//   max = maxMant * 2^maxExp exactly; maxFinite is rebuilt from it.
// ---------------------------------------------------------------------------

export type RefFormatName = "fp64" | "fp32" | "tf32" | "bf16" | "fp16" | "fp8-e5m2" | "fp8-e4m3fn";

interface TableRow {
  precision: number;
  emin: number;
  maxMant: bigint;
  maxExp: number;
  hasInfinity: boolean;
  overflow: RefOverflow;
}

const TABLE: Record<RefFormatName, TableRow> = {
  // (2 - 2^-52) * 2^1023 = (2^53 - 1) * 2^971
  fp64: { precision: 53, emin: -1022, maxMant: (1n << 53n) - 1n, maxExp: 971, hasInfinity: true, overflow: "inf" },
  // (2 - 2^-23) * 2^127 = (2^24 - 1) * 2^104
  fp32: { precision: 24, emin: -126, maxMant: (1n << 24n) - 1n, maxExp: 104, hasInfinity: true, overflow: "inf" },
  // (2 - 2^-10) * 2^127 = (2^11 - 1) * 2^117
  tf32: { precision: 11, emin: -126, maxMant: (1n << 11n) - 1n, maxExp: 117, hasInfinity: true, overflow: "inf" },
  // (2 - 2^-7) * 2^127 = (2^8 - 1) * 2^120
  bf16: { precision: 8, emin: -126, maxMant: (1n << 8n) - 1n, maxExp: 120, hasInfinity: true, overflow: "inf" },
  // 65504 = 2047 * 2^5
  fp16: { precision: 11, emin: -14, maxMant: 2047n, maxExp: 5, hasInfinity: true, overflow: "inf" },
  // 57344 = 7 * 2^13
  "fp8-e5m2": { precision: 3, emin: -14, maxMant: 7n, maxExp: 13, hasInfinity: true, overflow: "inf" },
  // 448 = 7 * 2^6 (no infinity; default overflow policy "nan")
  "fp8-e4m3fn": { precision: 4, emin: -6, maxMant: 7n, maxExp: 6, hasInfinity: false, overflow: "nan" },
};

export const REF_FORMAT_NAMES = Object.keys(TABLE) as RefFormatName[];

/** Reference parameters for a format, with optional policy overrides. */
export function refParams(
  name: RefFormatName,
  overrides: { overflow?: RefOverflow; subnormals?: RefSubnormals } = {},
): RefParams {
  const row = TABLE[name];
  if (!row) throw new Error(`unknown format ${name}`);
  return {
    precision: row.precision,
    emin: row.emin,
    maxFinite: encodeDouble(false, row.maxMant, row.maxExp),
    hasInfinity: row.hasInfinity,
    overflow: overrides.overflow ?? row.overflow,
    subnormals: overrides.subnormals ?? "keep",
  };
}

// ---------------------------------------------------------------------------
// Compiled (BigInt-precomputed) parameters
// ---------------------------------------------------------------------------

interface Compiled {
  p: number;
  emin: number;
  maxMant: bigint;
  maxExp: number;
  maxFinite: number;
  hasInfinity: boolean;
  overflow: RefOverflow;
  flush: boolean;
}

const cache = new WeakMap<RefParams, Compiled>();

function compile(params: RefParams): Compiled {
  let c = cache.get(params);
  if (c) return c;
  if (!Number.isInteger(params.precision) || params.precision < 1 || params.precision > 53) {
    throw new Error("bad precision");
  }
  if (!(params.maxFinite > 0) || !Number.isFinite(params.maxFinite)) throw new Error("bad maxFinite");
  decompose(params.maxFinite);
  c = {
    p: params.precision,
    emin: params.emin,
    maxMant: dM,
    maxExp: dE,
    maxFinite: params.maxFinite,
    hasInfinity: params.hasInfinity,
    overflow: params.overflow,
    flush: params.subnormals === "flush",
  };
  cache.set(params, c);
  return c;
}

// Scratch for the magnitude rounding step.
let rN = 0n;
let rQ = 0;

/**
 * Round |x| = M * 2^E (bit length bl) on the grid. Sets rN, rQ with the
 * rounded magnitude = rN * 2^rQ. Also returns the exact remainder fraction
 * numerator/denominator shift through rRem/rShift for stochastic helpers.
 */
let rRem = 0n;
let rShift = 0;
function roundMagnitude(c: Compiled, M: bigint, E: number, bl: number, mode: RefMode, u: number | undefined): void {
  const lg = bl - 1 + E; // floor(log2 |x|), exact since M has bit length bl
  const e = lg >= c.emin ? lg : c.emin;
  const q = e - c.p + 1; // grid spacing 2^q
  const s = q - E; // |x| / 2^q = M / 2^s
  rQ = q;
  if (s <= 0) {
    // |x| is an integer multiple of the spacing: exactly on the grid.
    rN = M << BigInt(-s);
    rRem = 0n;
    rShift = 0;
    return;
  }
  const sb = BigInt(s);
  let N = M >> sb; // truncation (lo = N * 2^q)
  const rem = M & ((1n << sb) - 1n); // (|x| - lo) = rem * 2^E, (hi-lo) = 2^s * 2^E
  rRem = rem;
  rShift = s;
  if (rem !== 0n) {
    if (mode === "rne") {
      const half = 1n << BigInt(s - 1);
      if (rem > half || (rem === half && (N & 1n) === 1n)) N += 1n;
    } else if (mode === "stochastic") {
      if (roundUpStochastic(rem, s, u)) N += 1n;
    } else if (mode !== "rtz") {
      throw new Error(`unknown mode ${String(mode)}`);
    }
  }
  rN = N;
}

/** Exact test u < rem / 2^s, for u a double in [0, 1). */
function roundUpStochastic(rem: bigint, s: number, u: number | undefined): boolean {
  if (typeof u !== "number" || !(u >= 0 && u < 1)) {
    throw new Error(`stochastic rounding needs u in [0,1), got ${String(u)}`);
  }
  if (u === 0) return rem > 0n; // 0 < rem/2^s  <=>  rem > 0
  decompose(u); // u = dM * 2^dE, dM > 0
  const uM = dM;
  const k = dE + s; // u * 2^s = uM * 2^k ; compare uM * 2^k < rem
  if (k >= 0) return (uM << BigInt(k)) < rem;
  return uM < (rem << BigInt(-k));
}

/** The exact rounded result (a double) of x in the format described by params. */
export function referenceRound(params: RefParams, x: number, mode: RefMode, u?: number): number {
  const c = compile(params);
  decompose(x);
  switch (dKind) {
    case KIND_NAN:
      return NaN;
    case KIND_ZERO:
      return x; // +-0 keeps its sign
    case KIND_INF:
      if (c.hasInfinity) return x;
      if (c.overflow === "saturate") return dNeg ? -c.maxFinite : c.maxFinite;
      return NaN;
  }
  const neg = dNeg;
  roundMagnitude(c, dM, dE, dBL, mode, u);
  const N = rN;
  const q = rQ;
  if (N === 0n) return neg ? -0 : 0;
  // Overflow test: N * 2^q > maxMant * 2^maxExp, on BigInts.
  let over: boolean;
  if (q >= c.maxExp) over = (N << BigInt(q - c.maxExp)) > c.maxMant;
  else over = N > (c.maxMant << BigInt(c.maxExp - q));
  if (over) {
    if (c.overflow === "nan") return NaN;
    if (c.overflow === "saturate" || mode === "rtz") return neg ? -c.maxFinite : c.maxFinite;
    return neg ? -Infinity : Infinity;
  }
  if (c.flush && q < c.emin && N < (1n << BigInt(c.emin - q))) {
    // 0 < N * 2^q < 2^emin
    return neg ? -0 : 0;
  }
  return encodeDouble(neg, N, q);
}

/**
 * For a finite x, the exact stochastic threshold (|x| - lo) / (hi - lo) as a
 * double, or null if x is on the grid (threshold 0), not finite, or the
 * threshold is not exactly representable as a double.
 */
export function stochasticThreshold(params: RefParams, x: number): number | null {
  const c = compile(params);
  decompose(x);
  if (dKind !== KIND_FINITE) return null;
  roundMagnitude(c, dM, dE, dBL, "rtz", undefined);
  if (rRem === 0n) return null;
  try {
    return encodeDouble(false, rRem, -rShift);
  } catch {
    return null;
  }
}

/** 2^k as a double, built from bits (k in [-1074, 1023]). */
export function pow2Exact(k: number): number {
  return encodeDouble(false, 1n, k);
}

/** Hex of the 64 bits of a double, e.g. "0x3ff0000000000000". */
export function hexBits(x: number): string {
  view.setFloat64(0, x);
  return "0x" + view.getBigUint64(0).toString(16).padStart(16, "0");
}
