/**
 * The repository explains itself: no source, test, doc, bench, adapter or fixture file refers to a path
 * outside the repository (a design document or notes beside it, a path on the machine that wrote it),
 * and every relative link, anchor and repository path in README.md and docs/*.md leads somewhere.
 * Only node_modules/ and dist/ are left out (installed and generated code).
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const ROOT = resolve(fileURLToPath(new URL("../../", import.meta.url)));
const TREES = ["src", "properties", "test", "docs", "bench", "adapters", "fixtures"];
const SKIPPED_DIRS = new Set(["node_modules", "dist"]);
const TOP_DIRS = "src|test|docs|fixtures|bench|adapters|properties";

/** Every file under the trees, plus README.md, as paths relative to the repository root. */
function repositoryFiles(): string[] {
  const out: string[] = ["README.md"];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const rel = join(dir, name);
      if (statSync(join(ROOT, rel)).isDirectory()) {
        if (!SKIPPED_DIRS.has(name)) walk(rel);
      } else out.push(rel);
    }
  };
  for (const t of TREES) walk(t);
  return out;
}

/** Text of a file, or null for binary data (a NUL byte in the first 8 KiB). */
function text(rel: string): string | null {
  const bytes = readFileSync(join(ROOT, rel));
  if (bytes.subarray(0, 8192).includes(0)) return null;
  return bytes.toString("utf8");
}

export interface Hit {
  file: string;
  line: number;
  what: string;
  text: string;
}

/**
 * Written as regular expressions whose own source text does not match them, so this file passes its own
 * scan. Absolute paths: the places a checkout or a home directory lives; system paths such as
 * /usr/bin/python3 are legitimate (Debian's interpreter with torch and mpmath).
 */
const OUTSIDE: readonly { what: string; pattern: RegExp }[] = [
  { what: "a folder beside the repository", pattern: /\.\.\/shared\b/ },
  { what: "reference notes kept beside the repository", pattern: /\bshared\/reference\b/ },
  { what: "a design document kept outside docs/", pattern: /\bDESIGN\.md\b/ },
  { what: "a section of a design document kept outside docs/", pattern: /\bDESIGN\s*§/ },
  { what: "an absolute path on the machine that wrote the file", pattern: /(?<![\w.~-])\/(?:work|home|Users|root|mnt|srv)\/[\w.-]/ },
];

/** A relative path in the text (`../x`, `./../x`) that, resolved from the file's folder, leaves ROOT. */
const RELATIVE_PATH = /(?<![\w.\/-])(?:\.\/)?(?:\.\.\/)+[\w.@-]*/g;

/**
 * A TypeScript file runs from its own folder (vitest) or compiled from the same folder under dist/
 * (`new URL("../../bench/peers/x.py", import.meta.url)` in bench/run.ts is meant for dist/bench/run.js):
 * a path leaves the repository when it leaves it from every place its file runs.
 */
function escapesRoot(file: string, path: string): boolean {
  const from = file.endsWith(".ts") ? [dirname(file), join("dist", dirname(file))] : [dirname(file)];
  return from.every((dir) => {
    const target = resolve(ROOT, dir, path);
    return target !== ROOT && !target.startsWith(ROOT + sep);
  });
}

/** Lines of `content` (from `file`, relative to ROOT) that refer to a path outside the repository. */
export function outsideReferences(file: string, content: string): Hit[] {
  const hits: Hit[] = [];
  content.split("\n").forEach((line, i) => {
    for (const { what, pattern } of OUTSIDE) if (pattern.test(line)) hits.push({ file, line: i + 1, what, text: line.trim() });
    for (const m of line.matchAll(RELATIVE_PATH))
      if (escapesRoot(file, m[0])) hits.push({ file, line: i + 1, what: `a relative path that leaves the repository (${m[0]})`, text: line.trim() });
  });
  return hits;
}

/** Markdown without fenced code blocks and inline code spans (links there are code, not links). */
function prose(md: string): string {
  return md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
}

