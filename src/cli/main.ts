#!/usr/bin/env node
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { relaunch, relaunchFlags } from "./relaunch.js";

const args = process.argv.slice(2);

// Workers on every core: the command runs in a process whose V8 keeps its GC and compiler off the
// helper threads (relaunch.ts says why). Decided before the CLI's modules load, so the re-launch costs
// one Node start-up and nothing more.
const flags = relaunchFlags(args, process.execArgv, availableParallelism());
const relaunched = flags === null ? null : await relaunch(flags, fileURLToPath(import.meta.url), args);
if (relaunched !== null) process.exitCode = relaunched;
else {
  const { runCli } = await import("./program.js");

  // A reader that closes early (`rope-audit zoo list | head`) is not an error worth a stack trace.
  for (const stream of [process.stdout, process.stderr])
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
      throw e;
    });

  runCli(args, {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    terminal: { isTTY: Boolean(process.stdout.isTTY), env: process.env },
    // The bar goes to stderr, and only when stderr is a terminal too: a redirected log gets no \r noise.
    ...(process.stderr.isTTY ? { progress: (text: string) => process.stderr.write(text) } : {}),
  }).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`rope-audit: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 70;
    },
  );
}
