export { packSequence, visible, columnCounts, SCHEMES } from "./packing.js";
export type { Scheme, PackedSequence } from "./packing.js";
export { scoreFunctions, FLASH_SCORE, EXACT_SCORE } from "./score.js";
export type { ScorePipeline, ScoreFunctions } from "./score.js";
export { attentionShift, firstKeyLogitShift, firstKeyLogitDeltas, attentionError } from "./shift.js";
export type { ShiftOptions, ShiftResult, RotatingKernel, FirstKeyOptions } from "./shift.js";
export { reproducePaper, reproduceConfig, spearman, PAPER_DELTA1 } from "./paper.js";
export type { ReproduceConfig, ReproduceResult, Claim } from "./paper.js";
