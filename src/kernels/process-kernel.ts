/**
 * `exec:COMMAND` kernels over the process protocol (docs/protocol.md): rope-audit starts the command (split
 * into argv, never through a shell), exchanges one JSON message per line on stdin/stdout, and treats a
 * kernel that hangs (per-batch timeout), exits, prints garbage, returns the wrong shape or NaN as a
 * finding: the call rejects with a one-line RopeAuditError, the process is stopped, and every later call
 * rejects at once with the same message, so a suite moves on to other kernels.
 *
 * Nothing the process writes is trusted to be small or well formed. stdout is read in chunks, never
 * through readline (whose line buffer grows until the string length limit): a line may be at most as long
 * as the largest answer the pending request allows (answerLimit), checked while the bytes arrive, and
 * nothing may come after the answer's newline. The process runs in its own process group, so a stop also
 * ends the grandchildren that may hold its pipes.
 */
import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { InvalidArgumentError, RopeAuditError } from "../errors.js";
import { cleanMessage } from "./guard.js";
import { decodeArray, encodeArray } from "../formats/bits.js";
import type { FormatName } from "../formats/table.js";
import type { Kernel, KernelRope } from "./kernel.js";

export const PROTOCOL_VERSION = 1;

/** Longest hello, error or other small message (bytes): far more than any honest one needs. */
export const MAX_MESSAGE_BYTES = 64 * 1024;

/**
 * The longest answer line to a rotate of `values` values in a `bytesPer`-byte dtype: the base64 of the
 * result plus the small message's allowance for the JSON around it (and for an error answer instead).
 */
export function answerLimit(values: number, bytesPer: number): number {
  return 4 * Math.ceil((values * bytesPer) / 3) + MAX_MESSAGE_BYTES;
}

/** Splits a command line into argv: whitespace separates, '…' and "…" quote, \\ escapes. No shell. */
export function splitCommand(command: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quote: string | null = null;
  let has = false;
  for (let i = 0; i < command.length; i++) {
    const c = command[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === "\\" && quote === '"' && i + 1 < command.length) cur += command[++i];
      else cur += c;
    } else if (c === "'" || c === '"') {
      quote = c;
      has = true;
    } else if (c === "\\" && i + 1 < command.length) {
      cur += command[++i];
      has = true;
    } else if (/\s/.test(c)) {
      if (has || cur) out.push(cur);
      cur = "";
      has = false;
    } else cur += c;
  }
  if (quote) throw new InvalidArgumentError("exec command", "balanced quotes", command);
  if (has || cur) out.push(cur);
  if (out.length === 0) throw new InvalidArgumentError("exec command", "a command to run, e.g. exec:\"python3 my_kernel.py\"", command);
  return out;
}

const DTYPE_FORMAT: Record<string, FormatName> = { bf16: "bf16", fp16: "fp16", fp32: "fp32", fp64: "fp64" };

export interface ProcessKernel extends Kernel {
  close(): Promise<void>;
}

