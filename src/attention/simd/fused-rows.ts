/**
 * The shift measure's row loop on the row kernels (row-kernels.ts): per evaluated query row and shift,
 * the logits of the visible keys, the fp32 softmax and the per-key sums, bit for bit what the scalar loop
 * of shift-rows.ts gives. The host's part:
 *  - proves inputs safe for the f32 logits (safeWords below): keys once per key array, as they are
 *    copied in as f32 in the kernels' transposed blocks of 16 keys; the query once per row. A row whose
 *    query is not safe goes to the scalar loop (the caller's `scalarRow`); unsafe keys (off the 12-bit
 *    grid, NaN, ±∞, tiny or huge) get their logit from the scalar `logit`, and a row where one of those is
 *    not finite goes to the scalar loop too (NaN and ∞ follow the scalar code's own rules there);
 *  - turns the mask of a row into at most two ranges of key blocks, and writes −∞ to the logits of the
 *    keys in those blocks the row does not see: exp(−∞ − m) = 0, and a 0 changes neither the max, nor the
 *    sequential sum, nor the per-key sums (perKey[j] + 0/counts[j] = perKey[j]; l1 + 0 = l1);
 *  - recomputes with Math.exp the groups of four whose fast exp was not certified;
 *  - takes rows four at a time for the logits (the kernel's query lanes: each key is read once per four
 *    rows), then finishes them one by one in row order, so every sum is added in the scalar loop's order.
 * Memory: the two key arrays as f32 (2·L·d·4 bytes) and O(L) per-row arrays; never L × L. Streamed
 * (shift-stream.ts: streamBegin, streamKeys, streamFinish): one block of keys per shift, as fp64 where
 * the caller rotates it and as f32, and a pass's rows' logits.
 */
import type { PackedSequence } from "../packing.js";
import type { ShiftRowsInput } from "../shift-rows.js";
import { KEY_BLOCK, ROW_KERNEL_DATA_BYTES, type RowKernels, instantiateRowKernels } from "./row-kernels.js";

/** Where the fused path computes a row and whose pieces it counts. */
export interface FusedCounters {
  /** Evaluated rows computed by the kernels, and rows handed to the scalar loop. */
  rows: number;
  scalarRows: number;
  /** (row × visible key) pairs the kernels computed, both shifts counted. */
  pairs: number;
  /** Groups of four exp lanes recomputed with Math.exp. */
  expRecomputed: number;
  /** Visible keys whose logit came from the scalar logit (unsafe keys). */
  patchedLogits: number;
  /** Streamed keys packed to f32 by the kernels (packKeysF32). */
  packedKeys: number;
}

/** Everything of a ShiftRowsInput the kernel reads (shift-rows.ts gives its input). */
export type FusedInput = Omit<ShiftRowsInput, "f" | "seq2">;

/** Biased fp64 exponents of |v| ∈ [2^−60, 2^56). */
const SAFE_EX_MIN = 1023 - 60;
const SAFE_EX_MAX = 1022 + 56;

/**
 * Whether the fp64 value with these words (high, low) is safe for the f32 products: at most 12
 * significant bits and |v| ∈ [2^−60, 2^56), or ±0. (NaN and ±∞ have exponent 2047: not safe.)
 */
function safeWords(hi: number, lo: number): boolean {
  if (lo !== 0 || (hi & 0x1ff) !== 0) return false;
  if ((hi & 0x7fffffff) === 0) return true;
  const ex = (hi >>> 20) & 0x7ff;
  return ex >= SAFE_EX_MIN && ex <= SAFE_EX_MAX;
}

/** The largest head dim with |sums| < 2^127 (products below 2^112). */
const MAX_D = 1 << 14;

const align16 = (n: number): number => Math.ceil(n / 16) * 16;

/** Rows computed together (the logits kernel's four query lanes). */
const GROUP = 4;

interface Layout {
  L: number;
  Lp: number;
  d: number;
  /** Rows whose logits the memory holds (GROUP for the whole-array loop, a pass for the streamed one). */
  rows: number;
  /** Keys the key regions hold per shift (Lp, or one streamed block rounded up to KEY_BLOCK). */
  keys: number;
  /** Queries, four per group, interleaved (f32): `rows` of them. */
  Q4: number;
  MAX: number;
  /** Logits of row g under shift s at LOGITS + (rows·s + g)·Lp·4 (f32). */
  LOGITS: number;
  A1: number;
  A2: number;
  COUNTS: number;
  PERKEY: number;
  FAILS: number;
  KEYS1: number;
  KEYS2: number;
  /** Streamed passes only (else END): each shift's block of rotated keys as fp64, and a list of unsafe keys (i32). */
  STAGE1: number;
  STAGE2: number;
  LIST: number;
  END: number;
}

