/**
 * Checks of what the user typed that run before any work: kernel specs, output paths. Each failure is an
 * InvalidArgumentError (one line, exit 2) naming the option, the value and the accepted form, so a typo
 * costs a second, not a finished audit thrown away.
 */
import { accessSync, constants, existsSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { InvalidArgumentError, RopeAuditError } from "../errors.js";
import { parseZooName, zooNames } from "../kernels/zoo.js";
import { parseGgmlSpec } from "../kernels/ggml/kernel.js";

/** The spec kinds a command takes a kernel as; fixture: only where the command reads bundles. */
export type SpecKind = "zoo" | "module" | "exec" | "onnx" | "ggml" | "fixture";

const FORM: Record<SpecKind, string> = {
  zoo: "zoo:NAME or NAME (e.g. hf, zoo:hf@fp16)",
  module: "module:PATH",
  exec: "exec:COMMAND",
  onnx: "onnx:contrib|opset23:fp16|fp32",
  ggml: "ggml:f32|f16:normal|neox",
  fixture: "fixture:FILE.safetensors",
};

export const specForms = (kinds: readonly SpecKind[]): string => kinds.map((k) => FORM[k]).join(", ");

const ONNX = /^onnx:(contrib|opset23):(fp16|fp32)$/;

/**
 * A kernel spec as the engine takes it: a bare zoo name becomes zoo:NAME (so `hf` works wherever a kernel
 * is taken), zoo names and onnx variants are checked, module: and fixture: files must exist. Nothing is
 * imported or started here.
 */
export function kernelSpec(raw: string, option: string, kinds: readonly SpecKind[]): string {
  const spec = raw.trim();
  const expected = `a kernel spec: ${specForms(kinds)}`;
  const kind = /^([a-z]+):/.exec(spec)?.[1];
  if (kind === undefined || !(kinds as readonly string[]).includes(kind)) {
    if (kind === undefined && kinds.includes("zoo") && isZooName(spec)) return `zoo:${spec}`;
    if (kind === undefined && kinds.includes("zoo") && spec !== "") throw new InvalidArgumentError(option, `${expected}; zoo names are ${zooNames().join(", ")}`, raw);
    throw new InvalidArgumentError(option, expected, raw);
  }
  const rest = spec.slice(kind.length + 1);
  if (kind === "zoo") {
    try {
      parseZooName(rest); // names the part at fault (unknown kernel, or a format it lacks)
    } catch (e) {
      throw new RopeAuditError(`${option}: ${(e as Error).message}`);
    }
  } else if (kind === "ggml") {
    parseGgmlSpec(spec); // one line naming the accepted forms
  } else if (kind === "onnx") {
    if (!ONNX.test(spec)) throw new InvalidArgumentError(option, "onnx:contrib:fp16, onnx:contrib:fp32, onnx:opset23:fp16 or onnx:opset23:fp32", raw);
  } else if (kind === "module" || kind === "fixture") {
    if (rest === "") throw new InvalidArgumentError(option, `${kind}:PATH with a path`, raw);
    if (!isFile(rest)) throw new InvalidArgumentError(option, `${kind}:PATH naming an existing file`, raw);
  } else if (kind === "exec" && rest.trim() === "") throw new InvalidArgumentError(option, "exec:COMMAND with a command", raw);
  return spec;
}

/** A comma-separated list of specs, each checked; repeated specs are kept once. */
export function kernelSpecs(list: string, option: string, kinds: readonly SpecKind[]): string[] {
  const specs = list.split(",").map((s) => s.trim());
  if (specs.some((s) => s === "")) throw new InvalidArgumentError(option, `comma-separated kernel specs (${specForms(kinds)}) with none empty`, list);
  return [...new Set(specs.map((s) => kernelSpec(s, option, kinds)))];
}

/** hf, hf@fp16, and the default format spelled out (ggml-cpu@fp16): what parseZooName takes. */
function isZooName(name: string): boolean {
  try {
    parseZooName(name);
    return true;
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** The nearest ancestor of `path` that exists (path itself if it does). */
function existingAncestor(path: string): string {
  let p = resolve(path);
  while (!existsSync(p) && dirname(p) !== p) p = dirname(p);
  return p;
}

/** An output directory: absent (it will be made, below an existing directory) or a directory, not a file. */
export function checkOutDir(dir: string, option: string): void {
  if (dir.trim() === "") throw new InvalidArgumentError(option, "a directory path", dir);
  const base = existingAncestor(dir);
  if (!statSync(base).isDirectory())
    throw new RopeAuditError(`${option}: ${base === resolve(dir) ? `${dir} is a file` : `${dir} is below the file ${base}`}; expected a directory (made if absent)`);
  if (!writable(base)) throw new RopeAuditError(`${option}: ${dir}: cannot write in ${base} (permission denied)`);
}

/** An output file: its directory must exist, and the path must not be a directory. */
export function checkOutFile(file: string, option: string): void {
  if (file.trim() === "") throw new InvalidArgumentError(option, "a file path", file);
  const dir = dirname(resolve(file));
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new RopeAuditError(`${option}: ${file}: no directory ${dir}; expected a file in an existing directory`);
  if (existsSync(file) && statSync(file).isDirectory()) throw new RopeAuditError(`${option}: ${file} is a directory; expected a file path`);
  if (!writable(dir)) throw new RopeAuditError(`${option}: ${file}: cannot write in ${dir} (permission denied)`);
}
