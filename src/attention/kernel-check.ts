/**
 * Checking a third-party attention kernel (AnchorAttention implementations above all: a FlexAttention
 * mask_mod, FlashAttention varlen with a per-document BOS at position 0) against a scheme, at the
 * declared positions and, when given, at the same sequence shifted:
 *  1. the mask, read robustly (mask-read.ts): every query sees the anchor, no query sees another
 *     document or the future, every key the scheme allows is seen; a probability of 0 is "masked or
 *     underflowed" and is decided only by the exact logit's evidence;
 *  2. the arithmetic: each logit (or log-probability) against exact attention at the declared positions,
 *     within the derived tolerance of tolerance.ts; a kernel that departs gets its likely cause, the
 *     hypothesis (no rotation, another base, the other layout, the anchor moving with the documents,
 *     ids reset per document, a BOS at 0 per document, the shift ignored) that explains its logits;
 *  3. the position ids: compared when the kernel reports them, otherwise read from the attention (2.);
 *  4. the shift, split into the exact-math change (nonzero for the anchor scheme: the anchor stays at 0
 *     while documents move) and the precision loss, the kernel's next to the emulated format's.
 * A kernel returns logits or probabilities for n queries × n keys. Fixture and process routes feed the
 * same interface.
 */
import { InvalidArgumentError } from "../errors.js";
import { ZOO, zooPipeline } from "../kernels/zoo.js";
import { emulate } from "../rope/emulate.js";
import { formatSpec, type FormatName } from "../formats/table.js";
import type { Layout } from "../oracle/spec.js";
import { MASKED, SEEN, ZERO_PROB, maskedLogitThreshold, readMask, softmaxSeen } from "./mask-read.js";
import { FLASH_SCORE, scoreFunctions } from "./score.js";
import { type PackedSequence, type Scheme, packSequence, visible } from "./packing.js";
import { type RotatingKernel } from "./shift.js";
import { attentionRow } from "./shift-rows.js";
import { type ExactRows, type RopeDeclaration, exactLogit, exactRows, hoeffdingLambda, logitVariance, unitRoundoff, TOLERANCE_DELTA } from "./tolerance.js";

export interface AttentionOutput {
  /** n × n pre-softmax logits; a masked entry is −∞, NaN or ≤ finfo(storedAs).min / 2. */
  logits?: Float64Array;
  /** n × n probabilities; a masked entry is 0. */
  probs?: Float64Array;
  /** The position ids the kernel used, if it derives its own. */
  positions?: Float64Array;
  /** The format the logits or probabilities were stored in (default fp64). */
  storedAs?: FormatName;
}

export interface AttentionKernel {
  name: string;
  format: FormatName;
  attend(q: Float64Array, k: Float64Array, positions: Float64Array, docIds: Int32Array, headDim: number): AttentionOutput | Promise<AttentionOutput>;
}

/** ok: holds; fail: a fault; unsure: cannot be decided from what the kernel returned (not a pass); info: a measurement. */
export type FindingStatus = "ok" | "fail" | "unsure" | "info";

export interface AttentionFinding {
  check: "mask" | "positions" | "arithmetic" | "shift" | "output";
  ok: boolean;
  status: FindingStatus;
  message: string;
}

export interface ArithmeticSummary {
  shift: number;
  entries: number;
  departing: number;
  /** Mean over rows of Σ_j |A − A*|, A* exact attention at the declared positions under the scheme's mask. */
  errorVsExact: number;
  /** The same for the emulated kernel of the declared format, when one was given. */
  emulatedErrorVsExact?: number;
  cause?: string;
}

export interface ShiftSplit {
  shifts: [number, number];
  /** Mean over rows of Σ_j |A*(Δ₁) − A*(Δ₂)|: what exact arithmetic changes. */
  exactChange: number;
  /** Mean over rows of Σ_j |A(Δ₁) − A(Δ₂)|: what the kernel changes. */
  kernelChange: number;
  /** Mean over rows of Σ_j |(A − A*)(Δ₁) − (A − A*)(Δ₂)|: the kernel's change beyond exact arithmetic. */
  precisionLoss: number;
  emulatedPrecisionLoss?: number;
}

