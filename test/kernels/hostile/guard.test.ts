/** The guard every kernel is called through (src/kernels/guard.ts), on in-process kernels. */
import { expect, test } from "vitest";
import { KernelFailure, cleanMessage, firstChange, guardKernel, takeFinding } from "../../../src/kernels/guard.js";
import type { Kernel } from "../../../src/kernels/kernel.js";
import { zooKernel } from "../../../src/kernels/zoo.js";

test("cleanMessage keeps a first line of at most 300 characters, control characters written out, the original length said", () => {
  expect(cleanMessage("CUDA error: device-side assert")).toBe("CUDA error: device-side assert");
  expect(cleanMessage("\u001b[31mred\u001b[0m\nsecond")).toBe("\\u001b[31mred\\u001b[0m");
  expect(cleanMessage("a\u2028b\u0000c")).toBe("a\\u2028b\\u0000c");
  const huge = "E".repeat(10 * 1024 * 1024);
  const cut = cleanMessage(huge);
  expect(cut).toBe(`${"E".repeat(300)}… (10485760 characters)`);
  expect(cleanMessage(cut)).toBe(cut); // a cut message passes through a second guard unchanged
  // Escaping can make a short message long: the cut counts the escaped text.
  expect(cleanMessage(`${"x".repeat(299)}\u001b`)).toBe(`${"x".repeat(299)}\\… (300 characters)`);
});

test("firstChange compares bits: -0, NaN payloads and the first differing index", () => {
  const a = Float64Array.of(1, 0, NaN, 4);
  expect(firstChange(a, a.slice())).toBe(-1);
  expect(firstChange(a, Float64Array.of(1, -0, NaN, 4))).toBe(1);
  const b = a.slice();
  const words = new Uint32Array(b.buffer);
  words[4] = words[4]! ^ 1; // another NaN payload at index 2
  expect(Number.isNaN(b[2])).toBe(true);
  expect(firstChange(a, b)).toBe(2);
  expect(firstChange(a, a.subarray(0, 3))).toBe(3);
  // Views compare their own elements only: equal views of differing buffers, a change outside the view.
  const big = Float64Array.of(9, 1, 0, NaN, 4, 9);
  expect(firstChange(a, big.subarray(1, 5))).toBe(-1);
  big[5] = 7;
  expect(firstChange(big.subarray(1, 5), a)).toBe(-1);
  big[4] = 5;
  expect(firstChange(big.subarray(1, 5), a)).toBe(3);
});

const hf = zooKernel("hf");
type Callable = Pick<Kernel, "name" | "rotate">;
const x = Float64Array.from({ length: 4 * 16 }, (_, i) => Math.round(64 * Math.sin(i)) / 64);
const positions = Float64Array.of(0, 1, 1000, 65535);

test("a zoo kernel through the guard: same outputs, no finding, inputs untouched", async () => {
  const g = guardKernel({ name: hf.name, rotate: (a: Float64Array, p: Float64Array, d: number) => hf.rotate(a, p, d) });
  const before = x.slice();
  expect(await g.rotate(x, positions, 16)).toEqual(hf.rotate(x, positions, 16));
  expect(firstChange(before, x)).toBe(-1);
  expect(takeFinding(g)).toBeNull();
});

test("an in-place writer never reaches our arrays; the first write is the finding, taken once", async () => {
  const g = guardKernel({
    name: "inplace",
    rotate(a: Float64Array, p: Float64Array, d: number) {
      const y = hf.rotate(a, p, d);
      a[17] = 99;
      p[0] = 5;
      return y;
    },
  });
  const before = x.slice();
  const y = await g.rotate(x, positions, 16);
  expect(y).toEqual(hf.rotate(x, positions, 16));
  expect(firstChange(before, x)).toBe(-1);
  expect(positions[0]).toBe(0);
  expect(takeFinding(g)).toBe("inplace modified its inputs: x[17] changed (measured on rope-audit's own copy)");
  expect(takeFinding(g)).toBeNull();
});

test("a kernel that reuses its output buffer cannot change a result already returned", async () => {
  const out = new Float64Array(x.length);
  const g = guardKernel({ name: "reuse", rotate: (a: Float64Array, p: Float64Array, d: number) => (out.set(hf.rotate(a, p, d)), out) });
  const first = await g.rotate(x, positions, 16);
  const firstCopy = first.slice();
  await g.rotate(x.map((v) => -v), positions, 16);
  expect(first).toEqual(firstCopy);
});

test("wrong outputs and hostile throws become one-line KernelFailures", async () => {
  const wrong = guardKernel<Callable>({ name: "wrong", rotate: () => new Float32Array(4) as unknown as Float64Array });
  await expect(wrong.rotate(x, positions, 16)).rejects.toThrow(new KernelFailure("wrong: rotate returned a Float32Array, expected a Float64Array of 64"));
  const throws = guardKernel<Callable>({
    name: "throws",
    rotate: () => {
      throw { toString: () => "\u001b[2Jgone" };
    },
  });
  await expect(throws.rotate(x, positions, 16)).rejects.toThrow(/^threw an object: \\u001b\[2Jgone$/);
});
