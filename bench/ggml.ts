/**
 * llama.cpp's own CPU RoPE (ggml_rope_ext through the optional koffi + @node-llama-cpp/linux-x64, the
 * `ggml:` kernel's library) timed on the rope bench's shape, in this process: one graph of one
 * ggml_rope_ext node over a [d, heads, positions] tensor with an I32 position per token (ggml computes
 * each token's cos/sin once and rotates its heads, as a model does), built once; only the graph compute
 * (ggml_graph_plan + ggml_graph_compute, n_threads = 1) is timed. The bench alternates these computes with
 * its own calls, so that both sides see the same load on a shared machine.
 */
import { GGML_ROPE_MODE, GGML_TYPE, LLAMA_CPP_PACKAGE, type GgmlApi, loadGgml } from "../src/kernels/ggml/ggml-api.js";
import { best } from "./timing.js";

/** ggml_rope_ext graphs built once, f32 and f16, and one compute of either, timed. */
export interface GgmlRope {
  /** Seconds of one graph compute of the f32 or f16 tensor. */
  time(type: "f32" | "f16"): number;
  /** What ran: ggml's version and commit, the CPU library variant and the npm package. */
  source: string;
  close(): void;
}

/** A graph of one ggml_rope_ext node over a [d, heads, S] tensor of `type` (positions: one per token), built in its own context. */
function ropeGraph(api: GgmlApi, type: "f32" | "f16", tokenPositions: Int32Array, heads: number, d: number, base: number): { ctx: unknown; graph: unknown } {
  const S = tokenPositions.length;
  const elemBytes = type === "f32" ? 4 : 2;
  const bytes = S * heads * d * elemBytes;
  const ctx = api.init(6 * api.tensorOverhead() + api.graphOverhead() + 2 * bytes + 4 * S + (1 << 16));
  if (!ctx) throw new Error("ggml_init returned NULL");
  const a = api.newTensor3d(ctx, GGML_TYPE[type], d, heads, S);
  const pos = api.newTensor1d(ctx, GGML_TYPE.i32, S);
  if (api.nbytes(a) !== bytes || api.nbytes(pos) !== 4 * S) {
    api.free(ctx);
    throw new Error("tensor sizes differ from [d, heads, S] and [S]");
  }
  // Values in [-2, 2) (what the bench's bf16 tensor holds; the rope's cost does not depend on them).
  const data = type === "f32" ? new Float32Array(api.data(a, bytes)) : new Uint16Array(api.data(a, bytes));
  for (let k = 0; k < data.length; k++) data[k] = type === "f32" ? ((k * 2654435761) % 4096) / 1024 - 2 : 0x3c00 ^ (k & 0x83ff);
  new Int32Array(api.data(pos, 4 * S)).set(tokenPositions);
  const y = api.ropeExt(ctx, a, pos, null, d, GGML_ROPE_MODE.neox, 0, base, 1, 0, 1, 32, 1);
  const graph = api.newGraph(ctx);
  api.buildForwardExpand(graph, y);
  return { ctx, graph };
}

/**
 * ggml's f32 and f16 rope_ext on S tokens × `heads` heads of d, NeoX layout (`hf`'s), ready to time
 * (one thread), or a one-line reason why it cannot run here (optional packages missing, another
 * platform).
 */
export async function openGgmlRope(tokenPositions: Int32Array, heads: number, d: number, base: number): Promise<GgmlRope | string> {
  let api: GgmlApi;
  try {
    api = await loadGgml();
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  try {
    const f32 = ropeGraph(api, "f32", tokenPositions, heads, d, base);
    const f16 = ropeGraph(api, "f16", tokenPositions, heads, d, base);
    return {
      time(type) {
        const { graph } = type === "f32" ? f32 : f16;
        let status = 0;
        const seconds = best(1, () => {
          status = api.compute(graph, 1);
        });
        if (status !== 0) throw new Error(`ggml_graph_compute returned status ${status}`);
        return seconds;
      },
      source: `llama.cpp ggml ${api.version} (commit ${api.commit}), libggml-cpu-${api.variant}.so from ${LLAMA_CPP_PACKAGE}`,
      close() {
        api.free(f32.ctx);
        api.free(f16.ctx);
      },
    };
  } catch (e) {
    return `ggml: ${e instanceof Error ? e.message : String(e)}`;
  }
}
