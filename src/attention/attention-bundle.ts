/**
 * Attention fixture bundles: the inputs of one packed sequence for a third-party attention kernel
 * (AnchorAttention above all) to fill, and the filled file read back as an AttentionKernel.
 * Tensors: `q`, `k` [n, head_dim] in the dtype; `positions` [n] I64 (the scheme's position ids);
 * `positions_shifted` [n] I64 (the same sequence shifted by Δ, default 16); `doc_ids` [n] I32 (0 = anchor);
 * once filled, `logits` or `probs` [n, n] (masked: −inf, NaN or ≤ finfo(dtype).min / 2 / 0), optionally
 * the same at the shifted positions (`logits_shifted` / `probs_shifted`) and the ids the kernel used
 * (`positions_used`, `positions_used_shifted`) [n] I64. `__metadata__`:
 * rope_audit_version, kind = "attention", dtype, layout, base, head_dim, rotary_dim, scaling, scheme,
 * doc_lengths (JSON array), shift, shift2.
 */
import { type AttentionKernel, type AttentionOutput, probsFromLogits } from "./kernel-check.js";
import { type Scheme, SCHEMES, packSequence } from "./packing.js";
import { InvalidArgumentError } from "../errors.js";
import { createRng } from "../formats/rng.js";
import type { FormatName } from "../formats/table.js";
import type { Layout } from "../oracle/spec.js";
import { BUNDLE_VERSION } from "../kernels/fixture/bundle.js";
import { type SafetensorsDtype, SafetensorsError, type TensorInput, readSafetensors, tensorFrom, tensorValues, writeSafetensors } from "../kernels/fixture/safetensors.js";

const DTYPE: Record<string, SafetensorsDtype> = { bf16: "BF16", fp16: "F16", fp32: "F32", fp64: "F64" };

export interface AttentionExportOptions {
  format: "bf16" | "fp16" | "fp32" | "fp64";
  layout: Layout;
  base: number;
  headDim: number;
  scheme: Scheme;
  docLengths: number[];
  shift?: number;
  /** The second shift for the shift-deviation check (default shift + 16). */
  shift2?: number;
  seed?: number;
}

export function exportAttentionBundle(o: AttentionExportOptions): Uint8Array {
  if (!DTYPE[o.format]) throw new InvalidArgumentError("--format", "one of bf16, fp16, fp32, fp64", o.format);
  const seq = packSequence(o.docLengths, o.scheme, o.shift ?? 0);
  const shift2 = o.shift2 ?? (o.shift ?? 0) + 16;
  const seq2 = packSequence(o.docLengths, o.scheme, shift2);
  const rng = createRng(o.seed ?? 1);
  const gaussian = (): number => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
  const n = seq.length;
  return writeSafetensors(
    {
      q: tensorFrom(DTYPE[o.format]!, [n, o.headDim], Array.from({ length: n * o.headDim }, gaussian)),
      k: tensorFrom(DTYPE[o.format]!, [n, o.headDim], Array.from({ length: n * o.headDim }, gaussian)),
      positions: tensorFrom("I64", [n], seq.positions),
      positions_shifted: tensorFrom("I64", [n], seq2.positions),
      doc_ids: tensorFrom("I32", [n], seq.docIds),
    },
    {
      rope_audit_version: BUNDLE_VERSION,
      kind: "attention",
      dtype: o.format,
      layout: o.layout,
      base: String(o.base),
      head_dim: String(o.headDim),
      rotary_dim: String(o.headDim),
      scaling: JSON.stringify({ type: "none" }),
      scheme: o.scheme,
      doc_lengths: JSON.stringify(o.docLengths),
      shift: String(o.shift ?? 0),
      shift2: String(shift2),
    },
  );
}

export interface AttentionBundle {
  file: string;
  format: FormatName;
  layout: Layout;
  base: number;
  headDim: number;
  scheme: Scheme;
  docLengths: number[];
  shift: number;
  shift2: number;
  q: Float64Array;
  k: Float64Array;
  kernel: AttentionKernel;
  /** The kernel's probabilities at `positions` (from probs, or the softmax of logits). */
  probs: Float64Array;
  /** The kernel's probabilities at the shifted positions, when filled. */
  shiftedProbs?: Float64Array;
}

