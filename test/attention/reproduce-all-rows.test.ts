/** `rope-audit reproduce --all-rows`: D over every query row, said as such, the same bytes on 1 and 2 workers. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import { runCli } from "../../src/cli/program.js";
import { reproduceConfig, reproduceOptions, rowsPhrase } from "../../src/measure/paper.js";

test("reproduce --quick --length 256 --all-rows: every query row, in the first line and the reports; 1 and 2 workers write the same bytes", async () => {
  const run = async (workers: number) => {
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-all-rows-`);
    const out: string[] = [];
    const code = await runCli(["reproduce", "--quick", "--length", "256", "--all-rows", "--workers", String(workers), "--out", dir], { out: (l) => out.push(l), err: () => {} });
    expect(code).toBe(0);
    return { dir, out };
  };
  const one = await run(1);
  expect(one.out[0]).toBe("rope-audit reproduce: L = 256, base 10000, bf16, 6 shifts, D over every query row of 256, seeds 1, 2, 3, 1 worker");
  expect(one.out).toContain("caveat: D sums over every query row of 256: Eq. 4 exactly, no sampling.");
  const md = readFileSync(`${one.dir}/report.md`, "utf8");
  expect(md).toContain("Δ₂ = 16, every query row of 256, seeds 1, 2, 3.");
  expect(readFileSync(`${one.dir}/report.html`, "utf8")).toContain("bf16, every query row, seeds 1, 2, 3.");
  const json = JSON.parse(readFileSync(`${one.dir}/report.json`, "utf8"));
  expect(json.config.rows).toBe(256);
  const two = await run(2);
  expect(two.out[0]).toMatch(/D over every query row of 256, seeds 1, 2, 3, 2 workers$/);
  for (const f of ["claims.json", "report.md", "report.html"]) expect(readFileSync(`${two.dir}/${f}`, "utf8"), f).toBe(readFileSync(`${one.dir}/${f}`, "utf8"));
  const { run: _r2, ...rest2 } = JSON.parse(readFileSync(`${two.dir}/report.json`, "utf8"));
  const { run: _r1, ...rest1 } = json;
  expect(rest2).toEqual(rest1);
}, 300_000);

test("--all-rows: every row at any length, sampled rows without it; a value is refused, one line, exit 2", async () => {
  for (const length of [256, 4096, 131072]) {
    const c = reproduceConfig(reproduceOptions({ length, allRows: true }));
    expect(c.rows).toBe(length);
    expect(rowsPhrase(c)).toBe(`every query row of ${length}`);
  }
  const sampled = reproduceConfig(reproduceOptions({ length: 4096 }));
  expect(rowsPhrase(sampled)).toBe("256 sampled query rows of 4096");
  expect(() => reproduceOptions({ allRows: "yes" })).toThrow(/^--all-rows: expected no value \(a flag\), got "yes"/);
  const err: string[] = [];
  expect(await runCli(["reproduce", "--quick", "--all-rows=yes"], { out: () => {}, err: (l) => err.push(l) })).toBe(2);
  expect(err).toEqual([expect.stringMatching(/unknown option '--all-rows=yes'/)]);
});
