#!/usr/bin/env node
import { runCli } from "./program.js";

// A reader that closes early (`rope-audit zoo list | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr])
  stream.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });

runCli(process.argv.slice(2), {
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
