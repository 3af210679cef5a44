/**
 * Every shell block of README.md runs as written, in a temporary directory: each `npx rope-audit …` line is
 * run in process (the same `runCli` the binary calls), and the outputs the README shows beside a command
 * (`# → text`: a line the command prints; `# exits N`) are checked. Files a block names are made first:
 * `./my-rope.mjs` from the README's js block, `config.json` from a published Llama 3.1 8B config,
 * `model.gguf` (header and metadata of a Llama-architecture model), and `adapters/` linked from the repo.
 * Lines that are not rope-audit commands (npm, python, comments) are skipped, and so are the blocks marked
 * `<!-- not run: … -->` just above them, whose reason is stated there (a GPU, a CI service).
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";
import { LLAMA_31_8B } from "./model/configs.js";
import { gguf } from "./model/gguf-writer.js";
import { symlinkSync } from "node:fs";

const root = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(`${root}README.md`, "utf8");

interface Command {
  argv: string[];
  shows: string[];
  exit: number;
}

/** Splits a shell line into words (single and double quotes; no expansion). */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /'([^']*)'|"([^"]*)"|(\S+)/g;
  for (const m of line.matchAll(re)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

/** The runnable blocks: each rope-audit command with what the README says it prints and its exit code. */
function blocks(): { title: string; commands: Command[] }[] {
  const out: { title: string; commands: Command[] }[] = [];
  for (const m of readme.matchAll(/(<!-- not run: [^>]*-->\n)?```sh\n([\s\S]*?)```/g)) {
    if (m[1]) continue;
    const lines = m[2]!.split("\n");
    const commands: Command[] = [];
    for (let i = 0; i < lines.length; i++) {
      const [code, comment] = lines[i]!.split(/\s+#\s?/, 2) as [string, string | undefined];
      const trimmed = code.trim();
      if (trimmed.startsWith("# → ") || trimmed.startsWith("#")) {
        const shown = /^#\s*→\s?(.*)$/.exec(lines[i]!.trim());
        if (shown && commands.length > 0) commands.at(-1)!.shows.push(shown[1]!);
        continue;
      }
      const at = trimmed.indexOf("npx rope-audit ");
      if (at < 0) continue;
      const exit = /exits (\d)/.exec(comment ?? "");
      commands.push({ argv: words(trimmed.slice(at + "npx rope-audit ".length)), shows: [], exit: exit ? Number(exit[1]) : 0 });
    }
    if (commands.length > 0) out.push({ title: commands[0]!.argv.slice(0, 2).join(" "), commands });
  }
  return out;
}

describe("README shell blocks", () => {
  const dir = mkdtempSync(`${tmpdir()}/rope-audit-readme-`);
  const js = /```js\n([\s\S]*?)```/.exec(readme)![1]!;
  writeFileSync(`${dir}/my-rope.mjs`, js);
  writeFileSync(`${dir}/config.json`, JSON.stringify(LLAMA_31_8B, null, 2));
  writeFileSync(
    `${dir}/model.gguf`,
    gguf([
      { key: "general.architecture", type: "str", value: "llama" },
      { key: "llama.context_length", type: "u32", value: 32768 },
      { key: "llama.embedding_length", type: "u32", value: 4096 },
      { key: "llama.attention.head_count", type: "u32", value: 32 },
      { key: "llama.rope.freq_base", type: "f32", value: 1000000 },
    ]),
  );
  symlinkSync(`${root}adapters`, `${dir}/adapters`);
  mkdirSync(`${dir}/reports`, { recursive: true });

  test("README has runnable shell blocks", () => {
    expect(blocks().length).toBeGreaterThanOrEqual(4);
  });

  test.each(blocks().map((b, i) => [i + 1, b.title, b] as const))("block %i (%s) runs as written", async (_, __, b) => {
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      for (const c of b.commands) {
        const r = await cli(...c.argv);
        const where = `rope-audit ${c.argv.join(" ")}\n${[...r.out, ...r.err].join("\n")}`;
        expect(r.code, where).toBe(c.exit);
        for (const line of c.shows) expect(r.out, where).toContain(line);
      }
    } finally {
      process.chdir(cwd);
    }
  });
});
