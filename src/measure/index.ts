export { errorBudget, withExactStage, describeBucket } from "./budget.js";
export type { BudgetOptions, BudgetBucket, ErrorBudget, StageContribution } from "./budget.js";
