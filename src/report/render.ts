/**
 * Renderers for a run's report: Markdown that fits a pull-request comment (verdict table first, worst
 * findings, replay tokens) and JUnit XML (one testcase per kernel × property). Both escape everything that
 * comes from outside (kernel names and error messages may hold markup, control characters, newlines).
 */
import type { Report } from "./model.js";

/** Markdown inline text: markup characters backslash-escaped, control characters as \uXXXX. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\|`*_<>\[\]#]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** XML attribute/text: the five entities, and control characters (not allowed in XML 1.0) as \uXXXX. */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!)
    .replace(/[\n\r\t]/g, (c) => `&#${c.charCodeAt(0)};`);
}

import { overText, times, worstRows } from "./row-text.js";

const num = (v: number): string => (Number.isFinite(v) ? v.toExponential(2) : String(v));

export function reportMarkdown(r: Report): string {
  const held = r.results.filter((x) => x.verdict === "pass").length;
  const lines = [
    `### rope-audit: ${held} of ${r.results.length} kernel × property checks hold`,
    "",
    `seed ${r.seed}, ${r.cases} case${r.cases === 1 ? "" : "s"}, ${r.numRuns} run${r.numRuns === 1 ? "" : "s"}, positions ≤ ${r.maxPosition}, d = ${r.headDim}`,
    "",
    "| kernel | property | verdict | max | threshold | vs floor | over |",
    "|---|---|---|---|---|---|---|",
    ...r.results.map(
      (x) =>
        `| ${escapeMarkdown(x.kernel)} | ${x.property} | ${x.verdict === "pass" ? "pass" : `**${x.verdict}**`} | ${x.verdict === "error" ? "-" : num(Number(x.max))} | ${num(Number(x.threshold))} | ${x.ratioToFloor === null ? "-" : times(Number(x.ratioToFloor))} | ${escapeMarkdown(x.verdict === "pass" ? "" : overText(x))} |`,
    ),
  ];
  // Worst by ratio to threshold (errors and NaN first), at most two rows a kernel.
  const worst = worstRows(r.results);
  if (worst.length > 0) {
    lines.push("", "#### Worst findings", "");
    for (const x of worst) {
      const detail = x.error ? `error: ${escapeMarkdown(x.error)}` : `${escapeMarkdown(overText(x))}${x.assert.counterexample ? `; shrunk case ${escapeMarkdown(x.assert.counterexample.case)}` : ""}`;
      // A token holds the kernel's name: print it as a command only when nothing in it is unsafe here.
      const token = x.assert.replay;
      const replay = !token ? "" : /[<>`'\u0000-\u001f\u007f]/.test(token) ? " — replay token in report.json (the kernel name holds characters unsafe in Markdown)" : ` — replay: \`rope-audit run --replay '${token}'\``;
      lines.push(`- **${escapeMarkdown(x.kernel)}** ${x.property}: ${detail}${replay}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

export function reportJunit(r: Report): string {
  const byKernel = new Map<string, Report["results"]>();
  for (const x of r.results) byKernel.set(x.kernel, [...(byKernel.get(x.kernel) ?? []), x]);
  const suites = [...byKernel.entries()].map(([kernel, rs]) => {
    const failures = rs.filter((x) => x.verdict === "fail").length;
    const errors = rs.filter((x) => x.verdict === "error").length;
    const cases = rs.map((x) => {
      const head = `    <testcase classname="${escapeXml(kernel)}" name="${escapeXml(x.property)}"`;
      if (x.verdict === "pass") return `${head}/>`;
      const message = x.error ?? `${overText(x)} (threshold ${x.threshold})${x.assert.counterexample ? `; shrunk case ${x.assert.counterexample.case}` : ""}`;
      const tag = x.verdict === "error" ? "error" : "failure";
      return `${head}>\n      <${tag} message="${escapeXml(message)}">${escapeXml(x.assert.replay ? `replay: rope-audit run --replay '${x.assert.replay}'` : message)}</${tag}>\n    </testcase>`;
    });
    return `  <testsuite name="${escapeXml(kernel)}" tests="${rs.length}" failures="${failures}" errors="${errors}">\n${cases.join("\n")}\n  </testsuite>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="rope-audit" tests="${r.results.length}">\n${suites.join("\n")}\n</testsuites>\n`;
}

/** Terminal text: control characters (escape sequences, newlines) shown as \uXXXX, never interpreted. */
export function escapeTerminal(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\u009b]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
