/**
 * Exact RoPE in decimal.js.
 *
 * Interface in decimal.js, engine in BigInt fixed point: a decimal.js multiplication at 48 digits costs
 * ~1.2 µs here, a BigInt one at 173 bits ~35 ns, and decimal.js's own cos is ~20× slower than mpmath.
 *
 * Precision plan (D = digits promised to callers, default 40; F = ⌈D·log2 10⌉ + 40 fraction bits):
 *  - θᵢ comes from the scaling formulas evaluated in decimal.js at H ≥ D + 40 digits (enough for
 *    F + 80 bits), then is held as the integer round(θᵢ·2^(F+64)).
 *  - An angle m·θᵢ (m an integer below 2^56) is an exact BigInt product; it is reduced modulo π/2 with π
 *    held to 2^−(F+64): the reduction error is ≤ k·2^−(F+64) ≤ 2^−(F+8) for k < 2^56.
 *  - sin and cos of r ∈ [−π/4, π/4] by their Taylor series in fixed point at 2^−F: terms decrease and
 *    alternate, so the remainder is below the first omitted term (we stop when a term truncates to 0);
 *    each of the ≤ 60 steps truncates once (≤ 2^−F), so the error is ≤ 64·2^−F.
 *  - cos/sin(p·θᵢ) by angle addition over p's base-256 digits: e^{i·p·θ} = Π_j e^{i·d_j·256^j·θ}. A table
 *    entry e^{i·d·256^j·θ} is one product of two level bases (levelBases, tableEntry), so it errs by
 *    < 2^11·2^−F. Tables live per (spec, i) for the oracle's lifetime: RoPE asks for the same θᵢ at many
 *    positions, so a cos/sin pair costs at most 6 complex products (p < 2^48). Seven factors of error
 *    < 2^11·2^−F and six products each truncating ≤ 2·2^−F give < 2^14·2^−F = 2^−(⌈D·log2 10⌉ + 26)
 *    < 10^−(D+7) absolute. Tests check D digits against mpmath at 60 digits and against decimal.js's own trig.
 *  - cos and sin are returned with N = ⌈F·log10 2⌉ ≥ D + 12 decimal places, good to 10^−(D+7) absolute;
 *    every other result is rounded to D significant digits.
 * Every JS number enters by its exact binary value (exact-decimal.ts).
 */
import { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors.js";
import { type DecimalCtor, exactDecimal } from "./exact-decimal.js";
import { type Arith, attentionFactor, invFrequencies } from "./frequencies.js";
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
  /** tables[j][d] = [cos, sin]·2^F of d·256^j·θ, filled on demand. */
  tables: (([bigint, bigint] | undefined)[] | undefined)[];
  /** Per level j, the 16 + 16 bases every entry of the level is one product of. */
  bases: (LevelBases | undefined)[];
}

