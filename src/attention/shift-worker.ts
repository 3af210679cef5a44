/**
 * A worker thread of shift-parallel.ts: scores the row chunks it is sent against the shared rotated
 * queries and keys, and sends back each chunk's sums (its per-key array transferred, not copied).
 */
import { parentPort, workerData } from "node:worker_threads";
import { columnCounts, packSequence } from "./packing.js";
import { scoreFunctions } from "./score.js";
import type { FromShiftWorker, ShiftWorkerSetup, ToShiftWorker } from "./shift-parallel.js";
import { type ShiftRowsInput, accumulateShiftRows, newShiftSums } from "./shift-rows.js";

const port = parentPort!;
const s = workerData as ShiftWorkerSetup;
const seq1 = packSequence(s.docLengths, s.scheme, s.shifts[0]);
const seq2 = packSequence(s.docLengths, s.scheme, s.shifts[1]);
const L = seq1.length;
const input: ShiftRowsInput = {
  f: scoreFunctions(s.score, s.d, s.format, { simd: s.simd, rowKernels: true }),
  seq1,
  seq2,
  qs1: new Float64Array(s.qs1),
  qs2: new Float64Array(s.qs2),
  k1: new Float64Array(s.k1),
  k2: new Float64Array(s.k2),
  counts: columnCounts(seq1),
  d: s.d,
  rows: s.rows ?? Array.from({ length: L }, (_, i) => i),
};

port.on("message", (m: ToShiftWorker) => {
  if (m.type === "close") {
    port.close();
    return;
  }
  try {
    const sums = newShiftSums(L);
    accumulateShiftRows(input, m.from, m.to, sums);
    port.postMessage({ index: m.index, sums } satisfies FromShiftWorker, [sums.perKey.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ index: m.index, error: e instanceof Error ? e.message.split("\n")[0]! : String(e) } satisfies FromShiftWorker);
  }
});
