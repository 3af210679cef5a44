/**
 * Stage methods beyond one correct rounding per operation, kept apart from the emulation loop: the trig
 * stage's cos/sin as a function of the angle, in the pipeline's trig format.
 */
import { glibcCosf, glibcSinf } from "./libm/glibc-sincosf.js";
import type { ResolvedPipeline } from "./pipeline.js";

/** Which cos/sin trigFunctions picked: glibc's sinf/cosf, correctly rounded then rounded to fp32, or fp64's own. */
export type TrigKind = "glibc" | "fp32" | "fp64";

/** cos and sin of an angle as the pipeline's trig stage computes them (before the attention factor). */
export function trigFunctions(p: ResolvedPipeline): { kind: TrigKind; cos: (a: number) => number; sin: (a: number) => number } {
  // glibc's sinf/cosf take an fp32 angle; an fp64 angle (an error budget making that stage exact) gets
  // correctly rounded cos/sin instead, so the exact stage is not rounded back to fp32.
  if (p.trig.method === "glibc" && p.angle.format !== "fp64") return { kind: "glibc", cos: glibcCosf, sin: glibcSinf };
  if (p.trig.format === "fp32") return { kind: "fp32", cos: fp32Cos, sin: fp32Sin };
  return { kind: "fp64", cos: Math.cos, sin: Math.sin };
}

// Module-level, not closures per pipeline: the emulation loop calls these through the prepared pipeline,
// and a fresh closure per pipeline made V8 recompile that loop for every kernel.
function fp32Cos(a: number): number {
  return Math.fround(Math.cos(a));
}

function fp32Sin(a: number): number {
  return Math.fround(Math.sin(a));
}
