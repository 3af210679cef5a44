/**
 * Every kernel a run opens reaches the same property code, so the objects that code reads — the opened,
 * guarded kernel and its RoPE, and the RoPE spec a property derives from it — must share V8 hidden classes
 * across kernels: otherwise each new kernel deoptimises the functions specialised on the last one (about
 * 70 recompiles a default run, src/oracle/spec.ts ropeSpecAt). Checked with V8's own %HaveSameMap, in a
 * Node process started with --allow-natives-syntax on the built modules; values are compared here too.
 */
import { spawnSync } from "node:child_process";
import { expect, test } from "vitest";
import { ropeSpecAt } from "../../src/index.js";

const DIST = new URL("../../dist/src/", import.meta.url).href;

test("the zoo's opened kernels, their RoPEs and the specs derived from them share one hidden class each", () => {
  const script = `
    import { KernelSession } from "${DIST}engine/kernel-session.js";
    import { zooNames } from "${DIST}kernels/zoo.js";
    import { ropeSpecAt } from "${DIST}oracle/spec.js";
    const session = new KernelSession({ headDim: 64, timeoutSeconds: 30 });
    const ks = [];
    for (const n of zooNames()) ks.push(await session.kernel("zoo:" + n));
    const classes = (objects) => { const reps = []; for (const o of objects) if (!reps.some((r) => %HaveSameMap(r, o))) reps.push(o); return reps.length; };
    console.log(JSON.stringify({ kernels: ks.length, kernelClasses: classes(ks), ropeClasses: classes(ks.map((k) => k.rope)), specClasses: classes(ks.map((k) => ropeSpecAt(k.rope, k.headDim))) }));
    await session.close();`;
  const r = spawnSync(process.execPath, ["--allow-natives-syntax", "--input-type=module", "-e", script], { encoding: "utf8" });
  expect(r.stderr).toBe("");
  const got = JSON.parse(r.stdout) as { kernels: number; kernelClasses: number; ropeClasses: number; specClasses: number };
  expect(got.kernels).toBeGreaterThan(20);
  expect(got).toMatchObject({ kernelClasses: 1, ropeClasses: 1, specClasses: 1 });
}, 60_000);

test("ropeSpecAt has the spread's fields and values, optional ones only when present", () => {
  const scaling = { type: "linear" as const, factor: 4 };
  expect(ropeSpecAt({ layout: "neox", base: 10000 }, 128)).toStrictEqual({ layout: "neox", base: 10000, headDim: 128 });
  expect(ropeSpecAt({ layout: "gptj", base: 5e5, rotaryDim: 64, scaling }, 128)).toStrictEqual({ layout: "gptj", base: 5e5, headDim: 128, rotaryDim: 64, scaling });
  expect(Object.keys(ropeSpecAt({ layout: "neox", base: 1e4, rotaryDim: undefined, scaling }, 32))).toEqual(["layout", "base", "headDim", "scaling"]);
});
