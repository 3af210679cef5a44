/**
 * The format floor: the correctly rounded kernel of a format — exact RoPE (the fp64 oracle, whose distance to
 * the exact decimal oracle is ≤ 1.2e−10 below 2^21 and ≤ 2.1e−7 below 2^31, far below a bf16/fp16 ulp) rounded
 * once to nearest in the output format. No kernel of that format does better on a case, so a property's
 * figures on it are what the format itself costs: for logit.relative, how much bf16 itself breaks relative
 * position. Results report each kernel's figures also as a ratio to this floor on the same cases.
 */
import { roundArray } from "../formats/round.js";
import { createFastOracle } from "../oracle/fast-oracle.js";
import { ropeSpecAt } from "../oracle/spec.js";
import type { KernelUnderTest } from "./property.js";

export function floorKernel(k: Pick<KernelUnderTest, "format" | "rope" | "headDim">): KernelUnderTest {
  const oracle = createFastOracle();
  const rope = ropeSpecAt(k.rope, k.headDim);
  return {
    name: `floor:${k.format}`,
    format: k.format,
    rope: k.rope,
    headDim: k.headDim,
    rotate(x, positions, headDim) {
      // One spec object per call: the oracle finds its tables by the object's identity, and a new object
      // per call would be validated and serialised again.
      const spec = headDim === rope.headDim ? rope : ropeSpecAt(rope, headDim);
      const out = oracle.rotateRows(spec, x, positions, new Float64Array(x.length));
      return roundArray(k.format, out, out);
    },
  };
}
