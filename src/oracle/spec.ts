/**
 * What a RoPE computes, independent of how a kernel rounds it: layout, base, rotary dim and frequency
 * scaling (docs/design.md, "Vocabulary" and "Frequency scaling"). Shared by the oracle and the emulated pipelines; field names follow HF's
 * rope_scaling keys in camelCase.
 */
import { InvalidArgumentError } from "../errors.js";

export type Layout = "neox" | "gptj";
export const LAYOUTS: readonly Layout[] = ["neox", "gptj"];

export type Scaling =
  | { type: "none" }
  | { type: "linear"; factor: number }
  | { type: "ntk"; factor: number }
  | { type: "dynamic-ntk"; factor: number; originalMaxPositions: number; seqLen: number }
  | {
      type: "yarn";
      factor: number;
      originalMaxPositions: number;
      betaFast?: number;
      betaSlow?: number;
      mscale?: number;
      mscaleAllDim?: number;
      attentionFactor?: number;
      truncate?: boolean;
    }
  | { type: "llama3"; factor: number; lowFreqFactor: number; highFreqFactor: number; originalMaxPositions: number }
  | {
      type: "longrope";
      shortFactor: readonly number[];
      longFactor: readonly number[];
      originalMaxPositions: number;
      maxPositions: number;
      seqLen: number;
      attentionFactor?: number;
    };
export type ScalingType = Scaling["type"];
export const SCALING_TYPES: readonly ScalingType[] = ["none", "linear", "ntk", "dynamic-ntk", "yarn", "llama3", "longrope"];

export interface RopeSpec {
  layout: Layout;
  base: number;
  headDim: number;
  /** Rotated leading dims (default headDim); the rest pass through. θ uses rotaryDim as "d". */
  rotaryDim?: number;
  scaling?: Scaling;
}

/**
 * `r`'s RoPE at head dim `headDim`, built field by field in one order (layout, base, headDim, then
 * rotaryDim and scaling when present). Why not `{ ...r, headDim }`: V8 copies an object through a spread
 * with a hidden class of its own once the spread's site has seen several classes, so each kernel's spec
 * would get a new class and every function specialised on the last one would be deoptimised on the next
 * and compiled again. Specs built here share one class per set of fields.
 */
export function ropeSpecAt(r: { layout: Layout; base: number; rotaryDim?: number; scaling?: Scaling }, headDim: number): RopeSpec {
  const out: RopeSpec = { layout: r.layout, base: r.base, headDim };
  if (r.rotaryDim !== undefined) out.rotaryDim = r.rotaryDim;
  if (r.scaling !== undefined) out.scaling = r.scaling;
  return out;
}

/** A validated spec with defaults filled in. */
export interface ResolvedRopeSpec {
  readonly layout: Layout;
  readonly base: number;
  readonly headDim: number;
  readonly rotaryDim: number;
  readonly scaling: Scaling;
}

const POSITIONS = "a safe integer";

export function checkPosition(p: unknown, argument = "position"): number {
  if (typeof p !== "number" || !Number.isSafeInteger(p)) throw new InvalidArgumentError(argument, POSITIONS, p);
  return p;
}

function positiveFinite(v: unknown, argument: string): number {
  if (typeof v !== "number" || !Number.isFinite(v) || v <= 0) throw new InvalidArgumentError(argument, "a finite number > 0", v);
  return v;
}

function positiveInt(v: unknown, argument: string): number {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v <= 0) throw new InvalidArgumentError(argument, "an integer > 0", v);
  return v;
}

export function resolveRopeSpec(spec: RopeSpec, argument = "rope"): ResolvedRopeSpec {
  if (typeof spec !== "object" || spec === null) throw new InvalidArgumentError(argument, "an object { layout, base, headDim, rotaryDim?, scaling? }", spec);
  if (!LAYOUTS.includes(spec.layout)) throw new InvalidArgumentError(`${argument}.layout`, `"neox" or "gptj"`, spec.layout);
  const base = positiveFinite(spec.base, `${argument}.base`);
  if (base <= 1) throw new InvalidArgumentError(`${argument}.base`, "a finite number > 1", base);
  const headDim = positiveInt(spec.headDim, `${argument}.headDim`);
  const rotaryDim = spec.rotaryDim === undefined ? headDim : positiveInt(spec.rotaryDim, `${argument}.rotaryDim`);
  if (rotaryDim % 2 !== 0 || rotaryDim > headDim)
    throw new InvalidArgumentError(`${argument}.rotaryDim`, `an even integer in [2, headDim = ${headDim}]`, rotaryDim);
  const scaling = resolveScaling(spec.scaling ?? { type: "none" }, rotaryDim, `${argument}.scaling`);
  return { layout: spec.layout, base, headDim, rotaryDim, scaling };
}

