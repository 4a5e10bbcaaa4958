/**
 * The questions and answers of the Notas van Inlichtingen on the website
 * (/vragen/ and the "Vragen over dit …" lists), on the example tender built
 * with the real CLI. Every expected value comes from the YAML of the example.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { parse } from "yaml";
import { axeViolations } from "./axe.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserForFile, type FileBrowser } from "../browser.ts";
import { serveStatic } from "./serve-static.ts";
import { sitePages } from "./build-fixtures.ts";
import { allResults } from "./search-results.ts";
import { shared } from "../shared/builds.ts";
import { atomFeed } from "../../src/site/lib/feed.ts";
import { modelAfter } from "../fixtures/invalid/apply-case.ts";

const CONTENT = "content";

interface QuestionYaml { nummer: string; referentie?: string; over: string[]; paragraaf?: string; vraag: string; antwoord?: string; wijziging?: string }
interface NotaYaml { nummer: number; datum: string; vragen: QuestionYaml[] }
const notas: NotaYaml[] = readdirSync(join(CONTENT, "nota-van-inlichtingen"))
  .map((f) => parse(readFileSync(join(CONTENT, "nota-van-inlichtingen", f), "utf8")) as NotaYaml)
  .sort((a, b) => a.nummer - b.nummer);
const questions = notas.flatMap((n) => n.vragen);
const anchorOf = (nummer: string) => `vraag-${nummer.split(".").join("-")}`;
/** Natural order, written out here: part by part, as numbers. */
const natural = (a: string, b: string) => {
  const [pa, pb] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? -1) !== (pb[i] ?? -1)) return (pa[i] ?? -1) - (pb[i] ?? -1);
  return 0;
};

let browser: FileBrowser;
let root: string;
let site: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  root = shared("voorbeeld").out;
  site = await serveStatic(join(root, "site"));
  browser = await browserForFile();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path: string, options: { javascript?: boolean } = {}): Promise<Page> {
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(options.javascript ?? true);
  await page.goto(site.url + path, { waitUntil: "load" });
  return page;
}

const html = (path: string) => readFileSync(join(root, "site", path, "index.html"), "utf8");


