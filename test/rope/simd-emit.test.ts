/**
 * The WebAssembly emitter behind the SIMD kernels (src/rope/simd/wasm-emit.ts): LEB128 encodings against
 * the specification's examples and edge cases, and modules that validate in both memory variants.
 */
import { describe, expect, test } from "vitest";
import { kernelBytes } from "../../src/rope/simd/kernels.js";
import { F64, Func, I32, emitModule, get, set, simd, SIMD, sleb, uleb } from "../../src/rope/simd/wasm-emit.js";

// TypeScript's lib here has no WebAssembly declarations (see kernels.ts).
const WebAssembly = (globalThis as unknown as { WebAssembly: { validate(b: Uint8Array): boolean; Module: new (b: Uint8Array) => object; Instance: new (m: object) => { exports: unknown } } })
  .WebAssembly;

describe("wasm-emit", () => {
  test("unsigned and signed LEB128", () => {
    expect(uleb(0)).toEqual([0x00]);
    expect(uleb(127)).toEqual([0x7f]);
    expect(uleb(128)).toEqual([0x80, 0x01]);
    expect(uleb(624485)).toEqual([0xe5, 0x8e, 0x26]); // the DWARF / Wikipedia example
    expect(uleb(0xffffffff)).toEqual([0xff, 0xff, 0xff, 0xff, 0x0f]);
    expect(() => uleb(-1)).toThrow(RangeError);
    expect(sleb(0)).toEqual([0x00]);
    expect(sleb(63)).toEqual([0x3f]);
    expect(sleb(64)).toEqual([0xc0, 0x00]);
    expect(sleb(-1)).toEqual([0x7f]);
    expect(sleb(-64)).toEqual([0x40]);
    expect(sleb(-65)).toEqual([0xbf, 0x7f]);
    expect(sleb(-123456)).toEqual([0xc0, 0xbb, 0x78]);
    expect(sleb(-(1n << 63n))).toEqual([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f]);
  });

  test("a small module runs: f64x2 arithmetic through locals", () => {
    const f = new Func("twice", [F64], [F64]);
    const v = f.local(0x7b);
    f.body = [...set(v, simd(SIMD.f64x2_splat, get(0))), ...simd(0x21 /* f64x2.extract_lane */, simd(SIMD.f64x2_add, get(v), get(v))), 0];
    const bytes = emitModule([f], { kind: "own", pages: 1, data: new Uint8Array(0) });
    expect(WebAssembly.validate(bytes)).toBe(true);
    const { twice } = new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports as { twice: (x: number) => number };
    expect(twice(1.25)).toBe(2.5);
    expect(I32).toBe(0x7f);
  });

  test("the kernels validate, with their own memory and on an imported shared memory; the build is deterministic", () => {
    for (const memory of ["own", "imported-shared"] as const) {
      const bytes = kernelBytes(memory);
      expect(WebAssembly.validate(bytes)).toBe(true);
      expect(kernelBytes(memory)).toEqual(bytes);
    }
  });
});
