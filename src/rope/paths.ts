/**
 * The rotation paths of an emulated kernel, as an explicit ordered list. Each path is a way of computing
 * the reference rotation (reference.ts) faster for the pipelines it accepts, bit for bit the same; a call
 * goes to the first enabled path that accepts the pipeline and does not decline the call at run time, so
 * the order is the fallback order:
 *
 *   simd       WebAssembly SIMD on fp64 values (simd/host.ts), bf16 and fp16 per-op pipelines; it declines the
 *              call when WebAssembly SIMD is unavailable or half % 4 ≠ 0, and hands single rows whose
 *              values it cannot prove to the reference;
 *   simd-fp32  WebAssembly SIMD on fp64 values (simd/fp32-host.ts): pipelines whose trig is fp32 (correctly
 *              rounded) and whose rotation rounds to fp32, output fp32, fp64, bf16 or fp16: cos/sin, the
 *              cache stage, the rotation and the output rounding; it declines like simd and hands the
 *              rows it cannot prove to the reference;
 *   simd-cache the cos/sin cache of pipelines with an fp32 trig stage from the SIMD kernels' certified
 *              cos/sin, the rotation by ts-fp32's loop, pipelines whose rotation rounds to fp32; it
 *              declines like simd;
 *   ts-bf16    TypeScript through fp32 intermediates (fast/bf16.ts), bf16 per-op pipelines; it declines
 *              the call when any operand lies outside its range;
 *   ts-fp32    TypeScript element by element (fast/fp32.ts), pipelines whose rotation rounds to fp32;
 *   reference  everything.
 *
 * rotateBits tries simd-bits (the SIMD kernels on bf16 patterns) and simd-fp32-bits (simd-fp32 on bf16
 * or fp16 patterns, input and output in one format) first; every call it declines, and every
 * other pipeline, is decoded a block at a time and rotated through the list above.
 *
 * Each kernel counts the rows each path rotated (PathStats, EmulatedKernel.pathStats) so that tests can
 * assert which path ran; the counters belong to the kernel instance.
 */
import { InvalidArgumentError } from "../errors.js";
import type { BitArray } from "../formats/bits.js";
import { rotateRowsBf16 } from "./fast/bf16.js";
import { rotateRowsFp32 } from "./fast/fp32.js";
import { rotateRows } from "./reference.js";
import { acceptsFp32Rotation, acceptsFp32RotationBits, rotateBitsSimdFp32, rotateRowsSimdFp32 } from "./simd/fp32-host.js";
import { type SimdCounters, type SimdState, newSimdCounters, rotateBitsSimd, rotateRowsSimd, rotateRowsSimdCache } from "./simd/host.js";
import type { Prepared } from "./stages.js";

/** Every rotation path, in the order they are tried (simd-bits only by rotateBits). */
export const ROTATION_PATHS = ["simd", "simd-bits", "simd-fp32", "simd-fp32-bits", "simd-cache", "ts-bf16", "ts-fp32", "reference"] as const;
export type PathName = (typeof ROTATION_PATHS)[number];

/** What a kernel's rotation paths did since it was made. */
export interface PathStats {
  /** Rows each path rotated. A row the SIMD kernels handed to the reference counts as the reference's. */
  rows: Record<PathName, number>;
  /** The SIMD paths' work in detail. */
  simd: SimdCounters;
}

export function newPathStats(): PathStats {
  return { rows: { simd: 0, "simd-bits": 0, "simd-fp32": 0, "simd-fp32-bits": 0, "simd-cache": 0, "ts-bf16": 0, "ts-fp32": 0, reference: 0 }, simd: newSimdCounters() };
}

/** A copy of stats that later calls do not change. */
export function copyPathStats(stats: PathStats): PathStats {
  return { rows: { ...stats.rows }, simd: { ...stats.simd } };
}

/** What a path may use besides its arguments: the kernel's SIMD instance (null without WebAssembly SIMD) and its counters. */
export interface PathEnv {
  simdState(): SimdState | null;
  stats: PathStats;
}

export interface RotationPath<X, Y> {
  readonly name: PathName;
  /** Whether the path can rotate this prepared pipeline, decided before any row is read. */
  accepts(s: Prepared): boolean;
  /**
   * Rotates every row of x into y and returns how many of those rows it handed to the reference, or
   * returns null having declined the call (what it wrote to y is then unspecified: the next path
   * overwrites all of y).
   */
  run(env: PathEnv, s: Prepared, x: X, positions: Float64Array, headDim: number, y: Y): number | null;
}

const simdPath: RotationPath<Float64Array, Float64Array> = {
  name: "simd",
  accepts: (s) => s.bf16PerOp || s.fp16PerOp,
  run(env, s, x, positions, headDim, y) {
    const st = env.simdState();
    return st === null ? null : rotateRowsSimd(s, st, env.stats.simd, x, positions, headDim, y);
  },
};

