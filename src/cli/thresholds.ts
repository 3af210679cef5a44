/**
 * Threshold overrides: `--threshold ID=VALUE` (repeatable) and a config file `{"thresholds": {ID: VALUE}}`
 * that run, audit and gate read. The command line wins over the file. Values are finite and ≥ 0.
 */
import { readFileSync } from "node:fs";
import { InvalidArgumentError as CommanderArgError } from "commander";
import { InvalidArgumentError as RopeArgError } from "../errors.js";

/** Commander's collector for a repeatable --threshold ID=VALUE. */
export function collectThreshold(v: string, acc: Record<string, number>): Record<string, number> {
  const m = /^([A-Za-z0-9._:-]+)=(.+)$/.exec(v.trim());
  const n = m ? Number(m[2]) : NaN;
  if (!m || m[2]!.trim() === "" || !Number.isFinite(n) || n < 0) throw new CommanderArgError(`--threshold: expected PROPERTY=VALUE with a finite VALUE ≥ 0 (e.g. logit.relative=1e-3), got ${JSON.stringify(v)}`);
  return { ...acc, [m[1]!]: n };
}

/** The thresholds of a config file, then the command line's over them. */
export function readThresholds(config: string | undefined, cli: Readonly<Record<string, number>>): Record<string, number> {
  if (config === undefined) return { ...cli };
  let text: string;
  try {
    text = readFileSync(config, "utf8");
  } catch (e) {
    throw new RopeArgError("--config", "a readable JSON file", `${config} (${(e as NodeJS.ErrnoException).code ?? "unreadable"})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RopeArgError(`--config ${config}`, 'JSON such as {"thresholds": {"logit.relative": 1e-3}}', "text that is not JSON");
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new RopeArgError(`--config ${config}`, 'an object such as {"thresholds": {...}}', json);
  for (const key of Object.keys(json)) if (key !== "thresholds") throw new RopeArgError(`${config}: field ${JSON.stringify(key)}`, 'only "thresholds"', key);
  const t = (json as { thresholds?: unknown }).thresholds ?? {};
  if (typeof t !== "object" || t === null || Array.isArray(t)) throw new RopeArgError(`${config}: thresholds`, "an object of property id → number", t);
  const out: Record<string, number> = {};
  for (const [id, v] of Object.entries(t)) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0) throw new RopeArgError(`${config}: thresholds.${id}`, "a finite number ≥ 0", v);
    out[id] = v;
  }
  return { ...out, ...cli };
}
