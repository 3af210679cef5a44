/**
 * A kernel's NaN or infinite output is a finding of its own: a fixture with one NaN among 16,384 outputs
 * (99.99% of bits still identical to hf) must be reported as non-finite by fingerprint and audit.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import { zooKernel } from "../../src/index.js";
import { exportBundle, fillBundle } from "../../src/kernels/fixture/bundle.js";
import { fingerprint, fingerprintInputs, nonFiniteOutputs } from "../../src/measure/fingerprint.js";
import { cli } from "../helpers/cli.js";

function bundleWith(bad: number, at: number): string {
  const file = `${mkdtempSync(`${tmpdir()}/rope-audit-nan-`)}/b.safetensors`;
  const k = zooKernel("hf");
  const rotate = (x: Float64Array, p: Float64Array, d: number): Float64Array => {
    const y = k.rotate(x, p, d);
    y[at] = bad;
    return y;
  };
  writeFileSync(file, fillBundle(exportBundle({ format: "bf16", layout: "neox", base: 10000, headDim: 64, count: 256 }), file, rotate, "BF16"));
  return file;
}

test("nonFiniteOutputs counts NaN and ±Infinity where the input was finite", () => {
  const x = Float64Array.of(1, 2, NaN, 4, 5, 6);
  expect(nonFiniteOutputs(x, Float64Array.of(1, 2, NaN, 4, 5, 6), 3)).toBeUndefined();
  expect(nonFiniteOutputs(x, Float64Array.of(1, 2, NaN, 4, -Infinity, NaN), 3)).toEqual({ count: 2, total: 6, first: { row: 1, element: 1, value: "-Infinity" } });
});

test("fingerprint() carries the finding; a clean kernel has none", () => {
  const { inputs, positions } = fingerprintInputs("bf16", 64);
  const outputs = zooKernel("hf").rotate(inputs, positions, 64);
  const o = { format: "bf16" as const, rope: { layout: "neox" as const, base: 10000 }, headDim: 64, inputs, positions, outputs };
  expect(fingerprint(o).nonFinite).toBeUndefined();
  outputs[700] = NaN;
  expect(fingerprint(o).nonFinite).toEqual({ count: 1, total: outputs.length, first: { row: 10, element: 60, value: "NaN" } });
});

test.each(["fingerprint", "audit"])("%s of a fixture with one NaN output says so, not 'behaves like'", async (command) => {
  const file = bundleWith(NaN, 1000);
  const r = await cli(command, "--kernel", `fixture:${file}`);
  const text = r.out.join("\n");
  expect(text).toMatch(/NON-FINITE OUTPUTS: 1 of 16384 outputs are not finite for finite inputs \(first: NaN at row 15, element 40\); nearest hf \(99\.99/);
  expect(text).not.toMatch(/behaves like/);
  const json = await cli(command, "--kernel", `fixture:${file}`, "--json");
  const f = JSON.parse(json.out.join("\n")) as { nonFinite?: unknown; fingerprint?: { nonFinite?: unknown } };
  expect((f.fingerprint ?? f).nonFinite).toEqual({ count: 1, total: 16384, first: { row: 15, element: 40, value: "NaN" } });
});

test("an infinite output is reported too", async () => {
  const r = await cli("fingerprint", "--kernel", `fixture:${bundleWith(-Infinity, 5)}`);
  expect(r.out[0]).toMatch(/^NON-FINITE OUTPUTS: 1 of 16384 .*first: -Infinity at row 0, element 5/);
});
