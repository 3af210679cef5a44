/**
 * README's ```ts examples run as written (with "rope-audit" pointed at src/index.ts), so the README
 * cannot drift from what the code does.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { expect, test } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const blocks = [...readFileSync(`${root}README.md`, "utf8").matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

test("README has runnable examples", () => {
  expect(blocks.length).toBeGreaterThanOrEqual(2);
});

test.each(blocks.map((code, k) => [k + 1, code] as const))("README example %i runs", async (k, code) => {
  const dir = `${root}test-output/readme`;
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/example-${k}.ts`;
  writeFileSync(
    file,
    code
      .replaceAll(/(from |import )"rope-audit\/vitest"/g, `$1${JSON.stringify(`${root}src/vitest.ts`)}`)
      .replaceAll(/from "rope-audit"/g, `from ${JSON.stringify(`${root}src/index.ts`)}`),
  );
  await import(pathToFileURL(file).href);
});
