// Runs the compiled CLI in this process (argv as given) and prints one JSON line: its exit code, its output
// lines and this process's peak resident memory in MB (getrusage's ru_maxrss: the whole life of the run,
// rope-audit's own memory, not its kernels' processes).
import { runCli } from "../../../dist/src/cli/program.js";

const lines = [];
const code = await runCli(process.argv.slice(2), { out: (l) => lines.push(l), err: (l) => lines.push(l) });
process.stdout.write(`${JSON.stringify({ code, lines, peakMb: process.resourceUsage().maxRSS / 1024 })}\n`);
