/**
 * The SIMD module read back by an independent decoder, WABT (the `wabt` package, a dev dependency only):
 *  - every opcode the emitter names (OP and SIMD in src/rope/simd/wasm-emit.ts), emitted alone with its
 *    immediates, decodes to the instruction of that name;
 *  - the kernel module decodes and validates in both memory variants, and every instruction in it is one
 *    the emitter names;
 *  - its text equals the committed snapshot test/rope/simd-module.wat, so that any change to the emitted
 *    instructions shows in review as a diff of that file. After an intended change, regenerate it with
 *      UPDATE_WAT=1 npx vitest run test/rope/simd-wat.test.ts
 *    and commit the new snapshot with the change.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import wabtInit from "wabt";
import { describe, expect, test } from "vitest";
import { kernelBytes } from "../../src/rope/simd/kernels.js";
import { type Bytes, Func, I32, OP, SIMD, V128, emitModule, sleb, uleb } from "../../src/rope/simd/wasm-emit.js";

const SNAPSHOT = fileURLToPath(new URL("./simd-module.wat", import.meta.url));
const REGENERATE = "UPDATE_WAT=1 npx vitest run test/rope/simd-wat.test.ts";
const wabt = await wabtInit();
const FEATURES = { simd: true, threads: true };

/** The text-format name of an emitter constant: `i32x4_add` → `i32x4.add`, `local_get` → `local.get`, `br_if` stays. */
function textName(name: string): string {
  return name.replace(/^(i32|i64|f32|f64|v128|i8x16|i16x8|i32x4|i64x2|f32x4|f64x2|local)_/, "$1.");
}

/** The immediates that follow an opcode of this name (memory arguments: natural alignment, offset 0). */
function immediates(name: string): Bytes {
  const memarg = (align: number): Bytes => [align, ...uleb(0)];
  const sixteen = Array.from({ length: 16 }, (_, i) => i);
  switch (name) {
    case "block":
    case "loop":
    case "if":
      return [0x40, OP.end]; // an empty block type, and the block's end
    case "br":
    case "br_if":
    case "local_get":
    case "local_set":
    case "local_tee":
      return uleb(0);
    case "i32_load":
    case "i32_store":
    case "f32_load":
    case "f32_store":
      return memarg(2);
    case "f64_load":
      return memarg(3);
    case "f32_load":
    case "v128_load32_splat":
      return memarg(2);
    case "i32_const":
      return sleb(-5);
    case "f32_const":
      return [0, 0, 0x80, 0x3f];
    case "f64_const":
      return [0, 0, 0, 0, 0, 0, 0xf0, 0x3f];
    case "v128_load":
    case "v128_store":
      return memarg(4);
    case "v128_load64_zero":
      return memarg(3);
    case "v128_load64_lane":
    case "v128_store64_lane":
      return [...memarg(3), 1];
    case "v128_const":
    case "i8x16_shuffle":
      return sixteen;
    case "i32x4_extract_lane":
      return [2];
    case "f64x2_extract_lane":
      return [1];
    default:
      return [];
  }
}

/** Instruction names of each function of a module's text (flat, unfolded), in order. */
function instructionsByFunction(wat: string): string[][] {
  const funcs: string[][] = [];
  for (const line of wat.split("\n")) {
    const t = line.trim();
    if (t.startsWith("(func")) funcs.push([]);
    else if (funcs.length > 0 && /^[a-z]/.test(t)) funcs[funcs.length - 1]!.push(t.split(/[\s)]/)[0]!);
    else if (!t.startsWith("(local") && t !== "" && funcs.length > 0 && !t.startsWith("(")) throw new Error(`unexpected line: ${t}`);
  }
  return funcs;
}

function toText(bytes: Uint8Array, check: boolean): string {
  const m = wabt.readWasm(bytes, { ...FEATURES, check });
  try {
    // wabt's index.d.ts declares validate() without arguments, but index.js validates with the features
    // it is given (shared memory needs threads), as readWasm does.
    if (check) (m as unknown as { validate(features: object): void }).validate(FEATURES);
    return m.toText({ foldExprs: false, inlineExport: false });
  } finally {
    m.destroy();
  }
}

/** Every opcode the emitter names, with its bytes (SIMD ones after the 0xFD prefix); `end` is checked as the end of block, loop and if. */
const EMITTED: [string, Bytes][] = [
  ...Object.entries(OP)
    .filter(([name]) => name !== "end")
    .map(([name, code]): [string, Bytes] => [name, [code]]),
  ...Object.entries(SIMD).map(([name, code]): [string, Bytes] => [name, [0xfd, ...uleb(code)]]),
];

describe("the emitted WebAssembly, decoded by WABT", () => {
  test("every opcode the emitter names decodes to the instruction of that name", () => {
    // One function per opcode, the instruction alone (the decoder does not type-check here: check false).
    const funcs = EMITTED.map(([name, opcode], k) => {
      const f = new Func(`op${k}`, [], []);
      f.local(I32);
      f.local(V128);
      f.body = [...opcode, ...immediates(name)];
      return f;
    });
    const text = toText(emitModule(funcs, { kind: "own", pages: 1, data: new Uint8Array(0) }), false);
    const decoded = instructionsByFunction(text);
    expect(decoded.length).toBe(EMITTED.length);
    const wrong: string[] = [];
    EMITTED.forEach(([name], k) => {
      const want = ["block", "loop", "if"].includes(name) ? [name, "end"] : [textName(name)];
      if (decoded[k]!.join(" ") !== want.join(" ")) wrong.push(`${name}: decoded as ${decoded[k]!.join(" ")}`);
    });
    expect(wrong).toEqual([]);
    console.log(`${EMITTED.length} opcodes (and end) round-trip through WABT`);
  });

  test("the kernel module decodes and validates in both memory variants; every instruction in it is one the emitter names", () => {
    const named = new Set([...Object.keys(OP), ...Object.keys(SIMD)].map(textName));
    for (const memory of ["own", "imported-shared"] as const) {
      const text = toText(kernelBytes(memory), true);
      const used = new Set(instructionsByFunction(text).flat());
      expect([...used].filter((n) => !named.has(n))).toEqual([]);
      expect(used.size).toBeGreaterThan(40);
    }
  });

  test("the kernel module's text equals the committed snapshot test/rope/simd-module.wat", () => {
    const text = toText(kernelBytes("own"), true);
    if (process.env.UPDATE_WAT === "1") {
      writeFileSync(`${SNAPSHOT}.tmp`, text);
      renameSync(`${SNAPSHOT}.tmp`, SNAPSHOT);
      console.log(`wrote ${SNAPSHOT} (${text.split("\n").length} lines)`);
      return;
    }
    let committed: string;
    try {
      committed = readFileSync(SNAPSHOT, "utf8");
    } catch {
      throw new Error(`test/rope/simd-module.wat is missing. Generate it with: ${REGENERATE}`);
    }
    if (committed !== text) {
      const a = committed.split("\n");
      const b = text.split("\n");
      let line = 0;
      while (line < a.length && line < b.length && a[line] === b[line]) line++;
      throw new Error(
        `The emitted SIMD module differs from test/rope/simd-module.wat from line ${line + 1}:\n` +
          `  snapshot: ${a[line] ?? "(end of file)"}\n  emitted:  ${b[line] ?? "(end of file)"}\n` +
          `If the emitter or the kernels changed on purpose, regenerate the snapshot and commit it with the change:\n  ${REGENERATE}`,
      );
    }
  });
});
