/**
 * attention.shift at long context, in its own process so its peak memory (maxRSS) is its own:
 * `node dist/bench/attention-long.js [L] [rows]` (default L = 131072, 64 sampled query rows, d = 128,
 * zoo hf in bf16, full causal scheme, shifts 0 and 16). Prints JSON: seconds, maxRssMiB, D, firstKeyShare.
 */
import { FLASH_SCORE, attentionShift, createRng, sampleVectors, zooKernel } from "../src/index.js";

const L = Number(process.argv[2] ?? 131072);
const nRows = Number(process.argv[3] ?? 64);
const d = 128;
const rng = createRng(1);
const q = sampleVectors(rng, "bf16", L, d);
const k = sampleVectors(rng, "bf16", L, d);
const rows = Array.from({ length: nRows }, (_, r) => Math.floor(((r + 0.5) * L) / nRows));
const t = performance.now();
const r = await attentionShift({ kernel: zooKernel("hf"), headDim: d, q, k, docLengths: [L], scheme: "full", score: FLASH_SCORE, shifts: [0, 16], rows });
const seconds = (performance.now() - t) / 1000;
console.log(JSON.stringify({ L, d, rows: nRows, seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024, D: r.D, firstKeyShare: r.firstKeyShare }));
