/**
 * rope-audit's public API: what README.md and docs/ document. Everything else is internal; the bench and the
 * tests reach it by deep import (src/<layer>/...), and it may change without notice.
 */

// Number formats: the format table, rounding, bit patterns and distances (README § Library API).
export { FORMAT_NAMES, formatSpec } from "./formats/table.js";
export type { FormatName, FormatSpec } from "./formats/table.js";
export { round, roundArray } from "./formats/round.js";
export type { RoundingMode } from "./formats/round.js";
export { encode, decode, encodeArray, decodeArray, allocateBits } from "./formats/bits.js";
export type { BitArray } from "./formats/bits.js";
export { ulpDistance, bitsOfError } from "./formats/ulp.js";
export { createRng, uniformSource } from "./formats/rng.js";
export type { Rng, UniformSource } from "./formats/rng.js";

// The RoPE oracle: exact (decimal) and fast (fp64), and their cross-check.
export { createDecimalOracle } from "./oracle/decimal-oracle.js";
export { createFastOracle } from "./oracle/fast-oracle.js";
export type { FastOracle } from "./oracle/fast-oracle.js";
export { crossCheckOracle } from "./oracle/cross-check.js";
export type { Oracle } from "./oracle/oracle.js";
export { SCALING_TYPES, ropeSpecAt } from "./oracle/spec.js";
export type { RopeSpec, Scaling, ScalingType, Layout } from "./oracle/spec.js";

// Pipelines and the zoo: bit-faithful emulations of real RoPE implementations.
export { emulate } from "./rope/emulate.js";
export type { EmulatedKernel, EmulateOptions } from "./rope/emulate.js";
export { describePipeline } from "./rope/pipeline.js";
export type { PipelineSpec } from "./rope/pipeline.js";
export { ZOO, zooKernel, zooNames, zooPipeline } from "./kernels/zoo.js";
export type { Kernel, KernelRope } from "./kernels/kernel.js";

// Properties, the suite and its judgments (docs/properties.md).
export { assertProperty, measureProperty } from "./measure/property.js";
export type { AssertResult, Evaluation, KernelUnderTest, MeasureResult, Property } from "./measure/property.js";
export { runPair, runSuite } from "./measure/suite.js";
export type { SuiteOptions, SuiteResult } from "./measure/suite.js";
export { floorKernel } from "./measure/floor.js";
export { errorBudget } from "./measure/budget.js";
export type { ErrorBudget } from "./measure/budget.js";
export { fingerprint, fingerprintInputs } from "./measure/fingerprint.js";
export type { Fingerprint } from "./measure/fingerprint.js";

// Generators: fast-check arbitraries and measure-mode samplers (one file per arbitrary in src/generators).
export { formatValue, formatArray } from "./generators/format-value.js";
export { position, uniformPosition, logUniformPosition, boundaryPosition, shift, BOUNDARY_POSITIONS } from "./generators/positions.js";
export { vector, sampleVectors, sampleSinkWorkload } from "./generators/vectors.js";
export { largestIndices } from "./measure/stats.js";
export { ropeWorkload, HEAD_DIMS, BASES } from "./generators/workload.js";

// Attention: masking schemes, score pipelines, the paper's D and D_logit.
export type { Scheme } from "./attention/packing.js";
export { scoreForFormat, FLASH_SCORE, EXACT_SCORE } from "./attention/score.js";
export type { ScorePipeline } from "./attention/score.js";
export { attentionShift, firstKeyLogitShift, firstKeyLogitDeltas } from "./attention/shift.js";
export type { AttentionKernel } from "./attention/kernel-check.js";

// Runs, reports and the gate.
export { runAudit } from "./engine/audit.js";
export type { AuditPlan, RunSettings } from "./engine/jobs.js";
export type { PropertyRef } from "./engine/property-modules.js";
export { writeReport, buildReport } from "./report/model.js";
export type { Report } from "./report/model.js";
export { mergeReports } from "./report/merge.js";
export { baselineFrom, gate, gateMarkdown } from "./report/gate.js";
export type { Baseline, GateResult } from "./report/gate.js";

export { RopeAuditError, InvalidArgumentError } from "./errors.js";
export { VERSION } from "./version.js";

// A model's RoPE from its own files (docs/model.md).
export { loadModel, auditModel, writeModelReport } from "./model/index.js";
export type { ModelWorkload, ModelSummary, ModelAuditOptions } from "./model/index.js";