export interface AttentionCheckResult {
  kernel: string;
  scheme: Scheme;
  findings: AttentionFinding[];
  ok: boolean;
  /** Mean over rows of Σ_j |A − A*| at the first shift (NaN if the kernel's output was unusable). */
  deviation: number;
  /** How the tolerance was derived, in words and numbers. */
  tolerance: string;
  arithmetic: ArithmeticSummary[];
  shift?: ShiftSplit;
  /** Emulated pipelines by RMS logit residual against the kernel, closest first (logits only). */
  closest?: { name: string; rms: number }[];
}

export interface AttentionCheckOptions {
  scheme: Scheme;
  docLengths: readonly number[];
  headDim: number;
  q: Float64Array;
  k: Float64Array;
  shift?: number;
  /** A second shift: the kernel is asked again there, and the shift is split into exact change and precision loss. */
  shift2?: number;
  base: number;
  layout: Layout;
  /** The declared format (default: the kernel's). */
  format?: FormatName;
  /** The emulation of the declared format and scheme (e.g. zoo hf), for the side-by-side figures. */
  emulated?: RotatingKernel;
  /** Named emulated pipelines (the zoo's, in the declared format): the closest one to the kernel's logits is named. */
  candidates?: readonly (RotatingKernel & { name: string })[];
}

/** Row-wise softmax of n × n logits in fp64; −∞, NaN and logits ≤ finfo(storedAs).min / 2 get probability 0. */
export function probsFromLogits(logits: Float64Array, n: number, storedAs: FormatName = "fp64"): Float64Array {
  return softmaxSeen(logits, readMask({ logits }, n, storedAs), n);
}

function validOutput(out: AttentionOutput | undefined, n: number): boolean {
  if (!out || typeof out !== "object") return false;
  return (out.logits instanceof Float64Array && out.logits.length === n * n) || (out.probs instanceof Float64Array && out.probs.length === n * n);
}

const list = (xs: readonly unknown[]): string => `${xs.slice(0, 3).join(", ")}${xs.length > 3 ? `, … (${xs.length} in all)` : ""}`;
const fmtE = (v: number): string => v.toExponential(2);

/** One attention matrix of the kernel, read against exact attention at the declared positions. */
interface Reading {
  seq: PackedSequence;
  out: AttentionOutput;
  storedAs: FormatName;
  state: Uint8Array;
  exact: ExactRows;
  /** Exact logits, every (i, j). */
  lstar: Float64Array;
  /** Tolerance per entry, λ·√V. */
  bound: Float64Array;
  /** The kernel's probabilities (softmax over its seen entries, or its probabilities). */
  probs: Float64Array;
  /** Exact attention under the scheme's mask. */
  astar: Float64Array;
}

function read(seq: PackedSequence, out: AttentionOutput, o: AttentionCheckOptions, format: FormatName, lambda: number): Reading {
  const n = seq.length;
  const d = o.headDim;
  const storedAs = out.storedAs ?? "fp64";
  const state = readMask(out, n, storedAs, format);
  const rope: RopeDeclaration = { base: o.base, layout: o.layout, headDim: d };
  const exact = exactRows(o.q, o.k, seq.positions, rope, format);
  const lstar = new Float64Array(n * n);
  const bound = new Float64Array(n * n);
  const schemeMask = new Uint8Array(n * n);
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      lstar[i * n + j] = exactLogit(exact, i, j, d);
      bound[i * n + j] = lambda * Math.sqrt(logitVariance(exact, i, j, d, format));
      schemeMask[i * n + j] = visible(seq, i, j) ? SEEN : MASKED;
    }
  const probs = out.logits ? softmaxSeen(out.logits, state, n) : Float64Array.from(out.probs!, (p) => (p > 0 ? p : 0));
  return { seq, out, storedAs, state, exact, lstar, bound, probs, astar: softmaxSeen(lstar, schemeMask, n) };
}

/**
 * Whether a probability of 0 at (i, j) proves a mask: if the key were seen, its exact probability (at the
 * tolerance's lower end) would be above the smallest subnormal of the stored format.
 */
