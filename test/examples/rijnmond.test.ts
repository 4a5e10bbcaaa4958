/**
 * The second example tender (examples/rijnmond) built once with the real CLI, as a
 * team would, and read back: the site pages, the PDF attachments and the manifest.
 * Every expected value comes from the YAML of the example, never from the build.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Model } from "../../src/model/types.ts";
import type { Manifest } from "../../src/pdf/manifest.ts";
import { escapeRe, flat, pdftotext, phrase, readJson } from "../pdf/helpers.ts";
import { sitePages } from "../site/build-fixtures.ts";
import { shared } from "../shared/builds.ts";

const CONTENT = "examples/rijnmond";

interface Criterion { id: string; naam: string; weging: number }
interface Condition { vereist_product?: string; vereist_perceel?: string; toelichting?: string }
interface LotYaml {
  id: string;
  nummer: string;
  naam: string;
  aantal_contractanten?: number;
  voorwaarden?: Condition[];
  gunningscriteria?: Criterion[];
  subpercelen?: LotYaml[];
}
interface SubtenderYaml { id: string; naam: string; procedure: "aanbesteding" | "toelating"; gunningscriteria?: Criterion[]; percelen: LotYaml[] }
interface TenderYaml { kenmerk: string; subtenders: string[]; bijlagen: { nummer: string; inhoud: string }[] }
/** A lot or sub-lot with the subtender it belongs to and, for a sub-lot, its lot. */
interface LotRef { lot: LotYaml; subtender: SubtenderYaml; parent?: LotYaml }

const readYaml = <T>(file: string): T => parse(readFileSync(join(CONTENT, file), "utf8")) as T;
const tender = readYaml<TenderYaml>("aanbesteding.yaml");
const subtenders = tender.subtenders.map((id) => readYaml<SubtenderYaml>(`subtenders/${id}.yaml`));
const lots: LotRef[] = subtenders.flatMap((subtender) =>
  subtender.percelen.flatMap((lot) => [{ lot, subtender }, ...(lot.subpercelen ?? []).map((sub) => ({ lot: sub, subtender, parent: lot }))]),
);
const lotById = new Map(lots.map((l) => [l.lot.id, l]));
const label = (lot: LotYaml) => `${lot.nummer} ${lot.naam}`;

/** Markdown as a reader sees it: link targets gone, emphasis marks gone, whitespace single. */
const prose = (markdown: string) => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_]/g, "").replace(/\s+/g, " ").trim();

const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
/** The text of an HTML fragment, whitespace single; a tag counts as a space. */
const text = (html: string) => decode(html.replace(/<[^>]*>/g, " ")).replace(/\s+/g, " ").replace(/ ([.,:;])/g, "$1").trim();

/**
 * PDF text without the running head and foot: lines (digits masked) that recur on
 * every page after the cover are the page furniture, so prose split by a page
 * break reads as one sentence again.
 */
function withoutRunningHeads(raw: string): string {
  const pages = raw.split("\f").filter((p) => p.trim());
  if (pages.length < 3) return raw;
  const key = (line: string) => line.trim().replace(/\d+/g, "#");
  const onEvery = pages.slice(1).map((p) => new Set(p.split("\n").map(key))).reduce((a, b) => new Set([...a].filter((k) => b.has(k))));
  onEvery.delete("");
  return pages.map((p) => p.split("\n").filter((line) => !onEvery.has(key(line))).join("\n")).join("\n");
}

let out: string;
let site: string;
let manifest: Manifest;
/** The model the build wrote (model.json): what the build made of the YAML. */
let model: Model;
/** Flattened PDF text (-raw, running heads removed) of each subtender's attachment, by subtender id. */
const subtenderPdf = new Map<string, string>();

const html = (path: string) => readFileSync(join(site, path, path.endsWith(".html") ? "" : "index.html"), "utf8");
const main = (page: string) => page.match(/<main\b[^>]*>([\s\S]*?)<\/main>/)![1];
/** The part of a page from an <h2> with this text up to the next <h2>. */
function section(page: string, heading: string): string {
  const open = page.match(new RegExp(`<h2[^>]*>\\s*${escapeRe(heading)}\\s*</h2>`));
  if (!open) return "";
  const rest = page.slice(open.index! + open[0].length);
  const end = rest.search(/<h2[\s>]/);
  return end < 0 ? rest : rest.slice(0, end);
}
/** The rows of the first criteria table in a piece of HTML: row header → text of the row. */
function criteriaRows(fragment: string): Map<string, string> {
  const table = fragment.match(/<table[\s\S]*?<\/table>/)?.[0] ?? "";
  return new Map(
    [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)]
      .map((m) => m[1])
      .filter((row) => row.includes('scope="row"'))
      .map((row) => [text(row.match(/<th\b[^>]*scope="row"[^>]*>([\s\S]*?)<\/th>/)![1]), text(row)] as const),
  );
}
const attachmentFile = (inhoud: string) => {
  const nummer = tender.bijlagen.find((b) => b.inhoud === inhoud)?.nummer;
  const entry = manifest.bestanden.find((f) => f.nummer === nummer);
  if (!entry) throw new Error(`geen bijlage met inhoud ${inhoud} in manifest.json`);
  return join(out, "mercell", entry.bestand);
};

