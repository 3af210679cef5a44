/**
 * Module and native kernels in a process of their own (host.ts), so that what they do to a process stays
 * there: a JavaScript heap that grows without end, ArrayBuffers or native memory past the limit (watched
 * as the host's resident size), process.abort(), a segfault in ONNX Runtime or an FFI library,
 * process.exit, an endless loop. Each ends the host and rejects the call with one KernelFailure naming
 * what happened; the run reports it for that kernel and goes on with the others.
 *
 * A worker thread would not do: process.abort() and native crashes in a worker take the whole process,
 * and a worker's resourceLimits do not count ArrayBuffers. A child process costs one Node start per
 * kernel per session (tens of milliseconds).
 *
 * A failed host is not reused: the next call starts a new one, so a crash belongs to the call (and job)
 * that caused it whatever ran before on this thread; reports stay the same for any worker count.
 */
import { type ChildProcess, fork } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InvalidArgumentError, RopeAuditError } from "../../errors.js";
import type { FormatName } from "../../formats/table.js";
import { KernelFailure, cleanMessage } from "../guard.js";
import type { Kernel, KernelRope } from "../kernel.js";
import type { FromHost, IsolatedTarget, ToHost } from "./messages.js";

/** Memory a kernel process may use unless the run says otherwise (--kernel-memory). */
export const DEFAULT_KERNEL_MEMORY_MB = 2048;

/** How long a host process may take to come up, before the kernel is loaded. */
const HOST_START_MS = 30_000;

export interface IsolationOptions {
  /** Per call (and for the start): no answer by then stops the host. */
  timeoutMs: number;
  /** Resident memory of the host, and its JavaScript heap, in MB. */
  memoryMb: number;
}

export interface IsolatedKernel extends Kernel {
  /** The process that serves the next call, if one is up (for diagnostics and tests). */
  readonly pid: number | undefined;
  close(): Promise<void>;
}

/**
 * The compiled host script. From dist/ it sits beside this file; when this file runs from the TypeScript
 * sources (vitest), the compiled one in dist/ is used, as for the worker pool (`npm test` builds it first).
 */
export function hostScript(): string {
  const here = new URL(import.meta.url);
  const url = here.pathname.endsWith(".js") ? new URL("./host.js", here) : new URL("../../../dist/src/kernels/isolated/host.js", here);
  const path = fileURLToPath(url);
  if (!existsSync(path)) throw new RopeAuditError(`module: and onnx: kernels run in a process of their own, whose script ${path} is missing; run \`npm run build\``);
  return path;
}

/** Resident memory of a process in MB, from /proc (Linux); null where there is no /proc. */
function residentMb(pid: number): number | null {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "latin1"));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** The line of a dying Node process's stderr that says why: not a stack frame, not Node's version footer. */
function lastWords(stderr: string): string | undefined {
  return stderr
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !/^at /.test(l) && !/^Node\.js v\d/.test(l) && !/^\^+$/.test(l))
    .at(-1);
}

type Pending = { id: number; resolve: (m: FromHost) => void; reject: (e: Error) => void };

/** One host process: started, asked one thing at a time, stopped on the first fault. */
class Host {
  readonly child: ChildProcess;
  private failure: string | null = null;
  private stderrTail = "";
  private pending: Pending | null = null;
  private timer: NodeJS.Timeout | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  private closing = false;

  constructor(
    private readonly where: string,
    private readonly o: IsolationOptions,
  ) {
    this.child = fork(hostScript(), [], {
      serialization: "advanced",
      execArgv: [`--max-old-space-size=${o.memoryMb}`],
      stdio: ["ignore", "pipe", "pipe", "ipc"],
    });
    // What the kernel prints is not ours to keep: stdout is drained and dropped, stderr's tail quoted.
    this.child.stdout!.resume();
    this.child.stderr!.on("data", (b: Buffer) => {
      this.stderrTail = (this.stderrTail + b.toString("latin1")).slice(-2000);
    });
    this.child.on("message", (m: FromHost) => this.answer(m));
    this.child.on("error", (e) => this.fail(`cannot start its process (${e.message})`));
    let stderrClosed = false;
    this.child.stderr!.once("close", () => (stderrClosed = true));
    this.child.on("exit", (code, signal) => {
      if (this.closing) return;
      // "exit" can come before the last stderr bytes; wait for them, but not for a grandchild's pipe.
      if (!stderrClosed) {
        const report = (): void => this.exited(code, signal);
        const t = setTimeout(report, 500);
        this.child.stderr!.once("close", () => (clearTimeout(t), report()));
        return;
      }
      this.exited(code, signal);
    });
  }

  private exited(code: number | null, signal: NodeJS.Signals | null): void {
    // V8 reports a heap at --max-old-space-size on stderr, then aborts.
    if (/heap out of memory|Reached heap limit/.test(this.stderrTail)) return this.fail(this.memoryMessage());
    // A signal's stderr is a native stack with addresses and pids, different on every run: not quoted.
    const last = signal ? undefined : lastWords(this.stderrTail);
    this.fail(`its process ${signal ? `was killed by ${signal}` : `exited (code ${code})`}${last ? `; stderr: ${cleanMessage(last, 200)}` : ""}`);
  }

  get failed(): string | null {
    return this.failure;
  }

