import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { parse } from "yaml";
import { axeViolations } from "./axe.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserForFile, type FileBrowser } from "../browser.ts";
import { shared } from "../shared/builds.ts";
import { inTabs } from "./in-tabs.ts";
import { allResults } from "./search-results.ts";
import { serveShared, redirectOf, sitePages, stopServing, type ServedTender } from "./build-fixtures.ts";

/**
 * Finding things as a care provider: the search box in the header, the
 * downloads page, compound words in search, a subtender's lots side by side,
 * and a header that leaves room for the page on a phone.
 */



let browser: FileBrowser;
const sites: Record<string, ServedTender> = {};

beforeAll(async () => {
  browser = await browserForFile();
  for (const name of ["voorbeeld", "rijnmond"] as const) sites[name] = await serveShared(name);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stopServing(Object.values(sites));
});

async function open(site: string, path: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await browser.newPage();
  if (viewport) await page.setViewport(viewport);
  await page.goto(sites[site].url + path, { waitUntil: "load" });
  return page;
}

interface LotYaml { id: string; nummer: string; naam: string; subpercelen?: LotYaml[] }

/**
 * The lots a bidder bids on (a lot without sub-lots, or a sub-lot), per subtender,
 * read from the tender's YAML, with the title the site gives them:
 * "Subperceel 4a Licht verstandelijke beperking (perceel 4 Crisisverblijf)".
 */
function biddableFromYaml(site: "voorbeeld" | "rijnmond"): { id: string; subtender: string; title: string }[] {
  const dir = shared(site).content;
  const yaml = <T>(file: string) => parse(readFileSync(join(dir, file), "utf8")) as T;
  return yaml<{ subtenders: string[] }>("aanbesteding.yaml").subtenders.flatMap((sid) =>
    yaml<{ percelen: LotYaml[] }>(`subtenders/${sid}.yaml`).percelen.flatMap((lot) =>
      lot.subpercelen?.length
        ? lot.subpercelen.map((sub) => ({ id: sub.id, subtender: sid, title: `Subperceel ${sub.nummer} ${sub.naam} (perceel ${lot.nummer} ${lot.naam})` }))
        : [{ id: lot.id, subtender: sid, title: `Perceel ${lot.nummer} ${lot.naam}` }],
    ),
  );
}

/**
 * The version column of /downloads/, per bijlage: the tender's versie and datum (aanbesteding.yaml: 1.0 of
 * 2024-02-15 for the example, of 2021-11-01 for Rijnmond), a Nota van Inlichtingen its own datum
 * (content/nota-van-inlichtingen/1.yaml 2024-03-08, 2.yaml 2024-03-15; examples/rijnmond/nota-van-inlichtingen/1.yaml 2021-12-06).
 */
const VERSIONS: Record<string, string[]> = {
  voorbeeld: [...Array(11).fill("1.0, 15 februari 2024"), "1.0, 8 maart 2024", "1.0, 15 maart 2024"],
  rijnmond: [...Array(10).fill("1.0, 1 november 2021"), "1.0, 6 december 2021"],
};

interface CriterionYaml { naam: string; weging: number; max_a4?: number }
interface Lot { id: string; producten?: string[]; gunningscriteria?: CriterionYaml[]; subpercelen?: Lot[] }
interface Bekostiging { eenheid: string; tarief: number; frequentie?: string }

/** A product's tariff as the reader sees it, written from its `bekostiging` in segmenten/*.yaml: "€ 142,00 per etmaal", "€ 420.000,00 per jaar". */
function tariffFromYaml(b: Bekostiging): string {
  const amount = `€ ${b.tarief.toLocaleString("nl-NL", { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: true })}`;
  const unit: Record<string, string> = { minuut: " per minuut", uur: " per uur", dagdeel: " per dagdeel", etmaal: " per etmaal", stuk: " per traject", euro: "" };
  const frequency: Record<string, string> = { jaar: " per jaar", maand: " per maand", week: " per week", dag: " per dag", totaal: " totaal" };
  return `${amount}${unit[b.eenheid]}${b.frequentie ? frequency[b.frequentie] : ""}`;
}

/**
 * What the comparison page of each subtender must show, read from the tender's YAML: per lot a bidder
 * bids on, "Naam: tarief" for each of its products and "Naam: weging%, max. N A4" for each criterion
 * that applies to it (its own, its lot's or the subtender's), and the subtender's plan van aanpak limit.
 */
