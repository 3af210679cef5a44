/**
 * The shift measure's row chunks (shift-rows.ts) on worker threads (node:worker_threads). The calling
 * thread has rotated the queries and keys into SharedArrayBuffers; each worker rebuilds what a row needs
 * from plain data (the packings from document lengths, scheme and shifts; the score functions from the
 * serializable ScorePipeline) and never sees the kernel, which may be any object. Chunks are handed out
 * in order, the next one to whichever worker frees up (a causal row costs its length, so later chunks
 * cost more and the last is the tail: one chunk of the run). Sums come back per chunk and are added in
 * chunk order, exactly as one thread adds them: the result has the same bits for any worker count.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { RopeAuditError } from "../errors.js";
import type { FormatName } from "../formats/table.js";
import type { Scheme } from "./packing.js";
import type { ScorePipeline } from "./score.js";
import { type ShiftSums, addShiftSums, newShiftSums } from "./shift-rows.js";

/** What a worker needs to score any chunk: plain data and shared buffers only (structured-cloneable). */
export interface ShiftWorkerSetup {
  score: ScorePipeline;
  format: FormatName;
  simd: boolean;
  d: number;
  docLengths: readonly number[];
  scheme: Scheme;
  shifts: readonly [number, number];
  /** The evaluated rows; null for every row of the window. */
  rows: readonly number[] | null;
  /** Prepared queries at the evaluated rows (rows × d) and rotated keys (L × d), per shift. */
  qs1: SharedArrayBuffer;
  qs2: SharedArrayBuffer;
  k1: SharedArrayBuffer;
  k2: SharedArrayBuffer;
}

export type ToShiftWorker = { type: "chunk"; index: number; from: number; to: number } | { type: "close" };
export type FromShiftWorker = { index: number; sums: ShiftSums } | { index: number; error: string };

/** The compiled worker script: beside this file in dist/, or dist/'s copy when running from the sources (vitest). */
function shiftWorkerScript(): URL {
  const here = new URL(import.meta.url);
  const url = here.pathname.endsWith(".js") ? new URL("./shift-worker.js", here) : new URL("../../dist/src/attention/shift-worker.js", here);
  if (!existsSync(fileURLToPath(url))) throw new RopeAuditError(`attention shift workers: the compiled worker ${fileURLToPath(url)} is missing; run \`npm run build\` (or use one worker)`);
  return url;
}

/**
 * The sums of `chunks` ([from, to) ranges of evaluated rows, in chunk order) over `workers` threads,
 * added in chunk order into a fresh ShiftSums of `length` keys. A chunk that finishes early waits (at
 * most one per worker) until the chunks before it are added.
 */
export async function shiftSumsOnWorkers(setup: ShiftWorkerSetup, chunks: readonly (readonly [number, number])[], length: number, workers: number): Promise<ShiftSums> {
  const total = newShiftSums(length);
  if (chunks.length === 0) return total;
  const script = shiftWorkerScript();
  const threads = Array.from({ length: Math.max(1, Math.min(workers, chunks.length)) }, () => new Worker(script, { workerData: setup }));
  const waiting = new Map<number, ShiftSums>();
  let next = 0;
  let added = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let failed = false;
      const fail = (message: string): void => {
        if (failed) return;
        failed = true;
        reject(new RopeAuditError(`attention shift worker: ${message}`));
      };
      /** Hands `w` the next chunk, or tells it to close (returns true) when none is left. */
      const send = (w: Worker): boolean => {
        if (next >= chunks.length) {
          w.postMessage({ type: "close" } satisfies ToShiftWorker);
          return true;
        }
        const [from, to] = chunks[next]!;
        w.postMessage({ type: "chunk", index: next++, from, to } satisfies ToShiftWorker);
        return false;
      };
      for (const w of threads) {
        let closed = false;
        w.on("message", (m: FromShiftWorker) => {
          if ("error" in m) return fail(`chunk ${m.index}: ${m.error}`);
          waiting.set(m.index, m.sums);
          for (let s = waiting.get(added); s !== undefined; s = waiting.get(added)) {
            addShiftSums(total, s);
            waiting.delete(added++);
          }
          if (added === chunks.length) resolve();
          else closed = send(w);
        });
        w.once("error", (e) => fail(e.message.split("\n")[0]!));
        // A worker told to close leaves normally; any other exit loses the chunk it held.
        w.once("exit", (code) => {
          if (!closed) fail(`exited (code ${code}) during a chunk`);
        });
        closed = send(w);
      }
    });
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
  return total;
}
