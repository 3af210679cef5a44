/**
 * Kernel specs (`zoo:NAME`, `module:PATH`, `exec:COMMAND`, `onnx:VARIANT:DTYPE`) opened as the suite sees
 * them. A session owns the processes it starts and closes them all at the end, so a run on any thread
 * (the main one or a worker) cleans up after itself; it caches each spec so a worker that gets several
 * jobs for one exec: kernel starts its process once.
 */
import { InvalidArgumentError } from "../errors.js";
import type { Scaling } from "../oracle/spec.js";
import { zooKernel } from "../kernels/zoo.js";
import { guardKernel } from "../kernels/guard.js";
import { DEFAULT_KERNEL_MEMORY_MB, startIsolatedKernel } from "../kernels/isolated/kernel.js";
import { startProcessKernel } from "../kernels/process-kernel.js";
import type { KernelUnderTest, MeasureResult } from "../measure/property.js";
import { parseGgmlSpec } from "../kernels/ggml/kernel.js";

/** A kernel under test, with what the report says about where it came from. */
export type OpenedKernel = KernelUnderTest & { pipeline: unknown; spec: string };

/** RoPE overrides for zoo: kernels (audit's --workload base and scaling; a model's rotary dim). */
export interface ZooOverrides {
  base?: number;
  scaling?: Scaling;
  rotaryDim?: number;
}

export const KERNEL_SPEC_FORMS = "zoo:NAME (e.g. zoo:hf, zoo:hf@fp16), module:PATH, exec:COMMAND, onnx:contrib|opset23:fp16|fp32 or ggml:f32|f16:normal|neox";

export class KernelSession {
  private readonly processes: { close(): Promise<void> }[] = [];
  private readonly opened = new Map<string, Promise<OpenedKernel>>();
  /**
   * Format-floor and reference-kernel measurements made in this session, so each (property, workload) is
   * measured once here.
   */
  readonly floors = new Map<string, Promise<MeasureResult>>();
  /** Measure-mode cases drawn in this session, by property and workload (SuiteOptions.caseDraws). */
  readonly caseDraws = new Map<string, readonly unknown[]>();

  constructor(
    private readonly options: { headDim: number; timeoutSeconds: number; zoo?: ZooOverrides; kernelMemoryMb?: number },
  ) {}

  /** The kernel a spec names; the same promise for the same spec. */
  kernel(spec: string): Promise<OpenedKernel> {
    let k = this.opened.get(spec);
    if (!k) {
      // Every kernel, the zoo's included, is called through the guard (kernels/guard.ts).
      k = this.open(spec).then(guardKernel);
      this.opened.set(spec, k);
    }
    return k;
  }

  private async open(spec: string): Promise<OpenedKernel> {
    const headDim = this.options.headDim;
    if (spec.startsWith("exec:")) {
      const k = await startProcessKernel(spec.slice("exec:".length), this.options.timeoutSeconds * 1000);
      this.processes.push(k);
      return { name: k.name, format: k.format, rope: k.rope, headDim, pipeline: { source: spec }, spec, rotate: (x, p, d) => k.rotate(x, p, d) };
    }
    if (spec.startsWith("zoo:")) {
      const k = zooKernel(spec.slice(4), this.options.zoo ?? {});
      return { name: k.name, format: k.format, rope: k.rope, headDim, pipeline: k.pipeline, spec, rotate: (x, p, d) => k.rotate(x, p, d) };
    }
    if (spec.startsWith("onnx:")) {
      const m = /^onnx:(contrib|opset23):(fp16|fp32)$/.exec(spec);
      if (!m) throw new InvalidArgumentError("--kernel", "onnx:contrib:fp16, onnx:contrib:fp32, onnx:opset23:fp16 or onnx:opset23:fp32", spec);
      // Native code: in a process of its own, where a crash is a finding (kernels/isolated/).
      const k = await startIsolatedKernel({ kind: "onnx", variant: m[1] as "contrib" | "opset23", dtype: m[2] as "fp16" | "fp32" }, spec, this.isolation());
      this.processes.push(k);
      return { name: k.name, format: k.format, rope: k.rope, headDim, pipeline: { source: spec }, spec, rotate: (x, p, d) => k.rotate(x, p, d) };
    }
    if (spec.startsWith("ggml:")) {
      // llama.cpp's real CPU rope through optional packages; base and scaling from the workload, as zoo: kernels.
      // Native code through FFI: in a process of its own, where a crash is a finding (kernels/isolated/).
      const { type, mode } = parseGgmlSpec(spec);
      const k = await startIsolatedKernel({ kind: "ggml", type, mode, base: this.options.zoo?.base ?? 10000, scaling: this.options.zoo?.scaling }, spec, this.isolation());
      this.processes.push(k);
      return { name: k.name, format: k.format, rope: k.rope, headDim, pipeline: { source: spec }, spec, rotate: (x, p, d) => k.rotate(x, p, d) };
    }
    if (spec.startsWith("module:")) {
      const k = await startIsolatedKernel({ kind: "module", path: spec.slice("module:".length) }, spec, this.isolation());
      this.processes.push(k);
      return { name: k.name, format: k.format, rope: k.rope, headDim, pipeline: { source: spec }, spec, rotate: (x, p, d) => k.rotate(x, p, d) };
    }
    throw new InvalidArgumentError("--kernels", `specs of the form ${KERNEL_SPEC_FORMS}`, spec);
  }

  private isolation(): { timeoutMs: number; memoryMb: number } {
    return { timeoutMs: this.options.timeoutSeconds * 1000, memoryMb: this.options.kernelMemoryMb ?? DEFAULT_KERNEL_MEMORY_MB };
  }

  /** Ends every process this session started. */
  async close(): Promise<void> {
    await Promise.all(this.processes.splice(0).map((k) => k.close()));
  }
}
