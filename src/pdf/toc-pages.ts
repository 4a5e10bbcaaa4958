import type { Page, PDFOptions } from "puppeteer-core";
import { destinationPages } from "./pdf-structure.ts";

/** The TOC slots of the loaded document: anchor ids in order. */
async function tocAnchors(page: Page): Promise<string[]> {
  return page.$$eval(".toc-page[data-anchor]", (els) => els.map((el) => (el as HTMLElement).dataset.anchor!));
}

async function fill(page: Page, pages: Record<string, number>): Promise<void> {
  await page.$$eval(
    ".toc-page[data-anchor]",
    (els, map) => els.forEach((el) => (el.textContent = String((map as Record<string, number>)[(el as HTMLElement).dataset.anchor!]))),
    pages,
  );
}

function pagesFor(pdf: Uint8Array, anchors: string[]): Record<string, number> {
  const dests = destinationPages(pdf);
  const out: Record<string, number> = {};
  for (const a of anchors) {
    const page = dests.get(a);
    if (page === undefined) throw new Error(`inhoudsopgave: kop ${a} niet gevonden in de PDF`);
    out[a] = page;
  }
  return out;
}

/**
 * The first pass only has to say where headings land. Tags, bookmarks,
 * backgrounds and the fixed CONCEPT watermark do not change where lines break,
 * and leaving them out makes this print two to three times cheaper (measured
 * on a 200-page productenboek). The check after the second pass guards the
 * assumption.
 */
async function measuringPrint(page: Page, options: PDFOptions): Promise<Uint8Array> {
  await page.evaluate(() => document.documentElement.classList.add("toc-pass"));
  try {
    return await page.pdf({ ...options, tagged: false, outline: false, printBackground: false });
  } finally {
    await page.evaluate(() => document.documentElement.classList.remove("toc-pass"));
  }
}

/**
 * Two-pass TOC: print with placeholder numbers, read on which page each
 * heading landed (the TOC links make Chromium write a named destination per
 * heading), fill in the numbers and print again. The numbers are no wider than
 * the placeholder in a fixed-width column, so the layout cannot move; the
 * second print is checked anyway and, should a heading have moved, the
 * numbers are corrected and printed once more.
 */
export async function printWithToc(page: Page, options: PDFOptions): Promise<Uint8Array> {
  const anchors = await tocAnchors(page);
  if (!anchors.length) return page.pdf(options);
  let pdf = await measuringPrint(page, options);
  let pages = pagesFor(pdf, anchors);
  for (let attempt = 0; attempt < 3; attempt++) {
    await fill(page, pages);
    pdf = await page.pdf(options);
    const actual = pagesFor(pdf, anchors);
    if (anchors.every((a) => actual[a] === pages[a])) return pdf;
    pages = actual;
  }
  throw new Error("inhoudsopgave: de paginanummers blijven verschuiven");
}
