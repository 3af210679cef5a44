import { test } from "vitest";
import { assertProperty, zooKernel } from "../src/index.js";
import { ropeExactness } from "../properties/index.js";
test("dbg", async () => {
  const k0 = zooKernel("ggml-cpu@fp32");
  const k = { name: "ggml-cpu@fp32", format: k0.format, rope: k0.rope, headDim: 128, rotate: k0.rotate.bind(k0) };
  const a = await assertProperty(ropeExactness, k, { seed: 1, numRuns: 100, maxPosition: 2 ** 20 });
  console.log(JSON.stringify(a));
});
