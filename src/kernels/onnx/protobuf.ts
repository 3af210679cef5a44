/**
 * The few protobuf wire-format pieces an ONNX model needs (https://protobuf.dev/programming-guides/encoding/):
 * varints, length-delimited fields and fixed32 floats. Enough to build a one-node ModelProto in code.
 */
export type Field = [field: number, value: number | bigint | string | Uint8Array | Field[] | { float: number }];

function varint(out: number[], v: bigint): void {
  let x = BigInt.asUintN(64, v);
  while (x >= 0x80n) {
    out.push(Number(x & 0x7fn) | 0x80);
    x >>= 7n;
  }
  out.push(Number(x));
}

const utf8 = new TextEncoder();

/** Encodes a message given as [field number, value] pairs; nested arrays are sub-messages. */
export function encodeMessage(fields: readonly Field[]): Uint8Array {
  const out: number[] = [];
  for (const [n, v] of fields) {
    if (typeof v === "number" || typeof v === "bigint") {
      varint(out, BigInt(n) << 3n); // wire type 0
      varint(out, BigInt(v));
    } else if (typeof v === "object" && !Array.isArray(v) && !(v instanceof Uint8Array)) {
      varint(out, (BigInt(n) << 3n) | 5n); // fixed32
      const b = new Uint8Array(4);
      new DataView(b.buffer).setFloat32(0, v.float, true);
      out.push(...b);
    } else {
      const bytes = typeof v === "string" ? utf8.encode(v) : v instanceof Uint8Array ? v : encodeMessage(v);
      varint(out, (BigInt(n) << 3n) | 2n);
      varint(out, BigInt(bytes.length));
      for (const b of bytes) out.push(b);
    }
  }
  return Uint8Array.from(out);
}
