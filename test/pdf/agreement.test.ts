import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIRST_NEW_ARTICLE } from "../../src/content/agreement-articles.ts";
import { buildDocuments } from "../../src/documents/build-documents.ts";
import { agreementKind } from "../../src/wording/agreement.ts";
import type { Lot, Model, Subtender } from "../../src/model/types.ts";
import { bookmarkTitles, build, flat, leidraad, loadModel, pdftotext, phrase, type Built } from "./helpers.ts";

/**
 * The agreement per subtender (bijlage `overeenkomst:<id>`), built once from a
 * copy of test/fixtures/klein (no `bijlagen`: the default set) with two extra
 * `teksten/` chapters with `document: overeenkomst`: one replaces the standard
 * article `geschillen`, one adds a new article after the standard ones.
 */
const REPLACED = "geschillen";
const OWN = { titel: "Geschillen bij de regio", text: "Een geschil leggen partijen eerst voor aan de geschillencommissie van de regio." };
const ADDED = { titel: "Social return", text: "De opdrachtnemer besteedt twee procent van de omzet aan werk voor mensen met een afstand tot de arbeidsmarkt." };

let b: Built;
let dir: string;
const texts = new Map<string, string>();
const files = new Map<string, string>();

/** -raw text without the running header and footer, so a sentence across a page break reads as one. */
function bodyText(file: string, m: Model): string {
  const head = `${m.tender.kenmerk} · ${m.tender.titel}`;
  return flat(
    pdftotext(file, { raw: true })
      .split(/[\n\f]/)
      .filter((line) => !line.startsWith(head) && !/^Versie .* · pagina \d+ van \d+$/.test(line.trim()))
      .join("\n"),
  );
}

const lotsOf = (m: Model, s: Subtender): Lot[] => m.lots.filter((l) => l.subtenderId === s.id);

/**
 * What the agreements must say, written out from the YAML of test/fixtures/klein
 * (never computed by the code that writes them). The fixture's `overeenkomst`:
 * 48 months from its ingangsdatum 2026-01-01, one extension of 12, 6 months'
 * notice, a fixed 2.5% indexation on 1 oktober.
 */
const KLEIN = parse(readFileSync("test/fixtures/klein/aanbesteding.yaml", "utf8")) as { overeenkomst: unknown; planning: { id: string; datum: string }[] };
const FACTS = [
  "Ingangsdatum 1 januari 2026",
  "Looptijd 48 maanden, tot en met 31 december 2029",
  "Verlengingen één verlenging van 12 maanden, naar het oordeel van de opdrachtgever; de opdrachtgever maakt een verlenging uiterlijk drie maanden vóór het einde van de lopende termijn schriftelijk bekend, voor alle overeenkomsten van dezelfde subtender en op dezelfde voorwaarden",
  "Maximale looptijd 60 maanden, uiterlijk tot en met 31 december 2030",
  // The opzegtermijn once, in the text of article 6 with who may give notice, not a second time in its table.
  "schriftelijk opzeggen met een opzegtermijn van zes maanden",
  // The agreement speaks of the opdrachtgever, never as "wij"; the indexation is a sentence of article 7.
  "De tarieven worden geïndexeerd: jaarlijks met 2,5%, vastgesteld op peildatum 1 oktober. De geïndexeerde tarieven gelden met ingang van 1 januari van elk jaar",
];
/** The agreement's title per subtender, and each product's unit, tariff and tariff year, from the subtenders/ and segmenten/ YAML. */
const TITLES: Record<string, string> = { spoed: "Raamovereenkomst Subtender Spoed", "toelating-noord": "Toelatingsovereenkomst Toelating ambulante hulp" };
const PRICES: Record<string, [naam: string, unit: string, tariff: string][]> = {
  spoed: [["Spoedbed", "etmaal", "€ 412,35 2026"], ["Spoedteam", "budget per jaar", "€ 250.000,00 2026"]],
  "toelating-noord": [["Gezinsbegeleiding", "uur", "€ 68,40 2026"], ["Gezinstherapie", "minuut", "€ 2,05 2026"]],
};
/** The subtenders of aanbesteding.yaml, in their order: the agreements' order too. */
const SUBTENDERS = ["spoed", "toelating-noord"];
/** aanbesteding.yaml's aanbestedende_dienst: naam and namens. */
const BUYER = { naam: "Gemeenschappelijke Regeling Jeugd Noord", namens: "namens de gemeenten Appingedam, Delfzijl en Loppersum" };
/** Each subtender's name, from subtenders/spoed.yaml and subtenders/toelating-noord.yaml. */
const NAMES: Record<string, string> = { spoed: "Subtender Spoed", "toelating-noord": "Toelating ambulante hulp" };
/**
 * Each subtender's lots as the agreement names them, with what it says of their contractors, from
 * subtenders/spoed.yaml (perceel 1 Spoedbedden with sub-lots 1a Oost (1) and 1b West (2), perceel 2
 * Spoedteams (3)) and subtenders/toelating-noord.yaml (perceel 1 Ambulante hulp, a toelating: no maximum).
 */
