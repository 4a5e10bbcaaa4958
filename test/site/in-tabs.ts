import type { Page } from "puppeteer-core";

/**
 * Visits `paths` in `tabs` browser tabs at once, calling `visit` on each page
 * once it has loaded; results in the order of `paths`. Most of a page check is
 * waiting on Chromium, so a few tabs finish the pages of a site sooner.
 */
export async function inTabs<T>(
  browser: { newPage(): Promise<Page> },
  url: string,
  paths: string[],
  visit: (page: Page, path: string) => Promise<T>,
  options: { tabs?: number; viewport?: { width: number; height: number } } = {},
): Promise<T[]> {
  const tabs = options.tabs ?? 3;
  const results: T[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    const page = await browser.newPage();
    try {
      for (let i = next++; i < paths.length; i = next++) {
        // Each page opens at the size asked for, whatever size `visit` left the tab at.
        if (options.viewport) await page.setViewport(options.viewport);
        await page.goto(url + paths[i], { waitUntil: "load" });
        results[i] = await visit(page, paths[i]);
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: Math.min(tabs, paths.length) }, worker));
  return results;
}
