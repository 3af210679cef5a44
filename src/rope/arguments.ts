/** Argument checks of EmulatedKernel's methods: one line naming the argument and the expected form. */
import { InvalidArgumentError } from "../errors.js";
import { type BitArray, allocateBits } from "../formats/bits.js";
import type { FormatName } from "../formats/table.js";

export type ArrayType = typeof Float64Array | typeof Uint8Array | typeof Uint16Array | typeof Uint32Array | typeof BigUint64Array;

/** The typed array type that holds a format's patterns (allocateBits). */
export function bitArrayType(format: FormatName): ArrayType {
  return allocateBits(format, 0).constructor as ArrayType;
}

/** rotate's and rotateBits' argument checks: one line naming the argument and the expected form. */
export function checkRotateArguments(
  x: unknown,
  xType: ArrayType,
  positions: unknown,
  headDim: number,
  out: unknown,
  outType: ArrayType,
): asserts x is Float64Array | BitArray {
  checkHeadDim(headDim);
  if (!(x instanceof xType) || x.length % headDim !== 0) throw new InvalidArgumentError("x", `a ${xType.name} of n × headDim (${headDim}) values`, x);
  const n = x.length / headDim;
  if (!(positions instanceof Float64Array) || positions.length !== n)
    throw new InvalidArgumentError("positions", `a Float64Array of ${n} integer positions`, positions);
  // A position equal to the row before's was checked with it (heads share positions: most rows repeat one).
  for (let row = 0; row < n; row++) if (!(row > 0 && positions[row] === positions[row - 1]) && !Number.isSafeInteger(positions[row])) checkPos(positions[row]!, `positions[${row}]`);
  if (out !== undefined && (!(out instanceof outType) || out.length < x.length || overlaps(out, x)))
    throw new InvalidArgumentError("out", `a ${outType.name} of length ≥ ${x.length} not overlapping x`, out);
}

/** Whether two arrays share memory (same buffer, intersecting byte ranges). */
function overlaps(a: ArrayBufferView, b: ArrayBufferView): boolean {
  return a.buffer === b.buffer && a.byteOffset < b.byteOffset + b.byteLength && b.byteOffset < a.byteOffset + a.byteLength;
}

export function checkHeadDim(headDim: unknown): void {
  if (typeof headDim !== "number" || !Number.isSafeInteger(headDim) || headDim < 2 || headDim % 2 !== 0)
    throw new InvalidArgumentError("headDim", "an even integer ≥ 2", headDim);
}

export function checkPos(p: number, argument: string): number {
  if (!Number.isSafeInteger(p)) throw new InvalidArgumentError(argument, "a safe integer", p);
  return p;
}