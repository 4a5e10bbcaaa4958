import { existsSync } from "node:fs";
import puppeteer, { type Browser } from "puppeteer-core";

/** Flags for a headless Chromium that never talks to the network on its own. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
  "--disable-dev-shm-usage",
  "--font-render-hinting=none",
];

/** Debian's Chromium, or the browser named by CHROME_PATH. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || "/usr/bin/chromium";
  if (!existsSync(path)) {
    throw new Error(`Chromium niet gevonden op ${path}. Installeer het met 'sudo apt-get install chromium' of zet CHROME_PATH.`);
  }
  return path;
}

/**
 * Talks to Chromium over a pipe rather than a WebSocket: when our process is
 * killed outright (SIGKILL), the pipe closes and Chromium exits with it
 * instead of being left running.
 */
export async function launchChromium(): Promise<Browser> {
  return puppeteer.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true, pipe: true });
}
