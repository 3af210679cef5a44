/**
 * A JS number enters the oracle by its exact binary value, never by its shortest decimal string:
 * 0.1 is 0.1000000000000000055511151231257827…, and a RoPE oracle fed "0.1" would judge kernels against
 * a number they never saw. m·2^e with e < 0 equals m·5^(−e)·10^e, so BigInt gives the exact digits.
 */
import type { Decimal } from "decimal.js";
import { InvalidArgumentError } from "../errors.js";

const view = new DataView(new ArrayBuffer(8));

/** The exact decimal digits of a finite number, as a string decimal.js parses without loss. */
export function exactDecimalString(x: number): string {
  if (!Number.isFinite(x)) throw new InvalidArgumentError("x", "a finite number", x);
  if (x === 0) return Object.is(x, -0) ? "-0" : "0";
  view.setFloat64(0, x, true);
  const bits = view.getBigUint64(0, true);
  const negative = bits >> 63n === 1n;
  const be = Number((bits >> 52n) & 0x7ffn);
  let m = bits & 0xfffffffffffffn;
  let e: number;
  if (be === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = be - 1075;
  }
  // Strip trailing zero bits so 5^(−e) stays as small as the value allows.
  while (e < 0 && (m & 1n) === 0n) {
    m >>= 1n;
    e++;
  }
  const digits = e >= 0 ? (m << BigInt(e)).toString() : `${m * 5n ** BigInt(-e)}e${e}`;
  return negative ? `-${digits}` : digits;
}

/** Constructor type of a decimal.js clone. */
export type DecimalCtor = typeof Decimal;

/** `new D(x)` at the exact binary value of x (decimal.js keeps all digits of a constructed value). */
export function exactDecimal(D: DecimalCtor, x: number): Decimal {
  return new D(exactDecimalString(x));
}
