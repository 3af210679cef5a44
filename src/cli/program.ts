/**
 * The `rope-audit` command. `runCli` takes argv and an output sink and returns the exit code, so tests
 * drive it in-process; main.ts binds it to the process. Exit codes: 0 done, 1 a check failed, 2 unusable
 * input (one line on stderr naming the argument and the accepted form).
 */
import { Command, CommanderError, InvalidArgumentError as CommanderArgError } from "commander";
import { RopeAuditError } from "../errors.js";
import { VERSION } from "../version.js";
import { FORMAT_NAMES, formatSpec } from "../formats/table.js";
import { crossCheckOracle } from "../oracle/cross-check.js";
import { createDecimalOracle } from "../oracle/decimal-oracle.js";
import { createFastOracle } from "../oracle/fast-oracle.js";
import type { RopeSpec, Scaling } from "../oracle/spec.js";
import { ZOO, zooKernel, zooNames, zooPipeline } from "../kernels/zoo.js";
import { DEFAULT_KERNEL_MEMORY_MB } from "../kernels/isolated/kernel.js";
import { describePipeline } from "../rope/pipeline.js";
import { budgetBuckets, describeBucket, errorBudget } from "../measure/budget.js";
import { type KernelUnderTest, assertProperty, parseReplayToken } from "../measure/property.js";
import { summarize, summarizeByBucket } from "../measure/stats.js";
import { REPORT_FILES, type Report, buildReport, toJson, writeReport } from "../report/model.js";
import { join } from "node:path";
import { type PaperTask, type PaperTaskOutcome, describeTask, reproduceConfig, reproduceOptions, reproducePaper, rowsPhrase } from "../measure/paper.js";
import { writePaperReport } from "../report/paper-report.js";
import { exportBundle, readBundle } from "../kernels/fixture/bundle.js";
import { fixtureKernel } from "../kernels/fixture/bundle.js";
import { exportAttentionBundle, readAttentionBundle } from "../attention/attention-bundle.js";
import { checkAttentionKernel, zooCandidates } from "../attention/kernel-check.js";
import type { Scheme } from "../attention/packing.js";
import { emulate } from "../rope/emulate.js";
import { describeFingerprint, fingerprint } from "../measure/fingerprint.js";
import { scalingFromHf } from "../oracle/hf-scaling.js";
import { createRng } from "../formats/rng.js";
import { rounder } from "../formats/rounder.js";
import { readFileSync } from "node:fs";
import { writeFileAtomic } from "../report/atomic.js";
import { escapeTerminal } from "../report/render.js";
import { GateInputError, asBaseline, asReport, baselineFrom, gate, gateMarkdown, parseJsonFile } from "../report/gate.js";
import { BUILTIN_PROPERTY_IDS, builtinProperty, propertyRefs } from "./property-specs.js";
import { loadProperties } from "../engine/property-modules.js";
import { collectThreshold, readThresholds } from "./thresholds.js";
import { InvalidArgumentError as RopeArgError } from "../errors.js";
import { availableParallelism } from "node:os";
import { type AuditParts, runAudit } from "../engine/audit.js";
import { runOnWorkers } from "../engine/pool.js";
import { schedulePaperTasks } from "../engine/schedule.js";
import { parseShard } from "../engine/jobs.js";
import { KernelSession, type ZooOverrides } from "../engine/kernel-session.js";
import { type Fingerprint, fingerprintInputs } from "../measure/fingerprint.js";
import { type SuiteResult, judgeGivenCases, judgeOf } from "../measure/suite.js";
import { mergeReports } from "../report/merge.js";
import { type TerminalInfo, formatMeasure, progressBar, terminalChalk, verdictTable } from "../report/terminal.js";
import { type ModelCommandOptions, modelCommand } from "../model/model-command.js";
import { modelWorkloadOptions } from "../model/model-report.js";
import { checkOutDir, checkOutFile, kernelSpec, kernelSpecs, specForms } from "./preflight.js";
import { addCommandHelp } from "./help-text.js";

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Where `out` goes, for colour decisions (absent: not a terminal, no colour). */
  terminal?: TerminalInfo;
  /** Raw writes to stderr without a newline, for the progress bar (only used when `terminal.isTTY`). */
  progress?(text: string): void;
}

export { VERSION };

/** The RoPE configurations `oracle cross-check` samples: common layouts, bases and every scaling. */
export const CROSS_CHECK_ROPES: readonly RopeSpec[] = [
  { layout: "neox", base: 10000, headDim: 128 },
  { layout: "gptj", base: 500000, headDim: 128 },
  { layout: "neox", base: 1e6, headDim: 128 },
  { layout: "neox", base: 1e9, headDim: 64 },
  { layout: "neox", base: 10000, headDim: 128, rotaryDim: 32 },
  { layout: "neox", base: 10000, headDim: 128, scaling: { type: "linear", factor: 4 } },
  { layout: "neox", base: 10000, headDim: 128, scaling: { type: "ntk", factor: 8 } },
  { layout: "neox", base: 10000, headDim: 128, scaling: { type: "dynamic-ntk", factor: 2, originalMaxPositions: 4096, seqLen: 16384 } },
  { layout: "neox", base: 10000, headDim: 128, scaling: { type: "yarn", factor: 16, originalMaxPositions: 4096 } },
  { layout: "neox", base: 500000, headDim: 128, scaling: { type: "llama3", factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192 } },
];

function intOption(name: string, min: number, max = Number.MAX_SAFE_INTEGER) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^-?\d+$/.test(v.trim()) || !Number.isSafeInteger(n) || n < min || n > max)
      throw new CommanderArgError(`${name}: expected an integer in [${min}, ${max}], got ${JSON.stringify(v)}`);
    return n;
  };
}

function numberOption(name: string) {
  return (v: string): number => {
    const n = Number(v);
    if (v.trim() === "" || !Number.isFinite(n)) throw new CommanderArgError(`${name}: expected a finite number, got ${JSON.stringify(v)}`);
    return n;
  };
}

function jsonOption(name: string) {
  return (v: string): unknown => {
    try {
      return JSON.parse(v);
    } catch {
      throw new CommanderArgError(`${name}: expected JSON such as {"type":"yarn","factor":4,"originalMaxPositions":4096}, got ${JSON.stringify(v)}`);
    }
  };
}

function shardOption(v: string): { index: number; count: number } {
  try {
    return parseShard(v);
  } catch (e) {
    throw new CommanderArgError((e as Error).message);
  }
}

