/**
 * A kernel host: a child process that runs one module or native kernel for rope-audit (isolated.ts starts
 * it). Whatever the kernel does to this process (exhausts memory, aborts, segfaults, exits, loops) ends
 * this process only, and rope-audit reports it as a finding about that kernel.
 *
 * The host checks what it can before anything crosses back: an output of the wrong type or length is an
 * error here (never a gigabyte array sent over the channel), and the kernel's writes into its inputs are
 * found here (the first changed index) and replayed by the parent onto its own copy, so the parent's guard
 * sees them as it sees an in-process kernel's.
 */
import { InvalidArgumentError } from "../../errors.js";
import type { Kernel } from "../kernel.js";
import { cleanMessage, firstChange, thrownText } from "../guard.js";

// Messages are cut here to what the parent keeps, so the cut can say the original length.
import type { FromHost, InputWrite, ToHost } from "./messages.js";


// With "advanced" serialization process.send clones typed arrays as they are.
const send = (m: FromHost): void => void process.send!(m);

let kernel: Kernel | null = null;

async function open(m: Extract<ToHost, { type: "open" }>): Promise<void> {
  try {
    if (m.target.kind === "module") {
      const { loadModuleKernel } = await import("../module-kernel.js");
      kernel = await loadModuleKernel(m.target.path);
    } else if (m.target.kind === "onnx") {
      const { onnxKernel } = await import("../onnx/kernel.js");
      kernel = onnxKernel({ variant: m.target.variant, dtype: m.target.dtype });
    } else {
      const { loadGgml } = await import("../ggml/ggml-api.js");
      const { ggmlKernel } = await import("../ggml/kernel.js");
      kernel = ggmlKernel(await loadGgml(), { type: m.target.type, mode: m.target.mode, rope: { base: m.target.base, scaling: m.target.scaling } });
    }
    send({ type: "opened", name: kernel.name, format: kernel.format, rope: structuredClone(kernel.rope) });
  } catch (e) {
    if (e instanceof InvalidArgumentError) send({ type: "invalid", argument: e.argument, accepted: e.accepted, message: e.message });
    else send({ type: "failed", message: cleanMessage(thrownText(e)) });
  }
}

async function rotate(m: Extract<ToHost, { type: "rotate" }>): Promise<void> {
  const x = m.x.slice();
  const positions = m.positions.slice();
  try {
    if (!kernel) throw new Error("rotate before open");
    const y = await kernel.rotate(x, positions, m.headDim);
    let write: InputWrite | null = null;
    const ix = firstChange(m.x, x);
    const ip = ix < 0 ? firstChange(m.positions, positions) : -1;
    if (ix >= 0) write = { input: "x", index: ix, value: x.length === m.x.length ? x[ix]! : NaN };
    else if (ip >= 0) write = { input: "positions", index: ip, value: positions.length === m.positions.length ? positions[ip]! : NaN };
    // module-kernel.ts already checked y's type and length; onnx output is ours.
    send({ type: "result", id: m.id, y, write });
  } catch (e) {
    send({ type: "error", id: m.id, message: cleanMessage(thrownText(e)) });
  }
}

process.on("message", (m: ToHost) => {
  if (m.type === "open") void open(m);
  else void rotate(m);
});
send({ type: "ready" });
// The parent closes the channel when it is done: then this process has nothing left to do.
process.on("disconnect", () => process.exit(0));
