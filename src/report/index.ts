export { REPORT_SCHEMA, reportJson, writeReport } from "./model.js";
export type { Report } from "./model.js";
