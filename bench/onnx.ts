/**
 * ONNX Runtime's fp16 RotaryEmbedding (onnxruntime-node: the native CPU kernel, through `onnxKernel`)
 * against its emulation, the `onnxruntime-cpu` zoo kernel in fp16, on the same inputs: S positions × H
 * heads (heads share a position, position-major), d = 128, values on the fp16 grid, positions < 2^16
 * (fp16 caches). A "rotation" is one d = 128 vector. One thread each: onnxKernel creates its sessions with
 * intraOpNumThreads = interOpNumThreads = 1.
 *  - `onnx_fp16_rotations_per_s`: onnxKernel.rotate, what an audit pays (cos/sin caches built in JS by the
 *    zoo front end for the distinct positions, fp16 encode/decode, session.run);
 *  - `onnx_fp16_session_run_rotations_per_s`: session.run alone on pre-built feeds (the native kernel and
 *    ORT's per-run overhead), the same one-node model onnxKernel builds;
 *  - `emulated_onnxruntime_cpu_fp16_bits_rotations_per_s`: the emulation on the tensor as ORT holds it, fp16
 *    patterns in and out (rotateBits on a Uint16Array, the "simd-fp32-bits" path), and
 *    `emulated_onnxruntime_cpu_fp16_rotations_per_s` on fp64 values (rotate, "simd-fp32"), 4× the bytes;
 *  - `ratio_emulated_vs_onnx_session_fp16`: the emulation on fp16 patterns over session.run alone, the like-
 *    for-like comparison (fp16 tensors on both sides); `ratio_emulated_values_vs_onnx_session_fp16` the
 *    same for the fp64-value emulation. What each side's timing holds: session.run is handed pre-built
 *    fp16 cos/sin caches (one row per distinct position) and position ids, so it gathers cache rows and
 *    rotates; the emulation builds its cache rows for the 4,096 distinct positions × 64 frequencies of
 *    this shape (angles, certified SIMD cos/sin, the fp16 cache rounding) on its first two calls and
 *    then, as a model keeps its cos/sin cache across heads and layers, restores them from its last call
 *    with the same positions (src/rope/simd/cache-memo.ts; the line prints how many rows did), then
 *    rotates and rounds to fp16. The input patterns are copied in and the outputs out on every call;
 *  - `bit_identical_onnx_fp16`: fraction of output elements whose fp16 patterns agree (expected 100%);
 *    the same for the ONNX-standard RotaryEmbedding-23 op (untimed).
 * Timings are best-of-7 wall clock, except the two sides of ratio_emulated_vs_onnx_session_fp16: session.run
 * and the emulation on fp16 patterns run in alternating rounds (one call of each per round, best of
 * ROUNDS each), so that both see the same load on a shared machine. Not a test: nothing here asserts.
 */
import { createRng, encodeArray, sampleVectors, zooKernel } from "../src/index.js";
import type { PathName } from "../src/rope/emulate.js";
import { onnxKernel, rotaryFeeds, rotarySession } from "../src/kernels/onnx/kernel.js";
import { bestAsync } from "./timing.js";

const S = 4096;
const H = 8;
const D = 128;
const REPS = 7;
const ROUNDS = 100;

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split("\n")[0]!;

/** Fraction of elements whose fp16 bit patterns agree, and the first disagreement. */
function bitIdentity(a: Float64Array, b: Float64Array): { fraction: number; differing: number; first: string } {
  const ea = encodeArray("fp16", a) as Uint16Array;
  const eb = encodeArray("fp16", b) as Uint16Array;
  let differing = 0;
  let first = "";
  for (let k = 0; k < ea.length; k++)
    if (ea[k] !== eb[k]) {
      if (differing++ === 0) first = `first at element ${k}: onnx ${a[k]} vs emulated ${b[k]}`;
    }
  return { fraction: 1 - differing / ea.length, differing, first };
}

