/** The rope-audit/vitest helpers used as a user would. */
import { expect, test } from "vitest";
import { formatValue, logUniformPosition, round, zooKernel } from "../src/index.js";
import { prop } from "../src/vitest.js";

prop("bf16 rounding is idempotent on the grid", [formatValue("bf16")], (v) => Object.is(round("bf16", v), v), { seed: 3 });
prop("hf-bf16-positions holds positions to 256 exactly", [logUniformPosition(256)], (p) => zooKernel("hf-bf16-positions").trace(p, 64).position === p, { seed: 5 });
test("a custom drift tolerance is honoured; a failure message carries the counterexample and replay token", async () => {
  await expect(zooKernel("hf")).toPreserveRelativePosition({ headDim: 64, maxLogitDrift: 0.05, seed: 7, numRuns: 20 });
  await expect(zooKernel("hf")).not.toPreserveRelativePosition({ headDim: 64, maxLogitDrift: 1e-9, seed: 7, numRuns: 20 });
  await expect(expect(zooKernel("hf")).toPreserveRelativePosition({ headDim: 64, maxLogitDrift: 1e-9, seed: 7, numRuns: 20 })).rejects.toThrow(
    /^expected hf to preserve relative position: m = \d+, n = \d+, shift = \d+.*drift .* > 1e-9 \(replay: logit\.relative@hf\//,
  );
});
