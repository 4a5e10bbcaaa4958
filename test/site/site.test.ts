import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserForFile, type FileBrowser } from "../browser.ts";
import type { Model } from "../../src/model/types.ts";
import { serveStatic } from "./serve-static.ts";
import { inTabs } from "./in-tabs.ts";
import { axeViolations } from "./axe.ts";
import { shared } from "../shared/builds.ts";
import { HOSTILE, HOSTILE_NAMES, RAN, redirectOf, sitePages } from "./build-fixtures.ts";
import { differingWords, pdfBodies, siteSections, type SiteSection } from "./bestek-text.ts";
import { agreementPlan, leidraadPlan, type LeidraadPlan } from "../../src/documents/outline.ts";
import { numberLabel } from "../../src/documents/assemble.ts";
import { planDocuments } from "../../src/documents/build-documents.ts";
import { walk, type NumberedSection } from "../../src/documents/section.ts";
import { escapeRe, phrase, pdftotext } from "../pdf/helpers.ts";
import { allResults } from "./search-results.ts";


let browser: FileBrowser;
const sites: Record<string, { dir: string; url: string; close: () => Promise<void> }> = {};

beforeAll(async () => {
  browser = await browserForFile();
  // A tender of another shape (lot labels B4c, a condition on a sub-lot, an own rechtsbescherming chapter) next to the example;
  // "klein" here is the small fixture with hostile Markdown in every field.
  for (const [name, build] of [["voorbeeld", "voorbeeld"], ["klein", "vijandig"], ["rijnmond", "rijnmond"]] as const) {
    const dir = join(shared(build).out, "site");
    sites[name] = { dir, ...(await serveStatic(dir)) };
  }
});

afterAll(async () => {
  await browser?.close();
  for (const s of Object.values(sites)) await s.close();
});

async function open(site: string, path: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(sites[site].url + path, { waitUntil: "load" });
  return page;
}

/** The file of bijlage `nummer` in a built tender's bundle. */
function bundleFile(root: string, nummer: string): string {
  const manifest = JSON.parse(readFileSync(join(root, "mercell", "manifest.json"), "utf8")) as { bestanden: { nummer: string; bestand: string }[] };
  return join(root, "mercell", manifest.bestanden.find((f) => f.nummer === nummer)!.bestand);
}

/**
 * Where the site's sections of a planned document differ from its PDF: a
 * heading that is missing or worded otherwise, or a body with other words.
 * `paths` are the site's pages that show the document's sections.
 */
async function differencesWithPdf(name: string, model: Model, plan: LeidraadPlan, paths: string[], articles?: boolean): Promise<string[]> {
  const root = join(sites[name].dir, "..");
  const sections = [...walk(plan.doc.sections)];
  const label = (s: NumberedSection) => numberLabel(s, articles);
  const pdf = pdfBodies(pdftotext(bundleFile(root, plan.bijlage!.nummer), { raw: true }), sections, model.tender, plan.bijlage!.titel, label);
  if (pdf.missing.length) return pdf.missing.map((m) => `${m}: kop ontbreekt in de PDF`);
  const page = await browser.newPage();
  const site = new Map<string, SiteSection>();
  for (const path of paths) {
    await page.goto(sites[name].url + path, { waitUntil: "load" });
    for (const s of await siteSections(page)) site.set(s.anchor, s);
  }
  await page.close();
  const differences: string[] = [];
  if (site.size !== sections.length) differences.push(`${site.size} secties op de website, ${sections.length} in de PDF`);
  sections.forEach((s, i) => {
    const shown = site.get(s.anchor);
    const heading = `${label(s)} ${s.title}`;
    if (!shown) return void differences.push(`${heading}: niet op de website`);
    if (shown.heading.replace(/\s+/g, " ").trim() !== heading) differences.push(`${heading}: kop op de website is «${shown.heading}»`);
    const words = differingWords(shown.body, pdf.bodies[i]!, shown.heads);
    if (words) differences.push(`${heading}:\n    ${words}`);
  });
  return differences;
}

