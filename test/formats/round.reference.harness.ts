/**
 * Shared harness for the reference-vs-implementation rounding tests:
 * a seeded input generator aimed at rounding edge cases, and the comparison
 * loops for round() / roundArray() / stochastic rounding.
 *
 * Only the public entry point of src/ is used by the test files; this module
 * itself never imports src/ (the implementation functions are passed in).
 */
import {
  bitLength,
  decomposeDouble,
  hexBits,
  referenceRound,
  stochasticThreshold,
  type RefMode,
  type RefParams,
} from "../reference/bigint-round.js";

// ---------------------------------------------------------------------------
// Seed
// ---------------------------------------------------------------------------

/** Seed: env ROUND_REF_SEED if set (to replay a failure), else random. */
export function pickSeed(): number {
  const env = process.env.ROUND_REF_SEED;
  if (env !== undefined && env !== "") return Number(env) >>> 0;
  return (Math.random() * 0x100000000) >>> 0;
}

// ---------------------------------------------------------------------------
// Own PRNG (sfc32), independent from src/
// ---------------------------------------------------------------------------

export class Sfc32 {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  constructor(seed: number, stream = 0) {
    this.a = 0x9e3779b9 ^ stream;
    this.b = seed | 0;
    this.c = (stream * 0x85ebca6b) | 0;
    this.d = 1;
    for (let i = 0; i < 20; i++) this.u32();
  }
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }
  /** integer in [lo, hi] */
  int(lo: number, hi: number): number {
    return lo + Math.floor((this.u32() / 0x100000000) * (hi - lo + 1));
  }
  /** uniform double in [0,1) with 53 random bits */
  u53(): number {
    return ((this.u32() >>> 5) * 67108864 + (this.u32() >>> 6)) / 9007199254740992;
  }
  /** random integer with exactly t significant bits (1 <= t <= 53) */
  bits(t: number): number {
    const v = (this.u32() & 0x1fffff) * 4294967296 + this.u32(); // 53 random bits
    const top = Math.pow(2, t - 1);
    return top + (v % top);
  }
  bool(): boolean {
    return (this.u32() & 1) === 1;
  }
}

// ---------------------------------------------------------------------------
// Exact double helpers for the generator (bit-based)
// ---------------------------------------------------------------------------

const gv = new DataView(new ArrayBuffer(8));

function pow2(k: number): number {
  if (k > 1023) return Infinity;
  if (k < -1074) return 0;
  if (k >= -1022) {
    gv.setUint32(0, (k + 1023) << 20);
    gv.setUint32(4, 0);
  } else {
    const sh = k + 1074; // 0..51
    if (sh >= 32) {
      gv.setUint32(0, 1 << (sh - 32));
      gv.setUint32(4, 0);
    } else {
      gv.setUint32(0, 0);
      gv.setUint32(4, (1 << sh) >>> 0);
    }
  }
  return gv.getFloat64(0);
}

/** a * 2^k for an integer a < 2^53; exact whenever the result is representable. */
export function ldexp(a: number, k: number): number {
  if (k >= -1022 && k <= 1023) return a * pow2(k);
  if (k < -1022) return a * pow2(k + 600) * pow2(-600);
  return a * pow2(k - 600) * pow2(600);
}

/** Move the magnitude of a non-negative finite double by d units in the last place (fp64). */
export function ulpStep(x: number, d: number): number {
  if (d === 0 || !Number.isFinite(x)) return x;
  gv.setFloat64(0, x);
  let b = gv.getBigUint64(0) + BigInt(d);
  if (b < 0n) b = 0n;
  if (b > 0x7ff0000000000000n) b = 0x7ff0000000000000n;
  gv.setBigUint64(0, b);
  return gv.getFloat64(0);
}

function fromBits(hi: number, lo: number): number {
  gv.setUint32(0, hi >>> 0);
  gv.setUint32(4, lo >>> 0);
  return gv.getFloat64(0);
}

// ---------------------------------------------------------------------------
// Input generator
// ---------------------------------------------------------------------------

interface GenFormat {
  p: number;
  emin: number;
  qMin: number; // spacing exponent of the subnormal / first binade
  eMax: number; // floor(log2 maxFinite)
  max: number;
}