function zeroIsMask(r: Reading, i: number, j: number): { proves: boolean; expected: number } {
  const n = r.seq.length;
  let m = r.lstar[i * n + j]!;
  for (let t = 0; t <= i; t++) if (visible(r.seq, i, t)) m = Math.max(m, r.lstar[i * n + t]!);
  let z = Math.exp(r.lstar[i * n + j]! - m);
  let maxB = r.bound[i * n + j]!;
  for (let t = 0; t <= i; t++)
    if (visible(r.seq, i, t) && t !== j) {
      z += Math.exp(r.lstar[i * n + t]! - m);
      maxB = Math.max(maxB, r.bound[i * n + t]!);
    }
  const expected = Math.exp(r.lstar[i * n + j]! - m) / z;
  return { proves: expected * Math.exp(-r.bound[i * n + j]! - maxB) > formatSpec(r.storedAs).minSubnormal, expected };
}

/** Residuals of the kernel against logits `lref` on entries seen by both the kernel and the scheme. */
function departures(
  r: Reading,
  lref: Float64Array,
  format: FormatName,
  rows?: readonly number[],
): { departing: number; entries: number; worst: { i: number; j: number; res: number; bound: number } | null; use: number; rows: number[] } {
  const n = r.seq.length;
  const tiny = formatSpec(r.storedAs).minNormal;
  let departing = 0;
  let entries = 0;
  let worst: { i: number; j: number; res: number; bound: number } | null = null;
  let largest = 0;
  const res = new Float64Array(n);
  const use = new Uint8Array(n);
  const departingRows: number[] = [];
  for (const i of rows ?? Array.from({ length: n }, (_, x) => x)) {
    const before = departing;
    let maxB = 0;
    const vals: number[] = [];
    for (let j = 0; j <= i; j++) {
      const x = i * n + j;
      use[j] = r.state[x] === SEEN && visible(r.seq, i, j) && (r.out.logits !== undefined || r.out.probs![x]! >= tiny) ? 1 : 0;
      if (!use[j]) continue;
      res[j] = r.out.logits ? r.out.logits[x]! - lref[x]! : Math.log(r.out.probs![x]!) - lref[x]!;
      vals.push(res[j]!);
      maxB = Math.max(maxB, r.bound[x]!);
    }
    // Probabilities carry the row's log-normaliser: centre on the median residual, and allow for its
    // error (≤ the row's largest logit bound) and the stored probability's rounding.
    let centre = 0;
    if (!r.out.logits && vals.length > 0) {
      vals.sort((a, b) => a - b);
      centre = vals[vals.length >> 1]!;
    }
    const extra = r.out.logits ? 0 : maxB + 2 * unitRoundoff(r.storedAs) + 2 * unitRoundoff(format);
    for (let j = 0; j <= i; j++) {
      if (!use[j]) continue;
      const x = i * n + j;
      const e = Math.abs(res[j]! - centre);
      const b = r.bound[x]! + extra;
      entries++;
      largest = Math.max(largest, e / b);
      if (!(e <= b)) {
        departing++;
        if (!worst || e - b > worst.res - worst.bound) worst = { i, j, res: e, bound: b };
      }
    }
    if (departing > before) departingRows.push(i);
  }
  return { departing, entries, worst, use: largest, rows: departingRows };
}

interface Hypothesis {
  name: string;
  positions?: Float64Array;
  base?: number;
  layout?: Layout;
  rotate?: boolean;
  /** Whether the hypothesis is about position ids (for the positions finding). */
  positional: boolean;
}

function hypotheses(seq: PackedSequence, o: AttentionCheckOptions, shift: number): Hypothesis[] {
  const n = seq.length;
  const p = seq.positions;
  const hs: Hypothesis[] = [{ name: "no rotation (RoPE not applied)", rotate: false, positional: false }];
  for (const b of [500, 1e4, 1e5, 5e5, 1e6, 5e6, 1e7, 5e7, 1e8, 1e9]) if (b !== o.base) hs.push({ name: `wrong base (behaves like base ${b}, declared ${o.base})`, base: b, positional: false });
  hs.push({ name: `the other layout (${o.layout === "neox" ? "gptj" : "neox"} pairs, declared ${o.layout})`, layout: o.layout === "neox" ? "gptj" : "neox", positional: false });
  const docStart = (t: number): number => {
    let s = t;
    while (s > 0 && seq.docIds[s - 1] === seq.docIds[t]) s--;
    return s;
  };
  const withIds = (f: (t: number) => number): Float64Array => Float64Array.from({ length: n }, (_, t) => f(t));
  if (o.scheme === "anchor" && n > 1) hs.push({ name: "the anchor's position moves with the documents (anchor at Δ, not 0)", positions: withIds((t) => (t === 0 ? p[1]! - 1 : p[t]!)), positional: true });
  hs.push({ name: "the shift ignored (position ids as at Δ = 0)", positions: packSequence(o.docLengths, o.scheme, 0).positions, positional: true });
  for (const [what, start] of [["Δ", shift], ["Δ + 1", shift + 1], ["0", 0]] as const)
    hs.push({ name: `position ids reset per document (each restarts at ${what})`, positions: withIds((t) => (seq.docIds[t] === 0 ? p[t]! : start + t - docStart(t))), positional: true });
  // Varlen segments with a BOS at 0 each: under the anchor scheme the anchor is the first segment's BOS.
  const firstDoc = o.scheme === "anchor" ? 1 : 0;
  hs.push({ name: "a BOS at position 0 per document (varlen segments: each document's first token at 0)", positions: withIds((t) => (seq.docIds[t]! > firstDoc && docStart(t) === t ? 0 : p[t]!)), positional: true });
  return hs;
}

