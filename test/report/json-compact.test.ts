/**
 * report.json is written on one line by default and indented with --pretty; the content is the same.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import { cli } from "../helpers/cli.js";

const SMALL = ["--kernels", "zoo:hf", "--properties", "rope.norm", "--cases", "8", "--runs", "4", "--workers", "1"];

test("run --out writes report.json on one line; --pretty indents it; both parse to the same report outside run", async () => {
  const compact = mkdtempSync(`${tmpdir()}/rope-audit-compact-`);
  const pretty = mkdtempSync(`${tmpdir()}/rope-audit-pretty-`);
  expect((await cli("run", ...SMALL, "--out", compact)).code).toBe(0);
  expect((await cli("run", ...SMALL, "--out", pretty, "--pretty")).code).toBe(0);
  const a = readFileSync(`${compact}/report.json`, "utf8");
  const b = readFileSync(`${pretty}/report.json`, "utf8");
  expect(a.endsWith("}\n")).toBe(true);
  expect(a.slice(0, -1)).not.toContain("\n");
  expect(b).toContain('\n  "schema": "rope-audit/report@3",\n');
  expect(a.length).toBeLessThan(b.length);
  const { run: _a, ...ra } = JSON.parse(a) as Record<string, unknown>;
  const { run: _b, ...rb } = JSON.parse(b) as Record<string, unknown>;
  expect(ra).toEqual(rb);
}, 60_000);