function genFormat(params: RefParams): GenFormat {
  const d = decomposeDouble(params.maxFinite);
  return {
    p: params.precision,
    emin: params.emin,
    qMin: params.emin - params.precision + 1,
    eMax: bitLength(d.mant) - 1 + d.exp,
    max: params.maxFinite,
  };
}

function smallPerturb(r: Sfc32): number {
  const k = r.u32() % 16;
  if (k < 5) return 0;
  if (k < 8) return 1;
  if (k < 11) return -1;
  if (k < 13) return r.int(-4, 4);
  return r.int(-1000000, 1000000);
}

/** Category names (for statistics / debugging). */
export const CATEGORIES = [
  "rawBits",
  "rangeRandom",
  "subnormal",
  "nearMinNormal",
  "nearMax",
  "midpoint",
  "gridValue",
  "integer",
  "special",
  "doubleRoundingTrap",
] as const;

const CAT_CUMULATIVE = [15, 29, 39, 45, 53, 67, 75, 80, 82, 100]; // percent

const SPECIALS = [
  0,
  -0,
  Infinity,
  -Infinity,
  NaN,
  fromBits(0xfff80000, 0), // negative quiet NaN
  fromBits(0x7ff00000, 1), // signalling-pattern NaN
  fromBits(0x7fffffff, 0xffffffff),
  Number.MIN_VALUE,
  Number.MAX_VALUE,
  2.2250738585072014e-308,
];

function genMagnitude(r: Sfc32, F: GenFormat, cat: number): number {
  const { p, emin, qMin, eMax } = F;
  switch (cat) {
    case 0: // raw fp64 bit patterns: all exponents, NaN/inf occasionally
      return fromBits(r.u32(), r.u32());
    case 1: {
      // random 53-bit mantissa, exponent spanning the whole format range and a bit beyond
      const ex = Math.max(-1074, Math.min(1023, r.int(qMin - 3, eMax + 3)));
      return ldexp(r.bits(53), ex - 52);
    }
    case 2: {
      // subnormal range of the format; mantissas with a random number of bits
      const ex = r.int(qMin - 3, emin);
      const t = r.int(1, 53);
      return ldexp(r.bits(t), ex - t + 1);
    }
    case 3: {
      const k = r.u32() % 6;
      const mn = pow2(emin);
      let base: number;
      if (k === 0) base = mn;
      else if (k === 1) base = mn - pow2(qMin - 1); // midpoint largest subnormal / minNormal
      else if (k === 2) base = mn - pow2(qMin); // largest subnormal
      else if (k === 3) base = mn + pow2(qMin - 1); // midpoint above minNormal
      else if (k === 4) base = pow2(qMin - 1); // half the smallest subnormal (tie with 0)
      else base = pow2(qMin) + pow2(qMin - 1) * (r.bool() ? 1 : 3); // 1.5 / 2.5 min subnormal
      return ulpStep(base, smallPerturb(r));
    }
    case 4: {
      const k = r.u32() % 9;
      const max = F.max;
      const half = pow2(eMax - p); // half spacing at maxFinite
      let base: number;
      if (k === 0) base = max;
      else if (k <= 2) base = max + half; // overflow threshold (max + half ulp)
      else if (k === 3) base = max - half; // midpoint below max
      else if (k === 4) base = max + 2 * half; // next grid point above max
      else if (k === 5) base = pow2(eMax + 1);
      else if (k === 6) base = max + 3 * half;
      else if (k === 7) base = ldexp(r.bits(53), eMax - 52 + r.int(-1, 2)); // random near max
      else base = pow2(eMax + r.int(1, 4)) * (1 + r.u53());
      return ulpStep(base, smallPerturb(r));
    }
    case 5: {
      // exact midpoints between adjacent grid values (+- a few fp64 ulps)
      if (p >= 53) return genMagnitude(r, F, 1);
      const e = r.int(emin - 1, eMax + 2);
      const q = Math.max(e, emin) - p + 1;
      let N: number;
      if (e < emin) N = r.int(0, Math.pow(2, p - 1) - 1); // subnormal region
      else N = r.bits(p);
      const mid = ldexp(2 * N + 1, q - 1);
      return ulpStep(mid, smallPerturb(r));
    }
    case 6: {
      // exact grid values (+- a few fp64 ulps)
      const e = r.int(emin - 1, eMax + 2);
      const q = Math.max(e, emin) - p + 1;
      const N = e < emin ? r.int(1, Math.pow(2, p - 1) - 1) : r.bits(p);
      return ulpStep(ldexp(N, q), smallPerturb(r));
    }
    case 7: {
      const k = r.u32() % 3;
      if (k === 0) return r.int(0, 600);
      return r.bits(r.int(1, 53));
    }
    case 8:
      return SPECIALS[r.u32() % SPECIALS.length]!;
    default: {
      // double-rounding traps: (2N+1)/2 * 2^q +- 2^(q-1-t), i.e. for N = 2^(p-1)
      // (1 + 2^-p +- 2^-k) * 2^e with k = p + t, t in [1, 52 - p]
      if (p >= 52) return genMagnitude(r, F, 1);
      const t = r.int(1, 52 - p);
      const sel = r.u32() % 4;
      let N: number;
      if (sel === 0) N = Math.pow(2, p - 1); // 1 + 2^-p (+-) 2^-k
      else if (sel === 1) N = Math.pow(2, p - 1) + 1; // odd neighbour
      else if (sel === 2) N = Math.pow(2, p) - 1; // just below a power of two
      else N = r.bits(p);
      const A = (2 * N + 1) * Math.pow(2, t) + (r.bool() ? 1 : -1); // <= 53 bits, exact
      const e = r.int(emin - 3, eMax + 2); // includes subnormal and overflow ranges
      return ldexp(A, e - p - t);
    }
  }
}

