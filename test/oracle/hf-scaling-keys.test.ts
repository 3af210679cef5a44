/**
 * Scaling JSON in HF's vocabulary: accepted keys, errors naming the key the user wrote, and commands that
 * rank the pipelines able to express a scaling instead of aborting on the one that cannot.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, test } from "vitest";
import { zooKernel } from "../../src/index.js";
import { InvalidArgumentError } from "../../src/errors.js";
import { exportBundle, fillBundle, readBundle } from "../../src/kernels/fixture/bundle.js";
import { tensorFrom, writeSafetensors } from "../../src/kernels/fixture/safetensors.js";
import { scalingFromHf, scalingToHf } from "../../src/oracle/hf-scaling.js";
import { cli } from "../helpers/cli.js";

const thrown = (f: () => unknown): InvalidArgumentError => {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidArgumentError) return e;
    throw e;
  }
  throw new Error("did not throw");
};

describe("scalingFromHf", () => {
  test("HF's keys map to each variant's fields", () => {
    expect(scalingFromHf({ rope_type: "dynamic", factor: 2, max_position_embeddings: 4096, seq_len: 16384 }, 128, "s")).toEqual({ type: "dynamic-ntk", factor: 2, originalMaxPositions: 4096, seqLen: 16384 });
    const f = Array.from({ length: 32 }, (_, i) => 1 + i / 10);
    expect(scalingFromHf({ type: "longrope", short_factor: f, long_factor: f, original_max_position_embeddings: 4096, max_position_embeddings: 131072, seq_len: 8192, factor: 32 }, 64, "s")).toEqual({
      type: "longrope",
      shortFactor: f,
      longFactor: f,
      originalMaxPositions: 4096,
      maxPositions: 131072,
      seqLen: 8192,
    });
    expect(scalingFromHf({ type: "yarn", factor: 4, max_position_embeddings: 4096 }, 64, "s")).toMatchObject({ type: "yarn", factor: 4, originalMaxPositions: 4096 });
    expect(scalingFromHf({ type: "default" }, 64, "s")).toEqual({ type: "none" });
    // Our camelCase spelling is accepted too.
    expect(scalingFromHf({ type: "dynamic-ntk", factor: 2, originalMaxPositions: 4096, seqLen: 8192 }, 64, "s")).toEqual({ type: "dynamic-ntk", factor: 2, originalMaxPositions: 4096, seqLen: 8192 });
  });

  test("round trip through the HF names a bundle stores", () => {
    const s = scalingFromHf({ type: "llama3", factor: 8, low_freq_factor: 1, high_freq_factor: 4, original_max_position_embeddings: 8192 }, 128, "s");
    expect(scalingToHf(s)).toEqual({ type: "llama3", factor: 8, low_freq_factor: 1, high_freq_factor: 4, original_max_position_embeddings: 8192 });
    expect(scalingFromHf(scalingToHf(s), 128, "s")).toEqual(s);
    expect(scalingToHf({ type: "dynamic-ntk", factor: 2, originalMaxPositions: 4096, seqLen: 9000 })).toEqual({ type: "dynamic", factor: 2, max_position_embeddings: 4096, seq_len: 9000 });
  });

  test("errors name the key as the user wrote it", () => {
    expect(thrown(() => scalingFromHf({ type: "dynamic", factor: 2, max_position_embeddings: -1, seq_len: 5 }, 64, "--scaling")).argument).toBe("--scaling.max_position_embeddings");
    expect(thrown(() => scalingFromHf({ type: "dynamic", factor: 2, seq_len: 5 }, 64, "--scaling")).argument).toBe("--scaling.max_position_embeddings");
    expect(thrown(() => scalingFromHf({ type: "dynamic", factor: 2, originalMaxPositions: 0, seqLen: 5 }, 64, "--scaling")).argument).toBe("--scaling.originalMaxPositions");
    const bad = Array.from({ length: 32 }, () => 1);
    bad[3] = -2;
    expect(thrown(() => scalingFromHf({ type: "longrope", short_factor: bad, long_factor: bad, original_max_position_embeddings: 4096, max_position_embeddings: 8192, seq_len: 1 }, 64, "x")).argument).toBe("x.short_factor[3]");
    const unknown = thrown(() => scalingFromHf({ type: "dynamic", factor: 2, max_position_embeddings: 4096, seq_len: 1, low_freq_factor: 1 }, 64, "x"));
    expect(unknown.argument).toBe("x.low_freq_factor");
    expect(unknown.message).toMatch(/max_position_embeddings/);
    expect(thrown(() => scalingFromHf({ type: "su" }, 64, "x")).argument).toBe("x.type");
    expect(thrown(() => scalingFromHf({ type: "yarn", factor: 4, max_position_embeddings: 4096, original_max_position_embeddings: 2048 }, 64, "x")).argument).toBe("x.original_max_position_embeddings");
  });
});

describe("commands with scaling", () => {
  test("fixtures export --scaling writes HF's keys; a bad key is one line, exit 2, no file", async () => {
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-scaling-`);
    const ok = await cli("fixtures", "export", "--format", "bf16", "--layout", "neox", "--base", "10000", "--head-dim", "64", "--count", "8", "--scaling", '{"rope_type":"dynamic","factor":2,"max_position_embeddings":4096,"seq_len":16384}', "--out", `${dir}/a.safetensors`);
    expect(ok.code).toBe(0);
    const { readFileSync } = await import("node:fs");
    const b = readBundle(readFileSync(`${dir}/a.safetensors`), "a", false);
    expect(b.scaling).toEqual({ type: "dynamic-ntk", factor: 2, originalMaxPositions: 4096, seqLen: 16384 });
    const bad = await cli("fixtures", "export", "--format", "bf16", "--layout", "neox", "--base", "10000", "--head-dim", "64", "--scaling", '{"type":"dynamic","factor":2,"max_position_embeddings":0,"seq_len":1}', "--out", `${dir}/b.safetensors`);
    expect(bad.code).toBe(2);
    expect(bad.err).toHaveLength(1);
    expect(bad.err[0]).toMatch(/--scaling\.max_position_embeddings: expected an integer > 0, got 0/);
    expect(existsSync(`${dir}/b.safetensors`)).toBe(false);
  });

  test("a bundle's bad scaling key is named with the file", () => {
    const meta = { rope_audit_version: "1", dtype: "bf16", layout: "neox", base: "10000", head_dim: "4", rotary_dim: "4", scaling: '{"type":"linear","fator":4}' };
    const bytes = writeSafetensors({ q: tensorFrom("BF16", [1, 4], [1, 2, 3, 4]), pos_q: tensorFrom("I64", [1], [5]) }, meta);
    expect(() => readBundle(bytes, "f.safetensors", false)).toThrow(/^f\.safetensors: __metadata__\.scaling\.fator: expected a key linear reads: factor/);
  });

  test.each(["fingerprint", "audit"])("%s of an fp16 fixture with dynamic scaling ranks what can express it and says what it left out", async (command) => {
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-scaling-`);
    const file = `${dir}/b.safetensors`;
    const scaling = { type: "dynamic-ntk", factor: 2, originalMaxPositions: 4096, seqLen: 16384 } as const;
    const k = zooKernel("hf@fp16", { base: 10000, scaling });
    writeFileSync(file, fillBundle(exportBundle({ format: "fp16", layout: "neox", base: 10000, headDim: 64, count: 64, scaling }), file, (x, p, d) => k.rotate(x, p, d), "F16"));
    const r = await cli(command, "--kernel", `fixture:${file}`, ...(command === "audit" ? ["--workers", "1"] : []));
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join("\n")).toMatch(/behaves like hf@fp16 \(100\.00% .*not ranked \(cannot express this RoPE\): ggml-cpu/);
  });
});