export function readAttentionBundle(bytes: Uint8Array, file: string): AttentionBundle {
  const st = readSafetensors(bytes, file);
  const fail = (problem: string): never => {
    throw new SafetensorsError(file, problem);
  };
  const m = st.metadata;
  const need = (key: string): string => m[key] ?? fail(`__metadata__.${key} is missing (an attention bundle has kind, dtype, layout, base, head_dim, scheme, doc_lengths, shift)`);
  if (need("kind") !== "attention") fail(`__metadata__.kind: expected "attention", got ${JSON.stringify(m.kind)}`);
  const format = need("dtype") as FormatName;
  if (!DTYPE[format]) fail(`__metadata__.dtype: expected bf16, fp16, fp32 or fp64, got ${JSON.stringify(format)}`);
  const layout = need("layout");
  if (layout !== "neox" && layout !== "gptj") fail(`__metadata__.layout: expected neox or gptj, got ${JSON.stringify(layout)}`);
  const scheme = need("scheme") as Scheme;
  if (!SCHEMES.includes(scheme)) fail(`__metadata__.scheme: expected one of ${SCHEMES.join(", ")}, got ${JSON.stringify(scheme)}`);
  let docLengths: unknown;
  try {
    docLengths = JSON.parse(need("doc_lengths"));
  } catch {
    fail(`__metadata__.doc_lengths: expected a JSON array of integers, got ${JSON.stringify(m.doc_lengths)}`);
  }
  if (!Array.isArray(docLengths) || docLengths.some((x) => !Number.isSafeInteger(x) || x < 1)) fail(`__metadata__.doc_lengths: expected a JSON array of integers ≥ 1`);
  const headDim = Number(need("head_dim"));
  const base = Number(need("base"));
  const shift = Number(need("shift"));
  if (!Number.isSafeInteger(headDim) || headDim < 2) fail(`__metadata__.head_dim: expected an integer ≥ 2`);
  if (!(base > 1)) fail(`__metadata__.base: expected a number > 1`);
  if (!Number.isSafeInteger(shift) || shift < 0) fail(`__metadata__.shift: expected an integer ≥ 0`);
  const seq = packSequence(docLengths as number[], scheme, shift);
  const n = seq.length;
  const stored = new Map<string, FormatName>();
  const get = (name: string, dtypes: SafetensorsDtype[], shape: number[], required: boolean): Float64Array | undefined => {
    const t = st.tensors.get(name);
    if (!t) return required ? fail(`tensor "${name}" is missing`) : undefined;
    if (!dtypes.includes(t.dtype)) fail(`tensor "${name}": dtype ${t.dtype}, expected ${dtypes.join(" or ")}`);
    if (t.shape.length !== shape.length || t.shape.some((s, i) => s !== shape[i])) fail(`tensor "${name}": shape [${t.shape.join(", ")}], expected [${shape.join(", ")}]`);
    const f = Object.keys(DTYPE).find((k) => DTYPE[k] === t.dtype);
    if (f) stored.set(name, f as FormatName);
    return tensorValues(t, name, file);
  };
  const q = get("q", [DTYPE[format]!], [n, headDim], true)!;
  const k = get("k", [DTYPE[format]!], [n, headDim], true)!;
  const out = ["BF16", "F16", "F32", "F64"] as SafetensorsDtype[];
  const logits = get("logits", out, [n, n], false);
  const probs = get("probs", out, [n, n], false);
  if (!logits && !probs) fail(`tensors "logits" and "probs" are both missing: fill the bundle with your kernel's attention logits or probabilities [${n}, ${n}] (docs/fixtures.md)`);
  const used = get("positions_used", ["I64", "I32"], [n], false);
  const shift2 = m.shift2 === undefined ? shift + 16 : Number(m.shift2);
  if (!Number.isSafeInteger(shift2) || shift2 < 0) fail(`__metadata__.shift2: expected an integer ≥ 0`);
  const logitsShifted = get("logits_shifted", out, [n, n], false);
  const probsShifted = get("probs_shifted", out, [n, n], false);
  const usedShifted = get("positions_used_shifted", ["I64", "I32"], [n], false);
  const output = (l: Float64Array | undefined, p: Float64Array | undefined, pos: Float64Array | undefined, ln: string, pn: string): AttentionOutput => ({
    ...(l ? { logits: l, storedAs: stored.get(ln)! } : p ? { probs: p, storedAs: stored.get(pn)! } : {}),
    ...(pos ? { positions: pos } : {}),
  });
  const atShift = output(logits, probs, used, "logits", "probs");
  const atShift2 = output(logitsShifted, probsShifted, usedShifted, "logits_shifted", "probs_shifted");
  const seq2 = packSequence(docLengths as number[], scheme, shift2);
  const same = (a: Float64Array, b: Float64Array): boolean => a.length === b.length && a.every((v, i) => v === b[i]);
  // The stored attention answers for the positions it was filled at; anything else is "not filled".
  const kernel: AttentionKernel = {
    name: m.kernel ?? `fixture:${file}`,
    format,
    attend: (_q, _k, positions) => (same(positions, seq.positions) ? atShift : same(positions, seq2.positions) ? atShift2 : {}),
  };
  const rowProbs = probs ?? probsFromLogits(logits!, n, stored.get("logits"));
  const result: AttentionBundle = { file, format, layout: layout as Layout, base, headDim, scheme, docLengths: docLengths as number[], shift, shift2, q, k, kernel, probs: rowProbs };
  const shifted = probsShifted ?? (logitsShifted ? probsFromLogits(logitsShifted, n, stored.get("logits_shifted")) : undefined);
  if (shifted) result.shiftedProbs = shifted;
  return result;
}

