/**
 * Identities and an independent second method for the decimal oracle: decimal.js's own cos/sin (a
 * different algorithm from our BigInt fixed-point tables, slow but independent) at 60 digits.
 */
import { Decimal } from "decimal.js";
import { describe, expect, test } from "vitest";
import { InvalidArgumentError, createDecimalOracle, createFastOracle, createRng, type RopeSpec } from "../../src/index.js";
import { exactDecimalString } from "../../src/oracle/exact-decimal.js";

const SEED = 20261129;
console.log(`oracle identity tests seed ${SEED}`);
const D60 = Decimal.clone({ precision: 60 });

describe("exact entry of JS numbers", () => {
  test("0.1 enters as its binary value, not its shortest string", () => {
    expect(exactDecimalString(0.1)).toBe("1000000000000000055511151231257827021181583404541015625e-55");
    expect(new D60(exactDecimalString(0.1)).eq("0.1")).toBe(false);
    expect(exactDecimalString(-0)).toBe("-0");
    expect(exactDecimalString(2 ** 60)).toBe("1152921504606846976");
    // The smallest subnormal has 751 significant digits; all of them survive.
    const tiny = exactDecimalString(5e-324);
    const D800 = Decimal.clone({ precision: 800 });
    expect(new D800(tiny).mul(new D800(2).pow(1074)).eq(1)).toBe(true);
    expect(new D800(tiny).sd()).toBe(751);
    expect(() => exactDecimalString(Infinity)).toThrow(InvalidArgumentError);
  });
});

