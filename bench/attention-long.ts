/**
 * attention.shift at long context, in its own process so its peak memory (maxRSS) is its own:
 * `node dist/bench/attention-long.js [L] [ROWS|all] [WORKERS]` (default L = 131072, 64 sampled query rows,
 * one thread; `all` scores every query row, WORKERS > 1 on that many worker threads), d = 128, zoo hf in
 * bf16, FLASH_SCORE, full causal scheme, shifts 0 and 16. Prints JSON: seconds, maxRssMiB, D,
 * firstKeyShare, the (query row × key) pairs scored (both shifts) and the time per pair: on the wall
 * clock, per thread (wall × threads) and in CPU time (every thread's, rotation and start-up included).
 */
import { FLASH_SCORE, attentionShift, createRng, sampleVectors, zooKernel } from "../src/index.js";

const L = Number(process.argv[2] ?? 131072);
const all = process.argv[3] === "all";
const nRows = all ? L : Number(process.argv[3] ?? 64);
const workers = Number(process.argv[4] ?? 1);
const d = 128;
const rng = createRng(1);
const q = sampleVectors(rng, "bf16", L, d);
const k = sampleVectors(rng, "bf16", L, d);
const rows = all ? undefined : Array.from({ length: nRows }, (_, r) => Math.floor(((r + 0.5) * L) / nRows));
const t = performance.now();
const cpu0 = process.cpuUsage();
const r = await attentionShift({ kernel: zooKernel("hf"), headDim: d, q, k, docLengths: [L], scheme: "full", score: FLASH_SCORE, shifts: [0, 16], rows, workers });
const seconds = (performance.now() - t) / 1000;
// CPU time of the whole process (every thread): unlike the wall clock, not inflated by other load on a shared machine.
const used = process.cpuUsage(cpu0);
const cpuSeconds = (used.user + used.system) / 1e6;
// Causal: row i scores i + 1 keys, under each of the two shifts.
const pairs = 2 * (rows ?? Array.from({ length: L }, (_, i) => i)).reduce((s, i) => s + i + 1, 0);
console.log(
  JSON.stringify({
    L,
    d,
    rows: nRows,
    workers,
    seconds,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    pairs,
    nsPerPair: (seconds / pairs) * 1e9,
    nsPerPairPerThread: ((seconds * workers) / pairs) * 1e9,
    cpuSeconds,
    cpuNsPerPair: (cpuSeconds / pairs) * 1e9,
    D: r.D,
    firstKeyShare: r.firstKeyShare,
  }),
);
