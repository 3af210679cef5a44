/**
 * The HTML report in a real browser (Debian's Chromium, headless, driven by playwright-core): it loads
 * with no network request, no console error and no page error; every chart draws visible data; the
 * hostile kernel name shows as text. Leaves a full-page screenshot in test-output/report-html.png.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { type Page, chromium } from "playwright-core";
import { expect, test } from "vitest";
import { reportHtml } from "../../src/report/html.js";
import { HOSTILE_NAME, sampleReport } from "../helpers/sample-report.js";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOT = "test-output/report-html.png";

/**
 * Opens `file` in headless Chromium with every other request blocked, hands the page and its charts
 * (title, number of paths drawn with a non-empty box) to `check`, then asserts nothing was fetched and
 * the console and page stayed free of errors.
 */
async function inChromium(file: string, check: (page: Page, charts: { title: string; drawn: number }[]) => Promise<void>): Promise<void> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: this test needs Debian's chromium package, which .ci/run installs (apt-get install chromium)`);
  const url = pathToFileURL(file).href;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const attempted: string[] = [];
    const problems: string[] = [];
    // Routing blocks what it sees; the request event also reports what routing does not (file:, data:).
    await page.route("**/*", (route) => (route.request().url() === url ? route.continue() : (attempted.push(route.request().url()), route.abort())));
    page.on("request", (r) => void (r.url() !== url && attempted.push(r.url())));
    page.on("console", (m) => void (m.type() === "error" && problems.push(`console: ${m.text()}`)));
    page.on("pageerror", (e) => void problems.push(`pageerror: ${e.message}`));

    await page.goto(url, { waitUntil: "load" });

    const charts = await page.$$eval("svg.chart", (svgs) =>
      svgs.map((svg) => ({
        title: svg.querySelector("title")?.textContent ?? "",
        drawn: [...svg.querySelectorAll("path")].filter((p) => {
          const box = p.getBBox();
          return (p.getAttribute("d") ?? "").trim() !== "" && (box.width > 0 || box.height > 0);
        }).length,
      })),
    );
    await check(page, charts);
    expect(attempted).toEqual([]);
    expect(problems).toEqual([]);
  } finally {
    await browser.close();
  }
}

test("the HTML report renders offline in headless Chromium", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "rope-audit-html-"));
  const file = join(dir, "report.html");
  writeFileSync(file, reportHtml(sampleReport()));
  try {
    await inChromium(file, async (page, charts) => {
      expect(charts.length).toBe(14);
      for (const c of charts) expect(c.drawn, c.title).toBeGreaterThan(0);
      expect(await page.locator("script").count()).toBe(0);

      // The name shows as the escaped text, markup and control characters included, never interpreted.
      const shown = HOSTILE_NAME.replace(/[\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
      const cell = page.locator("table.verdicts th", { hasText: shown });
      expect(await cell.count()).toBe(1);
      expect(await cell.isVisible()).toBe(true);
      expect(await cell.innerText()).toBe(shown);
      expect(await page.locator("body").innerText()).toContain(`rope-audit run --replay 'rope.exactness@${shown}/`);

      mkdirSync("test-output", { recursive: true });
      await page.screenshot({ path: SCREENSHOT, fullPage: true });
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the committed example report (the whole zoo) renders offline with every chart drawn", { timeout: 60_000 }, async () => {
  await inChromium(new URL("../../reports/example/report.html", import.meta.url).pathname, async (_page, charts) => {
    // 24 zoo kernels: error vs position and D vs shift for each, per-key bars for each whose D is
    // finite, a budget for each; kernels whose positions overflow get a note instead of a chart.
    expect(charts.length).toBeGreaterThanOrEqual(24 * 3);
    for (const c of charts) expect(c.drawn, c.title).toBeGreaterThan(0);
  });
});

test("in Chromium, every figure chart shows its threshold line, and worst findings are ranked with at most two a kernel", { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), "rope-audit-html-"));
  const file = join(dir, "report.html");
  const report = sampleReport();
  writeFileSync(file, reportHtml(report));
  try {
    await inChromium(file, async (page) => {
      const lines = await page.$$eval("svg.chart", (svgs) =>
        svgs
          .filter((svg) => (svg.querySelector("title")?.textContent ?? "").includes("worst figure over threshold"))
          .map((svg) => {
            const line = [...svg.querySelectorAll("line")].find((l) => l.getAttribute("class") === "threshold");
            return { width: line ? line.getBBox().width : 0, label: [...svg.querySelectorAll("text.threshold")].map((t) => t.textContent).join() };
          }),
      );
      expect(lines).toHaveLength(3);
      for (const l of lines) {
        expect(l.width).toBeGreaterThan(100);
        expect(l.label).toBe("threshold");
      }
      const rows = await page.$$eval("table.findings tbody tr", (trs) => trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 3).map((td) => td.textContent ?? "")));
      const perKernel = new Map<string, number>();
      for (const [k] of rows) perKernel.set(k!, (perKernel.get(k!) ?? 0) + 1);
      for (const n of perKernel.values()) expect(n).toBeLessThanOrEqual(2);
      // Errors first, then failures.
      const verdicts = rows.map((r) => r[2]);
      expect(verdicts.lastIndexOf("ERROR")).toBeLessThan(verdicts.indexOf("FAIL"));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