interface LevelBases {
  low: [bigint, bigint][];
  high: [bigint, bigint][];
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
  const F = Math.ceil(digits * Math.log2(10)) + 40;
  const FB = BigInt(F);
  const G = 64n; // extra fraction bits of θ and π, consumed by integer multipliers up to 2^56
  const hiDigits = Math.ceil((F + 80) * Math.log10(2)) + 10;
  const config = { rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -9e15, toExpPos: 9e15 } as const;
  const Out = Decimal.clone({ ...config, precision: digits });
  const Hi = Decimal.clone({ ...config, precision: hiDigits });
  const Wp = Decimal.clone({ ...config, precision: digits + 8 });
  const pi = Hi.acos(-1);
  const scaleHi = new Hi(2).pow(F + 64);
  const toFixed = (v: Decimal): bigint => BigInt(v.mul(scaleHi).toDecimalPlaces(0).toFixed(0));
  const halfPiFix = toFixed(pi.div(2));
  const quarterPiFix = halfPiFix >> 1n;
  const ONE = 1n << FB;
  // cos and sin come out as integers c·2^F; scaled by 10^N then shifted, they print as exact decimals.
  const N = Math.ceil(F * Math.log10(2));
  const TEN_N = 10n ** BigInt(N);

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
    // One pow for r = b^(−2/d), then θᵢ = θᵢ₋₁·r: each product rounds once at H digits, so θᵢ errs by
    // ≤ (i + 1)·10^(1−H) relative (i < 2^9), far below the 2^−(F+64) the fixed-point θ keeps. 64 pows at
    // H digits cost ~160 ms per spec; this costs one.
    invPowers: (base, d) => {
      const r = base.pow(new Hi(-2).div(d));
      const out = [new Hi(1)];
      for (let i = 1; i < d / 2; i++) out.push(out[i - 1]!.mul(r));
      return out;
    },
  };

  const state = createSpecCache<SpecState>((rope) => {
    const thetas = invFrequencies(arith, rope);
    return {
      rope,
      thetas,
      attention: attentionFactor(arith, rope),
      freq: thetas.map((theta) => ({ theta: toFixed(theta), tables: [], bases: [] })),
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

  /**
   * The bases of level j: low[l] = e^{i·l·u} and high[h] = e^{i·16h·u} for l, h < 16, u = 256^j·θ. low[1]
   * and high[1] come from the series on exactly reduced angles (error ≤ 64·2^−F); the rest by chained
   * complex products (≤ 2·2^−F each, ≤ 14 steps), so every base errs by < 2^10·2^−F.
   */
  function levelBases(f: FrequencyState, j: number): LevelBases {
    let bases = f.bases[j];
    if (!bases) {
      const chain = (first: [bigint, bigint]): [bigint, bigint][] => {
        const out: [bigint, bigint][] = [[ONE, 0n], first];
        for (let k = 2; k < 16; k++) out.push(mulFixed(out[k - 1]!, first));
        return out;
      };
      const u = f.theta << BigInt(8 * j);
      bases = { low: chain(cosSinFixed(u)), high: chain(cosSinFixed(u << 4n)) };
      f.bases[j] = bases;
    }
    return bases;
  }

  /**
   * [cos, sin]·2^F of d·256^j·θ = high[d >> 4]·low[d & 15]: one complex product from the level's bases,
   * so an entry errs by < 2^11·2^−F and costs ~1.3 µs however scattered the positions (a series per
   * entry costs ~14 µs). Entries are memoised.
   */
  function tableEntry(f: FrequencyState, j: number, d: number): [bigint, bigint] {
    let level = f.tables[j];
    if (!level) {
      level = new Array<[bigint, bigint] | undefined>(256);
      f.tables[j] = level;
    }
    let entry = level[d];
    if (!entry) {
      const { low, high } = levelBases(f, j);
      const h = d >> 4;
      const l = d & 15;
      entry = h === 0 ? low[l]! : l === 0 ? high[h]! : mulFixed(high[h]!, low[l]!);
      level[d] = entry;
    }
    return entry;
  }

  /** (c₁ + i·s₁)(c₂ + i·s₂) at 2^−F, truncating each part once. */
  function mulFixed(x: [bigint, bigint], y: [bigint, bigint]): [bigint, bigint] {
    return [(x[0] * y[0] - x[1] * y[1]) >> FB, (x[1] * y[0] + x[0] * y[1]) >> FB];
  }

  /** [cos, sin]·2^F of p·θᵢ, by angle addition over base-256 digits of |p|. */
  function cosSinFix(st: SpecState, p: number, i: number): [bigint, bigint] {
    const f = st.freq[i]!;
    let a = Math.abs(p);
    let c = ONE;
    let s = 0n;
    let first = true;
    for (let j = 0; a > 0; j++) {
      const d = a % 256;
      a = (a - d) / 256;
      if (d === 0) continue;
      const [cj, sj] = tableEntry(f, j, d);
      if (first) {
        c = cj;
        s = sj;
        first = false;
      } else {
        const cn = (c * cj - s * sj) >> FB;
        s = (s * cj + c * sj) >> FB;
        c = cn;
      }
    }
    return [c, p < 0 ? -s : s];
  }

  /** An integer v·2^F as a decimal string with N places, truncated toward zero so that −v gives −(v). */
  const fixedString = (v: bigint): string => (v < 0n ? `-${(-v * TEN_N) >> FB}e-${N}` : `${(v * TEN_N) >> FB}e-${N}`);
  const fixedToDecimal = (v: bigint): Decimal => new Wp(fixedString(v));

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
      const [c, s] = cosSinFix(st, checkPosition(position), pairIndexChecked(st, i));
      // Exact decimals of the fixed-point results (N ≥ D + 12 places), not re-rounded: the last digits are
      // below the 10^−(D+7) error bound, and rounding again would cost more than the evaluation.
      return { cos: new Out(fixedString(c)), sin: new Out(fixedString(s)) };
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
        const [cf, sf] = cosSinFix(st, p, j);
        const c = fixedToDecimal(cf).mul(m);
        const s = fixedToDecimal(sf).mul(m);
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

function checkFinite(v: number, k: number): number {
  if (typeof v !== "number" || !Number.isFinite(v)) throw new InvalidArgumentError(`x[${k}]`, "a finite number", v);
  return v;
}
