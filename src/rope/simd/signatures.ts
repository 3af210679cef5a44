/**
 * The signature of every function the SIMD module exports, declared once: the builders (trig.ts,
 * rotation.ts) make their Func from it and name their parameters by it, and the JS-side type of the
 * instance's exports (Bf16Kernels) is derived from it. Every parameter is a byte address or a count
 * (i32), except cacheBf16's attention factor (f32).
 */
import { FP32_ROTATION_SIGNATURES } from "./fp32-signatures.js";
import { F32, Func, I32, type ValType } from "./wasm-emit.js";

type Params = readonly (readonly [string, ValType])[];

/** rotate*'s and rotateBits*' parameters (see rotation.ts). */
const ROTATE_PARAMS = [
  ["rows", I32],
  ["headDim", I32],
  ["half", I32],
  ["rotaryDim", I32],
  ["x", I32],
  ["y", I32],
  ["slots", I32],
  ["sinDelta", I32],
  ["bad", I32],
] as const;
const ROTATE = { params: ROTATE_PARAMS, results: [I32] } as const;
/** rotateBitsNeoxScaled's: rotate's, and the bytes from a cos cache row to its scaled rows (rotation-scaled.ts). */
const ROTATE_SCALED = { params: [...ROTATE_PARAMS, ["scaled", I32]], results: [I32] } as const;
/** The cache kernels (bf16 and fp16 take the same arguments). */
const CACHE = {
  params: [
    ["cos", I32],
    ["sinDelta", I32],
    ["rows", I32],
    ["rowBytes", I32],
    ["af", F32],
    ["flags", I32],
  ],
  results: [I32],
} as const;

export const SIGNATURES = {
  sincos: {
    params: [
      ["ang", I32],
      ["n", I32],
      ["cosOut", I32],
      ["sinOut", I32],
      ["fails", I32],
      ["scratch", I32],
    ],
    results: [I32],
  },
  trigFp32: {
    params: [
      ["theta", I32],
      ["half", I32],
      ["pins", I32],
      ["rows", I32],
      ["cosOut", I32],
      ["sinOut", I32],
      ["fails", I32],
      ["scratch", I32],
    ],
    results: [I32],
  },
  trigBf16: {
    params: [
      ["theta", I32],
      ["half", I32],
      ["pins", I32],
      ["rows", I32],
      ["cosOut", I32],
      ["sinOut", I32],
      ["fails", I32],
    ],
    results: [I32],
  },
  trigFp16: {
    params: [
      ["theta", I32],
      ["half", I32],
      ["pins", I32],
      ["rows", I32],
      ["cosOut", I32],
      ["sinOut", I32],
      ["fails", I32],
      ["counts", I32],
    ],
    results: [I32],
  },
  sincosFp16: {
    params: [
      ["ang", I32],
      ["n", I32],
      ["cosOut", I32],
      ["sinOut", I32],
      ["fails", I32],
    ],
    results: [I32],
  },
  pinSlots: {
    params: [
      ["positions", I32],
      ["rows", I32],
      ["pins", I32],
      ["slots", I32],
      ["cos", I32],
      ["rowBytes", I32],
    ],
    results: [I32],
  },
  sincosBf16: {
    params: [
      ["ang", I32],
      ["n", I32],
      ["cosOut", I32],
      ["sinOut", I32],
      ["fails", I32],
    ],
    results: [I32],
  },
  sincosF32Raw: {
    params: [
      ["ang", I32],
      ["n", I32],
      ["out", I32],
    ],
    results: [],
  },
  sincosRaw: {
    params: [
      ["ang", I32],
      ["n", I32],
      ["out", I32],
    ],
    results: [],
  },
  cacheBf16: CACHE,
  cacheFp16: CACHE,
  rotateNeox: ROTATE,
  rotateGptj: ROTATE,
  rotateNeox64: ROTATE,
  rotateGptj64: ROTATE,
  rotateBitsNeox: ROTATE,
  rotateBitsGptj: ROTATE,
  rotateBitsNeoxScaled: ROTATE_SCALED,
  scaleCache: {
    params: [
      ["cos", I32],
      ["n", I32],
      ["scaled", I32],
      ["sinDelta", I32],
    ],
    results: [],
  },
  rotateFp16Neox: ROTATE,
  rotateFp16Gptj: ROTATE,
  rotateFp16Neox64: ROTATE,
  rotateFp16Gptj64: ROTATE,
  ...FP32_ROTATION_SIGNATURES,
} as const satisfies Record<string, { params: Params; results: readonly ValType[] }>;

export type KernelName = keyof typeof SIGNATURES;
type ParamNames<N extends KernelName> = (typeof SIGNATURES)[N]["params"][number][0];

/** A number for each element of the tuple T (a homomorphic mapping keeps it a tuple). */
type Numbers<T extends readonly unknown[]> = { -readonly [I in keyof T]: number };

/** The exported function's JS type: a number per parameter; a number, or nothing, back. */
type KernelFunction<N extends KernelName> = (...args: Numbers<(typeof SIGNATURES)[N]["params"]>) => (typeof SIGNATURES)[N]["results"] extends readonly [] ? void : number;

/** The slice of the WebAssembly JS API's Memory used here (see kernels.ts). */
export interface WasmMemory {
  readonly buffer: ArrayBuffer | SharedArrayBuffer;
  grow(pages: number): number;
}

/** The compiled module's exports. */
export type Bf16Kernels = { memory: WasmMemory } & { [N in KernelName]: KernelFunction<N> };

/** A Func with the signature of `name`, and the local index of each of its parameters, by name. */
export function kernelFunc<N extends KernelName>(name: N): { f: Func; p: Record<ParamNames<N>, number> } {
  const sig: { params: Params; results: readonly ValType[] } = SIGNATURES[name];
  const f = new Func(name, sig.params.map(([, t]) => t), sig.results);
  const p = Object.fromEntries(sig.params.map(([n], i) => [n, i])) as Record<ParamNames<N>, number>;
  return { f, p };
}
