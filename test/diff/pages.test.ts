// Where a change lands, down to the page: two versions of Rijnmond with the
// kinds of change of issue 24 (a weight, a contractor count, a lot rename and
// a swap of two lot numbers, the deadline and the award date, two eisen, two
// tariffs, a product removed from a lot, opzegtermijn and indexatie, a
// sentence in a teksten/ chapter, a new question, the version). Every change
// names each bijlage, § or artikel and PDF page it lands in; the pages of the
// earlier version are checked against its published PDFs.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareTender } from "../../src/diff/compare-tender.ts";
import { addPages } from "../../src/diff/pages.ts";
import { changesPerEntity } from "../../src/diff/landing.ts";
import { renderChangesFragment } from "../../src/diff/render-html.ts";
import { renderChangesSummary } from "../../src/diff/render-text.ts";
import type { ChangeReport } from "../../src/diff/types.ts";
import type { Model } from "../../src/model/types.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { flat, pdftotext, sharedBundle } from "../pdf/helpers.ts";
import { buildDocuments } from "../../src/documents/build-documents.ts";
import { recordedPages } from "../../src/pdf/page-index.ts";
import { NEW_QUESTION } from "../fixtures/rijnmond-question.ts";

const work = mkdtempSync(join(tmpdir(), "paginas-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function copyOf(from: string, name: string, edits: [file: string, from: string, to: string][]): Model {
  const dir = join(work, name);
  cpSync(from, dir, { recursive: true });
  for (const [file, a, b] of edits) {
    const path = join(dir, file);
    const text = readFileSync(path, "utf8");
    if (!text.includes(a)) throw new Error(`${a} niet in ${file}`);
    writeFileSync(path, text.replace(a, b));
  }
  const result = validateContent(dir);
  if (!result.model) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result.model;
}

const B = "subtenders/prestatieaanbieders.yaml";
/** Rijnmond 1.0 → 1.1 as a team edits it before a Nota. */
const EDITS: [string, string, string][] = [
  [B, "naam: Kwaliteit van de hulp, weging: 40", "naam: Kwaliteit van de hulp, weging: 35"],
  [B, "naam: Leren en verbeteren, weging: 15", "naam: Leren en verbeteren, weging: 20"],
  [B, "    producten: [gezinshuis, kamertraining]\n    aantal_contractanten: 5", "    producten: [gezinshuis, kamertraining]\n    aantal_contractanten: 4"],
  [B, "    nummer: B3\n    naam: Dagbehandeling\n", "    nummer: B3\n    naam: Dagbehandeling en observatie\n"],
  [B, "    nummer: B1\n", "    nummer: TMP\n"],
  [B, "    nummer: B2\n", "    nummer: B1\n"],
  [B, "    nummer: TMP\n", "    nummer: B2\n"],
  [B, "producten: [verpleegkundig-kinderdagverblijf, dagbehandeling-observatiediagnostiek, dagbehandeling-specifieke-doelgroepen]", "producten: [verpleegkundig-kinderdagverblijf, dagbehandeling-observatiediagnostiek]"],
  ["aanbesteding.yaml", 'datum: "2021-12-20T12:00" }', 'datum: "2021-12-13T12:00" }'],
  ["aanbesteding.yaml", "    datum: 2022-01-14\n", "    datum: 2022-01-21\n"],
  ["aanbesteding.yaml", "opzegtermijn_maanden: 6", "opzegtermijn_maanden: 3"],
  ["aanbesteding.yaml", "    peildatum: 1 juni\n", "    peildatum: 1 mei\n"],
  ["aanbesteding.yaml", 'versie: "1.0"', 'versie: "1.1"'],
  ["aanbesteding.yaml", "datum: 2021-11-01\naanbestedende", "datum: 2021-11-08\naanbestedende"],
  ["eisen.yaml", "niet ouder is dan drie maanden", "niet ouder is dan zes maanden"],
  ["eisen.yaml", "en traint zijn medewerkers in het gebruik ervan.", "en traint al zijn medewerkers jaarlijks in het gebruik ervan."],
  ["segmenten/crisis.yaml", "eenheid: uur, tarief: 104.6,", "eenheid: uur, tarief: 109.8,"],
  ["segmenten/alternatief-thuis.yaml", "tarief: 41.17,", "tarief: 42.5,"],
  ["teksten/30-communicatie.md", "en stel één vraag per bericht.", "en stel niet meer dan één vraag per bericht."],
  ["nota-van-inlichtingen/1.yaml", "      ingangsdatum van de overeenkomst verandert daardoor niet.\n", `      ingangsdatum van de overeenkomst verandert daardoor niet.\n${NEW_QUESTION}`],
];

describe("two versions of Rijnmond: every change with its bijlage, § or artikel and page", () => {
  const original = copyOf("examples/rijnmond", "1.0", []);
  const edited = copyOf("examples/rijnmond", "1.1", EDITS);
  let report: ChangeReport;
  beforeAll(async () => {
    report = compareTender(original, edited);
    await addPages(report);
  }, 180_000);
  const changes = () => report.groups.flatMap((g) => g.changes);
  /** "bijlage § kop, pagina N (was M)" per change, as the overview lists them. */
  const where = () => Object.fromEntries(changes().map((c) => [`${c.nummer} ${c.soort} ${c.id}`, c.waar!.map((p) => `${p.bijlage} ${p.plaats} ${p.kop}, pagina ${p.pagina}${p.oudePagina !== p.pagina ? ` (was ${p.oudePagina})` : ""}`)]));

  it("names for each of the 14 changes every place it lands, with its page in both versions", () => {
    expect(changes()).toHaveLength(14);
    expect(where()).toEqual({
      // Opzegtermijn 6 → 3 months and the indexatie's peildatum 1 juni → 1 mei: the leidraad's § 8 and artikel 6 and 7 of the three agreements.
      "W-01 aanbesteding jeugdhulp-rijnmond-2023": [
        "1 § 8 Overeenkomst, pagina 21",
        "7 artikel 6 Looptijd, verlenging en opzegging, pagina 5",
        "7 artikel 7 Tarieven, indexatie en betaling, pagina 6",
        "8 artikel 6 Looptijd, verlenging en opzegging, pagina 6",
        "8 artikel 7 Tarieven, indexatie en betaling, pagina 7",
        "9 artikel 6 Looptijd, verlenging en opzegging, pagina 5",
        "9 artikel 7 Tarieven, indexatie en betaling, pagina 6",
      ],
      // The deadline: the planning, and the checklist, which gives it per opdracht and lot; the checklist got a page shorter.
      "W-02 mijlpaal inschrijving": [
        "1 § 3 Planning, pagina 6",
        "10 § 1 Waar en hoe u inlevert, pagina 3",
        "10 § 2 Eisen van de hoofdtender, pagina 3",
        "10 § 3 Als u samen inschrijft, uitbesteedt of steunt op een ander, pagina 4",
        "10 § 4 Opdracht A Systeemaanbieders, pagina 5",
        "10 § 4.1 Perceel A Systeemopdracht specialistische jeugdhulp, pagina 6",
        "10 § 5 Opdracht B Prestatieaanbieders, pagina 9",
        "10 § 5.1 Perceel B2 Pleegzorg, pagina 10",
        "10 § 5.2 Perceel B1 Gezinshuizen en kamertraining, pagina 12",
        "10 § 5.3 Perceel B3 Dagbehandeling en observatie, pagina 14",
        "10 § 5.4 Subperceel B4a Crisisinterventie en ambulante crisishulp (perceel B4 Crisishulp), pagina 15 (was 16)",
        "10 § 5.5 Subperceel B4b Crisisverblijf (perceel B4 Crisishulp), pagina 17 (was 18)",
        "10 § 5.6 Subperceel B4c Crisispleegzorg (perceel B4 Crisishulp), pagina 19 (was 20)",
        "10 § 5.7 Perceel B5 Hoogspecialistische ambulante teams, pagina 21 (was 22)",
        "10 § 6 Opdracht C Flexaanbieders, pagina 23 (was 24)",
        "10 § 7 Planning, pagina 25 (was 26)",
      ],
      "W-03 mijlpaal voorlopige-gunning": [
        "1 § 3 Planning, pagina 6",
        "1 § 7.8 De gunningsbeslissing, pagina 21",
        "10 § 5.6 Subperceel B4c Crisispleegzorg (perceel B4 Crisishulp), pagina 19 (was 20)",
        "10 § 7 Planning, pagina 25 (was 26)",
      ],
      // The weights: the leidraad's award §, opdracht B's bijlage, and the plan per lot in the checklist.
      "W-04 gunningscriterium kwaliteit": [
        "1 § 7.2 Gunning Opdracht B Prestatieaanbieders, pagina 18",
        "5 § 3 Gunning, pagina 5",
        "10 § 5.1 Perceel B2 Pleegzorg, pagina 10",
        "10 § 5.2 Perceel B1 Gezinshuizen en kamertraining, pagina 12",
        "10 § 5.3 Perceel B3 Dagbehandeling en observatie, pagina 14",
        "10 § 5.7 Perceel B5 Hoogspecialistische ambulante teams, pagina 21 (was 22)",
      ],
      "W-05 gunningscriterium leren-en-verbeteren": [
        "1 § 7.2 Gunning Opdracht B Prestatieaanbieders, pagina 18",
        "5 § 3 Gunning, pagina 5",
        "10 § 5.1 Perceel B2 Pleegzorg, pagina 10",
        "10 § 5.2 Perceel B1 Gezinshuizen en kamertraining, pagina 12",
        "10 § 5.3 Perceel B3 Dagbehandeling en observatie, pagina 14",
        "10 § 5.7 Perceel B5 Hoogspecialistische ambulante teams, pagina 21 (was 22)",
      ],
      // Pleegzorg B1 → B2: wherever the lot is named, also in the team's own § 6 and in question 1.1 of the nota.
      "W-06 perceel pleegzorg": [
        "1 § 4 De opdrachten A, B en C, pagina 7",
        "1 § 4.3 Opdracht B Prestatieaanbieders, pagina 9",
        "1 § 4.3.1 Perceel B2 Pleegzorg, pagina 10",
        "1 § 4.3.4 Perceel B4 Crisishulp, pagina 11",
        "1 § 6 Inschrijven, pagina 16",
        "1 § 7.4 Minder inschrijvingen dan plaatsen, afvallers en opvolging, pagina 20",
        "2 § 3.1 Netwerk- en deeltijdpleegzorg (44P02), pagina 9",
        "2 § 3.2 Voltijdpleegzorg (44P01), pagina 10",
        "2 § 5.4 Crisispleegzorg (46P01), pagina 18",
        "5 § 1 Opdracht B Prestatieaanbieders, pagina 2",
        "5 § 2.1 Perceel B2 Pleegzorg, pagina 3",
        "5 § 2.4 Perceel B4 Crisishulp, pagina 3",
        "8 artikel 3 Voorwerp van de overeenkomst, pagina 3",
        "8 artikel 4 Aantal opdrachtnemers en verdeling van het werk, pagina 5",
        "8 artikel 6 Looptijd, verlenging en opzegging, pagina 6",
        "10 § 5.1 Perceel B2 Pleegzorg, pagina 10",
        "10 § 5.6 Subperceel B4c Crisispleegzorg (perceel B4 Crisishulp), pagina 19 (was 20)",
        "11 § 3 Vragen en antwoorden, pagina 3",
      ],
      // Gezinshuizen B2 → B1 and 5 → 4 contractors.
      "W-07 perceel gezinshuizen-kamertraining": [
        "1 § 4.3 Opdracht B Prestatieaanbieders, pagina 9",
        "1 § 4.3.2 Perceel B1 Gezinshuizen en kamertraining, pagina 10",
        "2 § 3.3 Gezinshuis (44G01), pagina 11",
        "2 § 3.4 Kamertraining (44K01), pagina 12",
        "5 § 1 Opdracht B Prestatieaanbieders, pagina 2",
        "5 § 2.2 Perceel B1 Gezinshuizen en kamertraining, pagina 3",
        "8 artikel 3 Voorwerp van de overeenkomst, pagina 3",
        "8 artikel 4 Aantal opdrachtnemers en verdeling van het werk, pagina 5",
        "10 § 5.2 Perceel B1 Gezinshuizen en kamertraining, pagina 12",
      ],
      // B3 renamed and without Dagbehandeling specifieke doelgroepen: that product's own § and the agreement's eis on gezinsgericht werken.
      "W-08 perceel dagbehandeling": [
        "1 § 4.3 Opdracht B Prestatieaanbieders, pagina 9",
        "1 § 4.3.3 Perceel B3 Dagbehandeling en observatie, pagina 11",
        "2 § 4.1 Verpleegkundig kinderdagverblijf (41V01), pagina 13",
        "2 § 4.2 Dagbehandeling observatiediagnostiek (41O01), pagina 14",
        "2 § 4.3 Dagbehandeling specifieke doelgroepen (41S01), pagina 15",
        "5 § 1 Opdracht B Prestatieaanbieders, pagina 2",
        "5 § 2.3 Perceel B3 Dagbehandeling en observatie, pagina 3",
        "8 artikel 3 Voorwerp van de overeenkomst, pagina 3",
        "8 artikel 4 Aantal opdrachtnemers en verdeling van het werk, pagina 5",
        "8 artikel 8.4 Gezinsgericht werken, pagina 8",
        "10 § 5.3 Perceel B3 Dagbehandeling en observatie, pagina 14",
      ],
      // The tariffs: the product's § in the productenboek and the agreement's tariff table.
      "W-09 product netwerk-deeltijdpleegzorg": ["2 § 3.1 Netwerk- en deeltijdpleegzorg (44P02), pagina 9", "8 artikel 3 Voorwerp van de overeenkomst, pagina 3"],
      "W-10 product ambulante-crisishulp": ["2 § 5.2 Ambulante crisishulp (46A01), pagina 16", "8 artikel 3 Voorwerp van de overeenkomst, pagina 3"],
      "W-11 eis vog": ["1 § 5.3.2 Verklaring Omtrent het Gedrag, pagina 14", "3 § 3.2 Verklaring Omtrent het Gedrag, pagina 4"],
      "W-12 eis meldcode": ["1 § 5.3.3 Meldcode huiselijk geweld en kindermishandeling, pagina 14", "3 § 3.3 Meldcode huiselijk geweld en kindermishandeling, pagina 4"],
      // The sentence in teksten/30-communicatie.md, and nowhere else although other §§ gained the word "niet".
      "W-13 hoofdstuk communicatie": ["1 § 2.5 Communicatie via Mercell, pagina 5"],
      // The new question: its Nota only ("4 vragen" → "5 vragen" and the question itself), not the leidraad.
      "W-14 vraag 1.5": ["11 § 1 Status van deze nota, pagina 3", "11 § 3 Vragen en antwoorden, pagina 3"],
    });
  });

  it("lists the derived gestanddoening and standstill, and nothing else, as changes no data change explains", () => {
    // 20 december 2021 → 29 augustus 2022 is 252 days, from 13 december 259; the gunningsbeslissing a week later moves the vervaltermijn.
    expect(report.afgeleid!.map((s) => `${s.bijlage} ${s.plaats} ${s.kop}, pagina ${s.pagina}`)).toEqual(["1 § 6.2 Gestanddoening, pagina 16", "1 § 9 Rechtsbescherming, pagina 23"]);
    // Tied to the dates they likely follow: the gestanddoening names the uiterste inschrijfdatum (W-02); the vervaltermijn names no milestone.
    expect(report.afgeleid!.map((s) => s.vermoedelijkDoor)).toEqual([["W-02"], ["W-02", "W-03"]]);
    expect(renderChangesSummary(report)).toContain(
      "  - bijlage 1 Aanbestedingsleidraad, § 6.2 Gestanddoening, pagina 16 (vermoedelijk door W-02)\n  - bijlage 1 Aanbestedingsleidraad, § 9 Rechtsbescherming, pagina 23 (vermoedelijk door W-02 of W-03)",
    );
  });

  it("shows the page under each change in the overview, and gives it in the JSON", () => {
    const html = renderChangesFragment(report);
    expect(html).toContain("<li>bijlage 8 Raamovereenkomst Opdracht B Prestatieaanbieders, artikel 6 Looptijd, verlenging en opzegging, pagina 6</li>");
    expect(html).toContain("<li>bijlage 10 Checklist inschrijving, § 7 Planning, pagina 25 (was pagina 26)</li>");
    // The indexatie clause, a long value, as a word-level redline: only the peildatum struck out and inserted.
    const w01 = /<article id="w-01">.*?<\/article>/s.exec(html)![0].replace(/<[^>]+>/g, "");
    expect(w01).toContain("vastgesteld op peildatum 1 [-juni-] {+mei+}");
    expect(w01).not.toContain("[-jaarlijks");
    // And so in the terminal: only the changed words, not the clause twice.
    expect(renderChangesSummary(report)).toContain("(opzegtermijn zes maanden → drie maanden; indexatie … [-juni-] {+mei+})");
    // The new question says what it is about by name and number, not by id.
    expect(changes()[13].fields.find((f) => f.veld === "over")!.toegevoegd).toEqual(["perceel B4 Crisishulp"]);
    const json = JSON.parse(JSON.stringify(report));
    expect(json.groups[0].changes[0].waar[1]).toEqual({ bijlage: "7", document: "Raamovereenkomst Opdracht A Systeemaanbieders", plaats: "artikel 6", kop: "Looptijd, verlenging en opzegging", anker: "s-artikel-looptijd", pagina: 5, oudePagina: 5 });
  });

  it("tells each page of the site which changes are about it: an entity's own page, a criterion's subtender, every § and artikel it lands in", () => {
    const per = changesPerEntity(report);
    expect(per["gunningscriteria:subtender:prestatieaanbieders"]).toEqual(["W-04", "W-05"]);
    expect(per["mijlpaal:inschrijving"]).toEqual(["W-02"]);
    expect(per["perceel:pleegzorg"]).toEqual(["W-06"]);
    expect(per["vraag:1.5"]).toEqual(["W-14"]);
    // Artikel 6 of bijlage 7 (its agreement page), § 8 of the leidraad (its /bestek/ page).
    expect(per["plaats:7#s-artikel-looptijd"]).toEqual(["W-01"]);
    expect(per["plaats:1#s-overeenkomst"]).toEqual(["W-01"]);
    expect(per["plaats:1#s-planning"]).toEqual(["W-02", "W-03"]);
  });

  it("gives the pages on which the published PDFs of the earlier version have those §§ and artikelen", () => {
    // The run's shared build of examples/rijnmond is the earlier version, as published.
    const bundle = sharedBundle("rijnmond");
    const file = (nummer: string) => join(bundle.out, bundle.manifest.bestanden.find((b) => b.nummer === nummer)!.bestand);
    const sections = report.documenten!.flatMap((d) => d.secties.filter((s) => s.oudePagina !== undefined));
    expect(sections.length).toBe(60);
    for (const s of sections) {
      const page = flat(pdftotext(file(s.bijlage), { first: s.oudePagina, last: s.oudePagina }));
      expect(page, `${s.bijlage} ${s.oudePlaats ?? s.plaats}`).toContain((s.oudeKop ?? s.kop).slice(0, 30));
    }
  });

  it("reads the pages of 1.0 from the print of the build that published it, with every numbered heading of every document", () => {
    // The run's shared build of examples/rijnmond printed 1.0 (src/pdf/page-index.ts records each print): the
    // comparison above printed none of 1.0's documents again. Rijnmond's bundle: 11 bijlagen, all printed.
    const docs = buildDocuments(original);
    expect(docs).toHaveLength(11);
    for (const d of docs) {
      const recorded = recordedPages(d.html);
      expect(recorded, d.fileName).toBeDefined();
      const headings = [...d.html.matchAll(/<h[1-6] id="([^"]+)" class="numbered"/g)].map((m) => m[1]);
      expect(headings.length, d.fileName).toBeGreaterThan(0);
      expect([...recorded!.keys()].sort(), d.fileName).toEqual(headings.sort());
    }
    // As published: the leidraad's § 8 Overeenkomst on page 21, the checklist's § 7 Planning on page 26.
    const leidraad = recordedPages(docs.find((d) => d.attachment.nummer === "1")!.html)!;
    const checklist = recordedPages(docs.find((d) => d.attachment.nummer === "10")!.html)!;
    expect(leidraad.get("s-overeenkomst")).toBe(21);
    expect(checklist.get("s-checklist-planning")).toBe(26);
  });
});

describe("the small tender: a changed opzegtermijn with its pages", () => {
  it("names the leidraad's § 8 and artikel 6 of both agreements with the page each starts on", async () => {
    const report = compareTender(copyOf("test/fixtures/klein", "klein-2.1", []), copyOf("test/fixtures/klein", "klein-opzeg", [["aanbesteding.yaml", "opzegtermijn_maanden: 6", "opzegtermijn_maanden: 3"]]));
    await addPages(report);
    const [change] = report.groups.flatMap((g) => g.changes);
    // klein's bijlagen: 1 the leidraad, 6 the raamovereenkomst of Subtender Spoed, 7 the toelatingsovereenkomst.
    expect(change.waar!.map((p) => `bijlage ${p.bijlage}, ${p.plaats}, pagina ${p.pagina} (was ${p.oudePagina})`)).toEqual([
      "bijlage 1, § 8, pagina 12 (was 12)",
      "bijlage 6, artikel 6, pagina 5 (was 5)",
      "bijlage 7, artikel 6, pagina 5 (was 5)",
    ]);
  }, 120_000);
});
