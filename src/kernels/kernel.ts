/**
 * The Kernel contract: what the zoo's emulations, users' modules (`module:PATH`, default export) and the
 * external routes all provide. `rotate` takes n×headDim values (row-major, on `format`'s grid) and n
 * integer positions, and returns the rotated values.
 */
import type { FormatName } from "../formats/table.js";
import type { Layout, Scaling } from "../oracle/spec.js";

export interface KernelRope {
  layout: Layout;
  base: number;
  rotaryDim?: number;
  scaling?: Scaling;
}

export interface Kernel {
  name: string;
  format: FormatName;
  rope: KernelRope;
  rotate(x: Float64Array, positions: Float64Array, headDim: number): Float64Array | Promise<Float64Array>;
}
