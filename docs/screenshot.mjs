// Screenshots a report.html in Debian's headless Chromium, for the README:
//   node docs/screenshot.mjs reports/example/report.html reports/example/report.png
// (`npm run example` regenerates reports/example and this screenshot.)
import { chromium } from "playwright-core";
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";

const [html, png] = process.argv.slice(2);
if (!html || !png) {
  console.error("usage: node docs/screenshot.mjs REPORT.html OUT.png");
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  await page.goto(pathToFileURL(resolve(html)).href);
  // The first screenful and a half: verdicts, worst findings and the first charts.
  await page.screenshot({ path: png, clip: { x: 0, y: 0, width: 1280, height: 2200 }, fullPage: true });
} finally {
  await browser.close();
}
