/**
 * Writing a file so no reader ever sees half of it: the data goes to a temporary file beside the target
 * (same directory, so the rename stays on one filesystem) and is renamed over it.
 */
import { renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
