/**
 * What every command's --help ends with: the kernel spec kinds it takes (where it takes a kernel), its
 * exit codes, and examples to copy. Kept beside the commands' names rather than in each definition, so
 * the whole set reads (and is checked) in one place.
 */
import type { Command } from "commander";
import type { SpecKind } from "./preflight.js";

interface Help {
  kernels?: readonly SpecKind[];
  /** "0 …", "1 …", "2 …" */
  exit: readonly string[];
  examples: readonly string[];
}

const INPUT = "2  unusable input (one line on stderr naming the argument and the accepted form)";
const DONE = "0  done";

/** By command path ("run", "zoo list"). */
export const COMMAND_HELP: Record<string, Help> = {
  "": {
    exit: [DONE, "1  a check failed (see each command's --help)", INPUT],
    examples: ["rope-audit run --kernels hf,hf@fp16 --out report", "rope-audit audit --kernel module:./my-rope.mjs", "rope-audit <command> --help"],
  },
  formats: { exit: [DONE, INPUT], examples: ["rope-audit formats", "rope-audit formats --json"] },
  zoo: { exit: [DONE, INPUT], examples: ["rope-audit zoo list"] },
  "zoo list": { exit: [DONE, INPUT], examples: ["rope-audit zoo list", "rope-audit zoo list --json"] },
  budget: {
    kernels: ["zoo"],
    exit: [DONE, INPUT],
    examples: ["rope-audit budget --kernel hf-bf16-positions", "rope-audit budget --kernel zoo:hf@fp16 --base 500000 --max-position 131072"],
  },
  run: {
    kernels: ["zoo", "module", "exec", "onnx", "ggml"],
    exit: ["0  the run finished; failed checks are findings, not errors (add --strict to exit 1 on them)", "1  an ERROR row, a kernel that could not start, or (with --strict) a failed check", INPUT],
    examples: ["rope-audit run --out report", "rope-audit run --kernels hf,module:./my-rope.mjs --properties rope.exactness,logit.relative --strict", "rope-audit run --kernels module:./my-rope.mjs --relative-to zoo:hf --threshold rope.norm=1e-2"],
  },
  model: {
    exit: ["0  the model was audited (failed checks are findings)", "1  a pipeline could not be run at all", INPUT],
    examples: ["rope-audit model path/to/config.json --out reports/my-model", "rope-audit model model.gguf --workload-only"],
  },
  reproduce: {
    exit: [DONE, INPUT],
    examples: ["rope-audit reproduce --quick --out paper-quick", "rope-audit reproduce --length 32768 --base 500000 --out paper-32k", "rope-audit reproduce --quick --all-rows --out paper-all-rows"],
  },
  audit: {
    kernels: ["zoo", "module", "exec", "onnx", "ggml", "fixture"],
    exit: ["0  the audit finished; failed checks are findings (add --strict to exit 1 on them)", "1  an ERROR row, a kernel that could not start, a failed fingerprint, or (with --strict) a failed check", INPUT],
    examples: ["rope-audit audit --kernel module:./my-rope.mjs --out audit", "rope-audit audit --kernel 'exec:python3 my_rope.py' --workload '{\"headDim\": 64, \"maxPosition\": 65536}'"],
  },
  attention: { exit: [DONE, "1  a checked bundle fails a check", INPUT], examples: ["rope-audit attention export --scheme anchor --docs 5,4,6 --format bf16 --out att.safetensors"] },
  "attention export": {
    exit: [DONE, INPUT],
    examples: ["rope-audit attention export --scheme intra-doc --docs 5,4,6 --format bf16 --out att.safetensors"],
  },
  "attention check": {
    kernels: ["fixture"],
    exit: ["0  every check holds", "1  a check fails", INPUT],
    examples: ["rope-audit attention check --kernel fixture:att-filled.safetensors"],
  },
  merge: {
    exit: [DONE, INPUT],
    examples: ["rope-audit merge shard1/report.json shard2/report.json --out report", "rope-audit merge s*/report.json > report.json"],
  },
  baseline: { exit: [DONE, INPUT], examples: ["rope-audit baseline save --from report/report.json --out baseline.json"] },
  "baseline save": { exit: [DONE, INPUT], examples: ["rope-audit baseline save --from report/report.json --out baseline.json"] },
  gate: {
    exit: ["0  no row regressed", "1  a row regressed (the Markdown lists it, with improvements too)", "2  unusable input, or a report of another workload than the baseline's"],
    examples: ["rope-audit gate --baseline baseline.json --report report/report.json", "rope-audit gate --baseline baseline.json --report report/report.json --tolerance 0.1 >> \"$GITHUB_STEP_SUMMARY\""],
  },
  fixtures: { exit: [DONE, INPUT], examples: ["rope-audit fixtures export --format bf16 --layout neox --base 10000 --head-dim 128 --out in.safetensors"] },
  "fixtures export": {
    exit: [DONE, INPUT],
    examples: ["rope-audit fixtures export --format bf16 --layout neox --base 10000 --head-dim 128 --out in.safetensors"],
  },
  fingerprint: {
    kernels: ["zoo", "module", "exec", "onnx", "ggml", "fixture"],
    exit: [DONE, INPUT],
    examples: ["rope-audit fingerprint --kernel fixture:filled.safetensors", "rope-audit fingerprint --kernel module:./my-rope.mjs --json"],
  },
  oracle: { exit: [DONE, "1  (cross-check) the fast oracle is outside its fp64 bound", INPUT], examples: ["rope-audit oracle cos-sin --position 1000000 --pair 0"] },
  "oracle cross-check": {
    exit: ["0  the fp64 fast oracle is within its bound everywhere", "1  it is outside the bound somewhere", INPUT],
    examples: ["rope-audit oracle cross-check", "rope-audit oracle cross-check --cases 100000 --digits 60 --json"],
  },
  "oracle cos-sin": {
    exit: [DONE, INPUT],
    examples: ["rope-audit oracle cos-sin --position 1000000 --pair 0", "rope-audit oracle cos-sin --position 65536 --pair 63 --base 500000 --scaling '{\"type\":\"linear\",\"factor\":4}'"],
  },
};

