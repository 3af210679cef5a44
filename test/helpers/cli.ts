/** Runs the rope-audit CLI in process, collecting its output lines and exit code. */
import { runCli } from "../../src/cli/program.js";

export async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}
