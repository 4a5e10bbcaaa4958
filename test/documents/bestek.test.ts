import { describe, expect, it } from "vitest";
import { bestekSections } from "../../src/documents/bestek/index.ts";
import { PROVISION_IDS } from "../../src/documents/bestek/provisions.ts";
import { labelRanges } from "../../src/documents/bestek/facts.ts";
import { esc } from "./escape.ts";
import { lookup } from "../../src/model/lookup.ts";
import { leidraadPlan } from "../../src/documents/outline.ts";
import { siteBestek } from "../../src/site/lib/bestek.ts";
import type { Renderer } from "../../src/documents/render-context.ts";
import { numberSections, walk, type NumberedSection } from "../../src/documents/section.ts";
import { extensionsText } from "../../src/wording/agreement.ts";
import type { ElementContent } from "hast";
import { inlineMarkdownTree } from "../../src/markdown/render.ts";
import type { Model } from "../../src/model/types.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { modelAfter } from "../fixtures/invalid/apply-case.ts";
import { rijnmondShaped } from "../fixtures/rijnmond-shaped.ts";
import type { Edit } from "../fixtures/invalid/cases.ts";

import { bodyHtml, plain, text } from "./plain-renderer.ts";

const modelWith = modelAfter;

/** The leidraad of a model as numbered sections with their rendered text. */
function leidraad(model: Model): { number: string; title: string; anchor: string; text: string }[] {
  const sections = numberSections(bestekSections(lookup(model), []));
  return [...walk(sections)].map((s: NumberedSection) => ({ number: s.number, title: s.title, anchor: s.anchor, text: text(bodyHtml(s)) }));
}
const section = (l: ReturnType<typeof leidraad>, anchor: string) => {
  const s = l.find((x) => x.anchor === anchor);
  expect(s, `${anchor} in ${l.map((x) => x.anchor).join(", ")}`).toBeDefined();
  return s!;
};

const klein = validateContent("test/fixtures/klein").model!;

describe("a subtender with its own gunningsbeslissing (after its dialogue and gunningsfase)", () => {
  // Subtender Spoed of klein gets a dialogue (27 oktober and 3 november 2025), a nota (10 november), its own
  // final bids (17 november 2025 12:00), voorlopige gunning (1 december) and definitieve gunning (23 december 2025);
  // the tender's own voorlopige gunning stays 7 november 2025. Without the team's rechtsbescherming chapter.
  const m = modelWith(
    { file: "teksten/20-rechtsbescherming.md", remove: true },
    { file: "subtenders/spoed.yaml", replace: "plan_van_aanpak:", with: "fasen: [selectie, dialoog, gunning]\nplanning:\n  - { id: dialoog-1, mijlpaal: Eerste dialoogronde, datum: 2025-10-27, fase: dialoog }\n  - { id: dialoog-2, mijlpaal: Tweede dialoogronde, datum: 2025-11-03, fase: dialoog }\n  - { id: nota-van-inlichtingen-dialoog, mijlpaal: Nota van Inlichtingen met de uitkomst van de dialoog, datum: 2025-11-10, fase: gunning }\n  - { id: inschrijving, mijlpaal: Uiterste inschrijfdatum gunningsfase, datum: \"2025-11-17T12:00\", fase: gunning }\n  - { id: voorlopige-gunning, mijlpaal: Voorlopige gunning, datum: 2025-12-01, fase: gunning }\n  - { id: definitieve-gunning, mijlpaal: Definitieve gunning, datum: 2025-12-23, fase: gunning }\nplan_van_aanpak:" },
  );
  const l = leidraad(m);

  it("gets its own last day of the vervaltermijn, counted from its own gunningsbeslissing", () => {
    const text = section(l, "s-rechtsbescherming").text;
    expect(text).toContain("Verzenden wij de gunningsbeslissing voor de andere subtenders op 7 november 2025, dan is de laatste dag van de termijn donderdag 27 november 2025.");
    // 1 december 2025 + 20 days is Sunday 21 december: the Algemene termijnenwet moves it to Monday 22 december.
    expect(text).toContain("Subtender Spoed gunt na een eigen gunningsfase: verzenden wij de gunningsbeslissing voor die subtender op 1 december 2025, dan is de laatste dag van de termijn voor die gunningsbeslissing maandag 22 december 2025 (de twintigste dag, zondag 21 december 2025, is geen werkdag; volgens de Algemene termijnenwet loopt de termijn dan door tot de eerstvolgende werkdag), en staat de definitieve gunning in die subtender gepland op 23 december 2025.");
    expect(text).toContain("Wij gunnen niet definitief vóór het einde van die termijn; de definitieve gunning van de andere subtenders staat gepland op 1 december 2025.");
  });

  it("has its bids binding from its own final-bid deadline to 60 days after its own definitieve gunning", () => {
    // 23 december 2025 + 60 days = 21 februari 2026; from 17 november 2025 that is 96 days.
    expect(section(l, "s-gestanddoening").text).toContain("In Subtender Spoed schrijft u definitief in in de eigen gunningsfase, uiterlijk op 17 november 2025, 12:00 uur. Die inschrijving blijft geldig (gestand) tot en met 21 februari 2026: 96 dagen na die uiterste inschrijfdatum, tot 60 dagen na de geplande definitieve gunning in die subtender.");
  });

  it("says nothing of its own dates where no subtender has them", () => {
    expect(section(leidraad(modelWith({ file: "teksten/20-rechtsbescherming.md", remove: true })), "s-rechtsbescherming").text).not.toContain("eigen gunningsfase");
    expect(section(leidraad(klein), "s-gestanddoening").text).not.toContain("eigen gunningsfase");
  });
});

