export { emulate, simdScratchBytes, ROTATION_PATHS } from "./emulate.js";
export type { EmulatedKernel, EmulateOptions, PathName, PathStats, SimdCounters, StageTrace } from "./emulate.js";
export { KERNEL_DATA_BYTES, createKernelMemory } from "./simd/kernels.js";
export type { WasmMemory } from "./simd/kernels.js";
export { resolvePipeline, describePipeline, STAGES, EXACT_STAGES } from "./pipeline.js";
export type {
  PipelineSpec,
  PipelineStages,
  PipelineRope,
  ResolvedPipeline,
  StageName,
  ArithFormat,
  AngleFormat,
  PositionFormat,
  FmaMode,
  InvFreqMethod,
  LinearScalingTarget,
} from "./pipeline.js";
