/**
 * The stage model's row functions (src/rope/stages.ts anglesAt and trigAt, which round whole rows in bulk
 * by format) against the stages' per-element definitions, written here from the prepared pipeline's own
 * rounders and trig functions: angle = angleOut(angleIn(p) · angleIn(θᵢ)) (or ggml's chained product),
 * c = trigCos(angle), × attention factor rounded by roundTrig, then roundCache. Every zoo pipeline, with
 * no scaling, linear (on positions or frequencies), YaRN (an attention factor ≠ 1) and Llama 3 scaling,
 * at positions across the whole range; every element the same fp64 bits.
 */
import { describe, expect, test } from "vitest";
import { createRng, zooNames, zooPipeline } from "../../src/index.js";
import type { Scaling } from "../../src/oracle/spec.js";
import { type Prepared, anglesAt, prepare, roundedPosition, stagesAt } from "../../src/rope/stages.js";

const SEED = 907;
console.log(`stage rows test seed ${SEED}`);

const SCALINGS: Scaling[] = [
  { type: "none" },
  { type: "linear", factor: 4 },
  { type: "yarn", factor: 8, originalMaxPositions: 4096 } as Scaling,
  { type: "llama3", factor: 8, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192 },
];

/** The per-element stage definitions. */
function elementwise(s: Prepared, position: number): { angle: number[]; cos: number[]; sin: number[] } {
  const angle: number[] = [];
  const cos: number[] = [];
  const sin: number[] = [];
  if (s.p.invFreq.method === "chained") {
    // Unchanged by the row rounding (a sequential product): anglesAt itself is the definition.
    const a = new Float64Array(s.half);
    anglesAt(s, position, a);
    angle.push(...a);
  } else {
    const pIn = s.angleIn(roundedPosition(s, position));
    for (let i = 0; i < s.half; i++) angle.push(s.angleOut(pIn * s.angleIn(s.theta[i]!)));
  }
  for (const a of angle) {
    let c = s.trigCos(a);
    let sn = s.trigSin(a);
    if (s.attention !== 1) {
      c = s.roundTrig(c * s.attention);
      sn = s.roundTrig(sn * s.attention);
    }
    cos.push(s.roundCache(c));
    sin.push(s.roundCache(sn));
  }
  return { angle, cos, sin };
}

const bits = (xs: ArrayLike<number>): string[] => Array.from(xs, (v) => (Object.is(v, -0) ? "-0" : String(v)));

describe("anglesAt and trigAt: bulk rows equal the per-element stages", () => {
  const rng = createRng(SEED);
  const positions = [0, 1, 2, 3, 255, 256, 4095, 4096, 65535, 65536, 2 ** 20 + 3, 2 ** 24 + 1, 2 ** 31 - 1];
  for (let i = 0; i < 24; i++) positions.push(Math.floor(2 ** (rng() * 31)));
  let scaled = 0; // pipelines checked with an attention factor ≠ 1

  test.each(zooNames())("%s", (name) => {
    let checked = 0;
    for (const scaling of SCALINGS) {
      const spec = zooPipeline(name, { scaling, rotaryDim: 64 });
      let s: Prepared;
      try {
        s = prepare(spec, 96);
      } catch {
        continue; // a scaling this pipeline does not model
      }
      if (s.attention !== 1) scaled++;
      const angle = new Float64Array(s.half);
      const cos = new Float64Array(s.half + 3).fill(7); // longer than a row: only the row is written
      const sin = new Float64Array(s.half + 3).fill(7);
      for (const p of positions) {
        stagesAt(s, p, angle, cos, sin);
        const want = elementwise(s, p);
        expect(bits(angle)).toEqual(bits(want.angle));
        expect(bits(cos.subarray(0, s.half))).toEqual(bits(want.cos));
        expect(bits(sin.subarray(0, s.half))).toEqual(bits(want.sin));
        expect([cos[s.half], sin[s.half + 2]]).toEqual([7, 7]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(2 * positions.length);
  });

  test("the attention factor's branch ran", () => {
    expect(scaled).toBeGreaterThan(10);
  });
});
