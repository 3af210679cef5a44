/**
 * `--properties`: built-in property ids and `module:PATH` entries (a user's property module, every property
 * it exports), resolved to the references a run hands its workers (engine/property-modules.ts).
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { InvalidArgumentError as RopeArgError } from "../errors.js";
import { type PropertyRef, moduleUrl, refsOfModule } from "../engine/property-modules.js";
import type { Property } from "../measure/property.js";
import { PROPERTIES } from "../../properties/index.js";

/**
 * The module of the built-in properties. From dist/ it sits beside the compiled CLI; when the CLI runs from
 * the TypeScript sources (vitest), worker threads cannot load .ts, so the compiled copy in dist/ is named.
 */
export function builtinPropertiesModule(): string {
  const here = new URL(import.meta.url);
  return (here.pathname.endsWith(".js") ? new URL("../../properties/index.js", here) : new URL("../../dist/properties/index.js", here)).href;
}

export const BUILTIN_PROPERTY_IDS: readonly string[] = PROPERTIES.map((p) => p.id);

/** The built-in property objects by id (for commands that evaluate them on this thread). */
export function builtinProperty(id: string): Property<unknown> | undefined {
  return PROPERTIES.find((p) => p.id === id);
}

/** A --properties list (ids and module:PATH entries, comma-separated; default every built-in) as references. */
export async function propertyRefs(list: string | undefined): Promise<PropertyRef[]> {
  const builtin = builtinPropertiesModule();
  if (list === undefined) return BUILTIN_PROPERTY_IDS.map((id) => ({ id, module: builtin }));
  const refs: PropertyRef[] = [];
  for (const item of list.split(",").map((x) => x.trim())) {
    if (item.startsWith("module:")) {
      const path = item.slice("module:".length);
      if (!existsSync(path.startsWith("file:") ? fileURLToPath(path) : path)) throw new RopeArgError("--properties", "module:PATH naming an existing property module", item);
      refs.push(...(await refsOfModule(moduleUrl(path))));
    } else if (BUILTIN_PROPERTY_IDS.includes(item)) refs.push({ id: item, module: builtin });
    else throw new RopeArgError("--properties", `ids from ${BUILTIN_PROPERTY_IDS.join(", ")}, or module:PATH`, item);
  }
  const ids = new Set<string>();
  for (const r of refs) {
    if (ids.has(r.id)) throw new RopeArgError("--properties", "each property id once", r.id);
    ids.add(r.id);
  }
  return refs;
}
