/**
 * The reference rotation: every stage and every operation of the pipeline, one correct rounding each, in
 * the order the modelled implementation performs them. Every other rotation path (fast/, simd/) is
 * judged bit for bit against it; it shares nothing with them but the stage model (stages.ts) and, with
 * the TypeScript bf16 path, pairProducts.
 */
import { type Prepared, roundPrefix, stagesAt } from "./stages.js";

/** Rows per block: the block's temporaries (8 arrays of BLOCK·half doubles) stay in cache. */
export const BLOCK = 256;

/**
 * The rotation, one block of rows at a time and one operation at a time over typed arrays, each operation
 * followed by one roundArray over the block (its bit-level path reads the values through an Int32 view;
 * rounding values one by one through a scratch Float64Array measured 10× slower here). Roundings:
 *   none:   ya = r(r(xa·c) − r(xb·s)),  yb = r(r(xa·s) + r(xb·c))
 *   first:  ya = r(xa·c − r(xb·s)),     yb = r(xa·s + r(xb·c))
 *   second: ya = r(r(xa·c) − xb·s),     yb = r(r(xa·s) + xb·c)
 * then both rounded to the output format. Products of ≤ 24-bit operands are exact in fp64, so each
 * rounding is a single correct rounding.
 */
export function rotateRows(s: Prepared, x: Float64Array, positions: Float64Array, headDim: number, y: Float64Array): void {
  const n = positions.length;
  const sc = scratchOf(s, Math.min(BLOCK, n) * s.half);
  sc.busy = true;
  try {
    rotateBlocks(s, x, positions, headDim, y, sc);
  } finally {
    sc.busy = false;
  }
}

function rotateBlocks(s: Prepared, x: Float64Array, positions: Float64Array, headDim: number, y: Float64Array, sc: Scratch): void {
  const { half, pairA, pairB } = s;
  const fma = s.p.rotate.fma;
  const rot = s.p.rotate.format;
  const out = s.p.output.format;
  const rd = s.p.rope.rotaryDim;
  const n = positions.length;
  const { p1, p2, p3, p4, angle, cosRow, sinRow } = sc;
  let lastPos = NaN;
  for (let start = 0; start < n; start += BLOCK) {
    const rows = Math.min(BLOCK, n - start);
    const len = rows * half;
    for (let r = 0; r < rows; r++) {
      const row = start + r;
      const p = positions[row]!;
      if (p !== lastPos) {
        stagesAt(s, p, angle, cosRow, sinRow); // rows at one position (heads) share the cache row
        lastPos = p;
      }
      pairProducts(s, x, row * headDim, cosRow, sinRow, p1, p2, p3, p4, r * half);
    }
    if (fma !== "first") {
      roundPrefix(rot, p1, len);
      roundPrefix(rot, p3, len);
    }
    if (fma !== "second") {
      roundPrefix(rot, p2, len);
      roundPrefix(rot, p4, len);
    }
    for (let k = 0; k < len; k++) {
      p1[k] = p1[k]! - p2[k]!;
      p3[k] = p3[k]! + p4[k]!;
    }
    roundPrefix(rot, p1, len);
    roundPrefix(rot, p3, len);
    if (out !== rot) {
      roundPrefix(out, p1, len);
      roundPrefix(out, p3, len);
    }
    for (let r = 0; r < rows; r++) {
      const base = (start + r) * headDim;
      for (let j = 0; j < half; j++) {
        y[base + pairA[j]!] = p1[r * half + j]!;
        y[base + pairB[j]!] = p3[r * half + j]!;
      }
      for (let k = rd; k < headDim; k++) y[base + k] = s.roundOut(x[base + k]!);
    }
  }
}

/** The block temporaries of rotateRows: p1 = xa·c then ya, p2 = xb·s, p3 = xa·s then yb, p4 = xb·c; a cache row. */
interface Scratch {
  p1: Float64Array;
  p2: Float64Array;
  p3: Float64Array;
  p4: Float64Array;
  angle: Float64Array;
  cosRow: Float64Array;
  sinRow: Float64Array;
  /** Set while a call uses them: a nested call (none today) gets temporaries of its own. */
  busy: boolean;
}

/**
 * Each prepared pipeline's temporaries, kept between calls. The SIMD paths hand rows they decline to
 * rotateRows a run at a time, often one or two rows per call, and each call allocated seven typed arrays
 * (the larger ones off-heap, whose external-memory accounting makes V8 start full collections). Every
 * element is written before it is read within a call, and calls are synchronous and not nested, so
 * reusing them cannot carry anything from one call to the next. A WeakMap, so a pipeline's temporaries go
 * with it.
 */
const scratchByPipeline = new WeakMap<Prepared, Scratch>();

/** Temporaries of at least m = rows·half products (subarrays of length m when the kept ones are longer). */
function scratchOf(s: Prepared, m: number): Scratch {
  let sc = scratchByPipeline.get(s);
  if (sc !== undefined && sc.busy) return newScratch(s.half, m);
  if (sc === undefined || sc.p1.length < m) {
    sc = newScratch(s.half, m);
    scratchByPipeline.set(s, sc);
  }
  return sc;
}

function newScratch(half: number, m: number): Scratch {
  const f = (len: number): Float64Array => new Float64Array(len);
  return { p1: f(m), p2: f(m), p3: f(m), p4: f(m), angle: f(half), cosRow: f(half), sinRow: f(half), busy: false };
}

/**
 * The four products of each pair of the row at x[base …] with its cache row, xa·c, xb·s, xa·s, xb·c, into
 * p1 … p4 from offset o: exact in fp64 (operands of ≤ 24 bits); stored in f32 arrays by rotateRowsBf16
 * (fast/bf16.ts), where they have ≤ 16 bits.
 */
export function pairProducts(
  s: Prepared,
  x: Float64Array,
  base: number,
  cos: Float64Array,
  sin: Float64Array,
  p1: Float64Array | Float32Array,
  p2: Float64Array | Float32Array,
  p3: Float64Array | Float32Array,
  p4: Float64Array | Float32Array,
  o: number,
): void {
  const { half, pairA, pairB } = s;
  for (let j = 0; j < half; j++) {
    const xa = x[base + pairA[j]!]!;
    const xb = x[base + pairB[j]!]!;
    const c = cos[j]!;
    const sn = sin[j]!;
    p1[o + j] = xa * c;
    p2[o + j] = xb * sn;
    p3[o + j] = xa * sn;
    p4[o + j] = xb * c;
  }
}