/**
 * Every user error is found before the work starts: one line on stderr naming the option and the
 * accepted form, exit 2, nothing on stdout (no run header, so no kernel ran), within 2 seconds beyond the start-up of
 * any Node process the command starts first (a module kernel is imported in a process of its own).
 * A kernel that fails to start is not a user error: it is an ERROR finding and exit 1.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { expect, test } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { relaunchFlags } from "../../src/cli/relaunch.js";
import { parseCheckOutput } from "../../src/kernels/syntax-location.js";
import { cli } from "../helpers/cli.js";

const dir = mkdtempSync(`${tmpdir()}/rope-audit-errors-`);
const aFile = `${dir}/a-file`;
writeFileSync(aFile, "not a directory\n");
mkdirSync(`${dir}/a-dir`);
// A module kernel with a syntax error on line 4, column 18 (the token `rope`).
const badSyntax = `${dir}/bad-syntax.mjs`;
writeFileSync(badSyntax, 'const a = 1;\nexport default {\n  name: "x",\n  format: "bf16" rope,\n};\n');
// A module whose top-level code throws on line 3, column 1.
const throws = `${dir}/throws.mjs`;
writeFileSync(throws, 'export default { name: "t" };\n\nnotDefined();\n');
const report = `${dir}/report.json`;
writeFileSync(report, "{}\n");

/** The command's time less the start-up of the `processes` Node processes it starts, measured alongside (start-up varies with the machine's load). */
async function timed(argv: string[], processes = 0): Promise<{ code: number; out: string[]; err: string[]; ms: number }> {
  let startup = 0;
  if (processes > 0) {
    const s = performance.now();
    expect(spawnSync(process.execPath, ["-e", ""]).status).toBe(0);
    startup = performance.now() - s;
  }
  const t = performance.now();
  const r = await cli(...argv);
  return { ...r, ms: performance.now() - t - processes * startup };
}

const EXPORT = ["fixtures", "export", "--format", "bf16", "--layout", "neox", "--base", "10000", "--head-dim", "8"];

test.each<[string, string[], RegExp, number?]>([
  ["run --out naming a file", ["run", "--kernels", "hf", "--out", aFile], /^rope-audit: --out: .*a-file is a file; expected a directory/],
  ["run --out below a file", ["run", "--out", `${aFile}/sub`], /^rope-audit: --out: .* is below the file .*a-file; expected a directory/],
  ["audit --out naming a file", ["audit", "--kernel", "hf", "--out", aFile], /^rope-audit: --out: .*a-file is a file/],
  ["merge --out naming a file", ["merge", report, "--out", aFile], /^rope-audit: --out: .*a-file is a file/],
  ["reproduce --out naming a file", ["reproduce", "--quick", "--out", aFile], /^rope-audit: --out: .*a-file is a file/],
  ["fixtures export into a missing directory", [...EXPORT, "--out", "/missing-dir/x.safetensors"], /^rope-audit: --out: \/missing-dir\/x\.safetensors: no directory \/missing-dir; expected a file in an existing directory$/],
  ["fixtures export onto a directory", [...EXPORT, "--out", `${dir}/a-dir`], /^rope-audit: --out: .*a-dir is a directory; expected a file path$/],
  ["attention export into a missing directory", ["attention", "export", "--scheme", "full", "--docs", "3,4", "--format", "bf16", "--out", "/missing-dir/a.safetensors"], /^rope-audit: --out: \/missing-dir\/a\.safetensors: no directory/],
  ["baseline save into a missing directory", ["baseline", "save", "--from", report, "--out", "/missing/b.json"], /^rope-audit: --out: \/missing\/b\.json: no directory \/missing;/],
  // A module kernel is imported in a Node process of its own (kernels/isolated/), started before it fails.
  ["a module kernel with a syntax error", ["run", "--kernels", `module:${badSyntax}`], /^rope-audit: module:.*bad-syntax\.mjs: cannot import \(.*bad-syntax\.mjs:4:18: SyntaxError: Unexpected identifier 'rope'\)$/, 1],
  ["audit of a module kernel with a syntax error", ["audit", "--kernel", `module:${badSyntax}`], /bad-syntax\.mjs:4:18: SyntaxError/, 1],
  ["a property module with a syntax error", ["run", "--properties", `module:${badSyntax}`], /^rope-audit: --properties: cannot import .*bad-syntax\.mjs \(.*bad-syntax\.mjs:4:18: SyntaxError: Unexpected identifier 'rope'\)$/],
  ["a module kernel file that does not exist", ["run", "--kernels", `module:${dir}/none.mjs`], /^rope-audit: --kernels: expected module:PATH naming an existing file, got/],
  ["an unknown spec kind", ["run", "--kernels", "nope:x"], /^rope-audit: --kernels: expected a kernel spec: zoo:NAME or NAME .*module:PATH, exec:COMMAND, onnx:/],
  ["an unknown bare name", ["run", "--kernels", "hff"], /^rope-audit: --kernels: expected a kernel spec: .*; zoo names are hf, hf@fp16, /],
  ["a zoo kernel in a format it lacks", ["run", "--kernels", "zoo:hf@fp8"], /^rope-audit: --kernels: zoo kernel format: expected one of bf16, fp16 for hf, got "fp8"$/],
  ["an empty spec in the list", ["run", "--kernels", "hf,,exact-fp64"], /^rope-audit: --kernels: expected comma-separated kernel specs/],
  ["a bad onnx variant", ["run", "--kernels", "onnx:contrib:bf16"], /^rope-audit: --kernels: expected onnx:contrib:fp16, /],
  ["budget of an unknown zoo kernel", ["budget", "--kernel", "nope"], /^rope-audit: --kernel: expected a kernel spec: zoo:NAME or NAME/],
  ["budget of a module kernel", ["budget", "--kernel", `module:${badSyntax}`], /^rope-audit: --kernel: expected a kernel spec: zoo:NAME or NAME \(e\.g\. hf, zoo:hf@fp16\), got/],
  ["fingerprint of a missing fixture", ["fingerprint", "--kernel", `fixture:${dir}/none.safetensors`], /^rope-audit: --kernel: expected fixture:PATH naming an existing file/],
  // Commander wraps a parser's message; the line says it once.
  ["a bad integer", ["run", "--cases", "abc"], /^rope-audit: --cases: expected an integer in \[1, 1000000\], got "abc"$/],
  ["a bad worker count", ["audit", "--kernel", "hf", "--workers", "0"], /^rope-audit: --workers: expected an integer in \[1, 256\], got "0"$/],
])("%s: one line, exit 2, before any work, under 2 s (plus any kernel process's start-up)", async (_, argv, message, processes = 0) => {
  const r = await timed(argv, processes);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(message);
  expect(r.code).toBe(2);
  expect(r.out).toEqual([]); // no run header: nothing started
  expect(r.ms).toBeLessThan(2000);
});