function layout(L: number, d: number, rows = GROUP, keysPerShift?: number, stage = false): Layout {
  const Lp = Math.ceil(L / KEY_BLOCK) * KEY_BLOCK;
  const keys = Math.ceil((keysPerShift ?? Lp) / KEY_BLOCK) * KEY_BLOCK;
  const Q4 = ROW_KERNEL_DATA_BYTES;
  const MAX = Q4 + align16(rows * d * 4);
  const LOGITS = MAX + 16;
  const A1 = LOGITS + 2 * rows * Lp * 4;
  const A2 = A1 + Lp * 4;
  const COUNTS = A2 + Lp * 4;
  const PERKEY = COUNTS + Lp * 8;
  const FAILS = PERKEY + Lp * 8;
  const KEYS1 = FAILS + Lp;
  const KEYS2 = KEYS1 + keys * d * 4;
  const STAGE1 = align16(KEYS2 + keys * d * 4);
  const STAGE2 = STAGE1 + (stage ? keys * d * 8 : 0);
  const LIST = STAGE2 + (stage ? keys * d * 8 : 0);
  const END = LIST + (stage ? keys * 4 : 0);
  return { L, Lp, d, rows, keys, Q4, MAX, LOGITS, A1, A2, COUNTS, PERKEY, FAILS, KEYS1, KEYS2, STAGE1, STAGE2, LIST, END };
}

/** Visible key ranges of a row ([from, to) pairs, ascending, disjoint) and their cover in key blocks. */
interface RowRanges {
  /** Visible ranges: v[0..2·nv). */
  v: Int32Array;
  nv: number;
  /** Block ranges [B0, B1): b[0..2·nb). */
  b: Int32Array;
  nb: number;
}

export class FusedShiftRows {
  readonly counters: FusedCounters = { rows: 0, scalarRows: 0, pairs: 0, expRecomputed: 0, patchedLogits: 0, packedKeys: 0 };
  private lay: Layout | null = null;
  private f32: Float32Array<ArrayBufferLike> = new Float32Array(0);
  private f64: Float64Array<ArrayBufferLike> = new Float64Array(0);
  private i32: Int32Array<ArrayBufferLike> = new Int32Array(0);
  /** The arrays copied in (by identity) and what was learnt from them. */
  private k1: Float64Array | null = null;
  private k2: Float64Array | null = null;
  private counts: Float64Array | null = null;
  private seq: PackedSequence | null = null;
  private unsafe1: Int32Array<ArrayBufferLike> = new Int32Array(0);
  private unsafe2: Int32Array<ArrayBufferLike> = new Int32Array(0);
  /** Whether the key arrays have few enough unsafe keys to be worth the kernels. */
  private usable = false;
  private docStart = new Int32Array(0);
  private contiguous = false;
  /** The visible ranges of each row of the group, and the union of their block covers. */
  private readonly ranges: RowRanges[] = Array.from({ length: GROUP }, () => ({ v: new Int32Array(4), nv: 0, b: new Int32Array(4), nb: 0 }));
  private readonly union = new Int32Array(4 * GROUP);
  private nUnion = 0;

  constructor(
    private shared: SharedInstance,
    private readonly block: number,
    private readonly inv: number,
    private readonly logit: (q: ArrayLike<number>, qi: number, k: ArrayLike<number>, kj: number) => number,
  ) {}

  private get k(): RowKernels {
    return this.shared.k;
  }

  private views(): void {
    const buf = this.k.memory.buffer;
    this.f32 = new Float32Array(buf);
    this.f64 = new Float64Array(buf);
    this.i32 = new Int32Array(buf);
  }

  /** Makes `lay` this memory's layout (growing it), and forgets what the old one held; false when it cannot grow. */
  private useLayout(lay: Layout): boolean {
    const have = this.k.memory.buffer.byteLength;
    if (have < lay.END) {
      try {
        this.k.memory.grow(Math.ceil((lay.END - have) / 65536));
      } catch {
        return false;
      }
    }
    this.views();
    this.lay = lay;
    this.k1 = this.k2 = null;
    this.counts = null;
    return true;
  }

  /**
   * Takes the memory over from another row loop (everything in it is theirs until then). While another
   * loop streams (its pass spans awaits, so other loops on this thread may run in between), this one
   * moves to an instance of its own instead; false when none can be made.
   */
  private own(): boolean {
    if (this.shared.streaming !== null && this.shared.streaming !== this) {
      const k = instantiateRowKernels();
      if (k === null) return false;
      this.shared = { k, owner: null, streaming: null };
      this.lay = null;
    }
    if (this.shared.owner !== this) {
      this.shared.owner = this;
      this.lay = null;
    }
    return true;
  }

