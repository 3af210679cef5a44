/**
 * onnx: kernels run in a process of their own (native code: a crash there must not take the run). The
 * isolated kernel gives ONNX Runtime's outputs bit for bit, and a native crash of its process is one
 * finding: the call fails, the next call gets a fresh process with the same outputs.
 */
import { expect, test } from "vitest";
import { startIsolatedKernel } from "../../../src/kernels/isolated/kernel.js";
import { onnxKernel } from "../../../src/kernels/onnx/kernel.js";
import { loadOrt } from "../../../src/kernels/onnx/ort-api.js";

let ortAvailable = true;
try {
  await loadOrt();
} catch {
  ortAvailable = false;
}

test.skipIf(!ortAvailable && process.env.CI !== "true")("onnx:contrib:fp16 in its own process: ORT's outputs bit for bit; a SIGSEGV there is a finding and the next call recovers", async () => {
  const d = 64;
  const positions = Float64Array.of(0, 1, 4095, 65536, 1 << 20);
  const x = Float64Array.from({ length: positions.length * d }, (_, i) => Math.round(1024 * Math.cos(0.37 * i)) / 1024);
  const inProcess = await onnxKernel({ variant: "contrib", dtype: "fp16" }).rotate(x, positions, d);
  const k = await startIsolatedKernel({ kind: "onnx", variant: "contrib", dtype: "fp16" }, "onnx:contrib:fp16", { timeoutMs: 30_000, memoryMb: 1024 });
  try {
    expect(k.name).toBe("onnx:contrib:fp16");
    expect(await k.rotate(x, positions, d)).toEqual(inProcess);
    const pid = k.pid!;
    process.kill(pid, "SIGSEGV"); // what a segfault in the native library does to its process
    await new Promise((r) => setTimeout(r, 300));
    await expect(k.rotate(x, positions, d)).rejects.toThrow("onnx:contrib:fp16: its process was killed by SIGSEGV");
    expect(await k.rotate(x, positions, d)).toEqual(inProcess);
    expect(k.pid).not.toBe(pid);
  } finally {
    await k.close();
  }
});
