/**
 * exec: kernels over the process protocol: live PyTorch through the Python adapter is fingerprinted as
 * the zoo pipeline it is, and every fault (hang, exit, garbage, wrong size, NaN, reported error) becomes
 * an ERROR finding while the rest of the run completes.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { splitCommand } from "../../src/kernels/process-kernel.js";
import { cli } from "../helpers/cli.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const adapterDir = `${root}adapters/python`;

test("commands split into argv without a shell", () => {
  expect(splitCommand(`/usr/bin/python3 "my kernel.py" --flag='a b' x\\ y`)).toEqual(["/usr/bin/python3", "my kernel.py", "--flag=a b", "x y"]);
  expect(splitCommand("echo $HOME; rm -rf /")).toEqual(["echo", "$HOME;", "rm", "-rf", "/"]);
  expect(() => splitCommand(`python3 "unbalanced`)).toThrow(/^exec command: expected balanced quotes/);
});

const torch = spawnSync("/usr/bin/python3", ["-c", "import torch"]).status === 0;
describe.skipIf(!torch && process.env.CI !== "true")("live PyTorch through the adapter", () => {
  test.each([
    ["", "hf"],
    [" --bf16-positions", "hf-bf16-positions"],
  ])("hf_rotate_half.py%s is named %s with ≥ 99.9% bit agreement", async (flag, name) => {
    const r = await cli("fingerprint", "--kernel", `exec:/usr/bin/python3 ${adapterDir}/examples/hf_rotate_half.py${flag}`, "--json");
    expect(r.code, r.err.join("\n")).toBe(0);
    const f = JSON.parse(r.out.join("\n")) as { best: { name: string; bitAgreement: number } };
    console.log(`PyTorch${flag}: ${f.best.name}, ${(100 * f.best.bitAgreement).toFixed(3)}%`);
    expect(f.best.name).toBe(name);
    expect(f.best.bitAgreement).toBeGreaterThanOrEqual(0.999);
  });
});

test("faults become findings: hang, exit, garbage, wrong size, NaN, reported error; the run completes and exits 1", async () => {
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-faults-`);
  const prelude = `import os, sys, time, base64, json\nsys.path.insert(0, ${JSON.stringify(adapterDir)})\nfrom rope_audit_adapter import serve\n`;
  const scripts: Record<string, string> = {
    hang: `${prelude}def fn(x, p):\n    time.sleep(3600)\nserve(fn, dtype="fp32", layout="neox", base=10000.0, name="hang", use_torch=False)\n`,
    exits: `${prelude}def fn(x, p):\n    sys.stderr.write("segfault in my_kernel.cu\\n"); sys.stderr.flush(); os._exit(3)\nserve(fn, dtype="fp32", layout="neox", base=10000.0, name="exits", use_torch=False)\n`,
    garbage: `${prelude}def fn(x, p):\n    print("hello from the kernel", flush=True)\n    return x\nserve(fn, dtype="fp32", layout="neox", base=10000.0, name="garbage", use_torch=False)\n`,
    reported: `${prelude}def fn(x, p):\n    raise RuntimeError("CUDA out of memory")\nserve(fn, dtype="fp32", layout="neox", base=10000.0, name="reported", use_torch=False)\n`,
    nan: `${prelude}def fn(x, p):\n    return [[v * float("nan") for v in row] for row in x]\nserve(fn, dtype="fp32", layout="neox", base=10000.0, name="nan", use_torch=False)\n`,
    // Bypasses the adapter: answers with one value too few.
    short: `import sys, json, base64\nfor line in sys.stdin:\n    m = json.loads(line)\n    if m["type"] == "hello":\n        print(json.dumps({"type": "hello", "version": 1, "name": "short", "dtype": "fp32", "layout": "neox", "base": 10000}), flush=True)\n    elif m["type"] == "rotate":\n        x = base64.b64decode(m["x"])\n        print(json.dumps({"type": "result", "id": m["id"], "y": base64.b64encode(x[:-4]).decode()}), flush=True)\n    else:\n        break\n`,
  };
  for (const [name, code] of Object.entries(scripts)) writeFileSync(`${dir}/${name}.py`, code);
  const specs = Object.keys(scripts).map((n) => `exec:/usr/bin/python3 ${dir}/${n}.py`);
  const started = Date.now();
  const r = await cli("run", "--kernels", [...specs, "zoo:exact-fp64"].join(","), "--properties", "rope.origin,rope.norm", "--cases", "8", "--runs", "4", "--head-dim", "16", "--timeout", "5", "--out", dir);
  const seconds = (Date.now() - started) / 1000;
  expect(r.code).toBe(1);
  const line = (k: string, p = "rope.origin") => r.out.find((l) => l.startsWith(k) && l.includes(p)) ?? "";
  expect(line("hang")).toMatch(/ERROR .*no answer within 5 s \(the process was stopped\)$/);
  expect(line("hang", "rope.norm")).toMatch(/ERROR .*no answer within 5 s/); // later calls fail at once
  expect(line("exits")).toMatch(/ERROR .*exited \(code 3\); stderr: segfault in my_kernel\.cu$/);
  expect(line("garbage")).toMatch(/ERROR .*printed something that is not a protocol message: "hello from the kernel"$/);
  expect(line("reported")).toMatch(/ERROR .*the kernel reported: RuntimeError: CUDA out of memory$/);
  expect(line("nan")).toMatch(/ERROR .*returned NaN at element 0 for finite inputs$/);
  expect(line("short")).toMatch(/ERROR .*returned 127 values, expected 128 \(n × head_dim\)$/);
  expect(r.out.find((l) => l.startsWith("exact-fp64"))).toMatch(/^exact-fp64 +2 pass, 0 fail;/);
  expect(seconds).toBeLessThan(60); // one timeout per hung kernel, not one per call
  // The findings are in the report, which was written although kernels failed.
  const report = JSON.parse(readFileSync(`${dir}/report.json`, "utf8")) as { results: { kernel: string; verdict: string; error?: string }[] };
  expect(report.results.filter((x) => x.verdict === "error").map((x) => x.kernel).sort()).toEqual(["exits", "exits", "garbage", "garbage", "hang", "hang", "nan", "nan", "reported", "reported", "short", "short"]);
  expect(report.results.find((x) => x.kernel === "hang")!.error).toMatch(/no answer within 5 s/);
});
