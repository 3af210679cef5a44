export { packSequence, visible, columnCounts, SCHEMES } from "./packing.js";
export type { Scheme, PackedSequence } from "./packing.js";
export { scoreFunctions, FLASH_SCORE, EXACT_SCORE } from "./score.js";
export type { ScorePipeline, ScoreFunctions } from "./score.js";
export { attentionShift } from "./shift.js";
export type { ShiftOptions, ShiftResult, RotatingKernel } from "./shift.js";