  /** Copies keys, counts and the mask's structure in where they changed; false when the kernels cannot take this input. */
  private bind(o: FusedInput): boolean {
    const L = o.seq1.length;
    const d = o.d;
    if (d > MAX_D || o.k1.length !== L * d || o.k2.length !== L * d) return false;
    if (!this.own()) return false;
    if (this.lay === null || this.lay.L !== L || this.lay.d !== d || this.lay.rows !== GROUP || this.lay.keys !== this.lay.Lp) {
      if (!this.useLayout(layout(L, d))) return false;
    }
    const lay = this.lay!;
    if (this.k1 !== o.k1 || this.k2 !== o.k2) {
      this.unsafe1 = this.copyKeys(o.k1, lay.KEYS1, L);
      this.unsafe2 = this.copyKeys(o.k2, lay.KEYS2, L);
      this.k1 = o.k1;
      this.k2 = o.k2;
      // Each unsafe key costs a scalar logit per row that sees it: past one in eight, the kernels do not pay.
      this.usable = this.unsafe1.length + this.unsafe2.length <= L / 8;
    }
    this.bindCounts(o.counts);
    this.bindSeq(o.seq1);
    return this.usable && this.contiguous;
  }

  private bindCounts(counts: Float64Array): void {
    if (this.counts === counts) return;
    const lay = this.lay!;
    const c = lay.COUNTS / 8;
    this.f64.set(counts, c);
    // Padding keys: count 1 (their δ is 0, and 0/1 adds nothing).
    this.f64.fill(1, c + lay.L, c + lay.Lp);
    this.counts = counts;
  }

  /** Each token's document start, and whether every document is one range of tokens. */
  private bindSeq(seq: PackedSequence): void {
    if (this.seq === seq) return;
    const L = seq.length;
    this.seq = seq;
    this.docStart = new Int32Array(L);
    this.contiguous = true;
    const seen = new Set<number>();
    for (let t = 0; t < L; t++) {
      const id = seq.docIds[t]!;
      if (t > 0 && id === seq.docIds[t - 1]) this.docStart[t] = this.docStart[t - 1]!;
      else {
        // A document that reappears after another would not be one range of keys.
        if (seen.has(id)) this.contiguous = false;
        seen.add(id);
        this.docStart[t] = t;
      }
    }
  }

  /**
   * The first n keys of k as f32 in blocks of 16, transposed, at `at`, zeros up to the next multiple of
   * 16; returns the indices of unsafe keys (ascending).
   */
  private copyKeys(k: Float64Array, at: number, n: number): Int32Array {
    const d = this.lay!.d;
    const f32 = this.f32;
    const words = new Uint32Array(k.buffer, k.byteOffset, n * d * 2);
    const unsafe: number[] = [];
    const base0 = at / 4;
    // Key by key, read in order, written with a stride of 16 (within its block of 16·d f32: in L1).
    for (let j = 0; j < n; j++) {
      let dst = base0 + (j >> 4) * KEY_BLOCK * d + (j & 15);
      const src = j * d;
      // safeWords for every element, without a branch per element: low bits ORed, exponents' range.
      let low = 0;
      let exMin = 2047;
      let exMax = 0;
      for (let t = 0, w = 2 * src; t < d; t++, w += 2, dst += KEY_BLOCK) {
        f32[dst] = k[src + t]!;
        const hi = words[w + 1]!;
        low |= words[w]! | (hi & 0x1ff);
        if ((hi & 0x7fffffff) !== 0) {
          const ex = (hi >>> 20) & 0x7ff;
          if (ex < exMin) exMin = ex;
          if (ex > exMax) exMax = ex;
        }
      }
      if (low !== 0 || (exMax > 0 && (exMin < SAFE_EX_MIN || exMax > SAFE_EX_MAX))) unsafe.push(j);
    }
    // Padding keys: zeros (their logits are overwritten with −∞).
    const np = Math.ceil(n / KEY_BLOCK) * KEY_BLOCK;
    for (let j = n; j < np; j++) {
      const base = base0 + (j >> 4) * KEY_BLOCK * d + (j & 15);
      for (let t = 0; t < d; t++) f32[base + t * KEY_BLOCK] = 0;
    }
    return Int32Array.from(unsafe);
  }

  /** Whether every element of the query at qs[qi..qi+d) is safe for the f32 products. */
  private querySafe(qs: Float64Array, qi: number): boolean {
    const d = this.lay!.d;
    const words = new Uint32Array(qs.buffer, qs.byteOffset + qi * 8, d * 2);
    for (let t = 0; t < d; t++) if (!safeWords(words[2 * t + 1]!, words[2 * t]!)) return false;
    return true;
  }

