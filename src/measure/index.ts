export { errorBudget, withExactStage, describeBucket } from "./budget.js";
export type { BudgetOptions, BudgetBucket, ErrorBudget, StageContribution } from "./budget.js";
export { summarize, summarizeByBucket, bucketOf } from "./stats.js";
export type { Summary, BucketSummary } from "./stats.js";
export { measureProperty, assertProperty, derivedSeed, replayToken, parseReplayToken, weighted } from "./property.js";
export type { Property, KernelUnderTest, Evaluation, MeasureResult, AssertResult } from "./property.js";
export { runSuite } from "./suite.js";
export type { SuiteOptions, SuiteResult, SuiteKernel } from "./suite.js";
