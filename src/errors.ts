/**
 * Typed errors. Every error a caller can cause names the argument at fault and what would have been
 * accepted, so the CLI can print it as one line and exit 2 without a stack trace.
 */
export class RopeAuditError extends Error {
  override readonly name: string = "RopeAuditError";
  constructor(message: string) {
    super(message);
  }
}

/** A caller passed a value outside the accepted set; `argument` names it, `accepted` says what fits. */
export class InvalidArgumentError extends RopeAuditError {
  override readonly name = "InvalidArgumentError";
  constructor(
    readonly argument: string,
    readonly accepted: string,
    readonly received: unknown,
  ) {
    super(`${argument}: expected ${accepted}, got ${describe(received)}`);
  }
}

function describe(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (typeof v === "bigint") return `${v}n`;
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (v === undefined || v === null) return String(v);
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (ArrayBuffer.isView(v)) return `a ${v.constructor.name}`;
  return typeof v;
}