test("nothing is written where a bad --out pointed", async () => {
  await cli("run", "--kernels", "hf", "--out", aFile);
  expect(readdirSync(`${dir}/a-dir`)).toEqual([]);
  expect(existsSync("/missing-dir")).toBe(false);
});

test("zoo names without zoo: are taken wherever a kernel is (run, audit, budget, fingerprint)", async () => {
  const run = await cli("run", "--kernels", "hf,exact-fp64", "--properties", "rope.norm", "--cases", "4", "--runs", "2", "--workers", "1");
  expect(run.code).toBe(0);
  expect(run.out[0]).toMatch(/^rope-audit run: 2 kernels × 1 property, seed 1, 4 cases, 2 runs,.* 1 worker$/);
  expect(run.out.at(-1)).toBe("2 of 2 kernel × property checks hold");
  const budget = await cli("budget", "--kernel", "hf", "--samples", "4", "--max-position", "16");
  expect(budget.code).toBe(0);
  expect(budget.out[0]).toMatch(/^error budget of hf /);
  const fp = await cli("fingerprint", "--kernel", "hf@fp16", "--json");
  expect(fp.code).toBe(0);
  expect((JSON.parse(fp.out.join("\n")) as { best: { name: string } }).best.name).toBe("hf@fp16");
}, 60_000);

test("an exec kernel that cannot start is an ERROR finding and exit 1, not an empty success", async () => {
  const run = await cli("run", "--kernels", `exec:${dir}/no-such-program`, "--properties", "rope.norm", "--workers", "1");
  expect(run.code).toBe(1);
  expect(run.out).toContain(`ERROR exec:${dir}/no-such-program: cannot start (spawn ${dir}/no-such-program ENOENT)`);
  expect(run.out.at(-1)).toBe("0 of 0 kernel × property checks hold; 1 kernel could not start (ERROR above)");
  const audit = await cli("audit", "--kernel", `exec:${dir}/no-such-program`);
  expect(audit.code).toBe(1);
  expect(audit.out).toEqual([`ERROR exec:${dir}/no-such-program: cannot start (spawn ${dir}/no-such-program ENOENT)`]);
}, 30_000);

