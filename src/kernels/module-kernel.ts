/**
 * `module:PATH` kernels: a JavaScript (or compiled TypeScript) module whose default export meets the
 * Kernel contract: { name, format, rope: { layout, base, rotaryDim?, scaling? }, rotate(x, positions,
 * headDim) }. The module is imported once; its shape is checked, and every error names the module and the
 * field at fault. Results of rotate() are checked at each call (length, type). A run loads the module in
 * a process of its own (isolated/host.ts calls this there), so what the module does to its process is a
 * finding, not the end of the run.
 */
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { InvalidArgumentError, RopeAuditError } from "../errors.js";
import { isFormatName } from "../formats/table.js";
import { resolveRopeSpec } from "../oracle/spec.js";
import type { Kernel } from "./kernel.js";
import { syntaxErrorLocation } from "./syntax-location.js";

export async function loadModuleKernel(path: string): Promise<Kernel> {
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(resolve(path)).href)) as { default?: unknown };
  } catch (e) {
    // A syntax error is named with its file, line and column (import() alone gives neither), as is an
    // error thrown by the module's own top-level code.
    const url = pathToFileURL(resolve(path)).href;
    const at = syntaxErrorLocation(resolve(path)) ?? thrownAt(e, url);
    throw new RopeAuditError(`module:${path}: cannot import (${at ?? (e instanceof Error ? e.message.split("\n")[0] : String(e))})`);
  }
  const k = mod.default as Partial<Kernel> | undefined;
  const where = `module:${path}`;
  if (typeof k !== "object" || k === null) throw new InvalidArgumentError(`${where} default export`, "a kernel object { name, format, rope, rotate }", k);
  if (typeof k.name !== "string" || k.name === "") throw new InvalidArgumentError(`${where} .name`, "a non-empty string", k.name);
  if (!isFormatName(k.format)) throw new InvalidArgumentError(`${where} .format`, "a format name such as \"bf16\"", k.format);
  if (typeof k.rotate !== "function") throw new InvalidArgumentError(`${where} .rotate`, "a function (x, positions, headDim) => Float64Array", k.rotate);
  resolveRopeSpec({ ...(k.rope ?? {}), headDim: k.rope?.rotaryDim ?? 128 } as never, `${where} .rope`);
  const rotate = k.rotate.bind(k);
  return {
    name: k.name,
    format: k.format,
    rope: k.rope!,
    async rotate(x, positions, headDim) {
      const y = await rotate(x, positions, headDim);
      if (!(y instanceof Float64Array) || y.length !== x.length)
        throw new RopeAuditError(`${where}: rotate returned ${y instanceof Float64Array ? `${y.length} values` : typeof y}, expected a Float64Array of ${x.length}`);
      return y;
    },
  };
}

/** "FILE:LINE:COLUMN: Error: message" when the module's own top-level code threw, from the stack's first frame in it. */
function thrownAt(e: unknown, url: string): string | null {
  if (!(e instanceof Error) || typeof e.stack !== "string") return null;
  const frame = e.stack.split("\n").find((l) => l.includes(`${url}:`));
  const m = frame ? /(\d+):(\d+)\)?\s*$/.exec(frame) : null;
  return m ? `${fileURLToPath(url)}:${m[1]}:${m[2]}: ${e.name}: ${e.message.split("\n")[0]}` : null;
}
