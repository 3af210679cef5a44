/**
 * report.md, report.html and junit.xml from `run --out`, with a kernel named `<script>alert(1)</script>"\u001b[31m`
 * and a newline: escaped in Markdown, HTML, JUnit and terminal output.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { expect, test } from "vitest";
import { BUILT_INDEX, cli } from "../helpers/cli.js";

const hostile = '<script>alert(1)</script>"\u001b[31m\nnext line';

test("a hostile kernel name is escaped in the terminal, Markdown, HTML and JUnit", async () => {
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-render-`);
  const mod = `${dir}/hostile.mjs`;
  writeFileSync(
    mod,
    `import { zooKernel } from ${JSON.stringify(BUILT_INDEX)};\nconst k = zooKernel("hf-bf16-positions");\nexport default { name: ${JSON.stringify(hostile)}, format: "bf16", rope: { layout: "neox", base: 10000 }, rotate: (x, p, d) => k.rotate(x, p, d) };\n`,
  );
  const r = await cli("run", "--kernels", `module:${mod},zoo:exact-fp64`, "--properties", "logit.relative,rope.origin", "--cases", "16", "--runs", "5", "--head-dim", "64", "--out", dir);
  expect(r.code).toBe(0);
  // Terminal: no raw escape character or newline from the name.
  for (const line of r.out) {
    expect(line).not.toContain("\u001b");
    expect(line).not.toContain("\n");
  }
  expect(r.out.some((l) => l.startsWith('<script>alert(1)</script>"\\u001b[31m\\u000anext line'))).toBe(true);
  // Markdown: markup escaped, table rows intact.
  const md = readFileSync(`${dir}/report.md`, "utf8");
  expect(md).not.toContain("<script>");
  expect(md).not.toContain("\u001b");
  expect(md).toContain("\\<script\\>alert(1)\\</script\\>\"\\u001b\\[31m\\u000anext line");
  expect(md.split("\n").filter((l) => l.startsWith("| ") && l.includes("logit.relative"))).toHaveLength(2);
  expect(md).toMatch(/^### rope-audit: 3 of 4 kernel × property checks hold$/m);
  expect(md).toContain("replay token in report.json (the kernel name holds characters unsafe in Markdown)");
  // JUnit: entities, no raw control characters, one testcase per kernel × property.
  const xml = readFileSync(`${dir}/junit.xml`, "utf8");
  expect(xml).not.toContain("<script>");
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  expect(xml).toContain('classname="&lt;script&gt;alert(1)&lt;/script&gt;&quot;\\u001b[31m&#10;next line"');
  expect((xml.match(/<testcase /g) ?? []).length).toBe(4);
  expect((xml.match(/<failure /g) ?? []).length).toBe(1);
  // HTML: entities and visible \uXXXX in every place the name appears (tables, chart captions, titles).
  const html = readFileSync(`${dir}/report.html`, "utf8");
  expect(html).not.toContain("<script");
  expect(html).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
  expect(html.split("&lt;script&gt;alert(1)&lt;/script&gt;&quot;\\u001b[31m\\u000anext line").length - 1).toBeGreaterThanOrEqual(4);
  // Well-formed enough for a JUnit reader: every opened element closes.
  for (const tag of ["testsuites", "testsuite", "failure"]) expect((xml.match(new RegExp(`<${tag}[ >]`, "g")) ?? []).length).toBe((xml.match(new RegExp(`</${tag}>`, "g")) ?? []).length);
});
