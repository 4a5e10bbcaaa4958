/**
 * The lot comparison (/subtenders/<id>/vergelijken/) as a bid manager uses
 * it: printed, every lot and sub-lot is on the paper (A4 landscape, in parts
 * that repeat the row labels); on a 390 px phone the row labels stay in view
 * while the lots scroll. The lots are read from the YAML of each tender.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserForFile, type FileBrowser } from "../browser.ts";
import { flat, pdfinfo, pdftotext } from "../pdf/helpers.ts";
import { shared } from "../shared/builds.ts";
import { serveShared, stopServing, type ServedTender } from "./build-fixtures.ts";

interface LotYaml { nummer: string; naam: string; subpercelen?: LotYaml[] }
/** The label of every lot a bidder chooses between: a lot without sub-lots, or each sub-lot. */
function labels(name: "voorbeeld" | "rijnmond", subtender: string): string[] {
  const s = parse(readFileSync(join(shared(name).content, "subtenders", `${subtender}.yaml`), "utf8")) as { percelen: LotYaml[] };
  return s.percelen.flatMap((l) => (l.subpercelen?.length ? l.subpercelen.map((sub) => `Subperceel ${sub.nummer} ${sub.naam}`) : [`Perceel ${l.nummer} ${l.naam}`]));
}

let browser: FileBrowser;
const sites: Record<string, ServedTender> = {};
beforeAll(async () => {
  browser = await browserForFile();
  for (const name of ["voorbeeld", "rijnmond"] as const) sites[name] = await serveShared(name);
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await stopServing(Object.values(sites));
});

const cases = [
  { name: "rijnmond" as const, subtender: "prestatieaanbieders", lots: 7, sub: "Subperceel B4c Crisispleegzorg" },
  { name: "voorbeeld" as const, subtender: "crisis", lots: 7, sub: "Subperceel 4c Jeugd GGZ" },
];

describe.each(cases)("the comparison of $subtender ($name)", ({ name, subtender, lots, sub }) => {
  it("prints every lot and sub-lot on A4 landscape, each part with the row labels", async () => {
    const expected = labels(name, subtender);
    expect(expected.length).toBe(lots);
    expect(expected).toContain(sub);
    const page = await browser.newPage();
    await page.goto(`${sites[name].url}/subtenders/${subtender}/vergelijken/`, { waitUntil: "load" });
    await page.emulateMediaType("print");
    const file = join(mkdtempSync(join(tmpdir(), "vergelijken-")), "vergelijken.pdf");
    writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const [width, height] = pdfinfo(file)["Page size"].split(" x ").map(parseFloat);
    expect(width).toBeGreaterThan(height);
    // A header cell wraps a label over lines, and the text layer reads cells side by side: compare without whitespace.
    const squeeze = (t: string) => t.replace(/\s+/g, "");
    const text = flat(pdftotext(file, { raw: true }));
    for (const label of expected) expect(squeeze(text), label).toContain(squeeze(label));
    // Two parts (four lots and three), each with the labels of the rows.
    expect(text.match(/Deel \d van 2:/g)?.length).toBe(2);
    expect(text.match(/Contractanten/g)?.length).toBe(2);
    expect(text.match(/Voorwaarden/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps the row labels in view at 390 px while the lots scroll", async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(`${sites[name].url}/subtenders/${subtender}/vergelijken/`, { waitUntil: "load" });
    const at = await page.evaluate(() => {
      const wrap = document.querySelector<HTMLElement>(".compare:not(.print-only) .table-wrap")!;
      const label = [...wrap.querySelectorAll<HTMLElement>("th[scope=row]")].find((th) => th.textContent === "Contractanten")!;
      wrap.scrollLeft = 600;
      return { scrolled: wrap.scrollLeft, wrap: wrap.getBoundingClientRect().left, label: label.getBoundingClientRect().left, right: label.getBoundingClientRect().right };
    });
    await page.close();
    expect(at.scrolled).toBeGreaterThan(300);
    // The label sits at the left edge of the box (its border aside), whole.
    expect(Math.abs(at.label - at.wrap)).toBeLessThan(3);
    expect(at.right).toBeGreaterThan(at.label + 50);
  });
});
