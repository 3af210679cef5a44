/**
 * A tiny WebAssembly binary emitter: just enough to write the bf16 RoPE kernels (simd/trig.ts,
 * simd/rotation.ts) as readable TypeScript instead of hand-assembled bytes. There is no wat2wasm here and
 * no run-time dependency: every opcode used is a named constant below, checked against the WebAssembly
 * core specification §5.4 (binary format, instructions) and the fixed-width SIMD proposal's opcode table
 * (prefix 0xFD, LEB128 sub-opcode). WebAssembly.validate rejects a module with a wrong opcode or a
 * mistyped stack, test/rope/simd-wat.test.ts decodes every named opcode with WABT and checks its name,
 * and the kernels' tests compare every result with the scalar reference, so a wrong constant cannot go
 * unnoticed.
 *
 * Code is built as nested expressions: each helper returns the bytes of its operands followed by its own
 * opcode, e.g. `simd(SIMD.f32x4_mul, get(a), get(b))` for (f32x4.mul (local.get a) (local.get b)), which
 * keeps the stack discipline visible in the source.
 */

export type Bytes = number[];

/** Value types (§5.3.1). */
export const I32 = 0x7f;
export const I64 = 0x7e;
export const F32 = 0x7d;
export const F64 = 0x7c;
export const V128 = 0x7b;
export type ValType = typeof I32 | typeof I64 | typeof F32 | typeof F64 | typeof V128;

/** Unsigned LEB128 (§5.2.2). */
export function uleb(n: number): Bytes {
  if (n >= 0 && n < 128 && (n | 0) === n) return [n]; // one byte: most indices, opcodes and offsets
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new RangeError(`uleb: ${n}`);
  const out: Bytes = [];
  do {
    let b = n & 0x7f;
    n = Math.floor(n / 128);
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

/** Signed LEB128 of a 32- or 64-bit integer (§5.2.2). */
export function sleb(v: number | bigint): Bytes {
  let n = BigInt(v);
  const out: Bytes = [];
  for (;;) {
    const b = Number(n & 0x7fn);
    n >>= 7n; // arithmetic shift on BigInt
    const done = (n === 0n && (b & 0x40) === 0) || (n === -1n && (b & 0x40) !== 0);
    out.push(done ? b : b | 0x80);
    if (done) return out;
  }
}

/** Core opcodes (§5.4). */
export const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  end: 0x0b,
  br: 0x0c,
  br_if: 0x0d,
  local_get: 0x20,
  local_set: 0x21,
  local_tee: 0x22,
  i32_load: 0x28,
  f32_load: 0x2a,
  f64_load: 0x2b,
  i32_store: 0x36,
  f32_store: 0x38,
  i32_const: 0x41,
  f32_const: 0x43,
  f64_const: 0x44,
  i32_eqz: 0x45,
  f64_ne: 0x62,
  i32_ne: 0x47,
  i32_ge_u: 0x4f,
  i32_add: 0x6a,
  i32_sub: 0x6b,
  i32_mul: 0x6c,
  i32_div_u: 0x6e,
  i32_rem_u: 0x70,
  i32_and: 0x71,
  i32_or: 0x72,
  i32_shl: 0x74,
  f32_add: 0x92,
  f64_add: 0xa0,
  f32_demote_f64: 0xb6,
} as const;

/** Block type "no result" (§5.4.1). */
const EMPTY = 0x40;
const SIMD_PREFIX = 0xfd;

/** SIMD sub-opcodes after the 0xFD prefix (fixed-width SIMD, as merged into the core spec 2.0). */
export const SIMD = {
  v128_load: 0x00,
  v128_load32_splat: 0x09,
  v128_store: 0x0b,
  v128_const: 0x0c,
  i8x16_shuffle: 0x0d,
  i8x16_swizzle: 0x0e,
  i32x4_splat: 0x11,
  f32x4_splat: 0x13,
  f64x2_splat: 0x14,
  i32x4_extract_lane: 0x1b,
  f64x2_extract_lane: 0x21,
  i16x8_lt_u: 0x30,
  i16x8_ge_u: 0x36,
  f32x4_eq: 0x41,
  f32x4_lt: 0x43,
  f32x4_le: 0x45,
  f32x4_ge: 0x46,
  f64x2_le: 0x4b,
  v128_and: 0x4e,
  v128_andnot: 0x4f,
  v128_or: 0x50,
  v128_xor: 0x51,
  v128_bitselect: 0x52,
  v128_any_true: 0x53,
  v128_load64_lane: 0x57,
  v128_store64_lane: 0x5b,
  v128_load64_zero: 0x5d,
  f32x4_demote_f64x2_zero: 0x5e,
  f64x2_promote_low_f32x4: 0x5f,
  // fp32-rotation.ts
  i32x4_eq: 0x37,
  i32x4_lt_s: 0x39,
  i32x4_shr_s: 0xac,
  f64x2_eq: 0x47,
  i16x8_all_true: 0x83,
  i16x8_narrow_i32x4_u: 0x86,
  i16x8_shl: 0x8b,
  i16x8_sub: 0x91,
  i16x8_min_u: 0x97,
  i16x8_max_u: 0x99,
  i32x4_all_true: 0xa3,
  i32x4_shl: 0xab,
  i32x4_shr_u: 0xad,
  i32x4_add: 0xae,
  i32x4_sub: 0xb1,
  i32x4_min_u: 0xb7,
  i32x4_max_u: 0xb9,
  i32x4_lt_u: 0x3a,
  i32x4_gt_s: 0x3b,
  i32x4_gt_u: 0x3c,
  i32x4_ge_u: 0x40,
  i64x2_shl: 0xcb,
  i64x2_shr_s: 0xcc,
  i64x2_add: 0xce,
  i64x2_eq: 0xd6,
  f32x4_abs: 0xe0,
  f32x4_add: 0xe4,
  f32x4_sub: 0xe5,
  f32x4_mul: 0xe6,
  f32x4_div: 0xe7,
  f32x4_max: 0xe9,
  f32x4_pmax: 0xeb,
  f64x2_abs: 0xec,
  f64x2_add: 0xf0,
  f64x2_sub: 0xf1,
  f64x2_mul: 0xf2,
  f64x2_div: 0xf3,
  f64x2_max: 0xf5,
} as const;

// ---------------------------------------------------------------------------------------------------
// Expressions. A "local" is its index; helpers return bytes.

/**
 * The concatenation of byte lists and single bytes, by index: emitting runs once per thread, mostly in
 * V8's interpreter, where spread syntax and flat() over nested lists made most of its cost.
 */
export function cat(...parts: (Bytes | number)[]): Bytes {
  const out: Bytes = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    if (typeof p === "number") out.push(p);
    else for (let i = 0; i < p.length; i++) out.push(p[i]!);
  }
  return out;
}

