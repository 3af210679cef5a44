/**
 * Checking a third-party attention kernel (AnchorAttention implementations above all: a FlexAttention
 * mask_mod, FlashAttention varlen with a per-document BOS at position 0) against a scheme:
 *  1. the mask: every query sees the anchor, no query sees another document or the future, and every
 *     key the scheme allows is seen;
 *  2. the position ids, when the kernel reports the ones it used;
 *  3. its attention against the emulated scheme (the kernel's format through the zoo pipeline `reference`,
 *     flash-style fp32 scores) at the same inputs: the mean over rows of Σ_j |A − A_emulated|.
 * A kernel returns logits (masked entries −∞ or absent as NaN) or probabilities (masked entries 0) for
 * n queries × n keys. Attention fixture bundles (attention-bundle.ts) are read into this interface.
 */
import { InvalidArgumentError } from "../errors.js";
import type { FormatName } from "../formats/table.js";
import { FLASH_SCORE, scoreFunctions } from "./score.js";
import { type PackedSequence, type Scheme, packSequence, visible } from "./packing.js";
import { type RotatingKernel, attentionRow } from "./shift.js";

export interface AttentionOutput {
  /** n × n pre-softmax logits; a masked entry is −∞ (or NaN). */
  logits?: Float64Array;
  /** n × n probabilities; a masked entry is 0. */
  probs?: Float64Array;
  /** The position ids the kernel used, if it derives its own. */
  positions?: Float64Array;
}

export interface AttentionKernel {
  name: string;
  format: FormatName;
  attend(q: Float64Array, k: Float64Array, positions: Float64Array, docIds: Int32Array, headDim: number): AttentionOutput | Promise<AttentionOutput>;
}

export interface AttentionFinding {
  check: "mask" | "positions" | "deviation" | "output";
  ok: boolean;
  message: string;
}

export interface AttentionCheckResult {
  kernel: string;
  scheme: Scheme;
  findings: AttentionFinding[];
  ok: boolean;
  /** Mean over rows of Σ_j |A − A_emulated| (NaN if the kernel's output was unusable). */
  deviation: number;
}

/** Row-wise softmax of n × n logits in fp64; a masked entry (−∞ or NaN) gets probability 0. */
export function probsFromLogits(logits: Float64Array, n: number): Float64Array {
  const p = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    let m = -Infinity;
    for (let j = 0; j < n; j++) {
      const v = logits[i * n + j]!;
      if (v === v && v > m) m = v;
    }
    let z = 0;
    for (let j = 0; j < n; j++) {
      const v = logits[i * n + j]!;
      const e = v === v && v !== -Infinity ? Math.exp(v - m) : 0;
      p[i * n + j] = e;
      z += e;
    }
    for (let j = 0; j < n; j++) p[i * n + j]! /= z || 1;
  }
  return p;
}

function probsFrom(out: AttentionOutput, n: number): Float64Array | null {
  if (out.probs instanceof Float64Array && out.probs.length === n * n) return out.probs;
  if (!(out.logits instanceof Float64Array) || out.logits.length !== n * n) return null;
  return probsFromLogits(out.logits, n);
}

function seen(out: AttentionOutput, probs: Float64Array, idx: number): boolean {
  if (out.logits) {
    const v = out.logits[idx]!;
    return v === v && v !== -Infinity;
  }
  return probs[idx]! > 0;
}

