import { readFileSync } from "node:fs";
import type { Page } from "puppeteer-core";
import { AXE_URL_PATH } from "./serve-static.ts";

const AXE = readFileSync("node_modules/axe-core/axe.min.js", "utf8");

/** The standard every page is held to: WCAG 2.1 A and AA. */
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * The WCAG 2.1 AA violations axe-core finds on the page as it is now, one line
 * each: "<label>: <rule> (<n>×) <help>". Only violations are asked for: axe
 * still runs every rule, but skips building a selector for each node that
 * passed, which is most of its time on a long page and nothing we assert on.
 */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) {
    // From the test server when the page came from one (compiled once, then cached), else as text.
    if (/^https?:/.test(page.url())) await page.addScriptTag({ url: new URL(AXE_URL_PATH, page.url()).href });
    else await page.evaluate(AXE);
  }
  const result = await page.evaluate(
    (tags) => (window as any).axe.run(document, { runOnly: tags, resultTypes: ["violations"] }),
    WCAG_21_AA,
  );
  return result.violations.map((v: { id: string; nodes: unknown[]; help: string }) => `${label}: ${v.id} (${v.nodes.length}×) ${v.help}`);
}