export async function startProcessKernel(command: string, timeoutMs = 30_000): Promise<ProcessKernel> {
  const argv = splitCommand(command);
  const where = `exec:${command}`;
  // detached: its own process group, so stopping it (kill(-pid)) stops what it started too.
  const child: ChildProcessWithoutNullStreams = spawn(argv[0]!, argv.slice(1), { stdio: ["pipe", "pipe", "pipe"], detached: true });
  let failure: string | null = null;
  let closing = false;
  let stderrTail = "";
  child.stderr.on("data", (b: Buffer) => {
    stderrTail = (stderrTail + b.toString("latin1")).slice(-400);
  });
  const stop = (): void => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      child.kill("SIGKILL"); // no group (it already exited): the child alone
    }
  };
  let waiting: { resolve: (m: Record<string, unknown>) => void; reject: (e: Error) => void; timer: NodeJS.Timeout; limit: number; id: number | null } | null = null;
  const fail = (message: string): void => {
    if (failure) return;
    failure = `${where}: ${message}`;
    stop();
    // Stop reading: a grandchild holding the pipe may go on writing; none of it is kept.
    child.stdout.destroy();
    const w = waiting;
    waiting = null;
    if (w) {
      clearTimeout(w.timer);
      w.reject(new RopeAuditError(failure));
    }
  };
  child.on("error", (e) => fail(`cannot start (${e.message})`));
  // "exit" can arrive before the last stderr bytes are read (seen in CI: the finding lost the child's
  // last words), so the report waits for stderr to close, but never longer than half a second: a
  // grandchild that inherited the pipe may hold it open forever.
  let stderrClosed = false;
  child.stderr.once("close", () => (stderrClosed = true));
  child.on("exit", (code, signal) => {
    if (closing) return;
    const report = (): void => fail(`exited (${signal ?? `code ${code}`})${stderrTail ? `; stderr: ${cleanMessage(stderrTail.trim().split("\n").at(-1)!, 200)}` : ""}`);
    if (stderrClosed) return report();
    const timer = setTimeout(report, 500);
    child.stderr.once("close", () => {
      clearTimeout(timer);
      report();
    });
  });
  child.stdin.on("error", () => {}); // a dead child's EPIPE is reported through "exit"
  // stdout closed while the process runs on: no answer can come. (At exit, "exit" says more.)
  child.stdout.once("end", () => {
    setTimeout(() => {
      if (!closing && child.exitCode === null && child.signalCode === null) fail("closed its stdout (the process was stopped)");
    }, 200);
  });
  // The line being received, in chunks, and its length so far.
  let parts: Buffer[] = [];
  let partBytes = 0;
  // A complete line as the answer to the waiting request, or null after a finding.
  const parseLine = (line: string): Record<string, unknown> | null => {
    const w = waiting;
    let msg: unknown;
    try {
      msg = JSON.parse(line);
    } catch {
      fail(`printed something that is not a protocol message: ${JSON.stringify(cleanMessage(line, 80))}`);
      return null;
    }
    if (!w) return (fail(`sent a message nobody asked for: ${JSON.stringify(cleanMessage(line, 80))}`), null);
    if (typeof msg !== "object" || msg === null) return (fail(`sent ${JSON.stringify(cleanMessage(line, 80))}, not a JSON object`), null);
    const m = msg as Record<string, unknown>;
    if (w.id !== null && m.id !== w.id) return (fail(`answered id ${cleanMessage(JSON.stringify(m.id) ?? "undefined", 40)} to request ${w.id}`), null);
    return m;
  };
  child.stdout.on("data", (chunk: Buffer) => {
    if (failure || closing) return;
    let at = 0;
    while (at < chunk.length) {
      const w = waiting;
      if (!w) return fail(`wrote ${chunk.length - at} bytes after its answer`);
      const nl = chunk.indexOf(10, at);
      const end = nl < 0 ? chunk.length : nl;
      partBytes += end - at;
      if (partBytes > w.limit) return fail(`sent a line longer than ${w.limit} bytes, the most this request's answer can need (the process was stopped)`);
      parts.push(chunk.subarray(at, end));
      if (nl < 0) return;
      const line = Buffer.concat(parts, partBytes).toString("utf8");
      parts = [];
      partBytes = 0;
      at = nl + 1;
      const m = parseLine(line);
      if (m === null) return;
      // More after the answer in the same read: the answer is not taken, so the call that got it fails.
      if (at < chunk.length) return fail(`wrote ${chunk.length - at} bytes after its answer`);
      waiting = null;
      clearTimeout(w.timer);
      w.resolve(m);
    }
  });
  // One request at a time: the protocol is strictly request/response.
  let chain: Promise<unknown> = Promise.resolve();
  const request = (message: Record<string, unknown>, limit: number): Promise<Record<string, unknown>> => {
    const next = chain.then(
      () =>
        new Promise<Record<string, unknown>>((resolve, reject) => {
          if (failure) return reject(new RopeAuditError(failure));
          const partial = (): string => (partBytes > 0 ? `; ${partBytes} bytes of an unfinished line arrived` : "");
          const timer = setTimeout(() => fail(`no answer within ${timeoutMs / 1000} s (the process was stopped)${partial()}`), timeoutMs);
          waiting = { resolve, reject, timer, limit, id: typeof message.id === "number" ? message.id : null };
          child.stdin.write(`${JSON.stringify(message)}\n`);
        }),
    );
    chain = next.catch(() => {});
    return next;
  };
  const hello = await request({ type: "hello", version: PROTOCOL_VERSION }, MAX_MESSAGE_BYTES);
  const format = DTYPE_FORMAT[String(hello.dtype)];
  if (hello.type !== "hello" || hello.version !== PROTOCOL_VERSION || !format || (hello.layout !== "neox" && hello.layout !== "gptj") || typeof hello.base !== "number") {
    fail(`handshake: expected {type:"hello", version:${PROTOCOL_VERSION}, dtype: bf16|fp16|fp32|fp64, layout: neox|gptj, base: number}, got ${JSON.stringify(hello).slice(0, 120)}`);
    throw new RopeAuditError(failure!);
  }
  const rope: KernelRope = { layout: hello.layout as "neox" | "gptj", base: hello.base as number };
  if (typeof hello.rotary_dim === "number") rope.rotaryDim = hello.rotary_dim;
  if (hello.scaling && typeof hello.scaling === "object" && (hello.scaling as { type?: string }).type !== "none") rope.scaling = hello.scaling as KernelRope["scaling"];
  let id = 0;
  return {
    name: typeof hello.name === "string" && hello.name ? cleanMessage(hello.name, 100) : where,
    format,
    rope,
    async rotate(x, positions, headDim) {
      const n = positions.length;
      const size = format === "fp64" ? 8 : format === "fp32" ? 4 : 2;
      const reply = await request(
        {
        type: "rotate",
        id: ++id,
        n,
        head_dim: headDim,
        x: Buffer.from((encodeArray(format, x) as Uint16Array).buffer).toString("base64"),
        positions: Buffer.from(BigInt64Array.from(positions, (p) => BigInt(p)).buffer).toString("base64"),
        },
        answerLimit(x.length, size),
      );
      if (reply.type === "error") throw new RopeAuditError(`${where}: the kernel reported: ${cleanMessage(String(reply.message), 200)}`);
      if (reply.type !== "result" || typeof reply.y !== "string") {
        fail(`answered ${JSON.stringify(reply).slice(0, 80)} to a rotate request`);
        throw new RopeAuditError(failure!);
      }
      const bytes = Buffer.from(reply.y, "base64");
      if (bytes.length !== x.length * size) throw new RopeAuditError(`${where}: returned ${bytes.length / size} values, expected ${x.length} (n × head_dim)`);
      const copy = new Uint8Array(bytes);
      const y =
        size === 2
          ? decodeArray(format, new Uint16Array(copy.buffer))
          : size === 4
            ? Float64Array.from(new Float32Array(copy.buffer))
            : new Float64Array(copy.buffer);
      for (let i = 0; i < y.length; i++) if (Number.isNaN(y[i]!) && !Number.isNaN(x[i]!)) throw new RopeAuditError(`${where}: returned NaN at element ${i} for finite inputs`);
      return y;
    },
    async close() {
      closing = true;
      if (failure || child.exitCode !== null || child.signalCode !== null) return stop();
      failure = `${where}: closed`;
      child.stdin.end(`${JSON.stringify({ type: "bye" })}\n`);
      const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
      const timer = setTimeout(() => child.kill("SIGKILL"), 2000);
      await exited;
      clearTimeout(timer);
      stop(); // grandchildren it left behind
    },
  };
}
