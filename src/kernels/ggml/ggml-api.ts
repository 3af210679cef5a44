/**
 * llama.cpp's own ggml CPU libraries, called through the FFI package koffi. Both come from optional npm
 * packages: `@node-llama-cpp/linux-x64` ships libggml-base.so and one libggml-cpu-<variant>.so per x86-64
 * micro-architecture; `koffi` loads them. Declared here (C API of ggml 0.23, include/ggml.h and
 * include/ggml-cpu.h in ggml-org/ggml) so the project builds without either package.
 *
 * FFI pointers are unchecked: a wrong shape or pointer kills the process rather than throwing, so every
 * caller validates sizes before a call, and tensors are only touched through ggml_get_data/ggml_nbytes.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { RopeAuditError } from "../../errors.js";

export const KOFFI_VERSION = "3.3.4";
export const LLAMA_CPP_PACKAGE = "@node-llama-cpp/linux-x64";
export const LLAMA_CPP_VERSION = "3.21.1";

/** ggml_type values checked against ggml_type_name at load time. */
export const GGML_TYPE = { f32: 0, f16: 1, i32: 26 } as const;
/** ggml_rope_ext mode: adjacent pairs (GPT-J) or halves (NeoX). */
export const GGML_ROPE_MODE = { normal: 0, neox: 2 } as const;

type Ptr = unknown;

/** The functions this project calls, with koffi's JS types. */
export interface GgmlApi {
  init(memSize: number): Ptr;
  free(ctx: Ptr): void;
  newTensor1d(ctx: Ptr, type: number, ne0: number): Ptr;
  newTensor3d(ctx: Ptr, type: number, ne0: number, ne1: number, ne2: number): Ptr;
  ropeExt(ctx: Ptr, a: Ptr, b: Ptr, c: Ptr, nDims: number, mode: number, nCtxOrig: number, freqBase: number, freqScale: number, extFactor: number, attnFactor: number, betaFast: number, betaSlow: number): Ptr;
  newGraph(ctx: Ptr): Ptr;
  buildForwardExpand(graph: Ptr, t: Ptr): void;
  /** A view of the tensor's data (zero-copy over native memory) of `bytes` bytes. */
  data(t: Ptr, bytes: number): ArrayBuffer;
  nbytes(t: Ptr): number;
  /** ggml_graph_plan + ggml_graph_compute with a work buffer kept across calls (graph_compute_with_ctx leaks). */
  compute(graph: Ptr, threads: number): number;
  tensorOverhead(): number;
  graphOverhead(): number;
  version: string;
  commit: string;
  /** The CPU back-end library loaded, e.g. "haswell". */
  variant: string;
}

interface Koffi {
  load(path: string): { func(name: string, ret: unknown, args: unknown[]): (...a: unknown[]) => unknown };
  struct(name: string, def: Record<string, string>): unknown;
  proto(definition: string): unknown;
  pointer(t: unknown): unknown;
  register(cb: (...a: unknown[]) => void, type: unknown): unknown;
  view(ref: unknown, len: number): ArrayBuffer;
  alloc(type: string, len: number): unknown;
  address(v: unknown): bigint;
}

const KOFFI_PACKAGE: string = "koffi";

/** Which libggml-cpu variant to load: the FMA builds agree bit for bit with each other; the others do not. */
export function cpuVariant(cpuinfo: string): string {
  const flags = new Set((/^flags\s*:(.*)$/m.exec(cpuinfo)?.[1] ?? "").trim().split(/\s+/));
  // haswell = AVX2 + FMA + F16C: every FMA-capable x86-64 CPU since 2013 runs it, and the wider variants
  // (skylakex, icelake, zen4, ...) give the same RoPE bits.
  if (flags.has("avx2") && flags.has("fma") && flags.has("f16c")) return "haswell";
  if (flags.has("sse4_2")) return "sse42";
  return "x64";
}

let cached: Promise<GgmlApi> | undefined;

/** Loads koffi and llama.cpp's ggml CPU libraries once, or throws one line saying how to install them. */
export function loadGgml(): Promise<GgmlApi> {
  cached ??= open().catch((e: unknown) => {
    cached = undefined;
    throw e;
  });
  return cached;
}

const INSTALL = `npm i -O koffi@${KOFFI_VERSION} ${LLAMA_CPP_PACKAGE}@${LLAMA_CPP_VERSION}`;

