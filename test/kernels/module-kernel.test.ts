/** The README's "Audit your own kernel" module, run as written through `run` and `fingerprint`. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { cli } from "../helpers/cli.js";
import { expect, test } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

test("README's module kernel runs through the suite and is fingerprinted as the README says", async () => {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const section = readme.slice(readme.indexOf("## Audit your own kernel"));
  const js = /```js\n([\s\S]*?)```/.exec(section)![1]!;
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-module-`);
  writeFileSync(`${dir}/my-rope.mjs`, js);
  const run = await cli("run", "--kernels", `module:${dir}/my-rope.mjs,zoo:hf`, "--properties", "logit.relative,rope.origin", "--cases", "32", "--runs", "20", "--verbose", "--strict");
  // fp32 math and one rounding to bf16: as good as a bf16 kernel gets, so every verdict holds.
  expect(run.code).toBe(0);
  expect(run.out.some((l) => /^my-rope\s+rope\.origin\s+pass/.test(l))).toBe(true);
  expect(run.out.some((l) => /^my-rope\s+logit\.relative\s+pass/.test(l))).toBe(true);
  const fp = await cli("fingerprint", "--kernel", `module:${dir}/my-rope.mjs`);
  const promised = /# → (.*)/.exec(section)![1]!;
  expect(fp.out[0]).toBe(promised);
});

test("a module that returns garbage is an ERROR finding; the run completes and exits 1; a module without a default export exits 2", async () => {
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-module-`);
  writeFileSync(`${dir}/broken.mjs`, 'export default { name: "broken", format: "bf16", rope: { layout: "neox", base: 10000 }, rotate: (x) => x.subarray(1) };');
  writeFileSync(`${dir}/throws.mjs`, 'export default { name: "throws", format: "bf16", rope: { layout: "neox", base: 10000 }, rotate: () => { throw new Error("CUDA error: device-side assert"); } };');
  const r = await cli("run", "--kernels", `module:${dir}/broken.mjs,module:${dir}/throws.mjs,zoo:exact-fp64`, "--properties", "rope.origin", "--cases", "8", "--runs", "5");
  expect(r.code).toBe(1);
  const row = (k: string) => r.out.find((l) => l.startsWith(k) && l.includes("rope.origin")) ?? "";
  expect(row("broken")).toMatch(/ERROR +- .* rotate returned 1023 values, expected a Float64Array of 1024$/); // 8 cases × d = 128
  expect(row("throws")).toMatch(/ERROR +- .* CUDA error: device-side assert$/);
  // Passing rows are folded; the kernel's summary line says it held.
  expect(r.out.find((l) => l.startsWith("exact-fp64"))).toMatch(/^exact-fp64 +1 pass, 0 fail; worst 0.0x threshold$/);
  writeFileSync(`${dir}/nodefault.mjs`, "export const x = 1;");
  const bad = await cli("run", "--kernels", `module:${dir}/nodefault.mjs`);
  expect(bad.code).toBe(2);
  expect(bad.err).toEqual([`rope-audit: module:${dir}/nodefault.mjs default export: expected a kernel object { name, format, rope, rotate }, got undefined`]);
});
