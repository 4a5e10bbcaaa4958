/**
 * The same fact reads the same on the website and in the PDFs (issue 22): an
 * eis with its proof and scope, a product's facts, a lot's contractor count.
 * Both media are read as a reader gets them (the built pages' HTML, the PDFs'
 * text); the facts a test expects come from the content's YAML.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { planDocuments } from "../../src/documents/build-documents.ts";
import { leidraadPlan } from "../../src/documents/outline.ts";
import { walk, type NumberedSection } from "../../src/documents/section.ts";
import type { Model } from "../../src/model/types.ts";
import { shared, type SharedName } from "../shared/builds.ts";
import { pdftotext } from "../pdf/helpers.ts";
import { PAGE_BREAK, pdfBodies } from "./bestek-text.ts";

const TENDERS: [string, SharedName][] = [["voorbeeld", "voorbeeld"], ["rijnmond", "rijnmond"], ["klein", "vijandig"]];

/** Text without its line breaks and spaces: a PDF wraps cells where the site does not. */
const squash = (s: string) => s.split(PAGE_BREAK).join("").replace(/\s+/g, "");

/**
 * A PDF names where a cross-reference's target is ("(zie bijlage 1 …, § 10, begrip …)") where
 * the site links to it: the one place the media may differ in words (src/markdown/see-also.ts).
 */
const withoutSeeAlso = (s: string) => s.replace(/\s*\((?:zie\s|§)(?:[^()]|\([^()]*\))*\)/g, "");

const elements = (node: Root | Element): Element[] =>
  node.children.flatMap((c: RootContent) => (c.type === "element" ? [c, ...elements(c)] : []));
const hasClass = (e: Element, cls: string) => Array.isArray(e.properties.className) && e.properties.className.includes(cls);

/** A built page of the site as a tree. */
function page(out: string, path: string): Root {
  return fromHtml(readFileSync(join(out, "site", path, "index.html"), "utf8"));
}

/** The label → value pairs of the first `dl.facts` under `within`, as a reader reads them; folded parts count, their summary not. */
function siteFacts(within: Root | Element): Map<string, string> {
  const dl = elements(within).find((e) => e.tagName === "dl" && hasClass(e, "facts"));
  const out = new Map<string, string>();
  if (!dl) return out;
  const items = dl.children.filter((c): c is Element => c.type === "element");
  items.forEach((dt, i) => {
    if (dt.tagName !== "dt") return;
    const dd = structuredClone(items[i + 1]);
    for (const s of elements(dd).filter((e) => e.tagName === "summary")) s.children = [];
    for (const d of elements(dd).filter((e) => e.tagName === "details")) d.tagName = "span";
    out.set(toText(dt).trim(), toText(dd).replace(/\s+/g, " ").trim());
  });
  return out;
}

/** The body text of every numbered section of a bundle document, by anchor. */
function pdfSections(out: string, model: Model, inhoud: string, sections: NumberedSection[]): Map<string, string> {
  const manifest = JSON.parse(readFileSync(join(out, "mercell", "manifest.json"), "utf8")) as { bestanden: { nummer: string; bestand: string }[] };
  const attachment = model.tender.bijlagen.find((a) => a.inhoud === inhoud)!;
  const file = join(out, "mercell", manifest.bestanden.find((f) => f.nummer === attachment.nummer)!.bestand);
  const all = [...walk(sections)];
  const { bodies, missing } = pdfBodies(pdftotext(file, { raw: true }), all, model.tender, attachment.titel);
  expect(missing, `koppen in ${attachment.titel}`).toEqual([]);
  return new Map(all.map((s, i) => [s.anchor, withoutSeeAlso(bodies[i] ?? "")]));
}

/** Every YAML file of a content folder's subfolder, parsed. */
function yamlIn<T>(dir: string): T[] {
  return readdirSync(dir).filter((f) => f.endsWith(".yaml")).map((f) => parse(readFileSync(join(dir, f), "utf8")) as T);
}

interface ProductYaml { id: string; naam: string; groepsgrootte_max?: number; personeel: { registratie?: string[] }; leveringsvoorwaarden?: string[] }
interface LotYaml { id: string; nummer: string | number; naam: string; aantal_contractanten?: number; subpercelen?: LotYaml[]; producten?: string[]; voorwaarden?: { vereist_perceel?: string; vereist_product?: string }[] }
interface SubtenderYaml { id: string; procedure: string; percelen: LotYaml[] }