beforeAll(() => {
  out = shared("rijnmond").out;
  site = join(out, "site");
  manifest = readJson<Manifest>(join(out, "mercell", "manifest.json"));
  model = readJson<Model>(join(out, "model.json"));
  for (const s of subtenders) subtenderPdf.set(s.id, flat(withoutRunningHeads(pdftotext(attachmentFile(`subtender:${s.id}`), { raw: true }))));
});


describe("het tweede voorbeeld (Rijnmond)", () => {
  it("heeft de vorm waarvoor het bestaat: percelen met subpercelen, een toelating, eigen criteria en een voorwaarde op een subperceel", () => {
    // What the build made of it (model.json), written from the YAML: the subtenders of aanbesteding.yaml with their
    // procedure (two aanbestedingen and a toelating), the lots of subtenders/*.yaml in that order, sub-lots B4a–c in
    // perceel B4 with its own criteria (subtenders/prestatieaanbieders.yaml), B4c's condition on perceel B1, and the
    // kenmerk as written (with ’, / and a space). The tests per lot below run over the same lots.
    expect(model.subtenders.map((s) => [s.id, s.procedure])).toEqual([["systeemaanbieders", "aanbesteding"], ["prestatieaanbieders", "aanbesteding"], ["flexaanbieders", "toelating"]]);
    expect(model.lots.map((l) => l.nummer)).toEqual(["A", "B1", "B2", "B3", "B4", "B4a", "B4b", "B4c", "B5", "C1", "C2"]);
    expect(model.lots.map((l) => l.id)).toEqual(lots.map((l) => l.lot.id));
    expect(model.lots.filter((l) => l.parentId).map((l) => `${model.lots.find((p) => p.id === l.parentId)!.nummer}/${l.nummer}`)).toEqual(["B4/B4a", "B4/B4b", "B4/B4c"]);
    expect(model.lots.filter((l) => l.eigenGunningscriteria).map((l) => l.nummer)).toEqual(["B4"]);
    expect(lots.filter((l) => l.lot.gunningscriteria).map((l) => l.lot.nummer)).toEqual(["B4"]);
    // The tests per condition below run for B4c's one condition.
    expect(conditioned.map(([name]) => name)).toEqual(["B4c Crisispleegzorg"]);
    expect(model.lots.filter((l) => l.parentId && l.voorwaarden.some((v) => v.statedOn === l.id && v.vereist_perceel === "pleegzorg")).map((l) => l.nummer)).toEqual(["B4c"]);
    expect(model.tender.kenmerk).toBe("GRJR/2021-JH’s 07");
    expect(manifest.kenmerk).toBe("GRJR/2021-JH’s 07");
    // A sub-lot and the toelating each have a page of their own.
    expect(text(html("/percelen/crisisopvang-pleeggezin/").match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)![1])).toMatch(/B4c Crisispleegzorg$/);
    const toelating = subtenders.find((s) => s.procedure === "toelating")!;
    expect(text(main(html(`/subtenders/${toelating.id}/`)))).toContain("toelating");
  });

  describe.each(lots.map((l) => [label(l.lot), l] as const))("perceel %s", (_name, { lot, subtender }) => {
    it("staat met label en naam op zijn perceelpagina", () => {
      const h1 = text(html(`/percelen/${lot.id}/`).match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)![1]);
      expect(h1).toMatch(new RegExp(`(^|\\s)${escapeRe(label(lot))}$`));
    });

    it("staat met label en naam in de perceeltabel van de subtenderpagina", () => {
      const rows = [...main(html(`/subtenders/${subtender.id}/`)).matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]);
      const row = rows.find((r) => r.includes(`href="/percelen/${lot.id}/"`));
      expect(row, `rij met een link naar /percelen/${lot.id}/`).toBeDefined();
      const cells = [...row!.matchAll(/<(?:td|th)\b[^>]*>([\s\S]*?)<\/(?:td|th)>/g)].map((m) => text(m[1]));
      expect(cells).toContain(lot.nummer);
      expect(text(row!)).toContain(lot.naam);
    });

    it("staat met label en naam in de PDF-bijlage van de subtender", () => {
      expect(subtenderPdf.get(subtender.id)).toMatch(new RegExp(`(^|\\s)${phrase(label(lot))}(\\s|[.,:;)]|$)`));
    });

    it("noemt zijn aantal contractanten op de perceelpagina (een toelating geen aantal)", () => {
      const facts = main(html(`/percelen/${lot.id}/`)).match(/<dt>\s*Aantal contractanten\s*<\/dt>\s*<dd>([\s\S]*?)<\/dd>/);
      expect(facts, "het gegeven Aantal contractanten").not.toBeNull();
      const shown = text(facts![1]);
      if (subtender.procedure === "toelating") expect(shown).not.toMatch(/\d/);
      else if (lot.aantal_contractanten !== undefined) expect(shown).toMatch(new RegExp(`(^|\\D)${lot.aantal_contractanten}(\\D|$)`));
      else expect(shown).not.toMatch(/\d/);
    });
  });

  describe.each(lots.filter((l) => l.parent).map((l) => [label(l.lot), l] as const))("subperceel %s", (_name, { lot, parent }) => {
    it("staat met zijn aantal contractanten op de pagina van zijn perceel", () => {
      const item = [...main(html(`/percelen/${parent!.id}/`)).matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]).find((li) => li.includes(`href="/percelen/${lot.id}/"`));
      expect(item, `subperceel ${lot.nummer} in de lijst van perceel ${parent!.nummer}`).toBeDefined();
      expect(text(item!)).toContain(label(lot));
      expect(text(item!)).toMatch(new RegExp(`\\D${lot.aantal_contractanten}(\\D|$)`));
    });
  });

  describe.each(lots.filter((l) => l.lot.gunningscriteria).map((l) => [label(l.lot), l] as const))("eigen gunningscriteria van perceel %s", (_name, { lot, subtender }) => {
    const own = lot.gunningscriteria!;

    it("tellen op tot 100 op de perceelpagina", () => {
      // The weights the build shows, one per criterion row, are the YAML's and add up to 100.
      const rows = criteriaRows(section(main(html(`/percelen/${lot.id}/`)), "Gunningscriteria"));
      const shown = [...rows.values()].map((row) => Number(/(?:^|\s)(\d+)%/.exec(row)?.[1]));
      expect(shown).toHaveLength(own.length);
      expect(shown).toEqual(own.map((c) => c.weging));
      expect(shown.reduce((sum, w) => sum + w, 0)).toBe(100);
    });

    it("staan met hun weging op de perceelpagina, in plaats van die van de subtender", () => {
      const rows = criteriaRows(section(main(html(`/percelen/${lot.id}/`)), "Gunningscriteria"));
      expect([...rows.keys()]).toEqual(own.map((c) => c.naam));
      for (const c of own) expect(rows.get(c.naam)).toMatch(new RegExp(`(^|\\s)${c.weging}%`));
    });

    it("staan met hun weging op de subtenderpagina, bij het perceel", () => {
      const page = main(html(`/subtenders/${subtender.id}/`));
      const heading = [...page.matchAll(/<h3\b[^>]*>([\s\S]*?)<\/h3>/g)].find((m) => m[1].includes(`href="/percelen/${lot.id}/"`));
      expect(heading, `kop met een link naar perceel ${lot.nummer}`).toBeDefined();
      const rows = criteriaRows(page.slice(heading!.index! + heading![0].length));
      expect([...rows.keys()]).toEqual(own.map((c) => c.naam));
      for (const c of own) expect(rows.get(c.naam)).toMatch(new RegExp(`(^|\\s)${c.weging}%`));
    });

    it("staan met hun weging in de PDF-bijlage, direct na de naam van het perceel", () => {
      const pdf = subtenderPdf.get(subtender.id)!;
      for (const c of own) expect(pdf).toMatch(new RegExp(`(^|\\s)${phrase(c.naam)} ${c.weging}%`));
      // The first weight after a mention of the lot is its own first criterion's, not the subtender's.
      expect(pdf).toMatch(new RegExp(`${phrase(label(lot))}[^%]{0,400}?${phrase(own[0].naam)} ${own[0].weging}%`));
    });
  });

  const conditioned = lots.flatMap((l) => (l.parent ? (l.lot.voorwaarden ?? []).filter((v) => v.vereist_perceel).map((v) => [label(l.lot), l, v] as const) : []));
  describe.each(conditioned)("de voorwaarde van subperceel %s", (_name, { lot, subtender, parent }, condition) => {
    const required = lotById.get(condition.vereist_perceel!)!.lot;
    const explanation = prose(condition.toelichting ?? "");

    it("verwijst naar een perceel van het voorbeeld", () => {
      expect(required).toBeDefined();
      expect(explanation.length).toBeGreaterThan(0);
      // The build kept the condition on this sub-lot, pointing at that lot, which it built a page for.
      const built = model.lots.find((l) => l.id === lot.id)!;
      const own = built.voorwaarden.filter((v) => v.statedOn === lot.id && v.vereist_perceel);
      expect(own.map((v) => v.vereist_perceel)).toEqual([required.id]);
      expect(prose(own[0].toelichting ?? "")).toBe(explanation);
      expect(model.lots.find((l) => l.id === required.id)?.requiredByLotIds).toContain(lot.id);
      expect(text(html(`/percelen/${required.id}/`).match(/<h1\b[^>]*>([\s\S]*?)<\/h1>/)![1])).toMatch(new RegExp(`(^|\\s)${escapeRe(label(required))}$`));
    });

    it("staat op de pagina van het subperceel", () => {
      const conditions = section(main(html(`/percelen/${lot.id}/`)), "Voorwaarden");
      expect(conditions).toContain(`href="/percelen/${required.id}/"`);
      expect(text(conditions)).toContain(label(required));
      expect(text(conditions)).toContain(explanation);
    });

    it("staat op de pagina van het perceel, bij het subperceel", () => {
      const conditions = section(main(html(`/percelen/${parent!.id}/`)), "Voorwaarden");
      expect(conditions).toContain(`href="/percelen/${lot.id}/"`);
      expect(conditions).toContain(`href="/percelen/${required.id}/"`);
      expect(text(conditions)).toMatch(new RegExp(`${escapeRe(label(lot))}[\\s\\S]*${escapeRe(label(required))}[\\s\\S]*${escapeRe(explanation)}`));
    });

    it("staat in de PDF-bijlage, bij het subperceel", () => {
      const pdf = subtenderPdf.get(subtender.id)!;
      expect(pdf).toMatch(new RegExp(`${phrase(label(lot))}[^]{0,200}?${phrase(label(required))}\\.?\\s+${phrase(explanation)}`));
    });
  });

  describe("het kenmerk, precies zoals geschreven", () => {
    it("staat in de kop en de voet van elke pagina van de website", () => {
      const pages = sitePages(site);
      expect(pages.length).toBeGreaterThan(lots.length);
      const missing: string[] = [];
      for (const path of pages) {
        const page = html(path);
        // A page that only forwards the reader (meta refresh) is not read.
        if (/<meta http-equiv="refresh"/i.test(page)) continue;
        const header = page.match(/<header class="site"[\s\S]*?<\/header>/)?.[0] ?? "";
        const footer = page.match(/<footer class="site"[\s\S]*?<\/footer>/)?.[0] ?? "";
        if (!text(header).includes(tender.kenmerk)) missing.push(`${path} (kop)`);
        if (!text(footer).includes(tender.kenmerk)) missing.push(`${path} (voet)`);
      }
      expect(missing).toEqual([]);
    });

    it("staat op elke pagina van elke PDF-bijlage", () => {
      expect(manifest.bestanden.length).toBe(tender.bijlagen.length);
      const missing: string[] = [];
      for (const f of manifest.bestanden) {
        const pages = pdftotext(join(out, "mercell", f.bestand), { raw: true }).split("\f").filter((p) => p.trim());
        expect(pages.length).toBe(f.paginas);
        pages.forEach((p, i) => {
          if (!flat(p).includes(tender.kenmerk)) missing.push(`${f.bestand}, pagina ${i + 1}`);
        });
      }
      expect(missing).toEqual([]);
    });

    it("staat in manifest.json en sluit elke rij van manifest.csv af", () => {
      expect(manifest.kenmerk).toBe(tender.kenmerk);
      const rows = readFileSync(join(out, "mercell", "manifest.csv"), "utf8").trimEnd().split("\r\n").slice(1);
      expect(rows).toHaveLength(manifest.bestanden.length);
      for (const row of rows) expect(row.endsWith(`;${tender.kenmerk}`)).toBe(true);
    });
  });
});
