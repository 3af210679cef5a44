/**
 * `attention_pairs_per_s_vs_torch_fp32`: the shift measure's row loop (logits, fp32 softmax and the
 * per-key sums of both shifts, src/attention/shift-rows.ts) for the emulated `hf` bf16 kernel under
 * FLASH_SCORE, in (row × key) pairs per second, against PyTorch's fp32 `q @ k.T` + softmax on the same
 * shape (bench/peers/torch_attention.py), one thread each. Ours computes causal rows (row i: i + 1 keys,
 * for each of the two shifts: 2·(i + 1) pairs); torch computes full rows (L pairs each). Each side's rate
 * counts the pairs it computes.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { FLASH_SCORE, createRng, sampleVectors, zooKernel } from "../src/index.js";
import { columnCounts, packSequence } from "../src/attention/packing.js";
import { scoreFunctions } from "../src/attention/score.js";
import { type ShiftRowsInput, accumulateShiftRows, newShiftSums } from "../src/attention/shift-rows.js";
import { best } from "./timing.js";

const PYTHON = "/usr/bin/python3";
const here = fileURLToPath(new URL(".", import.meta.url));
const torchScript = fileURLToPath(new URL("../../bench/peers/torch_attention.py", import.meta.url));

/** Our row loop's pairs per second at length L over `nRows` rows spread evenly, and its counters. */
export async function ourAttentionRate(L: number, d: number, nRows: number, reps: number, simd = true): Promise<{ pairsPerS: number; pairs: number; seconds: number; fusedRows: number }> {
  const kernel = zooKernel("hf");
  const rng = createRng(L + 1);
  const q = sampleVectors(rng, "bf16", L, d);
  const k = sampleVectors(rng, "bf16", L, d);
  const rows = Array.from({ length: nRows }, (_, r) => Math.floor(((r + 0.5) * L) / nRows));
  const seq1 = packSequence([L], "full", 0);
  const seq2 = packSequence([L], "full", 16);
  const qRows = new Float64Array(nRows * d);
  rows.forEach((i, r) => qRows.set(q.subarray(i * d, (i + 1) * d), r * d));
  const at = (seq: typeof seq1, idx: readonly number[]): Float64Array => Float64Array.from(idx, (i) => seq.positions[i]!);
  const all = Array.from({ length: L }, (_, i) => i);
  const q1 = await kernel.rotate(qRows, at(seq1, rows), d);
  const q2 = await kernel.rotate(qRows, at(seq2, rows), d);
  const k1 = await kernel.rotate(k, at(seq1, all), d);
  const k2 = await kernel.rotate(k, at(seq2, all), d);
  const f = scoreFunctions(FLASH_SCORE, d, kernel.format, { simd });
  const input: ShiftRowsInput = { f, seq1, seq2, qs1: f.prepareQuery(q1), qs2: f.prepareQuery(q2), k1, k2, counts: columnCounts(seq1), d, rows };
  let pairs = 0;
  for (const i of rows) pairs += 2 * (i + 1);
  // The first call copies the keys into the kernels' memory (once per key array); time the row loop.
  accumulateShiftRows(input, 0, Math.min(8, nRows), newShiftSums(L));
  const seconds = best(reps, () => accumulateShiftRows(input, 0, nRows, newShiftSums(L)));
  return { pairsPerS: pairs / seconds, pairs, seconds, fusedRows: f.fusedRows?.()?.counters.rows ?? 0 };
}

interface TorchResult {
  torch: string;
  threads: number;
  seconds: number;
  pairs: number;
}

export async function attentionRowsBench(): Promise<void> {
  const L = 16384;
  const d = 128;
  const nRows = 1024;
  console.log(`# attention rows: emulated hf bf16 under FLASH_SCORE (logits, fp32 softmax, shift sums; both shifts) vs torch fp32 q @ k.T + softmax, L = ${L}, d = ${d}, one thread each`);
  const ours = await ourAttentionRate(L, d, nRows, 3);
  const torchRows = 2048;
  const peer = spawnSync(PYTHON, [torchScript], { input: JSON.stringify({ length: L, dim: d, rows: torchRows, block: 512, repeats: 2, threads: 1 }), encoding: "utf8", cwd: here });
  console.log(
    `pairs counted: ours ${ours.pairs} in ${ours.seconds.toFixed(3)} s (${nRows} causal rows spread over L, row i: i + 1 keys under each of the two shifts, 2·(i + 1) pairs; logits, softmax and the shift sums); torch ${torchRows} × ${L} = ${torchRows * L} (${torchRows} full rows of L keys, in query blocks of 512: q @ k.T and softmax)`,
  );
  if (peer.status !== 0) {
    console.log(`attention_pairs_per_s_vs_torch_fp32: unavailable (${PYTHON} with torch: ${peer.stderr.trim().split("\n").at(-1) ?? peer.error?.message})`);
    return;
  }
  const t = JSON.parse(peer.stdout) as TorchResult;
  const torchRate = t.pairs / t.seconds;
  console.log(
    `attention_pairs_per_s_vs_torch_fp32: ${(ours.pairsPerS / torchRate).toFixed(2)} (ours ${(ours.pairsPerS / 1e6).toFixed(1)} M pairs/s, ${((1 / ours.pairsPerS) * 1e9).toFixed(1)} ns per pair; torch ${t.torch} on ${t.threads} thread ${(torchRate / 1e6).toFixed(1)} M pairs/s, ${((1 / torchRate) * 1e9).toFixed(1)} ns per pair)`,
  );
}