for (const [name, buildName] of TENDERS) {
  describe(`the same facts on the site and in the PDFs (${name})`, () => {
    const build = () => shared(buildName);
    const model = () => JSON.parse(readFileSync(join(build().out, "model.json"), "utf8")) as Model;

    it("states every eis with the same proof and scope on /eisen/, in the Eisen attachment and in the leidraad", () => {
      const { out, content } = build();
      const m = model();
      const eisen = page(out, "eisen");
      const articles = elements(eisen).filter((e) => e.tagName === "article");
      const catalogue = pdfSections(out, m, "eisen", planDocuments(m).plans.find((p) => p.attachment.inhoud === "eisen")!.sections);
      const leidraad = pdfSections(out, m, "bestek", leidraadPlan(m).doc.sections);
      const products = yamlIn<{ producten: ProductYaml[] }>(join(content, "segmenten")).flatMap((s) => s.producten);
      let inLeidraad = 0;
      // Every tender here has requirements in its eisen.yaml (klein the fewest: three).
      expect(m.requirements.length).toBeGreaterThanOrEqual(3);
      for (const req of m.requirements) {
        const article = articles.find((a) => elements(a).some((e) => e.tagName === "h3" && e.properties.id === req.id));
        expect(article, `/eisen/#${req.id}`).toBeDefined();
        const facts = siteFacts(article!);
        const scope = facts.get("Geldt voor")!;
        // The products that name it as a delivery condition in the YAML are part of its scope, in every medium.
        for (const p of products.filter((p) => p.leveringsvoorwaarden?.includes(req.id))) expect(scope, req.id).toContain(`product ${p.naam}`);
        const anchor = `s-eis-${req.id}`;
        for (const [label, value] of facts) expect(squash(catalogue.get(anchor)!), `${req.id} in de bijlage Eisen: ${label}`).toContain(squash(`${label} ${value}`));
        if (leidraad.has(anchor)) {
          inLeidraad++;
          for (const [label, value] of facts) expect(squash(leidraad.get(anchor)!), `${req.id} in de leidraad: ${label}`).toContain(squash(`${label} ${value}`));
        }
      }
      expect(inLeidraad).toBeGreaterThan(0);
    });

    it("states every product's facts on its page as the productenboek does, group size and registration included", () => {
      const { out, content } = build();
      const m = model();
      const boek = pdfSections(out, m, "productenboek", planDocuments(m).plans.find((p) => p.attachment.inhoud === "productenboek")!.sections);
      const products = yamlIn<{ producten: ProductYaml[] }>(join(content, "segmenten")).flatMap((s) => s.producten);
      // Every tender here has products in segmenten/ (klein the fewest: four).
      expect(products.length).toBeGreaterThanOrEqual(4);
      for (const p of products) {
        const productPage = page(out, `producten/${p.id}`);
        const facts = siteFacts(productPage);
        const body = boek.get(`s-product-${p.id}`)!;
        expect(facts.size, p.id).toBeGreaterThan(3);
        for (const [label, value] of facts) expect(squash(body), `${p.id}: ${label}`).toContain(squash(`${label} ${value}`));
        const size = p.groepsgrootte_max;
        expect(facts.get("Groepsgrootte"), p.id).toBe(size === undefined ? undefined : `ten hoogste ${size} ${size === 1 ? "jeugdige" : "jeugdigen"}`);
        // Where it is bought: every lot of the YAML that holds the product, one row each, the same row in the productenboek.
        const lotsWithIt = yamlIn<SubtenderYaml>(join(content, "subtenders")).flatMap((st) => st.percelen.flatMap((l) => [l, ...(l.subpercelen ?? [])])).filter((l) => l.producten?.includes(p.id));
        const where = elements(productPage).find((e) => e.tagName === "div" && hasClass(e, "table-wrap") && e.properties.ariaLabel === `Percelen met ${p.naam}`);
        const rows = where ? elements(where).filter((e) => e.tagName === "tr" && elements(e).some((c) => c.tagName === "td")) : [];
        expect(rows.length, `${p.id}: percelen met het product`).toBe(lotsWithIt.length);
        for (const lot of lotsWithIt) {
          const row = rows.find((r) => toText(r).includes(`${lot.nummer} ${lot.naam}`));
          expect(row, `${p.id}: perceel ${lot.nummer} ${lot.naam}`).toBeDefined();
          expect(squash(body), `${p.id}: perceel ${lot.naam} in het productenboek`).toContain(squash(toText(row!)));
        }
        if (!p.personeel.registratie?.length) {
          expect(facts.has("Registratie"), p.id).toBe(false);
          expect(toText(productPage)).not.toContain("geen registratie vereist");
          expect(squash(body)).not.toContain("Registratie");
        }
      }
    });

    it("states the conditions around a product in one wording on its page and in the productenboek", () => {
      const { out, content } = build();
      const m = model();
      const boek = pdfSections(out, m, "productenboek", planDocuments(m).plans.find((p) => p.attachment.inhoud === "productenboek")!.sections);
      const lots = yamlIn<SubtenderYaml>(join(content, "subtenders")).flatMap((s) => s.percelen.flatMap((l) => [l, ...(l.subpercelen ?? [])]));
      const productsOf = (l: LotYaml): string[] => [...(l.producten ?? []), ...(l.subpercelen ?? []).flatMap(productsOf)];
      // From the YAML: the products some lot requires, by name or through the lot they are in.
      const conditions = lots.flatMap((l) => l.voorwaarden ?? []);
      const required = new Set([
        ...conditions.flatMap((v) => (v.vereist_product ? [v.vereist_product] : [])),
        ...conditions.flatMap((v) => (v.vereist_perceel ? productsOf(lots.find((l) => l.id === v.vereist_perceel)!) : [])),
      ]);
      const withConditions = new Set(lots.filter((l) => l.voorwaarden?.length).flatMap(productsOf));
      const products = yamlIn<{ producten: ProductYaml[] }>(join(content, "segmenten")).flatMap((s) => s.producten);
      const pages = products.map((p) => ({ p, tree: page(out, `producten/${p.id}`) }));
      const clauses = pages.filter(({ tree }) => elements(tree).some((e) => e.tagName === "ul" && hasClass(e, "prerequisites")));
      expect(clauses.map(({ p }) => p.id).sort()).toEqual([...required].sort());
      for (const { p, tree } of clauses) {
        const items = elements(elements(tree).find((e) => e.tagName === "ul" && hasClass(e, "prerequisites"))!).filter((e) => e.tagName === "li");
        expect(items.length, p.id).toBeGreaterThan(0);
        for (const li of items) {
          const said = toText(li).replace(/\s+/g, " ").trim();
          expect(said, p.id).toMatch(/^Wie .+ gegund wil krijgen, moet ook .+\.$/);
          // The productenboek joins the same clauses in its fact "Voorwaarde voor".
          expect(squash(boek.get(`s-product-${p.id}`)!), p.id).toContain(squash(`w${said.slice(1, -1)}`));
        }
        expect(squash(boek.get(`s-product-${p.id}`)!), p.id).toContain(squash("Voorwaarde voor wie"));
      }
      for (const { p, tree } of pages) {
        const kids = elements(tree);
        const headings = kids.filter((e) => e.tagName === "h3" && /^Voorwaarde voor (sub)?perceel /.test(toText(e)));
        expect(headings.length > 0, p.id).toBe(withConditions.has(p.id));
        for (const h3 of headings) {
          const list = kids[kids.indexOf(h3) + 1 + elements(h3).length];
          expect(list.tagName, `${p.id}: ${toText(h3)}`).toBe("ul");
          expect(squash(boek.get(`s-product-${p.id}`)!), `${p.id}: ${toText(h3)}`).toContain(squash(`${toText(h3)}: ${toText(list)}`));
        }
      }
    });

    it("states every subtender's facts on its page as the leidraad and its attachment do", () => {
      const { out, content } = build();
      const m = model();
      const planned = planDocuments(m);
      const leidraad = pdfSections(out, m, "bestek", leidraadPlan(m).doc.sections);
      const all = yamlIn<SubtenderYaml & { naam: string; segmenten: string[] }>(join(content, "subtenders"));
      expect(all.length).toBeGreaterThan(1);
      for (const s of all) {
        const facts = siteFacts(page(out, `subtenders/${s.id}`));
        expect(facts.get("Procedure"), s.id).toBe(s.procedure === "aanbesteding" ? "aanbesteding met een vast aantal contractanten" : "toelating zonder maximum aantal contractanten");
        expect(facts.has("Segmenten"), s.id).toBe(true);
        const plan = planned.plans.find((p) => p.attachment.inhoud === `subtender:${s.id}`)!;
        const attachment = pdfSections(out, m, `subtender:${s.id}`, plan.sections).get(`s-subtender-${s.id}`)!;
        for (const [label, value] of facts) {
          expect(squash(leidraad.get(`s-subtender-${s.id}`)!), `${s.id} in de leidraad: ${label}`).toContain(squash(`${label} ${value}`));
          expect(squash(attachment), `${s.id} in de bijlage: ${label}`).toContain(squash(`${label} ${value}`));
        }
      }
    });

    it("explains a toelating in the same words on the subtender's page and in its attachment", () => {
      const { out, content } = build();
      const m = model();
      const planned = planDocuments(m);
      const admissions = yamlIn<SubtenderYaml>(join(content, "subtenders")).filter((s) => s.procedure === "toelating");
      expect(admissions.length).toBeGreaterThan(0);
      for (const s of admissions) {
        const lead = elements(page(out, `subtenders/${s.id}`)).find((e) => e.tagName === "p" && hasClass(e, "lead"))!;
        const said = toText(lead).replace(/\s+/g, " ").trim();
        expect(said, s.id).toContain("geen maximum aantal aanbieders");
        const plan = planned.plans.find((p) => p.attachment.inhoud === `subtender:${s.id}`);
        expect(plan, `bijlage van ${s.id}`).toBeDefined();
        expect(squash(pdfSections(out, m, `subtender:${s.id}`, plan!.sections).get("s-gunning-toelating")!), s.id).toBe(squash(said));
      }
    });

    it("says which lots require a lot in one wording on the lot's page and in the leidraad's lot section", () => {
      const { out, content } = build();
      const m = model();
      const leidraad = pdfSections(out, m, "bestek", leidraadPlan(m).doc.sections);
      const lotsOf = (l: LotYaml): LotYaml[] => [l, ...(l.subpercelen ?? [])];
      const all = yamlIn<SubtenderYaml>(join(content, "subtenders")).flatMap((s) => s.percelen.flatMap((l) => lotsOf(l).map((x) => ({ lot: x, top: s.percelen.includes(x) }))));
      // From the YAML: which lot requires which (`voorwaarden: - vereist_perceel: …`).
      const required = new Map<string, LotYaml[]>();
      for (const { lot } of all) for (const v of lot.voorwaarden ?? []) if (v.vereist_perceel) required.set(v.vereist_perceel, [...(required.get(v.vereist_perceel) ?? []), lot]);
      const pages = all.filter(({ lot }) => elements(page(out, `percelen/${lot.id}`)).some((e) => e.tagName === "p" && hasClass(e, "required-by")));
      expect(pages.map(({ lot }) => lot.id).sort()).toEqual([...required.keys()].sort());
      for (const { lot, top } of pages) {
        const p = elements(page(out, `percelen/${lot.id}`)).find((e) => e.tagName === "p" && hasClass(e, "required-by"))!;
        const said = toText(p).replace(/\s+/g, " ").trim();
        expect(said, lot.id).toMatch(/^Wie .+ gegund wil krijgen, moet ook voor dit hele perceel gecontracteerd zijn\.$/);
        for (const other of required.get(lot.id)!) expect(said, `${lot.id} ← ${other.id}`).toContain(`${other.nummer} ${other.naam}`);
        // The leidraad states it as the lot's fact "Voorwaarde voor": the same words, as a value.
        if (top) expect(squash(leidraad.get(`s-perceel-${lot.id}`)!), lot.id).toContain(squash(`Voorwaarde voor w${said.slice(1, -1)}`));
      }
    });

    it("words the tie-break the same on a competitive subtender's page, in its attachment and in the leidraad", () => {
      const { out, content } = build();
      const m = model();
      const planned = planDocuments(m);
      const leidraad = pdfSections(out, m, "bestek", leidraadPlan(m).doc.sections).get("s-gunning-gelijk")!;
      const competitive = yamlIn<SubtenderYaml>(join(content, "subtenders")).filter((s) => s.procedure === "aanbesteding");
      expect(competitive.length).toBeGreaterThan(0);
      for (const s of competitive) {
        const body = elements(page(out, `subtenders/${s.id}`)).find((e) => e.tagName === "body")!;
        const parent = elements(body).find((e) => e.children.some((c) => c.type === "element" && c.tagName === "h2" && c.properties.id === "rangorde"))!;
        const kids = parent.children.filter((c): c is Element => c.type === "element");
        const start = kids.findIndex((e) => e.tagName === "h3" && kids.indexOf(e) > kids.findIndex((x) => x.properties.id === "rangorde"));
        const end = kids.findIndex((e, i) => i > start && (e.tagName === "h2" || e.tagName === "h3"));
        const said = kids.slice(start + 1, end < 0 ? undefined : end).map((e) => toText(e)).join(" ");
        expect(toText(kids[start]), s.id).toBe("Gelijke scores");
        expect(said, s.id).toContain("bepaalt een notaris de volgorde door loting");
        const plan = planned.plans.find((p) => p.attachment.inhoud === `subtender:${s.id}`)!;
        expect(squash(pdfSections(out, m, `subtender:${s.id}`, plan.sections).get("s-gunning-gelijk")!), s.id).toBe(squash(said));
        expect(squash(leidraad), s.id).toBe(squash(said));
      }
    });

    it("states every lot's contractor count in one wording on its page, in its subtender's table and in the leidraad", () => {
      const { out, content } = build();
      const m = model();
      const leidraad = pdfSections(out, m, "bestek", leidraadPlan(m).doc.sections);
      const subtenders = yamlIn<SubtenderYaml>(join(content, "subtenders"));
      // Three subtenders in the example and Rijnmond, two in klein.
      expect(subtenders.length).toBeGreaterThanOrEqual(2);
      for (const s of subtenders) {
        const table = elements(page(out, `subtenders/${s.id}`)).find((e) => e.tagName === "table" && elements(e).some((x) => x.tagName === "th" && toText(x) === "Aantal contractanten"))!;
        const rows = elements(table).filter((e) => e.tagName === "tr").map((tr) => elements(tr).filter((c) => c.tagName === "td" || c.tagName === "th").map((c) => toText(c).trim()));
        for (const lot of s.percelen.flatMap((l) => [{ lot: l, top: true }, ...(l.subpercelen ?? []).map((x) => ({ lot: x, top: false }))])) {
          const n = lot.lot.aantal_contractanten;
          const expected = s.procedure === "toelating" ? "geen maximum (toelating)" : n === undefined ? "per subperceel" : `${n} ${n === 1 ? "contractant" : "contractanten"}`;
          const id = lot.lot.id;
          expect(siteFacts(page(out, `percelen/${id}`)).get("Aantal contractanten"), id).toBe(expected);
          expect(rows.find((r) => r[0] === String(lot.lot.nummer))?.[2], `${s.id}: rij ${lot.lot.nummer}`).toBe(expected);
          if (lot.top) expect(squash(leidraad.get(`s-perceel-${id}`)!), id).toContain(squash(`Aantal contractanten ${expected}`));
        }
      }
    });
  });
}