/** Fill an array with n generated inputs (both signs). */
export function generateInputs(params: RefParams, n: number, r: Sfc32, stats?: number[]): Float64Array {
  const F = genFormat(params);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const pick = r.u32() % 100;
    let cat = 0;
    while (pick >= CAT_CUMULATIVE[cat]!) cat++;
    if (stats) stats[cat] = (stats[cat] ?? 0) + 1;
    const m = genMagnitude(r, F, cat);
    out[i] = cat !== 8 && r.bool() ? -m : m;
  }
  // a few fixed must-have inputs at the front
  const fixed = [0, -0, Infinity, -Infinity, NaN, F.max, -F.max, pow2(F.emin), -pow2(F.emin), pow2(F.qMin)];
  for (let i = 0; i < fixed.length && i < n; i++) out[i] = fixed[i]!;
  return out;
}

// ---------------------------------------------------------------------------
// Comparison
// ---------------------------------------------------------------------------

function describe1(x: number): string {
  return `${hexBits(x)} (${Object.is(x, -0) ? "-0" : String(x)})`;
}

export interface Failure {
  what: string;
  x: number;
  expected: number;
  got: number;
}

export function formatFailures(fails: Failure[], total: number, extra = ""): string {
  if (fails.length === 0) return "";
  return (
    `${total} mismatches${extra}; first ${fails.length}:\n` +
    fails
      .map((f) => `  [${f.what}] x=${describe1(f.x)} expected=${describe1(f.expected)} got=${describe1(f.got)}`)
      .join("\n")
  );
}

const MAX_REPORT = 8;

export type RoundFn = (fmt: unknown, x: number, mode: RefMode, rng?: () => number) => number;
export type RoundArrayFn = (fmt: unknown, src: Float64Array, dst: Float64Array, mode: RefMode) => unknown;

export interface CheckResult {
  checked: number;
  mismatches: number;
  failures: Failure[];
}

function record(res: CheckResult, what: string, x: number, expected: number, got: number): void {
  res.mismatches++;
  if (res.failures.length < MAX_REPORT) res.failures.push({ what, x, expected, got });
}

/**
 * rne / rtz: compare round(), roundArray() (fresh dst) and roundArray() in
 * place against the reference on every element of xs.
 */