describe("the leidraad of a tender whose authors wrote only an introduction, an inschrijving and a rechtsbescherming chapter", () => {
  const l = leidraad(klein);

  it("still has every standard provision, derived from its data", () => {
    expect(klein.chapters.map((c) => c.id)).toEqual(["inleiding", "inschrijving", "rechtsbescherming"]);
    // No subtender of klein has a dialogue phase, so it has no dialogue provision; Subtender Spoed has a maximale_waarde.
    const conditional = ["rechtsbescherming", "dialoog"];
    for (const id of PROVISION_IDS.filter((id) => !conditional.includes(id))) section(l, `s-${id}`);
    expect(l.some((x) => x.anchor === "s-dialoog")).toBe(false);
    // Without a maximale_waarde anywhere, there is no provision on it.
    const noCeiling = modelWith({ file: "subtenders/spoed.yaml", replace: "maximale_waarde: 3000000\n", with: "" });
    expect(leidraad(noCeiling).some((x) => x.anchor === "s-maximale-waarde")).toBe(false);
    // From the planning of test/fixtures/klein/aanbesteding.yaml: definitieve-gunning 2025-12-01 plus 60 days is
    // 2026-01-30, 102 days after inschrijving 2025-10-20; vragen 2025-09-15T10:00; publicatie 2025-09-01.
    expect(section(l, "s-gestanddoening").text).toContain("Uw inschrijving blijft geldig (gestand) tot en met 30 januari 2026: 102 dagen na de uiterste inschrijfdatum, tot 60 dagen na de geplande definitieve gunning.");
    expect(section(l, "s-klachten").text).toContain("uiterlijk op 15 september 2025, 10:00 uur");
    expect(section(l, "s-aankondiging").text).toContain("De aankondiging verschijnt op 1 september 2025.");
    expect(section(l, "s-rangorde-documenten").text).toContain("bijlage 2 Productenboek");
  });

  it("keeps the authors' own rechtsbescherming chapter in place of the default", () => {
    const own = section(l, "s-rechtsbescherming");
    expect(own.title).toBe(klein.chapters.find((c) => c.id === "rechtsbescherming")!.titel);
    expect(own.text).not.toContain("Algemene termijnenwet");
  });

  it("fills in the template's placeholders in the authors' own text, and reports a wrong one at the chapter's file and line", () => {
    // teksten/20-rechtsbescherming.md of klein: {{ standstill_dagen }} and {{ vervaltermijn.laatste_dag | datum }};
    // the gunningsbeslissing is planned on 7 November 2025, twenty days later is Thursday 27 November.
    const own = section(l, "s-rechtsbescherming").text;
    expect(own).toContain("binnen de vervaltermijn van 20 kalenderdagen een kort geding aanhangig bij de voorzieningenrechter van de rechtbank Noord-Nederland; de laatste dag is 27 november 2025.");
    expect(own).not.toContain("{{");
    const wrong = modelWith({ file: "teksten/20-rechtsbescherming.md", replace: "{{ vervaltermijn.laatste_dag | datum }}", with: "{{ vervaltermijn.laatste_dag | datm }}" });
    expect(() => leidraad(wrong)).toThrow(/teksten\/20-rechtsbescherming\.md:7/);
  });

  it("lets a teksten chapter with a provision's id replace that provision, under its own title", () => {
    const m = modelWith({ file: "teksten/40-gestanddoening.md", write: "---\ntitel: Geldigheid van uw inschrijving\nvolgorde: 40\n---\nUw inschrijving is 120 dagen geldig; u kunt haar in die tijd niet intrekken of wijzigen.\n" });
    const s = section(leidraad(m), "s-gestanddoening");
    expect([s.title, s.text]).toEqual(["Geldigheid van uw inschrijving", "Uw inschrijving is 120 dagen geldig; u kunt haar in die tijd niet intrekken of wijzigen."]);
    // Not repeated as a chapter of its own.
    expect(leidraad(m).filter((x) => x.text.includes("120 dagen geldig"))).toHaveLength(1);
  });

  it("lets a hoofdstuk: reference name a standard chapter or provision the authors did not write, in the PDF and on the site", () => {
    const m = modelWith({ file: "teksten/10-inleiding.md", replace: "(begrip:spoedhulp)", with: "(hoofdstuk:gestanddoening)" });
    const { doc, index } = leidraadPlan(m);
    const number = [...walk(doc.sections)].find((x) => x.anchor === "s-gestanddoening")!.number;
    expect(index.resolve(doc, "hoofdstuk:gestanddoening").see).toMatchObject({ section: number, label: "Gestanddoening" });
    expect(siteBestek(m).chapterHrefs.gestanddoening).toBe("/bestek/inschrijving/#s-gestanddoening");
  });

  it("derives the vervaltermijn from the gunningsbeslissing and moves a last day in the weekend to the next working day", () => {
    // The introduction keeps its reference to hoofdstuk:rechtsbescherming: the generated chapter answers it.
    const noChapter: Edit[] = [{ file: "teksten/20-rechtsbescherming.md", remove: true }];
    const m = modelWith(...noChapter);
    const s = section(leidraad(m), "s-rechtsbescherming");
    const provisional = m.tender.planning.find((x) => x.id === "voorlopige-gunning")!.datum;
    expect(s.text).toContain("binnen 20 kalenderdagen een kort geding");
    expect(s.title).toBe("Rechtsbescherming");
    expect(s.text).toContain("begint op de dag na de dag waarop wij de gunningsbeslissing via Mercell hebben verzonden");
    const weekend = modelWith(...noChapter, { file: "aanbesteding.yaml", replace: `datum: ${provisional} }`, with: "datum: 2025-11-10 }" });
    // 10 November 2025 + 20 days = Sunday 30 November: the period runs to Monday 1 December.
    expect(section(leidraad(weekend), "s-rechtsbescherming").text).toContain("dan is de laatste dag van de termijn maandag 1 december 2025 (de twintigste dag, zondag 30 november 2025, is geen werkdag");
  });
});

