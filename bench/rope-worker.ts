/**
 * Worker side of ropeBench's two-worker figures (bench/rope-workers.ts). The rows [from, to) of a shared
 * x/positions/out are this worker's; it builds its own `hf` kernel (its own WebAssembly instance, on the
 * shared kernel memory when x and out live there), reports ready, then rotates its rows once per round
 * the main thread starts (rotate on fp64 values, or rotateBits on bf16 patterns), and counts itself done.
 * Rounds are driven through Atomics on a shared Int32Array, so the main thread can time them
 * synchronously.
 */
import { workerData } from "node:worker_threads";
import { emulate, zooPipeline } from "../src/index.js";
import { CTL_DONE, CTL_READY, CTL_ROUND, type RopeWorkerData, STOP } from "./rope-workers.js";

const data = workerData as RopeWorkerData;
const ctl = new Int32Array(data.control);
const d = data.headDim;
const rows = data.to - data.from;
const positions = new Float64Array(data.positions, data.from * 8, rows);
let rotateRows: () => unknown;
if (data.placement === "bits") {
  const x = new Uint16Array(data.x!, data.from * d * 2, rows * d);
  const out = new Uint16Array(data.out!, data.from * d * 2, rows * d);
  const kernel = emulate(zooPipeline(data.kernel));
  rotateRows = () => kernel.rotateBits(x, positions, d, out);
} else if (data.placement === "kernel-memory") {
  const x = new Float64Array(data.memory!.buffer, data.xOffset! + data.from * d * 8, rows * d);
  const out = new Float64Array(data.memory!.buffer, data.outOffset! + data.from * d * 8, rows * d);
  const kernel = emulate(zooPipeline(data.kernel), { simdMemory: { memory: data.memory!, scratch: data.scratch!, bytes: data.scratchBytes! } });
  rotateRows = () => kernel.rotate(x, positions, d, out);
} else {
  const x = new Float64Array(data.x!, data.from * d * 8, rows * d);
  const out = new Float64Array(data.out!, data.from * d * 8, rows * d);
  const kernel = emulate(zooPipeline(data.kernel));
  rotateRows = () => kernel.rotate(x, positions, d, out);
}

Atomics.add(ctl, CTL_READY, 1);
Atomics.notify(ctl, CTL_READY);
let seen = 0;
for (;;) {
  Atomics.wait(ctl, CTL_ROUND, seen);
  const round = Atomics.load(ctl, CTL_ROUND);
  if (round === STOP) break;
  seen = round;
  rotateRows();
  Atomics.add(ctl, CTL_DONE, 1);
  Atomics.notify(ctl, CTL_DONE);
}