/** Validates a scaling for `rotaryDim` (longrope's factor lists have rotaryDim/2 entries); errors name `${arg}.field`. */
export function resolveScaling(s: Scaling, rotaryDim: number, arg: string): Scaling {
  if (typeof s !== "object" || s === null || !SCALING_TYPES.includes(s.type))
    throw new InvalidArgumentError(`${arg}.type`, `one of ${SCALING_TYPES.map((t) => `"${t}"`).join(", ")}`, (s as { type?: unknown } | null)?.type);
  switch (s.type) {
    case "none":
      return { type: "none" };
    case "linear":
    case "ntk":
      return { type: s.type, factor: positiveFinite(s.factor, `${arg}.factor`) };
    case "dynamic-ntk":
      return {
        type: s.type,
        factor: positiveFinite(s.factor, `${arg}.factor`),
        originalMaxPositions: positiveInt(s.originalMaxPositions, `${arg}.originalMaxPositions`),
        seqLen: positiveInt(s.seqLen, `${arg}.seqLen`),
      };
    case "yarn": {
      const out: Scaling = {
        type: "yarn",
        factor: positiveFinite(s.factor, `${arg}.factor`),
        originalMaxPositions: positiveInt(s.originalMaxPositions, `${arg}.originalMaxPositions`),
        betaFast: s.betaFast === undefined ? 32 : positiveFinite(s.betaFast, `${arg}.betaFast`),
        betaSlow: s.betaSlow === undefined ? 1 : positiveFinite(s.betaSlow, `${arg}.betaSlow`),
        truncate: s.truncate ?? true,
      };
      if (typeof out.truncate !== "boolean") throw new InvalidArgumentError(`${arg}.truncate`, "a boolean", s.truncate);
      if (s.mscale !== undefined) out.mscale = positiveFinite(s.mscale, `${arg}.mscale`);
      if (s.mscaleAllDim !== undefined) out.mscaleAllDim = positiveFinite(s.mscaleAllDim, `${arg}.mscaleAllDim`);
      if (s.attentionFactor !== undefined) out.attentionFactor = positiveFinite(s.attentionFactor, `${arg}.attentionFactor`);
      return out;
    }
    case "llama3": {
      const lo = positiveFinite(s.lowFreqFactor, `${arg}.lowFreqFactor`);
      const hi = positiveFinite(s.highFreqFactor, `${arg}.highFreqFactor`);
      if (!(hi > lo)) throw new InvalidArgumentError(`${arg}.highFreqFactor`, `a number > lowFreqFactor = ${lo}`, hi);
      return {
        type: "llama3",
        factor: positiveFinite(s.factor, `${arg}.factor`),
        lowFreqFactor: lo,
        highFreqFactor: hi,
        originalMaxPositions: positiveInt(s.originalMaxPositions, `${arg}.originalMaxPositions`),
      };
    }
    case "longrope": {
      const half = rotaryDim / 2;
      const factors = (v: unknown, name: string): number[] => {
        if (!Array.isArray(v) || v.length !== half) throw new InvalidArgumentError(`${arg}.${name}`, `an array of ${half} numbers > 0 (rotaryDim / 2)`, v);
        return v.map((f, i) => positiveFinite(f, `${arg}.${name}[${i}]`));
      };
      const out: Scaling = {
        type: "longrope",
        shortFactor: factors(s.shortFactor, "shortFactor"),
        longFactor: factors(s.longFactor, "longFactor"),
        originalMaxPositions: positiveInt(s.originalMaxPositions, `${arg}.originalMaxPositions`),
        maxPositions: positiveInt(s.maxPositions, `${arg}.maxPositions`),
        seqLen: positiveInt(s.seqLen, `${arg}.seqLen`),
      };
      if (s.attentionFactor !== undefined) out.attentionFactor = positiveFinite(s.attentionFactor, `${arg}.attentionFactor`);
      return out;
    }
  }
}

/** Index pairs (a, b) rotated together, with pair index j (frequency θ_j): NeoX halves or GPT-J neighbours. */
export function pairIndex(layout: Layout, rotaryDim: number, j: number): [number, number] {
  return layout === "neox" ? [j, j + rotaryDim / 2] : [2 * j, 2 * j + 1];
}