describe("decimal oracle", () => {
  const oracle = createDecimalOracle(); // 40 digits
  const rng = createRng(SEED);
  const ropes: RopeSpec[] = [
    { layout: "neox", base: 10000, headDim: 128 },
    { layout: "gptj", base: 500000, headDim: 64 },
    { layout: "neox", base: 1e9, headDim: 256, rotaryDim: 64 },
  ];

  test("sin² + cos² = 1 to ≥ 38 digits, and cos/sin agree with decimal.js's own trig to 40 digits", () => {
    let worstPythagoras = new D60(0);
    let worstIndependent = new D60(0);
    for (let k = 0; k < 200; k++) {
      const rope = ropes[k % ropes.length]!;
      const half = (rope.rotaryDim ?? rope.headDim) / 2;
      const p = Math.floor(2 ** (rng() * 31)) - 1;
      const i = Math.floor(rng() * half);
      const { cos, sin } = oracle.cosSin(rope, p, i);
      const one = new D60(cos).pow(2).add(new D60(sin).pow(2));
      worstPythagoras = Decimal.max(worstPythagoras, one.sub(1).abs()) as Decimal;
      // Independent: decimal.js at 60 digits on the oracle's 40-digit angle... but a 40-digit angle
      // loses digits at p ≈ 2^31; rebuild the angle from θ at 60 digits instead.
      const theta = createDecimalOracle({ digits: 60 }).invFreqs(rope)[i]!;
      const angle = new D60(theta).mul(p);
      worstIndependent = Decimal.max(
        worstIndependent,
        new D60(cos).sub(D60.cos(angle)).abs(),
        new D60(sin).sub(D60.sin(angle)).abs(),
      ) as Decimal;
    }
    console.log(`|sin²+cos²−1| ≤ ${worstPythagoras.toExponential(3)}; |oracle − decimal.js trig| ≤ ${worstIndependent.toExponential(3)}`);
    expect(worstPythagoras.lt("1e-38")).toBe(true);
    expect(worstIndependent.lt("1e-40")).toBe(true);
  });

  test("every digit count: cos/sin within 10^−(D+7) of decimal.js's trig at D + 30 digits, positions to 2^53 − 1", () => {
    // Each D has its own limb count (and D = 200, 400 the string conversion); θ here is b^(−2i/d) by one
    // decimal.js pow, independent of the oracle's chained θ.
    const rope: RopeSpec = { layout: "neox", base: 10000, headDim: 128 };
    const positions = [0, 1, -1, 255, 256, 65_535, 123_456_789, -(2 ** 31 - 1), 2 ** 48 - 1, 2 ** 53 - 1, -(2 ** 53 - 1)];
    for (const digits of [10, 25, 41, 60, 100, 200, 400]) {
      const Ref = Decimal.clone({ precision: digits + 30 });
      const o = createDecimalOracle({ digits });
      let worst = new Ref(0);
      for (const i of digits > 100 ? [1, 63] : [0, 1, 37, 63]) {
        const theta = new Ref(10000).pow(new Ref(-2 * i).div(128));
        for (const p of positions) {
          const { cos, sin } = o.cosSin(rope, p, i);
          const angle = theta.mul(p);
          worst = Decimal.max(worst, new Ref(cos).sub(Ref.cos(angle)).abs(), new Ref(sin).sub(Ref.sin(angle)).abs()) as Decimal;
        }
      }
      console.log(`D = ${digits}: |oracle − decimal.js trig| ≤ ${worst.toExponential(2)}`);
      expect(worst.lt(`1e-${digits + 7}`)).toBe(true);
      // θᵢ (Newton's inverse root, then a chain of products) against one pow each: one rounding to D digits.
      let worstTheta = new Ref(0);
      for (const [base, headDim] of [[10000, 128], [500000, 96], [3.7, 2], [1e9, 256]] as const) {
        const thetas = o.invFreqs({ layout: "neox", base, headDim });
        thetas.forEach((t, i) => {
          if (digits > 100 && i % 7 !== 0) return; // a pow at 430 digits costs ~10 ms
          const want = new Ref(exactDecimalString(base)).pow(new Ref(-2 * i).div(headDim));
          worstTheta = Decimal.max(worstTheta, new Ref(t).sub(want).div(want).abs()) as Decimal;
        });
      }
      expect(worstTheta.lte(new Ref(10).pow(1 - digits).div(2))).toBe(true);
    }
  });

  test("results do not depend on the order of calls (tables built in any order, fresh or warm)", () => {
    const rope = ropes[0]!;
    const cases = Array.from({ length: 400 }, () => [Math.floor(2 ** (rng() * 53)) - 2 ** 52, Math.floor(rng() * 64)] as const);
    const a = createDecimalOracle();
    const b = createDecimalOracle();
    const forward = cases.map(([p, i]) => a.cosSin(rope, p, i));
    const backward = [...cases].reverse().map(([p, i]) => b.cosSin(rope, p, i)).reverse();
    const again = cases.map(([p, i]) => a.cosSin(rope, p, i));
    cases.forEach((_, k) => {
      for (const other of [backward[k]!, again[k]!]) {
        expect(other.cos.toString()).toBe(forward[k]!.cos.toString());
        expect(other.sin.toString()).toBe(forward[k]!.sin.toString());
      }
    });
  });

  test("position 0 is the identity and negative positions rotate back", () => {
    const rope = ropes[0]!;
    for (let i = 0; i < 64; i += 9) {
      const z = oracle.cosSin(rope, 0, i);
      expect(z.cos.eq(1) && z.sin.eq(0)).toBe(true);
      const a = oracle.cosSin(rope, 123_456_789, i);
      const b = oracle.cosSin(rope, -123_456_789, i);
      expect(a.cos.eq(b.cos) && a.sin.eq(b.sin.neg())).toBe(true);
    }
  });

  test("angle = p·θ correctly rounded to 40 digits", () => {
    const rope = ropes[1]!;
    const theta60 = createDecimalOracle({ digits: 60 }).invFreqs(rope)[5]!;
    const want = new D60(theta60).mul(2 ** 31 - 1).toSD(40);
    expect(oracle.angle(rope, 2 ** 31 - 1, 5).toString()).toBe(want.toString());
  });

  test("rotate: pairs by layout, partial rotary dims pass through, norms preserved to the digits", () => {
    const x = Array.from({ length: 256 }, (_, k) => Math.sin(k + 1) * 3); // fp64 values
    for (const rope of ropes) {
      const headDim = rope.headDim;
      const v = x.slice(0, headDim);
      const y = oracle.rotate(rope, v, 65537);
      const r = rope.rotaryDim ?? headDim;
      for (let k = r; k < headDim; k++) expect(y[k]!.eq(exactDecimalString(v[k]!))).toBe(true);
      for (let j = 0; j < r / 2; j++) {
        const [a, b] = rope.layout === "neox" ? [j, j + r / 2] : [2 * j, 2 * j + 1];
        const n0 = new D60(exactDecimalString(v[a]!)).pow(2).add(new D60(exactDecimalString(v[b]!)).pow(2));
        const n1 = new D60(y[a]!).pow(2).add(new D60(y[b]!).pow(2));
        expect(n1.sub(n0).abs().div(n0).lt("1e-38")).toBe(true);
        // The pair rotates by exactly the oracle's own cos/sin.
        const { cos, sin } = oracle.cosSin(rope, 65537, j);
        const want = new D60(exactDecimalString(v[a]!)).mul(cos).sub(new D60(exactDecimalString(v[b]!)).mul(sin));
        expect(want.sub(y[a]!).abs().lt("1e-38")).toBe(true);
      }
    }
  });

  test("dot and softmax", () => {
    const a = [1, 2, 3].map((v) => new Decimal(v));
    const b = [4, 5, 6].map((v) => new Decimal(v));
    expect(oracle.dot(a, b).eq(32)).toBe(true);
    const p = oracle.softmax([0, Math.LN2].map((v) => new Decimal(exactDecimalString(v))));
    // e^0 : e^ln2(fp64) = 1 : 2·(1 + tiny); the sum is 1 to the digits.
    expect(p[0]!.add(p[1]!).sub(1).abs().lt("1e-39")).toBe(true);
    expect(p[0]!.sub(new Decimal(1).div(3)).abs().lt("1e-16")).toBe(true);
  });

  test("bad input throws typed errors naming the argument and the accepted values", () => {
    expect(() => createDecimalOracle({ digits: Infinity })).toThrow(/^digits: expected an integer in \[10, 400\], got Infinity/);
    expect(() => createDecimalOracle({ digits: NaN })).toThrow(InvalidArgumentError);
    const rope = ropes[0]!;
    expect(() => oracle.cosSin(rope, 2 ** 53, 0)).toThrow(/^position: expected a safe integer, got 9007199254740992/);
    expect(() => oracle.cosSin(rope, 1.5, 0)).toThrow(/^position: /);
    expect(() => oracle.cosSin(rope, 1, 64)).toThrow(/^i: expected a pair index in \[0, 64\)/);
    expect(() => oracle.cosSin({ ...rope, layout: "interleaved" as "gptj" }, 1, 0)).toThrow(/^rope.layout: expected "neox" or "gptj"/);
    expect(() => oracle.cosSin({ ...rope, rotaryDim: 127 }, 1, 0)).toThrow(/^rope.rotaryDim: /);
    expect(() => oracle.cosSin({ ...rope, scaling: { type: "yarn" } as never }, 1, 0)).toThrow(/^rope.scaling.factor: /);
    expect(() => oracle.rotate(rope, [1, 2], 0)).toThrow(/^x: expected 128 numbers/);
    expect(() => createFastOracle().cosSin(rope, -0.5, 0)).toThrow(/^position: /);
  });
});