/** cat of a list of byte lists. */
function catAll(parts: readonly Bytes[]): Bytes {
  const out: Bytes = [];
  for (let k = 0; k < parts.length; k++) {
    const p = parts[k]!;
    for (let i = 0; i < p.length; i++) out.push(p[i]!);
  }
  return out;
}

export const get = (l: number): Bytes => cat(OP.local_get, uleb(l));
export const set = (l: number, v: Bytes): Bytes => cat(v, OP.local_set, uleb(l));
export const tee = (l: number, v: Bytes): Bytes => cat(v, OP.local_tee, uleb(l));
export const i32c = (n: number): Bytes => [OP.i32_const, ...sleb(n | 0)];
export const f64c = (x: number): Bytes => [OP.f64_const, ...bytesOf(new Float64Array([x]))];
export const f32c = (x: number): Bytes => [OP.f32_const, ...bytesOf(new Float32Array([x]))];

const bin = (op: number) => (a: Bytes, b: Bytes): Bytes => cat(a, b, op);
export const i32add = bin(OP.i32_add);
export const i32sub = bin(OP.i32_sub);
export const i32mul = bin(OP.i32_mul);
export const i32divU = bin(OP.i32_div_u);
export const i32remU = bin(OP.i32_rem_u);
export const i32or = bin(OP.i32_or);
export const i32and = bin(OP.i32_and);
export const i32shl = bin(OP.i32_shl);
export const i32ne = bin(OP.i32_ne);
export const i32geU = bin(OP.i32_ge_u);
export const i32eqz = (a: Bytes): Bytes => [...a, OP.i32_eqz];

/** i32.load / i32.store with a constant byte offset (alignment hint 2 = 4 bytes). */
export const i32load = (addr: Bytes, offset = 0): Bytes => [...addr, OP.i32_load, 2, ...uleb(offset)];
export const i32store = (addr: Bytes, v: Bytes, offset = 0): Bytes => [...addr, ...v, OP.i32_store, 2, ...uleb(offset)];
/** f32.load (alignment hint 2 = 4 bytes). */
export const f32load = (addr: Bytes, offset = 0): Bytes => [...addr, OP.f32_load, 2, ...uleb(offset)];
/** f64.load (alignment hint 3 = 8 bytes). */
export const f32store = (addr: Bytes, v: Bytes, offset = 0): Bytes => [...addr, ...v, OP.f32_store, 2, ...uleb(offset)];
export const f64load = (addr: Bytes, offset = 0): Bytes => [...addr, OP.f64_load, 3, ...uleb(offset)];
/** v128.load32_splat: the f32 (or i32) at addr in all four lanes. */
export const load32Splat = (addr: Bytes, offset = 0): Bytes => simdMem(SIMD.v128_load32_splat, addr, [], offset);
/** A lane of an f64x2 vector as a scalar. */
export const f64Lane = (v: Bytes, lane: number): Bytes => [...simd(SIMD.f64x2_extract_lane, v), lane];