interface MilestoneYaml { id: string; mijlpaal: string; toelichting?: string }

for (const [name, buildName] of TENDERS) {
  describe(`the planning on the site and in the leidraad (${name})`, () => {
    it("gives every milestone of aanbesteding.yaml the same name, date and toelichting on /planning/ and in the leidraad's Planning", () => {
      const { out, content } = shared(buildName);
      const m = JSON.parse(readFileSync(join(out, "model.json"), "utf8")) as Model;
      const milestones = (parse(readFileSync(join(content, "aanbesteding.yaml"), "utf8")) as { planning: MilestoneYaml[] }).planning;
      expect(milestones.length).toBeGreaterThan(4);
      const sections = leidraadPlan(m).doc.sections;
      const planning = sections.find((s) => s.title === "Planning")!;
      const leidraad = squash(pdfSections(out, m, "bestek", sections).get(planning.anchor)!);
      const items = elements(page(out, "planning")).filter((e) => e.tagName === "li");
      for (const yaml of milestones) {
        const li = items.find((e) => e.properties.id === yaml.id);
        expect(li, `/planning/#${yaml.id}`).toBeDefined();
        const time = elements(li!).find((e) => e.tagName === "time")!;
        expect(toText(li!), yaml.id).toContain(yaml.mijlpaal);
        expect(leidraad, `${yaml.id} in de leidraad`).toContain(squash(yaml.mijlpaal));
        expect(leidraad, `${yaml.id}: ${toText(time)}`).toContain(squash(toText(time)));
        const note = elements(li!).find((e) => e.tagName === "div");
        if (yaml.toelichting) expect(leidraad, `${yaml.id}: toelichting`).toContain(squash(withoutSeeAlso(toText(note!))));
      }
    });
  });
}
