/**
 * Following the tender without a feed reader: /feed.xml opened in Chromium
 * is a readable page (XSLT), with "Volg deze aanbesteding", how to follow it,
 * and one entry per version and per Nota van Inlichtingen of the example
 * (version 1.0 of 15 februari 2024; content/nota-van-inlichtingen/1.yaml and 2.yaml).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserForFile, type FileBrowser } from "../browser.ts";
import { serveShared, stopServing, type ServedTender } from "./build-fixtures.ts";

let browser: FileBrowser;
let site: ServedTender;
beforeAll(async () => {
  browser = await browserForFile();
  site = await serveShared("voorbeeld");
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await stopServing([site]);
});

describe("the feed in a browser", () => {
  it("shows as a page that says how to follow the tender, with every version and Nota", async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}/feed.xml`, { waitUntil: "load" });
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Volg deze aanbesteding");
    const text = await page.$eval("main", (m) => (m as HTMLElement).innerText);
    expect(text).toContain("Zet het adres ervan in een feedlezer");
    const entries = await page.$$eval("article h3", (hs) => hs.map((h) => (h as HTMLElement).innerText));
    expect(entries).toEqual([
      "Nota van Inlichtingen 2 (15 maart 2024)",
      "Nota van Inlichtingen 1 (8 maart 2024)",
      "Versie 1.0 van de aanbestedingsstukken (15 februari 2024)",
    ]);
    // Each entry links to its page on the site.
    const links = await page.$$eval("article h3 a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash));
    expect(links).toEqual(["/vragen/#nota-2", "/vragen/#nota-1", "/"]);
    await page.close();
  });
});