const simdFp32Path: RotationPath<Float64Array, Float64Array> = {
  name: "simd-fp32",
  accepts: acceptsFp32Rotation,
  run(env, s, x, positions, headDim, y) {
    const st = env.simdState();
    return st === null ? null : rotateRowsSimdFp32(s, st, env.stats.simd, x, positions, headDim, y);
  },
};

const simdFp32BitsPath: RotationPath<BitArray, BitArray> = {
  name: "simd-fp32-bits",
  accepts: acceptsFp32RotationBits,
  run(env, s, x, positions, headDim, y) {
    if (!(x instanceof Uint16Array && y instanceof Uint16Array)) return null;
    const st = env.simdState();
    return st === null ? null : rotateBitsSimdFp32(s, st, env.stats.simd, x, positions, headDim, y);
  },
};

const simdCachePath: RotationPath<Float64Array, Float64Array> = {
  name: "simd-cache",
  // The SIMD kernels' cos/sin are correctly rounded fp32: pipelines that model another libm (ggml's
  // glibc sinf/cosf) take the paths that call it.
  accepts: (s) => s.p.rotate.format === "fp32" && s.p.trig.format === "fp32" && s.p.trig.method === "correct",
  run(env, s, x, positions, headDim, y) {
    const st = env.simdState();
    return st === null ? null : rotateRowsSimdCache(s, st, env.stats.simd, x, positions, headDim, y);
  },
};

const tsBf16Path: RotationPath<Float64Array, Float64Array> = {
  name: "ts-bf16",
  accepts: (s) => s.bf16PerOp,
  run: (_env, s, x, positions, headDim, y) => (rotateRowsBf16(s, x, positions, headDim, y) ? 0 : null),
};

const tsFp32Path: RotationPath<Float64Array, Float64Array> = {
  name: "ts-fp32",
  accepts: (s) => s.p.rotate.format === "fp32",
  run(_env, s, x, positions, headDim, y) {
    rotateRowsFp32(s, x, positions, headDim, y);
    return 0;
  },
};

const referencePath: RotationPath<Float64Array, Float64Array> = {
  name: "reference",
  accepts: () => true,
  run(_env, s, x, positions, headDim, y) {
    rotateRows(s, x, positions, headDim, y);
    return 0;
  },
};

const simdBitsPath: RotationPath<BitArray, BitArray> = {
  name: "simd-bits",
  accepts: (s) => s.bf16PerOp,
  run(env, s, x, positions, headDim, y) {
    if (!(x instanceof Uint16Array && y instanceof Uint16Array)) return null;
    const st = env.simdState();
    return st === null ? null : rotateBitsSimd(s, st, env.stats.simd, x, positions, headDim, y);
  },
};

/** rotate's paths (fp64 values), in order; the reference, last, accepts everything and never declines. */
export const VALUE_PATHS: readonly RotationPath<Float64Array, Float64Array>[] = [simdPath, simdFp32Path, simdCachePath, tsBf16Path, tsFp32Path, referencePath];

/** rotateBits' paths on patterns, in order; what they decline goes through VALUE_PATHS. */
export const PATTERN_PATHS: readonly RotationPath<BitArray, BitArray>[] = [simdBitsPath, simdFp32BitsPath];

/**
 * Runs the first path of `paths` that is enabled, accepts s and does not decline, and counts its rows.
 * Returns false when none did (y then unspecified).
 */
export function runPaths<X, Y>(
  paths: readonly RotationPath<X, Y>[],
  enabled: ReadonlySet<PathName>,
  env: PathEnv,
  s: Prepared,
  x: X,
  positions: Float64Array,
  headDim: number,
  y: Y,
): boolean {
  for (const path of paths) {
    if (!enabled.has(path.name) || !path.accepts(s)) continue;
    const handed = path.run(env, s, x, positions, headDim, y);
    if (handed === null) continue;
    env.stats.rows[path.name] += positions.length - handed;
    env.stats.rows.reference += handed;
    return true;
  }
  return false;
}

/**
 * The paths a kernel may use: `paths` (default all), without the SIMD ones when `simd` is false and
 * without any fast one when `fastPaths` is false; the reference always.
 */
export function enabledPaths(paths: readonly PathName[] | undefined, fastPaths: boolean, simd: boolean): ReadonlySet<PathName> {
  if (paths !== undefined && (!Array.isArray(paths) || paths.some((p) => !(ROTATION_PATHS as readonly string[]).includes(p))))
    throw new InvalidArgumentError("paths", `an array of ${ROTATION_PATHS.map((p) => `"${p}"`).join(", ")}`, paths);
  const on = new Set<PathName>(paths ?? ROTATION_PATHS);
  if (!fastPaths) on.clear();
  if (!simd) {
    on.delete("simd");
    on.delete("simd-bits");
    on.delete("simd-cache");
    on.delete("simd-fp32");
    on.delete("simd-fp32-bits");
  }
  on.add("reference");
  return on;
}
