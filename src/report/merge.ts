/**
 * `rope-audit merge`: the reports of the n shards of one run (`--shard i/n`) back into the report the
 * unsharded run writes, byte for byte outside "run". Every job of a run belongs to exactly one shard
 * and reports are sorted by kernel and property, so merging is concatenating and sorting; what must be
 * checked is that the shards really are the n parts of one run.
 */
import { compareByKernel, compareResults } from "../measure/suite.js";
import { GateInputError } from "./gate.js";
import { REPORT_SCHEMA, type Report, type RunInfo, buildReport } from "./model.js";

export class MergeInputError extends GateInputError {}

const HEADER = ["seed", "cases", "numRuns", "maxPosition", "headDim", "kernels", "properties"] as const;
const LISTS = ["results", "budgets", "fingerprints", "series"] as const;

export function mergeReports(inputs: readonly { file: string; report: unknown }[]): Report {
  if (inputs.length === 0) throw new MergeInputError("merge: expected the report.json of every shard (REPORT...), got none");
  const shards = inputs.map(({ file, report }) => {
    const r = report as Partial<Report> | null;
    if (typeof r !== "object" || r === null || r.schema !== REPORT_SCHEMA)
      throw new MergeInputError(`${file}: expected a report with "schema": "${REPORT_SCHEMA}", got ${JSON.stringify((r as { schema?: unknown } | null)?.schema)}`);
    const s = r.shard;
    if (typeof s !== "object" || s === null || !Number.isSafeInteger(s.index) || !Number.isSafeInteger(s.count))
      throw new MergeInputError(`${file}: "shard" must be {"index": i, "count": n} (written by rope-audit run --shard i/n); this report is not a shard`);
    for (const key of LISTS) if (!Array.isArray(r[key])) throw new MergeInputError(`${file}: "${key}" must be an array`);
    return { file, r: r as Report, s };
  });
  const first = shards[0]!;
  const count = first.s.count;
  const seen = new Map<number, string>();
  for (const { file, r, s } of shards) {
    if (s.count !== count) throw new MergeInputError(`${file}: shard ${s.index}/${s.count} is from a ${s.count}-way split, ${first.file} from a ${count}-way split`);
    if (s.index < 1 || s.index > count) throw new MergeInputError(`${file}: shard index ${s.index} outside 1…${count}`);
    const twin = seen.get(s.index);
    if (twin !== undefined) throw new MergeInputError(`${file}: shard ${s.index}/${count} given twice (also ${twin})`);
    seen.set(s.index, file);
    for (const key of HEADER)
      if (JSON.stringify(r[key]) !== JSON.stringify(first.r[key])) throw new MergeInputError(`${file}: "${key}" differs from ${first.file}'s; shards must come from one run (same kernels, properties, seed and sizes)`);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length > 0) throw new MergeInputError(`merge: shards ${missing.map((i) => `${i}/${count}`).join(", ")} missing; expected all ${count}`);
  const all = <K extends (typeof LISTS)[number]>(key: K): Report[K] => shards.flatMap(({ r }) => r[key] as unknown[]) as Report[K];
  const runs = shards.map(({ r }) => r.run).filter((x): x is RunInfo => x !== undefined);
  const run: RunInfo | undefined =
    runs.length > 0
      ? { ...runs[0]!, durationMs: Math.max(...runs.map((x) => x.durationMs)), workers: Math.max(...runs.map((x) => x.workers ?? 1)), mergedShards: count }
      : undefined;
  return buildReport(
    first.r,
    {
      kernels: first.r.kernels,
      properties: first.r.properties,
      results: all("results").sort(compareResults),
      budgets: all("budgets").sort(compareByKernel),
      fingerprints: all("fingerprints").sort(compareByKernel),
      series: all("series").sort(compareByKernel),
    },
    run ? { run } : {},
  );
}
