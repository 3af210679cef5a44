export { REPORT_SCHEMA, reportJson, writeReport } from "./model.js";
export type { Report } from "./model.js";
export { paperMarkdown, paperHtml, writePaperReport } from "./paper-report.js";