const SPEC_LINES: Record<SpecKind, string> = {
  zoo: "zoo:NAME or NAME   a built-in emulation (hf, hf@fp16, …; rope-audit zoo list)",
  module: "module:PATH        a JavaScript module whose default export is { name, format, rope, rotate }",
  exec: "exec:COMMAND       a process speaking the line protocol on stdin/stdout (docs/protocol.md)",
  onnx: "onnx:VARIANT:DTYPE ONNX Runtime's RotaryEmbedding: onnx:contrib|opset23:fp16|fp32 (needs onnxruntime-node)",
  ggml: "ggml:TYPE:MODE     llama.cpp's ggml_rope_ext, live: ggml:f32|f16:normal|neox (needs koffi, @node-llama-cpp/linux-x64)",
  fixture: "fixture:FILE       a filled .safetensors bundle (docs/fixtures.md)",
};

/** The text after a command's options. */
export function helpText(h: Help): string {
  const parts: string[] = [];
  if (h.kernels) parts.push(`Kernel specs:\n${h.kernels.map((k) => `  ${SPEC_LINES[k]}`).join("\n")}`);
  parts.push(`Exit codes:\n${h.exit.map((e) => `  ${e}`).join("\n")}`);
  parts.push(`Example${h.examples.length === 1 ? "" : "s"}:\n${h.examples.map((e) => `  $ ${e}`).join("\n")}`);
  return `\n${parts.join("\n\n")}`;
}

/** A command's path below the program: "", "run", "zoo list". */
export function commandPath(c: Command): string {
  const names: string[] = [];
  for (let x: Command | null = c; x?.parent; x = x.parent) names.unshift(x.name());
  return names.join(" ");
}

/** Adds the help text to the program and every subcommand that has an entry. */
export function addCommandHelp(program: Command): void {
  const visit = (c: Command): void => {
    const h = COMMAND_HELP[commandPath(c)];
    if (h) c.addHelpText("after", helpText(h));
    c.commands.forEach(visit);
  };
  visit(program);
}
