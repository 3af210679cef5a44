/**
 * Layout is a parameter of every pipeline: fingerprinting runs each one in the kernel's declared pairing
 * (ggml in NeoX mode is still ggml-cpu), and says so when the other pairing matches far better.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import { zooKernel, zooPipeline } from "../../src/index.js";
import { exportBundle, fillBundle } from "../../src/kernels/fixture/bundle.js";
import { describeFingerprint, fingerprint, fingerprintInputs } from "../../src/measure/fingerprint.js";
import { cli } from "../helpers/cli.js";

test("zooPipeline takes the layout as a parameter; the entry's is the default", () => {
  expect(zooPipeline("ggml-cpu").rope.layout).toBe("gptj");
  expect(zooPipeline("ggml-cpu", { layout: "neox" }).rope.layout).toBe("neox");
  expect(zooPipeline("hf", { layout: "gptj" }).rope.layout).toBe("gptj");
});

test.each([
  ["ggml-cpu@fp32", "fp32", "neox", "F32"],
  ["ggml-cpu", "fp16", "neox", "F16"],
  ["hf", "bf16", "gptj", "BF16"],
  ["meta-llama", "bf16", "neox", "BF16"],
] as const)("%s run in %s layout and saved to a fixture is named %s", async (name, format, layout, dtype) => {
  const file = `${mkdtempSync(`${tmpdir()}/rope-audit-layout-`)}/b.safetensors`;
  const k = zooKernel(name, { layout });
  writeFileSync(file, fillBundle(exportBundle({ format, layout, base: 10000, headDim: 64, count: 256 }), file, (x, p, d) => k.rotate(x, p, d), dtype));
  const r = await cli("fingerprint", "--kernel", `fixture:${file}`, "--json");
  const f = JSON.parse(r.out.join("\n")) as { best: { name: string; bitAgreement: number; equivalent: string[] }; otherLayout?: unknown };
  expect([f.best.name, ...f.best.equivalent]).toContain(name);
  expect(f.best.bitAgreement).toBe(1);
  expect(f.otherLayout).toBeUndefined();
});

test("a NeoX kernel declared as GPT-J is called out", () => {
  const { inputs, positions } = fingerprintInputs("bf16", 64);
  const outputs = zooKernel("hf").rotate(inputs, positions, 64); // NeoX pairs
  const f = fingerprint({ format: "bf16", rope: { layout: "gptj", base: 10000 }, headDim: 64, inputs, positions, outputs });
  expect(f.best.bitAgreement).toBeLessThan(0.5);
  expect(f.otherLayout).toEqual({ declared: "gptj", layout: "neox", name: "hf", bitAgreement: 1 });
  expect(describeFingerprint(f)).toMatch(/^matches no zoo pipeline; nearest .*; looks like a NeoX kernel declared as GPT-J: hf in neox layout matches 100\.00% of bits/);
});
