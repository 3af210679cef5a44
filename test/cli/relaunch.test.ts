/**
 * The CLI's re-launch when its workers fill every core (src/cli/relaunch.ts): which command lines re-launch,
 * and, on the built command as a user runs it, that the re-launched process has the flags, writes the same
 * report bytes as a run without them, and passes on exit codes and termination signals.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { describe, expect, test } from "vitest";
import { BUSY_CORES_V8_FLAGS, relaunchFlags, requestedWorkers } from "../../src/cli/relaunch.js";

const MAIN = new URL("../../dist/src/cli/main.js", import.meta.url).pathname;

describe("which command lines re-launch", () => {
  test.each<[string[], number]>([
    [["run"], 4],
    [["run", "--workers", "1"], 1],
    [["run", "--kernels", "zoo:hf", "--workers=3"], 3],
    [["audit", "--kernel", "zoo:hf", "--workers", "2"], 2],
    [["reproduce", "--quick"], 4],
    [["model", "config.json", "--workers", "6"], 6],
    [["run", "--workers", "two"], 4], // malformed: the default here; commander rejects it in whichever process runs
    [["run", "--workers", "0"], 4],
    [["run", "--", "--workers", "1"], 4], // after "--" nothing is an option
    [["zoo", "list"], 0],
    [["oracle", "cross-check", "--workers", "2"], 0],
    [[], 0],
  ])("requestedWorkers(%j) on 4 cores = %d", (args, n) => {
    expect(requestedWorkers(args, 4)).toBe(n);
  });

  test("only when at least two workers fill every core, once, and never under an inspector", () => {
    expect(relaunchFlags(["run"], [], 2)).toEqual(BUSY_CORES_V8_FLAGS);
    expect(relaunchFlags(["run", "--workers", "8"], [], 8)).toEqual(BUSY_CORES_V8_FLAGS);
    expect(relaunchFlags(["run", "--workers", "3"], [], 2)).toEqual(BUSY_CORES_V8_FLAGS); // more workers than cores
    expect(relaunchFlags(["run", "--workers", "1"], [], 2)).toBeNull(); // helper threads have the idle core
    expect(relaunchFlags(["run"], [], 1)).toBeNull(); // one core: one worker
    expect(relaunchFlags(["run", "--workers", "2"], [], 4)).toBeNull(); // idle cores left
    expect(relaunchFlags(["zoo", "list"], [], 2)).toBeNull();
    expect(relaunchFlags(["run"], [...BUSY_CORES_V8_FLAGS], 2)).toBeNull(); // already re-launched
    expect(relaunchFlags(["run"], ["--single-threaded-gc"], 2)).toEqual(BUSY_CORES_V8_FLAGS.filter((f) => f !== "--single-threaded-gc"));
    // The user's own value of a flag is kept.
    expect(relaunchFlags(["run"], ["--initial-old-space-size=512"], 2)).toEqual(BUSY_CORES_V8_FLAGS.filter((f) => !f.startsWith("--initial-old-space-size=")));
    expect(relaunchFlags(["run"], [...BUSY_CORES_V8_FLAGS.map((f) => f.replace(/=.*/, "=1"))], 2)).toBeNull();
    expect(relaunchFlags(["run"], ["--inspect=0"], 2)).toBeNull();
    expect(relaunchFlags(["run"], ["--inspect-brk"], 2)).toBeNull();
  });
});

/** report.json without "run", as text. */
function withoutRun(file: string): string {
  const value = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  delete value.run;
  return JSON.stringify(value);
}

// Prints each Node process's flags at exit, from its main thread (worker threads load it too); a
// re-launched child inherits the --import, so both processes print.
const REPORT_FLAGS = `data:text/javascript,import{isMainThread}from"node:worker_threads";if(isMainThread)process.on("exit",()=>process.stderr.write("FLAGS "+JSON.stringify(process.execArgv.filter(f=>!f.startsWith("--import")&&!f.startsWith("data:")))+"\\n"))`;
const ARGS = ["run", "--kernels", "zoo:hf,zoo:ggml-cpu@fp16", "--properties", "rope.exactness,logit.relative", "--cases", "8", "--runs", "4", "--head-dim", "64"];

describe("the built command", () => {
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-relaunch-`);
  const cores = availableParallelism();

  test("a run whose workers fill every core runs in a process with the flags, and writes the same report", () => {
    const busy = spawnSync(process.execPath, ["--import", REPORT_FLAGS, MAIN, ...ARGS, "--workers", String(Math.max(2, cores)), "--out", `${dir}/busy`], { encoding: "utf8" });
    const one = spawnSync(process.execPath, ["--import", REPORT_FLAGS, MAIN, ...ARGS, "--workers", "1", "--out", `${dir}/one`], { encoding: "utf8" });
    expect(busy.status).toBe(0);
    expect(one.status).toBe(0);
    const flags = (r: { stderr: string }): string[][] => [...r.stderr.matchAll(/^FLAGS (.*)$/gm)].map((m) => JSON.parse(m[1]!) as string[]);
    // The child (first to exit) with the flags, then the parent without them; one worker: one process.
    expect(flags(busy)).toEqual([[...BUSY_CORES_V8_FLAGS], []]);
    expect(flags(one)).toEqual([[]]);
    expect(busy.stdout.split("\n")[0]).toMatch(/^rope-audit run: 2 kernels × 2 properties, .*, \d+ workers$/);
    expect(withoutRun(`${dir}/busy/report.json`)).toBe(withoutRun(`${dir}/one/report.json`));
    for (const f of ["report.md", "junit.xml"]) expect(readFileSync(`${dir}/busy/${f}`, "utf8")).toBe(readFileSync(`${dir}/one/${f}`, "utf8"));
  }, 120_000);

  test("the child's exit code is the command's: bad input is one line and exit 2", () => {
    const r = spawnSync(process.execPath, [MAIN, "run", "--kernels", "zoo:no-such-kernel", "--workers", String(Math.max(2, cores))], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(/^rope-audit: .*no-such-kernel/)]);
  }, 60_000);

  test("SIGTERM to the command ends the re-launched run: exit 128 + 15", async () => {
    const child = spawn(process.execPath, [MAIN, "run", "--workers", String(Math.max(2, cores)), "--out", `${dir}/term`], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (b: Buffer) => (out += b.toString()));
    // Once the header is out, the re-launched process is running its jobs.
    await new Promise<void>((resolve) => child.stdout.on("data", () => out.includes("rope-audit run:") && resolve()));
    const t = performance.now();
    child.kill("SIGTERM");
    const code = await new Promise<number | null>((resolve) => child.on("exit", (c) => resolve(c)));
    expect(code).toBe(128 + 15);
    expect(performance.now() - t).toBeLessThan(5000);
  }, 60_000);
});
