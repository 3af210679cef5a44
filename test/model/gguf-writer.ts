/**
 * Writes GGUF files for tests, byte by byte from the format description (ggml docs/gguf.md), sharing no
 * code with the reader: header, metadata, tensor infos, and tensor data only for the tensors given values.
 */
export type Kv =
  | { key: string; type: "u32"; value: number }
  | { key: string; type: "u64"; value: bigint }
  | { key: string; type: "f32"; value: number }
  | { key: string; type: "str"; value: string }
  | { key: string; type: "bool"; value: boolean }
  | { key: string; type: "strs"; value: string[] }
  | { key: string; type: "i32s"; value: number[] };
export interface TensorSpec {
  name: string;
  dims: number[];
  ggmlType: number;
  offset: number;
  /** F32 values written at dataStart + offset; absent: the info is written, the data is not. */
  values?: number[];
}

class Bytes {
  parts: Buffer[] = [];
  get length(): number {
    return this.parts.reduce((s, b) => s + b.length, 0);
  }
  u32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.parts.push(b);
    return this;
  }
  u64(v: bigint | number): this {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.parts.push(b);
    return this;
  }
  f32(v: number): this {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.parts.push(b);
    return this;
  }
  str(s: string): this {
    const b = Buffer.from(s, "utf8");
    this.u64(b.length);
    this.parts.push(b);
    return this;
  }
  raw(b: Buffer): this {
    this.parts.push(b);
    return this;
  }
  done(): Buffer {
    return Buffer.concat(this.parts);
  }
}

export function gguf(kvs: Kv[], tensors: TensorSpec[] = [], alignment = 32): Buffer {
  const w = new Bytes().raw(Buffer.from("GGUF", "latin1")).u32(3).u64(tensors.length).u64(kvs.length);
  for (const kv of kvs) {
    w.str(kv.key);
    switch (kv.type) {
      case "u32":
        w.u32(4).u32(kv.value);
        break;
      case "u64":
        w.u32(10).u64(kv.value);
        break;
      case "f32":
        w.u32(6).f32(kv.value);
        break;
      case "str":
        w.u32(8).str(kv.value);
        break;
      case "bool":
        w.u32(7).raw(Buffer.from([kv.value ? 1 : 0]));
        break;
      case "strs":
        w.u32(9).u32(8).u64(kv.value.length);
        for (const s of kv.value) w.str(s);
        break;
      case "i32s":
        w.u32(9).u32(5).u64(kv.value.length);
        for (const v of kv.value) {
          const b = Buffer.alloc(4);
          b.writeInt32LE(v);
          w.raw(b);
        }
        break;
    }
  }
  for (const t of tensors) {
    w.str(t.name).u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(t.ggmlType).u64(t.offset);
  }
  const pad = (alignment - (w.length % alignment)) % alignment;
  w.raw(Buffer.alloc(pad));
  const withData = tensors.filter((t) => t.values);
  const end = withData.reduce((m, t) => Math.max(m, t.offset + 4 * t.values!.length), 0);
  const data = Buffer.alloc(end);
  for (const t of withData) t.values!.forEach((v, i) => data.writeFloatLE(v, t.offset + 4 * i));
  return Buffer.concat([w.done(), data]);
}
