/** Masks and position ids of the four schemes, pinned on small packed sequences drawn by hand. */
import { describe, expect, test } from "vitest";
import { type Scheme } from "../../src/index.js";
import { columnCounts, packSequence, visible } from "../../src/attention/packing.js";

function drawn(scheme: Scheme, docs: number[], shift = 0): string[] {
  const s = packSequence(docs, scheme, shift);
  return Array.from({ length: s.length }, (_, i) => Array.from({ length: s.length }, (_, j) => (visible(s, i, j) ? "1" : ".")).join(""));
}

describe("two documents of 2 and 3 tokens", () => {
  test("full: causal over the window, continuous ids", () => {
    expect(drawn("full", [2, 3])).toEqual(["1....", "11...", "111..", "1111.", "11111"]);
    expect([...packSequence([2, 3], "full", 10).positions]).toEqual([10, 11, 12, 13, 14]);
  });
  test("intra-doc: documents masked apart, continuous ids", () => {
    expect(drawn("intra-doc", [2, 3])).toEqual(["1....", "11...", "..1..", "..11.", "..111"]);
    expect([...packSequence([2, 3], "intra-doc", 10).positions]).toEqual([10, 11, 12, 13, 14]);
  });
  test("intra-doc-reset: documents masked apart, ids restart per document", () => {
    expect(drawn("intra-doc-reset", [2, 3])).toEqual(["1....", "11...", "..1..", "..11.", "..111"]);
    expect([...packSequence([2, 3], "intra-doc-reset", 10).positions]).toEqual([10, 11, 10, 11, 12]);
  });
  test("anchor: a shared first token at id 0 seen by all; documents masked apart; continuous ids; the anchor never shifts", () => {
    expect(drawn("anchor", [2, 3])).toEqual(["1.....", "11....", "111...", "1..1..", "1..11.", "1..111"]);
    const s = packSequence([2, 3], "anchor", 10);
    expect([...s.positions]).toEqual([0, 11, 12, 13, 14, 15]);
    expect([...s.docIds]).toEqual([0, 1, 1, 2, 2, 2]);
  });
  test("column counts (the Eq. 4 normalisers) count each key's viewers", () => {
    expect([...columnCounts(packSequence([2, 3], "full"))]).toEqual([5, 4, 3, 2, 1]);
    expect([...columnCounts(packSequence([2, 3], "intra-doc"))]).toEqual([2, 1, 3, 2, 1]);
    expect([...columnCounts(packSequence([2, 3], "anchor"))]).toEqual([6, 2, 1, 3, 2, 1]);
    for (const scheme of ["full", "intra-doc", "intra-doc-reset", "anchor"] as const) {
      const s = packSequence([3, 1, 4], scheme);
      const counts = columnCounts(s);
      for (let j = 0; j < s.length; j++) {
        let n = 0;
        for (let i = 0; i < s.length; i++) if (visible(s, i, j)) n++;
        expect(counts[j], `${scheme} key ${j}`).toBe(n);
      }
    }
  });
  test("bad input names the argument", () => {
    expect(() => packSequence([2, 0], "full")).toThrow(/^docLengths: /);
    expect(() => packSequence([2], "causal" as Scheme)).toThrow(/^scheme: expected one of "full", "intra-doc", "intra-doc-reset", "anchor"/);
    expect(() => packSequence([2], "full", -1)).toThrow(/^shift: /);
  });
});
