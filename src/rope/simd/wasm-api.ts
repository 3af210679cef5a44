/**
 * The slice of the WebAssembly JS API the SIMD modules use (rope/simd/kernels.ts, attention/simd/logits.ts).
 * TypeScript's lib "ES2022" (tsconfig) has no WebAssembly declarations and @types/node does not add them, so
 * they are declared once here; `wasm` is undefined where the runtime has no WebAssembly.
 */
import type { WasmMemory } from "./signatures.js";

export interface WasmModule {
  readonly __brand?: "WebAssembly.Module";
}

export interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { exports: unknown };
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => WasmMemory;
}

export const wasm: WasmApi | undefined = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
