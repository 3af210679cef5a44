/**
 * Where a JavaScript module's syntax error is. A failed `import()` of a module that does not parse says
 * only "Unexpected identifier 'rope'" (V8 gives ESM compile errors no file position), so the file is
 * handed to `node --check`, which parses it the way import() would (same module type rules) and prints
 * "FILE:LINE", the source line and a caret under the offending token.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** "FILE:LINE:COLUMN: MESSAGE" for a module that does not parse, or null (it parses, or cannot be checked). */
export function syntaxErrorLocation(fileOrUrl: string): string | null {
  const file = fileOrUrl.startsWith("file:") ? fileURLToPath(fileOrUrl) : fileOrUrl;
  const r = spawnSync(process.execPath, ["--check", file], { encoding: "utf8", timeout: 10_000 });
  if (r.status === 0 || typeof r.stderr !== "string") return null;
  return parseCheckOutput(r.stderr);
}

/**
 * Node's --check report: "FILE:LINE", then the source line, then a line of spaces and carets under
 * the token, then an empty line and "SyntaxError: MESSAGE". The column (1-based) is the first caret's.
 */
export function parseCheckOutput(stderr: string): string | null {
  const lines = stderr.split("\n");
  const head = lines.findIndex((l) => /^.+:\d+$/.test(l));
  const message = lines.find((l) => /^SyntaxError: /.test(l));
  if (head < 0 || !message) return null;
  const caret = lines[head + 2] ?? "";
  const column = caret.indexOf("^");
  return `${lines[head]}${column >= 0 ? `:${column + 1}` : ""}: ${message}`;
}
