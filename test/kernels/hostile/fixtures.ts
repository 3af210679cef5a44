/**
 * The hostile and careless kernels: one source file each, for the routes that can express the fault
 * (module: JavaScript, exec: Python speaking the protocol by hand). What each must produce is in
 * hostile.test.ts.
 */
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../..", import.meta.url));
const zoo = JSON.stringify(`${root}dist/src/kernels/zoo.js`);

/** A module kernel named `name` whose rotate body is `body`; `hf` is the zoo's hf kernel, `keep` a global. */
const mod = (name: string, body: string, top = ""): string =>
  `import { zooKernel } from ${zoo};\nconst hf = zooKernel("hf");\nconst keep = [];\n${top}\n` +
  `export default { name: ${JSON.stringify(name)}, format: hf.format, rope: hf.rope, async rotate(x, positions, headDim) {\n${body}\n} };\n`;

/**
 * An exec kernel speaking the protocol by hand (no adapter, so framing is in the fixture's control):
 * fp32, identity rotation unless `rotate` says otherwise. `hello`, `rotate`, `bye` are Python bodies with
 * m (the request) in scope, `answer(m)` the correct answer line and `out(s)` a flushed write.
 */
const py = (name: string, o: { hello?: string; rotate?: string; bye?: string; top?: string }): string =>
  [
    "import sys, os, json, time, subprocess",
    "def out(s):",
    "    sys.stdout.write(s); sys.stdout.flush()",
    "def answer(m):",
    '    return json.dumps({"type": "result", "id": m["id"], "y": m["x"]}) + "\\n"',
    `NAME = ${JSON.stringify(name)}`,
    o.top ?? "",
    "def on_hello(m):",
    `    ${o.hello ?? 'out(json.dumps({"type": "hello", "version": 1, "name": NAME, "dtype": "fp32", "layout": "neox", "base": 10000}) + "\\n")'}`,
    "def on_rotate(m):",
    `    ${o.rotate ?? "out(answer(m))"}`,
    "def on_bye(m):",
    `    ${o.bye ?? "sys.exit(0)"}`,
    "while True:",
    "    line = sys.stdin.readline()",
    "    if not line: break",
    "    m = json.loads(line)",
    '    {"hello": on_hello, "rotate": on_rotate}.get(m["type"], on_bye)(m)',
    "",
  ].join("\n");

export interface HostileKernel {
  /** File name and test name. */
  id: string;
  route: "module" | "exec";
  source: string;
  /** A well-behaved kernel of the same name (so the same seeds): the hostile one's measures must equal its. */
  twin?: string;
}

const rotateHf = "return hf.rotate(x, positions, headDim);";

