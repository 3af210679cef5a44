/** GGUF files written here (header and metadata, small RoPE tensors only) → workload; malformed files → one line. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, test, vi } from "vitest";
import { GGUF_LIMITS, readGgufHeader } from "../../src/model/gguf.js";
import { loadGgufWorkload } from "../../src/model/gguf-workload.js";
import { loadModel } from "../../src/model/load.js";
import { ModelInputError } from "../../src/model/workload.js";
import { FP64_ARITH, invFrequencies } from "../../src/oracle/frequencies.js";
import { resolveRopeSpec } from "../../src/oracle/spec.js";
import { type Kv, type TensorSpec, gguf } from "./gguf-writer.js";

const dir = mkdtempSync(join(tmpdir(), "rope-audit-gguf-"));
let n = 0;
const file = (bytes: Buffer, name = `m${n++}.gguf`): string => {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
};
const f32 = (x: number): number => Math.fround(x);

/** Llama 3's frequency factors as llama.cpp's converter precomputes them (convert_hf_to_gguf.py, LlamaModel). */
function llama3Factors(base: number, dim: number, factor: number, lo: number, hi: number, L: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < dim; i += 2) {
    const freq = f32(1 / f32(base ** f32(i / dim)));
    const wavelen = (2 * Math.PI) / freq;
    if (wavelen < L / hi) out.push(1);
    else if (wavelen > L / lo) out.push(factor);
    else {
      const smooth = (L / wavelen - lo) / (hi - lo);
      out.push(1 / ((1 - smooth) / factor + smooth));
    }
  }
  return out;
}

const LLAMA_KV: Kv[] = [
  { key: "general.architecture", type: "str", value: "llama" },
  { key: "general.name", type: "str", value: "Meta Llama 3.1 8B Instruct" },
  { key: "llama.block_count", type: "u32", value: 32 },
  { key: "llama.context_length", type: "u32", value: 131072 },
  { key: "llama.embedding_length", type: "u32", value: 4096 },
  { key: "llama.feed_forward_length", type: "u32", value: 14336 },
  { key: "llama.attention.head_count", type: "u32", value: 32 },
  { key: "llama.attention.head_count_kv", type: "u32", value: 8 },
  { key: "llama.rope.freq_base", type: "f32", value: 500000 },
  { key: "llama.attention.layer_norm_rms_epsilon", type: "f32", value: 1e-5 },
  { key: "llama.rope.dimension_count", type: "u32", value: 128 },
  { key: "general.file_type", type: "u32", value: 15 },
  // More strings than the reader keeps: it must skip them, checking each length.
  { key: "tokenizer.ggml.tokens", type: "strs", value: Array.from({ length: GGUF_LIMITS.keptArrayLength + 5 }, (_, i) => `t${i}`) },
  { key: "tokenizer.ggml.token_type", type: "i32s", value: [1, 1, 3] },
];
const FACTORS = llama3Factors(500000, 128, 8, 1, 4, 8192);
const LLAMA_TENSORS: TensorSpec[] = [
  { name: "rope_freqs.weight", dims: [64], ggmlType: 0, offset: 0, values: FACTORS },
  // A weight whose data this file does not even hold: the reader must never go there.
  { name: "token_embd.weight", dims: [4096, 128256], ggmlType: 12, offset: 256 },
];

