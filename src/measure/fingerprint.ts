/**
 * Fingerprinting: which zoo pipeline does a kernel behave like? Every zoo pipeline (in the kernel's
 * input format, with the kernel's RoPE parameters) rotates the same inputs; pipelines are ranked by the
 * fraction of output elements bit-identical to the kernel's, then by the largest absolute difference.
 */
import { ZOO, zooKernel } from "../kernels/zoo.js";
import type { KernelRope } from "../kernels/kernel.js";
import type { FormatName } from "../formats/table.js";

export interface FingerprintEntry {
  name: string;
  bitAgreement: number;
  maxAbsError: number;
}

export interface Fingerprint {
  best: { name: string; bitAgreement: number };
  ranking: FingerprintEntry[];
}

/** `outputs` are the kernel's results for `inputs` at `positions` (n × headDim). */
export function fingerprint(o: { format: FormatName; rope: KernelRope; headDim: number; inputs: Float64Array; positions: Float64Array; outputs: Float64Array }): Fingerprint {
  const ranking: FingerprintEntry[] = [];
  for (const entry of ZOO)
    for (const [k, f] of entry.formats.entries()) {
      if (f !== o.format) continue;
      const name = k === 0 ? entry.name : `${entry.name}@${f}`;
      // The zoo entry's own layout wins only if the kernel's rope did not say; here the kernel's rope is known.
      const kernel = zooKernel(name, { base: o.rope.base, rotaryDim: o.rope.rotaryDim, scaling: o.rope.scaling });
      if (kernel.rope.layout !== o.rope.layout) continue; // a pipeline with the other pairing cannot be it
      const y = kernel.rotate(o.inputs, o.positions, o.headDim);
      let same = 0;
      let maxAbs = 0;
      for (let i = 0; i < y.length; i++) {
        if (Object.is(y[i], o.outputs[i])) same++;
        else maxAbs = Math.max(maxAbs, Math.abs(y[i]! - o.outputs[i]!) || (Number.isNaN(o.outputs[i]!) ? Infinity : 0));
      }
      ranking.push({ name, bitAgreement: same / y.length, maxAbsError: maxAbs });
    }
  ranking.sort((a, b) => b.bitAgreement - a.bitAgreement || a.maxAbsError - b.maxAbsError || (a.name < b.name ? -1 : 1));
  const top = ranking[0] ?? { name: "(none)", bitAgreement: 0 };
  return { best: { name: top.name, bitAgreement: top.bitAgreement }, ranking };
}

/** "behaves like X (99.98% of output bits identical)" or "matches no zoo pipeline; nearest X". */
export function describeFingerprint(f: Fingerprint): string {
  const pct = (100 * f.best.bitAgreement).toFixed(2);
  // Pipelines that round identically (hf and vllm-legacy) cannot be told apart: name them all.
  const tied = f.ranking.filter((e) => e.name !== f.best.name && e.bitAgreement === f.best.bitAgreement && e.maxAbsError === f.ranking[0]!.maxAbsError).map((e) => e.name);
  const also = tied.length > 0 ? `; identical on these inputs: ${tied.join(", ")}` : "";
  return f.best.bitAgreement >= 0.999
    ? `behaves like ${f.best.name} (${pct}% of output bits identical${also})`
    : `matches no zoo pipeline; nearest ${f.best.name} (${pct}% of output bits identical${also})`;
}
