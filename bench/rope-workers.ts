/**
 * ropeBench's two-worker figures: the same rotation split across worker_threads, each rotating a
 * contiguous share of the rows with its own kernel, on SharedArrayBuffer input and output. Worker
 * start-up (module loading, kernel compilation) happens before timing; a round is timed from the moment
 * the main thread starts it until every worker has finished its rows. Synchronous (Atomics.wait on the
 * main thread), so ropeBench stays a plain function. Three placements of x and out:
 *  - "bits": bf16 patterns (Uint16Array) in plain SharedArrayBuffers, rotated by rotateBits, which copies
 *    blocks into and out of each kernel's private memory — the tensor as torch holds it;
 *  - "sab": fp64 values in plain SharedArrayBuffers; each kernel copies blocks into and out of its private
 *    memory (V8 copies shared memory word by word, "relaxed", at about half memcpy's speed);
 *  - "kernel-memory": one shared WebAssembly memory (createKernelMemory, whose buffer is a
 *    SharedArrayBuffer) holding x and out, with a region of it per worker for its kernel, which then reads
 *    x and writes out in place (EmulateOptions.simdMemory).
 */
import { Worker } from "node:worker_threads";
import { decodeArray, encodeArray } from "../src/index.js";
import { type WasmMemory, createKernelMemory } from "../src/rope/simd/kernels.js";
import { simdScratchBytes } from "../src/rope/emulate.js";

/** Control words in the shared Int32Array. */
export const CTL_ROUND = 0; // round number the workers run next; STOP ends them
export const CTL_DONE = 1; // workers finished with the current round
export const CTL_READY = 2; // workers ready (kernel built)
export const STOP = -1;

export type Placement = "bits" | "sab" | "kernel-memory";

export interface RopeWorkerData {
  kernel: string;
  headDim: number;
  control: SharedArrayBuffer;
  positions: SharedArrayBuffer;
  /** Rows [from, to) are this worker's. */
  from: number;
  to: number;
  placement: Placement;
  /** "sab": x and out, rows × headDim fp64 each; "bits": the same as bf16 patterns. */
  x?: SharedArrayBuffer;
  out?: SharedArrayBuffer;
  /** "kernel-memory": the memory, byte offsets of x and out in it, and this worker's kernel region. */
  memory?: WasmMemory;
  xOffset?: number;
  outOffset?: number;
  scratch?: number;
  scratchBytes?: number;
}

export interface WorkerTiming {
  /** Best wall time of one round, seconds. */
  seconds: number;
  /** The workers' output (rows × headDim), from the last round. */
  out: Float64Array;
}

/**
 * Rotates x (rows × headDim, positions per row) with `workers` workers, `rounds` timed rounds after
 * `warmup` untimed ones; returns the best round. Null when the placement is unavailable (no shared
 * WebAssembly memory).
 */
export function timeWorkers(
  kernel: string,
  x: Float64Array,
  positions: Float64Array,
  headDim: number,
  workers: number,
  rounds: number,
  placement: Placement,
  warmup = 3,
): WorkerTiming | null {
  const n = positions.length;
  const control = new SharedArrayBuffer(16);
  const ctl = new Int32Array(control);
  const ps = new SharedArrayBuffer(positions.byteLength);
  new Float64Array(ps).set(positions);
  const shared: Omit<RopeWorkerData, "from" | "to" | "scratch"> = { kernel, headDim, control, positions: ps, placement };
  let out: Float64Array | Uint16Array;
  if (placement === "bits") {
    shared.x = new SharedArrayBuffer(x.length * 2);
    encodeArray("bf16", x, new Uint16Array(shared.x));
    shared.out = new SharedArrayBuffer(x.length * 2);
    out = new Uint16Array(shared.out);
  } else if (placement === "sab") {
    shared.x = new SharedArrayBuffer(x.byteLength);
    new Float64Array(shared.x).set(x);
    shared.out = new SharedArrayBuffer(x.byteLength);
    out = new Float64Array(shared.out);
  } else {
    const scratchBytes = simdScratchBytes(headDim);
    const memory = createKernelMemory(2 * x.byteLength + workers * scratchBytes);
    if (memory === null) return null;
    // [constants | x | out | region of worker 0 | region of worker 1 | …]; createKernelMemory leaves
    // its first KERNEL_DATA_BYTES (1 KiB) to the constants.
    const xOffset = 1024;
    const outOffset = xOffset + x.byteLength;
    new Float64Array(memory.buffer, xOffset, x.length).set(x);
    out = new Float64Array(memory.buffer, outOffset, x.length);
    Object.assign(shared, { memory, xOffset, outOffset, scratchBytes });
  }
  out.fill(0); // touch the pages before timing
  const script = new URL("./rope-worker.js", import.meta.url);
  const pool = Array.from({ length: workers }, (_, w) => {
    const from = Math.floor((n * w) / workers);
    const to = Math.floor((n * (w + 1)) / workers);
    const scratch = placement !== "kernel-memory" ? undefined : 1024 + 2 * x.byteLength + w * shared.scratchBytes!;
    const workerData: RopeWorkerData = { ...shared, from, to, ...(scratch === undefined ? {} : { scratch }) };
    return new Worker(script, { workerData });
  });
  const waitFor = (index: number, count: number): void => {
    const deadline = performance.now() + 120_000; // a worker that died never counts itself
    for (let v = Atomics.load(ctl, index); v < count; v = Atomics.load(ctl, index)) {
      if (performance.now() > deadline) {
        for (const w of pool) void w.terminate();
        throw new Error(`timeWorkers: workers did not finish (${v} of ${count})`);
      }
      Atomics.wait(ctl, index, v, 1000);
    }
  };
  waitFor(CTL_READY, workers);
  let best = Infinity;
  for (let r = 1; r <= warmup + rounds; r++) {
    Atomics.store(ctl, CTL_DONE, 0);
    const t = performance.now();
    Atomics.store(ctl, CTL_ROUND, r);
    Atomics.notify(ctl, CTL_ROUND);
    waitFor(CTL_DONE, workers);
    const s = (performance.now() - t) / 1000;
    if (r > warmup) best = Math.min(best, s);
  }
  Atomics.store(ctl, CTL_ROUND, STOP);
  Atomics.notify(ctl, CTL_ROUND);
  for (const w of pool) void w.terminate();
  return { seconds: best, out: out instanceof Uint16Array ? decodeArray("bf16", out) : out };
}
