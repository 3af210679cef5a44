/**
 * Third-party AnchorAttention kernels with planted mask bugs are caught and named; a correct one passes.
 * The kernels here are written like a FlexAttention mask_mod: (same_doc | kv_is_anchor) & (q_idx ≥ kv_idx)
 * (AnchorContext's flex engine), rotating with a bf16 HF-style RoPE and scoring in fp64.
 */
import { describe, expect, test } from "vitest";
import { anchorMask, flexKernel } from "../helpers/flex-kernel.js";
import { type AttentionKernel, createRng, round, zooKernel } from "../../src/index.js";
import { checkAttentionKernel } from "../../src/attention/kernel-check.js";

const d = 32;
const docs = [5, 4, 6];
const n = 1 + 15;
const hf = zooKernel("hf");

describe("checkAttentionKernel", () => {
  const rng = createRng(12);
  const q = Float64Array.from({ length: n * d }, () => round("bf16", rng() * 2 - 1));
  const k = Float64Array.from({ length: n * d }, () => round("bf16", rng() * 2 - 1));
  const check = (kernel: AttentionKernel) => checkAttentionKernel(kernel, { scheme: "anchor", docLengths: docs, headDim: d, q, k, shift: 100, reference: hf });

  test("a correct AnchorAttention kernel passes every check, close to the emulation", async () => {
    const r = await check(flexKernel("flex-anchor", anchorMask));
    expect(r.findings.filter((f) => !f.ok)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.deviation).toBeLessThan(1e-3); // fp64 scores vs the emulation's fp32 scores
  });

  test("anchor hidden from the second document: caught and named", async () => {
    const r = await check(flexKernel("anchor-bug", (qi, kv, doc) => anchorMask(qi, kv, doc) && !(doc[kv] === 0 && doc[qi] === 2)));
    expect(r.ok).toBe(false);
    expect(r.findings.find((f) => f.check === "mask" && !f.ok)!.message).toMatch(/^the anchor is hidden from document 2 \(queries 6, 7, 8, … \(4 in all\)\)$/);
  });

  test("one cross-document key visible: caught and named", async () => {
    const r = await check(flexKernel("leak", (qi, kv, doc) => anchorMask(qi, kv, doc) || (qi === 10 && kv === 3)));
    expect(r.ok).toBe(false);
    // Tokens: anchor 0, document 1: 1–5, document 2: 6–9, document 3: 10–15.
    expect(r.findings.find((f) => !f.ok)!.message).toBe("cross-document keys visible: query 10 (document 3) → key 3 (document 1)");
  });

  test("a future key visible and position ids reset per document (instead of continuous): both named", async () => {
    const reset = (p: Float64Array, doc: Int32Array): Float64Array => {
      const out = Float64Array.from(p);
      let start = 1;
      for (let t = 1; t < p.length; t++) {
        if (doc[t] !== doc[t - 1]) start = t;
        out[t] = 100 + (t - start) + 1;
      }
      return out;
    };
    const r = await check(flexKernel("future-and-reset", (qi, kv, doc) => anchorMask(qi, kv, doc) || (qi === 3 && kv === 4), reset));
    const bad = r.findings.filter((f) => !f.ok).map((f) => f.message);
    expect(bad).toContain("future keys visible: 3→4");
    expect(bad.some((m) => /^position ids differ from anchor: token 6: 101 \(want 106\)/.test(m))).toBe(true);
  });

  test("unusable output is a finding, not a crash", async () => {
    const r = await check({ name: "garbage", format: "bf16", attend: () => ({ logits: new Float64Array(3) }) });
    expect(r.ok).toBe(false);
    expect(r.findings).toEqual([{ check: "output", ok: false, message: `garbage returned neither logits nor probs of ${n}×${n} values` }]);
  });
});
