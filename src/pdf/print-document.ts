import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Page } from "puppeteer-core";
import { linkNumberedHeadings, recordPages } from "./page-index.ts";
import { loadDocument, PDF_OPTIONS } from "./page-setup.ts";
import { printWithToc } from "./toc-pages.ts";

/**
 * One document printed exactly as the bundle prints it: written to `file`,
 * loaded offline with its fonts, every numbered heading given a named
 * destination (and where each landed recorded, page-index.ts), the table of
 * contents filled in from that same print (toc-pages.ts; a document without
 * one prints once, as is).
 */
export async function printDocument(page: Page, html: string, file: string, timeout: number): Promise<{ pdf: Uint8Array; pages: Map<string, number> }> {
  writeFileSync(file, html);
  await loadDocument(page, pathToFileURL(file).href, timeout);
  const anchors = await linkNumberedHeadings(page);
  const pdf = await printWithToc(page, { ...PDF_OPTIONS, timeout });
  return { pdf, pages: recordPages(html, pdf, anchors) };
}

const keyOf = (html: string) => createHash("sha256").update(html).digest("hex");

/**
 * Documents of the version being built that were printed before the bundle:
 * a build with --compare prints its changed documents for the change
 * overview's page numbers, and the bundle takes those PDFs instead of
 * printing the same HTML again. Each is taken once.
 */
const printedAhead = new Map<string, Uint8Array>();

export function keepForBundle(html: string, pdf: Uint8Array): void {
  printedAhead.set(keyOf(html), pdf);
}

export function takePrintedAhead(html: string): Uint8Array | undefined {
  const key = keyOf(html);
  const pdf = printedAhead.get(key);
  printedAhead.delete(key);
  return pdf;
}
