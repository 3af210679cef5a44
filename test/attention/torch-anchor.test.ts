/**
 * AnchorAttention kernels written in PyTorch (test/attention/fixtures/torch_attention.py, run live by
 * Debian's python3-torch) fill attention bundles; `rope-audit attention check` passes the correct kernel
 * and the one masking with torch.finfo(float32).min, and fails every planted fault with its cause, at
 * --shift 0 and --shift 100, with and without positions_used.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, test } from "vitest";
import { cli } from "../helpers/cli.js";

const torch = spawnSync("/usr/bin/python3", ["-c", "import torch"]).status === 0;
const SCRIPT = new URL("./fixtures/torch_attention.py", import.meta.url).pathname;
const PASS = ["correct", "finfo"];
/** Each fault and a pattern its report must name (the mask finding or the likely cause). */
const FAIL: Record<string, RegExp> = {
  norope: /likely cause: no rotation/,
  wrongbase: /likely cause: wrong base \(behaves like base 500000, declared 10000\)/,
  anchormoves: /likely cause: the anchor's position moves with the documents|position ids differ from anchor: token 0: 1\d+ \(want 0\)/,
  hideanchor: /FAIL mask +the anchor is hidden from document 2 /,
  leak: /FAIL mask +cross-document keys visible: query 10 \(document 3\) → key 3 \(document 1\)$/m,
  fullcausal: /likely cause: a plain causal mask \(documents not separated\)/,
  future: /FAIL mask +future keys visible: 3→4$/m,
  perdocbos: /likely cause: per-document BOS anchors/,
};

describe.skipIf(!torch && process.env.CI !== "true")("PyTorch AnchorAttention kernels through attention bundles", () => {
  test.each([0, 100])("--shift %i: correct kernels pass, every planted fault fails with its cause", async (shift) => {
    expect(torch, "/usr/bin/python3 cannot import torch (apt-get install python3-torch)").toBe(true);
    const dir = mkdtempSync(`${tmpdir()}/rope-audit-torch-attn-`);
    const bundle = `${dir}/anchor.safetensors`;
    const exported = await cli("attention", "export", "--scheme", "anchor", "--docs", "5,4,6", "--format", "bf16", "--head-dim", "32", "--shift", String(shift), "--out", bundle);
    expect(exported.code).toBe(0);
    const jobs: string[] = [];
    const files: { variant: string; ids: boolean; file: string }[] = [];
    for (const variant of [...PASS, ...Object.keys(FAIL)])
      for (const ids of [false, true]) {
        const file = `${dir}/${variant}${ids ? "-ids" : ""}.safetensors`;
        jobs.push(variant, bundle, file, ...(ids ? ["positions_used"] : []));
        files.push({ variant, ids, file });
      }
    const run = spawnSync("/usr/bin/python3", [SCRIPT, ...jobs], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    for (const { variant, ids, file } of files) {
      const r = await cli("attention", "check", "--kernel", `fixture:${file}`);
      const text = r.out.join("\n");
      const what = `${variant}${ids ? " with positions_used" : ""} at --shift ${shift}:\n${text}`;
      // The tolerance is stated, with its derivation.
      expect(text, what).toMatch(/tolerance: a correct bf16 kernel's logit stays within λ·√V of exact attention: .*u = 2\^-8.*λ = \d+\.\d\d \(Hoeffding/);
      if (PASS.includes(variant)) {
        expect(r.code, what).toBe(0);
        expect(r.out[0], what).toMatch(/passes every check$/);
        expect(text, what).toMatch(/ok   positions +position ids (read from the attention )?match anchor/);
        // The zoo pipeline the kernel's logits are closest to, next to exact RoPE: HF's bf16 rotate_half
        // (hf) is at least as close as any other.
        const [, best, residual] = /closest emulated pipeline at Δ = \d+: (\S+) \(RMS logit residual ([\d.e+-]+);/.exec(text)!;
        const hfResidual = new RegExp(`(?:: |, )hf (?:\\(RMS logit residual )?([\\d.e+-]+)`).exec(text);
        expect(best === "hf" || (hfResidual !== null && Number(hfResidual[1]) === Number(residual)), what).toBe(true);
        // The anchor scheme's shift, split and labelled.
        expect(text, what).toMatch(/info shift +Δ = \d+ → \d+ \(mean over rows of Σ_j\): exact-math change \d\.\d\de[-+]\d+ \(the anchor stays at 0 while the documents move\); precision loss: kernel \d\.\d\de[-+]\d+, emulated bf16 \d\.\d\de[-+]\d+/);
      } else {
        expect(r.code, what).toBe(1);
        expect(r.out[0], what).toMatch(/FAILS$/);
        expect(text, what).toMatch(FAIL[variant]!);
      }
    }
    // finfo.min masking reads exactly as −∞ does.
    const finfo = await cli("attention", "check", "--kernel", `fixture:${dir}/finfo.safetensors`);
    expect(finfo.out.join("\n")).toMatch(/info mask +\d+ logits at or below finfo\(bf16\)\.min \/ 2 = -1\.695e\+38 read as masked \(stored as fp32, kernel bf16\)/);
  }, 120_000);
});
