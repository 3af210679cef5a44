/**
 * Reading a kernel's mask from what it returned, robustly:
 *  - a logit that is −∞, NaN, or at or below finfo(dtype).min / 2 is masked (HF and FlexAttention
 *    callers mask with torch.finfo(float32).min, which softmax turns into an exact 0 like −∞);
 *  - a probability of 0 is "masked or underflowed": the kernel may have masked the key, or its
 *    exp(logit − max) fell below the smallest subnormal. Only the exact logit can tell which
 *    (kernel-check.ts weighs that evidence); a 0 is never read as proof of either.
 */
import { formatSpec, type FormatName } from "../formats/table.js";

export const SEEN = 1;
export const MASKED = 0;
export const ZERO_PROB = 2;

/**
 * The threshold at or below which a logit counts as masked: finfo.min / 2 of the narrower of the format
 * it was stored in and the kernel's own (a bf16 kernel masking with finfo(float32).min and storing
 * fp64 logits still masks: no bf16 logit can be that negative).
 */
export function maskedLogitThreshold(storedAs: FormatName, kernelFormat: FormatName = storedAs): number {
  return -Math.min(formatSpec(storedAs).maxFinite, formatSpec(kernelFormat).maxFinite) / 2;
}

/** Per entry: SEEN, MASKED (logits) or ZERO_PROB (probabilities of 0). */
export function readMask(out: { logits?: Float64Array; probs?: Float64Array }, n: number, storedAs: FormatName, kernelFormat: FormatName = storedAs): Uint8Array {
  const state = new Uint8Array(n * n);
  if (out.logits) {
    const lim = maskedLogitThreshold(storedAs, kernelFormat);
    for (let x = 0; x < n * n; x++) {
      const v = out.logits[x]!;
      state[x] = v === v && v > lim ? SEEN : MASKED;
    }
    return state;
  }
  for (let x = 0; x < n * n; x++) {
    const p = out.probs![x]!;
    state[x] = p > 0 ? SEEN : p === 0 ? ZERO_PROB : MASKED;
  }
  return state;
}

/** Row-wise softmax in fp64 over the entries `state` marks SEEN (others 0). */
export function softmaxSeen(logits: Float64Array, state: Uint8Array, n: number): Float64Array {
  const p = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let j = 0; j < n; j++) if (state[i * n + j] === SEEN && logits[i * n + j]! > m) m = logits[i * n + j]!;
    let z = 0;
    for (let j = 0; j < n; j++) {
      const e = state[i * n + j] === SEEN ? Math.exp(logits[i * n + j]! - m) : 0;
      p[i * n + j] = e;
      z += e;
    }
    for (let j = 0; j < n; j++) p[i * n + j]! /= z || 1;
  }
  return p;
}
