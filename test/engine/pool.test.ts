/**
 * The pool (src/engine/pool.ts) on its own: outcomes come back in job order for any worker count, a job that
 * throws becomes the same finding on 1 and on N workers, a worker thread that dies mid-job is replaced and its
 * job handed to `lost`, and a `lost` that throws ends the run with its error.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, test } from "vitest";
import { KernelSession } from "../../src/engine/kernel-session.js";
import { type AuditPlan, type Job, planJobs } from "../../src/engine/jobs.js";
import { runJobs, runOnWorkers } from "../../src/engine/pool.js";
import { loadProperties } from "../../src/engine/property-modules.js";
import { builtinPropertiesModule } from "../../src/cli/property-specs.js";
import { BUILT_INDEX } from "../helpers/cli.js";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const dir = mkdtempSync(`${tmpdir()}/rope-audit-pool-`);
const THROWS = `${dir}/throws-on-origin.mjs`;
// Throws only for position-0-only batches (rope.origin's): other properties of the same kernel still run.
writeFileSync(
  THROWS,
  `import { zooKernel } from ${JSON.stringify(BUILT_INDEX)};\nconst k = zooKernel("hf");\nexport default { name: "picky", format: "bf16", rope: { layout: "neox", base: 10000 }, rotate(x, p, d) { if (p.every((v) => v === 0)) throw new Error("no position 0, please"); return k.rotate(x, p, d); } };\n`,
);
// Kernels run in processes of their own (src/kernels/isolated), so what takes a worker thread down is code
// that runs in it: a property whose evaluate() exits.
const EXIT_PROPERTY = `${dir}/exit-property.mjs`;
writeFileSync(
  EXIT_PROPERTY,
  `import fc from ${JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve("fast-check")).href)};
export const exits = {
  id: "test.exits", claim: "exits", measure: "-", threshold: () => 0, derivation: () => "0",
  sample: () => 0, arbitrary: () => fc.constant(0), describe: () => "the case",
  evaluate: () => process.exit(7),
};
`,
);

const plan = (kernels: string[], properties = ["rope.origin", "rope.norm"]): AuditPlan => ({
  kernels,
  properties: properties.map((id) => ({ id, module: builtinPropertiesModule() })),
  seed: 3,
  cases: 8,
  numRuns: 4,
  maxPosition: 4096,
  headDim: 32,
  timeoutSeconds: 10,
});

async function run(p: AuditPlan, workers: number, jobs: Job[] = planJobs(p)) {
  const session = new KernelSession({ headDim: p.headDim, timeoutSeconds: p.timeoutSeconds });
  try {
    return await runJobs(jobs, { plan: p, workers, session, properties: await loadProperties(p.properties) });
  } finally {
    await session.close();
  }
}

describe("runJobs", () => {
  test("outcomes in job order, identical on 1, 2 and 3 workers", async () => {
    const p = plan(["zoo:hf", "zoo:exact-fp64"]);
    const jobs = planJobs(p);
    const one = await run(p, 1);
    expect(one.map((o) => o.kind)).toEqual(jobs.map((j) => j.kind));
    expect(JSON.stringify(await run(p, 2))).toBe(JSON.stringify(one));
    expect(JSON.stringify(await run(p, 3))).toBe(JSON.stringify(one));
  });

  test("a kernel that throws is the same finding on 1 and 2 workers", async () => {
    const p = plan([`module:${THROWS}`]);
    const one = await run(p, 1);
    const two = await run(p, 2);
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    const origin = one.find((o) => o.kind === "suite" && o.result.property === "rope.origin");
    expect(origin?.kind === "suite" && origin.result.verdict).toBe("error");
    expect(origin?.kind === "suite" && origin.result.error).toBe("no position 0, please");
    const norm = one.find((o) => o.kind === "suite" && o.result.property === "rope.norm");
    expect(norm?.kind === "suite" && norm.result.verdict).toBe("pass");
  });

  test("a job naming a property the run does not have ends the run alike on 1 and 2 workers", async () => {
    const p = plan(["zoo:hf"]);
    const jobs: Job[] = [{ kind: "suite", kernel: "zoo:hf", property: "rope.origin" }, { kind: "suite", kernel: "zoo:hf", property: "no.such" }];
    const pWithExtra = { ...p, properties: [...p.properties, { id: "no.such", module: builtinPropertiesModule() }] };
    // The main thread refuses the plan before any job runs: a property no module exports.
    await expect(loadProperties(pWithExtra.properties)).rejects.toThrow(/exports no property "no\.such"/);
    // Handed a job naming it anyway, runJob throws; both paths turn that into failedOutcome's throw for a
    // property the run does not have.
    await expect(run(p, 1, jobs)).rejects.toThrow();
    await expect(run(p, 2, jobs)).rejects.toThrow();
  });

  test("a worker thread that exits mid-job is replaced; the job becomes a finding and the others complete", async () => {
    const p = { ...plan(["zoo:exact-fp64"], ["rope.origin"]), properties: [{ id: "rope.origin", module: builtinPropertiesModule() }, { id: "test.exits", module: pathToFileURL(EXIT_PROPERTY).href }] };
    const jobs: Job[] = [{ kind: "suite", kernel: "zoo:exact-fp64", property: "test.exits" }, { kind: "suite", kernel: "zoo:exact-fp64", property: "rope.origin" }];
    const session = new KernelSession({ headDim: p.headDim, timeoutSeconds: p.timeoutSeconds });
    try {
      const outcomes = await runJobs(jobs, { plan: p, workers: 2, session, properties: await loadProperties(p.properties) });
      const exits = outcomes[0]!;
      expect(exits.kind === "suite" && exits.result.error).toMatch(/worker thread exited \(code 7\) during this job/);
      const origin = outcomes[1]!;
      expect(origin.kind === "suite" && origin.result.verdict).toBe("pass");
    } finally {
      await session.close();
    }
  });
});

describe("runOnWorkers", () => {
  test("a lost() that throws ends the run with its error", async () => {
    const p = { ...plan(["zoo:exact-fp64"]), properties: [{ id: "test.exits", module: pathToFileURL(EXIT_PROPERTY).href }] };
    await expect(
      runOnWorkers([{ kind: "suite", kernel: "zoo:exact-fp64", property: "test.exits" }] as Job[], {
        workers: 2,
        setup: { kind: "audit", plan: p },
        lost: () => {
          throw new Error("stop here");
        },
      }),
    ).rejects.toThrow("stop here");
  });
});
