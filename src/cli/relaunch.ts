/**
 * When the command's worker threads will keep every core busy, the CLI runs in a Node process started with
 * V8's garbage collector and optimising compiler on the threads that use them, instead of on V8's own
 * helper threads: main.ts re-launches itself with these flags before loading anything else.
 *
 * Why: a V8 isolate hands its TurboFan compiles and most of its garbage collection (parallel scavenges,
 * concurrent marking and sweeping) to a pool of helper threads shared by the process's isolates. With one
 * worker on two cores they run on the idle core, nearly for free. With a worker per core there is no idle
 * core: the helpers preempt the workers, and a worker waits for helpers that are not running (a parallel
 * scavenge ends only when every helper has). On this project's 2-core machine `rope-audit run --workers 2`
 * took 6.8-6.9 s with these flags against 7.8-8.7 s without (docs/performance.md, "Re-launch"), while
 * `--workers 1` is faster without them. V8 reads these flags only when the process starts (setting them
 * later aborts it, or does nothing), hence a new process rather than a setting.
 *
 * The flags change where V8 does its work, never what the program computes: reports are the same bytes
 * with and without them (test/cli/relaunch.test.ts).
 */
import { spawn } from "node:child_process";
import { constants } from "node:os";

/**
 * `--single-threaded-gc`: no parallel or concurrent GC tasks; `--no-concurrent-recompilation`: TurboFan on
 * the JS thread; `--initial-old-space-size=64`: the old generation starts at 64 MB instead of growing from
 * a few MB in small steps. With the collector on the workers' own threads, each of those early steps is a
 * full mark-compact there: a default two-worker run made 49 of them (1.8 s of pauses and incremental
 * marking, `--trace-gc`), 14 with the larger start (1.0 s); peak memory did not change measurably.
 * `--interrupt-budget=1081344` (16 × V8's default): a function is optimised after sixteen times the work
 * in the lower tiers. With compiles on the workers' threads, fewer and later compiles (with fuller type
 * feedback) cost less than the slower code they leave: in alternating two-worker runs the default run
 * took 6.1-6.4 s at V8's default, 5.9-6.3 at 2×, 6.0-6.2 at 4×, 5.8-6.0 at 8×, 5.7 at 16× and 5.9-6.0 at
 * 32×; `reproduce` was the same at 8× and 16×. On one worker, where compiles run on the idle core, a
 * larger budget did not help (docs/performance.md, "Re-launch").
 */
export const BUSY_CORES_V8_FLAGS: readonly string[] = ["--single-threaded-gc", "--no-concurrent-recompilation", "--initial-old-space-size=64", "--interrupt-budget=1081344"];

/** A flag's name: `--initial-old-space-size=64` → `--initial-old-space-size`. */
const flagName = (f: string): string => f.split("=", 1)[0]!;

/** The commands whose `--workers` start a pool of worker threads (program.ts). */
const POOL_COMMANDS: ReadonlySet<string> = new Set(["run", "audit", "reproduce", "model"]);

/**
 * The worker count a command line asks for: the value of `--workers N` or `--workers=N`, else `cores` (the
 * option's default, one per available core); 0 for commands without a pool. A malformed value counts as
 * the default: the command's own parser rejects it with exit 2, in whichever process runs it.
 */
export function requestedWorkers(args: readonly string[], cores: number): number {
  if (!POOL_COMMANDS.has(args[0] ?? "")) return 0;
  let value: string | undefined;
  for (let i = 1; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--") break;
    if (a === "--workers") value = args[i + 1];
    else if (a.startsWith("--workers=")) value = a.slice("--workers=".length);
  }
  return value !== undefined && /^[1-9][0-9]*$/.test(value) ? Number(value) : cores;
}

/**
 * The V8 flags to re-launch with, or null to run in this process: null unless at least two workers fill
 * every core, unless this process already has the flags (it is the re-launched one), and under a
 * debugger or inspector (a second process would try to open the same port).
 */
export function relaunchFlags(args: readonly string[], execArgv: readonly string[], cores: number): readonly string[] | null {
  const workers = requestedWorkers(args, cores);
  if (workers < 2 || workers < cores) return null;
  if (execArgv.some((f) => f.startsWith("--inspect") || f.startsWith("--debug"))) return null;
  // A flag this process already has, with any value (the user's own heap size, say), is left as it is.
  const have = new Set(execArgv.map(flagName));
  const missing = BUSY_CORES_V8_FLAGS.filter((f) => !have.has(flagName(f)));
  return missing.length === 0 ? null : missing;
}

/**
 * Runs `script args` in a new Node process with this one's Node options plus `flags`, sharing its stdin,
 * stdout and stderr, and resolves to the exit code to leave with: the child's, or 128 + the signal number
 * when a signal ended it. Termination signals sent to this process alone (a CI runner's SIGTERM) are passed
 * on; a terminal's Ctrl-C reaches both processes, and this one waits for the child. Resolves to null when
 * the process cannot be started (the caller then runs the command itself).
 */
export function relaunch(flags: readonly string[], script: string, args: readonly string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...process.execArgv, ...flags, script, ...args], { stdio: "inherit" });
    const signals = ["SIGINT", "SIGTERM", "SIGHUP"] as const;
    const forward = (s: NodeJS.Signals): void => {
      child.kill(s);
    };
    for (const s of signals) process.on(s, forward);
    let settled = false;
    const done = (code: number | null): void => {
      if (settled) return;
      settled = true;
      for (const s of signals) process.off(s, forward);
      resolve(code);
    };
    // "error" without a pid: the process never started. (A failed kill also emits "error"; then the
    // child runs on and its "exit" decides.)
    child.on("error", () => {
      if (child.pid === undefined) done(null);
    });
    child.on("exit", (code, signal) => done(code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)));
  });
}
