/**
 * reports/example/ is what `rope-audit run` writes on the zoo at the default seed (README links it):
 * a fresh default run must reproduce it byte for byte outside "run", and its Markdown, JUnit and HTML
 * must be what the renderers make of its report.json. When the numbers change on purpose, regenerate it
 * with `npm run example`.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import { type Report } from "../../src/index.js";
import { reportHtml } from "../../src/report/html.js";
import { reportJunit, reportMarkdown } from "../../src/report/render.js";
import { cli } from "../helpers/cli.js";

const EXAMPLE = new URL("../../reports/example/", import.meta.url).pathname;
const read = (dir: string, f: string): string => readFileSync(`${dir}/${f}`, "utf8");
const withoutRun = (text: string): string => {
  const { run: _run, ...rest } = JSON.parse(text) as Record<string, unknown>;
  return JSON.stringify(rest);
};

test("the committed example equals a fresh default run outside \"run\", and its renderings match its JSON", async () => {
  const committed = JSON.parse(read(EXAMPLE, "report.json")) as Report;
  expect(read(EXAMPLE, "report.md")).toBe(reportMarkdown(committed));
  expect(read(EXAMPLE, "junit.xml")).toBe(reportJunit(committed));
  expect(read(EXAMPLE, "report.html")).toBe(reportHtml(committed));
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-example-`);
  const r = await cli("run", "--out", dir);
  expect(r.err).toEqual([]);
  expect(withoutRun(read(dir, "report.json"))).toBe(withoutRun(read(EXAMPLE, "report.json")));
  expect(read(dir, "report.md")).toBe(read(EXAMPLE, "report.md"));
  expect(read(dir, "junit.xml")).toBe(read(EXAMPLE, "junit.xml"));
}, 300_000);
