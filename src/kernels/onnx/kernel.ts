/**
 * ONNX Runtime kernels through onnxruntime-node, an optional dependency loaded on first use (ort-api.ts;
 * the project's .npmrc sets `onnxruntime-node-install=skip`, so its postinstall fetches no GPU providers).
 *
 * The model is one RotaryEmbedding node built in code (model.ts). Its cos/sin caches are inputs, built as
 * an HF export builds them (fp32 inv_freq, angle, cos/sin; cast to the model dtype) for just the distinct
 * positions of a batch, with position_ids indexing those rows: a cache up to 2^31 positions is never
 * materialised, and ORT's rotation arithmetic is what is under test.
 */
import { InvalidArgumentError } from "../../errors.js";
import { decodeArray, encodeArray } from "../../formats/bits.js";
import type { FormatName } from "../../formats/table.js";
import type { EmulatedKernel } from "../../rope/emulate.js";
import { zooKernel } from "../zoo.js";
import type { Kernel, KernelRope } from "../kernel.js";
import { loadOrt, type OrtSession, type OrtTensor } from "./ort-api.js";
import { type OnnxDtype, type OnnxVariant, rotaryEmbeddingModel } from "./model.js";


export interface OnnxKernelOptions {
  variant: OnnxVariant;
  dtype: OnnxDtype;
  rope?: Partial<KernelRope>;
}

type Session = OrtSession;
type Feeds = Record<string, OrtTensor>;

/** A session of the one-node RotaryEmbedding model, on one thread (what onnxKernel and the bench time). */
export async function rotarySession(model: { variant: OnnxVariant; dtype: OnnxDtype; headDim: number; rotaryDim: number; interleaved: boolean }): Promise<Session> {
  const ort = await loadOrt();
  return ort.InferenceSession.create(rotaryEmbeddingModel(model), { intraOpNumThreads: 1, interOpNumThreads: 1, graphOptimizationLevel: "disabled" });
}

/**
 * The model's inputs for one batch: x, and cos/sin caches with one row per distinct position (the
 * `front` kernel's cache stage, as an HF export builds it), which position_ids index.
 */
export async function rotaryFeeds(dtype: OnnxDtype, front: Pick<EmulatedKernel, "trace">, x: Float64Array, positions: Float64Array, headDim: number, half: number): Promise<Feeds> {
  const ort = await loadOrt();
  const n = positions.length;
  const distinct = [...new Set(positions)].sort((a, b) => a - b);
  const row = new Map(distinct.map((p, k) => [p, k]));
  // ORT requires at least sequence-length cache rows; rows past the distinct positions go unused.
  const rows = Math.max(distinct.length, n);
  const cos = new Float64Array(rows * half);
  const sin = new Float64Array(rows * half);
  distinct.forEach((p, k) => {
    const t = front.trace(p, headDim);
    cos.set(t.cos, k * half);
    sin.set(t.sin, k * half);
  });
  const tensor = (v: Float64Array, dims: number[]) =>
    dtype === "fp16" ? new ort.Tensor("float16", encodeArray("fp16", v) as Uint16Array, dims) : new ort.Tensor("float32", Float32Array.from(v), dims);
  return {
    input: tensor(x, [1, n, headDim]),
    position_ids: new ort.Tensor("int64", BigInt64Array.from(positions, (p) => BigInt(row.get(p)!)), [1, n]),
    cos_cache: tensor(cos, [rows, half]),
    sin_cache: tensor(sin, [rows, half]),
  };
}

export function onnxKernel(options: OnnxKernelOptions): Kernel {
  const { variant, dtype } = options;
  if (variant !== "contrib" && variant !== "opset23") throw new InvalidArgumentError("variant", `"contrib" or "opset23"`, variant);
  if (dtype !== "fp16" && dtype !== "fp32") throw new InvalidArgumentError("dtype", `"fp16" or "fp32"`, dtype);
  const rope: KernelRope = { layout: "neox", base: 10000, ...options.rope };
  const format: FormatName = dtype;
  // The cache front end: the onnxruntime-cpu zoo pipeline's stages up to the cache.
  const front = zooKernel(`onnxruntime-cpu@${dtype}`, rope);
  const sessions = new Map<number, Promise<Session>>();
  const session = (headDim: number) => {
    let s = sessions.get(headDim);
    if (!s) {
      s = rotarySession({ variant, dtype, headDim, rotaryDim: rope.rotaryDim ?? headDim, interleaved: rope.layout === "gptj" });
      sessions.set(headDim, s);
    }
    return s;
  };
  return {
    name: `onnx:${variant}:${dtype}`,
    format,
    rope,
    async rotate(x, positions, headDim) {
      const n = positions.length;
      const half = (rope.rotaryDim ?? headDim) / 2;
      if (x.length !== n * headDim) throw new InvalidArgumentError("x", `${n} × ${headDim} values`, x);
      const feeds = await rotaryFeeds(dtype, front, x, positions, headDim, half);
      const out = (await (await session(headDim)).run(feeds)).output!;
      const data = out.data as Uint16Array | Float32Array;
      return dtype === "fp16" ? decodeArray("fp16", data as Uint16Array) : Float64Array.from(data as Float32Array);
    },
  };
}
