/**
 * The decimal oracle against committed mpmath fixtures at 60 digits (fixtures/oracle/generate.py, an
 * independent implementation of θ, every scaling and cos/sin, run by Debian's python3-mpmath).
 * At 40 digits the oracle must agree to 40 digits: θ, angle and attention factor relative ≤ 10^−39
 * (one rounding to 40 significant digits is ≤ ½·10^−39), cos and sin absolute ≤ 10^−40.
 * A second test regenerates the fixtures and checks they are byte-identical to the committed files.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { type RopeSpec, type Scaling, createDecimalOracle } from "../../src/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const D = Decimal.clone({ precision: 80 });

interface ThetaCase {
  base: number;
  rotaryDim: number;
  scaling: Scaling;
  theta: string[];
  attentionFactor: string;
}
interface CosSinCase {
  base: number;
  rotaryDim: number;
  scaling: Scaling;
  i: number;
  position: number;
  angle: string;
  cos: string;
  sin: string;
}

const theta = JSON.parse(readFileSync(`${root}fixtures/oracle/theta.json`, "utf8")) as { dps: number; cases: ThetaCase[] };
const cosSin = JSON.parse(readFileSync(`${root}fixtures/oracle/cos-sin.json`, "utf8")) as { dps: number; cases: CosSinCase[] };
const rope = (c: { base: number; rotaryDim: number; scaling: Scaling }): RopeSpec => ({
  layout: "neox",
  base: c.base,
  headDim: c.rotaryDim,
  scaling: c.scaling,
});

function relErr(got: Decimal, want: string): Decimal {
  const w = new D(want);
  return w.isZero() ? new D(got).abs() : new D(got).sub(w).div(w).abs();
}

describe("decimal oracle vs mpmath fixtures (60 digits)", () => {
  const oracle = createDecimalOracle({ digits: 40 });

  test("θᵢ and attention factors for every scaling variant agree to 40 digits", () => {
    expect(theta.dps).toBe(60);
    const types = new Set(theta.cases.map((c) => c.scaling.type));
    expect([...types].sort()).toEqual(["dynamic-ntk", "linear", "llama3", "longrope", "none", "ntk", "yarn"]);
    let worst = new D(0);
    let n = 0;
    for (const c of theta.cases) {
      const got = oracle.invFreqs(rope(c));
      expect(got.length).toBe(c.theta.length);
      c.theta.forEach((t, i) => {
        worst = Decimal.max(worst, relErr(got[i]!, t)) as Decimal;
        n++;
      });
      worst = Decimal.max(worst, relErr(oracle.attentionFactor(rope(c)), c.attentionFactor)) as Decimal;
    }
    console.log(`${n} θ values over ${theta.cases.length} configurations: worst relative error ${worst.toExponential(2)}`);
    expect(worst.lte("1e-39")).toBe(true);
  });

  test("angle, cos and sin for positions up to 2^31 − 1 agree to 40 digits", () => {
    let worstAngle = new D(0);
    let worstTrig = new D(0);
    for (const c of cosSin.cases) {
      const r = rope(c);
      worstAngle = Decimal.max(worstAngle, relErr(oracle.angle(r, c.position, c.i), c.angle)) as Decimal;
      const { cos, sin } = oracle.cosSin(r, c.position, c.i);
      worstTrig = Decimal.max(worstTrig, new D(cos).sub(c.cos).abs(), new D(sin).sub(c.sin).abs()) as Decimal;
    }
    const maxPos = Math.max(...cosSin.cases.map((c) => c.position));
    console.log(`${cosSin.cases.length} cases up to position ${maxPos}: angle rel ${worstAngle.toExponential(2)}, cos/sin abs ${worstTrig.toExponential(2)}`);
    expect(maxPos).toBe(2 ** 31 - 1);
    expect(worstAngle.lte("1e-39")).toBe(true);
    expect(worstTrig.lte("1e-40")).toBe(true);
  });
});

const mpmath = spawnSync("/usr/bin/python3", ["-c", "import mpmath"], { encoding: "utf8" });
const haveMpmath = mpmath.status === 0;
// In CI (.ci/run installs python3-mpmath) a missing mpmath is a failure, not a skip.
test.skipIf(!haveMpmath && process.env.CI !== "true")("the committed fixtures are exactly what generate.py writes", () => {
  expect(haveMpmath, "/usr/bin/python3 cannot import mpmath (apt-get install python3-mpmath)").toBe(true);
  const before = {
    theta: readFileSync(`${root}fixtures/oracle/theta.json`),
    cosSin: readFileSync(`${root}fixtures/oracle/cos-sin.json`),
  };
  const outDir = `${root}test-output/oracle-fixtures`;
  const run = spawnSync("/usr/bin/python3", [`${root}fixtures/oracle/generate.py`, "--out-dir", outDir], { cwd: root, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  expect(readFileSync(`${outDir}/theta.json`).equals(before.theta)).toBe(true);
  expect(readFileSync(`${outDir}/cos-sin.json`).equals(before.cosSin)).toBe(true);
});
