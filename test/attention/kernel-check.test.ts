/**
 * Third-party AnchorAttention kernels with planted mask bugs are caught and named; a correct one passes.
 * The kernels here are written like a FlexAttention mask_mod: (same_doc | kv_is_anchor) & (q_idx ≥ kv_idx)
 * (AnchorContext's flex engine), rotating with a bf16 HF-style RoPE and scoring in fp64.
 */
import { describe, expect, test } from "vitest";
import { anchorMask, flexKernel } from "../helpers/flex-kernel.js";
import { type AttentionKernel, createRng, emulate, round, zooKernel, zooPipeline } from "../../src/index.js";
import { checkAttentionKernel } from "../../src/attention/kernel-check.js";
import { exactRotate, hoeffdingLambda, logitVariance, exactRows } from "../../src/attention/tolerance.js";
import { maskedLogitThreshold } from "../../src/attention/mask-read.js";

const d = 32;
const docs = [5, 4, 6];
const n = 1 + 15;
const hf = zooKernel("hf");

describe("checkAttentionKernel", () => {
  const rng = createRng(12);
  const q = Float64Array.from({ length: n * d }, () => round("bf16", rng() * 2 - 1));
  const k = Float64Array.from({ length: n * d }, () => round("bf16", rng() * 2 - 1));
  const check = (kernel: AttentionKernel, qq = q, kk = k) => checkAttentionKernel(kernel, { scheme: "anchor", docLengths: docs, headDim: d, q: qq, k: kk, shift: 100, shift2: 116, base: 10000, layout: "neox", format: "bf16", emulated: hf });

  test("a correct AnchorAttention kernel passes every check, close to the emulation", async () => {
    const r = await check(flexKernel("flex-anchor", anchorMask));
    expect(r.findings.filter((f) => !f.ok)).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.arithmetic.map((a) => a.departing)).toEqual([0, 0]);
    // bf16 RoPE against exact attention: of the emulated bf16 kernel's order.
    expect(r.deviation).toBeGreaterThan(0);
    expect(r.deviation / r.arithmetic[0]!.emulatedErrorVsExact!).toBeLessThan(10);
    expect(r.findings.find((f) => f.check === "positions")!.message).toBe("position ids match anchor (reported by the kernel)");
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
    expect(r.findings).toEqual([{ check: "output", ok: false, status: "fail", message: `garbage returned neither logits nor probs of ${n}×${n} values` }]);
  });

  /** A kernel of probabilities (fp32 softmax over logits of `logitKernel`, masked entries 0). */
  const probsKernel = (inner: AttentionKernel): AttentionKernel => ({
    name: `${inner.name}-probs`,
    format: "bf16",
    async attend(qq, kk, positions, docIds, headDim) {
      const out = await inner.attend(qq, kk, positions, docIds, headDim);
      const p = new Float64Array(n * n);
      for (let i = 0; i < n; i++) {
        let m = -Infinity;
        for (let j = 0; j < n; j++) m = Math.max(m, out.logits![i * n + j]!);
        let z = 0;
        for (let j = 0; j < n; j++) z += (p[i * n + j] = round("fp32", Math.exp(out.logits![i * n + j]! - m)));
        for (let j = 0; j < n; j++) p[i * n + j] = round("fp32", p[i * n + j]! / z);
      }
      return { probs: p, storedAs: "fp32" };
    },
  });

  test("probabilities: a 0 where a seen key's probability is representable proves the mask; a leak with a representable probability is a leak", async () => {
    const good = await check(probsKernel(flexKernel("flex-anchor", anchorMask)));
    expect(good.findings.filter((f) => !f.ok)).toEqual([]);
    const leak = await check(probsKernel(flexKernel("leak", (qi, kv, doc) => anchorMask(qi, kv, doc) || (qi === 10 && kv === 3))));
    expect(leak.findings.filter((f) => !f.ok).map((f) => f.message)).toEqual(["cross-document keys visible: query 10 (document 3) → key 3 (document 1)"]);
  });

  test("probabilities that underflow to 0 are 'masked or underflowed': never read as a pass, never as a leak", async () => {
    // Large inputs: logits of order 10³, so most off-maximum probabilities underflow in fp32.
    const big = (v: Float64Array) => Float64Array.from(v, (x) => round("bf16", x * 48));
    const leak = await check(probsKernel(flexKernel("leak", (qi, kv, doc) => anchorMask(qi, kv, doc) || (qi === 10 && kv === 3))), big(q), big(k));
    const unsure = leak.findings.filter((f) => f.status === "unsure" && f.check === "mask");
    expect(unsure).toHaveLength(1);
    expect(unsure[0]!.message).toMatch(/^masked or underflowed: .* are 0 in probs, and a seen key's probability there would be below fp32's smallest subnormal 1\.4e-45, so a 0 proves neither a mask nor a leak \(fill logits to decide\)$/);
    expect(leak.ok).toBe(false);
    expect(leak.findings.some((f) => /cross-document keys visible/.test(f.message))).toBe(false);
  });

  test("logits masked with finfo(float32).min read as masked, at or below finfo.min / 2 of the narrower format", async () => {
    const finfo: AttentionKernel = {
      name: "finfo",
      format: "bf16",
      async attend(qq, kk, positions, docIds, headDim) {
        const out = await flexKernel("flex-anchor", anchorMask).attend(qq, kk, positions, docIds, headDim);
        return { logits: out.logits!.map((v) => (v === -Infinity ? -3.4028234663852886e38 : v)), storedAs: "fp64" };
      },
    };
    const r = await check(finfo);
    expect(r.findings.filter((f) => !f.ok)).toEqual([]);
    expect(maskedLogitThreshold("fp64", "bf16")).toBe(-3.3895313892515355e38 / 2);
    expect(maskedLogitThreshold("fp16")).toBe(-32752);
  });

  test("a kernel without RoPE or with another base departs from exact attention beyond the tolerance, with its cause", async () => {
    const hf500k = zooKernel("hf", { base: 500000 });
    const variant = (name: string, rotate: (x: Float64Array, p: Float64Array, dd: number) => Float64Array): AttentionKernel => ({
      name,
      format: "bf16",
      attend(qq, kk, positions, docIds, headDim) {
        const qr = rotate(qq, positions, headDim);
        const kr = rotate(kk, positions, headDim);
        const logits = new Float64Array(n * n).fill(-Infinity);
        for (let i = 0; i < n; i++)
          for (let j = 0; j <= i; j++)
            if (anchorMask(i, j, docIds)) {
              let s = 0;
              for (let t = 0; t < headDim; t++) s += qr[i * headDim + t]! * kr[j * headDim + t]!;
              logits[i * n + j] = s / Math.sqrt(headDim);
            }
        return { logits };
      },
    });
    const none = await check(variant("no-rope", (x) => x));
    expect(none.ok).toBe(false);
    expect(none.arithmetic[0]!.cause).toBe("no rotation (RoPE not applied)");
    const base = await check(variant("base", (x, p, dd) => hf500k.rotate(x, p, dd) as Float64Array));
    expect(base.arithmetic[0]!.cause).toBe("wrong base (behaves like base 500000, declared 10000)");
    expect(base.findings.find((f) => f.check === "positions")!.status).toBe("unsure");
  });
});

