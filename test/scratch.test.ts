import { test } from "vitest";
import { reproduceConfig, reproducePaper } from "../src/index.js";
test("quick", async () => {
  const t = performance.now();
  const r = await reproducePaper(reproduceConfig(true));
  for (const c of r.claims) console.log(c.id, c.reproduced, c.measured);
  console.log("ms", performance.now() - t);
});
