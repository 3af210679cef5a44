/**
 * The boundary between rope-audit and a kernel it runs: the kernel never touches our arrays, and nothing it
 * returns or throws enters the measurement or the report unchecked.
 *
 * - Inputs are ours. The kernel receives copies of x and positions; after the call the copies are compared
 *   with ours bit for bit, and a write is a finding ("modified its inputs: x[17] changed") kept for the job
 *   to report, while every measurement goes on from our untouched arrays. In-place kernels are the norm
 *   (vLLM's rotary_embedding, flash-attn's apply_rotary_emb(..., inplace=True)), so a wrapper that rotates
 *   its argument and returns it is the ordinary careless case, not an attack.
 * - Outputs are checked (a Float64Array of x's length) and copied, so a kernel that reuses one output
 *   buffer across calls cannot rewrite a result a property is still holding.
 * - What a kernel throws becomes a one-line KernelFailure of bounded length, with control characters
 *   (ANSI escapes, newlines) written out as escapes: a 10 MB or terminal-rewriting message is quoted, not
 *   obeyed.
 */
import { Buffer } from "node:buffer";
import { RopeAuditError } from "../errors.js";
import type { Kernel } from "./kernel.js";

/** A kernel misbehaved: a finding about that kernel (an ERROR row), never the end of the run. */
export class KernelFailure extends RopeAuditError {
  override readonly name = "KernelFailure";
}

/** Longest message a kernel may put into a report (characters, after escaping). */
export const MAX_MESSAGE_CHARS = 300;

/**
 * A message from outside, made safe to print: its first line, control characters as \uXXXX escapes, cut to
 * `max` characters with the original length said.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const CONTROL_ALL = new RegExp(CONTROL.source, "g");

export function cleanMessage(text: string, max = MAX_MESSAGE_CHARS): string {
  // Already cut here (a host process cut it, saying the original length): kept as it is.
  const cutBefore = /… \(\d+ characters\)$/.exec(text.length <= max + 40 ? text : "");
  if (cutBefore && cutBefore.index <= max && !CONTROL.test(text)) return text;
  // Only a bounded head is looked at: enough to hold `max` characters of the first line.
  const head = text.slice(0, 4 * max + 2);
  const nl = head.search(/\r?\n/);
  const line = nl >= 0 ? head.slice(0, nl) : head;
  const escaped = line.replace(CONTROL_ALL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const cut = escaped.length > max || (nl < 0 && text.length > head.length);
  return cut ? `${escaped.slice(0, max)}… (${text.length} characters)` : escaped;
}

/** The text of anything thrown, without trusting it to stringify (a getter may throw, toString may loop). */
export function thrownText(e: unknown): string {
  try {
    if (e instanceof Error) return typeof e.message === "string" ? e.message : String(e.message);
    if (typeof e === "string") return e;
    const what = e === null ? "null" : typeof e === "object" ? "an object" : e === undefined ? "undefined" : `a ${typeof e}`;
    return `threw ${what}: ${String(e)}`;
  } catch {
    return "threw something that cannot be printed";
  }
}

/** The first index where a and b differ in their bits (NaN payloads and -0 included), or -1. */
export function firstChange(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  // The usual answer, no change, from a native byte compare (several times faster than the loop below,
  // which every guarded call over a long-context tensor would pay twice); the loop only locates a change.
  if (Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength))) return -1;
  const wa = new Uint32Array(a.buffer, a.byteOffset, 2 * a.length);
  const wb = new Uint32Array(b.buffer, b.byteOffset, 2 * b.length);
  for (let i = 0; i < wa.length; i++) if (wa[i] !== wb[i]) return i >>> 1;
  return -1;
}

const FINDINGS: unique symbol = Symbol("rope-audit kernel findings");

interface FindingState {
  first: string | null;
}

/**
 * The first finding the guard noted since the last call (then forgotten), or null; for an unguarded kernel,
 * null. A job calls it before it starts and after it ends, so a finding belongs to the job whose call
 * caused it, on any worker and in any order.
 */
export function takeFinding(k: object): string | null {
  const state = (k as { [FINDINGS]?: FindingState })[FINDINGS];
  if (!state) return null;
  const f = state.first;
  state.first = null;
  return f;
}

/**
 * `k` with a guarded rotate: copies in, bitwise check after, output checked and copied, errors cleaned.
 * Every other field of `k` is kept as is.
 */
export function guardKernel<K extends Pick<Kernel, "name" | "rotate">>(k: K): K {
  const state: FindingState = { first: null };
  const inner = k.rotate.bind(k);
  const name = cleanMessage(k.name, 100);
  const rotate = async (x: Float64Array, positions: Float64Array, headDim: number): Promise<Float64Array> => {
    const xs = x.slice();
    const ps = positions.slice();
    let y: unknown;
    try {
      y = await inner(xs, ps, headDim);
    } catch (e) {
      throw new KernelFailure(cleanMessage(thrownText(e)));
    }
    const ix = firstChange(x, xs);
    const ip = ix < 0 ? firstChange(positions, ps) : -1;
    if ((ix >= 0 || ip >= 0) && state.first === null) state.first = `${name} modified its inputs: ${ix >= 0 ? `x[${ix}]` : `positions[${ip}]`} changed (measured on rope-audit's own copy)`;
    if (!(y instanceof Float64Array) || y.length !== x.length) {
      const got = y instanceof Float64Array ? `${y.length} values` : ArrayBuffer.isView(y) ? `a ${y.constructor.name}` : y === null ? "null" : typeof y;
      throw new KernelFailure(`${name}: rotate returned ${got}, expected a Float64Array of ${x.length}`);
    }
    return y.slice();
  };
  // Copied key by key, not `{ ...k, rotate, [FINDINGS]: state }`: a spread at a site that has seen many
  // classes gives each copy a hidden class of its own (oracle/spec.ts, ropeSpecAt), and the property code
  // every kernel goes through would be deoptimised at each new kernel.
  const guarded: Record<PropertyKey, unknown> = {};
  for (const key of Object.keys(k)) guarded[key] = k[key as keyof K];
  guarded.rotate = rotate;
  guarded[FINDINGS] = state;
  return guarded as unknown as K;
}
