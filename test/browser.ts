import type { Browser, Page } from "puppeteer-core";
import { launchChromium } from "../src/browser/launch.ts";

/**
 * One Chromium per test worker, for the browsers the test files open
 * themselves (`browserForFile`). Starting Chromium costs about 1.5 s and 2.5 s
 * of CPU on a 2-core machine, and some twenty files did so each; the product's
 * own launches (a build, an in-process render) still start their own, as a
 * user's do.
 *
 * Workers run one file at a time and keep their modules across files
 * (`isolate: false`, vitest.config.ts), so the browser outlives a file; it
 * ends with its worker (the pipe closes, src/browser/launch.ts).
 *
 * Not an incognito context per file: Chromium keeps no compiled-script cache
 * for those, and each page then compiles axe-core anew (the site checks took
 * a third longer). Each file serves its site on a port of its own, so no two
 * files share an origin, and with it storage or cache.
 */
let running: Promise<Browser> | undefined;

function browser(): Promise<Browser> {
  if (!running) {
    const launching = launchChromium();
    running = launching;
    // A browser that crashed or was closed is started again by the next file.
    launching.then((b) => b.once("disconnected", () => running === launching && (running = undefined)), () => (running = undefined));
  }
  return running;
}

/** The pages of one test file in the worker's browser; `close` (in afterAll) closes every page the file opened. */
export interface FileBrowser {
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function browserForFile(): Promise<FileBrowser> {
  const shared = await browser();
  const opened: Page[] = [];
  return {
    newPage: async () => {
      const page = await shared.newPage();
      opened.push(page);
      return page;
    },
    close: async () => {
      await Promise.all(opened.splice(0).map((p) => p.close().catch(() => undefined)));
    },
  };
}