/** The number of files in each tender's bundle: its `bijlagen` in aanbesteding.yaml (13 and 11), or the default set of 8 for the small fixture. */
const BUNDLE_SIZE: Record<string, number> = { voorbeeld: 13, klein: 8, rijnmond: 11 };

/**
 * The lots and sub-lots of each tender's subtenders/*.yaml: the example's Crisis 1–5 with 4a–c, Advies & Expertise 1 and
 * the toelating's 1–5 (14); klein's 1 with 1a and 1b, 2 and the toelating's 1 (5); Rijnmond's 2 + 8 (B4 with B4a–c) + 1 (11).
 */
const LOT_COUNT: Record<string, number> = { voorbeeld: 14, klein: 5, rijnmond: 11 };

const decodeEntities = (s: string) =>
  s.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16))).replace(/&quot;/g, '"').replace(/&#39;|&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The addresses in CSS: each url(…). */
const cssUrls = (css: string) => [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/g)].map((m) => (m[1] ?? m[2] ?? m[3]).trim());

/** Every address an HTML page refers to: <a href>, <link href>, src and srcset on any element, and url() in its style blocks and style attributes. */
function referencesInHtml(html: string): { kind: string; url: string }[] {
  const tags = [...html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, (m) => m.slice(0, m.indexOf(">") + 1)).matchAll(/<([a-z][a-z0-9-]*)\b[^>]*>/gi)].map((m) => ({ name: m[1].toLowerCase(), tag: m[0] }));
  const attr = (tag: string, a: string) => [...tag.matchAll(new RegExp(`\\s${a}=(?:"([^"]*)"|'([^']*)')`, "gi"))].map((m) => decodeEntities(m[1] ?? m[2]));
  const refs: { kind: string; url: string }[] = [];
  for (const { name, tag } of tags) {
    if (name === "a" || name === "link") for (const url of attr(tag, "href")) refs.push({ kind: `<${name} href>`, url });
    for (const url of attr(tag, "src")) refs.push({ kind: "src", url });
    for (const set of attr(tag, "srcset")) for (const candidate of set.split(",")) if (candidate.trim()) refs.push({ kind: "srcset", url: candidate.trim().split(/\s+/)[0] });
    for (const style of attr(tag, "style")) for (const url of cssUrls(style)) refs.push({ kind: "url()", url });
  }
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) for (const url of cssUrls(css)) refs.push({ kind: "url()", url });
  return refs;
}

/** Every file under `dir` whose name ends with `ext`. */
function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(ext)).map((f) => join(dir, f)).filter((f) => statSync(f).isFile());
}

/** What one visit to a page found: the page on a 360 px phone, and axe's violations at the desktop size. */
interface PageVisit {
  path: string;
  phone: { width: number; hints: string[]; stacked: boolean[] };
  violations: string[];
}

const visits = new Map<string, Promise<PageVisit[]>>();

/**
 * Every page of a site (moved addresses left out: the page they send to is
 * visited itself), loaded once for two tests: measured as a 360 px phone shows
 * it, then widened to the desktop size (the page re-marks its wide tables on
 * resize) and checked with axe. A page load is most of either check.
 */
