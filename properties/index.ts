/** The property suite, one file per property (docs/properties.md). */
import type { Property } from "../src/index.js";
import { attentionFirstKey } from "./attention-first-key.js";
import { attentionShiftProperty } from "./attention-shift.js";
import { kernelDeterminism } from "./kernel-determinism.js";
import { logitExactness } from "./logit-exactness.js";
import { logitRelative } from "./logit-relative.js";
import { ropeExactness } from "./rope-exactness.js";
import { ropeNorm } from "./rope-norm.js";
import { ropeOrigin } from "./rope-origin.js";

export const PROPERTIES: readonly Property<unknown>[] = [
  ropeExactness,
  ropeNorm,
  ropeOrigin,
  logitRelative,
  logitExactness,
  kernelDeterminism,
  attentionShiftProperty,
  attentionFirstKey,
] as Property<unknown>[];

export function propertyById(id: string): Property<unknown> | undefined {
  return PROPERTIES.find((p) => p.id === id);
}

export { ropeExactness, ropeNorm, ropeOrigin, logitRelative, logitExactness, kernelDeterminism, attentionShiftProperty, attentionFirstKey };