const LOTS: Record<string, { name: string; contractors?: string }[]> = {
  spoed: [
    { name: "perceel 1 Spoedbedden" },
    { name: "subperceel 1a Oost", contractors: "De opdrachtgever contracteert voor subperceel 1a Oost één opdrachtnemer." },
    { name: "subperceel 1b West", contractors: "De opdrachtgever contracteert voor subperceel 1b West twee opdrachtnemers." },
    { name: "perceel 2 Spoedteams", contractors: "De opdrachtgever contracteert voor perceel 2 Spoedteams drie opdrachtnemers." },
  ],
  "toelating-noord": [{ name: "perceel 1 Ambulante hulp", contractors: "Voor perceel 1 Ambulante hulp geldt geen maximum aantal aanbieders." }],
};
/** The toewijzing of each lot of subtenders/spoed.yaml that has one: perceel 1 Spoedbedden and perceel 2 Spoedteams. */
const ALLOCATIONS: Record<string, string[]> = {
  spoed: [
    "In subperceel 1b kiest de verwijzer met de jeugdige en ouders een van de twee aanbieders; zonder voorkeur gaat de plaatsing om en om naar de aanbieder met een vrij bed.",
    "De jeugdige en ouders kiezen een van de drie spoedteams. Zonder keuze wijst de verwijzer het team toe dat het dichtst bij het gezin werkt.",
  ],
  "toelating-noord": [],
};
/**
 * The leverings- and contractvoorwaarden of eisen.yaml per agreement: only `bereikbaarheid`
 * (a leveringsvoorwaarde of the product Spoedbed in segmenten/spoed.yaml, bought in Subtender Spoed).
 */
