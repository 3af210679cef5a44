/**
 * How cost grows, one thread, as aligned Markdown-style tables plus one fitted exponent per series (the
 * log-log slope between the smallest and the largest size; 1 means linear):
 *  - emulated `hf` (bf16) rotations vs head dim 64, 128, 256, same rows (4096 positions × 8 heads);
 *  - the same kernel at d = 128 vs the number of distinct positions in the batch (one for every row; one
 *    per 8 heads; one per row): each new position costs a cos/sin cache row (stage computation), rows at
 *    the position of the previous row reuse it;
 *  - attentionShift (hf bf16, full causal scheme, FLASH_SCORE, shifts 0 and 16) vs L = 4096 … 131072 with
 *    16 sampled query rows and d = 128: the whole call (queries rotated at the rows; keys streamed, a block
 *    of 2,048 rotated under both shifts into two reused buffers and scored against the rows, so no L × d
 *    array is made), with the time per (sampled row × L keys) and, separately, the time to rotate the keys
 *    at both shifts the same way, block by block into a reused block (the O(L) part that does not grow
 *    with the rows).
 * Timings are best-of-N wall clock; the whole bench is sized to stay under ~60 s on 2 shared cores.
 * Not a test: nothing here asserts.
 */
import { FLASH_SCORE, attentionShift, createRng, sampleVectors, zooKernel } from "../src/index.js";
import { STREAM_KEY_BLOCK } from "../src/attention/shift-stream.js";
import { best, bestAsync } from "./timing.js";

/** Prints a Markdown table with every column padded to its widest cell: numeric columns right-aligned, text left. */
function table(header: string[], rows: string[][]): void {
  const width = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const numeric = header.map((_, c) => rows.every((r) => /^[\d.%]+$/.test(r[c]!)));
  const line = (cells: string[], pad: (s: string, c: number) => string) => `| ${cells.map(pad).join(" | ")} |`;
  console.log(line(header, (s, c) => s.padEnd(width[c]!)));
  console.log(`|${width.map((w, c) => (numeric[c] ? `${"-".repeat(w + 1)}:` : `:${"-".repeat(w + 1)}`)).join("|")}|`);
  for (const r of rows) console.log(line(r, (s, c) => (numeric[c] ? s.padStart(width[c]!) : s.padEnd(width[c]!))));
}

/** log-log slope between the first and last points. */
const exponent = (sizes: number[], seconds: number[]): number =>
  Math.log(seconds.at(-1)! / seconds[0]!) / Math.log(sizes.at(-1)! / sizes[0]!);

const S = 4096;
const H = 8;
const N = S * H;

/** Position-major positions: `perPosition` consecutive rows share one position, random below 2^20. */
function positionsSharing(perPosition: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const out = new Float64Array(N);
  let pos = 0;
  for (let r = 0; r < N; r++) {
    if (r % perPosition === 0) pos = Math.floor(rng() * 2 ** 20);
    out[r] = pos;
  }
  return out;
}

function headDimSeries(): void {
  const reps = 7;
  console.log(`## emulated hf bf16 RoPE vs head dim: ${N} rows (${S} positions × ${H} heads), best of ${reps}`);
  const kernel = zooKernel("hf");
  const positions = positionsSharing(H, 11);
  const dims = [64, 128, 256];
  const secs: number[] = [];
  const rows: string[][] = [];
  for (const d of dims) {
    const x = sampleVectors(createRng(d), "bf16", N, d);
    const out = new Float64Array(x.length);
    const s = best(reps, () => kernel.rotate(x, positions, d, out));
    secs.push(s);
    rows.push([String(d), (s * 1e3).toFixed(1), (N / s / 1e6).toFixed(3), ((s / (N * (d / 2))) * 1e9).toFixed(2)]);
  }
  table(["d", "ms", "M rotations/s", "ns per pair"], rows);
  console.log(`scaling_hf_rotate_exponent_in_d: ${exponent(dims, secs).toFixed(2)}`);
}

