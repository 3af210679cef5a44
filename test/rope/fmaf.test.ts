/**
 * fmaf (ggml-yarn.ts) against an exact BigInt reference: a·b + c of fp32 operands as an exact dyadic
 * rational, rounded to fp32 (round to nearest, ties to even) by integer arithmetic. Cases include sums
 * that cancel, operands far apart in exponent and ties, where rounding the fp64 sum first would go wrong.
 */
import fc from "fast-check";
import { expect, test } from "vitest";
import { fmaf } from "../../src/rope/ggml-yarn.js";

/** x = m·2^e exactly, m an integer (x a finite fp32 value). */
function split(x: number): [bigint, number] {
  if (x === 0) return [0n, 0];
  let e = Math.floor(Math.log2(Math.abs(x))) - 23;
  while (!Number.isInteger(x / 2 ** e)) e--; // guard against log2 rounding
  while (Number.isInteger(x / 2 ** (e + 1)) && Math.abs(x / 2 ** (e + 1)) >= 1) e++;
  return [BigInt(x / 2 ** e), e];
}

/** RN-even to fp32 of m·2^e. */
function roundFp32(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const neg = m < 0n;
  let a = neg ? -m : m;
  // Normalise to a 24-bit significand (or the subnormal grid 2^-149).
  const len = a.toString(2).length;
  let shift = Math.max(len - 24, -149 - e);
  if (shift > 0) {
    const q = a >> BigInt(shift);
    const r = a - (q << BigInt(shift));
    const half = 1n << BigInt(shift - 1);
    a = r > half || (r === half && (q & 1n) === 1n) ? q + 1n : q;
    e += shift;
  } else shift = 0;
  const v = Number(a) * 2 ** e;
  return neg ? -v : v;
}

function exactFmaf(a: number, b: number, c: number): number {
  const [ma, ea] = split(a);
  const [mb, eb] = split(b);
  const [mc, ec] = split(c);
  const ep = ea + eb;
  const e = Math.min(ep, ec);
  const sum = ((ma * mb) << BigInt(ep - e)) + (mc << BigInt(ec - e));
  return roundFp32(sum, e);
}

const fp32 = fc.float({ noNaN: true, noDefaultInfinity: true, min: Math.fround(-1e15), max: Math.fround(1e15) }).map(Math.fround);

test("fmaf is the correctly rounded a·b + c (seed 4242)", () => {
  fc.assert(
    fc.property(fp32, fp32, fp32, (a, b, c) => {
      const want = exactFmaf(a, b, c);
      expect(Object.is(fmaf(a, b, c), want) || (want === 0 && fmaf(a, b, c) === 0)).toBe(true);
    }),
    { seed: 4242, numRuns: 20000 },
  );
  // Ties and near-cancellation built on purpose: c = −a·b + a half-ulp of fp32 plus a tiny residue.
  const rng = fc.sample(fc.tuple(fp32, fp32, fc.integer({ min: -60, max: -30 })), { seed: 7, numRuns: 5000 });
  let hard = 0;
  for (const [a, b, k] of rng) {
    const p = a * b;
    if (!Number.isFinite(p) || p === 0) continue;
    const c = Math.fround(-Math.fround(p)) + 0; // cancels to the rounding error of p
    for (const cc of [c, Math.fround(c + Math.abs(c) * 2 ** k)]) {
      if (fmaf(a, b, cc) !== Math.fround(a * b + cc)) hard++;
      expect(fmaf(a, b, cc)).toBe(exactFmaf(a, b, cc));
    }
  }
  // Double-rounding ties: 24929·673 = 2^24 + 1, an fp32 midpoint; a c too small for the fp64 sum decides.
  for (const [c, want] of [
    [2 ** -40, 2 ** 24 + 2],
    [-(2 ** -40), 2 ** 24],
    [2 ** -30, 2 ** 24 + 2],
    [0, 2 ** 24],
  ] as const) {
    expect(exactFmaf(24929, 673, c)).toBe(want);
    expect(fmaf(24929, 673, c)).toBe(want);
    expect(fmaf(-24929, 673, -c)).toBe(-want);
  }
  expect(Math.fround(24929 * 673 + 2 ** -40)).toBe(2 ** 24); // the unfused double rounding this guards against
  console.log(`fmaf: ${hard} cancellation cases where fround(a*b + c) in fp64 differs from the fused result`);
});