export async function checkAttentionKernel(
  kernel: AttentionKernel,
  options: { scheme: Scheme; docLengths: readonly number[]; headDim: number; q: Float64Array; k: Float64Array; shift?: number; reference: RotatingKernel },
): Promise<AttentionCheckResult> {
  const seq: PackedSequence = packSequence(options.docLengths, options.scheme, options.shift ?? 0);
  const n = seq.length;
  const d = options.headDim;
  if (options.q.length !== n * d || options.k.length !== n * d) throw new InvalidArgumentError("q", `${n} × ${d} values for this packing`, options.q.length);
  const findings: AttentionFinding[] = [];
  const out = await kernel.attend(options.q, options.k, seq.positions, seq.docIds, d);
  const probs = out && typeof out === "object" ? probsFrom(out, n) : null;
  if (!probs) {
    findings.push({ check: "output", ok: false, message: `${kernel.name} returned neither logits nor probs of ${n}×${n} values` });
    return { kernel: kernel.name, scheme: options.scheme, findings, ok: false, deviation: NaN };
  }
  // 1. The mask, entry by entry, named the way a person debugging it thinks of it.
  const hiddenAnchor: number[] = [];
  const crossDoc: string[] = [];
  const future: string[] = [];
  const missing: string[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const want = visible(seq, i, j);
      const got = seen(out, probs, i * n + j);
      if (want === got) continue;
      if (!got && seq.scheme === "anchor" && seq.docIds[j] === 0) hiddenAnchor.push(i);
      else if (got && j > i) future.push(`${i}→${j}`);
      else if (got) crossDoc.push(`query ${i} (document ${seq.docIds[i]}) → key ${j} (document ${seq.docIds[j]})`);
      else missing.push(`${i}→${j}`);
    }
  const docsHidden = [...new Set(hiddenAnchor.map((i) => seq.docIds[i]))];
  const list = (xs: readonly unknown[]): string => `${xs.slice(0, 3).join(", ")}${xs.length > 3 ? `, … (${xs.length} in all)` : ""}`;
  if (options.scheme === "anchor")
    findings.push({
      check: "mask",
      ok: hiddenAnchor.length === 0,
      message: hiddenAnchor.length === 0 ? "every query sees the anchor" : `the anchor is hidden from document${docsHidden.length > 1 ? "s" : ""} ${docsHidden.join(", ")} (queries ${list(hiddenAnchor)})`,
    });
  findings.push({ check: "mask", ok: crossDoc.length === 0, message: crossDoc.length === 0 ? "no query sees another document" : `cross-document keys visible: ${list(crossDoc)}` });
  findings.push({ check: "mask", ok: future.length === 0, message: future.length === 0 ? "no query sees the future" : `future keys visible: ${list(future)}` });
  findings.push({ check: "mask", ok: missing.length === 0, message: missing.length === 0 ? "every key the scheme allows is seen" : `keys the scheme allows are masked: ${list(missing)}` });
  // 2. Position ids, when reported.
  if (out.positions) {
    const bad: string[] = [];
    for (let t = 0; t < n; t++) if (out.positions[t] !== seq.positions[t]) bad.push(`token ${t}: ${out.positions[t]} (want ${seq.positions[t]})`);
    findings.push({ check: "positions", ok: bad.length === 0, message: bad.length === 0 ? `position ids match ${options.scheme}` : `position ids differ from ${options.scheme}: ${list(bad)}` });
  }
  // 3. Against the emulated scheme at the same inputs.
  const f = scoreFunctions(FLASH_SCORE, d, options.reference.format);
  const qr = f.prepareQuery(await options.reference.rotate(options.q, seq.positions, d));
  const kr = await options.reference.rotate(options.k, seq.positions, d);
  const logits = new Float64Array(n);
  const mask = new Uint8Array(n);
  const a = new Float64Array(n);
  let dev = 0;
  for (let i = 0; i < n; i++) {
    attentionRow(f, seq, qr, i, kr, i, d, mask, logits, a);
    for (let j = 0; j < n; j++) dev += Math.abs((j <= i ? a[j]! : 0) - probs[i * n + j]!);
  }
  const deviation = dev / n;
  findings.push({ check: "deviation", ok: Number.isFinite(deviation), message: `mean over rows of Σ_j |A − A_emulated| = ${deviation.toExponential(2)} (emulated with ${options.reference.format} RoPE and fp32 scores)` });
  return { kernel: kernel.name, scheme: options.scheme, findings, ok: findings.every((x) => x.ok), deviation };
}