  /**
   * The query at qs[qi..qi+d) into lane g of the group of four at `at` (bytes; default Q4) as f32; false
   * (the lane left as it was) when it is not safe.
   */
  private loadQuery(qs: Float64Array, qi: number, g: number, at = this.lay!.Q4): boolean {
    const d = this.lay!.d;
    if (!this.querySafe(qs, qi)) return false;
    const f32 = this.f32;
    for (let t = 0, w = at / 4 + g; t < d; t++, w += GROUP) f32[w] = qs[qi + t]!;
    return true;
  }

  /** The union of the block covers of ranges[start..start+n) (those with use[·] ≠ 0, when given; ascending, disjoint) in union[0..2·nUnion). */
  private unionCover(n: number, ranges: RowRanges[] = this.ranges, start = 0, use: Uint8Array | null = null): void {
    const u = this.union;
    let m = 0;
    for (let g = 0; g < n; g++) {
      if (use !== null && !use[start + g]) continue;
      const R = ranges[start + g]!;
      for (let b = 0; b < R.nb; b++) {
        u[2 * m] = R.b[2 * b]!;
        u[2 * m + 1] = R.b[2 * b + 1]!;
        m++;
      }
    }
    // Insertion sort by start (at most 8 intervals), then merge overlapping or touching ones.
    for (let a = 1; a < m; a++)
      for (let c = a; c > 0 && u[2 * c]! < u[2 * c - 2]!; c--) {
        const [s0, e0] = [u[2 * c]!, u[2 * c + 1]!];
        u[2 * c] = u[2 * c - 2]!;
        u[2 * c + 1] = u[2 * c - 1]!;
        u[2 * c - 2] = s0;
        u[2 * c - 1] = e0;
      }
    let k = 0;
    for (let a = 0; a < m; a++) {
      if (k > 0 && u[2 * a]! <= u[2 * k - 1]!) u[2 * k - 1] = Math.max(u[2 * k - 1]!, u[2 * a + 1]!);
      else {
        u[2 * k] = u[2 * a]!;
        u[2 * k + 1] = u[2 * a + 1]!;
        k++;
      }
    }
    this.nUnion = k;
  }

  /** The visible ranges of row i (the mask of packing.ts's `visible`) and their block cover. */
  private rowRanges(i: number, R: RowRanges): void {
    const scheme = this.seq!.scheme;
    R.nv = 0;
    const push = (a: number, b: number): void => {
      R.v[2 * R.nv] = a;
      R.v[2 * R.nv + 1] = b;
      R.nv++;
    };
    if (scheme === "full") push(0, i + 1);
    else if (scheme === "anchor") {
      const s = this.docStart[i]!;
      if (i === 0 || s <= 1) push(0, i + 1);
      else {
        push(0, 1);
        push(s, i + 1);
      }
    } else push(this.docStart[i]!, i + 1);
    R.nb = 0;
    for (let r = 0; r < R.nv; r++) {
      const B0 = R.v[2 * r]! >> 4;
      const B1 = (R.v[2 * r + 1]! + 15) >> 4;
      if (R.nb > 0 && B0 < R.b[2 * R.nb - 1]!) R.b[2 * R.nb - 1] = B1;
      else {
        R.b[2 * R.nb] = B0;
        R.b[2 * R.nb + 1] = B1;
        R.nb++;
      }
    }
  }

  /** −∞ for the keys of the block cover that row's visible ranges leave out. */
  private poison(R: RowRanges, L0: number): void {
    const l = this.f32;
    let r = 0;
    for (let b = 0; b < R.nb; b++) {
      const end = R.b[2 * b + 1]! * 16;
      let j = R.b[2 * b]! * 16;
      while (j < end) {
        // Skip a visible range that starts here; otherwise poison up to the next one (or the block end).
        while (r < R.nv && R.v[2 * r + 1]! <= j) r++;
        if (r < R.nv && R.v[2 * r]! <= j) {
          j = R.v[2 * r + 1]!;
          continue;
        }
        const stop = r < R.nv ? Math.min(end, R.v[2 * r]!) : end;
        for (; j < stop; j++) l[L0 + j] = -Infinity;
      }
    }
  }