/** Fills an attention bundle with a JS attention kernel's output (for tests and JS kernels). */
export function fillAttentionBundle(bytes: Uint8Array, file: string, kernel: AttentionKernel): Uint8Array {
  const st = readSafetensors(bytes, file);
  const b = readAttentionBundleInputs(st, file);
  const result = kernel.attend(b.q, b.k, b.positions, b.docIds, b.headDim);
  if (result instanceof Promise) throw new InvalidArgumentError("kernel", "a synchronous attend() for filling", "a Promise");
  const tensors = new Map<string, TensorInput>();
  for (const [name, t] of st.tensors) tensors.set(name, t);
  const n = b.positions.length;
  if (result.logits) tensors.set("logits", tensorFrom("F32", [n, n], result.logits));
  if (result.probs) tensors.set("probs", tensorFrom("F32", [n, n], result.probs));
  if (result.positions) tensors.set("positions_used", tensorFrom("I64", [n], result.positions));
  if (st.tensors.has("positions_shifted")) {
    const shifted = kernel.attend(b.q, b.k, tensorValues(st.tensors.get("positions_shifted")!, "positions_shifted", file), b.docIds, b.headDim);
    if (shifted instanceof Promise) throw new InvalidArgumentError("kernel", "a synchronous attend() for filling", "a Promise");
    if (shifted.logits) tensors.set("logits_shifted", tensorFrom("F32", [n, n], shifted.logits));
    if (shifted.probs) tensors.set("probs_shifted", tensorFrom("F32", [n, n], shifted.probs));
    if (shifted.positions) tensors.set("positions_used_shifted", tensorFrom("I64", [n], shifted.positions));
  }
  return writeSafetensors(tensors, st.metadata);
}

function readAttentionBundleInputs(st: ReturnType<typeof readSafetensors>, file: string) {
  const t = (name: string): Float64Array => {
    const v = st.tensors.get(name);
    if (!v) throw new SafetensorsError(file, `tensor "${name}" is missing`);
    return tensorValues(v, name, file);
  };
  const q = t("q");
  const positions = t("positions");
  return { q, k: t("k"), positions, docIds: Int32Array.from(t("doc_ids")), headDim: q.length / positions.length };
}
