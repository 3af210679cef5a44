/** The TypeScript fast path of pipelines whose rotation rounds to fp32 (the "ts-fp32" rotation path). */
import { roundArray } from "../../formats/round.js";
import { BLOCK } from "../reference.js";
import { type Prepared, stagesAt } from "../stages.js";

/**
 * Pipelines whose rotation rounds to fp32 (meta-llama, flash-attn-triton, vllm-cuda, ggml-cpu, onnxruntime-cpu,
 * te-fused): rotateRows's fp64 operations and fp32 roundings (Math.fround, as roundArray rounds to fp32)
 * in the same order, element by element in one pass rather than one pass per operation over block
 * arrays, then the output rounding as one roundArray over each block's rotated elements (as rotateRows
 * rounds its blocks, on the same values). The same operations on the same values give the same bits;
 * tests compare the two on random and extreme inputs.
 */
export function rotateRowsFp32(
  s: Prepared,
  x: Float64Array,
  positions: Float64Array,
  headDim: number,
  y: Float64Array,
  /** The cache row of row r (the first of a run of equal positions), instead of stagesAt: the "simd-cache" path's. */
  cacheRow?: (r: number, cos: Float64Array, sin: Float64Array) => void,
): void {
  const { half, pairA, pairB } = s;
  const fma = s.p.rotate.fma;
  const out = s.p.output.format;
  const rd = s.p.rope.rotaryDim;
  const n = positions.length;
  const angle = new Float64Array(half);
  const cos = new Float64Array(half);
  const sin = new Float64Array(half);
  const fr = Math.fround;
  let lastPos = NaN;
  const roundRotated = (from: number, to: number): void => {
    const part = y.subarray(from, to);
    roundArray(out, part, part);
  };
  for (let row = 0; row < n; row++) {
    const p = positions[row]!;
    if (p !== lastPos) {
      if (cacheRow) cacheRow(row, cos, sin);
      else stagesAt(s, p, angle, cos, sin); // rows at one position (heads) share the cache row
      lastPos = p;
    }
    const base = row * headDim;
    // One loop per FMA mode, so that the inner loop has no branch.
    if (fma === "first")
      for (let j = 0; j < half; j++) {
        const xa = x[base + pairA[j]!]!;
        const xb = x[base + pairB[j]!]!;
        const c = cos[j]!;
        const sn = sin[j]!;
        y[base + pairA[j]!] = fr(xa * c - fr(xb * sn));
        y[base + pairB[j]!] = fr(xa * sn + fr(xb * c));
      }
    else if (fma === "second")
      for (let j = 0; j < half; j++) {
        const xa = x[base + pairA[j]!]!;
        const xb = x[base + pairB[j]!]!;
        const c = cos[j]!;
        const sn = sin[j]!;
        y[base + pairA[j]!] = fr(fr(xa * c) - xb * sn);
        y[base + pairB[j]!] = fr(fr(xa * sn) + xb * c);
      }
    else
      for (let j = 0; j < half; j++) {
        const xa = x[base + pairA[j]!]!;
        const xb = x[base + pairB[j]!]!;
        const c = cos[j]!;
        const sn = sin[j]!;
        y[base + pairA[j]!] = fr(fr(xa * c) - fr(xb * sn));
        y[base + pairB[j]!] = fr(fr(xa * sn) + fr(xb * c));
      }
    // pairA and pairB together are exactly [0, rotaryDim) in both layouts: with rotaryDim = headDim a
    // block of rows is one run of rotated elements, rounded at once (a call per row costs more than
    // the rounding).
    if (out !== "fp32") {
      if (rd < headDim) roundRotated(base, base + rd);
      else if ((row + 1) % BLOCK === 0 || row === n - 1) roundRotated((row - (row % BLOCK)) * headDim, base + headDim);
    }
    for (let k = rd; k < headDim; k++) y[base + k] = s.roundOut(x[base + k]!);
  }
}