describe("de vragen en antwoorden op de website", () => {
  it("toont elke vraag, per nota, in natuurlijke volgorde, elk met een eigen anker", async () => {
    const page = await open("/vragen/");
    const seen = await page.$$eval("section.nota", (sections) =>
      sections.map((s) => ({ heading: s.querySelector("h2")!.textContent!.trim(), ids: [...s.querySelectorAll("article.question h3[id]")].map((h) => h.id) })));
    expect(seen.map((s) => s.heading)).toEqual(notas.map((n) => `Nota van Inlichtingen ${n.nummer}`));
    seen.forEach((s, i) => expect(s.ids).toEqual([...notas[i].vragen].map((q) => q.nummer).sort(natural).map(anchorOf)));
    // 2.2 before 2.10: the example has both.
    const ids = seen.flatMap((s) => s.ids);
    expect(ids.indexOf("vraag-2-2")).toBeGreaterThanOrEqual(0);
    expect(ids.indexOf("vraag-2-2")).toBeLessThan(ids.indexOf("vraag-2-10"));
    await page.close();
  });

  it("toont bij elke nota haar paragraaf Wijzigingen in de aanbestedingsstukken, met elke vraag die de stukken wijzigt", async () => {
    const page = await open("/vragen/");
    const shown = await page.$$eval("section.nota", (sections) => sections.map((s) => s.querySelector(".nota-wijzigingen")?.textContent?.replace(/\s+/g, " ") ?? ""));
    expect(shown).toHaveLength(notas.length);
    notas.forEach((n, i) => {
      expect(shown[i], `nota ${n.nummer}`).toContain("Wijzigingen in de aanbestedingsstukken");
      const changing = n.vragen.filter((q) => q.wijziging);
      // The example's notas both change the documents (a `wijziging` in nota 1 and in nota 2).
      expect(changing.length).toBeGreaterThan(0);
      for (const q of changing) expect(shown[i]).toContain(`Vraag ${q.nummer}`);
      expect(shown[i]).toContain("De volgende antwoorden wijzigen de aanbestedingsstukken.");
    });
    await page.close();
  });

  it("toont bij een vraag de referentie, waar zij over gaat met de § van de leidraad, de vraag, het antwoord en de wijziging", async () => {
    // The 6 questions of content/nota-van-inlichtingen/1.yaml and the 10 of 2.yaml.
    expect(questions).toHaveLength(16);
    const page = await open("/vragen/");
    for (const q of questions) {
      const text = await page.$eval(`#${anchorOf(q.nummer)}`, (h) => h.closest("article")!.textContent!.replace(/\s+/g, " "));
      if (q.referentie) expect(text).toContain(`Referentie ${q.referentie}`);
      expect(text).toContain(q.vraag.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\s+/g, " ").trim().slice(0, 40));
      if (q.antwoord) expect(text).toContain(q.antwoord.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\s+/g, " ").trim().slice(0, 40));
      else expect(text).toContain("in behandeling");
      if (q.wijziging) expect(text).toContain("Wijziging van de aanbestedingsstukken");
      if (q.paragraaf) expect(text).toMatch(new RegExp(`Paragraaf § ${q.paragraaf.replace(/\./g, "\\.")} \\S`));
    }
    // What a question concerns links to its page, and its § to the place on the bestek pages that has that number.
    const perceel = questions.find((q) => q.over.some((o) => o.startsWith("perceel:")))!;
    const lotId = perceel.over.find((o) => o.startsWith("perceel:"))!.slice("perceel:".length);
    const links = await page.$$eval(`#${anchorOf(perceel.nummer)}`, (hs) =>
      [...hs[0].closest("article")!.querySelectorAll("dd a")].map((a) => ({ text: a.textContent!.trim(), href: a.getAttribute("href")! })));
    expect(links.map((l) => l.href)).toContain(`/percelen/${lotId}/`);
    const section = links.find((l) => /^§ [\d.]+$/.test(l.text))!;
    expect(section, JSON.stringify(links)).toBeDefined();
    await page.goto(site.url + section.href, { waitUntil: "load" });
    const hash = new URL(section.href, site.url).hash.slice(1);
    const heading = await page.$eval(hash ? `[id="${hash}"]` : "h1", (h) => h.textContent!.replace(/\s+/g, " ").trim());
    expect(heading.startsWith(section.text.slice(2))).toBe(true);
    await page.close();
  });

  it("laat een vraag die nog geen antwoord heeft in een concept zien als in behandeling", async () => {
    const open_ = questions.filter((q) => !q.antwoord);
    expect(open_.length).toBeGreaterThan(0);
    const page = await open("/vragen/");
    for (const q of open_) expect(await page.$eval(`#${anchorOf(q.nummer)}`, (h) => h.textContent)).toContain("in behandeling");
    await page.close();
  });

  it("linkt het anker van een vraag vanaf elke pagina waar zij over gaat", () => {
    const bestekPages = sitePages(join(root, "site")).filter((p) => p.startsWith("/bestek/") && p !== "/bestek/");
    expect(questions).toHaveLength(16);
    for (const q of questions) {
      const link = `href="/vragen/#${anchorOf(q.nummer)}"`;
      for (const target of q.over) {
        const [kind, id] = target.split(":");
        if (kind === "perceel") expect(html(`percelen/${id}`), `${q.nummer} op perceel ${id}`).toContain(link);
        if (kind === "product") expect(html(`producten/${id}`), `${q.nummer} op product ${id}`).toContain(link);
        if (kind === "eis") expect(html("eisen"), `${q.nummer} op de eisen`).toMatch(new RegExp(`id="${id}"[\\s\\S]*?Vragen over deze eis[\\s\\S]*?${link.replace(/[/#.]/g, "\\$&")}`));
        if (kind === "subtender") expect(html(`subtenders/${id}`), `${q.nummer} op subtender ${id}`).toContain(link);
        if (kind === "segment") expect(html(`segmenten/${id}`), `${q.nummer} op segment ${id}`).toContain(link);
        if (kind === "begrip") expect(html("begrippen"), `${q.nummer} bij begrip ${id}`).toMatch(new RegExp(`id="${id}"[\\s\\S]*?Vragen over dit begrip[\\s\\S]*?${link.replace(/[/#.]/g, "\\$&")}`));
        if (kind === "hoofdstuk") expect(bestekPages.some((p) => html(p.slice(1)).includes(link)), `${q.nummer} op een bestekpagina`).toBe(true);
      }
    }
  });

  it("beperkt de lijst tot een perceel, en zonder JavaScript staan de vragen per subtender", async () => {
    const lotId = "crisispleegzorg";
    const lot = (parse(readFileSync(join(CONTENT, "subtenders/crisis.yaml"), "utf8")) as { percelen: { id: string; producten?: string[] }[] }).percelen.find((l) => l.id === lotId)!;
    const expected = questions
      .filter((q) => q.over.some((o) => o === `perceel:${lotId}` || lot.producten!.some((p) => o === `product:${p}`)))
      .map((q) => anchorOf(q.nummer));
    expect(expected.length).toBeGreaterThan(1);
    const page = await open(`/vragen/?over=perceel:${lotId}`);
    const visible = () => page.$$eval("article.question", (as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.querySelector("h3")!.id));
    expect((await visible()).sort()).toEqual([...expected].sort());
    expect(await page.$eval("[data-question-count]", (p) => p.textContent)).toContain(`${expected.length} vragen over`);
    expect(await axeViolations(page, "/vragen/")).toEqual([]);
    await page.select("#vragen-over", "");
    expect(await visible()).toHaveLength(questions.length);
    await page.close();

    const noJs = await open("/vragen/", { javascript: false });
    expect(await noJs.$eval("[data-question-filter]", (f) => (f as HTMLElement).offsetParent === null)).toBe(true);
    const listed = await noJs.$$eval(".questions-per-subtender a[href^='#']", (as) => as.map((a) => a.getAttribute("href")!.slice(1)));
    expect(new Set(listed)).toEqual(new Set(questions.map((q) => anchorOf(q.nummer))));
    const perSubtender = await noJs.$$eval(".questions-per-subtender h3", (hs) => hs.map((h) => h.textContent!.trim()));
    expect(perSubtender).toContain("Subtender Crisis");
    await noJs.close();
  });

  it("past op een telefoon van 360 px breed, ook met de keuzelijst", async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 740 });
    await page.goto(site.url + "/vragen/", { waitUntil: "load" });
    expect(await page.$eval("[data-question-filter]", (f) => (f as HTMLElement).offsetParent !== null)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await page.close();
  });

  it("vindt een vraag met de zoekfunctie op haar woorden en op haar referentie", async () => {
    const byWords = questions.find((q) => /taalontwikkelingsstoornis/i.test(q.vraag))!;
    const byReference = questions.find((q) => q.referentie && q.nummer !== byWords.nummer)!;
    for (const [query, q] of [["taalontwikkelingsstoornis", byWords], [byReference.referentie!, byReference]] as const) {
      const page = await open(`/zoeken/?q=${encodeURIComponent(query)}`);
      // Every result, once Pagefind has announced their count for this query and filled each in.
      const found = await allResults(page, query);
      expect(found, query).toContain(`/vragen/#${anchorOf(q.nummer)}`);
      await page.close();
    }
  });
});

