/**
 * `npm run bench`: throughput figures, each printed next to a peer run on the same machine in the same
 * run, as a ratio (machines here are shared and noisy; absolute numbers alone mean little).
 *  - roundings per second for bf16, fp16, fp8, tf32, fp32 (roundArray, RNE, single thread), on values in
 *    each format's normal range and on values spread over 2^±20 (subnormals and overflow take the scalar
 *    path); the peer for fp16 is @petamoriken/float16's f16round in the same loop shape.
 *  - the decimal oracle's cos/sin pairs per second at 40 digits vs mpmath (Debian python3-mpmath, run by
 *    /usr/bin/python3) on the same (base, d, position, pair) cases: `ratio_vs_mpmath`, for an audit-shaped
 *    workload (2048 positions per frequency: tables amortise) and a scattered one (256 positions).
 *  - the shift measure's attention rows (logits, fp32 softmax, sums) against PyTorch's fp32 q @ k.T +
 *    softmax on one thread (bench/attention-rows.ts);
 *  - emulated `hf` bf16 against llama.cpp's ggml_rope_ext (f32 and f16, live, in this process; bench/ggml.ts)
 *    on the same shape: `ratio_vs_ggml_f32`;
 *  - ONNX Runtime's fp16 RotaryEmbedding against the emulated onnxruntime-cpu (bench/onnx.ts), and how
 *    cost grows with head dim, distinct positions and L (bench/scaling.ts);
 *  - whole commands on one worker and on two (with their CPU time and the speed-up two cores allow at most,
 *    bench/cpu-at-exit.ts): the default run, reproduce at paper sizes, and
 *    attention.shift at L = 131,072 on sampled rows and at L = 32,768 on every row over two worker
 *    threads (time and peak memory).
 * Timings are best-of-N wall clock. Not a test: nothing here asserts. `npm run bench -- rope oracle` runs
 * only the named sections (rounding, oracle, rope, onnx, attention, scaling, commands).
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { f16round } from "@petamoriken/float16";
import { createDecimalOracle, createRng, decodeArray, encodeArray, round, roundArray, zooKernel, type FormatName, type RopeSpec } from "../src/index.js";
import { type Placement, timeWorkers } from "./rope-workers.js";

import { attentionRowsBench } from "./attention-rows.js";
import { CPU_LINE } from "./cpu-line.js";
import { openGgmlRope } from "./ggml.js";
import { onnxBench } from "./onnx.js";
import { scalingBench } from "./scaling.js";
import { best } from "./timing.js";

const PYTHON = "/usr/bin/python3";
const here = fileURLToPath(new URL(".", import.meta.url));
const peerScript = fileURLToPath(new URL("../../bench/peers/mpmath_cos_sin.py", import.meta.url));
const torchScript = fileURLToPath(new URL("../../bench/peers/torch_rope.py", import.meta.url));

/** 2^22 values: `inRange` inside the format's normal range (what tensors hold), else spread over 2^±20. */
function inputs(format: FormatName | "spread"): Float64Array {
  const n = 1 << 22;
  const rng = createRng(1);
  const src = new Float64Array(n);
  // Exponent span per format: inside the normal range, but wide enough that no one binade dominates.
  const span: Record<string, [number, number]> = {
    spread: [-20, 20],
    bf16: [-40, 40],
    tf32: [-40, 40],
    fp32: [-40, 40],
    fp16: [-13, 14],
    "fp8-e4m3fn": [-5, 7],
    "fp8-e5m2": [-13, 14],
  };
  const [lo, hi] = span[format]!;
  for (let k = 0; k < n; k++) src[k] = (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** (lo + Math.floor(rng() * (hi - lo + 1)));
  return src;
}

function roundingBench(): void {
  console.log("# roundings per second (roundArray, RNE, one thread, 2^22 values, best of 7)");
  const formats: FormatName[] = ["bf16", "fp16", "fp8-e4m3fn", "fp8-e5m2", "tf32", "fp32"];
  const spread = inputs("spread");
  for (const f of formats) {
    const src = inputs(f);
    const dst = new Float64Array(src.length);
    const s = best(7, () => roundArray(f, src, dst));
    const t = best(7, () => roundArray(f, spread, dst));
    console.log(`round_${f}_per_s: ${(src.length / s / 1e6).toFixed(1)} M in the normal range, ${(src.length / t / 1e6).toFixed(1)} M spread over 2^±20`);
  }
  // Peer: @petamoriken/float16's f16round (the fp16 rounding JS users have) on the same inputs.
  for (const [label, src] of [["normal range", inputs("fp16")], ["spread", spread]] as const) {
    const dst = new Float64Array(src.length);
    const peer = best(7, () => {
      for (let k = 0; k < src.length; k++) dst[k] = f16round(src[k]!);
    });
    const ours = best(7, () => roundArray("fp16", src, dst));
    console.log(`ratio_fp16_vs_f16round (${label}): ${(peer / ours).toFixed(2)} (f16round ${(src.length / peer / 1e6).toFixed(1)} M/s)`);
  }
}

interface PeerResult {
  mpmath: string;
  backend: string;
  cos_plus_sin: number;
  cos_sin: number;
}

/** One workload: positions (log-uniform to 2^31) × every pair of two RoPE configs, vs mpmath. */
function oracleWorkload(label: string, nPositions: number, seed: number): void {
  const rng = createRng(seed);
  const ropes: RopeSpec[] = [
    { layout: "neox", base: 10000, headDim: 128 },
    { layout: "neox", base: 500000, headDim: 128 },
  ];
  const positions = Array.from({ length: nPositions }, () => Math.floor(2 ** (rng() * 31)) - 1);
  const cases: [number, number, number, number][] = [];
  for (const rope of ropes) for (const p of positions) for (let i = 0; i < 64; i++) cases.push([rope.base, rope.headDim, p, i]);
  const ropeOf = (base: number): RopeSpec => ropes[base === 10000 ? 0 : 1]!;
  // First pass on a fresh oracle: θ, tables and all. This is what an audit pays.
  const first = best(3, () => {
    const o = createDecimalOracle({ digits: 40 });
    for (const [base, , p, i] of cases) o.cosSin(ropeOf(base), p, i);
  });
  const warmOracle = createDecimalOracle({ digits: 40 });
  for (const [base, , p, i] of cases) warmOracle.cosSin(ropeOf(base), p, i);
  const warm = best(3, () => {
    for (const [base, , p, i] of cases) warmOracle.cosSin(ropeOf(base), p, i);
  });
  const perFirst = first / cases.length;
  const perWarm = warm / cases.length;
  console.log(`## ${label}: ${cases.length} cases (${nPositions} positions × 64 pairs × 2 bases)`);
  console.log(`oracle_us_per_pair: ${(perFirst * 1e6).toFixed(2)} first pass on a fresh oracle, ${(perWarm * 1e6).toFixed(2)} warm`);
  const peer = spawnSync(PYTHON, [peerScript], { input: JSON.stringify({ dps: 40, cases, repeats: 2 }), encoding: "utf8", cwd: here });
  if (peer.status !== 0) {
    console.log(`ratio_vs_mpmath: unavailable (${PYTHON} with mpmath: ${peer.stderr.trim().split("\n").at(-1) ?? peer.error?.message})`);
    return;
  }
  const m = JSON.parse(peer.stdout) as PeerResult;
  console.log(`mpmath_us_per_pair: cos+sin ${(m.cos_plus_sin * 1e6).toFixed(2)}, cos_sin ${(m.cos_sin * 1e6).toFixed(2)} (mpmath ${m.mpmath}, backend ${m.backend})`);
  // Against mpmath's faster API, and our first pass (setup included): the conservative ratio.
  console.log(`ratio_vs_mpmath (${label}): ${(m.cos_sin / perFirst).toFixed(2)} (warm ${(m.cos_sin / perWarm).toFixed(2)})`);
}

function oracleBench(): void {
  console.log("# decimal oracle cos/sin pairs at 40 digits vs mpmath cos_sin at dps 40, same cases");
  oracleWorkload("audit-shaped", 2048, 2);
  oracleWorkload("scattered", 256, 3);
}

/**
 * Emulated `hf` (bf16, d = 128) against PyTorch CPU bf16 on the same shapes: S positions × H heads, each
 * side computing cos/sin once per position (as a model does for all heads) and rotating every head.
 * A "rotation" is one d = 128 vector. The headline `ratio_vs_torch_bf16` rotates the tensor as torch holds
 * it, bf16 patterns (EmulatedKernel.rotateBits on a Uint16Array, in and out); the same rotation on fp64
 * values (rotate on Float64Arrays, the Kernel interface, 4× the bytes) is printed beside it. Single thread
 * on both sides; then the emulation split across two worker_threads (rotation time only, start-up
 * excluded; bench/rope-workers.ts) on SharedArrayBuffers — bf16 patterns for the headline, fp64 values in
 * the kernels' shared WebAssembly memory (read and written in place) and in plain SharedArrayBuffers
 * (copied block by block) for comparison — against the same single-thread torch figure, and next to torch
 * at two threads. Every figure's output is compared with the single thread's fp64 output, bit for bit.
 */
/**
 * Alternating rounds with ggml (three calls of each side per round). Fifteen rather than five: on a
 * shared machine a side's best call depends on how many calls it gets, and both sides get the same.
 */
const GGML_ROUNDS = 15;
/** torch's repeats (best of): as many as the headline's rotateBits calls (7 alone, 3 per round with ggml). */
const TORCH_REPEATS = 7 + 3 * GGML_ROUNDS;

async function ropeBench(): Promise<void> {
  const S = 4096;
  const H = 8;
  const d = 128;
  console.log(`# emulated hf bf16 RoPE vs PyTorch CPU bf16 rotate_half, ${S} positions × ${H} heads, d = ${d}, one thread`);
  const rng = createRng(4);
  const positions = new Float64Array(S * H);
  const x = new Float64Array(S * H * d);
  for (let p = 0; p < S; p++) {
    const pos = Math.floor(rng() * 2 ** 20);
    for (let h = 0; h < H; h++) positions[p * H + h] = pos; // position-major: heads share the cache row
  }
  for (let k = 0; k < x.length; k++) x[k] = round("bf16", (rng() - 0.5) * 4);
  const kernel = zooKernel("hf");
  const out = new Float64Array(x.length); // reused, as torch's allocator reuses its blocks
  const oursF64 = best(7, () => kernel.rotate(x, positions, d, out));
  const xBits = encodeArray("bf16", x) as Uint16Array;
  const outBits = new Uint16Array(x.length);
  let oursBits = best(7, () => kernel.rotateBits(xBits, positions, d, outBits));
  const sameAs = (o: Float64Array): string => (o.every((v, k) => Object.is(v, out[k])) ? "bit-identical to" : "DIFFERS from");
  const f64Rate = (S * H) / oursF64;
  // llama.cpp's ggml_rope_ext on the same shape (f32 and f16 tensors, NeoX, one thread), compute call
  // alone. GGML_ROUNDS rounds, each of three rotateBits calls, three f32 computes and three f16 computes: both
  // sides see the same load over the rounds, and each side's later calls of a round run on warm caches
  // (a round's first call finds them full of the other side's 16-32 MB tensors).
  const tokenPositions = Int32Array.from({ length: S }, (_, p) => positions[p * H]!);
  const g = await openGgmlRope(tokenPositions, H, d, 10000);
  if (typeof g === "string") console.log(`ratio_vs_ggml_f32: unavailable (${g})`);
  else {
    let ours = Infinity;
    let f32 = Infinity;
    let f16 = Infinity;
    try {
      for (let round = 0; round < GGML_ROUNDS; round++) {
        ours = Math.min(ours, best(3, () => kernel.rotateBits(xBits, positions, d, outBits)));
        for (let rep = 0; rep < 3; rep++) f32 = Math.min(f32, g.time("f32"));
        for (let rep = 0; rep < 3; rep++) f16 = Math.min(f16, g.time("f16"));
      }
    } finally {
      g.close();
    }
    oursBits = Math.min(oursBits, ours);
    const rate = (S * H) / ours;
    console.log(`ggml_f32_rotations_per_s: ${((S * H) / f32 / 1e6).toFixed(3)} M (f16 ${((S * H) / f16 / 1e6).toFixed(3)} M; ggml_rope_ext, graph compute alone, n_threads = 1; ${g.source}); ours in the same rounds ${(rate / 1e6).toFixed(3)} M`);
    console.log(`# ratio_vs_ggml_f32: emulated hf bf16 (rotateBits) over ggml's f32 rope_ext, best of ${3 * GGML_ROUNDS} calls each in ${GGML_ROUNDS} alternating rounds; _f16: over its f16 rope_ext`);
    console.log(`ratio_vs_ggml_f32: ${(f32 / ours).toFixed(2)}`);
    console.log(`ratio_vs_ggml_f16: ${(f16 / ours).toFixed(2)}`);
  }
  // The headline rate: the best of every rotateBits call above (7, and 3 per round with ggml); torch
  // gets as many repeats (TORCH_REPEATS).
  const bitsRate = (S * H) / oursBits;
  console.log(`emulated_hf_rotations_per_s: ${(bitsRate / 1e6).toFixed(3)} M (bf16 patterns in and out, rotateBits; output ${sameAs(decodeArray("bf16", outBits))} rotate's)`);
  console.log(`emulated_hf_rotations_per_s_fp64_values: ${(f64Rate / 1e6).toFixed(3)} M (fp64 values in and out, rotate)`);
  // Two workers; each placement's output is compared with the single thread's, bit for bit.
  const rates: Partial<Record<Placement, number>> = {};
  const labels: Record<Placement, [string, string]> = {
    bits: ["emulated_hf_rotations_per_s_2_workers", "bf16 patterns in plain SharedArrayBuffers, rotateBits"],
    "kernel-memory": ["emulated_hf_rotations_per_s_2_workers_fp64_values", "fp64 values in the kernels' shared memory, read and written in place"],
    sab: ["emulated_hf_rotations_per_s_2_workers_fp64_values_plain_sab", "fp64 values in plain SharedArrayBuffers, copied"],
  };
  for (const placement of ["bits", "kernel-memory", "sab"] as const) {
    const w = timeWorkers("hf", x, positions, d, 2, 7, placement);
    const [label, where] = labels[placement];
    if (w === null) {
      console.log(`${label}: unavailable (no shared WebAssembly memory)`);
      continue;
    }
    rates[placement] = (S * H) / w.seconds;
    console.log(`${label}: ${(rates[placement] / 1e6).toFixed(3)} M (${where}; output ${sameAs(w.out)} the single thread's)`);
  }
  const torch = (threads: number): { torch: string; threads: number; seconds: number } | string => {
    const peer = spawnSync(PYTHON, [torchScript], { input: JSON.stringify({ positions: S, heads: H, dim: d, base: 10000, repeats: TORCH_REPEATS, threads }), encoding: "utf8" });
    if (peer.status !== 0) return `${PYTHON} with torch: ${peer.stderr.trim().split("\n").at(-1) ?? peer.error?.message}`;
    return JSON.parse(peer.stdout) as { torch: string; threads: number; seconds: number };
  };
  const t = torch(1);
  if (typeof t === "string") {
    console.log(`ratio_vs_torch_bf16: unavailable (${t})`);
    return;
  }
  const torchRate = (S * H) / t.seconds;
  console.log(`torch_bf16_rotations_per_s: ${(torchRate / 1e6).toFixed(3)} M (torch ${t.torch}, ${t.threads} thread)`);
  // The headline line stays bare (`ratio_vs_torch_bf16: X`) for scripts that read it; what it measures
  // is said on the line before.
  console.log("# ratio_vs_torch_bf16: the tensor in bf16 as torch holds it (rotateBits); _fp64_values: as fp64 values (rotate, 4× the bytes)");
  console.log(`ratio_vs_torch_bf16: ${(bitsRate / torchRate).toFixed(2)}`);
  console.log(`ratio_vs_torch_bf16_fp64_values: ${(f64Rate / torchRate).toFixed(2)}`);
  for (const placement of ["bits", "kernel-memory", "sab"] as const) {
    const rate = rates[placement];
    if (rate === undefined) continue;
    const label = labels[placement][0].replace("emulated_hf_rotations_per_s", "ratio_vs_torch_bf16");
    console.log(`${label}: ${(rate / torchRate).toFixed(2)} (vs torch on one thread)`);
  }
  const t2 = torch(2);
  if (typeof t2 === "string") console.log(`torch_bf16_rotations_per_s_2_threads: unavailable (${t2})`);
  else {
    const rate2 = (S * H) / t2.seconds;
    const vs = rates.bits === undefined ? "" : `; our 2 workers / torch 2 threads = ${(rates.bits / rate2).toFixed(2)}`;
    console.log(`torch_bf16_rotations_per_s_2_threads: ${(rate2 / 1e6).toFixed(3)} M (torch.set_num_threads(${t2.threads})${vs})`);
  }
}

/** Whole commands and the long-context attention run, each in a child process (wall time, peak memory). */
function commandsBench(): void {
  console.log("# whole commands (wall time, this machine)");
  const cli = fileURLToPath(new URL("../src/cli/main.js", import.meta.url));
  const long = fileURLToPath(new URL("./attention-long.js", import.meta.url));
  const cpuAtExit = new URL("./cpu-at-exit.js", import.meta.url).href;
  /**
   * Wall seconds of the command, and its CPU seconds (main thread, whole process) from cpu-at-exit.ts. A
   * command whose workers fill every core runs in a re-launched Node process (src/cli/relaunch.ts) that
   * inherits the preload: its line comes first (it exits first) and is the one read; the waiting parent's
   * own line (about 0.1 s of start-up) follows and is left out.
   */
  const timed = (args: string[]): { wall: number; main: number; cpu: number } => {
    const t = performance.now();
    const r = spawnSync(process.execPath, ["--import", cpuAtExit, ...args], { encoding: "utf8", maxBuffer: 1 << 26 });
    const wall = (performance.now() - t) / 1000;
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed: ${r.stderr}`);
    const m = new RegExp(`^${CPU_LINE} (\\S+) (\\S+)$`, "m").exec(r.stderr);
    return { wall, main: m ? Number(m[1]) : NaN, cpu: m ? Number(m[2]) : NaN };
  };
  // The pool's speed-up on this machine: the same command on one worker and on two (the default here),
  // alternating 1, 2, 1, 2 and keeping each one's best, so that a burst of another process's load lands on
  // one run of each rather than deciding the ratio.
  type Timed = ReturnType<typeof timed>;
  const bestOf2 = (args: string[]): [Timed, Timed] => {
    const a1 = timed([...args, "--workers", "1"]);
    const a2 = timed([...args, "--workers", "2"]);
    const b1 = timed([...args, "--workers", "1"]);
    const b2 = timed([...args, "--workers", "2"]);
    return [a1.wall <= b1.wall ? a1 : b1, a2.wall <= b2.wall ? a2 : b2];
  };
  // What two workers can gain on two cores: a run on one worker already keeps the second core partly busy
  // with V8's own threads (TurboFan compiles, garbage collection), so two workers that do no more work
  // than one finish in at least half its whole-process CPU time: speed-up ≤ 2 × wall / CPU of the
  // one-worker run (docs/performance.md, "Worker scheduling").
  const cpuLine = (name: string, one: Timed, two: Timed): void => {
    console.log(`${name}_cpu_seconds: 1 worker ${one.cpu.toFixed(1)} (main thread ${one.main.toFixed(1)}, V8's background threads ${(one.cpu - one.main).toFixed(1)}), 2 workers ${two.cpu.toFixed(1)}`);
    console.log(`${name}_speedup_bound_2_cores: ${((2 * one.wall) / one.cpu).toFixed(2)} (2 × wall / whole-process CPU of the 1-worker run: the bound were both runs to keep V8's helper threads; two workers re-launch without them, src/cli/relaunch.ts)`);
  };
  const [run1, run2] = bestOf2([cli, "run"]);
  console.log(`default_run_seconds: ${run2.wall.toFixed(1)} (rope-audit run, 2 workers, best of 2: the zoo × 8 properties, series, budgets)`);
  console.log(`default_run_seconds_1_worker: ${run1.wall.toFixed(1)} (speed-up ${(run1.wall / run2.wall).toFixed(2)}×)`);
  cpuLine("run", run1, run2);
  const [paper1, paper2] = bestOf2([cli, "reproduce", "--out", "reports/paper"]);
  console.log(`reproduce_paper_seconds: ${paper2.wall.toFixed(1)} (L = 4096, 19 shifts, 2 workers, best of 2)`);
  console.log(`reproduce_paper_seconds_1_worker: ${paper1.wall.toFixed(1)} (speed-up ${(paper1.wall / paper2.wall).toFixed(2)}×)`);
  cpuLine("reproduce", paper1, paper2);
  console.log(`run_speedup_2_workers: ${(run1.wall / run2.wall).toFixed(2)}`);
  console.log(`reproduce_speedup_2_workers: ${(paper1.wall / paper2.wall).toFixed(2)}`);
  const r = spawnSync(process.execPath, [long], { encoding: "utf8" });
  const j = JSON.parse(r.stdout) as { seconds: number; maxRssMiB: number; rows: number };
  console.log(`attention_shift_L131072_seconds: ${j.seconds.toFixed(1)} (d = 128, ${j.rows} sampled rows, hf bf16)`);
  console.log(`attention_shift_L131072_peak_MiB: ${j.maxRssMiB.toFixed(0)}`);
  // Full-row D: every query row at L = 32,768 on two worker threads, in its own process (its own peak RSS).
  const all = spawnSync(process.execPath, [long, "32768", "all", "2"], { encoding: "utf8" });
  if (all.status !== 0) {
    console.log(`attention_shift_all_rows_L32768_seconds: unavailable (${all.stderr.trim().split("\n").at(-1)})`);
    return;
  }
  const a = JSON.parse(all.stdout) as { seconds: number; maxRssMiB: number; pairs: number; nsPerPair: number; nsPerPairPerThread: number; cpuNsPerPair: number };
  console.log(`attention_shift_all_rows_L32768_seconds: ${a.seconds.toFixed(1)} (every query row, d = 128, hf bf16, flash fp32 score, full causal, 2 workers; goal ≤ 60)`);
  console.log(`attention_shift_all_rows_L32768_peak_MiB: ${a.maxRssMiB.toFixed(0)} (goal ≤ 1024)`);
  console.log(`attention_shift_all_rows_ns_per_pair: ${a.nsPerPair.toFixed(1)} wall, ${a.nsPerPairPerThread.toFixed(1)} per thread, ${a.cpuNsPerPair.toFixed(1)} CPU (${(a.pairs / 1e9).toFixed(2)} G (query row × key) pairs over both shifts)`);
}

// `node dist/bench/run.js [SECTION...]` runs only the named sections (all by default).
const sections: Record<string, () => void | Promise<void>> = {
  rounding: roundingBench,
  oracle: oracleBench,
  rope: ropeBench,
  onnx: onnxBench,
  attention: attentionRowsBench,
  scaling: scalingBench,
  commands: commandsBench,
};
const chosen = process.argv.slice(2);
for (const name of chosen) if (!(name in sections)) throw new Error(`bench: unknown section ${name} (one of ${Object.keys(sections).join(", ")})`);
for (const [name, run] of Object.entries(sections)) if (chosen.length === 0 || chosen.includes(name)) await run();
