import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../src/browser/launch.ts";
import { formatDate, formatDateTime } from "../../src/format/dates.ts";
import { biddableLots, checklistLotTitle } from "../../src/format/checklist.ts";
import { lotName } from "../../src/format/lots.ts";
import { proofOf } from "../../src/format/requirements.ts";
import type { Model } from "../../src/model/types.ts";
import { validateContent } from "../../src/validate/validate-content.ts";
import { writeSyntheticTender } from "../../scripts/synthetic-tender.ts";
import { flat, pdfinfo, pdftotext } from "../pdf/helpers.ts";
import { buildAndServe, stopServing, type ServedTender } from "./build-fixtures.ts";
import { serveStatic } from "./serve-static.ts";

/**
 * The bidders' checklist (/inschrijven/ and the checklist attachment), as a
 * bidder uses it: tick lots in a real browser, read it without JavaScript,
 * print it, and read the numbered PDF in the bundle.
 */

let browser: Browser;
const sites: Record<string, ServedTender> = {};

beforeAll(async () => {
  browser = await launchChromium();
  for (const [name, content] of [["voorbeeld", "content"], ["rijnmond", "examples/rijnmond"]] as const) sites[name] = await buildAndServe(content);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stopServing(Object.values(sites));
});

/** Markdown as a reader sees it: link text without its target, no emphasis marks. */
const readable = (markdown: string) => flat(markdown.replace(/\[([^\]]+)\]\([^)]+\)/g, "$1").replace(/[*_`]/g, "")).trim();

/** What the reader sees: only rendered, visible text (hidden lots are not in innerText). */
const visibleText = (page: Page) => page.$eval(".checklist-all", (m) => (m as HTMLElement).innerText.replace(/\s+/g, " "));

async function openChecklist(site: string, lotIds: string[]): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${sites[site].url}/inschrijven/`, { waitUntil: "load" });
  for (const id of lotIds) await page.click(`input[name="perceel"][value="${id}"]`);
  return page;
}

/** Every requirement a bidder on `lotId` must meet, and every milestone, by the model (not by the checklist's own code). */
function expectedFor(model: Model, lotId: string) {
  const lot = model.lots.find((l) => l.id === lotId)!;
  const s = model.subtenders.find((x) => x.id === lot.subtenderId)!;
  const ids = [...model.tender.hoofdtender.eisen, ...(s.eisen ?? []), ...lot.productIds.flatMap((id) => model.products.find((p) => p.id === id)!.leveringsvoorwaarden ?? [])];
  return { lot, s, requirements: [...new Set(ids)].map((id) => model.requirements.find((r) => r.id === id)!) };
}

