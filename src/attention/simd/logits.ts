/**
 * Attention logits of fp32-accumulating score pipelines on WebAssembly SIMD, bit for bit those of
 * scoreFunctions' `logit` (score.ts): two keys per f64x2 vector, each lane running the scalar code's
 * operations in its order —
 *     bs = fround(bs + q[t]·k[t]) over a block of t, s = fround(s + bs) over blocks, logit = fround(s·inv)
 * — with fround as f32x4.demote_f64x2_zero then f64x2.promote_low_f32x4 (the same round-to-nearest-even
 * to f32, and exact back), and every product and sum an IEEE fp64 operation as in JavaScript. A
 * sequential order is one block of d (its first block sum, fround(0 + bs), is bs itself). NaN payloads
 * are the one thing the two may not share, so the host recomputes every NaN logit with the scalar code.
 */
import { F64, Func, I32, V128, emitModule, f64c, f64load, forRange, get, i32add, i32c, i32geU, i32mul, i32shl, load64Lane, load64Zero, set, simd, SIMD, store, when } from "../../rope/simd/wasm-emit.js";
import type { WasmMemory } from "../../rope/simd/signatures.js";
import { type WasmModule, wasm } from "../../rope/simd/wasm-api.js";

/**
 * logitsF32(q, k, n, d, block, inv, out): for keys j < n (n even) of k (n × d fp64, row-major) and the
 * query q (d fp64): out[j] = the blocked fp32 logit above (fp64 array).
 */
function logitsFunc(): Func {
  const f = new Func("logitsF32", [I32, I32, I32, I32, I32, F64, I32], []);
  const [q, k, n, d, blockSize, inv, out] = [0, 1, 2, 3, 4, 5, 6];
  const j = f.local(I32);
  const b = f.local(I32);
  const t = f.local(I32);
  const end = f.local(I32);
  const ka = f.local(I32);
  const rowBytes = f.local(I32);
  const s = f.local(V128);
  const bs = f.local(V128);
  const kv = f.local(V128);
  const r32 = (v: number[]): number[] => simd(SIMD.f64x2_promote_low_f32x4, simd(SIMD.f32x4_demote_f64x2_zero, v));
  const zero = simd(SIMD.f64x2_splat, f64c(0));
  const at = (base: number[], e: number[]): number[] => i32add(base, i32shl(e, i32c(3)));
  f.body = [
    ...set(rowBytes, i32shl(get(d), i32c(3))),
    ...forRange(
      j,
      i32c(0),
      get(n),
      2,
      set(ka, i32add(get(k), i32mul(get(j), get(rowBytes)))),
      set(s, zero),
      forRange(
        b,
        i32c(0),
        get(d),
        1,
        set(end, i32add(get(b), get(blockSize))),
        when(i32geU(get(end), get(d)), set(end, get(d))),
        set(bs, zero),
        forRange(
          t,
          get(b),
          get(end),
          1,
          set(kv, load64Lane(i32add(at(get(ka), get(t)), get(rowBytes)), load64Zero(at(get(ka), get(t))), 1)),
          set(bs, r32(simd(SIMD.f64x2_add, get(bs), simd(SIMD.f64x2_mul, simd(SIMD.f64x2_splat, f64load(at(get(q), get(t)))), get(kv))))),
        ),
        set(s, r32(simd(SIMD.f64x2_add, get(s), get(bs)))),
        // The outer loop steps by 1; jump b to the block's end (the loop adds the 1).
        set(b, i32add(get(end), i32c(-1))),
      ),
      store(at(get(out), get(j)), r32(simd(SIMD.f64x2_mul, get(s), simd(SIMD.f64x2_splat, get(inv))))),
    ),
  ];
  return f;
}

/** The module's bytes (exported for tests). */
export function logitsModuleBytes(): Uint8Array {
  return emitModule([logitsFunc()], { kind: "own", pages: 1, data: new Uint8Array(0) });
}

interface LogitsExports {
  memory: WasmMemory;
  logitsF32(q: number, k: number, n: number, d: number, block: number, inv: number, out: number): void;
}