test("progress goes to stderr when stderr is a terminal, whatever stdout is", async () => {
  let progress = "";
  const out: string[] = [];
  // stdout not a terminal (as with `run > out.txt`); the CLI is handed a progress sink only when stderr is one.
  // The bar is drawn once a run has taken a second: a kernel that takes 0.3 s a call makes sure it does.
  const slow = `${dir}/slow.mjs`;
  writeFileSync(slow, `export default { name: "slow", format: "fp64", rope: { layout: "neox", base: 10000 }, rotate(x) { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300); return Float64Array.from(x); } };\n`);
  const code = await runCli(["run", "--kernels", `module:${slow}`, "--properties", "rope.origin,rope.norm", "--cases", "3", "--runs", "2", "--workers", "1"], {
    out: (l) => out.push(l),
    err: () => {},
    terminal: { isTTY: false, env: {} },
    progress: (t) => (progress += t),
  });
  expect(code).toBe(0);
  expect(progress).toMatch(/\r\[[#.]{30}\] \d+\/\d+ jobs/);
  expect(out.join("\n")).not.toContain("\r");
}, 60_000);

test("node --check's report becomes FILE:LINE:COLUMN: MESSAGE", () => {
  const stderr = "/m/k.mjs:4\n  format: \"bf16\" rope,\n                 ^^^^\n\nSyntaxError: Unexpected identifier 'rope'\n    at checkSyntax (node:internal/main/check_syntax:74:5)\n";
  expect(parseCheckOutput(stderr)).toBe("/m/k.mjs:4:18: SyntaxError: Unexpected identifier 'rope'");
  expect(parseCheckOutput("")).toBeNull();
});

// Vitest imports modules through its own transform; users' modules are imported by Node itself, so the
// messages Node gives are checked on the built command, as a user runs it.
const MAIN = new URL("../../dist/src/cli/main.js", import.meta.url).pathname;

test.each<[string, string[], RegExp, number]>([
  // A module kernel is imported in a Node process of its own (kernels/isolated/): two start-ups.
  ["a module kernel with a syntax error", ["run", "--kernels", `module:${badSyntax}`], /^rope-audit: module:.*bad-syntax\.mjs: cannot import \(.*bad-syntax\.mjs:4:18: SyntaxError: Unexpected identifier 'rope'\)$/, 2],
  ["a module kernel whose top-level code throws", ["run", "--kernels", `module:${throws}`], /^rope-audit: module:.*throws\.mjs: cannot import \(.*throws\.mjs:3:1: ReferenceError: notDefined is not defined\)$/, 2],
  ["run --out naming a file", ["run", "--out", aFile], /^rope-audit: --out: .*a-file is a file; expected a directory/, 1],
])("the built command, %s: one line, exit 2, within 2 s of its processes' start-up", (_, argv, message, processes) => {
  // Start-up alone (loading Node and the CLI) varies with the machine's load; it is measured alongside,
  // once for each Node process the command starts before it can fail.
  let t = performance.now();
  expect(spawnSync(process.execPath, [MAIN, "--version"], { encoding: "utf8" }).status).toBe(0);
  const startup = performance.now() - t;
  t = performance.now();
  const r = spawnSync(process.execPath, [MAIN, ...argv], { encoding: "utf8" });
  // A run whose workers fill every core re-launches Node first (src/cli/relaunch.ts): one start-up more.
  const ms = performance.now() - t - (processes + (relaunchFlags(argv, [], availableParallelism()) ? 1 : 0)) * startup;
  expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(message)]);
  expect(r.stdout).toBe("");
  expect(r.status).toBe(2);
  expect(ms).toBeLessThan(2000);
}, 30_000);

test("reproduce says where it writes before it starts", async () => {
  const out = mkdtempSync(`${tmpdir()}/rope-audit-paper-`);
  const r = await cli("reproduce", "--quick", "--workers", "1", "--out", out);
  expect(r.code).toBe(0);
  expect(r.err[0]).toBe(`writing to ${out}`);
  expect(r.out.at(-1)).toMatch(new RegExp(`^wrote ${out}/`));
}, 60_000);

test("counts are singular or plural as they should be", async () => {
  const r = await cli("oracle", "cross-check", "--cases", "1");
  expect(r.out[0]).toMatch(/, 1 case, seed 1$/);
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-one-`);
  const run = await cli("run", "--kernels", "exact-fp64", "--properties", "rope.origin", "--cases", "1", "--runs", "1", "--workers", "1", "--out", dir);
  expect(run.out[0]).toBe("rope-audit run: 1 kernel × 1 property, seed 1, 1 case, 1 run, positions ≤ 1048576, d = 128, 1 worker");
  const saved = await cli("baseline", "save", "--from", `${dir}/report.json`, "--out", `${dir}/baseline.json`);
  expect(saved.out).toEqual([`wrote ${dir}/baseline.json: 1 kernel × property entry`]);
  expect(readFileSync(`${dir}/report.md`, "utf8")).toContain("1 case, 1 run,");
}, 60_000);
