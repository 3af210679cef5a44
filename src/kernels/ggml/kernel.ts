/**
 * `ggml:f32|f16:normal|neox`: llama.cpp's real CPU RoPE (ggml_rope_ext, ggml-cpu ops.cpp) run live on the
 * caller's rows. Tensors are [head_dim, 1 head, n_tokens] with an I32 position per token; a YaRN workload
 * maps to ggml's ext_factor = 1, n_ctx_orig, beta_fast/beta_slow and freq_scale = 1/factor, as
 * llama.cpp's context does (llama-context.cpp: yarn_ext_factor defaults to 1 for YaRN).
 */
import { InvalidArgumentError, RopeAuditError } from "../../errors.js";
import { decodeArray, encodeArray } from "../../formats/bits.js";
import type { FormatName } from "../../formats/table.js";
import type { Kernel, KernelRope } from "../kernel.js";
import { GGML_ROPE_MODE, GGML_TYPE, type GgmlApi } from "./ggml-api.js";

export type GgmlType = "f32" | "f16";
export type GgmlMode = "normal" | "neox";

export const GGML_SPEC_FORM = "ggml:f32:normal, ggml:f32:neox, ggml:f16:normal or ggml:f16:neox";

export function parseGgmlSpec(spec: string): { type: GgmlType; mode: GgmlMode } {
  const m = /^ggml:(f32|f16):(normal|neox)$/.exec(spec);
  if (!m) throw new InvalidArgumentError("--kernel", GGML_SPEC_FORM, spec);
  return { type: m[1] as GgmlType, mode: m[2] as GgmlMode };
}

/** ggml_rope_ext's scalar parameters for a RoPE spec; refuses what ggml's rope has no parameters for. */
export function ggmlRopeParams(rope: KernelRope): { nCtxOrig: number; freqScale: number; extFactor: number; attnFactor: number; betaFast: number; betaSlow: number } {
  const s = rope.scaling ?? { type: "none" };
  const plain = { nCtxOrig: 0, freqScale: 1, extFactor: 0, attnFactor: 1, betaFast: 32, betaSlow: 1 };
  if (s.type === "none") return plain;
  if (s.type === "linear") return { ...plain, freqScale: 1 / s.factor };
  if (s.type === "yarn" && s.mscale === undefined && s.mscaleAllDim === undefined && s.attentionFactor === undefined)
    // ggml's rope_yarn multiplies by 1 + 0.1·ln(1/freq_scale) itself when ext_factor ≠ 0: attn_factor stays 1.
    return { nCtxOrig: s.originalMaxPositions, freqScale: 1 / s.factor, extFactor: 1, attnFactor: 1, betaFast: s.betaFast ?? 32, betaSlow: s.betaSlow ?? 1 };
  throw new InvalidArgumentError("scaling.type", `"none", "linear" or "yarn" without mscale/attention_factor (what ggml_rope_ext's parameters express)`, s.type);
}

/** Rows per ggml call: bounds the context memory (a few MB) while amortising the ~24 µs call overhead. */
const ROWS_PER_CALL = 8192;

export function ggmlKernel(api: GgmlApi, o: { type: GgmlType; mode: GgmlMode; rope: Omit<KernelRope, "layout"> }): Kernel & { source: string } {
  const rope: KernelRope = { ...o.rope, layout: o.mode === "neox" ? "neox" : "gptj" };
  const params = ggmlRopeParams(rope);
  const format: FormatName = o.type === "f32" ? "fp32" : "fp16";
  const elemBytes = o.type === "f32" ? 4 : 2;
  const type = GGML_TYPE[o.type];
  return {
    name: `ggml:${o.type}:${o.mode}`,
    format,
    rope,
    source: `llama.cpp ggml ${api.version} (commit ${api.commit}), libggml-cpu-${api.variant}.so from ${"@node-llama-cpp/linux-x64"}`,
    rotate(x, positions, headDim) {
      const n = positions.length;
      const rotaryDim = rope.rotaryDim ?? headDim;
      // Validate everything before any FFI call: a wrong size there is a crash, not an exception.
      if (!Number.isSafeInteger(headDim) || headDim < 2) throw new InvalidArgumentError("headDim", "an integer ≥ 2", headDim);
      if (rotaryDim % 2 !== 0 || rotaryDim < 2 || rotaryDim > headDim) throw new InvalidArgumentError("rotaryDim", `an even integer in [2, ${headDim}]`, rotaryDim);
      if (x.length !== n * headDim) throw new InvalidArgumentError("x", `${n} × ${headDim} values`, x);
      for (let r = 0; r < n; r++) {
        const p = positions[r]!;
        if (!Number.isInteger(p) || p < -(2 ** 31) || p >= 2 ** 31) throw new InvalidArgumentError(`positions[${r}]`, "an integer in the int32 range (ggml's I32 positions)", p);
      }
      const out = new Float64Array(x.length);
      for (let start = 0; start < n; start += ROWS_PER_CALL) {
        const rows = Math.min(ROWS_PER_CALL, n - start);
        const bytes = rows * headDim * elemBytes;
        const ctx = api.init(6 * api.tensorOverhead() + api.graphOverhead() + 2 * bytes + 4 * rows + (1 << 16));
        if (!ctx) throw new RopeAuditError("ggml: ggml_init returned NULL (out of memory)");
        try {
          const a = api.newTensor3d(ctx, type, headDim, 1, rows);
          const pos = api.newTensor1d(ctx, GGML_TYPE.i32, rows);
          if (api.nbytes(a) !== bytes || api.nbytes(pos) !== 4 * rows) throw new RopeAuditError("ggml: tensor sizes differ from [head_dim, 1, n] and [n]: an incompatible libggml");
          const xs = x.subarray(start * headDim, (start + rows) * headDim);
          if (o.type === "f32") new Float32Array(api.data(a, bytes)).set(xs);
          else new Uint16Array(api.data(a, bytes)).set(encodeArray("fp16", xs) as Uint16Array);
          new Int32Array(api.data(pos, 4 * rows)).set(positions.subarray(start, start + rows));
          const y = api.ropeExt(ctx, a, pos, null, rotaryDim, GGML_ROPE_MODE[o.mode], params.nCtxOrig, rope.base, params.freqScale, params.extFactor, params.attnFactor, params.betaFast, params.betaSlow);
          const graph = api.newGraph(ctx);
          api.buildForwardExpand(graph, y);
          const status = api.compute(graph, 1);
          if (status !== 0) throw new RopeAuditError(`ggml: ggml_graph_compute returned status ${status}`);
          if (api.nbytes(y) !== bytes) throw new RopeAuditError("ggml: the rope output's size differs from its input's");
          const result = o.type === "f32" ? Float64Array.from(new Float32Array(api.data(y, bytes))) : decodeArray("fp16", new Uint16Array(api.data(y, bytes).slice(0)));
          out.set(result, start * headDim);
        } finally {
          api.free(ctx);
        }
      }
      return out;
    },
  };
}
