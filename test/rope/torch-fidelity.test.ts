/**
 * Fidelity against real PyTorch: fixtures/torch/hf-bf16.json holds an HF-style bf16 RoPE run by torch
 * 1.13 CPU (Debian python3-torch, fixtures/torch/generate.py), bits of every stage. The zoo's `hf` (and
 * `hf-bf16-positions`) must reproduce ≥ 99.99% of the output bits; every difference is attributed to a
 * stage (inv_freq, angle, cos/sin cache) and reported.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { decodeArray, zooKernel } from "../../src/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
interface TorchCase {
  name: string;
  n: number;
  positions: number[];
  inv_freq_f32: string;
  x_bf16: string;
  cos_bf16: string;
  sin_bf16: string;
  angle_f32: string;
  y_bf16: string;
}
const fixture = JSON.parse(readFileSync(`${root}fixtures/torch/hf-bf16.json`, "utf8")) as { torch: string; headDim: number; base: number; cases: TorchCase[] };

const bf16 = (b64: string): Float64Array => {
  const buf = Buffer.from(b64, "base64");
  return decodeArray("bf16", new Uint16Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length)));
};
const f32 = (b64: string): Float64Array => {
  const buf = Buffer.from(b64, "base64");
  return Float64Array.from(new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length)));
};

describe.each([
  ["hf", "hf"],
  ["hf-bf16-positions", "hf-bf16-positions"],
])("PyTorch %s vs zoo %s", (caseName, kernelName) => {
  const c = fixture.cases.find((k) => k.name === caseName)!;
  const d = fixture.headDim;
  const half = d / 2;
  const kernel = zooKernel(kernelName, { base: fixture.base });

  test("output bits: ≥ 99.99% identical, differences attributed by stage", () => {
    const x = bf16(c.x_bf16);
    const want = bf16(c.y_bf16);
    const positions = Float64Array.from(c.positions);
    const got = kernel.rotate(x, positions, d);
    let same = 0;
    for (let k = 0; k < got.length; k++) if (Object.is(got[k], want[k])) same++;
    // Stage by stage: angle (fp32) and the bf16 cos/sin cache.
    const angle = f32(c.angle_f32);
    const cos = bf16(c.cos_bf16);
    const sin = bf16(c.sin_bf16);
    let angleDiff = 0;
    let cacheDiff = 0;
    for (let r = 0; r < c.n; r++) {
      const t = kernel.trace(c.positions[r]!, d);
      for (let i = 0; i < half; i++) {
        if (t.angle[i] !== angle[r * half + i]) angleDiff++;
        // The cache is cat(freqs, freqs): column i and i + half hold the same values.
        if (t.cos[i] !== cos[r * d + i] || t.sin[i] !== sin[r * d + i]) cacheDiff++;
      }
    }
    const agreement = same / got.length;
    console.log(
      `${caseName} (torch ${fixture.torch}): ${same}/${got.length} output elements bit-identical (${(100 * agreement).toFixed(4)}%); ` +
        `angle differs at ${angleDiff}/${c.n * half}, bf16 cos/sin cache at ${cacheDiff}/${c.n * half}`,
    );
    expect(got.length).toBeGreaterThanOrEqual(caseName === "hf" ? 100_000 : 32_768);
    expect(agreement).toBeGreaterThanOrEqual(0.9999);
  });

  test("inv_freq: the emulation's fp32 θᵢ equal torch's buffer", () => {
    const theirs = f32(c.inv_freq_f32);
    // θ is not exposed directly; angle at position 1 is fl32(1·θᵢ) = θᵢ.
    const ours = kernel.trace(1, d).angle;
    let diff = 0;
    for (let i = 0; i < half; i++) if (ours[i] !== theirs[i]) diff++;
    console.log(`${caseName}: inv_freq differs at ${diff}/${half} pairs`);
    expect(diff).toBe(0);
  });
});
