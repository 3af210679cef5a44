/**
 * One-off check of the row kernels' certified exp (src/attention/simd/row-kernels.ts) on every fp32 x in
 * [−104, −2^−26]: every lane the kernel certifies must equal Math.fround(Math.exp(x)). Below −104 the
 * result is 0 (exp(−104) < 2^−150) and above −2^−26 it is 1, on both sides, which test/attention/row-exp.test.ts
 * samples; this range is where the result takes every other fp32 value. About 2.7·10^8 values: run with
 *   npm run build && node dist/bench/exp-exhaustive.js
 * Prints the number of lanes compared, uncertified groups and mismatches (which must be 0).
 */
import { ROW_KERNEL_DATA_BYTES, instantiateRowKernels } from "../src/attention/simd/row-kernels.js";

const k = instantiateRowKernels();
if (k === null) throw new Error("no WebAssembly SIMD");
const CHUNK = 1 << 20;
const LOG = ROW_KERNEL_DATA_BYTES;
const A = LOG + CHUNK * 4;
const FAILS = A + CHUNK * 4;
k.memory.grow(Math.ceil((FAILS + CHUNK - k.memory.buffer.byteLength) / 65536));
const u32 = new Uint32Array(k.memory.buffer);
const f32 = new Float32Array(k.memory.buffer);
const i32 = new Int32Array(k.memory.buffer);
const first = new Uint32Array(Float32Array.of(-(2 ** -26)).buffer)[0]!;
const last = new Uint32Array(Float32Array.of(-104).buffer)[0]!;
const failed = new Uint8Array(CHUNK);
let compared = 0;
let groups = 0;
let wrong = 0;
const t0 = performance.now();
for (let p0 = first; p0 <= last; p0 += CHUNK) {
  const n = Math.min(CHUNK, last + 1 - p0);
  const padded = Math.ceil(n / 16) * 16;
  for (let j = 0; j < padded; j++) u32[LOG / 4 + j] = j < n ? p0 + j : first;
  const nfail = k.expF32(LOG, A, 0, padded / 16, 0, FAILS, 0);
  failed.fill(0);
  for (let g = 0; g < nfail; g++) failed.fill(1, i32[FAILS / 4 + g]!, i32[FAILS / 4 + g]! + 4);
  groups += nfail;
  for (let j = 0; j < n; j++) {
    if (failed[j]) continue;
    const x = f32[LOG / 4 + j]!;
    if (f32[A / 4 + j] !== Math.fround(Math.exp(x))) {
      if (wrong < 10) console.log(`mismatch at x = ${x}: ${f32[A / 4 + j]} vs ${Math.fround(Math.exp(x))}`);
      wrong++;
    }
    compared++;
  }
}
console.log(`every fp32 x in [-104, -2^-26]: ${compared} certified lanes compared with Math.fround(Math.exp(x)), ${groups} groups of four recomputed, ${wrong} mismatches (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
