/**
 * Fingerprinting: which zoo pipeline does a kernel behave like? Every zoo pipeline (in the kernel's
 * input format, with the kernel's RoPE parameters and pairing) rotates the same inputs; pipelines are
 * ranked by the fraction of output elements bit-identical to the kernel's, then by the largest absolute
 * difference. Pipelines that cannot express the kernel's scaling are listed as not ranked; the other
 * pairing is tried too, to catch a misdeclared layout; non-finite outputs are reported on their own.
 */
import { InvalidArgumentError } from "../errors.js";
import { ZOO, zooKernel } from "../kernels/zoo.js";
import type { KernelRope } from "../kernels/kernel.js";
import type { FormatName } from "../formats/table.js";
import type { Layout } from "../oracle/spec.js";
import { createRng, uniformSource } from "../formats/rng.js";
import { rounder } from "../formats/rounder.js";

export interface FingerprintEntry {
  name: string;
  bitAgreement: number;
  maxAbsError: number;
}

/** A pipeline left out of the ranking, and why (it cannot express the kernel's RoPE, e.g. its scaling). */
export interface FingerprintSkip {
  name: string;
  reason: string;
}

/** Non-finite outputs of the kernel for finite inputs: a finding of its own, whatever the bit agreement. */
export interface NonFiniteOutputs {
  count: number;
  total: number;
  /** The first one, in row-major order: row, element within the row, and the value ("NaN", "Infinity", "-Infinity"). */
  first: { row: number; element: number; value: string };
}

export interface Fingerprint {
  /** `equivalent`: other pipelines exactly as close (bit-identical pipelines cannot be told apart). */
  best: { name: string; bitAgreement: number; equivalent: string[] };
  ranking: FingerprintEntry[];
  /** Pipelines not ranked (present only when some are): the kernel's scaling has no counterpart in them. */
  skipped?: FingerprintSkip[];
  /** Present when a pipeline in the other pairing matches far better: the kernel's layout is probably misdeclared. */
  otherLayout?: { declared: Layout; layout: Layout; name: string; bitAgreement: number };
  /** Present when the kernel returned NaN or ±Infinity for finite inputs. */
  nonFinite?: NonFiniteOutputs;
}

/** Counts outputs that are not finite where the input element was finite. */
export function nonFiniteOutputs(inputs: Float64Array, outputs: Float64Array, headDim: number): NonFiniteOutputs | undefined {
  let count = 0;
  let first: NonFiniteOutputs["first"] | undefined;
  for (let i = 0; i < outputs.length; i++) {
    if (Number.isFinite(outputs[i]!) || !Number.isFinite(inputs[i]!)) continue;
    count++;
    first ??= { row: Math.floor(i / headDim), element: i % headDim, value: String(outputs[i]) };
  }
  return first ? { count, total: outputs.length, first } : undefined;
}

/**
 * How many words of the kernel's name a pipeline's name shares (a word matches another it prefixes:
 * "onnx" matches "onnxruntime"). Only used to order pipelines that tie exactly.
 */
function nameAffinity(kernelName: string, pipeline: string): number {
  const words = (s: string): string[] => s.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 2 && !/^(fp|bf)\d+$/.test(w));
  const ours = words(pipeline);
  return words(kernelName).filter((w) => ours.some((o) => o.startsWith(w) || w.startsWith(o))).length;
}

/** Bit agreement and largest difference between a pipeline's outputs and the kernel's. */
function compare(y: Float64Array, outputs: Float64Array): { same: number; maxAbs: number } {
  let same = 0;
  let maxAbs = 0;
  for (let i = 0; i < y.length; i++) {
    if (Object.is(y[i], outputs[i])) same++;
    else maxAbs = Math.max(maxAbs, Math.abs(y[i]! - outputs[i]!) || (Number.isNaN(outputs[i]!) ? Infinity : 0));
  }
  return { same, maxAbs };
}

/** The other layout's best is reported when it is at least this much closer (and itself a match). */
const LAYOUT_HINT_MARGIN = 0.1;