export async function onnxBench(): Promise<void> {
  console.log(`# ONNX Runtime fp16 RotaryEmbedding (onnxruntime-node, contrib op) vs emulated onnxruntime-cpu fp16, ${S} positions × ${H} heads, d = ${D}, one thread, best of ${REPS}`);
  let version = "?";
  try {
    const name = "onnxruntime-node";
    await import(name);
    const { createRequire } = await import("node:module");
    version = (createRequire(import.meta.url)("onnxruntime-node/package.json") as { version: string }).version;
  } catch (e) {
    console.log(`ratio_emulated_vs_onnx_fp16: unavailable (onnxruntime-node not installed: ${firstLine(e)})`);
    return;
  }

  const rng = createRng(5);
  const positions = new Float64Array(S * H);
  for (let p = 0; p < S; p++) {
    const pos = Math.floor(rng() * 2 ** 16);
    for (let h = 0; h < H; h++) positions[p * H + h] = pos;
  }
  const x = sampleVectors(rng, "fp16", S * H, D);

  const onnx = onnxKernel({ variant: "contrib", dtype: "fp16" });
  const emulated = zooKernel("onnxruntime-cpu@fp16");
  let onnxOut: Float64Array;
  try {
    onnxOut = await onnx.rotate(x, positions, D); // creates the session
  } catch (e) {
    console.log(`ratio_emulated_vs_onnx_fp16: unavailable (onnxKernel failed: ${firstLine(e)})`);
    return;
  }
  const out = new Float64Array(x.length);
  const onnxTime = await bestAsync(REPS, () => onnx.rotate(x, positions, D));
  const emuTime = await bestAsync(REPS, () => emulated.rotate(x, positions, D, out));
  const xBits = encodeArray("fp16", x) as Uint16Array;
  const outBits = new Uint16Array(x.length);
  const onnxRate = (S * H) / onnxTime;
  const emuRate = (S * H) / emuTime;
  const ran = (p: PathName): string => `${p} ${emulated.pathStats().rows[p]} rows`;

  // session.run alone: the model and feeds onnxKernel builds, built once outside the timing; then
  // alternating rounds of session.run and rotateBits.
  const feeds = await rotaryFeeds("fp16", emulated, x, positions, D, D / 2);
  const session = await rotarySession({ variant: "contrib", dtype: "fp16", headDim: D, rotaryDim: D, interleaved: false });
  const runOut = (await session.run(feeds)).output!.data as Uint16Array;
  emulated.rotateBits(xBits, positions, D, outBits); // warm-up
  let runTime = Infinity;
  let bitsTime = Infinity;
  for (let r = 0; r < ROUNDS; r++) {
    runTime = Math.min(runTime, await bestAsync(1, () => session.run(feeds)));
    bitsTime = Math.min(bitsTime, await bestAsync(1, () => emulated.rotateBits(xBits, positions, D, outBits)));
  }
  const runRate = (S * H) / runTime;
  const bitsRate = (S * H) / bitsTime;

  const emuOut = emulated.rotate(x, positions, D, out);
  const same = bitIdentity(onnxOut, emuOut);
  const onnxBits = encodeArray("fp16", onnxOut) as Uint16Array;
  let runSame = runOut.length === onnxBits.length;
  for (let k = 0; runSame && k < runOut.length; k++) runSame = runOut[k] === onnxBits[k];

  console.log(`onnx_fp16_rotations_per_s: ${(onnxRate / 1e6).toFixed(3)} M (onnxKernel.rotate: JS cos/sin caches + fp16 encode/decode + session.run; onnxruntime-node ${version}, intraOpNumThreads 1)`);
  console.log(`onnx_fp16_session_run_rotations_per_s: ${(runRate / 1e6).toFixed(3)} M (session.run alone on pre-built feeds, best of ${ROUNDS} rounds alternating with rotateBits${runSame ? "" : "; output DIFFERS from onnxKernel.rotate"})`);
  console.log(`emulated_onnxruntime_cpu_fp16_rotations_per_s: ${(emuRate / 1e6).toFixed(3)} M (rotate on fp64 values, best of ${REPS})`);
  console.log(`emulated_onnxruntime_cpu_fp16_bits_rotations_per_s: ${(bitsRate / 1e6).toFixed(3)} M (rotateBits on fp16 patterns, best of ${ROUNDS} rounds alternating with session.run; ${ran("simd-fp32-bits")}, ${ran("reference")}, ${emulated.pathStats().simd.memoRows} rows from the cos/sin cache memo so far)`);
  console.log(`ratio_emulated_vs_onnx_fp16: ${(emuRate / onnxRate).toFixed(2)} (vs session.run alone ${(emuRate / runRate).toPrecision(2)})`);
  console.log(`ratio_emulated_values_vs_onnx_session_fp16: ${(emuRate / runRate).toFixed(3)} (fp64 values in and out)`);
  console.log(`# emulated onnxruntime-cpu@fp16 on fp16 patterns (its cos/sin cache rows kept from its last call) over session.run alone (cos/sin caches given), rotations/s, one thread each, alternating rounds:`);
  console.log(`ratio_emulated_vs_onnx_session_fp16: ${(bitsRate / runRate).toFixed(3)}`);
  const bitsOut = emulated.rotateBits(xBits, positions, D, outBits) as Uint16Array;
  let bitsDiffer = 0;
  for (let k = 0; k < onnxBits.length; k++) if (bitsOut[k] !== onnxBits[k]) bitsDiffer++;
  console.log(`bit_identical_onnx_fp16_bits: ${((1 - bitsDiffer / onnxBits.length) * 100).toFixed(4)}% of ${onnxBits.length} elements (rotateBits; ${bitsDiffer} differ)`);
  console.log(
    `bit_identical_onnx_fp16: ${(same.fraction * 100).toFixed(4)}% of ${onnxOut.length} elements (${same.differing} differ${same.differing ? `; ${same.first}` : ""})`,
  );
  // The ONNX-standard op (RotaryEmbedding-23) on the same inputs, untimed.
  try {
    const std = bitIdentity(await onnxKernel({ variant: "opset23", dtype: "fp16" }).rotate(x, positions, D), emuOut);
    console.log(`bit_identical_onnx_fp16_opset23: ${(std.fraction * 100).toFixed(4)}% (${std.differing} differ${std.differing ? `; ${std.first}` : ""})`);
  } catch (e) {
    console.log(`bit_identical_onnx_fp16_opset23: unavailable (${firstLine(e)})`);
  }
}