const CONDITIONS: Record<string, { titel: string; tekst: string }[]> = {
  spoed: [{ titel: "Bereikbaarheid dag en nacht", tekst: "De aanbieder is 24 uur per dag en 7 dagen per week bereikbaar." }],
  "toelating-noord": [],
};
/** No volume guarantee: Subtender Spoed buys the task-funded Spoedteam (a budget), the toelating does not. */
const NO_GUARANTEE = "geen recht op een minimale omvang aan opdrachten of omzet. Welke aanbieder een jeugdige helpt, volgt uit de verwijzing, de keuze van de jeugdige en zijn ouders en de verdeling van het werk die bij een perceel staat.";
const GUARANTEE: Record<string, string> = {
  spoed: `Voor producten met inspanningsgerichte of outputgerichte bekostiging geeft een overeenkomst ${NO_GUARANTEE} Voor producten met taakgerichte bekostiging (een budget of lumpsum) betaalt de opdrachtgever het bedrag uit het productenboek, geïndexeerd zoals de overeenkomst bepaalt; dat bedrag wijzigt alleen zoals de overeenkomst dat regelt.`,
  "toelating-noord": `Een overeenkomst geeft ${NO_GUARANTEE}`,
};
/** Joining later (toetreding: momenten [1 januari, 1 juli], beslistermijn_weken 6), and what it does not change. */
const ENTRY = "In Toelating ambulante hulp kunnen andere aanbieders ook tijdens de looptijd toetreden: elk jaar op 1 januari en 1 juli. De opdrachtgever beslist binnen zes weken na ontvangst van een volledige aanvraag.";
const SAME_END_DATE = "Een aanbieder die later toetreedt, krijgt dezelfde overeenkomst als de anderen, met dezelfde einddatum: toetreden verlengt de looptijd niet.";
/** The standard articles every agreement has, by id, in their order. */
const STANDARD_ARTICLES = [
  ["kwaliteit", "Kwaliteit en verantwoording"],
  ["privacy", "Gegevensuitwisseling en privacy"],
  ["aansprakelijkheid", "Aansprakelijkheid en verzekering"],
  ["wijziging", "Wijziging van de overeenkomst"],
  ["opschorting-en-ontbinding", "Opschorting en ontbinding"],
  ["continuiteit", "Continuïteit van zorg bij beëindiging"],
  ["geschillen", "Geschillen en toepasselijk recht"],
] as const;
/** The default set of attachments (no `bijlagen` in the fixture) puts the agreements at 6 and 7. */
const ATTACHMENTS_SENTENCE =
  "De overeenkomst staat per subtender in een eigen bijlage: de raamovereenkomst voor Subtender Spoed in bijlage 6 Raamovereenkomst Subtender Spoed en de toelatingsovereenkomst voor Toelating ambulante hulp in bijlage 7 Toelatingsovereenkomst Toelating ambulante hulp. Met uw inschrijving aanvaardt u de overeenkomst van elke subtender waarvoor u inschrijft, zoals zij daar staat.";

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), "overeenkomst-")), "inhoud");
  cpSync("test/fixtures/klein", dir, { recursive: true });
  writeFileSync(join(dir, `teksten/90-${REPLACED}.md`), `---\ntitel: ${OWN.titel}\nvolgorde: 90\ndocument: overeenkomst\n---\n${OWN.text}\n`);
  writeFileSync(join(dir, `teksten/91-artikel-${FIRST_NEW_ARTICLE}.md`), `---\ntitel: ${ADDED.titel}\nvolgorde: 91\ndocument: overeenkomst\n---\n${ADDED.text}\n`);
  b = await build(dir);
  b.model.tender.bijlagen.forEach((a, i) => {
    if (!a.inhoud.startsWith("overeenkomst:")) return;
    const file = join(b.out, b.manifest.bestanden[i].bestand);
    files.set(a.inhoud.slice("overeenkomst:".length), file);
    texts.set(a.inhoud.slice("overeenkomst:".length), bodyText(file, b.model));
  });
});