  /**
   * Row g of the group under one shift, from its logits at `logits` (bytes) to its attention in `a` (A1
   * or A2): the unsafe keys' logits, the mask, the fp32 softmax. False when the row must go to the
   * scalar loop.
   */
  private finishRow(R: RowRanges, qs: Float64Array, qi: number, k: Float64Array, unsafe: Int32Array<ArrayBufferLike>, i: number, logits: number, a: number): boolean {
    const lay = this.lay!;
    const K = this.k;
    const L0 = logits / 4;
    for (let u = 0; u < unsafe.length && unsafe[u]! <= i; u++) {
      const j = unsafe[u]!;
      let seen = false;
      for (let r = 0; r < R.nv; r++) if (j >= R.v[2 * r]! && j < R.v[2 * r + 1]!) seen = true;
      if (!seen) continue;
      const v = this.logit(qs, qi, k, j * lay.d);
      if (!Number.isFinite(v)) return false;
      this.f32[L0 + j] = v;
      this.counters.patchedLogits++;
    }
    this.poison(R, L0);
    let m = -Infinity;
    const M0 = lay.MAX / 4;
    for (let b = 0; b < R.nb; b++) {
      K.maxF32(logits, R.b[2 * b]!, R.b[2 * b + 1]!, lay.MAX);
      m = Math.max(m, this.f32[M0]!, this.f32[M0 + 1]!, this.f32[M0 + 2]!, this.f32[M0 + 3]!);
    }
    let nfail = 0;
    for (let b = 0; b < R.nb; b++) nfail = K.expF32(logits, a, R.b[2 * b]!, R.b[2 * b + 1]!, m, lay.FAILS, nfail);
    if (nfail > 0) {
      const A0 = a / 4;
      const F0 = lay.FAILS / 4;
      for (let g = 0; g < nfail; g++) {
        const j0 = this.i32[F0 + g]!;
        for (let j = j0; j < j0 + 4; j++) this.f32[A0 + j] = Math.exp(Math.fround(this.f32[L0 + j]! - m));
      }
      this.counters.expRecomputed += nfail;
    }
    let sum = 0;
    for (let b = 0; b < R.nb; b++) sum = K.sumF32(a, R.b[2 * b]! * 16, R.b[2 * b + 1]! * 16, sum);
    for (let b = 0; b < R.nb; b++) K.divF32(a, R.b[2 * b]!, R.b[2 * b + 1]!, sum);
    return true;
  }

  /**
   * Adds evaluated rows [from, to) into the sums, in row order, as shift-rows.ts's scalar loop does;
   * rows the kernels cannot take go to `scalarRow(r, perKey)`, which adds row r into the same sums
   * (perKey is the kernels' copy during the call). Returns false (nothing added) when the kernels
   * cannot take this input at all.
   */
  accumulate(
    o: FusedInput,
    from: number,
    to: number,
    sums: ShiftSumsLike,
    scalarRow: (r: number, perKey: Float64Array) => void,
  ): boolean {
    if (!this.bind(o)) return false;
    const lay = this.lay!;
    const { d, A1, A2, LOGITS } = lay;
    const perKey = this.loadPerKey(sums.perKey);
    const stride = lay.Lp * 4;
    const ok = [false, false, false, false];
    for (let r0 = from; r0 < to; r0 += GROUP) {
      const n = Math.min(GROUP, to - r0);
      for (let g = 0; g < n; g++) this.rowRanges(o.rows[r0 + g]!, this.ranges[g]!);
      this.unionCover(n);
      ok.fill(false);
      for (let g = 0; g < n; g++) ok[g] = true;
      // Both shifts' logits for the group's rows (lanes of rows that cannot run stay 0 and are ignored).
      for (let sh = 0; sh < 2; sh++) {
        this.f32.fill(0, lay.Q4 / 4, lay.Q4 / 4 + GROUP * d);
        for (let g = 0; g < n; g++) if (ok[g]) ok[g] = this.loadQuery(sh === 0 ? o.qs1 : o.qs2, (r0 + g) * d, g);
        for (let u = 0; u < this.nUnion; u++)
          this.k.logitsF32(lay.Q4, sh === 0 ? lay.KEYS1 : lay.KEYS2, this.union[2 * u]!, this.union[2 * u + 1]!, d, this.block, this.inv, LOGITS + sh * GROUP * stride, stride);
      }
      for (let g = 0; g < n; g++) {
        const r = r0 + g;
        const i = o.rows[r]!;
        const R = this.ranges[g]!;
        const log1 = LOGITS + g * stride;
        const log2 = LOGITS + (GROUP + g) * stride;
        if (!(ok[g] && this.finishRow(R, o.qs1, r * d, o.k1, this.unsafe1, i, log1, A1) && this.finishRow(R, o.qs2, r * d, o.k2, this.unsafe2, i, log2, A2))) {
          scalarRow(r, perKey);
          this.counters.scalarRows++;
          continue;
        }
        this.addRow(R, log1, log2, sums);
      }
    }
    sums.perKey.set(perKey);
    return true;
  }