describe("the checklist page of the example, for a bidder on perceel 5 Crisispleegzorg", () => {
  it("shows every eis with its bewijs and when it is due, the plan van aanpak limits, the Pleegzorg condition with what it costs, and the deadlines", async () => {
    const { model } = sites.voorbeeld;
    const page = await openChecklist("voorbeeld", ["crisispleegzorg"]);
    const text = await visibleText(page);
    expect(new URL(page.url()).searchParams.get("percelen")).toBe("crisispleegzorg");
    const { lot, s, requirements } = expectedFor(model, "crisispleegzorg");
    expect(requirements.length).toBeGreaterThan(8);
    const deadline = model.tender.planning.find((m) => m.id === "inschrijving")!;
    // Each requirement as one item: its title, its proof and when it is due, in the same list item.
    const items = await page.$$eval("ul.checklist > li", (lis) => lis.filter((li) => (li as HTMLElement).offsetParent !== null).map((li) => (li as HTMLElement).innerText.replace(/\s+/g, " ")));
    for (const r of requirements) {
      const item = items.find((i) => i.startsWith(r.titel));
      expect(item, r.titel).toBeDefined();
      expect(item).toContain(readable(proofOf(r) ?? ""));
      if (r.soort === "minimumeis") expect(item).toContain(`bij de inschrijving, uiterlijk ${formatDateTime(deadline.datum)}`);
      if (r.soort === "leveringsvoorwaarde") expect(item).toContain("tijdens de looptijd van de overeenkomst");
    }
    // The plan van aanpak: the total, one per lot, and each criterion's own limit.
    expect(text).toContain(`Eén plan van aanpak voor dit perceel, van ten hoogste ${s.plan_van_aanpak!.max_a4} A4 in totaal.`);
    for (const c of lot.gunningscriteria) {
      expect(text).toContain(`${c.naam} (weging ${c.weging}%)`);
      if (c.max_a4) expect(text).toContain(`Ten hoogste ${c.max_a4} A4 binnen het plan van aanpak.`);
    }
    // The condition and what it costs: admission to all of perceel 1 Wonen of the toelating.
    const wonen = model.lots.find((l) => l.id === "wonen")!;
    expect(text).toContain("Ook gecontracteerd voor het product Pleegzorg");
    expect(text).toContain(`Wordt u daarvoor toegelaten, dan levert u ook alle producten van perceel 1 Wonen: ${wonen.productIds.slice(0, -1).map((id) => model.products.find((p) => p.id === id)!.naam).join(", ")} en`);
    // The deadlines.
    for (const m of model.tender.planning) expect(text).toContain(`${m.mijlpaal} Datum ${formatDateTime(m.datum)}`);
    // Nothing of the lots the bidder did not choose.
    for (const other of biddableLots(model).filter((l) => l.id !== "crisispleegzorg")) expect(text).not.toContain(checklistLotTitle(model, other));
    expect(text).not.toContain("Toelating jeugdhulp is een");
    await page.close();
  });

  it("shows the full list grouped per lot without JavaScript", async () => {
    const { model } = sites.voorbeeld;
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(`${sites.voorbeeld.url}/inschrijven/`, { waitUntil: "load" });
    // The choice needs JavaScript; without it, it is not offered.
    expect(await page.$eval("#kies", (f) => (f as HTMLElement).offsetParent === null)).toBe(true);
    const headings = await page.$$eval(".checklist-lot h3", (hs) => hs.map((h) => (h as HTMLElement).innerText.trim()));
    expect(headings).toEqual(biddableLots(model).map((l) => checklistLotTitle(model, l)));
    const text = await visibleText(page);
    expect(text).toContain("dan levert u ook alle producten van perceel 1 Wonen");
    for (const r of model.requirements.filter((q) => q.usedBy.length > 0)) expect(text, r.titel).toContain(r.titel);
    await page.close();
  });

  it("prints the chosen lots cleanly on A4: no menu, no choice form, nothing wider than the paper", async () => {
    const page = await openChecklist("voorbeeld", ["crisispleegzorg"]);
    await page.emulateMediaType("print");
    const pdf = join(sites.voorbeeld.root, "print-checklist.pdf");
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    expect(pdfinfo(pdf)["Page size"]).toMatch(/ pts \(A4\)$/);
    const text = flat(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }));
    expect(text).toContain("Perceel 5 Crisispleegzorg");
    expect(text).toContain("dan levert u ook alle producten van perceel 1 Wonen");
    expect(text).not.toContain("Kies uw percelen");
    expect(text).not.toContain("Segmenten en producten");
    // At A4 width (about 180 mm of text), no line runs off the page.
    await page.setViewport({ width: 680, height: 1000 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(680);
    await page.close();
  });

  it("loads a script of less than 50 kB", async () => {
    const page = await browser.newPage();
    const scripts: number[] = [];
    page.on("response", async (r) => {
      if (r.request().resourceType() === "script") scripts.push((await r.buffer()).length);
    });
    await page.goto(`${sites.voorbeeld.url}/inschrijven/`, { waitUntil: "networkidle0" });
    const inline = await page.$$eval("script:not([src])", (ss) => ss.reduce((n, s) => n + (s.textContent ?? "").length, 0));
    expect(scripts.reduce((a, b) => a + b, 0) + inline).toBeLessThan(50_000);
    expect(inline + scripts.length).toBeGreaterThan(0);
    await page.close();
  });
});

