/**
 * One-node ONNX models of RotaryEmbedding, built in code (onnx/onnx.proto3 field numbers):
 *  - `contrib`: com.microsoft RotaryEmbedding (onnxruntime/core/graph/contrib_ops/bert_defs.cc):
 *    inputs (input [B, S, N·H], position_ids [B, S] int64, cos_cache [M, R/2], sin_cache [M, R/2]),
 *    attributes interleaved, rotary_embedding_dim, num_heads.
 *  - `opset23`: ONNX RotaryEmbedding-23 (onnx/defs/nn/defs.cc): inputs (X [B, S, N·H], cos_cache, sin_cache,
 *    position_ids), attributes interleaved, rotary_embedding_dim, num_heads.
 */
import { type Field, encodeMessage } from "./protobuf.js";

export type OnnxVariant = "contrib" | "opset23";
export type OnnxDtype = "fp16" | "fp32";

const ELEM = { fp32: 1, fp16: 10, int64: 7 } as const;

function valueInfo(name: string, elem: number, dims: (number | string)[]): Field[] {
  const dim = dims.map((d): Field => [1, typeof d === "number" ? [[1, d]] : [[2, d]]]);
  return [
    [1, name],
    [2, [[1, [[1, elem], [2, dim]]]]],
  ];
}

function intAttr(name: string, v: number): Field[] {
  return [
    [1, name],
    [20, 2], // AttributeType INT
    [3, v],
  ];
}

export interface RotaryModelOptions {
  variant: OnnxVariant;
  dtype: OnnxDtype;
  headDim: number;
  rotaryDim: number;
  interleaved: boolean;
}

export function rotaryEmbeddingModel(o: RotaryModelOptions): Uint8Array {
  const elem = ELEM[o.dtype];
  const hidden = o.headDim; // one head per row: [1, S, H]
  const inputs =
    o.variant === "contrib"
      ? ["input", "position_ids", "cos_cache", "sin_cache"]
      : ["input", "cos_cache", "sin_cache", "position_ids"];
  const node: Field[] = [
    ...inputs.map((n): Field => [1, n]),
    [2, "output"],
    [3, "rope"],
    [4, "RotaryEmbedding"],
    ...(o.variant === "contrib" ? ([[7, "com.microsoft"]] as Field[]) : []),
    [5, intAttr("interleaved", o.interleaved ? 1 : 0)],
    [5, intAttr("rotary_embedding_dim", o.rotaryDim === o.headDim ? 0 : o.rotaryDim)],
    [5, intAttr("num_heads", 1)],
  ];
  const graph: Field[] = [
    [1, node],
    [2, "rotary"],
    [11, valueInfo("input", elem, [1, "S", hidden])],
    [11, valueInfo("position_ids", ELEM.int64, [1, "S"])],
    [11, valueInfo("cos_cache", elem, ["M", o.rotaryDim / 2])],
    [11, valueInfo("sin_cache", elem, ["M", o.rotaryDim / 2])],
    [12, valueInfo("output", elem, [1, "S", hidden])],
  ];
  const opsets: Field[] =
    o.variant === "contrib"
      ? [
          [8, [[2, 17]]],
          [8, [[1, "com.microsoft"], [2, 1]]],
        ]
      : [[8, [[2, 23]]]];
  return encodeMessage([
    [1, 10], // ir_version 10 (opset 23 needs ≥ 10)
    ...opsets,
    [2, "rope-audit"],
    [7, graph],
  ]);
}
