import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";

/**
 * Flags for a headless Chromium that never talks to the network on its own,
 * and that does its work on as few threads as it can.
 */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
  // On two cores, which the PDFs, the website and the tests already fill, Chromium's helper threads
  // cost more than they save: V8 compiling and collecting garbage beside the page's own thread, and
  // raster workers. Without them a build prints its PDFs sooner and a page check takes a quarter
  // less CPU; the pages and PDFs are the same. (Not --disable-threaded-compositing: it saves as
  // much again, but a click then never arrives in the page.)
  "--js-flags=--single-threaded",
  "--num-raster-threads=1",
];

/** Debian's packages of Chromium, in the order they are preferred (scripts/ensure-setup.mjs installs both). */
export const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
export const CHROMIUM = "/usr/bin/chromium";

/**
 * The browser that prints and that the tests drive: the one named by
 * CHROME_PATH, else Debian's Chromium headless shell, else Debian's Chromium.
 *
 * The headless shell (package chromium-headless-shell) is Chromium's own
 * build for automation: the same Blink, V8 and Skia/PDF from the same source
 * and version, without the browser's window and profile machinery. It starts
 * in half the time and CPU, a build prints its PDFs ~15 % sooner, and the
 * PDFs have the same text, pages, tags and bookmarks (only the Creator of the
 * first document-information dictionary, which the bundle overwrites, says
 * "Chromium" instead of Chrome's user agent).
 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env, installed: (path: string) => boolean = existsSync): string {
  const custom = env.CHROME_PATH;
  if (custom) {
    if (!installed(custom)) throw new Error(`Chromium niet gevonden op ${custom} (CHROME_PATH). Zet CHROME_PATH op een Chromium of Chrome, of laat het leeg.`);
    return custom;
  }
  const found = [HEADLESS_SHELL, CHROMIUM].find((path) => installed(path));
  if (!found) throw new Error(`Chromium niet gevonden op ${HEADLESS_SHELL} of ${CHROMIUM}. Installeer het met 'sudo apt-get install chromium-headless-shell' of zet CHROME_PATH.`);
  return found;
}

/** Whether `path` is a headless shell (Debian's, or Google's chrome-headless-shell), which has no new headless mode to ask for. */
export const isHeadlessShell = (path: string) => /headless[-_]shell$/.test(path);

/**
 * Talks to Chromium over a pipe rather than a WebSocket: when our process is
 * killed outright (SIGKILL), the pipe closes and Chromium exits with it
 * instead of being left running.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  return puppeteer.launch({ executablePath, args: CHROMIUM_ARGS, headless: isHeadlessShell(executablePath) ? "shell" : true, pipe: true });
}