  private memoryMessage(): string {
    return `exceeded its memory limit of ${this.o.memoryMb} MB (the kernel process was stopped)`;
  }

  private stopTimers(): void {
    if (this.timer) clearTimeout(this.timer);
    if (this.watchdog) clearInterval(this.watchdog);
    this.timer = this.watchdog = null;
  }

  fail(message: string): void {
    if (this.failure) return;
    this.failure = `${this.where}: ${message}`;
    this.stopTimers();
    this.child.kill("SIGKILL");
    const p = this.pending;
    this.pending = null;
    p?.reject(new KernelFailure(this.failure));
  }

  private answer(m: FromHost): void {
    const p = this.pending;
    const id = m.type === "result" || m.type === "error" ? m.id : m.type === "ready" ? -1 : 0;
    if (!p || p.id !== id) return this.fail("its process sent a message nobody asked for");
    this.pending = null;
    this.stopTimers();
    p.resolve(m);
  }

  /**
   * Sends one request (or, with null, sends nothing and waits for the host's "ready") and waits for its
   * answer, under the timeout and the memory watch.
   */
  request(m: ToHost | null, what: string, timeoutMs = this.o.timeoutMs): Promise<FromHost> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(new KernelFailure(this.failure));
      this.pending = { id: m === null ? -1 : m.type === "rotate" ? m.id : 0, resolve, reject };
      this.timer = setTimeout(() => this.fail(`${what} within ${timeoutMs / 1000} s (the kernel process was stopped)`), timeoutMs);
      // Polled only while the kernel runs: between calls it cannot allocate.
      this.watchdog = setInterval(() => {
        const mb = this.child.pid === undefined ? null : residentMb(this.child.pid);
        if (mb !== null && mb > this.o.memoryMb) this.fail(this.memoryMessage());
      }, 25);
      if (m !== null)
        this.child.send(m, (e) => {
          // A process that just died: its exit, which follows, says why; this only if it does not.
          if (e) setTimeout(() => this.fail(`its process cannot be reached (${e.message})`), 1000).unref();
        });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.stopTimers();
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => this.child.once("exit", () => resolve()));
    const timer = setTimeout(() => this.child.kill("SIGKILL"), 2000);
    if (this.child.connected) this.child.disconnect();
    else this.child.kill("SIGKILL");
    await exited;
    clearTimeout(timer);
  }
}

interface Opened {
  host: Host;
  name: string;
  format: FormatName;
  rope: KernelRope;
}

async function openHost(target: IsolatedTarget, where: string, o: IsolationOptions): Promise<Opened> {
  const host = new Host(where, o);
  // Node's own start is rope-audit's cost, not the kernel's: it has a fixed allowance (a loaded machine
  // can take seconds), and --timeout counts from the moment the kernel's code starts loading.
  await host.request(null, "the kernel process did not come up", HOST_START_MS);
  const m = await host.request({ type: "open", target }, "did not start");
  if (m.type === "opened") return { host, name: m.name, format: m.format, rope: m.rope };
  await host.close();
  if (m.type === "invalid") {
    const e = new InvalidArgumentError(m.argument, m.accepted, undefined);
    e.message = m.message;
    throw e;
  }
  throw new RopeAuditError(m.type === "failed" ? m.message : `${where}: its process answered ${m.type} to open`);
}

/** Starts `target` in a host process; the kernel's metadata is what the host found in it. */
export async function startIsolatedKernel(target: IsolatedTarget, where: string, o: IsolationOptions): Promise<IsolatedKernel> {
  const first = await openHost(target, where, o);
  let current: Promise<Opened> | null = Promise.resolve(first);
  let closed = false;
  let id = 0;
  const live = (): Promise<Opened> => {
    if (!current) current = openHost(target, where, o);
    return current;
  };
  // One request at a time, like the process protocol.
  let chain: Promise<unknown> = Promise.resolve();
  const call = async (x: Float64Array, positions: Float64Array, headDim: number): Promise<Float64Array> => {
    if (closed) throw new KernelFailure(`${where}: closed`);
    const opened = live();
    let h: Opened;
    try {
      h = await opened;
      pid = h.host.child.pid;
    } catch (e) {
      current = null;
      throw e;
    }
    const reply = await h.host.request({ type: "rotate", id: ++id, x, positions, headDim }, "no answer").catch((e: unknown) => {
      // A failed host is dropped; the next call gets a new one.
      current = null;
      throw e;
    });
    if (reply.type === "error") throw new KernelFailure(reply.message);
    if (reply.type !== "result") throw new KernelFailure(`${where}: its process answered ${reply.type} to rotate`);
    // The kernel's write into its copy, replayed onto the caller's copy (which the guard compares).
    if (reply.write) (reply.write.input === "x" ? x : positions)[reply.write.index] = reply.write.value;
    return reply.y;
  };
  let pid = first.host.child.pid;
  return {
    get pid() {
      return pid;
    },
    name: first.name,
    format: first.format,
    rope: first.rope,
    rotate(x, positions, headDim) {
      const next = chain.then(() => call(x, positions, headDim));
      chain = next.catch(() => {});
      return next;
    },
    async close() {
      closed = true;
      await chain;
      const c = current;
      current = null;
      if (c) await c.then((h) => h.host.close(), () => {});
    },
  };
}