/** The bytes of a `fixture:PATH` file, or a one-line error naming it. */
function readUserFile(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (e) {
    throw new RopeArgError("--kernel", "fixture:PATH to a readable .safetensors file", `${file} (${(e as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
}

function readFixture(spec: string) {
  const file = spec.slice("fixture:".length);
  return readBundle(readUserFile(file), file);
}

/** The report of a suite run (run and audit share it); date, duration, host and workers under "run". */
function suiteReport(
  o: { seed: number; cases: number; runs: number; maxPosition: number; headDim: number; workers: number; thresholds: Record<string, number>; relativeTo?: string },
  parts: Pick<AuditParts, "kernels" | "results" | "budgets" | "fingerprints" | "series">,
  props: readonly { id: string; claim: string; measure: string }[],
  started: number,
  shard?: { index: number; count: number },
): Report {
  return buildReport(
    { seed: o.seed, cases: o.cases, numRuns: o.runs, maxPosition: o.maxPosition, headDim: o.headDim, thresholds: o.thresholds, relativeTo: o.relativeTo, version: VERSION },
    { ...parts, properties: [...props].sort((a, b) => (a.id < b.id ? -1 : 1)).map((p) => ({ id: p.id, claim: p.claim, measure: p.measure })) },
    { shard, run: { date: new Date(started).toISOString(), durationMs: Date.now() - started, node: process.version, platform: `${process.platform}-${process.arch}`, workers: o.workers } },
  );
}

/** The same inputs through the kernel: a fixture's stored rows, or fingerprintInputs (512 Gaussian rows). */
async function fingerprintInput(spec: string, session: KernelSession, headDim: number): Promise<Parameters<typeof fingerprint>[0]> {
  if (spec.startsWith("fixture:")) {
    const b = readFixture(spec);
    return { format: b.format, rope: { layout: b.layout, base: b.base, rotaryDim: b.rotaryDim, scaling: b.scaling }, headDim: b.headDim, inputs: b.q, positions: b.posQ, outputs: b.qRot!, kernelName: b.kernelName ?? "" };
  }
  const k = await session.kernel(spec);
  const { inputs, positions } = fingerprintInputs(k.format, headDim);
  return { format: k.format, rope: k.rope, headDim, inputs, positions, outputs: await k.rotate(inputs, positions, headDim), kernelName: k.name };
}

/** Writes a report directory and says which files it wrote. */
function wroteReport(io: CliIo, dir: string, report: Report, options: { pretty?: boolean } = {}): void {
  writeReport(dir, report, options);
  io.out(`wrote ${REPORT_FILES.map((f) => join(dir, f)).join(", ")}`);
}


/** "1 kernel", "2 kernels". */
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** --workers: a count ≥ 1; the default is every core this process may use. */
const DEFAULT_WORKERS = availableParallelism();

/**
 * `run --replay TOKEN [--kernels SPEC]`: the token's case on the kernel it names — a zoo kernel by name, or
 * one of the given specs whose kernel has that name (module, exec, onnx) — with the workload the token records.
 */
async function replay(token: string, specs: readonly string[], properties: string | undefined, thresholds: Record<string, number>, timeoutSeconds: number, io: CliIo): Promise<number> {
  const t = parseReplayToken(token);
  const refs = await propertyRefs(properties);
  if (!refs.some((r) => r.id === t.property)) throw new RopeArgError("--replay", `a token whose property is one of ${refs.map((r) => r.id).join(", ")} (add --properties module:PATH for a property of your own)`, token);
  const [p] = await loadProperties(refs.filter((r) => r.id === t.property));
  const session = new KernelSession({ headDim: t.headDim, timeoutSeconds });
  try {
    let k: KernelUnderTest | undefined;
    for (const spec of specs) {
      const opened = await session.kernel(spec);
      if (opened.name === t.kernel) k = opened;
    }
    if (!k) {
      if (!zooNames().includes(t.kernel)) throw new RopeArgError("--replay", `a token of a zoo kernel, or --kernels with the spec of kernel "${t.kernel}"`, token);
      k = await session.kernel(`zoo:${t.kernel}`);
    }
    const judge = judgeOf(k, p!, thresholds);
    const r = await assertProperty(p!, k, { seed: t.seed, numRuns: 1, maxPosition: t.maxPosition, path: t.path, threshold: judge.threshold });
    if (r.passed || !r.counterexample) {
      io.out(`${t.property} on ${t.kernel}: the counterexample no longer fails`);
      return 0;
    }
    const c = r.counterexample;
    io.out(`${t.property} on ${t.kernel} (d = ${t.headDim}, positions ≤ ${t.maxPosition}): ${c.case}`);
    io.out(`figure ${c.value} > threshold ${judge.threshold} (raw ${c.raw}; ${p!.measure})`);
    return 1;
  } finally {
    await session.close();
  }
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let code = 0;
  const program = new Command("rope-audit")
    .description("How far bf16/fp16/fp8 RoPE kernels drift from exact mathematics")
    .version(VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s.replace(/\n$/, "")),
      writeErr: (s) => io.err(s.replace(/\n$/, "")),
      // Commander wraps a parser's message in "option '--x <n>' argument 'v' is invalid. "; ours already says it.
      outputError: (s, write) => write(s.replace(/^error: option '(--[\w-]+)[^']*' argument '[\s\S]*?' is invalid\. (?=\1)/, "rope-audit: ").replace(/^error: /, "rope-audit: ")),
    });

  program
    .command("formats")
    .description("list the number formats and their parameters")
    .option("--json", "print JSON")
    .action((opts: { json?: boolean }) => {
      const rows = FORMAT_NAMES.map((n) => formatSpec(n));
      if (opts.json) {
        io.out(JSON.stringify(rows, null, 2));
        return;
      }
      io.out("format       bits  exp  mant  bias  max finite      min normal      min subnormal   inf  overflow");
      for (const f of rows)
        io.out(
          [
            f.name.padEnd(11),
            String(f.totalBits).padStart(5),
            String(f.exponentBits).padStart(4),
            String(f.mantissaBits).padStart(5),
            String(f.bias).padStart(5),
            f.maxFinite.toExponential(6).padStart(14),
            f.minNormal.toExponential(6).padStart(14),
            f.minSubnormal.toExponential(6).padStart(15),
            (f.hasInfinity ? "yes" : "no").padStart(4),
            f.overflow.padStart(9),
          ].join(" "),
        );
    });

  const zoo = program.command("zoo").description("the built-in emulations of real RoPE implementations");
  zoo
    .command("list")
    .description("list the zoo's pipelines, stage by stage, with their sources")
    .option("--json", "print the pipeline specs as JSON")
    .action((opts: { json?: boolean }) => {
      const specs = zooNames().map((n) => zooPipeline(n));
      if (opts.json) {
        io.out(JSON.stringify(specs, null, 2));
        return;
      }
      for (const spec of specs) {
        const entry = ZOO.find((e) => spec.name === e.name || spec.name.startsWith(`${e.name}@`))!;
        io.out(`${spec.name}  (${spec.format}, ${spec.rope.layout})  ${entry.summary}`);
        for (const line of describePipeline(spec)) io.out(`    ${line}`);
        io.out(`    source   ${entry.source}`);
        io.out(`    verified ${entry.verified}`);
      }
    });

  program
    .command("budget")
    .description("error budget of a zoo pipeline: each stage's share of the error, by position bucket")
    .requiredOption("--kernel <name>", `a zoo kernel: ${specForms(["zoo"])}`)
    .option("--head-dim <d>", "head dim", intOption("--head-dim", 2, 4096), 128)
    .option("--base <b>", "RoPE base", numberOption("--base"), 10000)
    .option("--samples <n>", "vectors per bucket", intOption("--samples", 1, 1_000_000), 256)
    .option("--seed <n>", "seed of the vectors and positions", intOption("--seed", 0), 1)
    .option("--max-position <p>", "buckets [2^k, 2^(k+1)) up to this position", intOption("--max-position", 1, 2 ** 31), 2 ** 20)
    .option("--json", "print JSON")
    .action((opts: { kernel: string; headDim: number; base: number; samples: number; seed: number; maxPosition: number; json?: boolean }) => {
      const name = kernelSpec(opts.kernel, "--kernel", ["zoo"]).slice("zoo:".length);
      const budget = errorBudget({ pipeline: zooPipeline(name, { base: opts.base }), headDim: opts.headDim, buckets: budgetBuckets(opts.maxPosition), samples: opts.samples, seed: opts.seed });
      if (opts.json) {
        io.out(JSON.stringify(budget, null, 2));
        return;
      }
      io.out(`error budget of ${budget.pipeline} (d = ${opts.headDim}, base ${opts.base}), ${budget.samples} vectors per bucket, seed ${budget.seed}`);
      io.out(`positions                    rel. RMS   ${budget.buckets[0]!.stages.map((c) => c.stage.padStart(8)).join(" ")}   (share of squared error removed by making the stage exact)`);
      for (const b of budget.buckets)
        io.out(
          `[${String(b.lo).padStart(10)}, ${String(b.hi).padStart(10)})  ${b.rms.toExponential(2).padStart(9)}   ${b.stages.map((c) => `${(100 * c.share).toFixed(0)}%`.padStart(8)).join(" ")}`,
        );
      const last = budget.buckets.at(-1)!;
      io.out(describeBucket(budget, last));
    });

  program
    .command("run")
    .description("run the property suite over kernels (default: the whole zoo) and print a verdict table")
    .option("--kernels <specs>", `comma-separated kernel specs: ${specForms(["zoo", "module", "exec", "onnx", "ggml"])} (default: every zoo kernel)`)
    .option("--properties <ids>", `comma-separated property ids or module:PATH (a property module of your own; default: ${BUILTIN_PROPERTY_IDS.join(",")})`)
    .option("--threshold <id=value>", "replace a property's derived threshold (repeatable), e.g. logit.relative=1e-3", collectThreshold, {})
    .option("--config <file>", 'a JSON file {"thresholds": {"logit.relative": 1e-3}} (run, audit and gate read it; --threshold wins)')
    .option("--relative-to <spec>", "judge every row against this kernel's largest figure on the same cases (e.g. zoo:hf) instead of the derived thresholds")
    .option("--verbose", "print every row (passing ones too) and every replay token")
    .option("--seed <n>", "run seed (printed; same seed, same report)", intOption("--seed", 0, 2 ** 32 - 1), 1)
    .option("--cases <n>", "measure-mode cases per kernel × property", intOption("--cases", 1, 1_000_000), 200)
    .option("--runs <n>", "assert-mode fast-check runs per kernel × property", intOption("--runs", 1, 100_000), 100)
    .option("--max-position <p>", "largest position drawn", intOption("--max-position", 1, 2 ** 31 - 1), 2 ** 20)
    .option("--head-dim <d>", "head dim", intOption("--head-dim", 2, 4096), 128)
    .option("--out <dir>", "write DIR/report.json, report.md, report.html and junit.xml")
    .option("--pretty", "indent report.json (default: one line, about a third of the size)")
    .option("--replay <token>", "rerun exactly the counterexample a failure printed (with --kernels SPEC for a module, exec or onnx kernel)")
    .option("--strict", "exit 1 when any property fails")
    .option("--timeout <seconds>", "per-batch timeout for exec:, module: and onnx: kernels", intOption("--timeout", 1, 86400), 30)
    .option("--kernel-memory <MB>", `memory limit of each module: and onnx: kernel's process (default ${DEFAULT_KERNEL_MEMORY_MB})`, intOption("--kernel-memory", 64, 1_048_576), DEFAULT_KERNEL_MEMORY_MB)
    .option("--workers <n>", "worker threads, by default one per available core; the report is the same for any count", intOption("--workers", 1, 256), DEFAULT_WORKERS)
    .option("--shard <i/n>", "run only shard i of n (a CI matrix); join the shards' reports with rope-audit merge", shardOption)
    .option("--model <path>", "take head dim, positions and RoPE from a config.json or .gguf (default kernels: the pipelines that run it)")
    .action(async (opts: { kernels?: string; properties?: string; threshold: Record<string, number>; config?: string; relativeTo?: string; verbose?: boolean; seed: number; cases: number; runs: number; maxPosition: number; headDim: number; out?: string; replay?: string; strict?: boolean; timeout: number; kernelMemory: number; pretty?: boolean; workers: number; shard?: { index: number; count: number }; model?: string }) => {
      const thresholds = readThresholds(opts.config, opts.threshold);
      const model = opts.model !== undefined ? modelWorkloadOptions(opts.model) : undefined;
      if (model) Object.assign(opts, { headDim: model.headDim, maxPosition: model.maxPosition, kernels: opts.kernels ?? model.kernels.join(",") });
      const kinds = ["zoo", "module", "exec", "onnx", "ggml"] as const;
      if (opts.replay !== undefined) {
        code = await replay(opts.replay, opts.kernels ? kernelSpecs(opts.kernels, "--kernels", kinds) : [], opts.properties, thresholds, opts.timeout, io);
        return;
      }
      // Every user error is found here, before the header and before any kernel runs.
      const specs = opts.kernels ? kernelSpecs(opts.kernels, "--kernels", kinds) : zooNames().map((n) => `zoo:${n}`);
      if (opts.out !== undefined) checkOutDir(opts.out, "--out");
      const refs = await propertyRefs(opts.properties);
      for (const id of Object.keys(thresholds)) if (!refs.some((r) => r.id === id)) throw new RopeArgError("--threshold", `a property of this run (${refs.map((r) => r.id).join(", ")})`, id);
      await loadProperties(refs);
      if (opts.relativeTo !== undefined && Object.keys(thresholds).length > 0) throw new RopeArgError("--relative-to", "either --relative-to or threshold overrides, not both", opts.relativeTo);
      const started = Date.now();
      const c = terminalChalk(io.terminal ?? { isTTY: false, env: {} });
      const shardText = opts.shard ? `, shard ${opts.shard.index}/${opts.shard.count}` : "";
      // The header once every kernel is open: a module that cannot load is one line and exit 2 before it.
      const header = (): void => {
        io.out(`rope-audit run: ${plural(specs.length, "kernel")} × ${plural(refs.length, "property", "properties")}, seed ${opts.seed}, ${plural(opts.cases, "case")}, ${plural(opts.runs, "run")}, positions ≤ ${opts.maxPosition}, d = ${opts.headDim}, ${plural(opts.workers, "worker")}${shardText}`);
        if (model) io.out(escapeTerminal(model.line));
      };
      // Progress goes to stderr whenever stderr is a terminal, also when stdout is redirected to a file.
      const bar = io.progress ? progressBar(io.progress) : null;
      const plan = { kernels: specs, properties: refs, seed: opts.seed, cases: opts.cases, numRuns: opts.runs, maxPosition: opts.maxPosition, headDim: opts.headDim, thresholds, timeoutSeconds: opts.timeout, relativeTo: opts.relativeTo, zoo: model?.zoo, kernelMemoryMb: opts.kernelMemory };
      const parts = await runAudit(plan, { workers: opts.workers, shard: opts.shard, onStarted: header, onProgress: bar ? (d, t) => bar.update(d, t) : undefined });
      bar?.finish();
      // A process kernel that fails its handshake is a finding; the run went on with the others.
      for (const e of parts.startErrors) io.out(`ERROR ${escapeTerminal(e)}`);
      io.out("");
      for (const line of verdictTable(parts.results, c, { verbose: opts.verbose })) io.out(line);
      const passed = parts.results.filter((r) => r.verdict === "pass").length;
      io.out("");
      const unstarted = parts.startErrors.length > 0 ? `; ${plural(parts.startErrors.length, "kernel")} could not start (ERROR above)` : "";
      io.out(`${passed} of ${parts.results.length} kernel × property checks hold${shardText}${unstarted}`);
      if (opts.out !== undefined) wroteReport(io, opts.out, suiteReport({ ...opts, thresholds }, parts, parts.properties, started, opts.shard), { pretty: opts.pretty });
      if ((opts.strict && passed < parts.results.length) || parts.results.some((r) => r.verdict === "error") || parts.startErrors.length > 0) code = 1;
    });

  program
    .command("model")
    .description("audit a model's RoPE from its own file: a Hugging Face config.json (or its directory) or a .gguf file")
    .argument("<path>", "config.json, a directory holding one, or a .gguf file (only its header is read)")
    .option("--out <dir>", "write report.json, report.md, report.html, junit.xml, model-summary.json and model-summary.md")
    .option("--dtype <d>", "bf16, fp16 or fp32: replaces the file's dtype (required when the config states none)")
    .option("--max-position <p>", "audit positions up to p instead of the model's context length", intOption("--max-position", 2, 2 ** 31 - 1))
    .option("--kernels <names>", "comma-separated zoo kernels (default: hf, vllm-cuda, flash-attn-triton, ggml-cpu, onnxruntime-cpu; GGUF: ggml-cpu@fp16, ggml-cpu@fp32)")
    .option("--seed <n>", "seed (printed; same seed, same report)", intOption("--seed", 0, 2 ** 32 - 1), 1)
    .option("--cases <n>", "measured cases per pipeline × property", intOption("--cases", 1, 1_000_000), 100)
    .option("--runs <n>", "property-based runs per pipeline × property", intOption("--runs", 1, 100_000), 50)
    .option("--samples <n>", "vectors per error-budget bucket", intOption("--samples", 1, 1_000_000), 256)
    .option("--window <n>", "tokens in the attention window at the end of the context", intOption("--window", 2, 65536), 2048)
    .option("--rows <n>", "sampled query rows of the attention window", intOption("--rows", 1, 65536), 64)
    .option("--workers <n>", `worker threads (default: ${DEFAULT_WORKERS}); the report is the same for any count`, intOption("--workers", 1, 256), DEFAULT_WORKERS)
    .option("--workload-only", "print the workload read from the file and stop")
    .option("--json", "print JSON")
    .action(async (path: string, opts: ModelCommandOptions) => {
      code = await modelCommand(path, opts, io);
    });

  program
    .command("reproduce")
    .description("reproduce the paper's analysis (arXiv 2411.13476) under emulation: D, per-key attribution, D_logit, schemes")
    .option("--quick", "small sizes (L = 512), a few seconds")
    .option("--length <L>", "window length L (default 4096; quick 512)", intOption("--length", 16, 131072))
    .option("--base <b>", "RoPE base (default 10000)", numberOption("--base"))
    .option("--scaling <json>", 'RoPE scaling as JSON, e.g. {"type":"llama3","factor":8,"lowFreqFactor":1,"highFreqFactor":4,"originalMaxPositions":8192}', jsonOption("--scaling"))
    .option("--format <f>", "the low-precision format compared with fp32: bf16 or fp16", "bf16")
    .option("--all-rows", "D over every query row (exact) instead of sampled rows; time grows as L² (--quick: seconds)")
    .option("--out <dir>", "where to write report.json, report.md, report.html, claims.json", "reports/paper")
    .option("--seed <n>", "first workload seed (three seeds are run: n, n + 1, n + 2)", intOption("--seed", 0, 2 ** 32 - 3), 1)
    .option("--workers <n>", `worker threads (default: ${DEFAULT_WORKERS}); the results are the same for any count`, intOption("--workers", 1, 256), DEFAULT_WORKERS)
    .action(async (opts: { quick?: boolean; length?: number; base?: number; scaling?: unknown; format: string; allRows?: boolean; out: string; seed: number; workers: number }) => {
      const config = reproduceConfig(reproduceOptions(opts));
      checkOutDir(opts.out, "--out");
      // The default directory is relative to where the command runs: say where the files go up front.
      io.err(`writing to ${opts.out}${opts.out === "reports/paper" ? " (the default; --out DIR to choose)" : ""}`);
      const started = Date.now();
      io.out(`rope-audit reproduce: L = ${config.length}, base ${config.base}, ${config.format}, ${config.delta1.length} shifts, D over ${rowsPhrase(config)}, seeds ${config.seeds.join(", ")}, ${opts.workers} worker${opts.workers === 1 ? "" : "s"}`);
      const bar = io.progress ? progressBar(io.progress) : null;
      const onWorkers =
        opts.workers > 1
          ? (tasks: readonly PaperTask[]) =>
              runOnWorkers<PaperTask, PaperTaskOutcome>(tasks, {
                workers: opts.workers,
                setup: { kind: "paper", config },
                batches: schedulePaperTasks(tasks, config),
                onProgress: bar ? (d, t) => bar.update(d, t) : undefined,
                lost: (task, reason) => {
                  throw new RopeAuditError(`reproduce: ${describeTask(task)} failed: ${reason}`);
                },
              })
          : undefined;
      const result = await reproducePaper(config, (what) => io.err(`  ${what}`), onWorkers);
      bar?.finish();
      for (const c of result.claims) io.out(`${c.id} ${c.verdict.padEnd(14)} ${c.claim}: ${c.measured}`);
      for (const c of result.caveats) io.out(`caveat: ${c}`);
      io.out(`took ${((Date.now() - started) / 1000).toFixed(1)} s`);
      for (const f of writePaperReport(opts.out, result, { date: new Date(started).toISOString(), durationMs: Date.now() - started, workers: opts.workers })) io.out(`wrote ${f}`);
    });

  program
    .command("audit")
    .description("audit one kernel: the property suite (on a fixture: exactness and norm on its stored rows) and its fingerprint")
    .requiredOption("--kernel <spec>", specForms(["zoo", "module", "exec", "onnx", "ggml", "fixture"]))
    .option("--head-dim <d>", "head dim (fixtures carry their own)", intOption("--head-dim", 2, 4096), 128)
    .option("--max-position <p>", "largest position drawn", intOption("--max-position", 1, 2 ** 31 - 1), 2 ** 20)
    .option("--cases <n>", "measure-mode cases per property", intOption("--cases", 1, 1_000_000), 200)
    .option("--runs <n>", "assert-mode runs per property", intOption("--runs", 1, 100_000), 100)
    .option("--seed <n>", "seed", intOption("--seed", 0, 2 ** 32 - 1), 1)
    .option("--timeout <seconds>", "per-batch timeout for exec: kernels", intOption("--timeout", 1, 86400), 30)
    .option("--workload <json>", 'the workload as JSON: {"headDim": 128, "maxPosition": 65536, "base": 500000, "scaling": {...}} (base and scaling apply to zoo: kernels; others declare their own)', jsonOption("--workload"))
    .option("--model <path>", "take the workload (head dim, positions, base, rotary dim, scaling) from a config.json or .gguf")
    .option("--out <dir>", "write DIR/report.json, report.md, report.html and junit.xml")
    .option("--pretty", "indent report.json (default: one line, about a third of the size)")
    .option("--json", "print the audit as JSON")
    .option("--threshold <id=value>", "replace a property's derived threshold (repeatable), e.g. logit.relative=1e-3", collectThreshold, {})
    .option("--config <file>", 'a JSON file {"thresholds": {"logit.relative": 1e-3}} (--threshold wins)')
    .option("--strict", "exit 1 when any property fails")
    .option("--workers <n>", "worker threads, by default one per available core; the report is the same for any count", intOption("--workers", 1, 256), DEFAULT_WORKERS)
    .option("--shard <i/n>", "run only shard i of n; join the shards' reports with rope-audit merge", shardOption)
    .action(async (opts: { kernel: string; headDim: number; maxPosition: number; cases: number; runs: number; seed: number; timeout: number; workload?: unknown; out?: string; pretty?: boolean; json?: boolean; threshold: Record<string, number>; config?: string; strict?: boolean; workers: number; shard?: { index: number; count: number }; model?: string }) => {
      opts.kernel = kernelSpec(opts.kernel, "--kernel", ["zoo", "module", "exec", "onnx", "ggml", "fixture"]);
      if (opts.out !== undefined) checkOutDir(opts.out, "--out");
      const started = Date.now();
      const zoo: ZooOverrides = {};
      if (opts.model !== undefined) {
        if (opts.workload !== undefined) throw new RopeArgError("--model", "either --model or --workload, not both", opts.model);
        const m = modelWorkloadOptions(opts.model);
        Object.assign(opts, { headDim: m.headDim, maxPosition: m.maxPosition });
        if (opts.kernel.startsWith("zoo:")) Object.assign(zoo, m.zoo);
      }
      if (opts.workload !== undefined) {
        const w = opts.workload as { headDim?: unknown; maxPosition?: unknown; base?: unknown; scaling?: unknown };
        if (typeof w !== "object" || w === null || Array.isArray(w)) throw new RopeArgError("--workload", "a JSON object with headDim, maxPosition, base, scaling", w);
        const known = ["headDim", "maxPosition", "base", "scaling"];
        for (const key of Object.keys(w)) if (!known.includes(key)) throw new RopeArgError(`--workload.${key}`, `one of the fields ${known.join(", ")}`, key);
        if (w.headDim !== undefined) opts.headDim = intOption("--workload.headDim", 2, 4096)(String(w.headDim));
        if (w.maxPosition !== undefined) opts.maxPosition = intOption("--workload.maxPosition", 1, 2 ** 31 - 1)(String(w.maxPosition));
        if ((w.base !== undefined || w.scaling !== undefined) && (opts.kernel.startsWith("zoo:") || opts.kernel.startsWith("ggml:"))) {
          if (w.base !== undefined && (typeof w.base !== "number" || !(w.base > 1))) throw new RopeArgError("--workload.base", "a number > 1", w.base);
          if (w.base !== undefined) zoo.base = w.base as number;
          if (w.scaling !== undefined) zoo.scaling = scalingFromHf(w.scaling, opts.headDim, "--workload.scaling");
        }
      }
      if (opts.kernel.startsWith("fixture:")) {
        // A fixture answers only for its stored rows: evaluate the per-vector properties on them.
        const b = readFixture(opts.kernel);
        const fk = fixtureKernel(b);
        const kernel: KernelUnderTest = { name: fk.name, format: fk.format, rope: fk.rope, headDim: b.headDim, rotate: (x, p, d) => fk.rotate(x, p, d) };
        const fp = fingerprint(await fingerprintInput(opts.kernel, new KernelSession({ headDim: b.headDim, timeoutSeconds: opts.timeout }), b.headDim));
        const thresholds = readThresholds(opts.config, opts.threshold);
        const results: SuiteResult[] = [];
        // The per-vector properties whose case is one stored row (x, position).
        for (const id of ["rope.exactness", "rope.norm"]) {
          const p = builtinProperty(id)!;
          const cases = Array.from({ length: b.posQ.length }, (_, r) => ({ x: b.q.slice(r * b.headDim, (r + 1) * b.headDim), p: b.posQ[r]! }));
          results.push(await judgeGivenCases(kernel, p, cases, judgeOf(kernel, p, thresholds), opts.seed));
        }
        const parts = {
          kernels: [{ name: kernel.name, format: kernel.format, rope: kernel.rope, pipeline: { source: opts.kernel } }],
          results,
          budgets: [],
          fingerprints: [{ kernel: kernel.name, fingerprint: fp, error: null }],
          series: [],
        };
        printAudit(kernel.name, opts.kernel, fp, null, results);
        if (opts.out !== undefined) wroteReport(io, opts.out, suiteReport({ ...opts, headDim: b.headDim, workers: 1, thresholds }, parts, ["rope.exactness", "rope.norm"].map((id) => builtinProperty(id)!), started), { pretty: opts.pretty });
        if (results.some((r) => r.verdict === "error")) code = 1;
        return;
      }
      const thresholds = readThresholds(opts.config, opts.threshold);
      const plan = { kernels: [opts.kernel], properties: await propertyRefs(undefined), seed: opts.seed, cases: opts.cases, numRuns: opts.runs, maxPosition: opts.maxPosition, headDim: opts.headDim, thresholds, timeoutSeconds: opts.timeout, zoo };
      const parts = await runAudit(plan, { workers: opts.workers, shard: opts.shard });
      if (parts.startErrors.length > 0) {
        // The kernel itself failed (not the command line): a finding, exit 1.
        io.out(`ERROR ${escapeTerminal(parts.startErrors[0]!)}`);
        code = 1;
        return;
      }
      const kernel = parts.opened[0]!;
      // Black boxes get their fingerprint as a job of the audit; a zoo kernel is its own pipeline, but
      // the ranking still says which others round identically.
      let fp: Fingerprint | null = parts.fingerprints[0]?.fingerprint ?? null;
      let fpError: string | null = parts.fingerprints[0]?.error ?? null;
      if (opts.kernel.startsWith("zoo:") && !opts.shard) {
        const session = new KernelSession({ headDim: opts.headDim, timeoutSeconds: opts.timeout, zoo });
        fp = fingerprint(await fingerprintInput(opts.kernel, session, opts.headDim));
        fpError = null;
      }
      printAudit(kernel.name, opts.kernel, fp, fpError, parts.results);
      if (opts.out !== undefined) wroteReport(io, opts.out, suiteReport({ ...opts, thresholds }, parts, parts.properties, started, opts.shard), { pretty: opts.pretty });
      if ((opts.strict && parts.results.some((r) => r.verdict === "fail")) || (fpError && !opts.shard) || parts.results.some((r) => r.verdict === "error")) code = 1;

      function printAudit(name: string, spec: string, f: Fingerprint | null, error: string | null, results: readonly SuiteResult[]): void {
        if (opts.json) {
          io.out(toJson({ kernel: name, spec, fingerprint: f, fingerprintError: error, results }).trimEnd());
          return;
        }
        io.out(escapeTerminal(`${name} (${spec}): ${f ? describeFingerprint(f) : error ? `fingerprint ERROR: ${error}` : "fingerprint in another shard"}`));
        for (const line of verdictTable(results, terminalChalk(io.terminal ?? { isTTY: false, env: {} }), { verbose: true })) io.out(line);
      }
    });

  const attention = program.command("attention").description("third-party attention kernels (AnchorAttention and friends) through fixture bundles");
  attention
    .command("export")
    .description("write an attention bundle: q, k, positions and doc_ids of one packed sequence, for your kernel to fill with logits or probs")
    .requiredOption("--scheme <s>", "full, intra-doc, intra-doc-reset or anchor")
    .requiredOption("--docs <lengths>", "document lengths, e.g. 5,4,6 (the anchor is added for the anchor scheme)")
    .requiredOption("--format <f>", "bf16, fp16, fp32 or fp64")
    .option("--layout <l>", "neox or gptj", "neox")
    .option("--base <b>", "RoPE base", numberOption("--base"), 10000)
    .option("--head-dim <d>", "head dim", intOption("--head-dim", 2, 4096), 64)
    .option("--shift <n>", "shift of every document position", intOption("--shift", 0, 2 ** 31 - 1), 0)
    .option("--seed <n>", "seed", intOption("--seed", 0, 2 ** 32 - 1), 1)
    .requiredOption("--out <file>", "the .safetensors file to write")
    .action((opts: { scheme: Scheme; docs: string; format: "bf16"; layout: "neox"; base: number; headDim: number; shift: number; seed: number; out: string }) => {
      checkOutFile(opts.out, "--out");
      const docLengths = opts.docs.split(",").map((d) => intOption("--docs", 1, 1 << 20)(d.trim()));
      const bytes = exportAttentionBundle({ format: opts.format, layout: opts.layout, base: opts.base, headDim: opts.headDim, scheme: opts.scheme, docLengths, shift: opts.shift, seed: opts.seed });
      writeFileAtomic(opts.out, bytes);
      io.out(`wrote ${opts.out}: ${opts.scheme} over documents ${docLengths.join(", ")}; fill "logits" or "probs" [n, n] with your kernel`);
    });
  attention
    .command("check")
    .description("check a filled attention bundle: the mask, every logit against exact attention within a derived tolerance (with the likely cause of a departure), the position ids, and the shift split into exact-math change and precision loss")
    .requiredOption("--kernel <spec>", "fixture:FILE.safetensors (a filled attention bundle)")
    .option("--json", "print the findings as JSON")
    .action(async (opts: { kernel: string; json?: boolean }) => {
      if (!opts.kernel.startsWith("fixture:")) throw new RopeArgError("--kernel", "fixture:PATH to a filled attention bundle", opts.kernel);
      const file = opts.kernel.slice("fixture:".length);
      const b = readAttentionBundle(readUserFile(file), file);
      // The emulation of the declared format: zoo hf for bf16/fp16 (fp32 angle, cos/sin cache and
      // rotation in the format), exact RoPE for fp32/fp64.
      const zooName = b.format === "bf16" ? "hf" : b.format === "fp16" ? "hf@fp16" : "exact-fp64";
      const emulated = emulate({ ...zooPipeline(zooName, { base: b.base }), rope: { layout: b.layout, base: b.base } });
      const r = await checkAttentionKernel(b.kernel, { scheme: b.scheme, docLengths: b.docLengths, headDim: b.headDim, q: b.q, k: b.k, shift: b.shift, shift2: b.shift2, base: b.base, layout: b.layout, format: b.format, emulated, candidates: zooCandidates(b.format, b.base, b.layout) });
      if (opts.json) io.out(toJson(r).trimEnd());
      else {
        io.out(`${r.kernel} (${b.scheme}, documents ${b.docLengths.join(", ")}): ${r.ok ? "passes every check" : r.findings.some((f) => f.status === "fail") ? "FAILS" : "UNDECIDED"}`);
        for (const f of r.findings) io.out(`  ${{ ok: "ok  ", fail: "FAIL", unsure: "????", info: "info" }[f.status]} ${f.check.padEnd(10)} ${f.message}`);
        io.out(`  tolerance: ${r.tolerance}`);
      }
      if (!r.ok) code = 1;
    });

  const readText = (file: string, what: string): string => {
    try {
      return readFileSync(file, "utf8");
    } catch (e) {
      throw new GateInputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? "unreadable"}); expected a ${what}`);
    }
  };
  program
    .command("merge")
    .description("join the reports of the shards of one run (--shard i/n) into the report the unsharded run writes")
    .argument("<reports...>", "every shard's report.json")
    .option("--out <dir>", "write DIR/report.json, report.md, report.html and junit.xml (default: print the JSON)")
    .option("--pretty", "indent report.json (default: one line, about a third of the size)")
    .action((files: string[], opts: { out?: string; pretty?: boolean }) => {
      if (opts.out !== undefined) checkOutDir(opts.out, "--out");
      const merged = mergeReports(files.map((file) => ({ file, report: parseJsonFile(readText(file, "shard report"), file, "shard report written by rope-audit run --shard i/n --out DIR") })));
      if (opts.out === undefined) io.out(toJson(merged).trimEnd());
      else {
        io.out(`merged ${plural(files.length, "shard")}`);
        wroteReport(io, opts.out, merged, { pretty: opts.pretty });
      }
    });

  const baseline = program.command("baseline").description("stored reports that CI compares new ones against");
  baseline
    .command("save")
    .description("keep a report's verdicts and measures as a baseline")
    .requiredOption("--from <report>", "a report.json written by rope-audit run --out")
    .requiredOption("--out <baseline>", "the baseline file to write")
    .action((opts: { from: string; out: string }) => {
      checkOutFile(opts.out, "--out");
      const report = asReport(parseJsonFile(readText(opts.from, "report"), opts.from, "report"), opts.from);
      const b = baselineFrom(report);
      writeFileAtomic(opts.out, `${JSON.stringify(b, null, 2)}\n`);
      io.out(`wrote ${opts.out}: ${plural(b.entries.length, "kernel × property entry", "kernel × property entries")}`);
    });
  program
    .command("gate")
    .description("fail CI when a row regressed against the baseline (same workload only): exit 0 none, 1 regressions (Markdown with improvements too), 2 unusable input or another workload")
    .requiredOption("--baseline <file>", "a baseline from rope-audit baseline save")
    .requiredOption("--report <file>", "a report.json from rope-audit run --out")
    .option("--tolerance <rel>", "a row's figure may move by this fraction before it counts (0.05 = 5%)", numberOption("--tolerance"), 0.05)
    .action((opts: { baseline: string; report: string; tolerance: number }) => {
      if (!(opts.tolerance >= 0)) throw new RopeArgError("--tolerance", "a number ≥ 0", opts.tolerance);
      const b = asBaseline(parseJsonFile(readText(opts.baseline, "baseline"), opts.baseline, "baseline"), opts.baseline);
      const r = asReport(parseJsonFile(readText(opts.report, "report"), opts.report, "report"), opts.report);
      const g = gate(b, r, opts.tolerance);
      for (const line of gateMarkdown(g, opts.tolerance).trimEnd().split("\n")) io.out(line);
      if (g.regressions.length > 0) code = 1;
    });

  const fixtures = program.command("fixtures").description("safetensors fixture bundles for kernels run elsewhere (docs/fixtures.md)");
  fixtures
    .command("export")
    .description("write a bundle of inputs (q, pos_q, k, pos_k) for your kernel to fill with q_rot, k_rot")
    .requiredOption("--format <f>", "bf16, fp16, fp32 or fp64")
    .requiredOption("--layout <l>", "neox or gptj")
    .requiredOption("--base <b>", "RoPE base", numberOption("--base"))
    .requiredOption("--head-dim <d>", "head dim", intOption("--head-dim", 2, 4096))
    .option("--rotary-dim <r>", "rotary dim (default: head dim)", intOption("--rotary-dim", 2, 4096))
    .option("--count <n>", "vectors of q and of k", intOption("--count", 1, 1_000_000), 1024)
    .option("--max-position <p>", "largest position", intOption("--max-position", 1, 2 ** 31 - 1), 131072)
    .option("--seed <n>", "seed", intOption("--seed", 0, 2 ** 32 - 1), 1)
    .option("--scaling <json>", 'frequency scaling with HF\'s rope_scaling keys, e.g. {"type":"dynamic","factor":2,"max_position_embeddings":4096,"seq_len":16384}', jsonOption("--scaling"))
    .requiredOption("--out <file>", "the .safetensors file to write")
    .action((opts: { format: "bf16"; layout: "neox"; base: number; headDim: number; rotaryDim?: number; count: number; maxPosition: number; seed: number; scaling?: unknown; out: string }) => {
      checkOutFile(opts.out, "--out");
      const scaling = opts.scaling === undefined ? undefined : scalingFromHf(opts.scaling, opts.rotaryDim ?? opts.headDim, "--scaling");
      const bytes = exportBundle({ format: opts.format, layout: opts.layout, base: opts.base, headDim: opts.headDim, rotaryDim: opts.rotaryDim, scaling, count: opts.count, maxPosition: opts.maxPosition, seed: opts.seed });
      writeFileAtomic(opts.out, bytes);
      io.out(`wrote ${opts.out}: ${opts.count} × ${opts.headDim} q and k (${opts.format}, ${opts.layout}, base ${opts.base}); fill q_rot and k_rot with your kernel (docs/fixtures.md)`);
    });

  program
    .command("fingerprint")
    .description("rank zoo pipelines by agreement with a kernel's outputs on the same inputs")
    .requiredOption("--kernel <spec>", `${specForms(["fixture"])} (a filled bundle), ${specForms(["zoo", "module", "exec", "onnx", "ggml"])}`)
    .option("--head-dim <d>", "head dim for zoo, module and exec kernels", intOption("--head-dim", 2, 4096), 128)
    .option("--timeout <seconds>", "per-batch timeout for exec: kernels", intOption("--timeout", 1, 86400), 30)
    .option("--json", "print { best, ranking } as JSON")
    .action(async (opts: { kernel: string; headDim: number; json?: boolean; timeout: number }) => {
      opts.kernel = kernelSpec(opts.kernel, "--kernel", ["zoo", "module", "exec", "onnx", "ggml", "fixture"]);
      const session = new KernelSession({ headDim: opts.headDim, timeoutSeconds: opts.timeout });
      let f: Fingerprint;
      try {
        f = fingerprint(await fingerprintInput(opts.kernel, session, opts.headDim));
      } finally {
        await session.close();
      }
      if (opts.json) {
        io.out(JSON.stringify(f, null, 2));
        return;
      }
      io.out(describeFingerprint(f));
      for (const e of f.ranking.slice(0, 5)) io.out(`  ${e.name.padEnd(24)} ${(100 * e.bitAgreement).toFixed(2).padStart(7)}% bits identical, max |Δ| ${e.maxAbsError.toExponential(2)}`);
    });

  const oracle = program.command("oracle").description("the exact RoPE oracle");
  oracle
    .command("cross-check")
    .description("measure the fp64 fast oracle against the decimal oracle, by position")
    .option("--cases <n>", "number of sampled (spec, position, pair) cases", intOption("--cases", 1, 10_000_000), 10_000)
    .option("--seed <n>", "sampling seed", intOption("--seed", 0), 1)
    .option("--digits <n>", "decimal oracle digits", intOption("--digits", 10, 400), 40)
    .option("--max-position <n>", "largest position drawn (log-uniform)", intOption("--max-position", 0), 2 ** 31 - 1)
    .option("--json", "print JSON")
    .action((opts: { cases: number; seed: number; digits: number; maxPosition: number; json?: boolean }) => {
      const r = crossCheckOracle({
        exact: createDecimalOracle({ digits: opts.digits }),
        fast: createFastOracle(),
        ropes: CROSS_CHECK_ROPES,
        cases: opts.cases,
        seed: opts.seed,
        maxPosition: opts.maxPosition,
      });
      if (opts.json) {
        io.out(JSON.stringify({ seed: opts.seed, digits: opts.digits, ...r }, null, 2));
      } else {
        io.out(`fp64 fast oracle vs decimal oracle (${opts.digits} digits), ${plural(r.cases, "case")}, seed ${opts.seed}`);
        io.out("positions                     cases  max |fast − exact|  fp64 bound");
        for (const b of r.byPosition)
          io.out(
            `[${String(b.lo).padStart(10)}, ${String(b.hi).padStart(10)})  ${String(b.cases).padStart(7)}  ${b.maxAbsError.toExponential(2).padStart(17)}  ${b.maxBound.toExponential(2).padStart(10)}`,
          );
        const w = r.worst;
        io.out(`worst: ${r.maxAbsError.toExponential(3)} at position ${w.position}, pair ${w.i}, base ${w.rope.base}, scaling ${w.rope.scaling?.type ?? "none"}`);
        io.out(`largest error/bound ratio: ${r.maxBoundRatio.toFixed(3)} (${r.maxBoundRatio <= 1 ? "within" : "OUTSIDE"} the bound fp64 implies)`);
      }
      if (r.maxBoundRatio > 1) code = 1;
    });

  oracle
    .command("cos-sin")
    .description("exact θ, angle, cos and sin of one position and pair")
    .requiredOption("--position <p>", "integer position", intOption("--position", -(2 ** 53 - 1)))
    .requiredOption("--pair <i>", "pair index i (frequency θ_i)", intOption("--pair", 0))
    .option("--base <b>", "RoPE base", numberOption("--base"), 10000)
    .option("--rotary-dim <d>", "rotary dim (θ_i = base^(−2i/d))", intOption("--rotary-dim", 2), 128)
    .option("--scaling <json>", "scaling as JSON, e.g. {\"type\":\"linear\",\"factor\":4}", jsonOption("--scaling"))
    .option("--digits <n>", "significant digits", intOption("--digits", 10, 400), 40)
    .action((opts: { position: number; pair: number; base: number; rotaryDim: number; scaling?: unknown; digits: number }) => {
      const rope: RopeSpec = { layout: "neox", base: opts.base, headDim: opts.rotaryDim, scaling: (opts.scaling ?? { type: "none" }) as Scaling };
      const o = createDecimalOracle({ digits: opts.digits });
      const { cos, sin } = o.cosSin(rope, opts.position, opts.pair);
      io.out(`theta  ${o.invFreqs(rope)[opts.pair]!.toString()}`);
      io.out(`angle  ${o.angle(rope, opts.position, opts.pair).toString()}`);
      io.out(`cos    ${cos.toSD(opts.digits).toString()}`);
      io.out(`sin    ${sin.toSD(opts.digits).toString()}`);
      io.out(`attention factor ${o.attentionFactor(rope).toString()}`);
    });

  addCommandHelp(program);
  try {
    await program.parseAsync(argv as string[], { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are exits with code 0; every parse error has already been printed as one line.
      return e.exitCode === 0 ? 0 : 2;
    }
    if (e instanceof RopeAuditError) {
      io.err(`rope-audit: ${e.message}`);
      return 2;
    }
    throw e;
  }
  return code;
}
