/** The stderr line cpu-at-exit.ts writes and commandsBench (run.ts) reads: `CPU_LINE main process`, in seconds. */
export const CPU_LINE = "rope-audit-bench-cpu";
