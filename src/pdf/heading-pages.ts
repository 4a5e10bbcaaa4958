import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer-core";
import { launchChromium } from "../browser/launch.ts";
import { DEFAULT_TIMEOUT_MS } from "./render-attachments.ts";
import { loadDocument, PDF_OPTIONS } from "./page-setup.ts";
import { inPages } from "./page-pool.ts";
import { linkNumberedHeadings, recordedPages, recordPages } from "./page-index.ts";
import { keepForBundle, printDocument } from "./print-document.ts";

/** A document as it is printed, and the ids of the headings whose page is wanted. */
export interface PageQuery {
  html: string;
  anchors: string[];
  /** A document of the version being built: printed exactly as the bundle prints it, and that PDF kept for the bundle (print-document.ts). */
  publish?: boolean;
}

/**
 * On which PDF page (1-based, as the TOC and the footer count) each asked
 * heading lands. A document printed before (by a build, or an earlier
 * comparison) has its pages recorded (page-index.ts); the others are printed
 * once, exactly as the bundle prints them, with the hidden links that give
 * every numbered heading a destination. The TOC's placeholder numbers are as
 * wide as the real ones, so the layout is the bundle's. Nothing of this print
 * is kept but its page numbers.
 */
export async function headingPages(queries: PageQuery[], options: { concurrency?: number; timeoutMs?: number } = {}): Promise<Map<string, number>[]> {
  const out: Map<string, number>[] = queries.map(() => new Map());
  const todo: number[] = [];
  queries.forEach((q, i) => {
    if (!q.anchors.length) return;
    const recorded = recordedPages(q.html);
    if (recorded && q.anchors.every((a) => recorded.has(a))) out[i] = pick(recorded, q.anchors);
    else todo.push(i);
  });
  if (!todo.length) return out;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const workDir = mkdtempSync(join(tmpdir(), "paginas-"));
  const browser = await launchChromium();
  try {
    // Largest first, so the long leidraad does not start last.
    todo.sort((a, b) => queries[b].html.length - queries[a].html.length);
    await inPages(browser, todo, options.concurrency ?? 2, async (i, page) => {
      out[i] = await printAndRead(page, queries[i], join(workDir, `document-${i}.html`), timeout);
    });
  } finally {
    await browser.close().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
  return out;
}

const pick = (pages: Map<string, number>, anchors: string[]) => new Map(anchors.map((a) => [a, pages.get(a)!]));

async function printAndRead(page: Page, query: PageQuery, file: string, timeout: number): Promise<Map<string, number>> {
  if (query.publish) {
    const { pdf, pages } = await printDocument(page, query.html, file, timeout);
    keepForBundle(query.html, pdf);
    return pick(pages, query.anchors);
  }
  writeFileSync(file, query.html);
  await loadDocument(page, pathToFileURL(file).href, timeout);
  const anchors = await linkNumberedHeadings(page, query.anchors);
  // Without tags and bookmarks: they cost print time and move nothing on the page.
  const pdf = await page.pdf({ ...PDF_OPTIONS, tagged: false, outline: false, timeout });
  return pick(recordPages(query.html, pdf, anchors), query.anchors);
}