  /** The kernels' copy of perKey (PERKEY, padding zeroed), loaded from `perKey`: rows add into it until copied back. */
  private loadPerKey(perKey: Float64Array): Float64Array<ArrayBufferLike> {
    const { L, Lp, PERKEY } = this.lay!;
    const P0 = PERKEY / 8;
    this.f64.set(perKey.subarray(0, L), P0);
    this.f64.fill(0, P0 + L, P0 + Lp);
    return this.f64.subarray(P0, P0 + L);
  }

  /** Adds a finished row (attention under both shifts in A1 and A2, logits at log1 and log2) into the sums. */
  private addRow(R: RowRanges, log1: number, log2: number, sums: ShiftSumsLike): void {
    const { A1, A2, COUNTS, PERKEY } = this.lay!;
    // Key 0 is visible to row i when the first visible range starts at 0 (Eq. 5 over those rows).
    if (R.v[0] === 0) {
      sums.logitSum += Math.abs(this.f32[log1 / 4]! - this.f32[log2 / 4]!);
      sums.logitRows++;
    }
    let l1 = sums.l1Sum;
    for (let b = 0; b < R.nb; b++) l1 = this.k.deltaF64(A1, A2, COUNTS, PERKEY, R.b[2 * b]! * 16, R.b[2 * b + 1]! * 16, l1);
    sums.l1Sum = l1;
    sums.rows++;
    this.counters.rows++;
    let pairs = 0;
    for (let v = 0; v < R.nv; v++) pairs += R.v[2 * v + 1]! - R.v[2 * v]!;
    this.counters.pairs += 2 * pairs;
  }

  // ─── Streamed keys (shift-stream.ts): a pass of rows, keys given a block at a time ─────────────────

  private pass: StreamPass | null = null;

  /**
   * Starts a pass over evaluated rows [from, to) of `o` (its k1 and k2 are not read: keys come later, a
   * block of `keyBlock` keys at a time, through streamKeys). Returns which of the pass's rows the
   * kernels take (1) and which the caller must compute itself (0: queries not safe for the f32
   * products), or null when the kernels cannot take this input at all (nothing changed then).
   */
  streamBegin(o: Omit<FusedInput, "k1" | "k2">, from: number, to: number, keyBlock: number): Uint8Array | null {
    const L = o.seq1.length;
    const d = o.d;
    const n = to - from;
    if (d > MAX_D || n < 1 || keyBlock % KEY_BLOCK !== 0 || keyBlock < KEY_BLOCK) return null;
    this.bindSeq(o.seq1);
    if (!this.contiguous || !this.own()) return null;
    const rows = Math.ceil(n / GROUP) * GROUP;
    const lay = this.lay;
    if (lay === null || lay.L !== L || lay.d !== d || lay.rows < rows || lay.keys < keyBlock || lay.END === lay.STAGE1) {
      if (!this.useLayout(layout(L, d, rows, keyBlock, true))) return null;
    } else {
      // The same layout: its key regions now hold streamed blocks, not the whole-array loop's keys.
      this.k1 = this.k2 = null;
    }
    this.bindCounts(o.counts);
    const P = this.lay!.rows;
    const groups = rows / GROUP;
    const pass: StreamPass = this.pass?.ranges.length === rows ? this.pass : newPass(rows);
    pass.o = o;
    pass.from = from;
    pass.n = n;
    pass.kernel.fill(0);
    pass.failed.fill(0);
    const Q0 = this.lay!.Q4;
    this.f32.fill(0, Q0 / 4, Q0 / 4 + P * d);
    for (let p = 0; p < n; p++) {
      const r = from + p;
      this.rowRanges(o.rows[r]!, pass.ranges[p]!);
      if (this.querySafe(o.qs1, r * d) && this.querySafe(o.qs2, r * d)) pass.kernel[p] = 1;
    }
    for (let g = 0; g < groups; g++) {
      this.unionCover(Math.min(GROUP, n - g * GROUP), pass.ranges, g * GROUP, pass.kernel);
      pass.nUnion[g] = this.nUnion;
      pass.union.set(this.union.subarray(0, 2 * this.nUnion), g * 4 * GROUP);
    }
    this.pass = pass;
    this.shared.streaming = this;
    return pass.kernel.slice(0, n);
  }

  /** Ends a pass (after its last streamFinish, or when it failed): other row loops may use the memory again. */
  streamEnd(): void {
    if (this.shared.streaming === this) this.shared.streaming = null;
  }

