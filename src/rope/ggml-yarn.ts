/**
 * ggml's YaRN on its chained fp32 angle (ggml-org/ggml @d99724f2): ggml.c ggml_rope_yarn_corr_dims
 * (l. 4371-4383: fp32 correction dims from logf, floorf/ceilf, clamped to [0, n_dims − 1]); ops.cpp
 * rope_yarn_ramp (l. 5822) and rope_yarn (l. 5829): per pair, θ = θ_interp·(1 − mix) + θ_extrap·mix with
 * θ_interp = freq_scale·θ_extrap, and cos/sin scaled by mscale·(1 + 0.1·logf(1/freq_scale)). All fp32;
 * the FMA builds (GCC, -march=haswell, contraction on by default) fuse the first product of the
 * interpolation and the mscale multiply-add, as measured against the live library.
 */
import type { Scaling } from "../oracle/spec.js";

const f = Math.fround;

/**
 * fmaf(a, b, c) for fp32 a, b, c: a·b is exact in fp64 (two 24-bit significands), and TwoSum gives the
 * exact error of the fp64 sum; rounding that sum to fp32 is then correct except when it lands exactly on
 * an fp32 midpoint, where the error's sign decides.
 */
export function fmaf(a: number, b: number, c: number): number {
  const p = a * b;
  const s = p + c;
  const bb = s - p;
  const e = p - (s - bb) + (c - bb);
  const r = f(s);
  if (e === 0 || r === s) return r;
  const other = s > r ? nextUp32(r) : -nextUp32(-r);
  if (s !== (r + other) / 2) return r;
  return e > 0 ? Math.max(r, other) : Math.min(r, other);
}

const buf = new Float32Array(1);
const bits = new Int32Array(buf.buffer);
/** The next fp32 value above x (x finite). */
function nextUp32(x: number): number {
  if (x === 0) return 2 ** -149;
  buf[0] = x;
  bits[0] = bits[0]! + (x > 0 ? 1 : -1);
  return buf[0]!;
}

export interface GgmlYarn {
  /** The angle of pair i from ggml's chained θ_extrap (an fp32 value). */
  angle(thetaExtrap: number, i: number): number;
  /** The cos/sin factor: attn_factor·(1 + 0.1·logf(1/freq_scale)). */
  mscale: number;
}

/** ggml's YaRN for a yarn scaling, as llama.cpp passes it (ext_factor 1, attn_factor 1). */
export function ggmlYarn(s: Extract<Scaling, { type: "yarn" }>, base: number, nDims: number): GgmlYarn {
  const freqScale = f(1 / s.factor);
  const pi = f(Math.PI);
  const corrDim = (nRot: number): number => f(f(nDims * f(Math.log(f(s.originalMaxPositions / f(f(f(nRot) * 2) * pi))))) / f(2 * f(Math.log(f(base)))));
  const low = Math.max(0, Math.floor(corrDim(s.betaFast ?? 32)));
  const high = Math.min(nDims - 1, Math.ceil(corrDim(s.betaSlow ?? 1)));
  const width = Math.max(f(0.001), f(high - low));
  const mix = (i: number): number => f(1 - Math.min(1, Math.max(0, f(f(i - low) / width)))); // ext_factor 1: ramp·1
  const mixes = Float64Array.from({ length: nDims / 2 }, (_, i) => mix(i));
  return {
    angle(thetaExtrap, i) {
      const m = mixes[i]!;
      const interp = f(freqScale * thetaExtrap);
      return fmaf(interp, f(1 - m), f(thetaExtrap * m));
    },
    mscale: fmaf(f(0.1), f(Math.log(f(1 / freqScale))), 1),
  };
}
