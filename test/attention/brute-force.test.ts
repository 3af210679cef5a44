/**
 * D (Eq. 4), its per-key terms and D_logit (Eq. 5) against a brute-force fp64 implementation written
 * here independently (explicit L×L matrices, its own mask rules and softmax), on L ≤ 64.
 */
import { describe, expect, test } from "vitest";
import { EXACT_SCORE, attentionShift, createRng, type Scheme } from "../../src/index.js";

const SEED = 64;

/** Exact-enough fp64 RoPE (NeoX), the same for both sides: what is under test is the attention. */
function rope(x: Float64Array, positions: Float64Array, d: number): Float64Array {
  const y = new Float64Array(x.length);
  for (let r = 0; r < positions.length; r++)
    for (let j = 0; j < d / 2; j++) {
      const a = positions[r]! * Math.pow(10000, (-2 * j) / d);
      const [x1, x2] = [x[r * d + j]!, x[r * d + j + d / 2]!];
      y[r * d + j] = x1 * Math.cos(a) - x2 * Math.sin(a);
      y[r * d + j + d / 2] = x1 * Math.sin(a) + x2 * Math.cos(a);
    }
  return y;
}

function bruteForce(scheme: Scheme, docs: number[], q: Float64Array, k: Float64Array, d: number, shifts: [number, number]) {
  const anchor = scheme === "anchor" ? 1 : 0;
  const L = anchor + docs.reduce((a, b) => a + b, 0);
  const doc: number[] = anchor ? [0] : [];
  docs.forEach((n, i) => doc.push(...Array(n).fill(i + 1)));
  const pos = (shift: number): Float64Array => {
    const p = new Float64Array(L);
    let t = anchor;
    docs.forEach((n) => {
      for (let m = 0; m < n; m++, t++) p[t] = scheme === "intra-doc-reset" ? shift + m : shift + t;
    });
    return p; // anchor (if any) stays at 0
  };
  const sees = (i: number, j: number) => j <= i && (scheme === "full" || doc[i] === doc[j] || (scheme === "anchor" && doc[j] === 0));
  const attention = (shift: number) => {
    const p = pos(shift);
    const qr = rope(q, p, d);
    const kr = rope(k, p, d);
    const logits: number[][] = [];
    const A: number[][] = [];
    for (let i = 0; i < L; i++) {
      const row: number[] = [];
      for (let j = 0; j < L; j++) {
        let s = 0;
        for (let t = 0; t < d; t++) s += qr[i * d + t]! * kr[j * d + t]!;
        row.push(s / Math.sqrt(d));
      }
      logits.push(row);
      const m = Math.max(...row.filter((_, j) => sees(i, j)));
      const e = row.map((v, j) => (sees(i, j) ? Math.exp(v - m) : 0));
      const z = e.reduce((a, b) => a + b, 0);
      A.push(e.map((v) => v / z));
    }
    return { logits, A };
  };
  const one = attention(shifts[0]);
  const two = attention(shifts[1]);
  const perKey = Array.from({ length: L }, (_, j) => {
    let n = 0;
    let s = 0;
    for (let i = 0; i < L; i++)
      if (sees(i, j)) {
        n++;
        s += Math.abs(one.A[i]![j]! - two.A[i]![j]!);
      }
    return s / n;
  });
  let dl = 0;
  let T = 0;
  for (let i = 0; i < L; i++)
    if (sees(i, 0)) {
      dl += Math.abs(one.logits[i]![0]! - two.logits[i]![0]!);
      T++;
    }
  return { D: perKey.reduce((a, b) => a + b, 0), perKey, dLogit: dl / T, L };
}

describe.each(["full", "intra-doc", "intra-doc-reset", "anchor"] as const)("%s", (scheme) => {
  test.each([
    [[7, 9, 5], 16, [0, 16]],
    [[40, 23], 32, [3, 100]],
  ] as [number[], number, [number, number]][])("docs %j, d = %i, shifts %j: D, per-key terms and D_logit equal the brute force", async (docs, d, shifts) => {
    const rng = createRng(SEED);
    const L = (scheme === "anchor" ? 1 : 0) + docs.reduce((a, b) => a + b, 0);
    expect(L).toBeLessThanOrEqual(64);
    const q = Float64Array.from({ length: L * d }, () => rng() * 4 - 2);
    const k = Float64Array.from({ length: L * d }, () => rng() * 4 - 2);
    const want = bruteForce(scheme, docs, q, k, d, shifts);
    const got = await attentionShift({ kernel: { format: "fp64", rotate: rope }, headDim: d, q, k, docLengths: docs, scheme, score: EXACT_SCORE, shifts });
    expect(got.length).toBe(want.L);
    expect(Math.abs(got.D - want.D)).toBeLessThanOrEqual(1e-12 * Math.max(1, want.D));
    want.perKey.forEach((v, j) => expect(Math.abs(got.perKey[j]! - v), `key ${j}`).toBeLessThanOrEqual(1e-12));
    expect(Math.abs(got.dLogit - want.dLogit)).toBeLessThanOrEqual(1e-12 * Math.max(1, want.dLogit));
    expect(want.D).toBeGreaterThan(0); // the shift changes attention: the comparison is not vacuous
  });
});

test("sampled rows estimate D without an L×L matrix; every row gives the exact value", async () => {
  const rng = createRng(SEED);
  const d = 16;
  const L = 48;
  const q = Float64Array.from({ length: L * d }, () => rng() * 4 - 2);
  const k = Float64Array.from({ length: L * d }, () => rng() * 4 - 2);
  const base = { kernel: { format: "fp64" as const, rotate: rope }, headDim: d, q, k, docLengths: [L], scheme: "full" as const, score: EXACT_SCORE, shifts: [0, 7] as [number, number] };
  const all = await attentionShift(base);
  const every = await attentionShift({ ...base, rows: Array.from({ length: L }, (_, i) => i) });
  expect(every.D).toBe(all.D);
  const half = await attentionShift({ ...base, rows: Array.from({ length: L / 2 }, (_, i) => 2 * i) });
  expect(half.rows).toBe(L / 2);
  expect(half.D).toBeGreaterThan(0.3 * all.D);
  expect(half.D).toBeLessThan(3 * all.D);
  await expect(attentionShift({ ...base, rows: [L] })).rejects.toThrow(/^rows\[0\]: expected a row in \[0, 48\)/);
});
