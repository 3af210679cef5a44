/** A model's RoPE read from its own files (HF config.json, GGUF header) and audited at its own positions. */
export { loadModel } from "./load.js";
export { hfWorkload, loadHfConfig, HF_ROPE_TYPES, GPTJ_PAIRING } from "./hf-config.js";
export { ggufWorkload, loadGgufWorkload, LLAMA_CPP_NORM, LLAMA_CPP_NEOX } from "./gguf-workload.js";
export { readGgufHeader, readSmallF32Tensor, GGUF_LIMITS } from "./gguf.js";
export type { GgufHeader, GgufValue, GgufArray, GgufTensorInfo } from "./gguf.js";
export { ModelInputError, describeWorkload } from "./workload.js";
export type { ModelWorkload, ModelDtype, Sourced } from "./workload.js";
export { auditModel, modelPipelines, modelSummaryMarkdown, writeModelReport, MODEL_SUMMARY_SCHEMA, DEFAULT_MODEL_AUDIT } from "./model-report.js";
export type { ModelSummary, ModelAuditOptions } from "./model-report.js";