function compareFromYaml(site: "voorbeeld" | "rijnmond") {
  const dir = shared(site).content;
  const yaml = <T>(file: string) => parse(readFileSync(join(dir, file), "utf8")) as T;
  const products = new Map(
    readdirSync(join(dir, "segmenten")).flatMap((f) => yaml<{ producten: { id: string; naam: string; bekostiging: Bekostiging }[] }>(`segmenten/${f}`).producten.map((p) => [p.id, `${p.naam}: ${tariffFromYaml(p.bekostiging)}`] as const)),
  );
  const criterion = (c: CriterionYaml) => `${c.naam}: ${c.weging}%${c.max_a4 ? `, max. ${c.max_a4} A4` : ""}`;
  const titles = new Map(biddableFromYaml(site).map((l) => [l.id, l.title]));
  return yaml<{ subtenders: string[] }>("aanbesteding.yaml").subtenders.map((id) => {
    const s = yaml<{ id: string; procedure: string; plan_van_aanpak?: { max_a4: number }; gunningscriteria?: CriterionYaml[]; percelen: Lot[] }>(`subtenders/${id}.yaml`);
    const lots = s.percelen.flatMap((lot) =>
      (lot.subpercelen?.length ? lot.subpercelen.map((sub) => ({ own: sub, criteria: sub.gunningscriteria ?? lot.gunningscriteria ?? s.gunningscriteria })) : [{ own: lot, criteria: lot.gunningscriteria ?? s.gunningscriteria }]).map(({ own, criteria }) => ({
        id: own.id,
        title: titles.get(own.id)!,
        products: (own.producten ?? []).map((p) => products.get(p)!),
        criteria: (criteria ?? []).map(criterion),
      })),
    );
    return { id: s.id, procedure: s.procedure, plan: s.plan_van_aanpak?.max_a4, lots };
  });
}

const pagesOf = (site: string) => sitePages(sites[site].dir).filter((p) => p.endsWith("/") && !redirectOf(sites[site].dir, p));

