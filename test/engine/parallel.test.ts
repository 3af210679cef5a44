/**
 * Reproducibility across workers and shards: reports from --workers 1 and --workers 2, and from two reruns, are identical
 * outside "run"; a 3-way sharded run merged back equals the unsharded one byte for byte outside "run";
 * merge refuses shards that are not the parts of one run (exit 2, one line); a worker thread that dies
 * mid-job becomes a finding and the run completes.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, test } from "vitest";
import { BUILT_INDEX, cli } from "../helpers/cli.js";

const ARGS = ["--kernels", "zoo:hf,zoo:ggml-cpu@fp16,zoo:exact-fp64,zoo:vllm-cuda", "--cases", "16", "--runs", "8", "--max-position", "70000", "--head-dim", "64"];

/** report.json without its "run" key, as text: what must be byte-identical. */
function withoutRun(file: string): string {
  const text = readFileSync(file, "utf8");
  const value = JSON.parse(text) as Record<string, unknown>;
  expect(value.run).toBeDefined();
  delete value.run;
  // The report's own serialisation minus "run": re-serialised the same way (2-space JSON, final newline).
  return `${JSON.stringify(value, null, 2)}\n`;
}

describe("parallel engine and sharding", () => {
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-parallel-`);

  test("--workers 1, --workers 2 and a rerun write identical reports outside \"run\"", async () => {
    const one = await cli("run", ...ARGS, "--workers", "1", "--out", `${dir}/w1`);
    const two = await cli("run", ...ARGS, "--workers", "2", "--out", `${dir}/w2`);
    const again = await cli("run", ...ARGS, "--workers", "2", "--out", `${dir}/w2b`);
    for (const r of [one, two, again]) expect(r.err).toEqual([]);
    const a = withoutRun(`${dir}/w1/report.json`);
    expect(withoutRun(`${dir}/w2/report.json`)).toBe(a);
    expect(withoutRun(`${dir}/w2b/report.json`)).toBe(a);
    const report = JSON.parse(readFileSync(`${dir}/w2/report.json`, "utf8"));
    expect(report.run.workers).toBe(2);
    expect(report.results).toHaveLength(4 * report.properties.length);
    expect(report.series.map((s: { kernel: string }) => s.kernel)).toEqual(["exact-fp64", "ggml-cpu", "hf", "vllm-cuda"]);
    expect(report.budgets).toHaveLength(4);
    // The markdown and JUnit renderings depend only on the report outside "run": identical too.
    for (const f of ["report.md", "junit.xml"]) expect(readFileSync(`${dir}/w2/${f}`, "utf8")).toBe(readFileSync(`${dir}/w1/${f}`, "utf8"));
  }, 240_000);

  test("3 shards merged equal the unsharded run byte for byte outside \"run\"", async () => {
    for (const i of [1, 2, 3]) {
      const r = await cli("run", ...ARGS, "--workers", "1", "--shard", `${i}/3`, "--out", `${dir}/s${i}`);
      expect(r.out.at(-2)).toMatch(new RegExp(`kernel × property checks hold, shard ${i}/3$`));
    }
    const shard1 = JSON.parse(readFileSync(`${dir}/s1/report.json`, "utf8"));
    expect(shard1.shard).toEqual({ index: 1, count: 3 });
    expect(shard1.results.length).toBeGreaterThan(0);
    expect(shard1.kernels).toHaveLength(4); // every shard lists every kernel
    const merged = await cli("merge", `${dir}/s3/report.json`, `${dir}/s1/report.json`, `${dir}/s2/report.json`, "--out", `${dir}/merged`);
    expect(merged.code).toBe(0);
    expect(withoutRun(`${dir}/merged/report.json`)).toBe(withoutRun(`${dir}/w1/report.json`));
    expect(JSON.parse(readFileSync(`${dir}/merged/report.json`, "utf8")).run.mergedShards).toBe(3);
    // Rendered from JSON read back (NaN as "NaN"), the merged Markdown and JUnit are the unsharded ones.
    for (const f of ["report.md", "junit.xml"]) expect(readFileSync(`${dir}/merged/${f}`, "utf8")).toBe(readFileSync(`${dir}/w1/${f}`, "utf8"));
    const body = (f: string): string => readFileSync(f, "utf8").replace(/<footer>.*<\/footer>/, "");
    expect(body(`${dir}/merged/report.html`)).toBe(body(`${dir}/w1/report.html`));
    // Without --out the merged JSON goes to stdout.
    const printed = await cli("merge", `${dir}/s1/report.json`, `${dir}/s2/report.json`, `${dir}/s3/report.json`);
    expect(JSON.parse(printed.out.join("\n")).results).toEqual(JSON.parse(readFileSync(`${dir}/w1/report.json`, "utf8")).results);
  }, 240_000);

  test("merge refuses what is not the n shards of one run: exit 2, one line naming the file", async () => {
    const missing = await cli("merge", `${dir}/s1/report.json`, `${dir}/s2/report.json`);
    expect(missing.code).toBe(2);
    expect(missing.err).toEqual(["rope-audit: merge: shards 3/3 missing; expected all 3"]);
    const twice = await cli("merge", `${dir}/s1/report.json`, `${dir}/s1/report.json`, `${dir}/s3/report.json`);
    expect(twice.err).toEqual([`rope-audit: ${dir}/s1/report.json: shard 1/3 given twice (also ${dir}/s1/report.json)`]);
    const whole = await cli("merge", `${dir}/w1/report.json`);
    expect(whole.code).toBe(2);
    expect(whole.err[0]).toContain("this report is not a shard");
    const other = JSON.parse(readFileSync(`${dir}/s2/report.json`, "utf8"));
    other.seed = 99;
    writeFileSync(`${dir}/other.json`, JSON.stringify(other));
    const mixed = await cli("merge", `${dir}/s1/report.json`, `${dir}/other.json`, `${dir}/s3/report.json`);
    expect(mixed.err).toEqual([`rope-audit: ${dir}/other.json: "seed" differs from ${dir}/s1/report.json's; shards must come from one run (same kernels, properties, seed and sizes)`]);
    writeFileSync(`${dir}/cut.json`, readFileSync(`${dir}/s2/report.json`, "utf8").slice(0, 200));
    const cut = await cli("merge", `${dir}/s1/report.json`, `${dir}/cut.json`, `${dir}/s3/report.json`);
    expect(cut.code).toBe(2);
    expect(cut.err).toHaveLength(1);
    expect(cut.err[0]).toMatch(/cut\.json: not valid JSON/);
    for (const bad of ["0/3", "4/3", "1/0", "a/b"]) {
      const r = await cli("run", "--shard", bad);
      expect(r.code).toBe(2);
      expect(r.err).toEqual([`rope-audit: --shard: expected i/n with 1 ≤ i ≤ n ≤ 10000, e.g. 2/3, got ${JSON.stringify(bad)}`]);
    }
  }, 60_000);

  test("a kernel that exits mid-job is a finding; the other jobs and kernels complete", async () => {
    const mod = `${dir}/dies.mjs`;
    // process.exit in a module kernel ends the kernel's own process (kernels/isolated/), whichever
    // worker runs the job: a finding for that job; the pool and the other jobs go on.
    writeFileSync(
      mod,
      `import { zooKernel } from ${JSON.stringify(BUILT_INDEX)};\nconst k = zooKernel("hf");\nexport default { name: "dies-at-2^16", format: "bf16", rope: { layout: "neox", base: 10000 }, rotate(x, p, d) { if (p.some((q) => q >= 65536)) process.exit(7); return k.rotate(x, p, d); } };\n`,
    );
    const r = await cli("run", "--kernels", `module:${mod},zoo:hf`, "--properties", "rope.exactness,rope.norm,rope.origin", "--cases", "32", "--runs", "8", "--head-dim", "64", "--workers", "2", "--out", `${dir}/dies`);
    expect(r.code).toBe(1);
    const report = JSON.parse(readFileSync(`${dir}/dies/report.json`, "utf8"));
    const dies = report.results.filter((x: { kernel: string }) => x.kernel === "dies-at-2^16");
    expect(dies.find((x: { property: string }) => x.property === "rope.exactness").error).toBe(`module:${mod}: its process exited (code 7)`);
    // rope.origin rotates at position 0 only: the kernel answers, and so does the healthy kernel.
    expect(dies.find((x: { property: string }) => x.property === "rope.origin").verdict).toBe("pass");
    expect(report.results.filter((x: { kernel: string; verdict: string }) => x.kernel === "hf" && x.verdict === "error")).toEqual([]);
  }, 120_000);
});