/** A SIMD instruction applied to its operands. */
export const simd = (op: number, ...args: Bytes[]): Bytes => cat(catAll(args), SIMD_PREFIX, uleb(op));

/** v128.load / v128.store; alignment hint 0 (1 byte) because rows are only 8-byte aligned. */
export const load = (addr: Bytes, offset = 0): Bytes => simdMem(SIMD.v128_load, addr, [], offset);
export const store = (addr: Bytes, v: Bytes, offset = 0): Bytes => simdMem(SIMD.v128_store, addr, v, offset);
/** Stores 64-bit lane `lane` of v (two f32, or one f64). */
export const store64Lane = (addr: Bytes, v: Bytes, lane: number, offset = 0): Bytes => [...simdMem(SIMD.v128_store64_lane, addr, v, offset), lane];
/** v128.load64_zero: 8 bytes into lane 0 (as i64), lane 1 zero. */
export const load64Zero = (addr: Bytes, offset = 0): Bytes => simdMem(SIMD.v128_load64_zero, addr, [], offset);
/** v128.load64_lane: v with 64-bit lane `lane` replaced by the 8 bytes at addr. */
export const load64Lane = (addr: Bytes, v: Bytes, lane: number, offset = 0): Bytes => [...simdMem(SIMD.v128_load64_lane, addr, v, offset), lane];

function simdMem(op: number, addr: Bytes, v: Bytes, offset: number): Bytes {
  return cat(addr, v, SIMD_PREFIX, uleb(op), 0, uleb(offset));
}

/** v128.const from 16 little-endian bytes of any typed array. */
export function v128c(lanes: Float64Array | Float32Array | Int32Array | BigInt64Array): Bytes {
  const b = bytesOf(lanes);
  if (b.length !== 16) throw new RangeError("v128c: 16 bytes expected");
  return [SIMD_PREFIX, ...uleb(SIMD.v128_const), ...b];
}
export const f64x2c = (x: number): Bytes => v128c(new Float64Array([x, x]));
export const f32x4c = (x: number): Bytes => v128c(new Float32Array([x, x, x, x]));
export const i32x4c = (n: number): Bytes => v128c(new Int32Array([n, n, n, n]));
export const i64x2c = (n: bigint): Bytes => v128c(new BigInt64Array([n, n]));

/** i8x16.shuffle of a and b by 16 byte indices (0–15 select from a, 16–31 from b). */
export function shuffle(a: Bytes, b: Bytes, bytes: readonly number[]): Bytes {
  if (bytes.length !== 16) throw new RangeError("shuffle: 16 lane indices expected");
  return [...a, ...b, SIMD_PREFIX, ...uleb(SIMD.i8x16_shuffle), ...bytes];
}
/** Byte indices selecting 32-bit lanes (0–3 from a, 4–7 from b). */
export const lanes32 = (...l: number[]): number[] => l.flatMap((k) => [4 * k, 4 * k + 1, 4 * k + 2, 4 * k + 3]);