/** The hypothesis that best explains the departing rows (only those rows are recomputed). */
function likelyCause(r: Reading, o: AttentionCheckOptions, format: FormatName, shift: number, declared: { departing: number; rows: number[] }): Hypothesis | null {
  const n = r.seq.length;
  const d = o.headDim;
  let best: { h: Hypothesis; departing: number } | null = null;
  for (const h of hypotheses(r.seq, o, shift)) {
    const rope: RopeDeclaration = { base: h.base ?? o.base, layout: h.layout ?? o.layout, headDim: d };
    const e = exactRows(o.q, o.k, h.positions ?? r.seq.positions, rope, format, h.rotate ?? true);
    const l = new Float64Array(n * n);
    for (const i of declared.rows) for (let j = 0; j <= i; j++) l[i * n + j] = exactLogit(e, i, j, d);
    const got = departures(r, l, format, declared.rows).departing;
    if (!best || got < best.departing) best = { h, departing: got };
  }
  // A cause must explain the kernel: at most a twentieth of the declared ids' departures remain.
  return best && best.departing * 20 <= declared.departing ? best.h : null;
}

/** The emulated kernel's attention under the scheme's mask (fp32 flash-style scores), for comparison. */
async function emulatedProbs(em: RotatingKernel, seq: PackedSequence, o: AttentionCheckOptions): Promise<Float64Array> {
  const n = seq.length;
  const d = o.headDim;
  const f = scoreFunctions(FLASH_SCORE, d, em.format);
  const qr = f.prepareQuery(await em.rotate(o.q, seq.positions, d));
  const kr = await em.rotate(o.k, seq.positions, d);
  const logits = new Float64Array(n);
  const mask = new Uint8Array(n);
  const a = new Float64Array(n);
  const out = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    attentionRow(f, seq, qr, i, kr, i, d, mask, logits, a);
    for (let j = 0; j <= i; j++) out[i * n + j] = mask[j] ? a[j]! : 0;
  }
  return out;
}

function rowL1(a: Float64Array, b: Float64Array, n: number): number {
  let s = 0;
  for (let x = 0; x < n * n; x++) s += Math.abs(a[x]! - b[x]!);
  return s / n;
}

/** The zoo's pipelines that run in `format`, with the declared base and layout: candidates for `closest`. */
export function zooCandidates(format: FormatName, base: number, layout: Layout): (RotatingKernel & { name: string })[] {
  return ZOO.filter((e) => e.formats.includes(format)).map((e) => {
    const spec = zooPipeline(e.formats[0] === format ? e.name : `${e.name}@${format}`, { base });
    const k = emulate({ ...spec, rope: { ...spec.rope, layout } });
    return { name: spec.name, format, rotate: (x: Float64Array, p: Float64Array, dd: number) => k.rotate(x, p, dd) };
  });
}