  /**
   * Keys [b, e) of the pass (b a multiple of KEY_BLOCK, e − b ≤ keyBlock), rotated under each shift
   * (k1, k2: (e − b) × d): the logits of the kernel rows against them, bit for bit the scalar logit's,
   * into each row's logits under each shift. Unsafe keys get the scalar logit; a row where one of those
   * is not finite is marked for the caller (streamFinish returns false for it).
   */
  streamKeys(b: number, e: number, k1: Float64Array, k2: Float64Array): void {
    const pass = this.pass!;
    const lay = this.lay!;
    const { d, LOGITS, Q4 } = lay;
    const P = lay.rows;
    const stride = lay.Lp * 4;
    const o = pass.o!;
    const n = e - b;
    const B0 = b >> 4;
    const B1 = (e + 15) >> 4;
    const unsafe = [this.packKeys(k1, lay.KEYS1, n, lay.STAGE1), this.packKeys(k2, lay.KEYS2, n, lay.STAGE2)];
    const groups = Math.ceil(pass.n / GROUP);
    for (let sh = 0; sh < 2; sh++) {
      const qs = sh === 0 ? o.qs1 : o.qs2;
      for (let g = 0; g < groups; g++) {
        const nu = pass.nUnion[g]!;
        if (nu === 0) continue;
        const q4 = Q4 + g * GROUP * d * 4;
        // The group's queries under this shift (a few hundred f32 per block: cheap next to the keys).
        for (let p = g * GROUP; p < Math.min(pass.n, (g + 1) * GROUP); p++) if (pass.kernel[p]) this.loadQuery(qs, (pass.from + p) * d, p & 3, q4);
        const out = LOGITS + (sh * P + g * GROUP) * stride + B0 * KEY_BLOCK * 4;
        for (let u = 0; u < nu; u++) {
          const lo = Math.max(B0, pass.union[g * 4 * GROUP + 2 * u]!);
          const hi = Math.min(B1, pass.union[g * 4 * GROUP + 2 * u + 1]!);
          if (lo < hi) this.k.logitsF32(q4, sh === 0 ? lay.KEYS1 : lay.KEYS2, lo - B0, hi - B0, d, this.block, this.inv, out, stride);
        }
      }
      const U = unsafe[sh]!;
      if (U.length === 0) continue;
      const k = sh === 0 ? k1 : k2;
      for (let p = 0; p < pass.n; p++) {
        if (!pass.kernel[p]) continue;
        const R = pass.ranges[p]!;
        const L0 = (LOGITS + (sh * P + p) * stride) / 4;
        for (const u of U) {
          const j = b + u;
          let seen = false;
          for (let r = 0; r < R.nv; r++) if (j >= R.v[2 * r]! && j < R.v[2 * r + 1]!) seen = true;
          if (!seen) continue;
          const v = this.logit(qs, (pass.from + p) * d, k, u * d);
          this.f32[L0 + j] = v;
          this.counters.patchedLogits++;
          // f32 holds ±∞ as they are and a NaN as a NaN (its payload may change; the scalar softmax gives NaN from any).
          if (!Number.isFinite(v)) pass.failed[p] = 1;
        }
      }
    }
  }

  /**
   * Row p of the pass, after every key it sees was streamed: softmax under both shifts and its sums,
   * added into `sums` (perKey: the copy streamPerKey gave). False (nothing added) for a row streamBegin
   * left to the caller or one with a logit that is not finite: the caller computes it from
   * streamLogits with the scalar code.
   */
  streamFinish(p: number, sums: ShiftSumsLike): boolean {
    const pass = this.pass!;
    if (!pass.kernel[p] || pass.failed[p]) return false;
    const lay = this.lay!;
    const stride = lay.Lp * 4;
    const R = pass.ranges[p]!;
    const log1 = lay.LOGITS + p * stride;
    const log2 = lay.LOGITS + (lay.rows + p) * stride;
    const none = new Int32Array(0);
    const o = pass.o!;
    const i = o.rows[pass.from + p]!;
    const r = pass.from + p;
    // Unsafe keys were patched as they streamed by: finishRow has none left to patch.
    this.finishRow(R, o.qs1, r * lay.d, o.qs1, none, i, log1, lay.A1);
    this.finishRow(R, o.qs2, r * lay.d, o.qs2, none, i, log2, lay.A2);
    this.addRow(R, log1, log2, sums);
    return true;
  }