describe.each(["voorbeeld", "rijnmond"])("finding things on the site (%s)", (name) => {
  it("suggests a word to search for that this tender has: one of its own product names", async () => {
    const dir = shared(name as "voorbeeld").content;
    const names = readdirSync(join(dir, "segmenten")).flatMap((f) => (parse(readFileSync(join(dir, "segmenten", f), "utf8")) as { producten: { naam: string }[] }).producten.map((p) => p.naam.toLowerCase()));
    const home = readFileSync(join(sites[name].dir, "index.html"), "utf8");
    const suggested = /<input id="site-q"[^>]*placeholder="Zoek, bijv\. ([^"]+)"/.exec(home)?.[1];
    expect(names).toContain(suggested);
    const search = readFileSync(join(sites[name].dir, "zoeken", "index.html"), "utf8");
    expect(search).toContain(`data-placeholder="Zoek bijvoorbeeld op ${suggested}"`);
    // The search page's own box shows it.
    const page = await browser.newPage();
    await page.goto(sites[name].url + "/zoeken/", { waitUntil: "load" });
    await page.waitForSelector(".pagefind-ui__search-input");
    expect(await page.$eval(".pagefind-ui__search-input", (i) => (i as HTMLInputElement).placeholder)).toBe(`Zoek bijvoorbeeld op ${suggested}`);
    await page.close();
  });

  it("has a search box and a link to the downloads in the header of every page", () => {
    const missing: string[] = [];
    for (const path of pagesOf(name)) {
      const html = readFileSync(join(sites[name].dir, path, "index.html"), "utf8");
      const header = html.slice(html.indexOf('<header class="site"'), html.indexOf("</header>"));
      if (!/<form[^>]*class="site-search"[^>]*role="search"[^>]*action="\/zoeken\/"/.test(header) || !/<input[^>]*name="q"/.test(header)) missing.push(`${path}: zoekvak`);
      if (!header.includes('href="/downloads/"')) missing.push(`${path}: downloads`);
    }
    expect(pagesOf(name).length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it("lists every attachment on /downloads/ with its number, title, pages, size and version date", async () => {
    const { manifest } = sites[name];
    const page = await open(name, "/downloads/");
    const rows = await page.$$eval("main tbody tr", (trs) => trs.map((tr) => ({ cells: [...tr.querySelectorAll("td")].map((td) => (td as HTMLElement).innerText.trim()), href: tr.querySelector("a")!.getAttribute("href") })));
    await page.close();
    // Every bijlage of aanbesteding.yaml, numbered and titled as it says.
    const bijlagen = (parse(readFileSync(join(shared(name as "voorbeeld").content, "aanbesteding.yaml"), "utf8")) as { bijlagen: { nummer: string; titel: string }[] }).bijlagen;
    expect(bijlagen).toHaveLength(VERSIONS[name].length);
    expect(rows.map((r) => r.cells[0])).toEqual(bijlagen.map((b) => b.nummer));
    expect(manifest.map((f) => f.nummer)).toEqual(bijlagen.map((b) => b.nummer));
    manifest.forEach((f, i) => {
      const [, title, pages, size, version] = rows[i].cells;
      expect(rows[i].href).toBe(`/downloads/${f.bestand}`);
      expect(title.startsWith(bijlagen[i].titel), `«${title}» begint met «${bijlagen[i].titel}»`).toBe(true);
      if (f.bestand.endsWith(".pdf")) expect(pages).toBe(String(f.paginas));
      expect(size).toMatch(/^\d+(,\d)? (kB|MB)$/);
      const kb = Number(size.replace(/ (kB|MB)$/, "").replace(",", ".")) * (size.endsWith("MB") ? 1024 : 1);
      expect(Math.abs(kb - f.bytes / 1024)).toBeLessThan(size.endsWith("MB") ? 60 : 1);
      expect(version).toBe(VERSIONS[name][i]);
    });
  });

  it("links the downloads page from the pages about an attachment's content", async () => {
    const { model } = sites[name];
    const product = model.products[0];
    for (const path of ["/eisen/", "/bestek/", "/segmenten/", `/producten/${product.id}/`, `/subtenders/${model.subtenders[0].id}/`, "/inschrijven/"]) {
      const html = readFileSync(join(sites[name].dir, path, "index.html"), "utf8");
      const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
      expect(main, path).toContain('href="/downloads/"');
    }
  });

  it("compares the lots of each subtender side by side: contractors, products with tariffs, criteria and page limits", async () => {
    const input = compareFromYaml(name as "voorbeeld" | "rijnmond");
    // Both tenders have three subtenders in their aanbesteding.yaml.
    expect(input.map((s) => s.id)).toHaveLength(3);
    expect(sites[name].model.subtenders.map((s) => s.id)).toEqual(input.map((s) => s.id));
    let products = 0;
    let criteria = 0;
    for (const s of input) {
      const subtenderPage = readFileSync(join(sites[name].dir, "subtenders", s.id, "index.html"), "utf8");
      expect(subtenderPage).toContain(`href="/subtenders/${s.id}/vergelijken/"`);
      const page = await open(name, `/subtenders/${s.id}/vergelijken/`);
      expect(s.lots.length).toBeGreaterThan(0);
      const heads = await page.$$eval("main .compare:not(.print-only) thead th", (ths) => ths.map((th) => (th as HTMLElement).innerText.trim()));
      expect(heads).toEqual(s.lots.map((l) => l.title));
      const rows = await page.$$eval("main .compare:not(.print-only) tbody tr", (trs) => trs.map((tr) => [(tr.querySelector("th") as HTMLElement).innerText.trim(), ...[...tr.querySelectorAll("td")].map((td) => (td as HTMLElement).innerText.replace(/\s+/g, " ").trim())]));
      await page.close();
      const row = (label: string) => rows.find((r) => r[0] === label)!;
      expect(row("Contractanten").slice(1)).toHaveLength(s.lots.length);
      s.lots.forEach((l, i) => {
        expect(l.products.length, l.title).toBeGreaterThan(0);
        for (const p of l.products) expect(row("Producten en tarieven")[i + 1], `${l.title}: ${p}`).toContain(p), products++;
        if (s.procedure === "aanbesteding") {
          expect(l.criteria.length, l.title).toBeGreaterThan(0);
          for (const c of l.criteria) expect(row("Gunningscriteria")[i + 1], `${l.title}: ${c}`).toContain(c), criteria++;
          if (s.plan) expect(row("Plan van aanpak")[i + 1]).toContain(`ten hoogste ${s.plan} A4`);
        }
      });
      if (s.procedure === "toelating") expect(rows.find((r) => r[0] === "Gunningscriteria")).toBeUndefined();
    }
    // A few cells as literals, from content/segmenten/crisis.yaml and content/subtenders/crisis.yaml.
    if (name === "voorbeeld") {
      const crisis = input.find((s) => s.id === "crisis")!;
      expect(crisis.lots.find((l) => l.id === "crisispleegzorg")!.products).toEqual(["Crisispleegzorg: € 142,00 per etmaal"]);
      expect(crisis.lots.find((l) => l.id === "crisispleegzorg")!.criteria).toEqual(["Kwaliteit: 40%, max. 2 A4", "Kwaliteit personeel: 25%", "Zorg zo dichtbij als mogelijk: 25%", "Samenwerking: 10%"]);
    }
    expect(products).toBeGreaterThan(10);
    expect(criteria).toBeGreaterThan(10);
  });

  it("starts the page title within the first 300 px of a phone, with a header of at most two lines", async () => {
    const { model } = sites[name];
    const deepest = model.lots.find((l) => l.parentId)!;
    const paths = ["/", "/inschrijven/", "/downloads/", `/percelen/${deepest.id}/`, `/subtenders/${model.subtenders[0].id}/vergelijken/`, "/bestek/", "/eisen/", `/producten/${model.products[0].id}/`];
    const late: string[] = [];
    for (const viewport of [{ width: 390, height: 844 }, { width: 360, height: 740 }]) {
      const measured = await inTabs(browser, sites[name].url, paths, (page) =>
        page.evaluate(() => {
          const box = (s: string) => document.querySelector(s)!.getBoundingClientRect();
          // Rows of the header: boxes whose tops lie more than 20 px apart start a new row.
          const tops = ["header.site .brand", "details.menu > summary", ".site-search"].map((s) => box(s).top).sort((a, b) => a - b);
          const lines = tops.filter((t, i) => i === 0 || t - tops[i - 1] > 20).length;
          return { h1: box("h1").top, lines, search: box(".site-search input").width };
        }), { viewport });
      expect(measured).toHaveLength(paths.length);
      measured.forEach((m, i) => {
        const path = paths[i];
        if (m.h1 > 300) late.push(`${viewport.width} px ${path}: titel op ${Math.round(m.h1)} px`);
        if (m.lines > 2) late.push(`${viewport.width} px ${path}: kop van ${m.lines} regels`);
        if (m.search < 150) late.push(`${viewport.width} px ${path}: zoekvak ${m.search} px`);
      });
    }
    expect(late).toEqual([]);
  });

  it("shows the version and its date in the phone header, and opens the menu without moving its button", async () => {
    const page = await open(name, "/eisen/", { width: 390, height: 844 });
    const version = await page.$eval("header.site .brand > span", (s) => ((s as HTMLElement).checkVisibility() && s.scrollWidth <= s.clientWidth ? (s as HTMLElement).innerText : ""));
    // Whole, not cut off: the kenmerk gives way on a phone.
    // Both aanbesteding.yaml files say versie "1.0"; datum 2024-02-15 and 2021-11-01.
    expect(version).toBe(`versie 1.0 van ${name === "voorbeeld" ? "15 februari 2024" : "1 november 2021"}`);
    const button = () => page.$eval("details.menu > summary", (b) => { const r = b.getBoundingClientRect(); return [Math.round(r.left), Math.round(r.top)]; });
    const closed = await button();
    await page.click("details.menu > summary");
    expect(await page.$eval("details.menu", (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await button()).toEqual(closed);
    await page.close();
  });

  it("opens the folded menu on a phone, also without JavaScript, and searches from the header", async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setViewport({ width: 390, height: 844 });
    await page.goto(sites[name].url + "/eisen/", { waitUntil: "load" });
    const visibleLinks = () => page.$$eval("nav.main a", (as) => as.filter((a) => a.checkVisibility()).map((a) => a.textContent));
    expect(await visibleLinks()).toEqual([]);
    await page.click("details.menu > summary");
    expect(await visibleLinks()).toContain("Inschrijven");
    expect(await visibleLinks()).toContain("Downloads");
    await page.close();
    // With JavaScript, the header's box takes the reader to the results.
    const search = await open(name, "/eisen/", { width: 390, height: 844 });
    await search.type("#site-q", "pleegzorg");
    await Promise.all([search.waitForNavigation(), search.keyboard.press("Enter")]);
    expect(new URL(search.url()).pathname).toBe("/zoeken/");
    expect(new URL(search.url()).searchParams.get("q")).toBe("pleegzorg");
    expect(await allResults(search, "pleegzorg")).not.toEqual([]);
    await search.close();
  });

  // Every page's first state is checked by site.test.ts; this is the phone's, with the menu open and a lot chosen.
  it("has no accessibility violations with the phone menu open and a lot chosen", async () => {
    const violations: string[] = [];
    const check = async (page: Page, label: string) => void violations.push(...(await axeViolations(page, label)));
    const phone = await open(name, "/inschrijven/", { width: 390, height: 844 });
    await phone.click("details.menu > summary");
    await phone.click(`input[name="perceel"][value="${biddableFromYaml(name as "voorbeeld" | "rijnmond").at(-1)!.id}"]`);
    await check(phone, "/inschrijven/ (390 px, menu open, perceel gekozen)");
    await phone.close();
    expect(violations).toEqual([]);
  });
});

/** Whether a page's own text (its main content, without the hidden keyword lines) has `word` as a word of its own. */
function hasOwnWord(site: string, path: string, word: string): boolean {
  const html = readFileSync(join(sites[site].dir, path.replace(/#.*/, ""), "index.html"), "utf8");
  const main = html.slice(html.indexOf("<main"), html.indexOf("</main>")).replace(/<span hidden data-pagefind-weight[^>]*>[^<]*<\/span>/g, " ").replace(/<[^>]+>/g, " ");
  return main.toLowerCase().split(/[^\p{L}\p{N}]+/u).includes(word);
}

describe("searching compound words", () => {
  // Product pages by the ids of segmenten/*.yaml: the example's Crisispleegzorg is `crisispleegzorg`, Deeltijdpleegzorg
  // `deeltijdpleegzorg` (content/segmenten/crisis.yaml, wonen.yaml); Rijnmond's Crisispleegzorg `crisispleegzorg` and
  // Crisisverblijf `crisisbedden` (examples/rijnmond/segmenten/crisis.yaml).
  const cases: [site: string, query: string, expected: string[]][] = [
    // The done-when case: "pleegzorg" lists Crisispleegzorg; the Crisis segment has the word only inside compounds.
    ["voorbeeld", "pleegzorg", ["/producten/crisispleegzorg/", "/percelen/crisispleegzorg/", "/producten/deeltijdpleegzorg/", "/segmenten/crisis/"]],
    ["voorbeeld", "verblijf", ["/percelen/crisisverblijf/", "/percelen/crisisverblijf-lvb/", "/producten/crisisverblijf-algemeen/"]],
    ["rijnmond", "pleegzorg", ["/producten/crisispleegzorg/", "/begrippen/#netwerkpleegzorg", "/segmenten/crisis/"]],
    ["rijnmond", "verblijf", ["/producten/crisisbedden/", "/segmenten/crisis/"]],
  ];
  it.each(["voorbeeld", "rijnmond"])("%s: never shows the hidden keywords in an excerpt", async (site) => {
    const page = await open(site, "/zoeken/?q=pleegzorg");
    const results = await allResults(page, "pleegzorg");
    const excerpts = await page.$$eval(".pagefind-ui__result-excerpt", (es) => es.map((e) => e.textContent ?? ""));
    await page.close();
    expect(results.length).toBeGreaterThan(5);
    expect(excerpts.length).toBeGreaterThan(5);
    // The compounds' parts ("crisis pleegzorg") were a hidden line after the text; no excerpt has it or its marks.
    for (const e of excerpts) {
      expect(e).not.toMatch(/[⟦⟧]/);
      expect(e).not.toContain("crisis pleegzorg");
    }
  });

  it.each([["voorbeeld", "checklist"], ["voorbeeld", "plan van aanpak"], ["rijnmond", "checklist"], ["rijnmond", "plan van aanpak"]])("%s: «%s» has the checklist page first", async (site, query) => {
    const page = await open(site, `/zoeken/?q=${encodeURIComponent(query)}`);
    const results = await allResults(page, query);
    await page.close();
    expect(results[0]).toBe("/inschrijven/");
  });

  it.each(cases)("%s: %s finds the compounds that contain it", async (site, query, want) => {
    // At least one of them has the word only inside a compound ("Crisisverblijf"), never on its own.
    expect(want.filter((p) => !hasOwnWord(site, p, query)).length).toBeGreaterThan(0);
    const page = await open(site, `/zoeken/?q=${query}`);
    const results = await allResults(page, query);
    await page.close();
    for (const path of want) expect(results, path).toContain(path);
  });
});