describe("GGUF metadata → workload", () => {
  test("Llama 3.1 8B: llama.* keys, NORM pairing, rope_freqs factors equal to HF's llama3 frequencies", () => {
    const p = file(gguf(LLAMA_KV, LLAMA_TENSORS));
    const w = loadGgufWorkload(p);
    expect(w.kind).toBe("gguf");
    expect(w.architecture).toEqual({ value: "llama", source: "GGUF general.architecture" });
    expect(w.base).toEqual({ value: 500000, source: "GGUF llama.rope.freq_base" });
    expect(w.headDim).toEqual({ value: 128, source: "GGUF llama.embedding_length / llama.attention.head_count = 4096 / 32" });
    expect(w.rotaryDim).toEqual({ value: 128, source: "GGUF llama.rope.dimension_count" });
    expect(w.contextLength).toEqual({ value: 131072, source: "GGUF llama.context_length" });
    expect(w.layout.value).toBe("gptj");
    expect(w.layout.source).toContain("NORM");
    expect(w.dtype.value).toBe("fp16");
    const s = w.scaling.value as { type: string; shortFactor: number[]; longFactor: number[]; attentionFactor: number };
    expect(s.type).toBe("longrope");
    expect(s.shortFactor).toEqual(FACTORS.map(f32));
    expect(s.longFactor).toEqual(s.shortFactor);
    expect(s.attentionFactor).toBe(1);
    // The same frequencies as HF's llama3 scaling, to float32 rounding (the stored factors, and the
    // converter's float32 frequencies inside the smoothing band).
    const ours = invFrequencies(FP64_ARITH, resolveRopeSpec({ layout: "neox", base: 500000, headDim: 128, scaling: w.scaling.value }));
    const hf = invFrequencies(FP64_ARITH, resolveRopeSpec({ layout: "neox", base: 500000, headDim: 128, scaling: { type: "llama3", factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192 } }));
    for (let i = 0; i < 64; i++) expect(Math.abs(ours[i]! / hf[i]! - 1)).toBeLessThan(2 ** -22);
    const h = readGgufHeader(p);
    expect(h.metadata.get("tokenizer.ggml.tokens")!.value).toEqual({ elementType: "string", length: GGUF_LIMITS.keptArrayLength + 5, values: null });
    expect(h.metadata.get("tokenizer.ggml.token_type")!.value).toEqual({ elementType: "int32", length: 3, values: [1, 1, 3] });
  });

  test("Qwen2 with YaRN: NEOX pairing, scaling keys, llama.cpp's defaults shown as such", () => {
    const p = file(
      gguf([
        { key: "general.architecture", type: "str", value: "qwen2" },
        { key: "qwen2.context_length", type: "u32", value: 131072 },
        { key: "qwen2.embedding_length", type: "u32", value: 3584 },
        { key: "qwen2.attention.head_count", type: "u32", value: 28 },
        { key: "qwen2.rope.freq_base", type: "f32", value: 1000000 },
        { key: "qwen2.rope.scaling.type", type: "str", value: "yarn" },
        { key: "qwen2.rope.scaling.factor", type: "f32", value: 4 },
        { key: "qwen2.rope.scaling.original_context_length", type: "u32", value: 32768 },
      ]),
    );
    const w = loadGgufWorkload(p);
    expect(w.layout.value).toBe("neox");
    expect(w.scaling.value).toEqual({ type: "yarn", factor: 4, originalMaxPositions: 32768 });
    expect(w.scaling.source).toBe("GGUF qwen2.rope.scaling.factor, GGUF qwen2.rope.scaling.original_context_length");
    expect(w.rotaryDim.source).toMatch(/absent: llama.cpp's default n_rot = head dim/);
    expect(w.headDim.value).toBe(128);
  });

  test("Phi-3 LongRoPE: factors from rope_factors_long/short tensors; no freq_base → llama.cpp's 10000, said so", () => {
    const long = Array.from({ length: 48 }, (_, i) => 1 + i);
    const short = Array.from({ length: 48 }, (_, i) => 1 + i / 48);
    const p = file(
      gguf(
        [
          { key: "general.architecture", type: "str", value: "phi3" },
          { key: "phi3.context_length", type: "u32", value: 131072 },
          { key: "phi3.embedding_length", type: "u32", value: 3072 },
          { key: "phi3.attention.head_count", type: "u32", value: 32 },
          { key: "phi3.rope.dimension_count", type: "u32", value: 96 },
          { key: "phi3.rope.scaling.type", type: "str", value: "longrope" },
          { key: "phi3.rope.scaling.original_context_length", type: "u32", value: 4096 },
          { key: "phi3.rope.scaling.attn_factor", type: "f32", value: 1.1902380714238083 },
        ],
        [
          { name: "rope_factors_long.weight", dims: [48], ggmlType: 0, offset: 0, values: long },
          { name: "rope_factors_short.weight", dims: [48], ggmlType: 0, offset: 192, values: short },
        ],
      ),
    );
    const w = loadGgufWorkload(p);
    expect(w.base).toEqual({ value: 10000, source: "absent: llama.cpp's default 10000 (phi3.rope.freq_base)" });
    expect(w.scaling.value).toEqual({ type: "longrope", shortFactor: short.map(f32), longFactor: long, originalMaxPositions: 4096, maxPositions: 131072, seqLen: 131072, attentionFactor: f32(1.1902380714238083) });
    expect(w.layout.value).toBe("neox");
  });

  test("architectures llama.cpp runs without RoPE or with M-RoPE, and unknown ones, are refused by name", () => {
    const base = (arch: string): Kv[] => [
      { key: "general.architecture", type: "str", value: arch },
      { key: `${arch}.context_length`, type: "u32", value: 2048 },
      { key: `${arch}.embedding_length`, type: "u32", value: 4096 },
      { key: `${arch}.attention.head_count`, type: "u32", value: 32 },
    ];
    expect(() => loadGgufWorkload(file(gguf(base("gpt2"))))).toThrow(/"gpt2": llama.cpp runs this architecture without RoPE/);
    expect(() => loadGgufWorkload(file(gguf(base("qwen2vl"))))).toThrow(/M-RoPE/);
    expect(() => loadGgufWorkload(file(gguf(base("mystery"))))).toThrow(/"mystery": its llama.cpp rope type .* is not known/);
    expect(() => loadGgufWorkload(file(gguf(base("llama").slice(0, 3))))).toThrow(/llama.attention.head_count missing/);
    expect(() => loadGgufWorkload(file(gguf([...base("llama"), { key: "llama.rope.scaling.type", type: "str", value: "su" }])))).toThrow(/rope.scaling.type = "su": expected none, linear, yarn or longrope/);
  });
});

describe("malformed GGUF: one line, exit 2, nothing allocated from untrusted counts", () => {
  const good = gguf(LLAMA_KV, LLAMA_TENSORS);
  const patch = (at: number, write: (b: Buffer) => void): Buffer => {
    const b = Buffer.from(good);
    write(b.subarray(at));
    return b;
  };
  // Offsets in the good file: magic 0, version 4, tensor_count 8, kv_count 16, first key length 24.
  const cases: [string, Buffer, RegExp][] = [
    ["bad magic", patch(0, (b) => b.write("GGML", "latin1")), /bad magic/],
    ["version 1", patch(4, (b) => b.writeUInt32LE(1)), /version 1/],
    ["big-endian version", patch(4, (b) => b.writeUInt32BE(3)), /big-endian/],
    ["absurd kv count", patch(16, (b) => b.writeBigUInt64LE(1n << 40n)), /metadata_kv_count \d+ exceeds/],
    ["kv count past the file", patch(16, (b) => b.writeBigUInt64LE(100000n)), /metadata_kv_count 100000 cannot fit/],
    ["uint64 past 2^53", patch(16, (b) => b.writeBigUInt64LE(0xffffffffffffffffn)), /is absurd/],
    ["absurd tensor count", patch(8, (b) => b.writeBigUInt64LE(1n << 30n)), /tensor_count \d+ exceeds/],
    ["absurd key length", patch(24, (b) => b.writeBigUInt64LE(1n << 40n)), /key 0 length \d+ exceeds 65535/],
    ["absurd string length", patch(24 + 8 + "general.architecture".length + 4, (b) => b.writeBigUInt64LE(1n << 50n)), /value of general.architecture length \d+ exceeds/],
    ["unknown value type", patch(24 + 8 + "general.architecture".length, (b) => b.writeUInt32LE(13)), /value type 13 is not a GGUF type/],
  ];
  const tokensAt = good.indexOf(Buffer.from("tokenizer.ggml.tokens")) + "tokenizer.ggml.tokens".length;
  cases.push(["absurd array length", patch(tokensAt + 8, (b) => b.writeBigUInt64LE(1n << 45n)), /tokenizer.ggml.tokens: \d+ elements of ≥ 8 bytes exceed/]);
  const nameAt = good.indexOf(Buffer.from("rope_freqs.weight")) + "rope_freqs.weight".length;
  cases.push(["n_dims 9", patch(nameAt, (b) => b.writeUInt32LE(9)), /n_dims 9 exceeds GGML_MAX_DIMS/]);
  cases.push(["rope tensor past the end", patch(nameAt + 4 + 8 + 4, (b) => b.writeBigUInt64LE(1n << 40n)), /rope_freqs.weight: its 256 bytes .* past the end/]);
  cases.push(["rope tensor not F32", patch(nameAt + 4 + 8, (b) => b.writeUInt32LE(1)), /rope_freqs.weight: expected type F32/]);
  for (const cut of [3, 20, 30, 200, 2000, Math.floor(good.length / 2), good.length - 300]) cases.push([`truncated at ${cut} bytes`, good.subarray(0, cut), /truncated|ended early|bad magic|cannot fit|exceed/]);

  afterEach(() => vi.restoreAllMocks());

  test.each(cases)("%s", (_, bytes, message) => {
    const p = file(bytes);
    const alloc = vi.spyOn(Buffer, "alloc");
    let err: unknown;
    try {
      loadModel(p);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ModelInputError);
    const m = (err as Error).message;
    expect(m).toMatch(message);
    expect(m.startsWith(p)).toBe(true);
    expect(m).not.toContain("\n");
    // Nothing was sized by a count or length the file states beyond what the file holds (fixed-size
    // fields such as the 4-byte magic aside).
    for (const [size] of alloc.mock.calls) expect(Number(size)).toBeLessThanOrEqual(Math.max(bytes.length, 8));
  });

  test("the good file reads, and reads only its header and the rope tensor", () => {
    expect(loadModel(file(good)).base.value).toBe(500000);
  });
});

const FUZZ_SEED = 1616;
console.log(`gguf fuzz seed ${FUZZ_SEED}`);

test("fuzz: flipped bytes, truncations and random uint64s either read or fail as one ModelInputError line", () => {
  const good = gguf(LLAMA_KV.filter((kv) => kv.key !== "tokenizer.ggml.tokens").concat([{ key: "tokenizer.ggml.tokens", type: "strs", value: ["a", "bb", "ccc"] }]), LLAMA_TENSORS);
  const mutation = fc.oneof(
    fc.array(fc.tuple(fc.nat({ max: good.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }).map((flips) => {
      const b = Buffer.from(good);
      for (const [i, v] of flips) b[i] = v;
      return b;
    }),
    fc.nat({ max: good.length }).map((n) => good.subarray(0, n)),
    fc.tuple(fc.nat({ max: good.length - 8 }), fc.bigInt({ min: 0n, max: 0xffffffffffffffffn })).map(([at, v]) => {
      const b = Buffer.from(good);
      b.writeBigUInt64LE(v, at);
      return b;
    }),
  );
  const p = join(dir, "fuzz.gguf");
  fc.assert(
    fc.property(mutation, (bytes) => {
      writeFileSync(p, bytes);
      try {
        loadModel(p);
      } catch (e) {
        if (!(e instanceof ModelInputError) || (e as Error).message.includes("\n")) throw e;
      }
    }),
    { seed: FUZZ_SEED, numRuns: 1500 },
  );
});
