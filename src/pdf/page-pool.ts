import type { Browser, Page } from "puppeteer-core";
import { blockNetwork } from "./page-setup.ts";

/**
 * Runs `work` on each item with at most `n` workers, each with its own
 * resource (a browser page: opening one costs about as much as printing a
 * short document). The first failure rejects; resources are always released.
 */
export async function pool<T, R, P>(items: T[], n: number, open: () => Promise<P>, close: (p: P) => Promise<void>, work: (item: T, p: P) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    const resource = await open();
    try {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], resource);
      }
    } finally {
      await close(resource);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return results;
}

/**
 * `work` on each item in at most `n` offline pages of `browser` (every request
 * that is not file: or data: refused, and recorded in `blocked`). The pages
 * close whatever happens.
 */
export function inPages<T, R>(browser: Browser, items: T[], n: number, work: (item: T, page: Page, index: number) => Promise<R>, blocked: string[] = []): Promise<R[]> {
  const indexed = items.map((item, index) => ({ item, index }));
  return pool(
    indexed,
    n,
    async () => {
      const page = await browser.newPage();
      await blockNetwork(page, blocked);
      return page;
    },
    (page) => page.close().catch(() => undefined),
    ({ item, index }, page) => work(item, page, index),
  );
}