export const MODULE_KERNELS: Record<string, { source: string; twin?: string }> = {
  // Copies x, zeroes x and positions in place, returns the copy: no rotation at all. Measured on the true
  // inputs this is a large rope.exactness error; measured on the zeroed arrays it would look exact.
  "inplace-zero": { source: mod("inplace-zero", "const y = x.slice(); x.fill(0); positions.fill(0); return y;"), twin: mod("inplace-zero", "return x.slice();") },
  // The ordinary in-place kernel (vLLM, flash-attn inplace=True): rotates its argument and returns it.
  "inplace-rotate": { source: mod("inplace-rotate", "x.set(hf.rotate(x, positions, headDim)); return x;"), twin: mod("inplace-rotate", rotateHf) },
  "positions-writer": { source: mod("positions-writer", "const y = hf.rotate(x, positions, headDim); positions[0] += 1; return y;"), twin: mod("positions-writer", rotateHf) },
  "wrong-length": { source: mod("wrong-length", "return hf.rotate(x, positions, headDim).subarray(1);") },
  "wrong-type": { source: mod("wrong-type", "return Array.from(hf.rotate(x, positions, headDim));") },
  nan: { source: mod("nan", "return new Float64Array(x.length).fill(NaN);") },
  inf: { source: mod("inf", "return new Float64Array(x.length).fill(Infinity);") },
  "throw-huge": { source: mod("throw-huge", 'throw new Error("E".repeat(10 * 1024 * 1024));') },
  "throw-ansi": { source: mod("throw-ansi", 'throw new Error("\\u001b[2J\\u001b[31mowned\\u001b[0m\\nsecond line\\r\\nthird");') },
  "throw-number": { source: mod("throw-number", "throw 42;") },
  "hang-sync": { source: mod("hang-sync", "for (;;);") },
  "hang-async": { source: mod("hang-async", "await new Promise(() => {});") },
  "alloc-heap": { source: mod("alloc-heap", "for (;;) keep.push(Array.from({ length: 1000 }, (_, i) => ({ i })));") },
  "alloc-buffers": { source: mod("alloc-buffers", "for (;;) keep.push(new Float64Array(1 << 20).fill(1));") },
  abort: { source: mod("abort", "process.abort();") },
  segfault: { source: mod("segfault", 'process.kill(process.pid, "SIGSEGV"); await new Promise(() => {});') },
  exit: { source: mod("exit", "process.exit(3);") },
  "slow-start": { source: mod("slow-start", rotateHf, "await new Promise((r) => setTimeout(r, 60_000));") },
  "slow-but-in-time": { source: mod("slow-but-in-time", rotateHf, "await new Promise((r) => setTimeout(r, 300));"), twin: mod("slow-but-in-time", rotateHf) },
  nondeterministic: { source: mod("nondeterministic", "const y = hf.rotate(x, positions, headDim); for (let i = 0; i < y.length; i++) y[i] += Math.random() * 1e-3; return y;") },
  // 32 MB on stdout (and stderr) while loading and 1 MB per call: drained and dropped, not kept.
  "print-flood": {
    source: mod("print-flood", 'process.stdout.write("p".repeat(1 << 20)); process.stderr.write("e".repeat(1 << 20));\n' + rotateHf, 'for (let i = 0; i < 16; i++) { process.stdout.write("x".repeat(1 << 20)); process.stderr.write("y".repeat(1 << 20)); }'),
    twin: mod("print-flood", rotateHf),
  },
};

export const EXEC_KERNELS: Record<string, string> = {
  "flood-hello": py("flood-hello", { hello: 'while True: out("A" * 65536)' }),
  "flood-rotate": py("flood-rotate", { rotate: 'while True: out("A" * 65536)' }),
  "huge-error": py("huge-error", { rotate: 'out(json.dumps({"type": "error", "id": m["id"], "message": "E" * (10 * 1024 * 1024)}) + "\\n")' }),
  "hostile-error": py("hostile-error", { rotate: 'out(json.dumps({"type": "error", "id": m["id"], "message": "\\u001b[2J\\u001b[31mowned\\nsecond line"}) + "\\n")' }),
  "hang-hello": py("hang-hello", { hello: "time.sleep(3600)" }),
  "hang-rotate": py("hang-rotate", { rotate: "time.sleep(3600)" }),
  "hang-bye": py("hang-bye", { top: "open(sys.argv[1], 'w').write(str(os.getpid()))", bye: "time.sleep(3600)" }),
  "partial-then-hang": py("partial-then-hang", { rotate: 'out(answer(m)[:24]); time.sleep(3600)' }),
  "partial-then-exit": py("partial-then-exit", { rotate: "out(answer(m)[:24]); os._exit(0)" }),
  "stdout-closed": py("stdout-closed", { rotate: "os.close(1); time.sleep(3600)" }),
  grandchild: py("grandchild", { rotate: 'p = subprocess.Popen(["sleep", "3600"]); open(sys.argv[1], "w").write(str(p.pid)); os._exit(0)' }),
  "after-answer": py("after-answer", { rotate: 'out(answer(m) + "surprise\\n")' }),
  "wrong-id": py("wrong-id", { rotate: 'out(json.dumps({"type": "result", "id": 99, "y": m["x"]}) + "\\n")' }),
  "wrong-type": py("wrong-type", { rotate: 'out(json.dumps({"type": "result", "id": m["id"], "y": 5}) + "\\n")' }),
  "hostile-name": py("\u001b[31mred\nname", {}),
};