/** Compiled once per thread: a memo of a pure function (the same bytes every time); null without WebAssembly SIMD. */
let compiled: WasmModule | null | undefined;

function instantiate(): LogitsExports | null {
  if (compiled === undefined) {
    compiled = null;
    try {
      const bytes = logitsModuleBytes();
      if (wasm !== undefined && wasm.validate(bytes)) compiled = new wasm.Module(bytes);
    } catch {
      compiled = null;
    }
  }
  if (compiled === null || wasm === undefined) return null;
  return new wasm.Instance(compiled, {}).exports as LogitsExports;
}

/** Largest key array copied into the kernel's memory (bytes); longer ones stay on the scalar path. */
const MAX_KEY_BYTES = 1 << 30;

/** A batch logit function over keys, and how many (query, key) pairs it computed on SIMD. */
export interface SimdLogits {
  /**
   * out[j] = logit(q at qi, key j of k) for j < n, bit for bit `scalar`'s; returns false (out
   * unspecified) when it cannot run (k too large), and the caller uses the scalar logit.
   */
  row(q: Float64Array, qi: number, k: Float64Array, n: number, out: Float64Array): boolean;
  pairs(): number;
}

/**
 * The SIMD logits for head dim d, block size `block` (d for a sequential order) and scale `inv` (1
 * when q was scaled before), or null without WebAssembly SIMD. `scalar` is the pipeline's own logit,
 * used for an odd last key and to recompute NaN logits. The kernel's memory keeps copies of the last
 * two key arrays it was given (keys are reused by every query row: callers must not change a key array
 * between calls).
 */
export function simdLogits(d: number, block: number, inv: number, scalar: (q: ArrayLike<number>, qi: number, k: ArrayLike<number>, kj: number) => number): SimdLogits | null {
  const e = instantiate();
  if (e === null) return null;
  // Layout: the query at 0, the logits at OUT (room for outCap keys), then the last two key arrays given
  // (attentionShift alternates between the keys of its two shifts), each copied in once. The memory
  // grows only when a key array is copied in, and at least by half its size (growing copies it).
  const cached: { k: Float64Array; length: number; at: number }[] = [];
  let pairs = 0;
  const Q = 0;
  const OUT = Math.ceil((d * 8) / 16) * 16;
  let outCap = 0;
  let f64 = new Float64Array(e.memory.buffer);
  const ensure = (bytes: number): void => {
    const have = e.memory.buffer.byteLength;
    if (have < bytes) {
      e.memory.grow(Math.ceil(Math.max(bytes - have, have / 2) / 65536));
      f64 = new Float64Array(e.memory.buffer);
    }
  };
  const keysAt = (k: Float64Array): number => {
    const hit = cached.find((c) => c.k === k && c.length === k.length);
    if (hit) return hit.at;
    const keys = Math.ceil(k.length / d);
    if (keys > outCap) {
      outCap = keys;
      cached.length = 0; // the keys move: copy them in again
    }
    if (cached.length === 2) cached.length = 0;
    const at = cached.length === 0 ? OUT + Math.ceil((outCap * 8) / 16) * 16 : cached[0]!.at + cached[0]!.length * 8;
    ensure(at + k.length * 8);
    f64.set(k, at / 8);
    cached.push({ k, length: k.length, at });
    return at;
  };
  return {
    row(q, qi, k, n, out) {
      if (k.length * 8 > MAX_KEY_BYTES) return false;
      const at = keysAt(k);
      f64.set(q.subarray(qi, qi + d), Q / 8);
      const even = n & ~1;
      e.logitsF32(Q, at, even, d, Math.min(block, d), inv, OUT);
      out.set(f64.subarray(OUT / 8, OUT / 8 + even));
      for (let j = 0; j < even; j++) if (Number.isNaN(out[j]!)) out[j] = scalar(q, qi, k, j * d);
      if (even < n) out[n - 1] = scalar(q, qi, k, (n - 1) * d);
      pairs += even;
      return true;
    },
    pairs: () => pairs,
  };
}