/** Inline code spans of Markdown outside fenced blocks. */
function codeSpans(md: string): string[] {
  const withoutFences = md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
  return [...withoutFences.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
}

/** GitHub's heading anchors: lower case, punctuation dropped (letters of any script kept), spaces to hyphens. */
export function headingAnchors(md: string): Set<string> {
  const anchors = new Set<string>();
  const withoutFences = md.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
  for (const m of withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const base = m[1]!
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    let slug = base;
    for (let k = 1; anchors.has(slug); k++) slug = `${base}-${k}`;
    anchors.add(slug);
  }
  return anchors;
}

/** Relative links of a Markdown file (relative to ROOT) whose file or anchor does not exist. */
export function brokenLinks(file: string, md: string, read: (rel: string) => string | null = (rel) => (existsSync(join(ROOT, rel)) ? readFileSync(join(ROOT, rel), "utf8") : null)): Hit[] {
  const hits: Hit[] = [];
  const lines = prose(md).split("\n");
  lines.forEach((line, i) => {
    for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
      const href = m[1]!;
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // https:, mailto:
      const [pathPart, anchor] = href.split("#", 2) as [string, string | undefined];
      const target = pathPart === "" ? file : relative(ROOT, resolve(ROOT, dirname(file), decodeURIComponent(pathPart)));
      const hit = (what: string): void => void hits.push({ file, line: i + 1, what, text: href });
      if (target.startsWith("..")) {
        hit("a link that leaves the repository");
        continue;
      }
      const exists = pathPart === "" || existsSync(join(ROOT, target));
      if (!exists) {
        hit(`a link to a missing file (${target})`);
        continue;
      }
      if (anchor !== undefined && anchor !== "" && target.endsWith(".md")) {
        const content = pathPart === "" ? md : read(target);
        if (content === null || !headingAnchors(content).has(anchor.toLowerCase())) hit(`a link to a missing heading (#${anchor} in ${target})`);
      }
    }
  });
  return hits;
}

/** Inline code naming a repository path (`src/…`, `docs/…`, …) that does not exist. */
export function missingPaths(file: string, md: string, exists: (rel: string) => boolean = (rel) => existsSync(join(ROOT, rel))): Hit[] {
  const path = new RegExp(`^(?:${TOP_DIRS})/[\\w./@-]*$`);
  return codeSpans(md)
    .filter((span) => path.test(span) && !exists(span.replace(/\/$/, "")))
    .map((span) => ({ file, line: md.split("\n").findIndex((l) => l.includes(`\`${span}\``)) + 1, what: "a repository path that does not exist", text: span }));
}

const show = (hits: readonly Hit[]): string[] => hits.map((h) => `${h.file}:${h.line}: ${h.what}: ${h.text}`);

const markdownFiles = (): string[] => ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];

describe("the checks find what they look for", () => {
  // Built from pieces so this file does not carry the strings it forbids.
  const up = "..";
  const shared = ["shared", "reference", "kernel-zoo.md"].join("/");
  const design = "DESIGN" + ".md";

  test("references outside the repository", () => {
    const sample = [
      `see ${up}/shared/${design}`,
      `facts from ${shared}`,
      `the stages (DESIGN ${"§"} 4)`,
      `generated in /${"work"}/shared/x`,
      `import "${up}/${up}/${up}/${up}/elsewhere.js"`,
      "run /usr/bin/python3 fixtures/torch/generate.py",
      `import "${up}/${up}/properties/index.js"`,
    ].join("\n");
    const hits = outsideReferences("src/engine/worker.ts", sample);
    expect(hits.map((h) => h.line)).toEqual([1, 1, 2, 3, 4, 5]);
  });

  test("broken links and anchors", () => {
    const md = [
      "[ok](pipelines.md) [ok](#the-zoo) [web](https://example.org/x.md)",
      "[missing](nowhere.md) [anchor](pipelines.md#no-such-heading) [outside](../../x.md)",
      "```", "[in code](nowhere.md)", "```",
      "## The zoo",
    ].join("\n");
    const hits = brokenLinks("docs/sample.md", md);
    expect(hits.map((h) => h.text)).toEqual(["nowhere.md", "pipelines.md#no-such-heading", "../../x.md"]);
  });

  test("heading anchors follow GitHub", () => {
    expect([...headingAnchors("# rope-audit — design\n## Kernel specs: zoo:, module:\n## The zoo\n## The zoo")]).toEqual([
      "rope-audit--design",
      "kernel-specs-zoo-module",
      "the-zoo",
      "the-zoo-1",
    ]);
  });

  test("repository paths in inline code", () => {
    const hits = missingPaths("docs/x.md", "`src/formats/table.ts` and `src/nowhere.ts` and `npm test`");
    expect(hits.map((h) => h.text)).toEqual(["src/nowhere.ts"]);
  });
});

describe("the repository", () => {
  const files = repositoryFiles();

  test("scans every tree", () => {
    for (const t of [...TREES, "README.md"]) expect(files.some((f) => f === t || f.startsWith(`${t}${sep}`))).toBe(true);
    expect(files).toContain(join("test", "docs", "links.test.ts"));
  });

  test("no file refers to a path outside the repository", () => {
    const hits = files.flatMap((f) => {
      const content = text(f);
      return content === null ? [] : outsideReferences(f, content);
    });
    expect(show(hits)).toEqual([]);
  });

  test("every relative link in README.md and docs/*.md leads to a file and heading that exist", () => {
    const hits = markdownFiles().flatMap((f) => brokenLinks(f, readFileSync(join(ROOT, f), "utf8")));
    expect(show(hits)).toEqual([]);
  });

  test("every repository path README.md and docs/*.md name in code exists", () => {
    const hits = markdownFiles().flatMap((f) => missingPaths(f, readFileSync(join(ROOT, f), "utf8")));
    expect(show(hits)).toEqual([]);
  });
});