describe("de Atom-feed", () => {
  it("is geldig Atom (RFC 4287): één item per versie en per nota, met absolute, unieke id's, tijden en werkende links", async () => {
    const page = await open("/");
    const feed = await page.evaluate(async () => {
      const res = await fetch("/feed.xml");
      const doc = new DOMParser().parseFromString(await res.text(), "application/xml");
      const ATOM = "http://www.w3.org/2005/Atom";
      const kids = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ATOM && c.localName === name);
      const root = doc.documentElement;
      return {
        status: res.status,
        type: res.headers.get("content-type"),
        error: doc.getElementsByTagName("parsererror").length > 0,
        root: `${root.namespaceURI} ${root.localName}`,
        feed: Object.fromEntries(["id", "title", "updated", "author"].map((n) => [n, kids(root, n).length])),
        self: kids(root, "link").some((l) => l.getAttribute("rel") === "self"),
        entries: kids(root, "entry").map((e) => ({
          counts: Object.fromEntries(["id", "title", "updated"].map((n) => [n, kids(e, n).length])),
          id: kids(e, "id")[0]?.textContent ?? "",
          title: kids(e, "title")[0]?.textContent ?? "",
          updated: kids(e, "updated")[0]?.textContent ?? "",
          alternate: kids(e, "link").filter((l) => (l.getAttribute("rel") ?? "alternate") === "alternate").length,
          links: kids(e, "link").map((l) => l.getAttribute("href")!),
        })),
      };
    });
    expect(feed.status).toBe(200);
    expect(feed.error).toBe(false);
    expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
    expect(feed.feed).toEqual({ id: 1, title: 1, updated: 1, author: 1 });
    expect(feed.self).toBe(true);
    const tender = parse(readFileSync(join(CONTENT, "aanbesteding.yaml"), "utf8")) as { versie: string; datum: string };
    expect(feed.entries.map((e) => e.title).sort()).toEqual([
      `Versie ${tender.versie} van de aanbestedingsstukken (${new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${tender.datum}T00:00:00Z`))})`,
      ...notas.map((n) => `Nota van Inlichtingen ${n.nummer} (${new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(`${n.datum}T00:00:00Z`))})`),
    ].sort());
    for (const e of feed.entries) {
      expect(e.counts).toEqual({ id: 1, title: 1, updated: 1 });
      expect(e.id).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(e.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
      expect(e.alternate).toBe(1);
      for (const href of e.links) {
        const target = new URL(href, site.url);
        const res = await fetch(target);
        expect(res.status, href).toBe(200);
        if (target.hash) expect(await res.text(), href).toContain(`id="${target.hash.slice(1)}"`);
      }
    }
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
    await page.close();
  });

  it("staat in de kop van elke pagina als <link rel=\"alternate\">", () => {
    const pages = sitePages(join(root, "site"));
    expect(pages.length).toBeGreaterThan(20);
    for (const path of pages) {
      const file = join(root, "site", path.endsWith("/") ? `${path}index.html` : path);
      expect(readFileSync(file, "utf8"), path).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/feed\.xml"/);
    }
  });

  it("houdt de id van een nota en van een versie vast over builds en wijzigingen heen", () => {
    const nota = (antwoord: string, datum: string) => ({ file: "nota-van-inlichtingen/1.yaml", write: `nummer: 1\ndatum: ${datum}\nvragen:\n  - nummer: "1.1"\n    over: [perceel:spoedteams]\n    vraag: Hoe snel?\n    antwoord: ${antwoord}\n` });
    const ids = (feed: string) => [...feed.matchAll(/<entry>\s*<id>([^<]+)<\/id>\s*<title>([^<]+)<\/title>/g)].map((m) => [m[2].replace(/ \(.*\)$/, ""), m[1]]);
    const first = ids(atomFeed(modelAfter(nota("Binnen twee uur.", "2025-09-22")), []));
    const again = ids(atomFeed(modelAfter(nota("Binnen twee uur.", "2025-09-22")), []));
    const edited = ids(atomFeed(modelAfter(nota("Binnen drie uur.", "2025-09-23")), []));
    expect(first).toHaveLength(2);
    expect(again).toEqual(first);
    expect(Object.fromEntries(edited)).toEqual(Object.fromEntries(first));
    const newVersion = ids(atomFeed(modelAfter(nota("Binnen twee uur.", "2025-09-22"), { file: "aanbesteding.yaml", replace: 'versie: "2.1"', with: 'versie: "2.2"' }), []));
    expect(Object.fromEntries(newVersion)["Nota van Inlichtingen 1"]).toBe(Object.fromEntries(first)["Nota van Inlichtingen 1"]);
    expect(newVersion.find(([t]) => t.startsWith("Versie"))![1]).not.toBe(first.find(([t]) => t.startsWith("Versie"))![1]);
    // Built with --compare against version 2.1: that version keeps the id it had when it was the current one.
    const compared = Object.fromEntries(ids(atomFeed(modelAfter(nota("Binnen twee uur.", "2025-09-22"), { file: "aanbesteding.yaml", replace: 'versie: "2.1"', with: 'versie: "2.2"' }), [], { versie: "2.1", datum: "2025-09-01" })));
    expect(compared["Versie 2.1 van de aanbestedingsstukken"]).toBe(Object.fromEntries(first)["Versie 2.1 van de aanbestedingsstukken"]);
    expect(compared["Versie 2.2 van de aanbestedingsstukken"]).toBeDefined();
  });
});
