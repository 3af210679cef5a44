/**
 * Fixture bundles: export, fill, validate, fingerprint. The PyTorch snippet in docs/fixtures.md is run as
 * written with Debian's python3-torch (installed by .ci/run); its HF bf16 kernel must be named hf.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { zooKernel } from "../../src/index.js";
import { exportBundle, fillBundle, fixtureKernel, readBundle } from "../../src/kernels/fixture/bundle.js";
import { cli } from "../helpers/cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("fixture bundles", () => {
  test.each([
    ["hf", "bf16", "neox"],
    ["meta-llama", "bf16", "gptj"],
    ["ggml-cpu", "fp16", "gptj"],
    ["onnxruntime-cpu@fp32", "fp32", "neox"],
    ["hf-bf16-positions", "bf16", "neox"],
  ] as const)("a bundle filled by zoo %s is fingerprinted as it", async (name, format, layout) => {
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-bundle-`);
    const file = `${dir}/b.safetensors`;
    const k = zooKernel(name);
    writeFileSync(file, fillBundle(exportBundle({ format, layout, base: 10000, headDim: 64, count: 256 }), file, (x, p, d) => k.rotate(x, p, d), format === "bf16" ? "BF16" : format === "fp16" ? "F16" : "F32"));
    const r = await cli("fingerprint", "--kernel", `fixture:${file}`, "--json");
    expect(r.code).toBe(0);
    const f = JSON.parse(r.out.join("\n")) as { best: { name: string; bitAgreement: number }; ranking: { name: string; bitAgreement: number }[] };
    const tiedWithBest = f.ranking.filter((e) => e.bitAgreement === f.best.bitAgreement).map((e) => e.name);
    expect(tiedWithBest).toContain(k.name);
    expect(f.best.bitAgreement).toBe(1);
  });

  test("a fixture kernel answers for its own rows and refuses others", () => {
    const k = zooKernel("hf");
    const bytes = fillBundle(exportBundle({ format: "bf16", layout: "neox", base: 10000, headDim: 32, count: 8 }), "b", (x, p, d) => k.rotate(x, p, d), "BF16");
    const b = readBundle(bytes, "b");
    const f = fixtureKernel(b);
    expect(f.rotate(b.q, b.posQ, 32)).toEqual(b.qRot);
    expect(() => f.rotate(b.q.slice(0, 32), Float64Array.of(12345), 32)).toThrow(/^x: expected rows stored in b/);
  });

  test("validation: exit 2 and one line naming the file and the problem", async () => {
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-bundle-`);
    const unfilled = `${dir}/unfilled.safetensors`;
    expect((await cli("fixtures", "export", "--format", "bf16", "--layout", "neox", "--base", "10000", "--head-dim", "64", "--count", "16", "--out", unfilled)).code).toBe(0);
    const r = await cli("fingerprint", "--kernel", `fixture:${unfilled}`);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`rope-audit: ${unfilled}: tensor "q_rot" is missing: the bundle holds inputs only; fill it by running your kernel on q at pos_q and saving the result as q_rot (see docs/fixtures.md)`]);
    const truncated = `${dir}/truncated.safetensors`;
    writeFileSync(truncated, readFileSync(unfilled).subarray(0, 100));
    const t = await cli("fingerprint", "--kernel", `fixture:${truncated}`);
    expect(t.code).toBe(2);
    expect(t.err).toHaveLength(1);
    expect(t.err[0]).toMatch(new RegExp(`^rope-audit: ${truncated}: header length \\d+ runs past the end of the file \\(100 bytes\\)$`));
    // Through the CLI, every kind of malformed bundle: exit 2, one line on stderr, no stack trace.
    const good = readFileSync(unfilled);
    const n = Number(new DataView(good.buffer, good.byteOffset).getBigUint64(0, true));
    const header = good.subarray(8, 8 + n).toString();
    const withHeader = (json: string): Uint8Array => {
      const h = Buffer.from(json);
      const out = Buffer.alloc(8 + h.length + (good.length - 8 - n));
      out.writeBigUInt64LE(BigInt(h.length), 0);
      h.copy(out, 8);
      good.copy(out, 8 + h.length, 8 + n);
      return out;
    };
    const big = Buffer.from(good);
    big.writeBigUInt64LE(200_000_000n, 0);
    const cases: [string, Uint8Array, RegExp][] = [
      ["header over 100 MB", big, /header length 200000000 exceeds the 100000000-byte limit/],
      ["invalid JSON", withHeader(header.slice(0, -5)), /header is not valid UTF-8 JSON/],
      ["unknown dtype", withHeader(header.replace('"BF16"', '"BF17"')), /tensor "q": unknown dtype "BF17"/],
      ["offsets out of bounds", withHeader(header.replace(/"data_offsets":\[0,(\d+)\]/, (_, e) => `"data_offsets":[0,${Number(e) * 100}]`)), /run past the data/],
      ["shape not matching bytes", withHeader(header.replace('"shape":[16,64]', '"shape":[16,63]')), /needs \d+ bytes, data_offsets give \d+/],
      ["missing metadata field", withHeader(header.replace('"layout":"neox",', "")), /__metadata__\.layout is missing/],
    ];
    for (const [what, bytes, message] of cases) {
      const f = `${dir}/${what.replace(/\W+/g, "-")}.safetensors`;
      writeFileSync(f, bytes);
      const m = await cli("fingerprint", "--kernel", `fixture:${f}`);
      expect(m.code, what).toBe(2);
      expect(m.err, what).toHaveLength(1);
      expect(m.err[0], what).toMatch(message);
      expect(m.err[0]!.startsWith(`rope-audit: ${f}: `), what).toBe(true);
    }
    const bad = await cli("fixtures", "export", "--format", "fp8", "--layout", "neox", "--base", "1e4", "--head-dim", "64", "--out", `${dir}/x`);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/--format: expected one of bf16, fp16, fp32, fp64/);
  });
});

const torch = spawnSync("/usr/bin/python3", ["-c", "import torch"]).status === 0;
test.skipIf(!torch && process.env.CI !== "true")("docs/fixtures.md's PyTorch lines fill a bundle that fingerprints as hf", async () => {
  expect(torch, "/usr/bin/python3 cannot import torch (apt-get install python3-torch)").toBe(true);
  const doc = readFileSync(`${root}docs/fixtures.md`, "utf8");
  const code = /```python\n([\s\S]*?)```/.exec(doc)![1]!;
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-torch-`);
  writeFileSync(`${dir}/fill.py`, code);
  const file = `${dir}/bundle.safetensors`;
  expect((await cli("fixtures", "export", "--format", "bf16", "--layout", "neox", "--base", "10000", "--head-dim", "128", "--count", "512", "--out", file)).code).toBe(0);
  const run = spawnSync("/usr/bin/python3", [`${dir}/fill.py`, file], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  const r = await cli("fingerprint", "--kernel", `fixture:${file}`, "--json");
  const f = JSON.parse(r.out.join("\n")) as { best: { name: string; bitAgreement: number } };
  console.log(`PyTorch HF bf16 via docs/fixtures.md: best ${f.best.name}, ${(100 * f.best.bitAgreement).toFixed(3)}% bits identical`);
  expect(f.best.name).toBe("hf");
  expect(f.best.bitAgreement).toBeGreaterThanOrEqual(0.999);
});
