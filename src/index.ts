/** rope-audit public API. */
export * from "./formats/index.js";
export { RopeAuditError, InvalidArgumentError } from "./errors.js";
export * from "./oracle/index.js";
export * from "./rope/index.js";
export * from "./kernels/index.js";
export * from "./measure/index.js";
export * from "./generators/index.js";
export * from "./report/index.js";
export * from "./attention/index.js";
export * from "./engine/index.js";
export * from "./model/index.js";
