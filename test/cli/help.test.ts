/**
 * Every command's --help (found by walking the "Commands:" lists from the top) ends with its exit codes
 * and at least one example; where a command takes a kernel, it lists every spec kind the command accepts,
 * and the kinds listed are the ones the command really takes.
 */
import { expect, test } from "vitest";
import { cli } from "../helpers/cli.js";

async function help(path: string[]): Promise<string> {
  const r = await cli(...path, "--help");
  expect(r.code).toBe(0);
  return r.out.join("\n");
}

/** Subcommand names in a help text's "Commands:" section (without commander's own `help`). */
function subcommands(text: string): string[] {
  const section = /\nCommands:\n([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1] ?? "";
  return section
    .split("\n")
    .map((l) => /^  ([a-z][\w-]*)/.exec(l)?.[1])
    .filter((n): n is string => n !== undefined && n !== "help");
}

async function allCommands(): Promise<{ path: string[]; text: string }[]> {
  const out: { path: string[]; text: string }[] = [];
  const visit = async (path: string[]): Promise<void> => {
    const text = await help(path);
    out.push({ path, text });
    for (const name of subcommands(text)) await visit([...path, name]);
  };
  await visit([]);
  return out;
}

test("every command's --help shows its exit codes and an example", async () => {
  const commands = await allCommands();
  expect(commands.map((c) => c.path.join(" "))).toEqual(expect.arrayContaining(["", "run", "audit", "budget", "gate", "zoo list", "fixtures export", "oracle cos-sin"]));
  for (const { path, text } of commands) {
    const name = `rope-audit ${path.join(" ")}`.trim();
    expect(text, name).toMatch(/\nExit codes:\n {2}0 {2}\S.*\n(?: {2}1 {2}\S.*\n)? {2}2 {2}\S/);
    expect(text, name).toMatch(/\nExamples?:\n {2}\$ rope-audit /);
    // Each example runs the command it is shown for (or, at the top, some command).
    for (const ex of text.split("\n").filter((l) => l.startsWith("  $ rope-audit ")))
      if (path.length > 0 && path[0] !== "attention" && path[0] !== "baseline" && path[0] !== "fixtures" && path[0] !== "oracle" && path[0] !== "zoo") expect(ex.startsWith(`  $ ${name} `) || ex === `  $ ${name}`, `${name}: ${ex}`).toBe(true);
  }
});

test.each<[string[], string[]]>([
  [["run"], ["zoo:NAME or NAME", "module:PATH", "exec:COMMAND", "onnx:VARIANT:DTYPE", "ggml:TYPE:MODE"]],
  [["audit"], ["zoo:NAME or NAME", "module:PATH", "exec:COMMAND", "onnx:VARIANT:DTYPE", "ggml:TYPE:MODE", "fixture:FILE"]],
  [["fingerprint"], ["zoo:NAME or NAME", "module:PATH", "exec:COMMAND", "onnx:VARIANT:DTYPE", "ggml:TYPE:MODE", "fixture:FILE"]],
  [["budget"], ["zoo:NAME or NAME"]],
])("%j --help lists every kernel spec kind it takes", async (path, kinds) => {
  const text = await help(path);
  const listed = /\nKernel specs:\n((?: {2}.*\n?)+)/.exec(text)?.[1] ?? "";
  const lines = listed.split("\n").filter((l) => l.trim() !== "");
  expect(lines.map((l) => kinds.find((k) => l.trim().startsWith(`${k} `)) ?? l)).toEqual(kinds);
});

test("--workers shows its default once", async () => {
  for (const path of [["run"], ["audit"], ["reproduce"]]) {
    const text = (await help(path)).replace(/\s+/g, " ");
    expect(text.match(/--workers <n>.*?(?=--|$)/)?.[0].match(/default/g)).toHaveLength(2); // "by default one per core" and commander's "(default: N)"
  }
});