afterAll(() => {
  if (b) rmSync(b.out, { recursive: true, force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("de overeenkomst per subtender als PDF-bijlage", () => {
  it("maakt zonder bijlagen één overeenkomst per subtender, na de bijlagen van de subtenders", () => {
    const inhoud: string[] = b.model.tender.bijlagen.map((a) => a.inhoud);
    const agreements = b.model.subtenders.map((s) => `overeenkomst:${s.id}`);
    expect(inhoud.filter((i) => i.startsWith("overeenkomst:"))).toEqual(agreements);
    expect(Math.max(...b.model.subtenders.map((s) => inhoud.indexOf(`subtender:${s.id}`)))).toBeLessThan(inhoud.indexOf(agreements[0]));
    expect(b.manifest.bestanden).toHaveLength(inhoud.length);
    expect([...files.keys()]).toEqual(b.model.subtenders.map((s) => s.id));
  });

  it("geeft een aanbesteding een raamovereenkomst en een toelating een toelatingsovereenkomst", () => {
    const expected: Record<string, string> = { spoed: "raamovereenkomst", "toelating-noord": "toelatingsovereenkomst" };
    // The default set numbers the agreements 6 and 7; kenmerk RN-2025-014 (aanbesteding.yaml).
    const NUMBERS: Record<string, string> = { spoed: "6", "toelating-noord": "7" };
    expect(b.model.subtenders.map((s) => s.id)).toEqual(SUBTENDERS);
    for (const s of b.model.subtenders) {
      expect(agreementKind(s)).toBe(expected[s.id]);
      const text = texts.get(s.id)!;
      const other = expected[s.id] === "raamovereenkomst" ? "toelatingsovereenkomst" : "raamovereenkomst";
      expect(text).toContain(`Partijen sluiten deze ${expected[s.id]} voor ${NAMES[s.id]}`);
      expect(text.toLowerCase()).not.toContain(other);
      const a = b.model.tender.bijlagen.find((x) => x.inhoud === `overeenkomst:${s.id}`)!;
      expect(a.titel).toBe(TITLES[s.id]);
      expect(text).toContain(`Bijlage ${NUMBERS[s.id]} · RN-2025-014`);
    }
  });

  it("noemt de partijen: de dienst namens de gemeenten en de opdrachtnemer om in te vullen", () => {
    expect([...texts.keys()]).toEqual(SUBTENDERS);
    for (const id of SUBTENDERS) {
      const text = texts.get(id)!;
      expect(text, id).toMatch(new RegExp(phrase(`De opdrachtgever: ${BUYER.naam}`)));
      expect(text, id).toContain(BUYER.namens);
      expect(text).toMatch(/De opdrachtnemer: Naam …+/);
    }
  });

  it("noemt elk perceel met zijn label en naam, en in een raamovereenkomst het aantal opdrachtnemers", () => {
    expect([...texts.keys()]).toEqual(SUBTENDERS);
    for (const id of SUBTENDERS) {
      const text = texts.get(id)!;
      for (const lot of LOTS[id]) {
        expect(text, id).toContain(lot.name);
        if (lot.contractors) expect(text, id).toContain(lot.contractors);
      }
      for (const allocation of ALLOCATIONS[id]) expect(text, id).toContain(allocation);
      // The other subtender's lots are not in this agreement.
      for (const lot of SUBTENDERS.filter((x) => x !== id).flatMap((x) => LOTS[x])) expect(text, id).not.toContain(lot.name);
    }
  });

  it("noemt elk product met tarief en eenheid, met verwijzing naar het productenboek", () => {
    // The default set's bijlage 2 is the productenboek.
    expect(b.model.subtenders.map((s) => s.id)).toEqual(SUBTENDERS);
    for (const s of b.model.subtenders) {
      const text = texts.get(s.id)!;
      expect(text).toContain("die van bijlage 2 Productenboek");
      const ids = new Set(lotsOf(b.model, s).flatMap((l) => l.productIds));
      expect(b.model.products.filter((x) => ids.has(x.id)).map((p) => p.naam)).toEqual(PRICES[s.id].map(([naam]) => naam));
      for (const [naam, unit, tariff] of PRICES[s.id]) expect(text).toMatch(new RegExp(`${phrase(naam)}.*? ${phrase(unit)} ${phrase(tariff)}`));
    }
  });

  it("zegt ingangsdatum, looptijd, verlengingen, opzegtermijn en indexatie zoals aanbesteding.yaml ze geeft", () => {
    // The literals above are written from these facts of the fixture.
    expect(KLEIN.overeenkomst).toEqual({ looptijd_maanden: 48, verlengingen: [12], opzegtermijn_maanden: 6, indexatie: { methode: "vast-percentage", percentage: 2.5, peildatum: "1 oktober" } });
    expect(KLEIN.planning.find((m) => m.id === "ingangsdatum")!.datum).toBe("2026-01-01");
    expect(b.model.subtenders).toHaveLength(2);
    for (const s of b.model.subtenders) {
      const text = texts.get(s.id)!;
      for (const f of FACTS) expect(text, s.id).toContain(f);
      expect(text, s.id).not.toContain("Opzegtermijn 6 maanden");
      expect(text.match(/opzegtermijn van zes maanden/g), s.id).toHaveLength(1);
      expect(text).toContain("jaarlijks met 2,5%, vastgesteld op peildatum 1 oktober");
    }
  });

  it("geeft geen afnamegarantie, met de uitzondering voor taakgerichte bekostiging waar die geldt", () => {
    expect(b.model.subtenders.map((s) => s.id)).toEqual(Object.keys(GUARANTEE));
    for (const s of b.model.subtenders) expect(texts.get(s.id), s.id).toContain(GUARANTEE[s.id]);
    // The exception for a budget is only where one is bought.
    expect(texts.get("toelating-noord")).not.toContain("taakgerichte bekostiging");
    // The fixture has both cases.
    expect(new Set(b.model.subtenders.map((s) => lotsOf(b.model, s).some((l) => l.productIds.some((id) => b.model.products.find((p) => p.id === id)!.bekostiging.vorm === "taakgericht")))).size).toBe(2);
  });

  it("regelt in een toelatingsovereenkomst toetreding, dezelfde einddatum en toelating zonder selectie", () => {
    const admissions = b.model.subtenders.filter((s) => s.procedure === "toelating");
    expect(admissions.map((s) => s.id)).toEqual(["toelating-noord"]);
    for (const s of admissions) {
      const text = texts.get(s.id)!;
      expect(text).toContain(ENTRY);
      expect(text).toContain(SAME_END_DATE);
      expect(text).toContain("zonder selectie, zonder rangorde en zonder maximum aantal opdrachtnemers");
    }
    for (const s of b.model.subtenders.filter((x) => x.procedure === "aanbesteding")) expect(texts.get(s.id)).not.toContain(SAME_END_DATE);
  });

  it("neemt elke leverings- en contractvoorwaarde op die voor de subtender geldt, met titel en tekst", () => {
    expect([...texts.keys()]).toEqual(SUBTENDERS);
    for (const id of SUBTENDERS) {
      const text = texts.get(id)!;
      for (const q of CONDITIONS[id]) expect(text, id).toMatch(new RegExp(`\\d+\\.\\d+ ${phrase(q.titel)} ${phrase(q.tekst)}`));
    }
    // Only where it applies: not in the toelating, which buys no Spoedbed.
    expect(texts.get("toelating-noord")).not.toContain(CONDITIONS.spoed[0].titel);
  });

  it("heeft genummerde artikelen met de standaardartikelen; een teksten-hoofdstuk met document: overeenkomst vervangt er één of voegt er één toe", () => {
    expect(b.model.subtenders).toHaveLength(2);
    for (const s of b.model.subtenders) {
      const text = texts.get(s.id)!;
      const articles = bookmarkTitles(files.get(s.id)!).filter((t) => /^Artikel \d+ /.test(t));
      expect(articles.map((t) => Number(/^Artikel (\d+) /.exec(t)![1]))).toEqual(articles.map((_, i) => i + 1));
      for (const [id, title] of STANDARD_ARTICLES) {
        if (id === REPLACED) {
          expect(articles.some((t) => t.endsWith(` ${title}`))).toBe(false);
          expect(articles.some((t) => t.endsWith(` ${OWN.titel}`))).toBe(true);
          expect(text).toMatch(new RegExp(`Artikel \\d+ ${phrase(OWN.titel)} ${phrase(OWN.text)}`));
        } else expect(articles.some((t) => t.endsWith(` ${title}`)), title).toBe(true);
      }
      for (const checklist of ["Partijen", "Begrippen", "Voorwerp", "Looptijd", "Tarieven, indexatie", "Leverings- en contractvoorwaarden", "Ondertekening"]) {
        expect(articles.some((t) => t.includes(checklist)), checklist).toBe(true);
      }
      // The new article carries the number its file name gives it, right before the signing.
      expect(articles.slice(-2)).toEqual([`Artikel ${FIRST_NEW_ARTICLE} ${ADDED.titel}`, `Artikel ${FIRST_NEW_ARTICLE + 1} Ondertekening`]);
      expect(text).toMatch(new RegExp(`Artikel ${FIRST_NEW_ARTICLE} ${phrase(ADDED.titel)} ${phrase(ADDED.text)}`));
    }
    // The agreement's own texts belong to the agreements, not to the leidraad.
    const leidraadText = flat(pdftotext(leidraad(b), { raw: true }));
    expect(leidraadText).not.toContain(OWN.text);
    expect(leidraadText).not.toContain(ADDED.text);
  });

  it("heeft een inhoudsopgave waarvan elk paginanummer klopt", () => {
    for (const s of b.model.subtenders) {
      const file = files.get(s.id)!;
      const pages = pdftotext(file, { raw: true }).split("\f");
      const entries = pages
        .filter((p) => /Inhoudsopgave/.test(p))
        .flatMap((p) => [...p.matchAll(/^\s*Artikel (\d+)\s+(\S.*?)\s*(?:\. )+\.?\s*(\d+)\s*$/gm)].map((m) => ({ number: m[1], title: m[2].trim(), page: Number(m[3]) })));
      expect(entries.length).toBeGreaterThan(10);
      for (const e of entries) expect(pages[e.page - 1], `Artikel ${e.number} ${e.title}`).toMatch(new RegExp(`^\\s*Artikel ${e.number}\\s+${phrase(e.title)}`, "m"));
    }
  });

  it("noemt in § Overeenkomst van de leidraad de bijlagen met de overeenkomst", () => {
    const text = bodyText(leidraad(b), b.model);
    expect(text).toContain(ATTACHMENTS_SENTENCE);
    const agreements = b.model.tender.bijlagen.filter((x) => x.inhoud.startsWith("overeenkomst:"));
    expect(agreements.map((a) => `bijlage ${a.nummer} ${a.titel}`)).toEqual(["bijlage 6 Raamovereenkomst Subtender Spoed", "bijlage 7 Toelatingsovereenkomst Toelating ambulante hulp"]);
    for (const a of agreements) expect(ATTACHMENTS_SENTENCE).toContain(`bijlage ${a.nummer} ${a.titel}`);
  });
});

describe("de overeenkomst zonder PDF", () => {
  it("markeert de keuzes voor het inkoopteam alleen in een concept, met het watermerk", () => {
    const model = loadModel("test/fixtures/klein");
    const html = (status: "concept" | "definitief") =>
      buildDocuments({ ...model, tender: { ...model.tender, status } }).filter((d) => d.attachment.inhoud.startsWith("overeenkomst:")).map((d) => d.html);
    // One agreement per subtender of the fixture: spoed and toelating-noord.
    expect(html("concept")).toHaveLength(2);
    expect(html("definitief")).toHaveLength(2);
    for (const h of html("concept")) {
      expect(h).toContain("Keuze voor het inkoopteam");
      expect(h).toContain('class="watermark"');
    }
    for (const h of html("definitief")) {
      expect(h).not.toContain("Keuze voor het inkoopteam");
      expect(h).not.toContain('class="watermark"');
    }
  });

  it("zegt in een overeenkomst zonder leverings- of contractvoorwaarden dat er geen zijn", () => {
    const model = loadModel("test/fixtures/klein");
    const doc = buildDocuments(model).find((d) => d.attachment.inhoud === "overeenkomst:toelating-noord")!;
    expect(doc.html).toContain("Voor deze subtender gelden geen afzonderlijke leverings- of contractvoorwaarden.");
  });
});
