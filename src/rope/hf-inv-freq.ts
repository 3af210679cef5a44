/**
 * θᵢ as HF transformers computes them in PyTorch fp32, operation by operation, for every scaling variant:
 * the emulated pipelines' fp32 frequencies (the exact oracle's are in oracle/frequencies.ts, where the
 * order of operations does not matter).
 *
 * Read from huggingface/transformers src/transformers/modeling_rope_utils.py at commit
 * ef46806472a64b0013ed413781e3afed82bfa047 (_compute_default_rope_parameters, _compute_linear_scaling_
 * rope_parameters, _compute_dynamic_ntk_parameters, _compute_yarn_parameters, _compute_longrope_parameters,
 * _compute_llama3_parameters). Where the result depends on it, PyTorch's rules (torch 1.13 CPU, checked
 * live by test/oracle/hf-scaling.test.ts):
 *  - a Python float or int meeting an fp32 tensor is rounded to fp32 first, one fp32 rounding per op;
 *  - `scalar / tensor` is Tensor.__rtruediv__ = tensor.reciprocal() * scalar: a reciprocal, then a product;
 *  - `fp32 tensor ** python float` raises to the double exponent (std::pow(float, double)), then rounds;
 *  - Python-side arithmetic (the YaRN correction range, `factor - 1`, `dim / (dim - 2)`) is fp64.
 */
import type { ResolvedRopeSpec } from "../oracle/spec.js";

const f32 = Math.fround;

/** base ** (arange(0, d, 2).float() / d) in fp32: the fp32 exponent 2i/d, the fp32 power. */
function posFreqs(base: number, d: number): number[] {
  const b = f32(base);
  return Array.from({ length: d / 2 }, (_, i) => f32(Math.pow(b, f32((2 * i) / d))));
}

/** 1.0 / t: reciprocal() * 1.0. */
const recip = (t: number): number => f32(1 / t);

/** θᵢ (i < rotaryDim/2) as HF's rope init function for this scaling computes them, in fp32. */
export function hfInvFrequencies(rope: ResolvedRopeSpec): number[] {
  const d = rope.rotaryDim;
  const s = rope.scaling;
  switch (s.type) {
    case "none":
      return posFreqs(rope.base, d).map(recip);
    case "linear": {
      // inv_freq /= factor: fp32 division by fround(factor).
      const f = f32(s.factor);
      return posFreqs(rope.base, d).map((t) => f32(recip(t) / f));
    }
    case "ntk": {
      // base * factor ** (dim / (dim - 2)) in Python floats, entering torch as fp32.
      return posFreqs(rope.base * Math.pow(s.factor, d / (d - 2)), d).map(recip);
    }
    case "dynamic-ntk": {
      // seq_len is torch.max(position_ids) + 1, an int64 tensor, once it exceeds max_position_embeddings
      // (before that HF keeps the Python int, and the base stays the Python float).
      if (!(s.seqLen > s.originalMaxPositions)) return posFreqs(rope.base, d).map(recip);
      const ratio = f32(f32(f32(f32(s.factor) * f32(s.seqLen)) / f32(s.originalMaxPositions)) - f32(s.factor - 1));
      const base = f32(f32(rope.base) * f32(Math.pow(ratio, d / (d - 2))));
      return posFreqs(base, d).map(recip);
    }
    case "yarn": {
      const pos = posFreqs(rope.base, d);
      const factor = f32(s.factor);
      // find_correction_dim / find_correction_range: Python math on doubles.
      const corr = (rot: number): number => (d * Math.log(s.originalMaxPositions / (rot * 2 * Math.PI))) / (2 * Math.log(rope.base));
      let low = corr(s.betaFast ?? 32);
      let high = corr(s.betaSlow ?? 1);
      if (s.truncate ?? true) {
        low = Math.floor(low);
        high = Math.ceil(high);
      }
      low = Math.max(low, 0);
      high = Math.min(high, d - 1);
      if (low === high) high += 0.001;
      const width = f32(high - low);
      return pos.map((t, i) => {
        const ramp = Math.min(Math.max(f32(f32(i - low) / width), 0), 1);
        const extrapolation = f32(1 - ramp); // inv_freq_extrapolation_factor = 1 - ramp
        const inter = recip(f32(factor * t)); // 1.0 / (factor * pos_freqs)
        const extra = recip(t);
        return f32(f32(inter * f32(1 - extrapolation)) + f32(extra * extrapolation));
      });
    }
    case "llama3": {
      const factor = f32(s.factor);
      const lowWavelen = f32(s.originalMaxPositions / s.lowFreqFactor);
      const highWavelen = f32(s.originalMaxPositions / s.highFreqFactor);
      const twoPi = f32(2 * Math.PI);
      const oldContext = f32(s.originalMaxPositions);
      const lo = f32(s.lowFreqFactor);
      const span = f32(s.highFreqFactor - s.lowFreqFactor);
      return posFreqs(rope.base, d).map((t) => {
        const inv = recip(t);
        const wavelen = f32(recip(inv) * twoPi); // 2 * math.pi / inv_freq
        const scaled = wavelen > lowWavelen ? f32(inv / factor) : inv;
        if (wavelen < highWavelen || wavelen > lowWavelen) return scaled;
        const smooth = f32(f32(f32(recip(wavelen) * oldContext) - lo) / span); // (old_context_len / wavelen - lo) / (hi - lo)
        return f32(f32(f32(f32(1 - smooth) * scaled) / factor) + f32(smooth * scaled));
      });
    }
    case "longrope": {
      // 1.0 / (ext_factors * base ** inv_freq_shape), ext_factors an fp32 tensor.
      const ext = s.seqLen > s.originalMaxPositions ? s.longFactor : s.shortFactor;
      return posFreqs(rope.base, d).map((t, i) => recip(f32(f32(ext[i]!) * t)));
    }
  }
}