async function open(): Promise<GgmlApi> {
  if (process.platform !== "linux" || process.arch !== "x64")
    throw new RopeAuditError(`ggml: kernels run llama.cpp's prebuilt linux-x64 CPU libraries; this is ${process.platform}-${process.arch}`);
  let koffi: Koffi;
  let bins: string;
  try {
    const m = (await import(KOFFI_PACKAGE)) as Koffi & { default?: Koffi };
    koffi = m.default ?? m;
    const require = createRequire(import.meta.url);
    // The package exports only dist/index.js; its libraries sit in bins/linux-x64 beside dist/.
    bins = join(dirname(require.resolve(LLAMA_CPP_PACKAGE)), "..", "bins", "linux-x64");
  } catch (e) {
    throw new RopeAuditError(`ggml: kernels need the optional packages koffi and ${LLAMA_CPP_PACKAGE}, which are not installed (install them with: ${INSTALL}): ${e instanceof Error ? e.message.split("\n")[0] : String(e)}`);
  }
  const variant = cpuVariant(existsSync("/proc/cpuinfo") ? readFileSync("/proc/cpuinfo", "utf8") : "");
  const basePath = join(bins, "libggml-base.so");
  const cpuPath = join(bins, `libggml-cpu-${variant}.so`);
  for (const p of [basePath, cpuPath]) if (!existsSync(p)) throw new RopeAuditError(`ggml: ${p} is missing from ${LLAMA_CPP_PACKAGE} (reinstall it with: ${INSTALL})`);
  // The variant library finds libggml-base.so through RUNPATH $ORIGIN: loading base first gives one copy.
  const base = koffi.load(basePath);
  const cpu = koffi.load(cpuPath);
  const InitParams = koffi.struct("ggml_init_params", { mem_size: "size_t", mem_buffer: "void *", no_alloc: "bool" });
  const Cplan = koffi.struct("ggml_cplan", { work_size: "size_t", work_data: "void *", n_threads: "int", threadpool: "void *", abort_callback: "void *", abort_callback_data: "void *", use_ref: "bool" });
  const LogCallback = koffi.proto("void ggml_rope_audit_log(int level, const char *text, void *user_data)");
  const f = {
    init: base.func("ggml_init", "void *", [InitParams]),
    free: base.func("ggml_free", "void", ["void *"]),
    new1d: base.func("ggml_new_tensor_1d", "void *", ["void *", "int", "int64_t"]),
    new3d: base.func("ggml_new_tensor_3d", "void *", ["void *", "int", "int64_t", "int64_t", "int64_t"]),
    rope: base.func("ggml_rope_ext", "void *", ["void *", "void *", "void *", "void *", "int", "int", "int", "float", "float", "float", "float", "float", "float"]),
    newGraph: base.func("ggml_new_graph", "void *", ["void *"]),
    expand: base.func("ggml_build_forward_expand", "void", ["void *", "void *"]),
    getData: base.func("ggml_get_data", "void *", ["void *"]),
    nbytes: base.func("ggml_nbytes", "size_t", ["void *"]),
    typeName: base.func("ggml_type_name", "const char *", ["int"]),
    tensorOverhead: base.func("ggml_tensor_overhead", "size_t", []),
    graphOverhead: base.func("ggml_graph_overhead", "size_t", []),
    version: base.func("ggml_version", "const char *", []),
    commit: base.func("ggml_commit", "const char *", []),
    logSet: base.func("ggml_log_set", "void", [koffi.pointer(LogCallback), "void *"]),
    cpuInit: cpu.func("ggml_cpu_init", "void", []),
    plan: cpu.func("ggml_graph_plan", Cplan, ["void *", "int", "void *"]),
    compute: cpu.func("ggml_graph_compute", "int", ["void *", koffi.pointer(Cplan)]),
  };
  for (const [name, type] of [["f32", GGML_TYPE.f32], ["f16", GGML_TYPE.f16], ["i32", GGML_TYPE.i32]] as const)
    if (f.typeName(type) !== name) throw new RopeAuditError(`ggml: type ${type} is ${String(f.typeName(type))} in this libggml, expected ${name}: an incompatible ${LLAMA_CPP_PACKAGE} (install ${LLAMA_CPP_VERSION})`);
  // ggml logs to stderr unless a callback is installed; rope-audit's output stays its own.
  f.logSet(koffi.register(() => {}, koffi.pointer(LogCallback)), null);
  f.cpuInit();
  let work: { buffer: unknown; size: number } = { buffer: null, size: 0 };
  return {
    init: (memSize) => f.init({ mem_size: memSize, mem_buffer: null, no_alloc: false }),
    free: (ctx) => void f.free(ctx),
    newTensor1d: (ctx, type, ne0) => f.new1d(ctx, type, ne0),
    newTensor3d: (ctx, type, ne0, ne1, ne2) => f.new3d(ctx, type, ne0, ne1, ne2),
    ropeExt: (...a) => f.rope(...a),
    newGraph: (ctx) => f.newGraph(ctx),
    buildForwardExpand: (g, t) => void f.expand(g, t),
    data: (t, bytes) => koffi.view(f.getData(t), bytes),
    nbytes: (t) => Number(f.nbytes(t)),
    compute(graph, threads) {
      const plan = f.plan(graph, threads, null) as { work_size: number | bigint; work_data: unknown };
      const need = Number(plan.work_size);
      if (need > work.size) work = { buffer: koffi.alloc("uint8_t", need), size: need };
      plan.work_data = need > 0 ? work.buffer : null;
      return f.compute(graph, plan) as number;
    },
    tensorOverhead: () => Number(f.tensorOverhead()),
    graphOverhead: () => Number(f.graphOverhead()),
    version: String(f.version()),
    commit: String(f.commit()),
    variant,
  };
}
