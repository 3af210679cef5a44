/**
 * Third-party AnchorAttention kernels through attention bundles: exported by the CLI, filled by kernels
 * written like a FlexAttention mask_mod, checked by `rope-audit attention check`. A correct kernel
 * passes (exit 0); planted mask bugs are caught and named (exit 1); unusable bundles exit 2.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { cli } from "../helpers/cli.js";
import { expect, test } from "vitest";
import type { AttentionKernel } from "../../src/index.js";
import { anchorMask, flexKernel } from "../helpers/flex-kernel.js";
import { fillAttentionBundle } from "../../src/attention/attention-bundle.js";

test("a correct AnchorAttention kernel passes; planted bugs are caught and named; unfilled bundles say how to fill", async () => {
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-attn-`);
  const file = `${dir}/anchor.safetensors`;
  const exported = await cli("attention", "export", "--scheme", "anchor", "--docs", "5,4,6", "--format", "bf16", "--head-dim", "32", "--shift", "100", "--out", file);
  expect(exported.code).toBe(0);
  const unfilled = await cli("attention", "check", "--kernel", `fixture:${file}`);
  expect(unfilled.code).toBe(2);
  expect(unfilled.err).toEqual([expect.stringMatching(/tensors "logits" and "probs" are both missing: fill the bundle/)]);
  const fill = (name: string, kernel: AttentionKernel): string => {
    const f = `${dir}/${name}.safetensors`;
    writeFileSync(f, fillAttentionBundle(readFileSync(file), file, kernel));
    return f;
  };
  const good = await cli("attention", "check", "--kernel", `fixture:${fill("good", flexKernel("flex-anchor", anchorMask))}`);
  expect(good.code).toBe(0);
  expect(good.out[0]).toMatch(/\(anchor, documents 5, 4, 6\): passes every check$/);
  // The shift split into exact-math change and precision loss, the kernel's next to the emulated bf16
  // kernel's: this kernel rotates like hf, so its precision loss is of the emulation's order.
  const shiftLine = good.out.find((l) => l.includes("exact-math change"))!;
  const [, exactChange, kernelLoss, emulatedLoss] = /exact-math change ([\d.e+-]+) \(the anchor stays at 0 while the documents move\); precision loss: kernel ([\d.e+-]+), emulated bf16 ([\d.e+-]+)/.exec(shiftLine)!;
  expect(Number(exactChange)).toBeGreaterThan(Number(kernelLoss));
  expect(Number(kernelLoss)).toBeGreaterThan(0);
  expect(Number(kernelLoss) / Number(emulatedLoss)).toBeGreaterThan(0.2);
  expect(Number(kernelLoss) / Number(emulatedLoss)).toBeLessThan(5);
  const hidden = await cli("attention", "check", "--kernel", `fixture:${fill("hidden", flexKernel("anchor-bug", (q, kv, doc) => anchorMask(q, kv, doc) && !(doc[kv] === 0 && doc[q] === 2)))}`);
  expect(hidden.code).toBe(1);
  expect(hidden.out).toContain("  FAIL mask       the anchor is hidden from document 2 (queries 6, 7, 8, … (4 in all))");
  const leak = await cli("attention", "check", "--kernel", `fixture:${fill("leak", flexKernel("leak", (q, kv, doc) => anchorMask(q, kv, doc) || (q === 10 && kv === 3)))}`);
  expect(leak.code).toBe(1);
  expect(leak.out).toContain("  FAIL mask       cross-document keys visible: query 10 (document 3) → key 3 (document 1)");
  expect(leak.out.filter((l) => l.startsWith("  FAIL"))).toHaveLength(1); // only the leak, not a cascade
});
