/** src/index.ts exports exactly the names docs/api.md documents. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Every name src/index.ts exports, types included, read from its export lines. */
function exportedNames(): string[] {
  const src = readFileSync(`${root}src/index.ts`, "utf8");
  return [...src.matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap((m) => m[1]!.split(",").map((x) => x.trim()).filter((x) => x !== ""));
}

/** Every name docs/api.md's tables list: the identifiers in the first column's code spans. */
function documentedNames(): string[] {
  const doc = readFileSync(`${root}docs/api.md`, "utf8");
  const rows = doc.split("\n").filter((l) => l.startsWith("| `"));
  return rows.flatMap((l) => [...l.split("|")[1]!.matchAll(/`([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!)).concat(
    // Types named in the second column, in parentheses: (`SuiteResult`, `SuiteOptions`).
    rows.flatMap((l) => [...(l.split("|")[2] ?? "").matchAll(/`([A-Z][A-Za-z0-9]*)`/g)].map((m) => m[1]!)),
  );
}

test("every export of src/index.ts is documented in docs/api.md, and every documented name is exported", () => {
  const exported = new Set(exportedNames());
  const documented = new Set(documentedNames());
  expect(exported.size).toBeGreaterThan(40);
  expect([...exported].filter((n) => !documented.has(n)).sort()).toEqual([]);
  expect([...documented].filter((n) => !exported.has(n)).sort()).toEqual([]);
});
