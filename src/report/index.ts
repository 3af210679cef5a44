export { REPORT_SCHEMA, reportJson, writeReport } from "./model.js";
export type { Report } from "./model.js";
export { paperMarkdown, paperHtml, writePaperReport } from "./paper-report.js";
export { gate, baselineFrom, asBaseline, asReport, parseJsonFile, regressionsMarkdown, GateInputError, BASELINE_SCHEMA } from "./gate.js";
export type { Baseline, BaselineEntry, Regression } from "./gate.js";
export { reportMarkdown, reportJunit, escapeMarkdown, escapeXml, escapeTerminal } from "./render.js";
export { toJson } from "./model.js";
