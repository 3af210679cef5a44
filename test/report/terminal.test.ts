/**
 * Terminal output: colour only on a TTY without NO_COLOR or TERM=dumb; a progress bar that stays silent
 * for the first second, redraws at most ten times a second, estimates the time left and clears itself.
 */
import { describe, expect, test } from "vitest";
import { progressBar, terminalChalk, useColor, verdictTable } from "../../src/report/terminal.js";
import { sampleReport } from "../helpers/sample-report.js";

const ESC = "\u001b";

describe("colour", () => {
  test("only where a person reads a terminal that wants it", () => {
    expect(useColor({ isTTY: true, env: {} })).toBe(true);
    expect(useColor({ isTTY: false, env: {} })).toBe(false);
    expect(useColor({ isTTY: true, env: { NO_COLOR: "1" } })).toBe(false);
    // no-color.org: an empty NO_COLOR does not count.
    expect(useColor({ isTTY: true, env: { NO_COLOR: "" } })).toBe(true);
    expect(useColor({ isTTY: true, env: { TERM: "dumb" } })).toBe(false);
  });

  test("the verdict table is coloured on a TTY and plain otherwise; names never carry raw escapes", () => {
    const results = sampleReport().results;
    const plain = verdictTable(results, terminalChalk({ isTTY: false, env: {} }));
    const coloured = verdictTable(results, terminalChalk({ isTTY: true, env: {} }));
    expect(plain.join("\n")).not.toContain(ESC);
    expect(coloured.join("\n")).toContain(`${ESC}[31m`);
    // Stripping the SGR sequences of the coloured table gives the plain one: colour adds nothing else.
    expect(coloured.map((l) => l.replace(/\u001b\[\d+(;\d+)*m/g, ""))).toEqual(plain);
    // The sample's hostile name holds ESC and a newline: shown as \uXXXX in both.
    expect(plain.some((l) => l.includes("\\u001b[31m\\u000anext-line"))).toBe(true);
    expect(verdictTable(results, terminalChalk({ isTTY: true, env: { NO_COLOR: "1" } }))).toEqual(plain);
  });
});

describe("progress bar", () => {
  function harness() {
    let t = 0;
    const writes: string[] = [];
    const bar = progressBar((s) => writes.push(s), () => t, 10);
    return { bar, writes, at: (ms: number) => (t = ms) };
  }

  test("silent during the first second: short runs print nothing, and finish() prints nothing either", () => {
    const h = harness();
    for (let i = 1; i <= 10; i++) {
      h.at(i * 90);
      h.bar.update(i, 10);
    }
    h.bar.finish();
    expect(h.writes).toEqual([]);
  });

  test("draws in place with an ETA from the rate so far, at most ten times a second, and clears itself", () => {
    const h = harness();
    h.at(2000);
    h.bar.update(4, 10); // 2 s for 4 jobs: 6 left take 3 s
    h.at(2050);
    h.bar.update(5, 10); // within 100 ms of the last draw: skipped
    h.at(2200);
    h.bar.update(5, 10); // 2.2 s for 5: 5 left take 2.2 s → "3 s" (rounded up)
    h.at(200_000);
    h.bar.update(6, 10); // 200 s for 6: 4 left take 133.3 s
    h.at(200_001);
    h.bar.update(10, 10); // the last update is always drawn
    h.bar.finish();
    expect(h.writes).toEqual([
      `\r[####......] 4/10 jobs · ETA 3 s${ESC}[K`,
      `\r[#####.....] 5/10 jobs · ETA 3 s${ESC}[K`,
      `\r[######....] 6/10 jobs · ETA 2 min 14 s${ESC}[K`,
      `\r[##########] 10/10 jobs · done${ESC}[K`,
      `\r${ESC}[K`,
    ]);
  });
});
