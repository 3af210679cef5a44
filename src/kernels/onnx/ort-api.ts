/**
 * The part of onnxruntime-node's API that the onnx kernels use, declared here so the project builds and
 * type-checks when the optional package is not installed (npm drops an optional dependency whose install
 * fails). The shapes follow onnxruntime-common's `InferenceSession` and `Tensor` declarations (1.30.0).
 */
import { RopeAuditError } from "../../errors.js";

export type OrtTensorType = "float16" | "float32" | "int64";
export type OrtTensorData = Uint16Array | Float32Array | BigInt64Array;

export interface OrtTensor {
  readonly type: string;
  readonly dims: readonly number[];
  readonly data: OrtTensorData | unknown;
}

export interface OrtSession {
  run(feeds: Record<string, OrtTensor>): Promise<Record<string, OrtTensor>>;
  release?(): Promise<void>;
}

export interface OrtSessionOptions {
  intraOpNumThreads?: number;
  interOpNumThreads?: number;
  graphOptimizationLevel?: "disabled" | "basic" | "extended" | "all";
}

export interface Ort {
  InferenceSession: { create(model: Uint8Array, options?: OrtSessionOptions): Promise<OrtSession> };
  Tensor: new (type: OrtTensorType, data: OrtTensorData, dims: readonly number[]) => OrtTensor;
  env: { versions: { common: string } };
}

/** The package name, held in a variable so that TypeScript does not resolve the optional module at build time. */
const ORT_PACKAGE: string = "onnxruntime-node";
export const ORT_VERSION = "1.30.0";

/** Loads onnxruntime-node, or throws one line saying how to install it. */
export async function loadOrt(): Promise<Ort> {
  try {
    const m = (await import(ORT_PACKAGE)) as Ort & { default?: Ort };
    return m.InferenceSession ? m : (m.default as Ort);
  } catch (e) {
    throw new RopeAuditError(
      `onnx: kernels need the optional package onnxruntime-node, which is not installed (install it with: npm i onnxruntime-node@${ORT_VERSION}; the project's .npmrc skips its GPU download): ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`,
    );
  }
}
