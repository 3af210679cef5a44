/**
 * Properties reach the engine as modules, never as a fixed list: a run names each property by its id and the
 * module that exports it, and every thread (the main one and each worker) imports those modules itself, so
 * a user's own property runs on any number of workers exactly as the built-in ones do.
 *
 * A property module exports Property objects (named exports, or an array as `default` or `properties`).
 */
import { pathToFileURL } from "node:url";
import { syntaxErrorLocation } from "../kernels/syntax-location.js";
import { isAbsolute, resolve } from "node:path";
import { RopeAuditError } from "../errors.js";
import type { Property } from "../measure/property.js";

/** A property as a run hands it to its workers: plain data. */
export interface PropertyRef {
  id: string;
  /** A file: URL of the module that exports it. */
  module: string;
}

const FIELDS = ["id", "claim", "measure"] as const;
const METHODS = ["threshold", "derivation", "sample", "arbitrary", "evaluate", "describe"] as const;

/** Whether a value is a Property: string fields and methods of the contract (docs/properties.md). */
export function isProperty(v: unknown): v is Property<unknown> {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return FIELDS.every((f) => typeof o[f] === "string") && METHODS.every((m) => typeof o[m] === "function");
}

/** The Property objects a module exports, in export order, each id once. */
function exported(m: Record<string, unknown>): Property<unknown>[] {
  const found: Property<unknown>[] = [];
  const add = (v: unknown): void => {
    if (isProperty(v) && !found.some((p) => p.id === v.id)) found.push(v);
  };
  for (const v of Object.values(m)) Array.isArray(v) ? v.forEach(add) : add(v);
  return found;
}

/** A module path as a file: URL (relative paths against the working directory). */
export function moduleUrl(path: string): string {
  return path.startsWith("file:") ? path : pathToFileURL(isAbsolute(path) ? path : resolve(path)).href;
}

/** Imports a property module; one line naming the module when it cannot be imported or exports no property. */
export async function importPropertyModule(url: string): Promise<Property<unknown>[]> {
  let m: Record<string, unknown>;
  try {
    m = (await import(url)) as Record<string, unknown>;
  } catch (e) {
    const at = url.startsWith("file:") ? syntaxErrorLocation(url) : null;
    throw new RopeAuditError(`--properties: cannot import ${url} (${at ?? (e instanceof Error ? e.message.split("\n")[0] : String(e))})`);
  }
  const ps = exported(m);
  if (ps.length === 0) throw new RopeAuditError(`--properties: ${url} exports no property (objects with ${[...FIELDS, ...METHODS].join(", ")})`);
  return ps;
}

/** The properties a run names, in its order: each module imported once. */
export async function loadProperties(refs: readonly PropertyRef[]): Promise<Property<unknown>[]> {
  const modules = new Map<string, Promise<Property<unknown>[]>>();
  const out: Property<unknown>[] = [];
  for (const ref of refs) {
    let m = modules.get(ref.module);
    if (!m) modules.set(ref.module, (m = importPropertyModule(ref.module)));
    const p = (await m).find((q) => q.id === ref.id);
    if (!p) throw new RopeAuditError(`--properties: ${ref.module} exports no property "${ref.id}"`);
    out.push(p);
  }
  return out;
}

/** References to every property a module exports. */
export async function refsOfModule(url: string): Promise<PropertyRef[]> {
  return (await importPropertyModule(url)).map((p) => ({ id: p.id, module: url }));
}
