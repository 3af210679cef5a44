/** A model path → its workload: GGUF files are told by their magic bytes, anything else is a config.json. */
import { closeSync, openSync, readSync, statSync } from "node:fs";
import { loadGgufWorkload } from "./gguf-workload.js";
import { loadHfConfig } from "./hf-config.js";
import { type ModelDtype, ModelInputError, type ModelWorkload } from "./workload.js";

export interface LoadOptions {
  dtype?: ModelDtype;
  contextLength?: number;
}

function startsWithGguf(path: string): boolean {
  let fd: number;
  try {
    if (statSync(path).isDirectory()) return false;
    fd = openSync(path, "r");
  } catch (e) {
    throw new ModelInputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? "unreadable"}); expected a config.json, a directory holding one, or a .gguf file`);
  }
  try {
    const b = Buffer.alloc(4);
    return readSync(fd, b, 0, 4, 0) === 4 && b.toString("latin1") === "GGUF";
  } finally {
    closeSync(fd);
  }
}

export function loadModel(path: string, options: LoadOptions = {}): ModelWorkload {
  // A .gguf file with a bad magic is reported by the GGUF reader (a clear "bad magic" line), not as bad JSON.
  if (startsWithGguf(path) || /\.gguf$/i.test(path)) return loadGgufWorkload(path, options);
  return loadHfConfig(path, options);
}