/** `outputs` are the kernel's results for `inputs` at `positions` (n × headDim). */
export function fingerprint(o: { format: FormatName; rope: KernelRope; headDim: number; inputs: Float64Array; positions: Float64Array; outputs: Float64Array; kernelName?: string }): Fingerprint {
  const ranking: FingerprintEntry[] = [];
  const skipped: FingerprintSkip[] = [];
  const other: Layout = o.rope.layout === "neox" ? "gptj" : "neox";
  let otherBest: FingerprintEntry | undefined;
  const native = new Set<string>();
  for (const entry of ZOO)
    for (const [k, f] of entry.formats.entries()) {
      if (f !== o.format) continue;
      const name = k === 0 ? entry.name : `${entry.name}@${f}`;
      // Every pipeline runs in the kernel's declared layout (the pairing is a switch, not part of the
      // arithmetic), and in the other one to catch a kernel declared with the wrong pairing.
      let kernel: ReturnType<typeof zooKernel>;
      let swapped: ReturnType<typeof zooKernel>;
      try {
        kernel = zooKernel(name, { layout: o.rope.layout, base: o.rope.base, rotaryDim: o.rope.rotaryDim, scaling: o.rope.scaling });
        swapped = zooKernel(name, { layout: other, base: o.rope.base, rotaryDim: o.rope.rotaryDim, scaling: o.rope.scaling });
      } catch (e) {
        // A pipeline that cannot express this RoPE (ggml's chained θ has no dynamic-NTK form) is not a
        // candidate; the rest still rank. Anything else is a bug and propagates.
        if (!(e instanceof InvalidArgumentError)) throw e;
        skipped.push({ name, reason: e.message });
        continue;
      }
      if (entry.layout === o.rope.layout) native.add(name);
      const y = kernel.rotate(o.inputs, o.positions, o.headDim);
      const { same, maxAbs } = compare(y, o.outputs);
      ranking.push({ name, bitAgreement: same / y.length, maxAbsError: maxAbs });
      const s = compare(swapped.rotate(o.inputs, o.positions, o.headDim), o.outputs);
      if (!otherBest || s.same / y.length > otherBest.bitAgreement) otherBest = { name, bitAgreement: s.same / y.length, maxAbsError: s.maxAbs };
    }
  const hint = o.kernelName ?? "";
  ranking.sort(
    (a, b) =>
      b.bitAgreement - a.bitAgreement ||
      a.maxAbsError - b.maxAbsError ||
      nameAffinity(hint, b.name) - nameAffinity(hint, a.name) ||
      // Among exact ties, a pipeline whose code pairs this way by default before one switched over.
      Number(native.has(b.name)) - Number(native.has(a.name)) ||
      (a.name < b.name ? -1 : 1),
  );
  const top = ranking[0] ?? { name: "(none)", bitAgreement: 0, maxAbsError: Infinity };
  const equivalent = ranking.slice(1).filter((e) => e.bitAgreement === top.bitAgreement && e.maxAbsError === top.maxAbsError).map((e) => e.name);
  const out: Fingerprint = { best: { name: top.name, bitAgreement: top.bitAgreement, equivalent }, ranking };
  if (skipped.length > 0) out.skipped = skipped;
  if (otherBest && otherBest.bitAgreement >= 0.999 && otherBest.bitAgreement - top.bitAgreement >= LAYOUT_HINT_MARGIN)
    out.otherLayout = { declared: o.rope.layout, layout: other, name: otherBest.name, bitAgreement: otherBest.bitAgreement };
  const nonFinite = nonFiniteOutputs(o.inputs, o.outputs, o.headDim);
  if (nonFinite) out.nonFinite = nonFinite;
  return out;
}

const LAYOUT_WORD: Record<Layout, string> = { neox: "NeoX", gptj: "GPT-J" };

/** "behaves like X (99.98% of output bits identical)" or "matches no zoo pipeline; nearest X". */
export function describeFingerprint(f: Fingerprint): string {
  const pct = (100 * f.best.bitAgreement).toFixed(2);
  // Pipelines that round identically (hf and vllm-legacy) cannot be told apart: name them all.
  const also = f.best.equivalent.length > 0 ? `; identical on these inputs: ${f.best.equivalent.join(", ")}` : "";
  const swap = f.otherLayout
    ? `; looks like a ${LAYOUT_WORD[f.otherLayout.layout]} kernel declared as ${LAYOUT_WORD[f.otherLayout.declared]}: ${f.otherLayout.name} in ${f.otherLayout.layout} layout matches ${(100 * f.otherLayout.bitAgreement).toFixed(2)}% of bits`
    : "";
  const left = f.skipped ? `; not ranked (cannot express this RoPE): ${f.skipped.map((s) => s.name).join(", ")}` : "";
  // A NaN among thousands of outputs barely moves the bit agreement: say it first, and never "behaves like".
  if (f.nonFinite) {
    const n = f.nonFinite;
    return `NON-FINITE OUTPUTS: ${n.count} of ${n.total} outputs are not finite for finite inputs (first: ${n.first.value} at row ${n.first.row}, element ${n.first.element}); nearest ${f.best.name} (${pct}% of output bits identical${also})${swap}${left}`;
  }
  return f.best.bitAgreement >= 0.999
    ? `behaves like ${f.best.name} (${pct}% of output bits identical${also})${swap}${left}`
    : `matches no zoo pipeline; nearest ${f.best.name} (${pct}% of output bits identical${also})${swap}${left}`;
}

/**
 * The inputs a black-box kernel is fingerprinted on: 512 Gaussian rows on the kernel's input grid at
 * log-uniform positions below 2^20, where pipelines that differ in any stage already disagree in bits.
 */
export function fingerprintInputs(format: FormatName, headDim: number, seed = 7): { inputs: Float64Array; positions: Float64Array } {
  const u = uniformSource(createRng(seed));
  const r = rounder(format);
  const n = 512;
  const inputs = new Float64Array(n * headDim);
  for (let i = 0; i < inputs.length; i++) inputs[i] = r(Math.sqrt(-2 * Math.log(1 - u.next())) * Math.cos(2 * Math.PI * u.next()));
  const positions = new Float64Array(n);
  for (let i = 0; i < n; i++) positions[i] = Math.floor(2 ** (u.next() * 20));
  return { inputs, positions };
}
