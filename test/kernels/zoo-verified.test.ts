/** `zoo list` says which pipelines are checked live against the real implementation and which are read from source. */
import { expect, test } from "vitest";
import { ZOO } from "../../src/index.js";
import { cli } from "../helpers/cli.js";

test("zoo list marks each pipeline verified live or from source", async () => {
  const r = await cli("zoo", "list");
  const text = r.out.join("\n");
  const verified = (name: string): string => new RegExp(`^${name}  \\(.*\\n(?:    .*\\n)*?    verified (.*)$`, "m").exec(text)?.[1] ?? "";
  expect(verified("ggml-cpu")).toMatch(/^live: llama\.cpp ggml/);
  expect(verified("hf")).toMatch(/^live: PyTorch/);
  expect(verified("onnxruntime-cpu")).toMatch(/^live: ONNX Runtime/);
  expect(verified("te-fused")).toBe("from source");
  expect(ZOO.filter((e) => e.verified.startsWith("live")).map((e) => e.name).sort()).toEqual(["ggml-cpu", "hf", "hf-bf16-positions", "onnxruntime-cpu"]);
});
