/**
 * WebAssembly SIMD kernels for bf16 and fp16 per-op RoPE pipelines (cache, rotation per op and output in
 * the model dtype, no FMA) and for the cos/sin of every pipeline with an fp32 trig stage, written with the emitter in wasm-emit.ts. host.ts drives them block by block and runs
 * the scalar reference for everything they decline; every function here either reproduces the scalar
 * path bit for bit or reports the lanes/rows it cannot vouch for:
 *
 *  sincos      fround(cos a), fround(sin a) by a fast fp64 cos/sin with a proved error bound; lanes whose
 *              fp32 rounding it cannot certify are listed, and the caller recomputes them with Math.cos.
 *  trigFp32    the same, fused with the angle stage fround(p · θᵢ) of pipelines whose angle is fp32.
 *  sincosRaw   the fp64 cos/sin before certification (tests of the error bound).
 *  trigBf16    trigFp32's angles, but RNE_bf16(fround(cos a)) certified from a four-lane f32 cos/sin, for
 *              bf16 caches with attention factor 1; sincosBf16 the same on given angles, sincosF32Raw
 *              its f32 values before certification (tests).
 *  trigFp16    trigBf16 for fp16 caches: RNE_fp16(fround(cos a)), groups the f32 cos/sin cannot certify
 *              recomputed in the kernel by the fp64 cos/sin; sincosFp16 the same on given angles;
 *              reduceFp16F32 its f32 range reduction alone (tests).
 *  cacheBf16   the cache stage: times the attention factor in fp32, RNE to bf16, range check per row;
 *  cacheFp16   the same with RNE to fp16.
 *  rotate*     the rotation of a block of rows (neox or gptj pairs) with a per-row input check; output in
 *              f32 lanes (the caller widens them) or, *64, fp64 written in place.
 *  rotateBits* the same rotation on bf16 patterns, in and out.
 *  rotateFp16* rotate* for fp16 per-op pipelines, with an overflow bound per row.
 *  pinSlots    a block's cache rows: one per run of equal positions, its position rounded to f32.
 *  rotateBitsNeoxScaled  rotateBitsNeox with one subtraction per product rounding, from scaleCache's
 *              scaled cache rows (rotation-scaled.ts).
 *
 * This module assembles them (their code in trig.ts and rotation.ts, their signatures in signatures.ts)
 * and compiles and instantiates the module.
 */
import { cacheRot32Func, fp16BitsFunc, rot32Func, scaleFp16CacheFunc } from "./fp32-rotation.js";
import { cacheBf16Func, cacheFp16Func, rotateBitsFunc, rotateFunc } from "./rotation.js";
import type { Bf16Kernels, WasmMemory } from "./signatures.js";
import { pinSlotsFunc } from "./slots.js";
import { rotateBitsScaledFunc, scaleCacheFunc } from "./rotation-scaled.js";
import { reduceFp16F32Func, sincosBf16Func, sincosF32RawFunc, sincosFp16Func, sincosFunc, sincosRawFunc, trigBf16Func, trigFp16Func, trigFp32Func } from "./trig.js";
import { ConstPool, type Func, emitModule } from "./wasm-emit.js";
import { type WasmModule, wasm } from "./wasm-api.js";

export type { Bf16Kernels, WasmMemory } from "./signatures.js";
export {
  BF16_TRIG_GUARD,
  BF16_TRIG_MIN_R,
  BF16_TRIG_REL_ERROR,
  COS_COEFFS,
  COS_TAYLOR_F32,
  INV_PIO2,
  PIO2_PARTS,
  SIN_COEFFS,
  SIN_TAYLOR_F32,
  TRIG_ERROR_BOUND,
  TRIG_MARGIN,
  TRIG_MAX_ANGLE,
} from "./trig.js";

/** Bytes at the start of the kernels' memory that hold their constants (the pool: about 1,500 bytes with every kernel); callers lay out data after them. */
export const KERNEL_DATA_BYTES = 2048;

/** Pages (64 KiB) a shared kernel memory may have (WebAssembly's 4 GiB limit). */
const MAX_PAGES = 65536;

/**
 * The module's bytes, and its constant pool's bytes (a memory the module imports must hold them:
 * createKernelMemory writes them). Every builder takes the pool its code loads constants from; the
 * order of the functions is the module's.
 */
