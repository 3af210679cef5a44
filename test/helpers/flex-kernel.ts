/**
 * Attention kernels written like a FlexAttention mask_mod, for tests of the attention checker: logits of
 * a bf16 HF-style RoPE (zoo hf) scored in fp64, −∞ where maskMod says no. `positionsUsed` lets a kernel
 * derive its own position ids (and report them), as varlen kernels do.
 */
import { type AttentionKernel, zooKernel } from "../../src/index.js";

const hf = zooKernel("hf");

export type MaskMod = (q: number, kv: number, doc: Int32Array) => boolean;

/** AnchorContext's flex mask: (same_doc | kv_is_anchor) & (q_idx ≥ kv_idx). */
export const anchorMask: MaskMod = (q, kv, doc) => (doc[q] === doc[kv] || doc[kv] === 0) && q >= kv;

export function flexKernel(name: string, maskMod: MaskMod, positionsUsed?: (p: Float64Array, doc: Int32Array) => Float64Array): AttentionKernel {
  return {
    name,
    format: "bf16",
    attend(q, k, positions, docIds, headDim) {
      const n = positions.length;
      const used = positionsUsed ? positionsUsed(positions, docIds) : positions;
      const qr = hf.rotate(q, used, headDim);
      const kr = hf.rotate(k, used, headDim);
      const logits = new Float64Array(n * n).fill(-Infinity);
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++)
          if (maskMod(i, j, docIds)) {
            let s = 0;
            for (let t = 0; t < headDim; t++) s += qr[i * headDim + t]! * kr[j * headDim + t]!;
            logits[i * n + j] = s / Math.sqrt(headDim);
          }
      return { logits, positions: used };
    },
  };
}
