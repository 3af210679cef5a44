/**
 * Messages between rope-audit and a kernel host process (host.ts), over Node's IPC channel with the
 * "advanced" (structured clone) serialization, so typed arrays cross as they are.
 */
import type { FormatName } from "../../formats/table.js";
import type { KernelRope } from "../kernel.js";
import type { Scaling } from "../../oracle/spec.js";

/** What a host opens: a user's module, an ONNX Runtime session or llama.cpp's ggml rope (native code). */
export type IsolatedTarget =
  | { kind: "module"; path: string }
  | { kind: "onnx"; variant: "contrib" | "opset23"; dtype: "fp16" | "fp32" }
  | { kind: "ggml"; type: "f32" | "f16"; mode: "normal" | "neox"; base: number; scaling?: Scaling };

export type ToHost = { type: "open"; target: IsolatedTarget } | { type: "rotate"; id: number; x: Float64Array; positions: Float64Array; headDim: number };

/** A write the kernel made into its copy of an input: the first changed index and the value it left there. */
export interface InputWrite {
  input: "x" | "positions";
  index: number;
  value: number;
}

export type FromHost =
  /** Sent once the host process is up, before the kernel is loaded. */
  | { type: "ready" }
  | { type: "opened"; name: string; format: FormatName; rope: KernelRope }
  /** The module's shape is wrong: a user error (exit 2), with InvalidArgumentError's fields. */
  | { type: "invalid"; argument: string; accepted: string; message: string }
  | { type: "failed"; message: string }
  | { type: "result"; id: number; y: Float64Array; write: InputWrite | null }
  | { type: "error"; id: number; message: string };