describe("the checklist attachment", () => {
  for (const name of ["voorbeeld", "rijnmond"]) {
    it(`is a numbered PDF in the bundle of ${name} with every lot, its requirements, plan and conditions, and the planning`, () => {
      const { root, model } = sites[name];
      const bijlage = model.tender.bijlagen.find((a) => a.inhoud === "checklist")!;
      expect(bijlage).toBeDefined();
      const manifest = JSON.parse(readFileSync(join(root, "mercell", "manifest.json"), "utf8")) as { bestanden: { nummer: string; bestand: string; titel: string }[] };
      const file = manifest.bestanden.find((f) => f.nummer === bijlage.nummer)!;
      expect(file.titel).toBe(bijlage.titel);
      const text = flat(pdftotext(join(root, "mercell", file.bestand), { raw: true }));
      expect(text).toContain(`Bijlage ${bijlage.nummer}`);
      for (const l of biddableLots(model)) expect(text, l.id).toContain(flat(checklistLotTitle(model, l)));
      for (const r of model.requirements.filter((q) => q.usedBy.length > 0)) expect(text, r.titel).toContain(flat(r.titel).slice(0, 20));
      for (const s of model.subtenders.filter((x) => x.plan_van_aanpak)) expect(text).toContain(`ten hoogste ${s.plan_van_aanpak!.max_a4} A4 in totaal`);
      for (const m of model.tender.planning) expect(text).toContain(formatDateTime(m.datum));
      for (const l of model.lots.filter((x) => x.voorwaarden.some((v) => v.statedOn === x.id && v.vereist_perceel))) {
        const v = l.voorwaarden.find((x) => x.vereist_perceel)!;
        expect(text).toContain(`dan levert u ook alle producten van ${lotName(model.lots.find((x) => x.id === v.vereist_perceel)!)}`);
      }
    });
  }
});

describe("the checklist of the Rijnmond tender (sub-lots B4a–c)", () => {
  it("asks one plan van aanpak per sub-lot and shows B4c's condition on perceel B1 with what it costs", async () => {
    const { model } = sites.rijnmond;
    const b4 = model.lots.find((l) => l.nummer === "B4")!;
    expect(b4.subLotIds.length).toBe(3);
    const page = await openChecklist("rijnmond", b4.subLotIds);
    const text = await visibleText(page);
    const s = model.subtenders.find((x) => x.id === b4.subtenderId)!;
    for (const id of b4.subLotIds) {
      const sub = model.lots.find((l) => l.id === id)!;
      expect(text).toContain(checklistLotTitle(model, sub));
      expect(text).toContain(`Plan van aanpak voor ${lotName(sub)}`);
      for (const { requirements } of [expectedFor(model, id)]) for (const r of requirements) expect(text, r.titel).toContain(r.titel);
    }
    expect(text).toContain(`Eén plan van aanpak voor dit subperceel: bij een perceel met subpercelen levert u één plan per subperceel, van ten hoogste ${s.plan_van_aanpak!.max_a4} A4 in totaal.`);
    const conditioned = model.lots.find((l) => b4.subLotIds.includes(l.id) && l.voorwaarden.some((v) => v.vereist_perceel))!;
    const required = model.lots.find((l) => l.id === conditioned.voorwaarden.find((v) => v.vereist_perceel)!.vereist_perceel)!;
    expect(text).toContain(`Ook gecontracteerd voor ${lotName(required)}`);
    expect(text).toContain(`dan levert u ook alle producten van ${lotName(required)}: `);
    for (const m of model.tender.planning) expect(text).toContain(formatDateTime(m.datum));
    // The other lots of the subtender are not shown.
    expect(text).not.toContain(checklistLotTitle(model, required));
    await page.close();
  });
});

describe("the checklist page at N = 1,000 products", () => {
  it("lists every lot and narrows to a chosen one", async () => {
    const work = mkdtempSync(join(tmpdir(), "checklist-1000-"));
    const content = join(work, "inhoud");
    writeSyntheticTender(1000, content);
    const { model } = validateContent(content);
    // The site alone, as `npm run build` makes it, in a process of its own (Astro builds with Vite).
    const script = `import { validateContent } from "./src/validate/validate-content.ts"; import { renderSite } from "./src/site/render-site.ts"; await renderSite(validateContent(${JSON.stringify(content)}).model, ${JSON.stringify(join(work, "site"))}); process.exit(0);`;
    const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { encoding: "utf8" });
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