describe("the derived tolerance", () => {
  test("exact RoPE agrees with the zoo's exact-fp64 pipeline (independent code) to fp64 rounding", () => {
    const rng = createRng(5);
    const x = Float64Array.from({ length: 3 * 64 }, () => rng() * 2 - 1);
    const p = Float64Array.of(0, 17, 100_000);
    for (const layout of ["neox", "gptj"] as const) {
      const ours = exactRotate(x, p, { base: 10000, layout, headDim: 64 });
      const spec = zooPipeline("exact-fp64", { base: 10000 });
      const zoo = emulate({ ...spec, rope: { ...spec.rope, layout } }).rotate(x, p, 64) as Float64Array;
      for (let t = 0; t < x.length; t++) expect(Math.abs(ours[t]! - zoo[t]!)).toBeLessThan(1e-9);
    }
  });

  test("λ is Hoeffding's √(2 ln(2N/δ)); a logit's variance bound scales with u²", () => {
    expect(hoeffdingLambda(500, 1e-6)).toBeCloseTo(Math.sqrt(2 * Math.log(1e9)), 12);
    const rng = createRng(6);
    const x = Float64Array.from({ length: 2 * 32 }, () => rng() * 2 - 1);
    const rope = { base: 10000, layout: "neox" as const, headDim: 32 };
    const pos = Float64Array.of(3, 40);
    const vb = logitVariance(exactRows(x, x, pos, rope, "bf16"), 1, 0, 32, "bf16");
    const vh = logitVariance(exactRows(x, x, pos, rope, "fp16"), 1, 0, 32, "fp16");
    // bf16 has 8 significant bits, fp16 11: 2^6 in variance, up to the shared fp32 angle and sum terms.
    expect(vb / vh).toBeGreaterThan(60);
    expect(vb / vh).toBeLessThan(64.5);
  });
});
