import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../../src/cli/program.js";

async function run(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe("rope-audit (in process)", () => {
  test("formats lists every format from the table", async () => {
    const r = await run("formats", "--json");
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out.join("\n")) as { name: string; maxFinite: number }[];
    expect(rows.map((f) => f.name)).toEqual(["bf16", "fp16", "fp32", "tf32", "fp8-e4m3fn", "fp8-e5m2", "fp64"]);
    expect(rows.find((f) => f.name === "fp8-e4m3fn")!.maxFinite).toBe(448);
  });

  test("zoo list prints every pipeline; --json gives the specs", async () => {
    const text = await run("zoo", "list");
    expect(text.code).toBe(0);
    expect(text.out).toContain("    invFreq  fp32 chained"); // ggml-cpu
    expect(text.out.some((l) => l.startsWith("hf@fp16  (fp16, neox)"))).toBe(true);
    const json = await run("zoo", "list", "--json");
    const specs = JSON.parse(json.out.join("\n")) as { name: string; rotate: { format: string } }[];
    expect(specs.find((s) => s.name === "hf")!.rotate.format).toBe("bf16");
    expect(specs.find((s) => s.name === "meta-llama")!.rotate.format).toBe("fp32");
    expect(specs.length).toBeGreaterThanOrEqual(24);
  });

  test("budget prints each stage's share by position bucket", async () => {
    const r = await run("budget", "--kernel", "zoo:hf-bf16-positions", "--samples", "16", "--max-position", "8192");
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toMatch(/^at positions in \[8192, 16384\), the position stage \(bf16\) causes most of hf-bf16-positions's error/);
    const bad = await run("budget", "--kernel", "zoo:nope");
    expect(bad.code).toBe(2);
    expect(bad.err).toEqual([expect.stringMatching(/^rope-audit: --kernel: zoo kernel: expected one of hf, /)]);
  });

  test("run: verdict table, report.json, replay tokens that reproduce", async () => {
    const { mkdtempSync, readFileSync, readdirSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-run-`);
    const r = await run("run", "--kernels", "zoo:hf-bf16-positions,zoo:exact-fp64", "--properties", "logit.relative,rope.origin", "--cases", "32", "--runs", "20", "--head-dim", "64", "--out", dir, "--verbose");
    expect(r.code).toBe(0);
    expect(r.out.some((l) => /^hf-bf16-positions\s+logit\.relative\s+FAIL\s+[\d.e+-]+\s+[\d.e+-]+\s+\S+\s+\d+\/\d+ cases over/.test(l))).toBe(true);
    expect(r.out.some((l) => /^exact-fp64\s+logit\.relative\s+pass/.test(l))).toBe(true);
    expect(r.out).toContain("3 of 4 kernel × property checks hold");
    const report = JSON.parse(readFileSync(`${dir}/report.json`, "utf8")) as { schema: string; results: { kernel: string; property: string; verdict: string; measure: { byBucket: unknown[] } }[] };
    expect(report.schema).toBe("rope-audit/report@3");
    expect(report.results.map((x) => `${x.kernel}/${x.property}/${x.verdict}`)).toEqual([
      "exact-fp64/logit.relative/pass",
      "exact-fp64/rope.origin/pass",
      "hf-bf16-positions/logit.relative/fail",
      "hf-bf16-positions/rope.origin/pass",
    ]);
    expect(readdirSync(dir).sort()).toEqual(["junit.xml", "report.html", "report.json", "report.md"]); // no temporary file left behind
    expect(readFileSync(`${dir}/report.md`, "utf8")).toMatch(/replay: `rope-audit run --replay 'logit\.relative@hf-bf16-positions\/-?\d+\/[\d.*]*\/\d+\/64'`/);
    const token = r.out.find((l) => l.trim().startsWith("logit.relative@hf-bf16-positions/"))!.trim();
    // The token carries the head dim: no --head-dim needed to replay the same case.
    const replayed = await run("run", "--replay", token);
    expect(replayed.code).toBe(1);
    expect(replayed.out[0]).toMatch(/^logit\.relative on hf-bf16-positions \(d = 64, positions ≤ 1048576\): m = \d+, n = \d+, shift = \d+/);
    const strict = await run("run", "--kernels", "zoo:hf-bf16-positions", "--properties", "logit.relative", "--cases", "8", "--runs", "5", "--strict");
    expect(strict.code).toBe(1);
  });

  test.each([
    [["run", "--kernels", "nope:x"], /--kernels: expected a kernel spec: zoo:NAME or NAME/],
    [["run", "--kernels", "zoo:nope"], /zoo kernel: expected one of hf/],
    [["run", "--properties", "rope.magic"], /--properties: expected ids from rope.exactness/],
    [["run", "--replay", "nonsense"], /--replay: expected a token printed by rope-audit run/],
    [["run", "--cases", "0"], /--cases: expected an integer in \[1, /],
  ])("run with bad input %j: exit 2, one line", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  test("oracle cos-sin prints the exact values", async () => {
    const r = await run("oracle", "cos-sin", "--position", "1", "--pair", "0", "--digits", "30");
    expect(r.code).toBe(0);
    // cos(1) and sin(1) to 30 digits (θ_0 = 1).
    expect(r.out).toContain("cos    0.540302305868139717400936607443");
    expect(r.out).toContain("sin    0.84147098480789650665250232163"); // digit 31 onward: 0299…, trailing zero dropped
  });

  test("oracle cross-check reports within the fp64 bound", async () => {
    const r = await run("oracle", "cross-check", "--cases", "300", "--json");
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out.join("\n")) as { cases: number; maxBoundRatio: number };
    expect(j.cases).toBe(300);
    expect(j.maxBoundRatio).toBeLessThanOrEqual(1);
  });

  test.each([
    [["oracle", "cos-sin", "--position", "1.5", "--pair", "0"], /--position: expected an integer/],
    [["oracle", "cos-sin", "--position", "1", "--pair", "0", "--scaling", "{nope"], /--scaling: expected JSON/],
    [["oracle", "cos-sin", "--position", "1", "--pair", "0", "--scaling", '{"type":"yarn"}'], /^rope-audit: rope.scaling.factor: expected a finite number > 0, got undefined$/],
    [["oracle", "cos-sin", "--position", "1", "--pair", "64", "--rotary-dim", "128"], /^rope-audit: i: expected a pair index in \[0, 64\)/],
    [["oracle", "cross-check", "--digits", "Infinity"], /--digits: expected an integer in \[10, 400\]/],
    [["nope"], /unknown command 'nope'/],
  ])("bad input %j: exit 2 and one line on stderr", async (argv, message) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
    expect(r.out).toEqual([]);
  });
});

describe("rope-audit (the installed bin, end to end)", () => {
  beforeAll(() => {
    execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { stdio: "inherit" });
  });
  test("runs from package.json's bin, exits 2 on bad input without a stack trace", () => {
    const bin = (JSON.parse(execFileSync("npm", ["pkg", "get", "bin"], { encoding: "utf8" })) as Record<string, string>)["rope-audit"]!;
    expect(existsSync(bin)).toBe(true);
    const ok = spawnSync(process.execPath, [bin, "oracle", "cos-sin", "--position", "0", "--pair", "3"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^cos {4}1$/m);
    const bad = spawnSync(process.execPath, [bin, "oracle", "cos-sin", "--position", "x", "--pair", "3"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });
});