  /**
   * Where the caller may rotate a pass's key blocks (fp64, keyBlock × d each, in the kernels' memory):
   * blocks given there to streamKeys are packed to f32 by the kernels, not by a loop here. Valid until
   * the next streamBegin.
   */
  streamBuffers(): [Float64Array<ArrayBufferLike>, Float64Array<ArrayBufferLike>] {
    const lay = this.lay!;
    const n = lay.keys * lay.d;
    return [this.f64.subarray(lay.STAGE1 / 8, lay.STAGE1 / 8 + n), this.f64.subarray(lay.STAGE2 / 8, lay.STAGE2 / 8 + n)];
  }

  /** copyKeys for n streamed keys, on the kernels (packKeysF32) when they sit at `stage` in the memory and d is even. */
  private packKeys(k: Float64Array, at: number, n: number, stage: number): Int32Array {
    const lay = this.lay!;
    const d = lay.d;
    if (k.buffer !== this.k.memory.buffer || k.byteOffset !== stage || d % 2 !== 0) return this.copyKeys(k, at, n);
    const count = this.k.packKeysF32(stage, n, d, at, lay.LIST);
    // Padding keys (and the ones packKeysF32 read past n): zeros, as copyKeys leaves them.
    const np = Math.ceil(n / KEY_BLOCK) * KEY_BLOCK;
    for (let j = n; j < np; j++) {
      const base = at / 4 + (j >> 4) * KEY_BLOCK * d + (j & 15);
      for (let t = 0; t < d; t++) this.f32[base + t * KEY_BLOCK] = 0;
    }
    this.counters.packedKeys += n;
    return this.i32.slice(lay.LIST / 4, lay.LIST / 4 + count);
  }

  /** The kernels' copy of perKey for a pass's rows to add into (scalar rows too), loaded from `perKey`; copy it back when the pass ends. */
  streamPerKey(perKey: Float64Array): Float64Array<ArrayBufferLike> {
    return this.loadPerKey(perKey);
  }

  /** Row p's logits under shift sh (0 or 1) for keys [0, n), as the scalar logit gives them (for a row streamFinish declined after streamBegin took it). */
  streamLogits(p: number, sh: number, n: number, out: Float64Array): void {
    const lay = this.lay!;
    const L0 = (lay.LOGITS + (sh * lay.rows + p) * lay.Lp * 4) / 4;
    for (let j = 0; j < n; j++) out[j] = this.f32[L0 + j]!;
  }
}

/** What a pass of streamed rows keeps between calls. */
interface StreamPass {
  o: Omit<FusedInput, "k1" | "k2"> | null;
  from: number;
  n: number;
  ranges: RowRanges[];
  /** 1 for rows the kernels compute; failed: 1 for those with a logit that is not finite (back to the caller). */
  kernel: Uint8Array;
  failed: Uint8Array;
  /** Each group's union of block covers (up to 4·GROUP ints) and its interval count. */
  union: Int32Array;
  nUnion: Int32Array;
}

function newPass(rows: number): StreamPass {
  return {
    o: null,
    from: 0,
    n: 0,
    ranges: Array.from({ length: rows }, () => ({ v: new Int32Array(4), nv: 0, b: new Int32Array(4), nb: 0 })),
    kernel: new Uint8Array(rows),
    failed: new Uint8Array(rows),
    union: new Int32Array((rows / GROUP) * 4 * GROUP),
    nUnion: new Int32Array(rows / GROUP),
  };
}

type ShiftSumsLike = { perKey: Float64Array; logitSum: number; logitRows: number; l1Sum: number; rows: number };

/** The thread's row-kernel instance and the row loop whose data its memory holds. */
interface SharedInstance {
  k: RowKernels;
  owner: FusedShiftRows | null;
  /** The row loop in a streamed pass, if any: its data must stay until the pass ends. */
  streaming: FusedShiftRows | null;
}

/**
 * One instance per thread, shared by every row loop: its memory (keys, up to 2·L·d·4 bytes) is reused
 * from call to call instead of faulting in fresh pages each time (3–12 µs a page on this VM, which at
 * L = 131,072 cost more than the row loop itself). A row loop re-copies its keys whenever another one used
 * the memory since (the owner check in bind), so results never depend on this cache; the memory stays at
 * the largest size used so far, until the thread ends.
 */
let instance: SharedInstance | null | undefined;

/** A fused row loop for this score (blocked fp32 sums of `block`, logits fround(s·inv)), or null without WebAssembly SIMD. */
export function fusedShiftRows(block: number, inv: number, logit: (q: ArrayLike<number>, qi: number, k: ArrayLike<number>, kj: number) => number): FusedShiftRows | null {
  if (instance === undefined) {
    const k = instantiateRowKernels();
    instance = k === null ? null : { k, owner: null, streaming: null };
  }
  return instance === null ? null : new FusedShiftRows(instance, block, inv, logit);
}
