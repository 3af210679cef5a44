/**
 * Rotating keys and queries a block of rows at a time, for the shift measures (shift.ts, shift-stream.ts):
 * rotation is per row, so rotating block by block gives the rows a single call would, while the kernel's
 * own output (a fresh array per call, for kernels that do not take `out`) stays one block, whatever L.
 */
import { InvalidArgumentError } from "../errors.js";
import type { FormatName } from "../formats/table.js";

export interface RotatingKernel {
  format: FormatName;
  /** `out` (optional, length x.length): where the kernel may write the result instead of a fresh array. */
  rotate(x: Float64Array, positions: Float64Array, headDim: number, out?: Float64Array): Float64Array | Promise<Float64Array>;
}

/** Rows per kernel.rotate call. */
export const ROTATE_BLOCK = 2048;

/**
 * Rotates the rows of `block` (at `positions`, one per row) into `dest` (block.length values), then
 * applies `prepare` to them. Kernels that take `out` write straight into `dest`: no garbage per call.
 */
export async function rotateBlockInto(
  kernel: RotatingKernel,
  block: Float64Array,
  positions: Float64Array,
  d: number,
  dest: Float64Array,
  prepare: (v: Float64Array) => Float64Array = (v) => v,
): Promise<void> {
  const rotated = await kernel.rotate(block, positions, d, dest);
  if (rotated.length !== block.length) throw new InvalidArgumentError("kernel.rotate", `${block.length} values back for ${positions.length} rows of ${d}`, rotated.length);
  const prepared = prepare(rotated);
  if (prepared !== dest) dest.set(prepared);
}

/** Rotates x's rows `rows` (row r of `out` is x's row rows[r], at positions[rows[r]]; null: every row), block by block, into `out`. */
export async function rotateRowsInto(
  kernel: RotatingKernel,
  x: Float64Array,
  positions: Float64Array,
  rows: readonly number[] | null,
  d: number,
  out: Float64Array,
  prepare: (v: Float64Array) => Float64Array = (v) => v,
): Promise<void> {
  const n = out.length / d;
  for (let b = 0; b < n; b += ROTATE_BLOCK) {
    const e = Math.min(n, b + ROTATE_BLOCK);
    let block: Float64Array;
    let pos: Float64Array;
    if (rows === null) {
      block = x.subarray(b * d, e * d);
      pos = positions.subarray(b, e);
    } else {
      block = new Float64Array((e - b) * d);
      pos = new Float64Array(e - b);
      for (let r = b; r < e; r++) {
        const i = rows[r]!;
        block.set(x.subarray(i * d, (i + 1) * d), (r - b) * d);
        pos[r - b] = positions[i]!;
      }
    }
    await rotateBlockInto(kernel, block, pos, d, out.subarray(b * d, e * d), prepare);
  }
}
