export { emulate } from "./emulate.js";
export type { EmulatedKernel, EmulateOptions, StageTrace } from "./emulate.js";
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