function visitEveryPage(name: string): Promise<PageVisit[]> {
  if (!visits.has(name)) {
    const paths = sitePages(sites[name].dir).filter((p) => !redirectOf(sites[name].dir, p));
    visits.set(name, inTabs(browser, sites[name].url, paths, async (page, path) => {
      // One round trip to the page for the three measures.
      const phone = await page.evaluate(() => ({
        width: document.documentElement.scrollWidth,
        // A table that is wider than its box says so, so a reader knows to swipe.
        hints: [...document.querySelectorAll<HTMLElement>(".table-wrap")]
          .filter((w) => w.scrollWidth > w.clientWidth + 1)
          .map((w) => getComputedStyle(w, "::before").content),
        // Award criteria are read as blocks on a phone: the question itself is never off to the side.
        stacked: [...document.querySelectorAll("table.stacked")].map((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth + 1),
      }));
      await page.setViewport(DESKTOP);
      return { path, phone, violations: await axeViolations(page, path) };
    }, { viewport: { width: 360, height: 740 } }));
  }
  return visits.get(name)!;
}

/** The size axe checks a page at: puppeteer's default window. */
const DESKTOP = { width: 800, height: 600 };

describe.each(["voorbeeld", "klein", "rijnmond"])("the productenboek website (%s)", (name) => {
  it("has no accessibility violations on any page (axe-core, WCAG 2.1 AA)", async () => {
    // A moved address sends the browser on at once; the page it sends to is checked itself.
    const paths = sitePages(sites[name].dir).filter((p) => !redirectOf(sites[name].dir, p));
    expect(paths.length).toBeGreaterThan(10);
    const checked = await visitEveryPage(name);
    // Every page was checked, none twice.
    expect(checked.map((c) => c.path)).toEqual(paths);
    expect(checked.flatMap((c) => c.violations)).toEqual([]);
  });

  it("has no broken internal link or anchor on any page", () => {
    const { dir } = sites[name];
    const pages = new Set(sitePages(dir));
    const fileOf = (path: string) => join(dir, path, path.endsWith(".html") ? "" : "index.html");
    const idsOf = (path: string) => new Set([...readFileSync(fileOf(path), "utf8").matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    // Every page of the site and every stylesheet it has, with the addresses each refers to.
    const sources = [
      ...[...pages].map((path) => ({ at: path, refs: referencesInHtml(readFileSync(fileOf(path), "utf8")) })),
      ...filesUnder(dir, ".css").map((file) => ({ at: "/" + relative(dir, file), refs: cssUrls(readFileSync(file, "utf8")).map((url) => ({ kind: "url()", url })) })),
    ];
    const broken: string[] = [];
    const checked = new Map<string, number>();
    for (const { at, refs } of sources) {
      for (const { kind, url } of refs) {
        if (/^(https?:|mailto:|tel:|data:)/i.test(url)) continue;
        const target = new URL(url, "http://x" + at);
        if (target.origin !== "http://x") continue;
        checked.set(kind, (checked.get(kind) ?? 0) + 1);
        const path = decodeURIComponent(target.pathname);
        if (pages.has(target.pathname)) {
          if (target.hash && !idsOf(target.pathname).has(decodeURIComponent(target.hash.slice(1)))) broken.push(`${at} → ${kind} ${url} (anker ontbreekt)`);
        } else if (!(existsSync(join(dir, path)) && statSync(join(dir, path)).isFile())) {
          // A file that is not a page (the Atom feed, a download, Pagefind's script) is fine when the site has it.
          broken.push(`${at} → ${kind} ${url}`);
        }
      }
    }
    // The site's pages (one per lot at least), and references of every kind it uses were checked.
    const model = JSON.parse(readFileSync(join(dir, "..", "model.json"), "utf8")) as Model;
    expect(model.lots).toHaveLength(LOT_COUNT[name]);
    expect(pages.size).toBeGreaterThan(model.lots.length + model.products.length);
    for (const lot of model.lots) expect(pages.has(`/percelen/${lot.id}/`), lot.id).toBe(true);
    expect(checked.get("<a href>")).toBeGreaterThan(pages.size * 10);
    expect(checked.get("<link href>")).toBeGreaterThanOrEqual(pages.size);
    expect(checked.get("src")).toBeGreaterThan(0);
    expect(broken).toEqual([]);
  });

  it("offers every download it links to, byte for byte the file of the bundle's manifest", () => {
    const root = join(sites[name].dir, "..");
    const manifest = JSON.parse(readFileSync(join(root, "mercell", "manifest.json"), "utf8")) as { bestanden: { bestand: string; sha256: string }[] };
    // As many files as the tender's `bijlagen` (the hostile copy of klein has none: the default set of 8).
    expect(manifest.bestanden).toHaveLength(BUNDLE_SIZE[name]);
    const hashOf = new Map(manifest.bestanden.map((f) => [f.bestand, f.sha256]));
    const linked = new Set<string>();
    for (const path of sitePages(sites[name].dir)) {
      const html = readFileSync(join(sites[name].dir, path, path.endsWith(".html") ? "" : "index.html"), "utf8");
      for (const [, href] of html.matchAll(/<a [^>]*href="([^"]+)"/g)) {
        const target = new URL(href, "http://x" + path).pathname;
        if (target.startsWith("/downloads/") && target !== "/downloads/") linked.add(decodeURIComponent(target.slice("/downloads/".length)));
      }
    }
    // Every file of the bundle is offered somewhere on the site, as the very file the manifest describes.
    expect([...hashOf.keys()].filter((f) => !linked.has(f))).toEqual([]);
    expect(linked.size).toBeGreaterThanOrEqual(BUNDLE_SIZE[name]);
    let compared = 0;
    for (const file of linked) {
      const path = join(sites[name].dir, "downloads", file);
      expect(existsSync(path), `/downloads/${file}`).toBe(true);
      // Other downloads (open data) are not part of the bundle.
      if (hashOf.has(file)) {
        expect(createHash("sha256").update(readFileSync(path)).digest("hex"), file).toBe(hashOf.get(file));
        compared++;
      }
    }
    expect(compared).toBe(BUNDLE_SIZE[name]);
  });

  it("shows every section of the leidraad with the number, title and words of the PDF", async () => {
    const root = join(sites[name].dir, "..");
    const model = JSON.parse(readFileSync(join(root, "model.json"), "utf8")) as Model;
    const plan = leidraadPlan(model);
    // The site's sections: every chapter page the bestek's table of contents lists.
    const page = await open(name, "/bestek/");
    const chapters = await page.$$eval(".bestek-toc > ol.toc > li > a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    await page.close();
    expect(chapters.length).toBe(plan.doc.sections.length);
    expect(await differencesWithPdf(name, model, plan, chapters)).toEqual([]);
  });

  it("shows every agreement on a page of its own, with the articles, numbers and words of its PDF, linked from its subtender", async () => {
    const root = join(sites[name].dir, "..");
    const model = JSON.parse(readFileSync(join(root, "model.json"), "utf8")) as Model;
    const agreements = model.tender.bijlagen.filter((a) => a.inhoud.startsWith("overeenkomst:"));
    expect(agreements.length, "overeenkomsten in de bundel").toBeGreaterThan(0);
    const planned = planDocuments(model);
    for (const a of agreements) {
      const id = a.inhoud.slice("overeenkomst:".length);
      const plan = agreementPlan(model, id, planned)!;
      const page = await open(name, `/subtenders/${id}/`);
      const links = await page.$$eval("main a", (as) => as.map((x) => ({ href: new URL((x as HTMLAnchorElement).href).pathname, text: x.textContent!.replace(/\s+/g, " ") })));
      await page.close();
      expect(links, `subtender ${id}`).toContainEqual({ href: `/overeenkomsten/${id}/`, text: `bijlage ${a.nummer} ${a.titel}` });
      expect(await differencesWithPdf(name, model, plan, [`/overeenkomsten/${id}/`], true), a.titel).toEqual([]);
    }
  });

  it("shows a helpful 404 page", async () => {
    const page = await open(name, "/producten/bestaat-niet/");
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Deze pagina bestaat niet");
    expect(await page.$$eval("main a", (as) => as.map((a) => a.getAttribute("href")))).toContain("/zoeken/");
    await page.close();
  });

  it("stays within a 360 px wide screen: wide tables scroll inside their box", async () => {
    const pages = sitePages(sites[name].dir).filter((p) => !redirectOf(sites[name].dir, p));
    // Every page: a table or a long word on any of them can push the page sideways.
    expect(pages.length).toBeGreaterThan(20);
    const seen = (await visitEveryPage(name)).map((v) => ({ path: v.path, ...v.phone }));
    expect(seen.map((s) => s.path)).toEqual(pages);
    const overflowing = seen.flatMap((s) => [...(s.width > 360 ? [`${s.path}: ${s.width}px`] : []), ...(s.stacked.includes(false) ? [`${s.path}: gunningscriteria schuiven opzij`] : [])]);
    const unmarked = seen.filter((s) => !s.hints.every((h) => h.includes("Schuif de tabel opzij"))).map((s) => s.path);
    const wideTables = seen.reduce((n, s) => n + s.hints.length, 0);
    const stackedTables = seen.reduce((n, s) => n + s.stacked.length, 0);
    expect(overflowing).toEqual([]);
    expect(wideTables).toBeGreaterThan(0);
    expect(unmarked).toEqual([]);
    expect(stackedTables).toBeGreaterThan(0);
  });
});


describe("navigating the example as a care provider", () => {
  it("goes home → segment → product → lot and back", async () => {
    const page = await open("voorbeeld", "/");
    const click = async (text: string) => {
      const [link] = await page.$$(`xpath/.//main//a[normalize-space()="${text}"] | .//header//a[normalize-space()="${text}"]`);
      expect(link, `link "${text}"`).toBeDefined();
      await Promise.all([page.waitForNavigation(), link.click()]);
    };
    await click("Segmenten en producten");
    expect(page.url()).toMatch(/\/segmenten\/$/);
    await click("Crisis");
    expect(await page.$eval("h1", (h) => h.textContent)).toBe("Segment Crisis");
    await click("Crisispleegzorg");
    expect(page.url()).toMatch(/\/producten\/crisispleegzorg\/$/);
    expect(await page.$eval("main", (m) => m.textContent)).toContain("€ 142,00 per etmaal");
    await click("Perceel 5 Crisispleegzorg");
    expect(page.url()).toMatch(/\/percelen\/crisispleegzorg\/$/);
    const lotText = await page.$eval("main", (m) => m.textContent!);
    expect(lotText).toContain("5 contractanten");
    expect(lotText).toContain("U moet ook gecontracteerd zijn voor het product Pleegzorg");
    await Promise.all([page.waitForNavigation(), page.goBack()]);
    expect(page.url()).toMatch(/\/producten\/crisispleegzorg\/$/);
    await page.close();
  });

  it("finds the product and its lot when searching for crisispleegzorg", async () => {
    const page = await open("voorbeeld", "/zoeken/?q=crisispleegzorg");
    await allResults(page, "crisispleegzorg");
    const links = await page.$$eval(".pagefind-ui__result-link", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toContain("/producten/crisispleegzorg/");
    expect(links).toContain("/percelen/crisispleegzorg/");
    await page.close();
  });

  it("opens a glossary term found by search at the term itself", async () => {
    const page = await open("voorbeeld", "/zoeken/?q=standstill");
    await allResults(page, "standstill");
    const links = await page.$$eval(".pagefind-ui__result a", (as) => as.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname + u.hash; }));
    expect(links).toContain("/begrippen/#standstill-termijn");
    await page.close();
  });

  it("keeps the address of every teksten chapter and names the § of the leidraad it has, as questions must cite it", async () => {
    const root = join(sites.voorbeeld.dir, "..");
    const model = JSON.parse(readFileSync(join(root, "model.json"), "utf8")) as Model;
    const pdfText = pdftotext(bundleFile(root, model.tender.bijlagen.find((a) => a.inhoud === "bestek")!.nummer), { raw: true });
    let moved = 0;
    // The nine files of content/teksten/, all chapters of the leidraad (none says `document:`).
    const chapters = model.chapters.filter((c) => c.document === "bestek");
    expect(chapters.map((c) => c.id)).toEqual(["inleiding", "procedure", "communicatie", "nota-van-inlichtingen", "klachten", "inschrijving", "beoordeling", "tarieven", "overige-bepalingen"]);
    for (const chapter of chapters) {
      const page = await browser.newPage();
      const redirect = redirectOf(sites.voorbeeld.dir, `/bestek/${chapter.id}/`);
      // A chapter that is a paragraph of another chapter's page: its address sends the reader there.
      await page.goto(`${sites.voorbeeld.url}/bestek/${chapter.id}/`, { waitUntil: "load" });
      if (redirect) {
        moved++;
        await page.waitForFunction((to) => location.pathname + location.hash === to && document.readyState === "complete", {}, redirect);
      }
      const at = new URL(page.url());
      expect(at.pathname, chapter.id).toMatch(/^\/bestek\/[^/]+\/$/);
      const heading = await page.$eval(at.hash ? `[id="${at.hash.slice(1)}"]` : "h1", (h) => (h as HTMLElement).innerText.replace(/\s+/g, " ").trim());
      const cite = await page.$eval(".cite", (p) => p.textContent!.replace(/\s+/g, " "));
      await page.close();
      const [, section, title] = /^([\d.]+) (.*)$/.exec(heading) ?? [];
      expect(section, `${chapter.id}: ${heading}`).toBeDefined();
      // The page names its chapter's § for questions in Mercell.
      expect(cite).toContain(`is dit § ${section.split(".")[0]},`);
      // The heading with that number in the printed leidraad is the same.
      expect(pdfText, `${chapter.id} § ${section}`).toMatch(new RegExp(`^${escapeRe(section)}\\s+${phrase(title)}\\s*$`, "m"));
    }
    expect(moved).toBeGreaterThan(0);
  });

  it("finds the generated text of the leidraad by search, at its section, never at a moved address", async () => {
    const page = await open("voorbeeld", "/zoeken/?q=regime");
    await allResults(page, "regime");
    const links = await page.$$eval(".pagefind-ui__result a", (as) => as.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname + u.hash; }));
    await page.close();
    // "het lichte regime" of § 2.1 SAS-procedure is generated from the data: before, only the PDF had it.
    expect(links).toContain("/bestek/procedure/#s-procedure-sas");
    expect(links.filter((l) => redirectOf(sites.voorbeeld.dir, l.replace(/#.*/, "")))).toEqual([]);
  });

  it("lists on a lot page every requirement a bidder on it must meet", async () => {
    const page = await open("voorbeeld", "/percelen/crisispleegzorg/");
    const links = await page.$$eval("main a", (as) => as.map((a) => { const u = new URL((a as HTMLAnchorElement).href); return u.pathname + u.hash; }));
    await page.close();
    expect(links).toContain("/#hoofdtender");
    // The eisen of content/subtenders/crisis.yaml and the leveringsvoorwaarden of Crisispleegzorg (content/segmenten/crisis.yaml).
    const expected = ["ervaring-crisis", "plan-van-aanpak-ingediend", "ijw-berichtenverkeer", "tarieven-indexatie", "aanvang-binnen-24-uur", "overdracht-vervolghulp", "leveringsplicht"];
    expect([...new Set(links.filter((l) => l.startsWith("/eisen/#")))].sort()).toEqual(expected.map((id) => `/eisen/#${id}`).sort());
  });

  it("names a sub-lot with its lot in search results", async () => {
    const page = await open("voorbeeld", "/zoeken/?q=verstandelijke");
    await allResults(page, "verstandelijke");
    const titles = await page.$$eval(".pagefind-ui__result-link", (as) => as.map((a) => a.textContent!.trim()));
    expect(titles).toContain("Subperceel 4a Licht verstandelijke beperking (perceel 4 Crisisverblijf)");
    await page.close();
  });

  it("shows on a product page what it is a condition for, what it cannot be combined with, and what its funding means", async () => {
    const pleegzorg = await open("voorbeeld", "/producten/pleegzorg/");
    const text = (await pleegzorg.$eval("main", (m) => m.textContent!)).replace(/\s+/g, " ");
    expect(text).toContain("Wie perceel 5 Crisispleegzorg (Subtender Crisis) gegund wil krijgen, moet ook voor dit product gecontracteerd zijn.");
    await pleegzorg.close();
    const basis = await open("voorbeeld", "/producten/begeleiding-basis/");
    // Written on Begeleiding intensief only, shown on both.
    expect(await basis.$eval("main", (m) => m.textContent!.replace(/\s+/g, " "))).toContain("Niet te combineren met: Begeleiding intensief.");
    expect(await basis.$$eval("dl.facts a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash))).toContain("/begrippen/#inspanningsgericht");
    await basis.close();
  });

  it("finds a product by its productcode, with the code and its label apart in the excerpt", async () => {
    // Crisispleegzorg's productcode in content/segmenten/crisis.yaml.
    const code = "46P01";
    const page = await open("voorbeeld", `/zoeken/?q=${code}`);
    await allResults(page, code);
    const results = await page.$$eval(".pagefind-ui__result", (rs) =>
      rs.map((r) => ({ path: new URL(r.querySelector("a")!.href).pathname, excerpt: r.querySelector(".pagefind-ui__result-excerpt")?.textContent ?? "" })),
    );
    const hit = results.find((r) => r.path === "/producten/crisispleegzorg/");
    expect(hit, JSON.stringify(results)).toBeDefined();
    expect(hit!.excerpt).toContain(code);
    expect(hit!.excerpt).not.toContain(`Productcode${code}`);
    await page.close();
  });

  it("explains on a subtender page how scores become an award, tie-break included, as the leidraad does", async () => {
    const page = await open("voorbeeld", "/subtenders/crisis/");
    const text = (await page.$eval("main", (m) => m.textContent!)).replace(/\s+/g, " ");
    expect(text).toContain("Van scores naar gunning");
    expect(text).toContain("de bijdrage van een criterium is de score gedeeld door 10, maal de weging");
    expect(text).toContain("Gelijke scores");
    expect(text).toContain("dan bepaalt een notaris de volgorde door loting");
    await page.close();
  });

  it("prints a product page without navigation", async () => {
    const page = await open("voorbeeld", "/producten/crisispleegzorg/");
    await page.emulateMediaType("print");
    const shown = await page.evaluate(() => ["header.site", "nav.breadcrumbs", "footer.site", ".skip"].map((s) => {
      const el = document.querySelector(s);
      return el ? getComputedStyle(el).display : "none";
    }));
    expect(shown).toEqual(["none", "none", "none", "none"]);
    expect(await page.$eval("h1", (h) => getComputedStyle(h).display)).not.toBe("none");
    // Printed on paper, every page says which tender, version and page it is.
    const model = JSON.parse(readFileSync(join(sites.voorbeeld.dir, "..", "model.json"), "utf8")) as Model;
    // Not into the shared build, which is read only.
    const pdf = join(mkdtempSync(join(tmpdir(), "afdruk-")), "print-product.pdf");
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const pages = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").filter((t) => t.trim());
    expect(pages.length).toBeGreaterThan(0);
    pages.forEach((text, i) => {
      expect(text).toContain(`${model.tender.kenmerk} · versie ${model.tender.versie}`);
      expect(text).toContain(`pagina ${i + 1} van ${pages.length}`);
    });
    expect(pages.join("")).toContain("/producten/crisispleegzorg/");
    await page.close();
  });

  it("prints a folded list in full", async () => {
    const page = await open("voorbeeld", "/eisen/");
    const folded = await page.$$eval("main details", (ds) => ds.map((d) => d.querySelector("p")!.textContent!.trim()));
    expect(folded.length).toBeGreaterThan(0);
    await page.emulateMediaType("print");
    const pdf = join(mkdtempSync(join(tmpdir(), "afdruk-")), "print-eisen.pdf");
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
    for (const list of folded) expect(text).toContain(list.replace(/\s+/g, " ").slice(0, 40));
    await page.close();
  });

  it("reads without JavaScript and starts keyboard users at a skip link", async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.goto(sites.voorbeeld.url + "/percelen/crisisverblijf/", { waitUntil: "load" });
    const text = await page.$eval("main", (m) => m.textContent!);
    expect(text).toContain("Perceel 4 Crisisverblijf");
    expect(text).toContain("Subperceel 4a Licht verstandelijke beperking: 1 contractant");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Naar de inhoud");
    await page.keyboard.press("Enter");
    // Following the link changes the address a moment later: wait for it, then read it.
    await page.waitForFunction(() => location.hash === "#inhoud", { polling: 50, timeout: 10_000 }).catch(() => undefined);
    expect(new URL(page.url()).hash).toBe("#inhoud");
    await page.close();
  });

  it("marks a draft with a CONCEPT banner on every page, and a definitive tender on none", () => {
    const banner = /<div class="concept" role="note">CONCEPT — versie /;
    // Every page with an address, and the page a mistyped address shows.
    const pagesOf = (site: string) => [...sitePages(sites[site].dir).filter((p) => p.endsWith("/") && !redirectOf(sites[site].dir, p)), "/404.html"];
    const read = (site: string, path: string) => readFileSync(join(sites[site].dir, path.endsWith(".html") ? path : join(path, "index.html")), "utf8");
    const draft = pagesOf("voorbeeld");
    expect(draft.length).toBeGreaterThan(20);
    expect(draft.filter((p) => !banner.test(read("voorbeeld", p)))).toEqual([]);
    const final = pagesOf("klein");
    expect(final.length).toBeGreaterThan(10);
    expect(final.filter((p) => read("klein", p).includes('class="concept"'))).toEqual([]);
  });
});

describe("hostile Markdown in content", () => {
  it("landed in the model of the hostile tender: in every kind of Markdown field and in plain-text names", () => {
    const model = JSON.parse(readFileSync(join(sites.klein.dir, "..", "model.json"), "utf8")) as Model;
    const fields = [
      model.products.find((p) => p.id === "spoedbed")!.omschrijving,
      model.requirements.find((q) => q.id === "bereikbaarheid")!.tekst,
      model.terms.find((t) => t.id === "spoedhulp")!.definitie,
      model.chapters.find((c) => c.id === "inleiding")!.markdown,
      model.lots.flatMap((l) => l.voorwaarden).find((v) => v.toelichting?.includes("Een spoedteam"))!.toelichting,
    ];
    for (const field of fields) for (const payload of HOSTILE) expect(field).toContain(payload);
    expect(model.requirements.find((q) => q.id === "bereikbaarheid")!.titel).toBe(HOSTILE_NAMES.eis);
    expect(model.subtenders.flatMap((st) => st.gunningscriteria).map((c) => c.naam)).toContain(HOSTILE_NAMES.criterium);
  });

  it("never runs on a page: no script, event handler, iframe, style or javascript: link, and names show as the text they are", async () => {
    const pages = ["/producten/spoedbed/", "/bestek/inleiding/", "/eisen/", "/begrippen/", "/percelen/spoedteams/", "/subtenders/spoed/"];
    for (const path of pages) {
      const page = await open("klein", path);
      // Whatever slipped through would have written its marker by now (the page has loaded).
      const found = await page.evaluate(() => ({
        elements: [...document.querySelectorAll("main script, main iframe, main style, main [onerror], main a[href^='javascript:' i]")].map((e) => e.outerHTML),
        text: document.documentElement.textContent ?? "",
        styles: [...document.styleSheets].map((sheet) => [...sheet.cssRules].map((r) => r.cssText).join("")).join(""),
      }));
      expect(found.elements, path).toEqual([]);
      expect(found.text, path).not.toContain(RAN);
      expect(found.styles, path).not.toContain("GELOPEN");
      await page.close();
    }
    // The harmless text around the attack is kept, and names with markup read as they were written.
    const text = async (path: string) => {
      const page = await open("klein", path);
      const t = (await page.$eval("main", (m) => m.textContent ?? "")).replace(/\s+/g, " ");
      await page.close();
      return t;
    };
    expect(await text("/producten/spoedbed/")).toContain("Een bed voor acute opvang.");
    expect(await text("/bestek/inleiding/")).toContain("De regio koopt");
    expect(await text("/eisen/")).toContain(HOSTILE_NAMES.eis);
    expect(await text("/subtenders/spoed/")).toContain(HOSTILE_NAMES.criterium);
  });
});