function build(memory: "own" | "imported-shared"): { bytes: Uint8Array; data: Uint8Array } {
  const K = new ConstPool();
  const funcs: Func[] = [];
  funcs.push(sincosFunc(K), trigFp32Func(K), sincosRawFunc(K), cacheBf16Func(K));
  funcs.push(rotateFunc(K, "rotateNeox", "neox", "f32"), rotateFunc(K, "rotateGptj", "gptj", "f32"));
  funcs.push(rotateFunc(K, "rotateNeox64", "neox", "f64"), rotateFunc(K, "rotateGptj64", "gptj", "f64"));
  funcs.push(rotateBitsFunc(K, "rotateBitsNeox", "neox"), rotateBitsFunc(K, "rotateBitsGptj", "gptj"));
  funcs.push(cacheFp16Func(K));
  funcs.push(rotateFunc(K, "rotateFp16Neox", "neox", "f32", "fp16"), rotateFunc(K, "rotateFp16Gptj", "gptj", "f32", "fp16"));
  funcs.push(rotateFunc(K, "rotateFp16Neox64", "neox", "f64", "fp16"), rotateFunc(K, "rotateFp16Gptj64", "gptj", "f64", "fp16"));
  funcs.push(cacheRot32Func(K), rot32Func(K, "neox", "f64"), rot32Func(K, "gptj", "f64"));
  funcs.push(rot32Func(K, "neox", "bf16"), rot32Func(K, "gptj", "bf16"), rot32Func(K, "neox", "fp16"), rot32Func(K, "gptj", "fp16"), fp16BitsFunc(K), scaleFp16CacheFunc(K));
  funcs.push(trigBf16Func(K), sincosBf16Func(K), sincosF32RawFunc(K));
  funcs.push(trigFp16Func(K), sincosFp16Func(K), reduceFp16F32Func(K));
  funcs.push(pinSlotsFunc(), scaleCacheFunc(K), rotateBitsScaledFunc(K));
  if (K.data.length > KERNEL_DATA_BYTES) throw new Error("kernels: constant pool larger than KERNEL_DATA_BYTES");
  const data = K.data;
  return { bytes: emitModule(funcs, memory === "own" ? { kind: "own", pages: 1, data } : { kind: "imported-shared", maxPages: MAX_PAGES }), data };
}

interface Compiled {
  module: WasmModule;
  /** The constant pool's bytes. */
  data: Uint8Array;
}

/**
 * Each module variant compiled once per thread: a memo of a pure function of the variant (the same bytes
 * every time), written once and never changed; null where WebAssembly SIMD is unavailable.
 */
const compiled: { own?: Compiled | null; shared?: Compiled | null } = {};

/** The module's bytes (exported for tests). */
export function kernelBytes(memory: "own" | "imported-shared" = "own"): Uint8Array {
  return build(memory).bytes;
}

function compile(memory: "own" | "imported-shared"): Compiled | null {
  const key = memory === "own" ? "own" : "shared";
  let m = compiled[key];
  if (m === undefined) {
    m = null;
    try {
      const { bytes, data } = build(memory);
      if (wasm !== undefined && wasm.validate(bytes)) m = { module: new wasm.Module(bytes), data };
    } catch {
      m = null;
    }
    compiled[key] = m;
  }
  return m;
}

/**
 * A fresh instance, or null where WebAssembly SIMD is unavailable: with its own memory, or on a shared
 * memory from createKernelMemory (several instances, in several workers, may share one; each must then
 * keep its data in its own region of it).
 */
export function instantiateKernels(memory?: WasmMemory): Bf16Kernels | null {
  const m = compile(memory === undefined ? "own" : "imported-shared");
  if (m === null || wasm === undefined) return null;
  return new wasm.Instance(m.module, memory === undefined ? {} : { env: { memory } }).exports as Bf16Kernels;
}

/**
 * A shared WebAssembly memory of at least `bytes` bytes (fixed size) for instantiateKernels: the kernels'
 * constants fill its first KERNEL_DATA_BYTES; callers place their arrays and each kernel's region after
 * them. Its buffer is a SharedArrayBuffer that worker_threads can share. Null where WebAssembly SIMD or
 * shared memory is unavailable.
 */
export function createKernelMemory(bytes: number): WasmMemory | null {
  const m = compile("imported-shared");
  if (m === null || wasm === undefined) return null;
  const pages = Math.ceil((bytes + KERNEL_DATA_BYTES) / 65536);
  if (pages > MAX_PAGES) throw new RangeError(`createKernelMemory: ${bytes} bytes exceed WebAssembly's 4 GiB`);
  try {
    const memory = new wasm.Memory({ initial: pages, maximum: pages, shared: true });
    new Uint8Array(memory.buffer).set(m.data);
    return memory;
  } catch {
    return null;
  }
}
