import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer-core";
import { launchChromium } from "../browser/launch.ts";
import { destinationPages } from "../load/pdf-structure.ts";
import { DEFAULT_TIMEOUT_MS } from "./render-attachments.ts";
import { blockNetwork, loadDocument, PDF_OPTIONS } from "./page-setup.ts";

/** A document as it is printed, and the ids of the headings whose page is wanted. */
export interface PageQuery {
  html: string;
  anchors: string[];
}

/**
 * On which PDF page (1-based, as the TOC and the footer count) each asked
 * heading lands. Every document is printed once, exactly as the bundle prints
 * it, with one addition that takes no room: a hidden list of links to the
 * asked headings. Chromium writes a named destination for every link target
 * (the bundle's PDFs get one only for headings the TOC links), and those
 * destinations say the page. The TOC's placeholder numbers are as wide as the
 * real ones, so the layout is the bundle's. Nothing of this print is kept.
 */
export async function headingPages(queries: PageQuery[], options: { concurrency?: number; timeoutMs?: number } = {}): Promise<Map<string, number>[]> {
  const out: Map<string, number>[] = queries.map(() => new Map());
  const todo = queries.map((q, i) => i).filter((i) => queries[i].anchors.length > 0);
  if (!todo.length) return out;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const workDir = mkdtempSync(join(tmpdir(), "paginas-"));
  const browser = await launchChromium();
  try {
    // Largest first, so the long leidraad does not start last.
    todo.sort((a, b) => queries[b].html.length - queries[a].html.length);
    let next = 0;
    const worker = async () => {
      const page = await browser.newPage();
      await blockNetwork(page, []);
      try {
        while (next < todo.length) {
          const i = todo[next++];
          out[i] = await printAndRead(page, queries[i], join(workDir, `document-${i}.html`), timeout);
        }
      } finally {
        await page.close().catch(() => undefined);
      }
    };
    await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 2, todo.length) }, worker));
  } finally {
    await browser.close().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
  return out;
}

async function printAndRead(page: Page, query: PageQuery, file: string, timeout: number): Promise<Map<string, number>> {
  writeFileSync(file, query.html);
  await loadDocument(page, pathToFileURL(file).href, timeout);
  await page.evaluate((anchors: string[]) => {
    const list = document.createElement("div");
    list.hidden = true;
    for (const id of anchors) {
      const a = document.createElement("a");
      a.href = `#${id}`;
      list.append(a);
    }
    document.body.append(list);
  }, query.anchors);
  // Without tags and bookmarks: they cost print time and move nothing on the page.
  const dests = destinationPages(await page.pdf({ ...PDF_OPTIONS, tagged: false, outline: false, timeout }));
  const pages = new Map<string, number>();
  for (const a of query.anchors) {
    const n = dests.get(a);
    if (n === undefined) throw new Error(`paginanummers: kop ${a} niet gevonden in de PDF`);
    pages.set(a, n);
  }
  return pages;
}
