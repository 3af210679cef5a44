/** Runs the rope-audit CLI in process, collecting its output lines and exit code. */
import { runCli } from "../../src/cli/program.js";

export async function cli(...argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/**
 * The compiled package entry, for module kernels tests write: a module kernel is plain JavaScript, as
 * users write one, so it must load in worker threads too, where TypeScript sources cannot (`npm test`
 * builds dist/ first).
 */
export const BUILT_INDEX = new URL("../../dist/src/index.js", import.meta.url).pathname;
