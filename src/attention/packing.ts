/**
 * Packed sequences and masking schemes (docs/design.md, "Vocabulary"; paper § 3, AnchorContext flex engine):
 *  - full: causal over the whole window, continuous position ids.
 *  - intra-doc: causal within each document, documents masked from each other, continuous ids.
 *  - intra-doc-reset: as intra-doc, ids restart at the shift for every document.
 *  - anchor: token 0 is a shared anchor (document id 0) at position id 0, visible to every token;
 *    documents masked from each other; document tokens keep continuous ids (1, 2, …, shifted by Δ).
 *    The AnchorContext mask is (same_doc | kv_is_anchor) & (q_idx ≥ kv_idx).
 * A shift Δ adds Δ to every position id except the anchor's, which stays 0.
 */
import { InvalidArgumentError } from "../errors.js";

export type Scheme = "full" | "intra-doc" | "intra-doc-reset" | "anchor";
export const SCHEMES: readonly Scheme[] = ["full", "intra-doc", "intra-doc-reset", "anchor"];

export interface PackedSequence {
  scheme: Scheme;
  length: number;
  /** Document of each token: 0 for the anchor, 1, 2, … for documents (in order). */
  docIds: Int32Array;
  /** Position id of each token. */
  positions: Float64Array;
}

/**
 * Packs documents of the given lengths (plus the anchor for `anchor`) under a scheme, with every
 * document position shifted by `shift`. `anchorPosition` (default 0) moves the anchor: the paper's
 * analysis uses it to remove position 0's exactness while keeping the mask.
 */
export function packSequence(docLengths: readonly number[], scheme: Scheme, shift = 0, anchorPosition = 0): PackedSequence {
  if (!SCHEMES.includes(scheme)) throw new InvalidArgumentError("scheme", `one of ${SCHEMES.map((s) => `"${s}"`).join(", ")}`, scheme);
  if (!Array.isArray(docLengths) || docLengths.length === 0 || docLengths.some((n) => !Number.isSafeInteger(n) || n < 1))
    throw new InvalidArgumentError("docLengths", "a non-empty array of integers ≥ 1", docLengths);
  if (!Number.isSafeInteger(shift) || shift < 0) throw new InvalidArgumentError("shift", "an integer ≥ 0", shift);
  const anchor = scheme === "anchor" ? 1 : 0;
  const length = anchor + docLengths.reduce((s, n) => s + n, 0);
  const docIds = new Int32Array(length);
  const positions = new Float64Array(length);
  let t = 0;
  if (anchor) {
    docIds[0] = 0;
    positions[0] = anchorPosition; // the anchor never shifts (a control may place it elsewhere)
    t = 1;
  }
  docLengths.forEach((n, d) => {
    for (let k = 0; k < n; k++, t++) {
      docIds[t] = d + 1;
      positions[t] = scheme === "intra-doc-reset" ? shift + k : shift + t;
    }
  });
  return { scheme, length, docIds, positions };
}

/** Whether query i may attend to key j. */
export function visible(seq: PackedSequence, i: number, j: number): boolean {
  if (j > i) return false;
  if (seq.scheme === "full") return true;
  const dj = seq.docIds[j]!;
  return dj === seq.docIds[i]! || (seq.scheme === "anchor" && dj === 0);
}

/** The number of queries that see key j: the Eq. 4 column normaliser is its reciprocal. */
export function columnCounts(seq: PackedSequence): Float64Array {
  const counts = new Float64Array(seq.length);
  if (seq.scheme === "full") {
    for (let j = 0; j < seq.length; j++) counts[j] = seq.length - j;
    return counts;
  }
  // Within a document, key j is seen by the rest of its document; the anchor by every token.
  const docEnd = new Map<number, number>();
  for (let t = 0; t < seq.length; t++) docEnd.set(seq.docIds[t]!, t);
  for (let j = 0; j < seq.length; j++) {
    const d = seq.docIds[j]!;
    counts[j] = d === 0 && seq.scheme === "anchor" ? seq.length - j : docEnd.get(d)! - j + 1;
  }
  return counts;
}