export async function checkAttentionKernel(kernel: AttentionKernel, options: AttentionCheckOptions): Promise<AttentionCheckResult> {
  const o = options;
  const format = o.format ?? kernel.format;
  const shift = o.shift ?? 0;
  const seqs = [packSequence(o.docLengths, o.scheme, shift)];
  if (o.shift2 !== undefined) seqs.push(packSequence(o.docLengths, o.scheme, o.shift2));
  const n = seqs[0]!.length;
  const d = o.headDim;
  if (o.q.length !== n * d || o.k.length !== n * d) throw new InvalidArgumentError("q", `${n} × ${d} values for this packing`, o.q.length);
  const findings: AttentionFinding[] = [];
  const add = (check: AttentionFinding["check"], status: FindingStatus, message: string): void => {
    findings.push({ check, ok: status === "ok" || status === "info", status, message });
  };
  const lambda = hoeffdingLambda(n * n * seqs.length);
  const u = unitRoundoff(format);
  const tolerance =
    `a correct ${format} kernel's logit stays within λ·√V of exact attention: V sums the first-order rounding errors (u = 2^${Math.log2(u)}) ` +
    `of the fp${formatSpec(format).precision > 24 ? 64 : 32} angle (4 roundings), cos, sin, both products and their sum per rotated element, ` +
    `the fp${formatSpec(format).precision > 24 ? 64 : 32} dot product and 2 roundings of the logit to ${format}; ` +
    `λ = ${lambda.toFixed(2)} (Hoeffding, failure probability ${TOLERANCE_DELTA} over ${n * n * seqs.length} entries)`;
  const result: AttentionCheckResult = { kernel: kernel.name, scheme: o.scheme, findings, ok: false, deviation: NaN, tolerance, arithmetic: [] };

  const outs: (AttentionOutput | undefined)[] = [];
  for (const seq of seqs) outs.push((await kernel.attend(o.q, o.k, seq.positions, seq.docIds, d)) as AttentionOutput | undefined);
  if (!validOutput(outs[0], n)) {
    add("output", "fail", `${kernel.name} returned neither logits nor probs of ${n}×${n} values`);
    return result;
  }
  const readings: Reading[] = [];
  for (const [x, sq] of seqs.entries()) {
    const out = outs[x];
    if (x > 0 && (!out || (out.logits === undefined && out.probs === undefined))) {
      add("shift", "info", `no attention at the shifted positions (Δ = ${o.shift2}): fill logits_shifted or probs_shifted to check the shift`);
      continue;
    }
    if (!validOutput(out, n)) {
      add("output", "fail", `${kernel.name} returned neither logits nor probs of ${n}×${n} values at the shifted positions`);
      continue;
    }
    readings.push(read(sq, out!, o, format, lambda));
  }
  const first = readings[0]!;
  const seq = first.seq;

  // 1. The mask, entry by entry, named the way a person debugging it thinks of it.
  const hiddenAnchor: number[] = [];
  const crossDoc: string[] = [];
  const future: string[] = [];
  const missing: string[] = [];
  const unsure: string[] = [];
  let crossAll = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const want = visible(seq, i, j);
      const s = first.state[i * n + j]!;
      let got = s === SEEN;
      if (!want && j <= i) crossAll++;
      if (s === ZERO_PROB) {
        const z = zeroIsMask(first, i, j);
        if (!z.proves) {
          unsure.push(`${i}→${j} (expected probability ${z.expected.toExponential(1)})`);
          continue;
        }
        got = false;
      }
      if (want === got) continue;
      if (!got && seq.scheme === "anchor" && seq.docIds[j] === 0) hiddenAnchor.push(i);
      else if (got && j > i) future.push(`${i}→${j}`);
      else if (got) crossDoc.push(`query ${i} (document ${seq.docIds[i]}) → key ${j} (document ${seq.docIds[j]})`);
      else missing.push(`${i}→${j}`);
    }
  const docsHidden = [...new Set(hiddenAnchor.map((i) => seq.docIds[i]))];
  if (o.scheme === "anchor") {
    const perDocBos = docsHidden.length > 0 && !docsHidden.includes(1) && docsHidden.length === o.docLengths.length - 1;
    add(
      "mask",
      hiddenAnchor.length === 0 ? "ok" : "fail",
      hiddenAnchor.length === 0
        ? "every query sees the anchor"
        : `the anchor is hidden from document${docsHidden.length > 1 ? "s" : ""} ${docsHidden.join(", ")} (queries ${list(hiddenAnchor)})${perDocBos ? "; likely cause: per-document BOS anchors (the anchor belongs to the first document's segment only)" : ""}`,
    );
  }
  const fullCausal = crossDoc.length > 0 && crossDoc.length === crossAll - hiddenAnchor.length;
  add("mask", crossDoc.length === 0 ? "ok" : "fail", crossDoc.length === 0 ? "no query sees another document" : `cross-document keys visible: ${list(crossDoc)}${fullCausal && crossAll > 1 ? "; likely cause: a plain causal mask (documents not separated)" : ""}`);
  add("mask", future.length === 0 ? "ok" : "fail", future.length === 0 ? "no query sees the future" : `future keys visible: ${list(future)}`);
  add("mask", missing.length === 0 ? "ok" : "fail", missing.length === 0 ? "every key the scheme allows is seen" : `keys the scheme allows are masked: ${list(missing)}`);
  if (unsure.length > 0)
    add(
      "mask",
      "unsure",
      `masked or underflowed: ${list(unsure)} are 0 in probs, and a seen key's probability there would be below ${first.storedAs}'s smallest subnormal ${formatSpec(first.storedAs).minSubnormal.toExponential(1)}, so a 0 proves neither a mask nor a leak (fill logits to decide)`,
    );
  if (readings.length > 1) {
    let changed = 0;
    for (let x = 0; x < n * n; x++) if ((first.state[x] === SEEN) !== (readings[1]!.state[x] === SEEN) && first.state[x] !== ZERO_PROB && readings[1]!.state[x] !== ZERO_PROB) changed++;
    if (changed > 0) add("mask", "fail", `the mask changes with the shift: ${changed} entries differ between Δ = ${shift} and Δ = ${o.shift2}`);
  }
  if (first.out.logits) {
    const lim = maskedLogitThreshold(first.storedAs, format);
    let finfoMasked = 0;
    for (let x = 0; x < n * n; x++) {
      const v = first.out.logits[x]!;
      if (v === v && v !== -Infinity && v <= lim) finfoMasked++;
    }
    const narrower = formatSpec(first.storedAs).maxFinite <= formatSpec(format).maxFinite ? first.storedAs : format;
    if (finfoMasked > 0) add("mask", "info", `${finfoMasked} logits at or below finfo(${narrower}).min / 2 = ${lim.toExponential(3)} read as masked (stored as ${first.storedAs}, kernel ${format})`);
  }

  // 2. The arithmetic at every shift, against exact attention at the declared positions.
  const em = o.emulated;
  const emProbs: Float64Array[] = [];
  let positionCause: string | null = null;
  let otherCause: string | null = null;
  for (const r of readings) {
    const sh = r.seq === seqs[0] ? shift : o.shift2!;
    const dep = departures(r, r.lstar, format);
    const summary: ArithmeticSummary = { shift: sh, entries: dep.entries, departing: dep.departing, errorVsExact: rowL1(r.probs, r.astar, n) };
    if (em) {
      const ep = await emulatedProbs(em, r.seq, o);
      emProbs.push(ep);
      summary.emulatedErrorVsExact = rowL1(ep, r.astar, n);
    }
    const figures = `mean over rows of Σ_j |A − A*| = ${fmtE(summary.errorVsExact)}${summary.emulatedErrorVsExact !== undefined ? ` (emulated ${format}: ${fmtE(summary.emulatedErrorVsExact)})` : ""}`;
    if (dep.departing === 0) add("arithmetic", "ok", `at Δ = ${sh}: all ${dep.entries} seen logits within tolerance of exact attention at the declared positions (largest residual ${(100 * dep.use).toFixed(0)}% of its tolerance); ${figures}`);
    else {
      const h = likelyCause(r, o, format, sh, dep);
      summary.cause = h?.name ?? "not identified (no rotation, another base, the other layout and the usual position-id faults were tried)";
      if (h?.positional) positionCause ??= h.name;
      else if (h) otherCause ??= h.name;
      const w = dep.worst!;
      add(
        "arithmetic",
        "fail",
        `at Δ = ${sh}: ${dep.departing} of ${dep.entries} seen logits depart from exact attention at the declared positions beyond tolerance (worst: query ${w.i}, key ${w.j}: ${fmtE(w.res)} > ${fmtE(w.bound)}); likely cause: ${summary.cause}; ${figures}`,
      );
    }
    result.arithmetic.push(summary);
  }
  result.deviation = result.arithmetic[0]!.errorVsExact;

  // 3. Position ids: reported ones compared; otherwise read from the attention.
  if (first.out.positions) {
    const bad: string[] = [];
    for (let t = 0; t < n; t++) if (first.out.positions[t] !== seq.positions[t]) bad.push(`token ${t}: ${first.out.positions[t]} (want ${seq.positions[t]})`);
    add("positions", bad.length === 0 ? "ok" : "fail", bad.length === 0 ? `position ids match ${o.scheme} (reported by the kernel)` : `position ids differ from ${o.scheme}: ${list(bad)}`);
  } else if (positionCause) add("positions", "fail", `position ids read from the attention differ from ${o.scheme}: ${positionCause}`);
  else if (otherCause) add("positions", "unsure", `position ids not readable from the attention: its rotation departs (${otherCause})`);
  else if (result.arithmetic.every((a) => a.departing === 0)) add("positions", "ok", `position ids read from the attention match ${o.scheme} at Δ = ${result.arithmetic.map((a) => a.shift).join(" and ")}`);
  else add("positions", "unsure", "position ids not readable from the attention: it departs from exact attention for a cause not identified");

  // 3b. Which emulated pipeline the kernel's logits are closest to (logits only: probabilities lose the
  // row's normaliser). The RMS over seen entries of the logit residual, next to exact RoPE's.
  if (first.out.logits && o.candidates && o.candidates.length > 0) {
    const rms = (lref: Float64Array): number => {
      let sum = 0;
      let cnt = 0;
      for (let i = 0; i < n; i++)
        for (let j = 0; j <= i; j++)
          if (first.state[i * n + j] === SEEN && visible(seq, i, j)) {
            sum += (first.out.logits![i * n + j]! - lref[i * n + j]!) ** 2;
            cnt++;
          }
      return Math.sqrt(sum / Math.max(1, cnt));
    };
    const f = scoreFunctions(FLASH_SCORE, d, format);
    const scored: { name: string; rms: number }[] = [];
    for (const c of o.candidates) {
      const qr = f.prepareQuery(await c.rotate(o.q, seq.positions, d));
      const kr = await c.rotate(o.k, seq.positions, d);
      const l = new Float64Array(n * n);
      for (let i = 0; i < n; i++) for (let j = 0; j <= i; j++) l[i * n + j] = f.logit(qr, i * d, kr, j * d);
      scored.push({ name: c.name, rms: rms(l) });
    }
    scored.sort((a, b) => a.rms - b.rms || (a.name < b.name ? -1 : 1));
    result.closest = scored;
    add("arithmetic", "info", `closest emulated pipeline at Δ = ${shift}: ${scored[0]!.name} (RMS logit residual ${fmtE(scored[0]!.rms)}; next ${scored.slice(1, 3).map((x) => `${x.name} ${fmtE(x.rms)}`).join(", ") || "none"}; exact RoPE ${fmtE(rms(first.lstar))})`);
  }

  // 4. The shift, split into the exact-math change and the precision loss.
  if (readings.length === 2) {
    const [a, b] = readings as [Reading, Reading];
    let precision = 0;
    let emPrecision = 0;
    for (let x = 0; x < n * n; x++) {
      precision += Math.abs(a.probs[x]! - a.astar[x]! - (b.probs[x]! - b.astar[x]!));
      if (emProbs.length === 2) emPrecision += Math.abs(emProbs[0]![x]! - a.astar[x]! - (emProbs[1]![x]! - b.astar[x]!));
    }
    const split: ShiftSplit = { shifts: [shift, o.shift2!], exactChange: rowL1(a.astar, b.astar, n), kernelChange: rowL1(a.probs, b.probs, n), precisionLoss: precision / n };
    if (emProbs.length === 2) split.emulatedPrecisionLoss = emPrecision / n;
    result.shift = split;
    const why = o.scheme === "anchor" ? "the anchor stays at 0 while the documents move" : "relative positions are unchanged, so this is fp64 rounding";
    add(
      "shift",
      "info",
      `Δ = ${shift} → ${o.shift2} (mean over rows of Σ_j): exact-math change ${fmtE(split.exactChange)} (${why}); precision loss: kernel ${fmtE(split.precisionLoss)}${split.emulatedPrecisionLoss !== undefined ? `, emulated ${format} ${fmtE(split.emulatedPrecisionLoss)}` : ""}; the kernel's total change ${fmtE(split.kernelChange)}`,
    );
  }
  result.ok = findings.every((f) => f.ok);
  return result;
}
