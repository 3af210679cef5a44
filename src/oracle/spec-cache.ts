/**
 * Per-spec state (θ tables, caches) built once per distinct RoPE spec. Looked up by object identity
 * first, because validating and serialising a spec costs more than a warm cos/sin evaluation; a spec
 * object must therefore not be mutated after it was first passed in. Equal specs in different objects
 * share one state through their canonical JSON.
 */
import { type ResolvedRopeSpec, type RopeSpec, resolveRopeSpec } from "./spec.js";

export function createSpecCache<S>(build: (rope: ResolvedRopeSpec) => S): (rope: RopeSpec) => S {
  const byKey = new Map<string, S>();
  const byObject = new WeakMap<RopeSpec, S>();
  return (rope) => {
    const known = typeof rope === "object" && rope !== null ? byObject.get(rope) : undefined;
    if (known) return known;
    const resolved = resolveRopeSpec(rope);
    const key = JSON.stringify(resolved);
    let st = byKey.get(key);
    if (!st) {
      st = build(resolved);
      byKey.set(key, st);
    }
    byObject.set(rope, st);
    return st;
  };
}