function positionsSeries(): void {
  const reps = 7;
  const d = 128;
  console.log(`## emulated hf bf16 RoPE vs distinct positions per batch: ${N} rows, d = ${d}, best of ${reps}`);
  const kernel = zooKernel("hf");
  const x = sampleVectors(createRng(12), "bf16", N, d);
  const out = new Float64Array(x.length);
  const cases: [string, number][] = [
    ["all rows one position", N],
    [`${H} heads share each position`, H],
    ["every row its own position", 1],
  ];
  const counts: number[] = [];
  const secs: number[] = [];
  const rows: string[][] = [];
  for (const [label, perPosition] of cases) {
    const positions = positionsSharing(perPosition, 13);
    const distinct = N / perPosition;
    const s = best(reps, () => kernel.rotate(x, positions, d, out));
    counts.push(distinct);
    secs.push(s);
    rows.push([label, String(distinct), (s * 1e3).toFixed(1), (N / s / 1e6).toFixed(3)]);
  }
  table(["positions", "distinct", "ms", "M rotations/s"], rows);
  // Marginal cost of one more distinct position (its cos/sin row), against one row's rotation at one position.
  const perPosition = (secs.at(-1)! - secs[0]!) / (counts.at(-1)! - counts[0]!);
  const perRow = secs[0]! / N;
  console.log(`hf_cos_sin_row_us: ${(perPosition * 1e6).toFixed(2)} per distinct position (d = ${d}), vs ${(perRow * 1e6).toFixed(3)} per rotation at a shared position (${(perPosition / perRow).toFixed(1)}×)`);
  console.log(`scaling_hf_rotate_exponent_in_distinct_positions: ${exponent(counts, secs).toFixed(2)} (cost = rotation + cache rows: not a power law)`);
}

async function attentionSeries(): Promise<void> {
  const d = 128;
  const nRows = 16;
  const lengths = [4096, 16384, 65536, 131072];
  // The same estimator at every size (best of 5): a fit of best-of-5 short calls against best-of-2 long
  // ones compares a quiet moment with an ordinary one on a shared machine.
  const reps = 5;
  console.log(`## attentionShift vs L: ${nRows} sampled query rows, d = ${d}, hf bf16, full scheme, FLASH_SCORE, shifts 0 and 16, keys streamed in blocks of ${STREAM_KEY_BLOCK}, best of ${reps} (key rotation timed apart, block by block into a reused block)`);
  const kernel = zooKernel("hf");
  const secs: number[] = [];
  const rows: string[][] = [];
  for (const L of lengths) {
    const rng = createRng(L);
    const q = sampleVectors(rng, "bf16", L, d);
    const k = sampleVectors(rng, "bf16", L, d);
    const sampled = Array.from({ length: nRows }, (_, r) => Math.floor(((r + 0.5) * L) / nRows));
    const s = await bestAsync(reps, () =>
      attentionShift({ kernel, headDim: d, q, k, docLengths: [L], scheme: "full", score: FLASH_SCORE, shifts: [0, 16], rows: sampled }),
    );
    // The O(L) part: rotating every key at both shifts, as attentionShift streams them (a block under each shift).
    const out = new Float64Array(STREAM_KEY_BLOCK * d);
    const pos0 = Float64Array.from({ length: L }, (_, i) => i);
    const pos16 = Float64Array.from({ length: L }, (_, i) => i + 16);
    const rot = best(reps, () => {
      for (let b = 0; b < L; b += STREAM_KEY_BLOCK) {
        const e = Math.min(L, b + STREAM_KEY_BLOCK);
        const keys = k.subarray(b * d, e * d);
        kernel.rotate(keys, pos0.subarray(b, e), d, out.subarray(0, (e - b) * d));
        kernel.rotate(keys, pos16.subarray(b, e), d, out.subarray(0, (e - b) * d));
      }
    });
    secs.push(s);
    rows.push([String(L), s.toFixed(3), ((s / (nRows * L)) * 1e9).toFixed(0), (rot * 1e3).toFixed(0), `${((rot / s) * 100).toFixed(0)}%`]);
  }
  table(["L", "s", "ns per (row × key)", "rotate keys ×2 ms", "rotation share"], rows);
  console.log(`scaling_attention_shift_exponent_in_L: ${exponent(lengths, secs).toFixed(2)}`);
}

export async function scalingBench(): Promise<void> {
  console.log("# cost growth (one thread)");
  headDimSeries();
  positionsSeries();
  await attentionSeries();
}
