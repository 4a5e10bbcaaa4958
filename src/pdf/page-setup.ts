import type { Page, PDFOptions } from "puppeteer-core";

/** The options of every print, raw or not: A4 from the CSS, backgrounds, tags and bookmarks. */
export const PDF_OPTIONS: PDFOptions = {
  preferCSSPageSize: true,
  printBackground: true,
  tagged: true,
  outline: true,
  displayHeaderFooter: false,
};

/** URLs the page may load: the document itself, the fonts (file:) and inline data. */
export const isAllowedUrl = (url: string) => url.startsWith("file:") || url.startsWith("data:");

/**
 * Offline rendering: every request that is not file: or data: is aborted
 * before it leaves the browser, and recorded so tests can see it happened.
 */
export async function blockNetwork(page: Page, blocked: string[]): Promise<void> {
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (isAllowedUrl(request.url())) void request.continue();
    else {
      blocked.push(request.url());
      void request.abort("blockedbyclient");
    }
  });
}

/**
 * Loads a document and waits for its fonts, so both TOC passes measure the same
 * glyphs. Our documents need no script: with the page's JavaScript off, nothing
 * that slipped into the content can run while it prints (the printer's own
 * calls through the DevTools protocol still work).
 */
export async function loadDocument(page: Page, fileUrl: string, timeout: number): Promise<void> {
  await page.setJavaScriptEnabled(false);
  await page.goto(fileUrl, { waitUntil: "load", timeout });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
}
