/**
 * A bounded reader for the header of a GGUF file (llama.cpp's model format): magic, version, the
 * key-value metadata and the tensor table. It never reads tensor data except the few small F32 tensors
 * that hold RoPE parameters (rope_freqs.weight, rope_factors_long/short.weight), each at most 4096 values.
 *
 * Layout (ggml-org/ggml docs/gguf.md; gguf-py/gguf/constants.py GGUFValueType): "GGUF", uint32 version,
 * uint64 tensor_count, uint64 metadata_kv_count, then the key-value pairs (gguf_string key, uint32 type,
 * value), then tensor infos (gguf_string name, uint32 n_dims ≤ 4, uint64 dims[n_dims], uint32 ggml_type,
 * uint64 offset), then padding to general.alignment (default 32) and the tensor data. Strings are a
 * uint64 length and that many UTF-8 bytes; arrays are a uint32 element type, a uint64 count and the elements.
 * All little-endian (v3 allows big-endian files; they are refused here).
 *
 * The file is untrusted: it is read through a file handle in windows, every count and length is checked
 * against the bytes left in the file and against caps before anything is allocated, and values of arrays
 * nobody asked for (the tokenizer's 150k strings) are skipped, not kept.
 */
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { ModelInputError } from "./workload.js";

export const GGUF_TYPES = ["uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "bool", "string", "array", "uint64", "int64", "float64"] as const;
const FIXED_SIZE = [1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8];
const STRING = 8;
const ARRAY = 9;

/** Caps no real GGUF header comes near; past them the file is refused rather than believed. */
export const GGUF_LIMITS = {
  kvCount: 1 << 20,
  tensorCount: 1 << 24,
  /** Keys are at most 65535 bytes by the spec. */
  keyBytes: 65535,
  stringBytes: 64 << 20,
  /** Array elements kept as values; longer arrays are skipped (their elements still bounds-checked). */
  keptArrayLength: 65536,
  smallTensorValues: 4096,
};

export type GgufScalar = number | bigint | boolean | string;
export interface GgufArray {
  elementType: (typeof GGUF_TYPES)[number];
  length: number;
  /** null when the array was longer than GGUF_LIMITS.keptArrayLength and skipped. */
  values: GgufScalar[] | null;
}
export type GgufValue = GgufScalar | GgufArray;

export interface GgufTensorInfo {
  name: string;
  dims: number[];
  ggmlType: number;
  offset: bigint;
}

export interface GgufHeader {
  version: number;
  metadata: Map<string, { type: (typeof GGUF_TYPES)[number]; value: GgufValue }>;
  tensors: GgufTensorInfo[];
  /** Where tensor data starts (aligned). */
  dataStart: number;
  fileSize: number;
}

const WINDOW = 1 << 20;

/** Sequential reads over a file handle through a 1 MiB window; every read checked against the file's end. */
class Cursor {
  pos = 0;
  private buf = Buffer.alloc(0);
  private bufStart = 0;
  constructor(
    private readonly fd: number,
    readonly size: number,
    private readonly file: string,
  ) {}

  get remaining(): number {
    return this.size - this.pos;
  }

  fail(what: string): never {
    throw new ModelInputError(this.file, `malformed GGUF at byte ${this.pos}: ${what}`);
  }

  /** n bytes at the cursor (n already checked by the caller against a cap). */
  bytes(n: number, what: string): Buffer {
    if (n > this.remaining) this.fail(`${what} needs ${n} bytes, ${this.remaining} left in the file (truncated?)`);
    const off = this.pos - this.bufStart;
    if (off >= 0 && off + n <= this.buf.length) {
      this.pos += n;
      return this.buf.subarray(off, off + n);
    }
    if (n > WINDOW) {
      const out = Buffer.alloc(n);
      this.fill(out, this.pos);
      this.pos += n;
      return out;
    }
    this.buf = Buffer.alloc(Math.min(WINDOW, this.remaining));
    this.bufStart = this.pos;
    this.fill(this.buf, this.pos);
    this.pos += n;
    return this.buf.subarray(0, n);
  }

  private fill(into: Buffer, at: number): void {
    let done = 0;
    while (done < into.length) {
      const got = readSync(this.fd, into, done, into.length - done, at + done);
      if (got === 0) this.fail("the file ended early");
      done += got;
    }
  }

  u32(what: string): number {
    return this.bytes(4, what).readUInt32LE(0);
  }
  /** A uint64 as a number, refused when past 2^53 (no real count or length is). */
  u64(what: string): number {
    const v = this.bytes(8, what).readBigUInt64LE(0);
    if (v > BigInt(Number.MAX_SAFE_INTEGER)) this.fail(`${what} = ${v} is absurd`);
    return Number(v);
  }
  string(cap: number, what: string): string {
    const n = this.u64(`${what} length`);
    if (n > cap) this.fail(`${what} length ${n} exceeds ${cap} bytes`);
    if (n > this.remaining) this.fail(`${what} length ${n} exceeds the ${this.remaining} bytes left (truncated?)`);
    return this.bytes(n, what).toString("utf8");
  }
  skip(n: number, what: string): void {
    if (n > this.remaining) this.fail(`${what} needs ${n} bytes, ${this.remaining} left in the file (truncated?)`);
    this.pos += n;
  }
}

function scalar(c: Cursor, type: number, what: string): GgufScalar {
  switch (type) {
    case 0:
      return c.bytes(1, what).readUInt8(0);
    case 1:
      return c.bytes(1, what).readInt8(0);
    case 2:
      return c.bytes(2, what).readUInt16LE(0);
    case 3:
      return c.bytes(2, what).readInt16LE(0);
    case 4:
      return c.bytes(4, what).readUInt32LE(0);
    case 5:
      return c.bytes(4, what).readInt32LE(0);
    case 6:
      return c.bytes(4, what).readFloatLE(0);
    case 7: {
      const b = c.bytes(1, what).readUInt8(0);
      if (b > 1) c.fail(`${what}: bool byte ${b} is neither 0 nor 1`);
      return b === 1;
    }
    case 8:
      return c.string(GGUF_LIMITS.stringBytes, what);
    case 10:
      return c.bytes(8, what).readBigUInt64LE(0);
    case 11:
      return c.bytes(8, what).readBigInt64LE(0);
    case 12:
      return c.bytes(8, what).readDoubleLE(0);
    default:
      return c.fail(`${what}: value type ${type} is not a GGUF type (0–12)`);
  }
}

function value(c: Cursor, type: number, key: string): GgufValue {
  if (type !== ARRAY) return scalar(c, type, `value of ${key}`);
  const et = c.u32(`element type of ${key}`);
  if (et > 12 || et === ARRAY) c.fail(`${key}: array element type ${et} is not supported (0–12 except array)`);
  const length = c.u64(`length of ${key}`);
  // Every element takes at least its fixed size (strings: their 8-byte length), so a count the rest of
  // the file cannot hold is refused before any element is read.
  const minSize = et === STRING ? 8 : FIXED_SIZE[et]!;
  if (length * minSize > c.remaining) c.fail(`${key}: ${length} elements of ≥ ${minSize} bytes exceed the ${c.remaining} bytes left`);
  if (length > GGUF_LIMITS.keptArrayLength) {
    if (et === STRING) for (let i = 0; i < length; i++) c.skip(c.u64(`${key}[${i}] length`), `${key}[${i}]`);
    else c.skip(length * minSize, key);
    return { elementType: GGUF_TYPES[et]!, length, values: null };
  }
  const values: GgufScalar[] = [];
  for (let i = 0; i < length; i++) values.push(scalar(c, et, `${key}[${i}]`));
  return { elementType: GGUF_TYPES[et]!, length, values };
}

/** Reads the header, metadata and tensor table of a GGUF file; the tensor data stays unread. */
export function readGgufHeader(path: string): GgufHeader {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    throw new ModelInputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
  try {
    const c = new Cursor(fd, fstatSync(fd).size, path);
    if (c.size < 4 || c.bytes(4, "magic").toString("latin1") !== "GGUF") {
      c.pos = 0;
      c.fail(`bad magic: expected the bytes "GGUF"`);
    }
    const version = c.u32("version");
    if (version === 1) c.fail("GGUF version 1 (32-bit counts) is not supported; convert the file with a current llama.cpp");
    if (version !== 2 && version !== 3) c.fail(version > 0xffff ? `version ${version} (a big-endian GGUF?) is not supported` : `version ${version}: expected 2 or 3`);
    const tensorCount = c.u64("tensor_count");
    const kvCount = c.u64("metadata_kv_count");
    if (kvCount > GGUF_LIMITS.kvCount) c.fail(`metadata_kv_count ${kvCount} exceeds ${GGUF_LIMITS.kvCount}`);
    // The smallest pair: an empty key (8), a type (4) and a 1-byte value.
    if (kvCount * 13 > c.remaining) c.fail(`metadata_kv_count ${kvCount} cannot fit in the ${c.remaining} bytes left`);
    if (tensorCount > GGUF_LIMITS.tensorCount) c.fail(`tensor_count ${tensorCount} exceeds ${GGUF_LIMITS.tensorCount}`);
    const metadata: GgufHeader["metadata"] = new Map();
    for (let i = 0; i < kvCount; i++) {
      const key = c.string(GGUF_LIMITS.keyBytes, `key ${i}`);
      const type = c.u32(`type of ${key}`);
      if (type > 12) c.fail(`${key}: value type ${type} is not a GGUF type (0–12)`);
      if (metadata.has(key)) c.fail(`key ${JSON.stringify(key)} appears twice`);
      metadata.set(key, { type: GGUF_TYPES[type]!, value: value(c, type, key) });
    }
    // The smallest tensor info: empty name (8), n_dims (4), type (4), offset (8).
    if (tensorCount * 24 > c.remaining) c.fail(`tensor_count ${tensorCount} cannot fit in the ${c.remaining} bytes left`);
    const tensors: GgufTensorInfo[] = [];
    for (let i = 0; i < tensorCount; i++) {
      const name = c.string(GGUF_LIMITS.keyBytes, `tensor ${i} name`);
      const nDims = c.u32(`n_dims of ${name}`);
      if (nDims > 4) c.fail(`${name}: n_dims ${nDims} exceeds GGML_MAX_DIMS = 4`);
      const dims: number[] = [];
      for (let k = 0; k < nDims; k++) dims.push(c.u64(`dims[${k}] of ${name}`));
      const ggmlType = c.u32(`type of ${name}`);
      const offset = c.bytes(8, `offset of ${name}`).readBigUInt64LE(0);
      tensors.push({ name, dims, ggmlType, offset });
    }
    const al = metadata.get("general.alignment");
    let alignment = 32;
    if (al !== undefined) {
      if (al.type !== "uint32" || typeof al.value !== "number" || al.value === 0 || (al.value & (al.value - 1)) !== 0 || al.value > 1 << 20)
        c.fail(`general.alignment must be a uint32 power of two ≤ 2^20, got ${String(al.value)}`);
      alignment = al.value as number;
    }
    const dataStart = Math.ceil(c.pos / alignment) * alignment;
    return { version, metadata, tensors, dataStart, fileSize: c.size };
  } finally {
    closeSync(fd);
  }
}

/**
 * The values of a small F32 tensor (RoPE factors), or null when the file has no tensor of that name.
 * Shape, type and byte range are checked before anything is read.
 */
export function readSmallF32Tensor(path: string, header: GgufHeader, name: string): Float32Array | null {
  const t = header.tensors.find((x) => x.name === name);
  if (!t) return null;
  const n = t.dims.reduce((a, b) => a * b, 1);
  if (t.ggmlType !== 0) throw new ModelInputError(path, `tensor ${name}: expected type F32 (0), got ggml type ${t.ggmlType}`);
  if (t.dims.length !== 1 || n < 1 || n > GGUF_LIMITS.smallTensorValues) throw new ModelInputError(path, `tensor ${name}: expected a vector of 1–${GGUF_LIMITS.smallTensorValues} values, got dims [${t.dims.join(", ")}]`);
  const start = BigInt(header.dataStart) + t.offset;
  if (start + BigInt(4 * n) > BigInt(header.fileSize)) throw new ModelInputError(path, `tensor ${name}: its ${4 * n} bytes at offset ${t.offset} lie past the end of the file (truncated?)`);
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(4 * n);
    let done = 0;
    while (done < buf.length) {
      const got = readSync(fd, buf, done, buf.length - done, Number(start) + done);
      if (got === 0) throw new ModelInputError(path, `tensor ${name}: the file ended early`);
      done += got;
    }
    const out = new Float32Array(n);
    for (let i = 0; i < n; i++) out[i] = buf.readFloatLE(4 * i);
    return out;
  } finally {
    closeSync(fd);
  }
}