describe("generated sentences fit the shape of the tender", () => {
  it("says one extension in the singular and several in the plural", () => {
    expect(extensionsText({ looptijd_maanden: 36, verlengingen: [24] })).toBe("één verlenging van 24 maanden, naar ons oordeel");
    expect(extensionsText({ looptijd_maanden: 36, verlengingen: [24, 12] })).toBe("twee verlengingen, van 24 en 12 maanden, na elkaar en elk naar ons oordeel");
    expect(extensionsText({ looptijd_maanden: 36 })).toBeUndefined();
  });

  it("prints the one-phase sentence only where there is one phase", () => {
    const one = section(leidraad(klein), "s-fasen");
    expect(one.title).toBe("Selectie en gunning in één fase");
    const dialogue = modelWith({ file: "subtenders/spoed.yaml", replace: "plan_van_aanpak:", with: "fasen: [selectie, dialoog, gunning]\nplanning:\n  - { id: dialoog, mijlpaal: Dialoogronde, datum: 2025-10-01, fase: dialoog }\nplan_van_aanpak:" });
    const s = section(leidraad(dialogue), "s-fasen");
    expect(s.title).toBe("Fasen per subtender");
    expect(s.text).toContain("Subtender Spoed kent 3 fasen, na elkaar: selectiefase, dialoogfase en gunningsfase.");
    expect(s.text).toContain("In Toelating ambulante hulp is er één fase");
    expect(s.text).not.toMatch(/Spoed vinden selectie en gunning in één fase/);
    // The milestone with its phase, as /planning/ shows it (src/views/planning.ts).
    expect(section(leidraad(dialogue), "s-planning-spoed").text).toContain("Dialoogronde (dialoogfase) 1 oktober 2025");
  });

  it("regulates the dialogue phase where a subtender has one: subject, what is not negotiated, equal treatment, duration, no agreement, leaving, and the way into the agreement", () => {
    const dialogue = modelWith({ file: "subtenders/spoed.yaml", replace: "plan_van_aanpak:", with: "fasen: [selectie, dialoog, gunning]\nplanning:\n  - { id: selectie, mijlpaal: Selectiebeslissing, datum: 2025-09-15, fase: selectie }\n  - { id: dialoog-1, mijlpaal: Eerste dialoogronde, datum: 2025-10-01, fase: dialoog }\n  - { id: dialoog-2, mijlpaal: Tweede dialoogronde, datum: 2025-10-20, fase: dialoog }\nplan_van_aanpak:" });
    const l = leidraad(dialogue);
    const s = section(l, "s-dialoog");
    expect(s.title).toBe("Dialoogfase");
    // Right after the phases it regulates.
    expect(l[l.findIndex((x) => x.anchor === "s-fasen") + 1].anchor).toBe("s-dialoog");
    expect(s.text).toContain("In Subtender Spoed volgt na de selectiefase een dialoogfase.");
    expect(s.text).toContain("Die leggen wij vóór de gunningsfase voor alle deelnemers gelijk vast in een Nota van Inlichtingen;");
    // The criteria and weights of subtenders/spoed.yaml: Kwaliteit 60, Samenwerking 40 (the link's tags leave spaces around the name).
    expect(s.text.replace(/\( /g, "(").replace(/ :/g, ":")).toContain("Over de wezenlijke voorwaarden onderhandelen wij niet: de gunningscriteria en hun weging (Subtender Spoed: Kwaliteit (60%) en Samenwerking (40%)), de percelen en het aantal contractanten per perceel, de eisen, de tarieven en de bekostiging in het productenboek, de looptijd, en de kern van de overeenkomst");
    expect(s.text).toContain("Wij spreken met iedere deelnemer afzonderlijk, over dezelfde onderwerpen, met dezelfde informatie en binnen dezelfde termijnen.");
    expect(s.text).toContain("De dialoog in Subtender Spoed begint op 1 oktober 2025 en eindigt op 20 oktober 2025, in twee rondes (zie de planning).");
    expect(s.text).toContain("Leidt hij over een onderwerp niet tot een gedeelde uitwerking, dan stellen wij die uitwerking zelf vast");
    expect(s.text).toContain("Een deelnemer kan zich tot vijf werkdagen vóór het begin van de gunningsfase schriftelijk terugtrekken.");
    expect(s.text).toContain("Wij vullen zijn plaats in de dialoog niet aan; voor de percelen gelden daarna de regels over minder inschrijvingen dan plaatsen.");
    expect(s.text).toContain("Het is geen wezenlijke wijziging in de zin van de artikelen 2.163a tot en met 2.163g van de Aanbestedingswet 2012");
    // Without dialogue milestones: the default duration.
    const noRounds = modelWith({ file: "subtenders/spoed.yaml", replace: "plan_van_aanpak:", with: "fasen: [selectie, dialoog, gunning]\nplan_van_aanpak:" });
    expect(section(leidraad(noRounds), "s-dialoog").text).toContain("De dialoog in Subtender Spoed duurt ten hoogste acht weken na de selectiebeslissing.");
  });

  it("lets a teksten chapter `dialoog` replace the dialogue provision", () => {
    const m = modelWith(
      { file: "subtenders/spoed.yaml", replace: "plan_van_aanpak:", with: "fasen: [selectie, dialoog, gunning]\nplan_van_aanpak:" },
      { file: "teksten/30-dialoog.md", write: "---\ntitel: Ontwikkeltraject\nvolgorde: 30\n---\nHet ontwikkeltraject duurt zes weken.\n" },
    );
    const s = section(leidraad(m), "s-dialoog");
    expect([s.title, s.text]).toEqual(["Ontwikkeltraject", "Het ontwikkeltraject duurt zes weken."]);
  });

  it("states the geraamde and maximale waarde per subtender and lot, and that a framework agreement has no further effect once its ceiling is reached", () => {
    const m = modelWith(
      { file: "subtenders/spoed.yaml", replace: "maximale_waarde: 3000000\n", with: "maximale_waarde: 2000000\n" },
      { file: "subtenders/spoed.yaml", replace: "naam: West, producten: [spoedbed], aantal_contractanten: 2 }", with: "naam: West, producten: [spoedbed], aantal_contractanten: 2, geraamde_waarde: 500000, maximale_waarde: 650000 }" },
    );
    const s = section(leidraad(m), "s-maximale-waarde");
    expect(s.title).toBe("Geraamde en maximale waarde");
    // Subtender Spoed: no estimate (its lots have none), ceiling € 2.000.000; sub-lot 1b West: € 500.000 and € 650.000.
    expect(s.text).toContain("Subtender Spoed – € 2.000.000,00");
    expect(s.text).toContain("subperceel 1b West € 500.000,00 € 650.000,00");
    expect(s.text).toContain("Is de maximale waarde van een subtender, perceel of subperceel bereikt, dan hebben de raamovereenkomsten daarvan geen werking meer: wij doen daaronder geen nieuwe toewijzingen, ook als de looptijd nog niet om is.");
    expect(s.text).toContain("melden het de opdrachtnemers zodra 80% van een maximale waarde is bereikt.");
    expect(s.text).toContain("(Hof van Justitie EU, Simonsen &#x26; Weel, C-23/20).");
  });

  it("does not reject a bid for the liability the agreement already limits, and gives a toelating a toelatingsbesluit, not a gunningsbeslissing", () => {
    const l = leidraad(klein);
    expect(section(l, "s-voorwaardelijke-inschrijving").text).toContain("een ander tarief dan in het productenboek of een andere beperking van uw aansprakelijkheid dan de overeenkomst zelf al bevat, is ongeldig");
    const decision = section(l, "s-gunningsbeslissing").text;
    expect(decision).toContain("Een toelating kent geen gunning en dus geen gunningsbeslissing: u krijgt een toelatingsbesluit.");
    expect(decision).toContain("de redenen waarom uw inschrijving wel of niet voor gunning in aanmerking komt");
    expect(section(l, "s-voorwaarden-tussen-percelen").text).toContain("als wij u het vereiste perceel of product in dezelfde gunningsbeslissing ook gunnen, of u daarvoor met een toelatingsbesluit toelaten, of als u daarvoor al een overeenkomst met ons heeft;");
    // The open-house provision agrees with the eForms notice (no lot there) and with § De gunningsbeslissing.
    const openHouse = section(l, "s-open-house").text;
    expect(openHouse).toContain("Een toelating is geen overheidsopdracht: wij gunnen niets en kiezen niet tussen aanbieders. Zij staat daarom niet als perceel in de Europese aankondiging, en wie wordt toegelaten, krijgt een toelatingsbesluit, geen gunningsbeslissing.");
    expect(openHouse).toContain("Een afwijzing bij de eerste toelating staat in het toelatingsbesluit, niet in een gunningsbeslissing,");
    expect(openHouse).not.toContain("maakt deel uit van de gunningsbeslissing");
  });

  it("names the own gunningsbeslissing of a subtender whose gunningsfase follows its dialogue (test/fixtures/rijnmond-shaped.ts)", () => {
    const result = validateContent(rijnmondShaped());
    // The example is a concept with placeholder contact data and no ocid prefix; nothing else is flagged
    // (also not its dialogue: the fixture has the Nota van Inlichtingen after it).
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(["ocid-prefix-ontbreekt", "plaatshouder-contact", "plaatshouder-contact"]);
    const decision = section(leidraad(result.model!), "s-gunningsbeslissing").text;
    // Opdracht B: voorlopige gunning 2022-05-02 and definitieve gunning 2022-05-30 in its own planning; the others the tender's 2022-01-14.
    expect(decision).toContain("Wij maken de voorlopige gunning (de gunningsbeslissing) op 14 januari 2022 tegelijk via Mercell bekend aan alle inschrijvers, behalve in Opdracht B Prestatieaanbieders");
    expect(decision).toContain("gunnen wij na de eigen gunningsfase: de gunningsbeslissing volgt op 2 mei 2022, de definitieve gunning op 30 mei 2022; de termijnen hieronder en in het hoofdstuk over rechtsbescherming lopen voor die subtender vanaf die gunningsbeslissing.");
    // Without own milestones (klein) the sentence is as before.
    expect(section(leidraad(klein), "s-gunningsbeslissing").text).toContain("tegelijk via Mercell bekend aan alle inschrijvers. Per perceel staan in de gunningsbeslissing:");
  });

  it("words generated sentences as issue 23 §6 asks: the lots by number, the attachment by number and title, an introduction for any title", () => {
    const l = leidraad(klein);
    // Fixed counts in klein: sub-lots 1a and 1b, lot 2.
    expect(section(l, "s-aantal-contractanten").text).toContain("Voor de percelen en subpercelen met een vast aantal contractanten (1a, 1b en 2) gelden deze regels:");
    // klein has the default attachments: 2 Productenboek, 3 Eisen.
    expect(section(l, "s-eisen").text).toContain("De leveringsvoorwaarden per product staan in bijlage 2 Productenboek en in bijlage 3 Eisen.");
    // aanbesteding.yaml of klein: titel Jeugdhulp Regio Noord 2026.
    expect(section(l, "s-inleiding").text).not.toContain("besteedt");
    const intro = section(leidraad(modelWith({ file: "teksten/10-inleiding.md", remove: true })), "s-inleiding").text;
    expect(intro).toMatch(/^Deze aanbestedingsleidraad hoort bij de aanbesteding „Jeugdhulp Regio Noord 2026” \(kenmerk [^)]+, versie [^)]+\)\. Daarmee koopt .+ jeugdhulp in namens de gemeenten Appingedam, Delfzijl en Loppersum\./);
  });

  it("writes three or more consecutive lot numbers as a range", () => {
    expect(labelRanges(["A", "B1", "B2", "B3", "B4a", "B4b", "B4c", "B5"])).toEqual(["A", "B1–B3", "B4a–B4c", "B5"]);
    expect(labelRanges(["A", "B1", "B2", "B3", "B4", "B5a", "B5b", "B5c"])).toEqual(["A", "B1–B4", "B5a–B5c"]);
    expect(labelRanges(["1a", "1b", "2"])).toEqual(["1a", "1b", "2"]);
  });

  it("names for a segment the subtenders whose lots buy it, and says so when no lot does", () => {
    expect(klein.segments.find((s) => s.id === "spoed")!.subtenderIds).toEqual(["spoed"]);
    const declaredOnly = modelWith({ file: "subtenders/toelating-noord.yaml", replace: "segmenten: [ambulant]", with: "segmenten: [ambulant, spoed]" });
    // Declaring a segment does not make a subtender buy it.
    expect(declaredOnly.segments.find((s) => s.id === "spoed")!.subtenderIds).toEqual(["spoed"]);
    const unbought = modelWith({ file: "segmenten/dyslexie.yaml", write: "id: dyslexie\nnaam: Dyslexiezorg\nproducten:\n  - id: dyslexiebehandeling\n    naam: Dyslexiebehandeling\n    productcategorie: \"54\"\n    omschrijving: Behandeling van ernstige dyslexie.\n    doelgroep: Kinderen van 7 tot 13 jaar.\n    personeel: { minimaal_opleidingsniveau: wo }\n    bekostiging: { vorm: outputgericht, eenheid: stuk, tarief: 3200, tariefjaar: 2026 }\n" });
    expect(unbought.segments.find((s) => s.id === "dyslexie")!.subtenderIds).toEqual([]);
  });

  it("gives a sub-lot its lot's criteria without calling them its own", () => {
    const m = modelWith({ file: "subtenders/spoed.yaml", replace: "    naam: Spoedbedden\n", with: "    naam: Spoedbedden\n    gunningscriteria:\n      - { id: beschikbaarheid, naam: Beschikbaarheid, weging: 100 }\n" });
    const lot = (id: string) => m.lots.find((l) => l.id === id)!;
    expect(lot("spoedbedden").eigenGunningscriteria).toBe(true);
    expect(lot("spoedbedden-oost").eigenGunningscriteria).toBe(false);
    expect(lot("spoedbedden-oost").gunningscriteria.map((c) => c.id)).toEqual(["beschikbaarheid"]);
  });

  it("uses the standard scale, with a description for every score, when a subtender has none", () => {
    const m = modelWith({ file: "subtenders/spoed.yaml", replace: "beoordelingsschaal:\n  - { score: 0, omschrijving: Onvoldoende }\n  - { score: 5, omschrijving: Voldoende }\n  - { score: 10, omschrijving: Goed }\n", with: "" });
    const s = section(leidraad(m), "s-gunning-spoed");
    expect(s.text).toContain("Wij gebruiken de standaardbeoordelingsschaal:");
    expect(s.text).toContain("één van de scores 0, 2, 4, 6, 8 of 10 uit de standaardbeoordelingsschaal");
    expect(s.text).toMatch(/0 Onvoldoende: .* 10 Uitstekend: /);
    expect(section(leidraad(klein), "s-gunning-spoed").text).toContain("één van de scores 0, 5 of 10 uit de beoordelingsschaal");
  });

  it("never invents how a minimum requirement is proven", () => {
    const m = modelWith({ file: "eisen.yaml", replace: "  soort: geschiktheidseis\n  tekst: Alle medewerkers met cliëntcontact hebben een VOG die niet ouder is dan drie jaar.\n  bewijs: Een eigen verklaring bij inschrijving.\n", with: "  soort: minimumeis\n  tekst: Alle medewerkers met cliëntcontact hebben een VOG die niet ouder is dan drie jaar.\n" });
    const s = section(leidraad(m), "s-eis-verklaring-omtrent-gedrag");
    expect(s.text).toContain("VOG die niet ouder is dan drie jaar");
    expect(s.text).not.toContain("Bewijs");
    // An exclusion ground is proven with the UEA by its nature, also without a bewijs of its own.
    expect(section(leidraad(klein), "s-eis-uitsluiting").text).toContain("Bewijs Het Uniform Europees Aanbestedingsdocument (UEA).");
  });
});

describe("the planning table of the leidraad", () => {
  it("renders a milestone's toelichting as the Markdown it is: bold text and a resolved chapter link, never raw `**` or `](`", () => {
    const m = modelWith({
      file: "aanbesteding.yaml",
      replace: "{ id: publicatie, mijlpaal: Publicatie op Mercell, datum: 2025-09-01 }",
      with: '{ id: publicatie, mijlpaal: Publicatie op Mercell, datum: 2025-09-01, toelichting: "Op **Mercell**; zie [Inleiding](hoofdstuk:inleiding)." }',
    });
    const planning = numberSections(bestekSections(lookup(m), [])).find((s) => s.anchor === "s-planning")!;
    expect(planning).toBeDefined();
    // A renderer that marks links, so the chapter link is seen as a link, not as its Markdown.
    const links: Renderer = { ...plain, view: { ...plain.view, inline: (md) => inlineMarkdownTree(md, () => ({ href: "#doel", text: "Inleiding" })) } };
    const html = bodyHtml(planning, links);
    expect(html).toContain("<strong>Mercell</strong>");
    expect(html).toMatch(/<a [^>]*href="#doel"[^>]*>Inleiding<\/a>/);
    expect(html).not.toContain("**");
    expect(html).not.toContain("](");
  });
});
