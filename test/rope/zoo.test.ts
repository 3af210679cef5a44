/** Characteristic behaviours of the zoo pipelines, pinned. */
import { describe, expect, test } from "vitest";
import {
  InvalidArgumentError,
  ZOO,
  createRng,
  emulate,
  round,
  zooKernel,
  zooNames,
  zooPipeline,
  type FormatName,
} from "../../src/index.js";
import { rounder } from "../../src/formats/rounder.js";

const SEED = 5;
const bf16 = (x: number): number => round("bf16", x);

function randomRows(format: FormatName, n: number, d: number, seed: number): Float64Array {
  const rng = createRng(seed);
  return Float64Array.from({ length: n * d }, () => round(format, (rng() - 0.5) * 6));
}

describe("zoo", () => {
  test("names: every entry and its variants", () => {
    expect(zooNames()).toContain("hf");
    expect(zooNames()).toContain("hf@fp16");
    expect(zooNames()).toContain("ggml-cpu@fp32");
    for (const e of ZOO) expect(e.source.length, `${e.name} cites its source`).toBeGreaterThan(20);
    for (const name of ["hf", "hf-bf16-positions", "hf-tf32-angle", "meta-llama", "flash-attn-triton", "vllm-cuda", "vllm-legacy", "ggml-cpu", "onnxruntime-cpu", "onnxruntime-neon-fp16", "xformers-rotary", "te-fused", "exact-fp64"])
      expect(ZOO.map((e) => e.name)).toContain(name);
  });

  test("hf-bf16-positions turns 257 into 256 and 65,537 into 65,536; hf keeps them", () => {
    const k = zooKernel("hf-bf16-positions");
    expect(k.trace(257, 128).position).toBe(256);
    expect(k.trace(65537, 128).position).toBe(65536);
    expect(k.trace(256, 128).position).toBe(256);
    expect(zooKernel("hf").trace(65537, 128).position).toBe(65537);
    // And the rotation itself: a vector at 257 comes out exactly as at 256.
    const x = randomRows("bf16", 1, 128, SEED);
    const a = k.rotate(x, Float64Array.of(257), 128);
    const b = k.rotate(x, Float64Array.of(256), 128);
    expect(a).toEqual(b);
    expect(zooKernel("hf").rotate(x, Float64Array.of(257), 128)).not.toEqual(b);
    expect(zooKernel("hf-bf16-positions@fp16").trace(2049, 128).position).toBe(2048);
  });

  test("ggml-cpu's angles come from chained fp32 multiplication θ ← θ·b^(−2/d)", () => {
    const k = zooKernel("ggml-cpu", { base: 10000 });
    const p = 123457;
    const t = k.trace(p, 128);
    const scale = Math.fround(Math.pow(10000, Math.fround(-2 / 128)));
    let a = Math.fround(p);
    for (let i = 0; i < 64; i++) {
      expect(t.angle[i], `pair ${i}`).toBe(a);
      a = Math.fround(a * scale);
    }
    // The fingerprint: high pairs differ from the pow method's fl32(p·fl32(θᵢ)).
    const hf = zooKernel("hf").trace(p, 128);
    let differ = 0;
    for (let i = 0; i < 64; i++) if (hf.angle[i] !== t.angle[i]) differ++;
    console.log(`ggml chained vs HF pow angles at p = ${p}: ${differ} of 64 pairs differ`);
    expect(differ).toBeGreaterThan(10);
  });

  test("every pipeline without attention scaling is the identity at position 0", () => {
    for (const name of zooNames()) {
      const k = zooKernel(name);
      const x = randomRows(k.format, 4, 128, SEED);
      const y = k.rotate(x, new Float64Array(4), 128);
      expect(y, name).toEqual(x);
    }
  });

  test("meta-llama rounds once: fp32 products and sums, one rounding to bf16", () => {
    const k = zooKernel("meta-llama");
    const x = randomRows("bf16", 1, 128, SEED + 1);
    const p = 40000;
    const y = k.rotate(x, Float64Array.of(p), 128);
    const theta = Array.from({ length: 64 }, (_, i) => Math.fround(1 / Math.fround(Math.pow(10000, Math.fround((2 * i) / 128)))));
    const f = Math.fround;
    for (let j = 0; j < 64; j++) {
      const angle = f(f(p) * theta[j]!);
      const c = f(Math.cos(angle));
      const s = f(Math.sin(angle));
      const [x0, x1] = [x[2 * j]!, x[2 * j + 1]!]; // interleaved pairs (view_as_complex)
      expect(y[2 * j]).toBe(bf16(f(f(x0 * c) - f(x1 * s))));
      expect(y[2 * j + 1]).toBe(bf16(f(f(x0 * s) + f(x1 * c))));
    }
  });

  test("per-op hf computes round(round(x·c) + round(x′·s)) in bf16 with a bf16 cache", () => {
    const k = zooKernel("hf");
    const x = randomRows("bf16", 1, 128, SEED + 2);
    const p = 70001;
    const y = k.rotate(x, Float64Array.of(p), 128);
    const t = k.trace(p, 128);
    for (let j = 0; j < 64; j++) {
      const c = t.cos[j]!;
      const s = t.sin[j]!;
      expect(c).toBe(bf16(Math.fround(Math.cos(t.angle[j]!))));
      const [x1, x2] = [x[j]!, x[j + 64]!]; // rotate_half: (x1, x2) → (−x2, x1)
      expect(y[j]).toBe(bf16(bf16(x1 * c) + bf16(-x2 * s)));
      expect(y[j + 64]).toBe(bf16(bf16(x2 * c) + bf16(x1 * s)));
    }
  });

  test("one rounding beats per-op rounding: flash-attn's error is below vllm-legacy's", () => {
    // Same cache (bf16), same front end; only the rotation's rounding differs.
    const x = randomRows("bf16", 256, 128, SEED + 3);
    const positions = Float64Array.from({ length: 256 }, (_, r) => r * 97);
    const exact = zooKernel("exact-fp64").rotate(x, positions, 128);
    const err = (name: string): number => {
      const y = zooKernel(name).rotate(x, positions, 128);
      let s = 0;
      for (let k = 0; k < y.length; k++) s += (y[k]! - exact[k]!) ** 2;
      return Math.sqrt(s / y.length);
    };
    const fused = err("flash-attn-triton");
    const perOp = err("vllm-legacy");
    console.log(`RMS error vs fp64: flash-attn-triton ${fused.toExponential(3)}, vllm-legacy ${perOp.toExponential(3)}`);
    expect(fused).toBeLessThan(perOp);
  });

  test("pipeline validation names the field and the accepted values", () => {
    const good = zooPipeline("hf");
    expect(() => emulate({ ...good, angle: { format: "fp8" as "fp32" } })).toThrow(/^pipeline.angle.format: expected one of "fp64", "fp32", "tf32", "bf16", "fp16"/);
    expect(() => emulate({ ...good, rotate: { format: "fp32", fma: "yes" as "none" } })).toThrow(/^pipeline.rotate.fma: expected one of "none", "first", "second"/);
    expect(() => emulate({ ...good, rope: { ...good.rope, layout: "x" as "neox" } })).toThrow(/^pipeline.rope.layout: /);
    expect(() => emulate({ ...zooPipeline("ggml-cpu"), angle: { format: "fp64" } })).toThrow(/^pipeline.angle.format: expected "fp32"/);
    expect(() => zooKernel("hf@fp8-e4m3fn")).toThrow(InvalidArgumentError);
    expect(() => zooKernel("nope")).toThrow(/^zoo kernel: expected one of hf, /);
    const k = zooKernel("hf");
    expect(() => k.rotate(new Float64Array(10), new Float64Array(1), 128)).toThrow(/^x: /);
    expect(() => k.rotate(new Float64Array(128), Float64Array.of(0.5), 128)).toThrow(/^positions\[0\]: expected a safe integer/);
  });
});

describe("rounders", () => {
  test("rounder(format)(x) equals round(format, x) on random and boundary inputs", () => {
    const rng = createRng(SEED);
    for (const f of ["bf16", "fp16", "tf32", "fp8-e4m3fn", "fp8-e5m2", "fp32", "fp64"] as const) {
      const r = rounder(f);
      const bad: string[] = [];
      for (let k = 0; k < 200_000; k++) {
        const x = (rng() < 0.5 ? -1 : 1) * (1 + rng()) * 2 ** Math.floor(rng() * 80 - 40);
        if (!Object.is(r(x), round(f, x))) bad.push(`${f} ${x}`);
      }
      for (const x of [0, -0, Infinity, -Infinity, NaN, 1e-320, 65520, 464, 3.4e38]) if (!Object.is(r(x), round(f, x))) bad.push(`${f} ${x}`);
      expect(bad.slice(0, 5)).toEqual([]);
    }
  });
});