export function checkDeterministic(
  round: RoundFn,
  roundArray: RoundArrayFn,
  fmt: unknown,
  params: RefParams,
  xs: Float64Array,
  mode: "rne" | "rtz",
  res: CheckResult,
): void {
  const n = xs.length;
  const expected = new Float64Array(n);
  for (let i = 0; i < n; i++) expected[i] = referenceRound(params, xs[i]!, mode);
  for (let i = 0; i < n; i++) {
    const x = xs[i]!;
    const got = round(fmt, x, mode);
    if (!Object.is(got, expected[i])) record(res, `round ${mode}`, x, expected[i]!, got);
  }
  const dst = new Float64Array(n);
  roundArray(fmt, xs, dst, mode);
  for (let i = 0; i < n; i++) {
    if (!Object.is(dst[i], expected[i])) record(res, `roundArray ${mode}`, xs[i]!, expected[i]!, dst[i]!);
  }
  const inplace = xs.slice();
  roundArray(fmt, inplace, inplace, mode);
  for (let i = 0; i < n; i++) {
    if (!Object.is(inplace[i], expected[i])) record(res, `roundArray in-place ${mode}`, xs[i]!, expected[i]!, inplace[i]!);
  }
  res.checked += n;
}

export interface StochasticResult extends CheckResult {
  badCallCounts: number;
  callCountExamples: string[];
  nonFiniteCallCounts: Map<number, number>;
  zeroCallCounts: Map<number, number>;
  thresholdHits: number;
}

/**
 * stochastic: round(fmt, x, "stochastic", rng) with a recording rng wrapper.
 * The u handed out is drawn from a mix of sources, including the project's
 * createRng stream, exact rounding thresholds and their fp64 neighbours.
 */
export function checkStochastic(
  round: RoundFn,
  fmt: unknown,
  params: RefParams,
  xs: Float64Array,
  projectRng: () => number,
  r: Sfc32,
  res: StochasticResult,
): void {
  let calls = 0;
  let recorded = NaN;
  let nextU = 0;
  const wrapper = (): number => {
    calls++;
    recorded = nextU;
    return nextU;
  };
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    // choose the u this call will receive
    const k = r.u32() % 100;
    if (k < 40) nextU = projectRng();
    else if (k < 60) nextU = r.u53();
    else if (k < 85) {
      const th = stochasticThreshold(params, x);
      if (th === null) nextU = r.u53();
      else {
        const d = k < 73 ? 0 : r.bool() ? 1 : -1;
        nextU = ulpStep(th, d);
        if (!(nextU < 1)) nextU = th;
        if (!(nextU >= 0)) nextU = 0;
        if (d === 0) res.thresholdHits++;
      }
    } else if (k < 90) nextU = 0;
    else if (k < 95) nextU = 1 - Math.pow(2, -53);
    else nextU = ldexp(r.bits(53), -52 - r.int(1, 1000)); // tiny u, tests full precision of u
    calls = 0;
    recorded = NaN;
    const got = round(fmt, x, "stochastic", wrapper);
    if (x === 0) {
      res.zeroCallCounts.set(calls, (res.zeroCallCounts.get(calls) ?? 0) + 1);
    } else if (Number.isFinite(x)) {
      if (calls !== 1) {
        res.badCallCounts++;
        if (res.callCountExamples.length < MAX_REPORT) {
          res.callCountExamples.push(`x=${describe1(x)} rng called ${calls} times`);
        }
      }
    } else {
      res.nonFiniteCallCounts.set(calls, (res.nonFiniteCallCounts.get(calls) ?? 0) + 1);
    }
    // reference with the u actually handed out (if rng was not called, the
    // value is still determined when x is on the grid; use nextU then)
    const u = calls >= 1 ? recorded : nextU;
    const expected = referenceRound(params, x, "stochastic", u);
    if (!Object.is(got, expected)) {
      record(res, `round stochastic u=${hexBits(u)} (${u})`, x, expected, got);
    }
  }
  res.checked += xs.length;
}

export function newResult(): CheckResult {
  return { checked: 0, mismatches: 0, failures: [] };
}

export function newStochasticResult(): StochasticResult {
  return {
    checked: 0,
    mismatches: 0,
    failures: [],
    badCallCounts: 0,
    callCountExamples: [],
    nonFiniteCallCounts: new Map(),
    zeroCallCounts: new Map(),
    thresholdHits: 0,
  };
}
