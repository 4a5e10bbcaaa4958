import type { Page, PDFOptions } from "puppeteer-core";
import { destinationPages, indexPdf, type PdfIndex } from "../load/pdf-structure.ts";
import { patchTocPages } from "./toc-patch.ts";

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

function pagesFor(pdf: Uint8Array | PdfIndex, anchors: string[]): Record<string, number> {
  const dests = destinationPages(pdf);
  const out: Record<string, number> = {};
  for (const a of anchors) {
    const page = dests.get(a);
    if (page === undefined) throw new Error(`inhoudsopgave: kop ${a} niet gevonden in de PDF`);
    out[a] = page;
  }
  return out;
}

/** How a TOC got its numbers: written into the one print, or printed a second time. */
export type TocMethod = "patched" | "printed-twice";

/**
 * TOC page numbers. The document is printed once, completely, with
 * placeholder numbers that are as wide as any real number in their
 * fixed-width column; the TOC links make Chromium write a named destination
 * per heading, which says on which page it landed. Those numbers are then
 * written into the placeholders of that same PDF (toc-patch.ts): nothing is
 * laid out again, so nothing can move.
 *
 * Safety net: when the patch cannot be proven right for a document (a digit
 * missing from the font subset, a PDF shaped otherwise than expected), the
 * numbers are filled into the page and it is printed again, and that print is
 * checked: should a heading have moved, the numbers are corrected and printed
 * once more.
 *
 * Measured (README, "Prestaties"): the productenboek at N = 1,000 cost a
 * lighter measuring print plus the full print before; now one full print and
 * a patch of a few hundred ms.
 */
export async function printWithToc(page: Page, options: PDFOptions, onMethod?: (method: TocMethod) => void): Promise<Uint8Array> {
  const anchors = await tocAnchors(page);
  if (!anchors.length) return page.pdf(options);
  let pdf = await page.pdf(options);
  const index = indexPdf(pdf);
  let pages = pagesFor(index, anchors);
  if (process.env.PDF_TOC_METHOD !== "printed-twice") {
    const patched = patchTocPages(pdf, anchors, pages, index);
    if (patched) {
      onMethod?.("patched");
      return patched;
    }
  }
  onMethod?.("printed-twice");
  for (let attempt = 0; attempt < 3; attempt++) {
    await fill(page, pages);
    pdf = await page.pdf(options);
    const actual = pagesFor(pdf, anchors);
    if (anchors.every((a) => actual[a] === pages[a])) return pdf;
    pages = actual;
  }
  throw new Error("inhoudsopgave: de paginanummers blijven verschuiven");
}
