/**
 * Preloaded (`node --import`) into a command the bench times: at exit, the main thread's CPU seconds and
 * the whole process's (every thread: the workers and V8's own compiler and garbage-collector threads) on
 * one stderr line, which commandsBench reads. The main thread's comes from /proc/thread-self/stat
 * (Linux; Node 20 has no per-thread CPU call; -1 elsewhere), the process's from process.cpuUsage().
 */
import { readFileSync } from "node:fs";
import { isMainThread } from "node:worker_threads";
import { CPU_LINE } from "./cpu-line.js";

/** User + system seconds of the calling thread from /proc/thread-self/stat, or -1. */
function threadSeconds(): number {
  try {
    // Fields after the command name "(…)": utime and stime are the 12th and 13th, in clock ticks (100 Hz on Linux).
    const f = readFileSync("/proc/thread-self/stat", "utf8").split(") ")[1]!.split(" ");
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return -1;
  }
}

if (isMainThread)
  process.on("exit", () => {
    const u = process.cpuUsage();
    process.stderr.write(`${CPU_LINE} ${threadSeconds().toFixed(2)} ${((u.user + u.system) / 1e6).toFixed(2)}\n`);
  });
