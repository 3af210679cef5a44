/**
 * The safetensors reader/writer: round trips, a file laid out by hand from the spec, every malformed
 * input the reader must refuse in one line naming the file, and a fast-check fuzz test of ≥ 10^4 mutated
 * files that may only parse or throw a SafetensorsError (no other exception, no runaway allocation).
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { round } from "../../src/index.js";
import { SafetensorsError, readSafetensors, tensorFrom, tensorValues, writeSafetensors } from "../../src/kernels/fixture/safetensors.js";

const SEED = 515;
console.log(`safetensors fuzz seed ${SEED}`);

function sample(): Uint8Array {
  return writeSafetensors(
    {
      q: tensorFrom("BF16", [2, 4], [1, -2, 0.5, 3.140625, 0, -0, 65280, 1e-40]),
      pos_q: tensorFrom("I64", [2], [0, 2 ** 31 - 1]),
      k: tensorFrom("F16", [1, 4], [1, 0.0999755859375, -65504, 6e-8]),
      f: tensorFrom("F32", [3], [Math.fround(0.1), -1, 2 ** -140]),
      d: tensorFrom("F64", [2], [0.1, -Math.PI]),
      i: tensorFrom("I32", [2], [-7, 2 ** 31 - 1]),
    },
    { rope_audit_version: "1", dtype: "bf16" },
  );
}

describe("round trip", () => {
  test("every dtype reads back as written; the header is 8-byte aligned", () => {
    const file = sample();
    const n = Number(new DataView(file.buffer).getBigUint64(0, true));
    expect((8 + n) % 8).toBe(0);
    const r = readSafetensors(file, "sample.safetensors");
    expect(r.metadata).toEqual({ rope_audit_version: "1", dtype: "bf16" });
    const v = (name: string) => Array.from(tensorValues(r.tensors.get(name)!, name));
    // 1e-40 is written as its bf16 rounding, a subnormal (not zero).
    expect(v("q")).toEqual([1, -2, 0.5, 3.140625, 0, -0, 65280, round("bf16", 1e-40)]);
    expect(v("q")[7]).toBeGreaterThan(0);
    expect(v("pos_q")).toEqual([0, 2 ** 31 - 1]);
    expect(v("k")).toEqual([1, 0.0999755859375, -65504, 5.960464477539063e-8]);
    expect(v("f")).toEqual([Math.fround(0.1), -1, 2 ** -140]);
    expect(v("d")).toEqual([0.1, -Math.PI]);
    expect(v("i")).toEqual([-7, 2 ** 31 - 1]);
    expect(r.tensors.get("q")!.shape).toEqual([2, 4]);
  });

  test("a Node Buffer inside a larger ArrayBuffer (as readFileSync returns) reads correctly", () => {
    const file = sample();
    const pool = Buffer.alloc(file.length + 13);
    pool.set(file, 13);
    const buf = pool.subarray(13);
    const r = readSafetensors(buf, "pooled.safetensors");
    expect(Array.from(tensorValues(r.tensors.get("pos_q")!, "pos_q"))).toEqual([0, 2 ** 31 - 1]);
    expect(Array.from(tensorValues(r.tensors.get("d")!, "d"))).toEqual([0.1, -Math.PI]);
  });

  test("a file laid out by hand from the spec reads as expected", () => {
    const header = '{"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}';
    const bytes = new Uint8Array(8 + header.length + 8);
    new DataView(bytes.buffer).setBigUint64(0, BigInt(header.length), true);
    bytes.set(new TextEncoder().encode(header), 8);
    new DataView(bytes.buffer).setFloat32(8 + header.length, 1.5, true);
    new DataView(bytes.buffer).setFloat32(8 + header.length + 4, -2, true);
    const r = readSafetensors(bytes, "hand.safetensors");
    expect(Array.from(tensorValues(r.tensors.get("x")!, "x"))).toEqual([1.5, -2]);
  });
});

describe("malformed files: one line naming the file and the problem", () => {
  const good = sample();
  const headerLen = Number(new DataView(good.buffer).getBigUint64(0, true));
  const withHeader = (json: string, data = new Uint8Array(0)): Uint8Array => {
    const h = new TextEncoder().encode(json);
    const out = new Uint8Array(8 + h.length + data.length);
    new DataView(out.buffer).setBigUint64(0, BigInt(h.length), true);
    out.set(h, 8);
    out.set(data, 8 + h.length);
    return out;
  };
  const withLength = (n: bigint): Uint8Array => {
    const out = good.slice();
    new DataView(out.buffer).setBigUint64(0, n, true);
    return out;
  };
  test.each<[string, Uint8Array, RegExp]>([
    ["truncated before the header length", good.subarray(0, 5), /^bad\.st: truncated: 5 bytes/],
    ["truncated inside the data", good.subarray(0, good.length - 3), /^bad\.st: tensor "i": data_offsets \[\d+, \d+\] run past the data/],
    ["header length beyond the file", withLength(BigInt(headerLen + 1000)), /^bad\.st: header length \d+ runs past the end of the file/],
    ["header over 100 MB", withLength(200_000_000n), /^bad\.st: header length 200000000 exceeds the 100000000-byte limit$/],
    ["header length near 2^64", withLength(0xffffffffffffffffn), /^bad\.st: header length 18446744073709551615 exceeds/],
    ["invalid JSON", withHeader('{"x": [1, 2'), /^bad\.st: header is not valid UTF-8 JSON/],
    ["a header that is not an object", withHeader("[1,2]"), /^bad\.st: header is not a JSON object$/],
    ["unknown dtype", withHeader('{"x":{"dtype":"F8_E4M3","shape":[1],"data_offsets":[0,1]}}', new Uint8Array(1)), /^bad\.st: tensor "x": unknown dtype "F8_E4M3" \(supported: BF16, F16, F32, F64, I32, I64\)$/],
    ["offsets out of bounds", withHeader('{"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}}', new Uint8Array(4)), /^bad\.st: tensor "x": data_offsets \[0, 8\] run past the data \(4 bytes\)$/],
    ["overlapping offsets", withHeader('{"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]},"y":{"dtype":"F32","shape":[1],"data_offsets":[2,6]}}', new Uint8Array(6)), /^bad\.st: tensor "y": data_offsets \[2, 6\] overlap another tensor$/],
    ["a hole in the data", withHeader('{"x":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}}', new Uint8Array(8)), /^bad\.st: bytes \[0, 4\) of the data belong to no tensor/],
    ["shape not matching the byte size", withHeader('{"x":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}}', new Uint8Array(8)), /^bad\.st: tensor "x": shape \[3\] of F32 needs 12 bytes, data_offsets give 8$/],
    ["negative shape", withHeader('{"x":{"dtype":"F32","shape":[-1],"data_offsets":[0,0]}}'), /^bad\.st: tensor "x": shape must be an array of non-negative integers/],
    ["metadata that is not strings", withHeader('{"__metadata__":{"a":1}}'), /^bad\.st: __metadata__\.a must be a string, got number$/],
    ["invalid UTF-8 in the header", withHeader("{}").map((b, i) => (i === 8 ? 0xff : b)), /^bad\.st: header is not valid UTF-8 JSON/],
  ])("%s", (_, bytes, message) => {
    let err: unknown;
    try {
      readSafetensors(bytes, "bad.st");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SafetensorsError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message.split("\n")).toHaveLength(1);
  });
  test("an I64 position beyond 2^53 is refused, naming the tensor", () => {
    const r = readSafetensors(writeSafetensors({ p: { dtype: "I64", shape: [1], bytes: new Uint8Array([0, 0, 0, 0, 0, 0, 0x40, 0]) } }), "big.st");
    expect(() => tensorValues(r.tensors.get("p")!, "p", "big.st")).toThrow(/^big\.st: tensor "p": element 0 = 18014398509481984 is not a safe integer$/);
  });
});

test("fuzz: 10^4 mutated files only parse or throw SafetensorsError", () => {
  const good = sample();
  const headerLen = Number(new DataView(good.buffer).getBigUint64(0, true));
  const header = new TextDecoder().decode(good.subarray(8, 8 + headerLen));
  const mutation = fc.oneof(
    // Flip bytes anywhere.
    fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const b = good.slice();
      for (const [i, v] of flips) b[i] = v;
      return b;
    }),
    // Truncate.
    fc.nat({ max: good.length }).map((n) => good.slice(0, n)),
    // Any header length.
    fc.bigInt({ min: 0n, max: 0xffffffffffffffffn }).map((n) => {
      const b = good.slice();
      new DataView(b.buffer).setBigUint64(0, n, true);
      return b;
    }),
    // Splice a JSON fragment into the header, keeping the length field consistent.
    fc.tuple(fc.nat({ max: header.length }), fc.nat({ max: header.length }), fc.string({ maxLength: 40 })).map(([a, b, s]) => {
      const h = new TextEncoder().encode(header.slice(0, Math.min(a, b)) + s + header.slice(Math.max(a, b)));
      const out = new Uint8Array(8 + h.length + (good.length - 8 - headerLen));
      new DataView(out.buffer).setBigUint64(0, BigInt(h.length), true);
      out.set(h, 8);
      out.set(good.subarray(8 + headerLen), 8 + h.length);
      return out;
    }),
    // Replace numbers in the header (offsets, shapes) with others.
    fc.tuple(fc.nat({ max: 40 }), fc.oneof(fc.integer({ min: -5, max: 1 << 20 }), fc.constant(2 ** 53), fc.constant(1e300))).map(([which, v]) => {
      let k = 0;
      const h = header.replace(/\d+/g, (m) => (k++ === which ? String(v) : m));
      const enc = new TextEncoder().encode(h);
      const out = new Uint8Array(8 + enc.length + (good.length - 8 - headerLen));
      new DataView(out.buffer).setBigUint64(0, BigInt(enc.length), true);
      out.set(enc, 8);
      out.set(good.subarray(8 + headerLen), 8 + enc.length);
      return out;
    }),
  );
  let parsed = 0;
  let refused = 0;
  fc.assert(
    fc.property(mutation, (bytes) => {
      try {
        const r = readSafetensors(bytes, "fuzz.st");
        for (const [name, t] of r.tensors) tensorValues(t, name, "fuzz.st");
        parsed++;
      } catch (e) {
        if (!(e instanceof SafetensorsError)) throw e;
        expect(e.message.startsWith("fuzz.st: ")).toBe(true);
        refused++;
      }
    }),
    { seed: SEED, numRuns: 10_000 },
  );
  console.log(`fuzz: ${parsed} parsed, ${refused} refused with a SafetensorsError`);
  expect(parsed + refused).toBe(10_000);
  expect(refused).toBeGreaterThan(1000);
});
