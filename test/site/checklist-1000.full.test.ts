/**
 * The checklist page of a generated tender with 1,000 products: part of the
 * full run only (`npm run test:full`, vitest.config.ts), as it renders a site
 * of over a thousand pages.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserForFile, type FileBrowser } from "../browser.ts";
import { formatDate } from "../../src/format/dates.ts";
import { biddableLots } from "../../src/wording/checklist.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { writeSyntheticTender } from "../../scripts/synthetic-tender.ts";
import { serveStatic } from "./serve-static.ts";

let browser: FileBrowser;
beforeAll(async () => {
  browser = await browserForFile();
});
afterAll(async () => {
  await browser?.close();
});

/** The checklist's text as the reader sees it. */
const visibleText = (page: Page) => page.$eval(".checklist-all", (m) => (m as HTMLElement).innerText.replace(/\s+/g, " "));

describe("the checklist page at N = 1,000 products", () => {
  it("lists every lot and narrows to a chosen one", async () => {
    const work = mkdtempSync(join(tmpdir(), "checklist-1000-"));
    const content = join(work, "inhoud");
    writeSyntheticTender(1000, content);
    const { model } = validateContent(content);
    // The site alone, as `npm run build` makes it, in a process of its own (Astro builds with Vite).
    const script = `import { validateContent } from "./src/pipeline/validate-content.ts"; import { renderSite } from "./src/site/render-site.ts"; await renderSite(validateContent(${JSON.stringify(content)}).model, ${JSON.stringify(join(work, "site"))}); process.exit(0);`;
    const r = await new Promise<{ status: number | null; stderr: string }>((done, fail) => {
      // Not spawnSync: the worker stays responsive while the site renders.
      const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "ignore", "pipe"] });
      let stderr = "";
      child.stderr!.on("data", (d) => (stderr += d));
      child.on("error", fail);
      child.on("close", (status) => done({ status, stderr }));
    });
    expect(r.status, r.stderr).toBe(0);
    const server = await serveStatic(join(work, "site"));
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/inschrijven/`, { waitUntil: "load" });
      const lots = biddableLots(model!);
      expect(lots.length).toBeGreaterThanOrEqual(100);
      expect(await page.$$eval(".checklist-lot", (ls) => ls.length)).toBe(lots.length);
      const last = lots[lots.length - 1];
      await page.click(`input[name="perceel"][value="${last.id}"]`);
      const shown = await page.$$eval(".checklist-lot", (ls) => ls.filter((l) => (l as HTMLElement).offsetParent !== null).map((l) => l.getAttribute("data-lot")));
      expect(shown).toEqual([last.id]);
      expect(await visibleText(page)).toContain(formatDate(model!.tender.planning[0].datum));
    } finally {
      await page.close();
      await server.close();
      rmSync(work, { recursive: true, force: true });
    }
  }, 600_000);
});
