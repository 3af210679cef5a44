export { formatValue, formatArray } from "./format-value.js";
export type { FormatValueOptions, FormatArrayOptions } from "./format-value.js";
export { position, uniformPosition, logUniformPosition, boundaryPosition, shift, BOUNDARY_POSITIONS, MAX_POSITION } from "./positions.js";
export { vector, sampleVectors, sampleSinkWorkload, DISTRIBUTIONS } from "./vectors.js";
export type { Distribution } from "./vectors.js";
export { ropeWorkload, HEAD_DIMS, BASES } from "./workload.js";
