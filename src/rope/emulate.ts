/**
 * Emulated kernels: a pipeline spec (pipeline.ts) run bit-faithfully in TypeScript. This module holds the
 * public factory: it validates the spec and the arguments (arguments.ts), prepares the stage model once
 * per head dim (stages.ts) and hands each call to the first rotation path that takes it (paths.ts); how
 * each path computes, and why it equals the reference, is said in its own module.
 */
import { type BitArray, allocateBits, decodeArray, encodeArray } from "../formats/bits.js";
import type { FormatName } from "../formats/table.js";
import type { Layout, Scaling } from "../oracle/spec.js";
import { bitArrayType, checkHeadDim, checkPos, checkRotateArguments } from "./arguments.js";
import { type PathEnv, type PathName, type PathStats, PATTERN_PATHS, VALUE_PATHS, copyPathStats, enabledPaths, newPathStats, runPaths } from "./paths.js";
import { type PipelineSpec, resolvePipeline } from "./pipeline.js";
import { type SimdState, privateSimdState, sharedSimdState } from "./simd/host.js";
import type { WasmMemory } from "./simd/kernels.js";
import { type Prepared, type StageTrace, prepare, stagesAt } from "./stages.js";

export type { StageTrace } from "./stages.js";
export type { PathName, PathStats } from "./paths.js";
export { ROTATION_PATHS } from "./paths.js";
export type { SimdCounters } from "./simd/host.js";
export { simdScratchBytes } from "./simd/host.js";

/** A Kernel (src/kernels/kernel.ts; restated here because rope sits above kernels) with its pipeline. */
export interface EmulatedKernel {
  name: string;
  format: FormatName;
  rope: { layout: Layout; base: number; rotaryDim?: number; scaling?: Scaling };
  /** `out` (optional, length ≥ x.length) receives the result without a fresh allocation. */
  rotate(x: Float64Array, positions: Float64Array, headDim: number, out?: Float64Array): Float64Array;
  /**
   * The same rotation on a tensor held as `format`'s bit patterns (allocateBits: a Uint16Array for bf16
   * and fp16, a Uint8Array for fp8, …), as the real kernel holds it: 4× less memory than fp64 values for
   * 16-bit formats. Returns the output format's patterns, exactly encodeArray(output format,
   * rotate(decodeArray(format, x), …)); `out` (optional, that pattern array type, length ≥ x.length)
   * receives them.
   */
  rotateBits(x: BitArray, positions: Float64Array, headDim: number, out?: BitArray): BitArray;
  readonly pipeline: PipelineSpec;
  /** The stage values (rounded position, angles, cached cos/sin) at one position. */
  trace(position: number, headDim: number): StageTrace;
  /** Rows each rotation path of this kernel has rotated so far, and the SIMD paths' work (a copy). */
  pathStats(): PathStats;
}

export interface EmulateOptions {
  /** Use specialised loops where they are provably identical (default true; false: the reference only). */
  fastPaths?: boolean;
  /**
   * Among the fast paths, use the WebAssembly SIMD kernels (simd/kernels.ts) where WebAssembly SIMD is
   * available (default true; false leaves the TypeScript fast paths, for tests and comparisons).
   */
  simd?: boolean;
  /**
   * The rotation paths this kernel may use (names from ROTATION_PATHS, tried in that order), e.g.
   * ["ts-bf16"] to run that path alone; the reference always remains the last resort. Default: all of
   * them, less what `fastPaths` and `simd` turn off.
   */
  paths?: readonly PathName[];
  /**
   * Run the SIMD kernels on a shared WebAssembly memory from createKernelMemory (simd/kernels.ts) rather
   * than on a private one, keeping their own data in the `bytes` bytes at byte offset `scratch`
   * (simdScratchBytes(headDim) at least; kernels sharing a memory, e.g. one per worker thread, take
   * disjoint regions). x and out that are views of memory.buffer outside that region are then read and
   * written in place, without copies into and out of the kernels' memory.
   */
  simdMemory?: { memory: WasmMemory; scratch: number; bytes: number };
}

export function emulate(spec: PipelineSpec, options: EmulateOptions = {}): EmulatedKernel {
  const enabled = enabledPaths(options.paths, options.fastPaths ?? true, options.simd ?? true);
  const useSimd = ["simd", "simd-bits", "simd-fp32", "simd-fp32-bits", "simd-cache"].some((p) => enabled.has(p as PathName));
  const sharedSimd = useSimd && options.simdMemory ? sharedSimdState(options.simdMemory) : undefined;
  // The kernel's own WebAssembly instance, created on first use (null without WebAssembly SIMD).
  let ownSimd: SimdState | null | undefined;
  const env: PathEnv = {
    simdState(): SimdState | null {
      if (sharedSimd) return sharedSimd;
      if (ownSimd === undefined) ownSimd = privateSimdState();
      return ownSimd;
    },
    stats: newPathStats(),
  };
  resolvePipeline(spec, spec.rope?.rotaryDim ?? 128); // validate now, not on first use
  const byHeadDim = new Map<number, Prepared>();
  const prepared = (headDim: number): Prepared => {
    let s = byHeadDim.get(headDim);
    if (!s) {
      s = prepare(spec, headDim);
      byHeadDim.set(headDim, s);
    }
    return s;
  };
  const rotate = (x: Float64Array, positions: Float64Array, headDim: number, out?: Float64Array): Float64Array => {
    checkRotateArguments(x, Float64Array, positions, headDim, out, Float64Array);
    // A fresh 30 MB array costs more than rotating into it here (page faults): callers that rotate
    // repeatedly pass `out`.
    const y = out ?? new Float64Array(x.length);
    runPaths(VALUE_PATHS, enabled, env, prepared(headDim), x, positions, headDim, y); // the reference never declines
    return y;
  };
  return {
    name: spec.name,
    format: spec.format as FormatName,
    rope: spec.rope,
    pipeline: spec,
    rotate,
    trace(position, headDim) {
      checkHeadDim(headDim);
      const s = prepared(headDim);
      const angle = new Float64Array(s.half);
      const cos = new Float64Array(s.half);
      const sin = new Float64Array(s.half);
      const pos = stagesAt(s, checkPos(position, "position"), angle, cos, sin);
      return { position: pos, angle, cos, sin };
    },
    rotateBits(x, positions, headDim, out) {
      checkHeadDim(headDim);
      const st = prepared(headDim);
      const outFormat = st.p.output.format;
      checkRotateArguments(x, bitArrayType(spec.format as FormatName), positions, headDim, out, bitArrayType(outFormat));
      const y = out ?? allocateBits(outFormat, x.length);
      if (runPaths(PATTERN_PATHS, enabled, env, st, x, positions, headDim, y)) return y;
      // Everything else through rotate, a block of rows at a time (the fp64 values of a whole long-context
      // tensor would be 4× its patterns).
      const n = positions.length;
      const rowsPer = Math.max(1, Math.min(n, Math.floor(65536 / headDim)));
      const xs = new Float64Array(rowsPer * headDim);
      const ys = new Float64Array(rowsPer * headDim);
      for (let a = 0; a < n; a += rowsPer) {
        const b = Math.min(n, a + rowsPer);
        const len = (b - a) * headDim;
        decodeArray(spec.format as FormatName, x.subarray(a * headDim, b * headDim), xs);
        rotate(xs.subarray(0, len), positions.subarray(a, b), headDim, ys);
        encodeArray(outFormat, ys.subarray(0, len), y.subarray(a * headDim, b * headDim));
      }
      return y;
    },
    pathStats: () => copyPathStats(env.stats),
  };
}