function bytesOf(a: Float64Array | Float32Array | Int32Array | BigInt64Array): Bytes {
  return Array.from(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}

// ---------------------------------------------------------------------------------------------------
// Control.

export const block = (...body: Bytes[]): Bytes => cat(OP.block, EMPTY, catAll(body), OP.end);
export const loop = (...body: Bytes[]): Bytes => cat(OP.loop, EMPTY, catAll(body), OP.end);
export const br = (depth: number): Bytes => cat(OP.br, uleb(depth));
export const brIf = (depth: number, cond: Bytes): Bytes => cat(cond, OP.br_if, uleb(depth));
export const when = (cond: Bytes, ...body: Bytes[]): Bytes => cat(cond, OP.if, EMPTY, catAll(body), OP.end);

/**
 * for (i = from; i < to; i += step) body — i32 counter compared unsigned; `to` is re-evaluated each
 * iteration, so pass a local. Inside `body`, depth 0 is the loop and depth 1 the enclosing block.
 */
export function forRange(i: number, from: Bytes, to: Bytes, step: number, ...body: Bytes[]): Bytes {
  return cat(set(i, from), block(brIf(0, i32geU(get(i), to)), loop(catAll(body), set(i, i32add(get(i), i32c(step))), brIf(0, cat(i32geU(get(i), to), OP.i32_eqz)))));
}

// ---------------------------------------------------------------------------------------------------
// Functions and the module.

export class Func {
  readonly locals: ValType[] = [];
  body: Bytes = [];
  constructor(
    readonly name: string,
    readonly params: readonly ValType[],
    readonly results: readonly ValType[],
  ) {}
  /** A fresh local of type t; returns its index. */
  local(t: ValType): number {
    this.locals.push(t);
    return this.params.length + this.locals.length - 1;
  }
}

function vec(items: Bytes[]): Bytes {
  return cat(uleb(items.length), catAll(items));
}

function section(id: number, content: Bytes): Bytes {
  return cat(id, uleb(content.length), content);
}

function name(s: string): Bytes {
  const b = Array.from(new TextEncoder().encode(s));
  return [...uleb(b.length), ...b];
}

/**
 * v128 constants kept in linear memory (a data segment at address 0) and loaded where used: V8 builds an
 * inline v128.const from general registers (three instructions) or keeps it in a register that the loop
 * then spills and reloads; a load from the pool is one instruction.
 */
export class ConstPool {
  private readonly bytes: number[] = [];
  private readonly index = new Map<string, number>();
  /** Bytes of a v128.load of the constant with these 16 bytes. */
  v128(lanes: Float64Array | Float32Array | Int32Array | BigInt64Array): Bytes {
    const b = bytesOf(lanes);
    const k = b.join(",");
    let addr = this.index.get(k);
    if (addr === undefined) {
      addr = this.bytes.length;
      this.bytes.push(...b);
      this.index.set(k, addr);
    }
    return load(i32c(0), addr);
  }
  f64x2 = (x: number): Bytes => this.v128(new Float64Array([x, x]));
  f32x4 = (x: number): Bytes => this.v128(new Float32Array([x, x, x, x]));
  i32x4 = (n: number): Bytes => this.v128(new Int32Array([n, n, n, n]));
  i64x2 = (n: bigint): Bytes => this.v128(new BigInt64Array([n, n]));
  get data(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** How the module gets its memory. */
export type ModuleMemory =
  /** Its own memory of `pages` × 64 KiB (growable), with `data` (a ConstPool's contents) at address 0. */
  | { kind: "own"; pages: number; data: Uint8Array }
  /** A shared memory imported as env.memory (§5.5.5: limits flag 0x03 = min, max, shared); no data. */
  | { kind: "imported-shared"; maxPages: number };

/** A module with the exported functions and its memory, also exported as "memory". */
export function emitModule(funcs: readonly Func[], memory: ModuleMemory): Uint8Array {
  const types = funcs.map((f) => [0x60, ...vec(f.params.map((t) => [t])), ...vec(f.results.map((t) => [t]))]);
  const bodies = funcs.map((f) => {
    // Locals are declared as runs of one type (§5.5.13).
    const runs: Bytes[] = [];
    for (let k = 0; k < f.locals.length; ) {
      let n = 1;
      while (k + n < f.locals.length && f.locals[k + n] === f.locals[k]) n++;
      runs.push([...uleb(n), f.locals[k]!]);
      k += n;
    }
    const code = cat(vec(runs), f.body, OP.end);
    return cat(uleb(code.length), code);
  });
  const imported = memory.kind === "imported-shared";
  const bytes = cat(
    [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00], // "\0asm", version 1
    section(1, vec(types)),
    imported ? section(2, vec([cat(name("env"), name("memory"), 0x02, 0x03, uleb(1), uleb(memory.maxPages))])) : [],
    section(3, vec(funcs.map((_, k) => uleb(k)))),
    imported ? [] : section(5, vec([cat(0x00, uleb(memory.pages))])), // limits: min only
    section(7, vec([cat(name("memory"), 0x02, 0x00), ...funcs.map((f, k) => cat(name(f.name), 0x00, uleb(k)))])),
    section(10, vec(bodies)),
    // An active data segment at address 0 (§5.5.14: flag 0, offset expression i32.const 0).
    imported ? [] : section(11, vec([cat(0x00, i32c(0), OP.end, uleb(memory.data.length), Array.from(memory.data))])),
  );
  return Uint8Array.from(bytes);
}

/** Constants of a function held in locals, each set once in `init` before its loops rather than loaded at each use. */
export interface Hoisted {
  f64x2(x: number): Bytes;
  f32x4(x: number): Bytes;
  i32x4(x: number): Bytes;
  v128(lanes: Float64Array | Float32Array | Int32Array | BigInt64Array): Bytes;
  init: Bytes[];
}

export function hoister(f: Func, pool: ConstPool): Hoisted {
  const init: Bytes[] = [];
  const locals = new Map<string, number>();
  const hoist = (load: Bytes): Bytes => {
    const key = load.join(",");
    let l = locals.get(key);
    if (l === undefined) {
      l = f.local(V128);
      locals.set(key, l);
      init.push(set(l, load));
    }
    return get(l);
  };
  return { f64x2: (x) => hoist(pool.f64x2(x)), f32x4: (x) => hoist(pool.f32x4(x)), i32x4: (x) => hoist(pool.i32x4(x)), v128: (lanes) => hoist(pool.v128(lanes)), init };
}
