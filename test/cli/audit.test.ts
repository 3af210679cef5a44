/** `rope-audit audit`, the onnx: specs, and the README's route commands run as written. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { cli } from "../helpers/cli.js";
import { loadOrt } from "../../src/kernels/onnx/ort-api.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

describe("rope-audit audit", () => {
  test("zoo:exact-fp64: every property holds; --json and --out", async () => {
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-audit-`);
    const r = await cli("audit", "--kernel", "zoo:exact-fp64", "--head-dim", "64", "--cases", "32", "--runs", "10", "--json", "--out", dir);
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out.slice(0, -1).join("\n")) as { kernel: string; fingerprint: { best: { name: string } }; results: { verdict: string }[] };
    expect(a.kernel).toBe("exact-fp64");
    expect(a.fingerprint.best.name).toBe("exact-fp64");
    expect(a.results).toHaveLength(8);
    expect(a.results.every((x) => x.verdict === "pass")).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["junit.xml", "report.html", "report.json", "report.md"]);
  });

  test("--workload sets head dim, positions, base and scaling; bad workloads name the field", async () => {
    const r = await cli("audit", "--kernel", "zoo:hf", "--workload", '{"headDim": 64, "maxPosition": 4096, "base": 500000, "scaling": {"type": "linear", "factor": 4}}', "--cases", "16", "--runs", "5", "--json");
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out.join("\n")) as { fingerprint: { best: { name: string } }; results: { property: string; measure: { byBucket: { hi: number }[] } }[] };
    expect(a.fingerprint.best.name).toBe("hf");
    const top = Math.max(...a.results.find((x) => x.property === "rope.exactness")!.measure.byBucket.map((b) => b.hi));
    expect(top).toBeLessThanOrEqual(8192); // positions ≤ 4096
    const bad = await cli("audit", "--kernel", "zoo:hf", "--workload", '{"headDims": 64}');
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual(['rope-audit: --workload.headDims: expected one of the fields headDim, maxPosition, base, scaling, got "headDims"']);
  });

  test("a filled fixture: exactness and norm on its stored rows, and its fingerprint", async () => {
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-audit-`);
    const file = `${dir}/b.safetensors`;
    expect((await cli("fixtures", "export", "--format", "bf16", "--layout", "gptj", "--base", "500000", "--head-dim", "64", "--count", "64", "--out", file)).code).toBe(0);
    const { fillBundle } = await import("../../src/kernels/fixture/bundle.js");
    const { zooKernel } = await import("../../src/index.js");
    const meta = zooKernel("meta-llama", { base: 500000 });
    writeFileSync(file, fillBundle(readFileSync(file), file, (x, p, d) => meta.rotate(x, p, d), "BF16"));
    const r = await cli("audit", "--kernel", `fixture:${file}`);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/: behaves like meta-llama \(100\.00% of output bits identical; identical on these inputs: te-fused\)$/);
    expect(r.out.some((l) => /\srope\.norm +pass/.test(l))).toBe(true);
    expect(r.out.some((l) => /\srope\.exactness +(pass|FAIL)/.test(l))).toBe(true);
  });

  test("an exec kernel that hangs: findings, the report still written, exit 1, within one timeout", async () => {
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-audit-`);
    writeFileSync(
      `${dir}/hang.py`,
      `import sys, time\nsys.path.insert(0, ${JSON.stringify(`${root}adapters/python`)})\nfrom rope_audit_adapter import serve\nserve(lambda x, p: time.sleep(3600), dtype="fp32", layout="neox", base=10000.0, name="hang", use_torch=False)\n`,
    );
    const started = Date.now();
    const r = await cli("audit", "--kernel", `exec:/usr/bin/python3 ${dir}/hang.py`, "--head-dim", "16", "--timeout", "2", "--out", dir);
    expect(r.code).toBe(1);
    expect(r.out[0]).toMatch(/^hang \(exec:.*\): fingerprint ERROR: exec:.*hang\.py: no answer within 2 s \(the process was stopped\)$/);
    expect(r.out.filter((l) => / ERROR /.test(l))).toHaveLength(8); // every property, each failing at once
    expect(readdirSync(dir)).toContain("report.json");
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});

let ort = true;
try {
  await loadOrt();
} catch {
  ort = false;
}
test.skipIf(!ort && process.env.CI !== "true")("ONNX Runtime fp16 (contrib and opset 23) is named onnxruntime-cpu", async () => {
  for (const variant of ["contrib", "opset23"]) {
    const r = await cli("fingerprint", "--kernel", `onnx:${variant}:fp16`, "--json");
    expect(r.code, r.err.join("\n")).toBe(0);
    const f = JSON.parse(r.out.join("\n")) as { best: { name: string; bitAgreement: number; equivalent: string[] } };
    expect(f.best.name).toBe("onnxruntime-cpu");
    expect(f.best.bitAgreement).toBe(1);
    // Pipelines that are bit-identical in fp16 (fp16 cache, fp32 math) are listed, not hidden.
    expect(f.best.equivalent).toEqual(["flash-attn-triton@fp16", "vllm-cuda@fp16"]);
  }
  expect((await cli("fingerprint", "--kernel", "onnx:magic:fp8")).err[0]).toMatch(/--kernel: expected onnx:contrib:fp16, onnx:contrib:fp32/);
});

const torch = spawnSync("/usr/bin/python3", ["-c", "import torch"]).status === 0;
test.skipIf(!torch && process.env.CI !== "true")("README's exec and fixture routes, run as written, print what the README says", async () => {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const section = readme.slice(readme.indexOf("## Audit your own kernel"), readme.indexOf("## Gate CI on precision"));
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-readme-`);
  const doc = readFileSync(`${root}docs/fixtures.md`, "utf8");
  writeFileSync(`${dir}/fill.py`, /```python\n([\s\S]*?)```/.exec(doc)![1]!);
  const local = (w: string): string => w.replace(/^bundle\.safetensors$/, `${dir}/bundle.safetensors`).replace(/^fixture:bundle\.safetensors$/, `fixture:${dir}/bundle.safetensors`).replace("adapters/python", `${root}adapters/python`);
  let checked = 0;
  // The exec and fixture blocks (the module block needs my-rope.mjs: test/readme-shell.test.ts runs it).
  for (const block of blocks.filter((b) => /exec:|fixtures export/.test(b))) {
    const lines = block.split("\n");
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith("npx rope-audit ")) continue;
      const [code, comment] = line.split(/\s+#\s/, 2) as [string, string | undefined];
      const argv = [...code.slice("npx rope-audit ".length).matchAll(/'([^']*)'|(\S+)/g)].map((m) => local(m[1] ?? m[2]!));
      const r = await cli(...argv);
      expect(r.code, `${line}: ${r.err.join(" ")}`).toBe(Number(/exits (\d)/.exec(comment ?? "")?.[1] ?? 0));
      const promised = /^# → (.*)$/.exec(lines[i + 1] ?? "");
      if (promised) expect(r.out[0], line).toBe(promised[1]);
      checked++;
    }
  }
  // The fixture route's prose: fill the exported bundle with the PyTorch lines of docs/fixtures.md, then audit it.
  expect(section).toContain("`npx rope-audit audit --kernel fixture:bundle.safetensors`");
  const fill = spawnSync("/usr/bin/python3", [`${dir}/fill.py`, `${dir}/bundle.safetensors`], { encoding: "utf8" });
  expect(fill.status, fill.stderr).toBe(0);
  const audited = await cli("audit", "--kernel", `fixture:${dir}/bundle.safetensors`);
  expect(audited.code, audited.err.join("\n")).toBe(0);
  expect(audited.out[0]).toMatch(/behaves like hf \(100\.00% of output bits identical/);
  expect(checked).toBeGreaterThanOrEqual(2);
});
