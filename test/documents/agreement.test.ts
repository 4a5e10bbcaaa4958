import { describe, expect, it } from "vitest";
import { agreementSections } from "../../src/documents/agreement/index.ts";
import { esc } from "./escape.ts";
import { lookup } from "../../src/model/lookup.ts";
import { numberSections, walk } from "../../src/documents/section.ts";
import type { Model } from "../../src/model/types.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { modelAfter } from "../fixtures/invalid/apply-case.ts";

import { bodyHtml, text } from "./plain-renderer.ts";

/** The agreement of one subtender as numbered articles with their text. */
export function agreement(model: Model, subtender: string) {
  return [...walk(numberSections(agreementSections(lookup(model), subtender)))].map((s) => ({ number: s.number, title: s.title, anchor: s.anchor, text: text(bodyHtml(s)) }));
}
export const article = (a: ReturnType<typeof agreement>, anchor: string) => {
  const s = a.find((x) => x.anchor === anchor);
  expect(s, `${anchor} in ${a.map((x) => x.anchor).join(", ")}`).toBeDefined();
  return s!;
};

const klein = validateContent("test/fixtures/klein").model!;

describe("the agreement's object", () => {
  it("does not repeat the subtender's omschrijving, written to bidders, nor promise an ontwikkeltraject", () => {
    const m = modelAfter({ file: "subtenders/spoed.yaml", replace: "segmenten: [spoed]\n", with: "segmenten: [spoed]\nomschrijving: Na selectie volgt een ontwikkeltraject waarin wij de KPI's samen uitwerken.\n" });
    const object = article(agreement(m, "spoed"), "s-artikel-voorwerp");
    expect(object.text).not.toContain("ontwikkeltraject");
    expect(object.text).toContain("De opdracht is beschreven in het hoofdstuk Opdracht van bijlage 1 Aanbestedingsleidraad.");
    expect(object.text).not.toContain("dialoogfase");
  });

  it("makes the dialogue's outcome part of the agreement without changing its essential terms, where the subtender has a dialogue phase", () => {
    const m = modelAfter({ file: "subtenders/spoed.yaml", replace: "plan_van_aanpak:", with: "fasen: [selectie, dialoog, gunning]\nplan_van_aanpak:" });
    expect(article(agreement(m, "spoed"), "s-artikel-voorwerp").text).toContain(
      "De uitwerking van de opdracht uit de dialoogfase, zoals de opdrachtgever die vóór de gunningsfase in een Nota van Inlichtingen voor alle deelnemers gelijk heeft vastgelegd, is deel van deze overeenkomst. Zij vult de opdracht in binnen de grenzen van de aanbestedingsstukken en wijzigt de wezenlijke voorwaarden van deze overeenkomst niet.",
    );
    expect(article(agreement(klein, "spoed"), "s-artikel-voorwerp").text).not.toContain("dialoogfase");
  });
});

describe("the maximale waarde in the raamovereenkomst", () => {
  it("states the ceilings of the subtender and its sub-lot, and that the agreement has no further effect once one is reached (Simonsen & Weel)", () => {
    const m = modelAfter(
      { file: "subtenders/spoed.yaml", replace: "maximale_waarde: 3000000\n", with: "maximale_waarde: 2000000\n" },
      { file: "subtenders/spoed.yaml", replace: "naam: West, producten: [spoedbed], aantal_contractanten: 2 }", with: "naam: West, producten: [spoedbed], aantal_contractanten: 2, geraamde_waarde: 500000, maximale_waarde: 650000 }" },
    );
    const a = article(agreement(m, "spoed"), "s-artikel-afname");
    expect(a.title).toBe("Geen afnamegarantie en maximale waarde");
    // An amount is kept on one line by a span, which leaves a space before the comma here.
    expect(a.text.replace(/ ,/g, ",")).toContain(
      "De maximale waarde van de raamovereenkomsten is voor Subtender Spoed samen € 2.000.000,00 en voor subperceel 1b West € 650.000,00, over de maximale looptijd met alle verlengingen, exclusief btw. Is een maximale waarde bereikt, dan heeft deze overeenkomst voor dat onderdeel geen werking meer: de opdrachtgever doet geen nieuwe toewijzingen, ook als de looptijd nog niet om is, en de opdrachtnemer heeft geen recht op vergoeding van schade daardoor. De opdrachtgever meldt het de opdrachtnemer zodra 80% van een maximale waarde is bereikt.",
    );
  });

  it("says nothing of a ceiling where none is set", () => {
    const a = article(agreement(modelAfter({ file: "subtenders/spoed.yaml", replace: "maximale_waarde: 3000000\n", with: "" }), "spoed"), "s-artikel-afname");
    expect(a.title).toBe("Geen afnamegarantie");
    expect(a.text).not.toContain("maximale waarde");
  });
});

/**
 * The agreements of test/fixtures/klein, read as a lawyer reads them. From its YAML:
 * opzegtermijn_maanden 6; sub-lot 1a Oost has one contractor; lot 2 Spoedteams requires
 * lot 1 Spoedbedden; indexation vast-percentage 2.5 with peildatum 1 oktober; namens
 * Appingedam, Delfzijl and Loppersum. Articles 9–15 are the standard articles in their
 * order (kwaliteit 9, privacy 10, aansprakelijkheid 11, wijziging 12,
 * opschorting-en-ontbinding 13, continuiteit 14, geschillen 15).
 */
describe("the agreements' articles on notice, payment, liability and change", () => {
  const spoed = agreement(klein, "spoed");
  const noord = agreement(klein, "toelating-noord");

  it("lets the opdrachtnemer give notice, a sole contractor with a longer notice, and the opdrachtgever only for cause or for all of a lot", () => {
    const a = article(spoed, "s-artikel-looptijd");
    expect(a.number).toBe("6");
    expect(a.text).toContain("Opzegging door de opdrachtnemer. De opdrachtnemer kan de overeenkomst tussentijds schriftelijk opzeggen met een opzegtermijn van zes maanden. Voor een perceel waarvan hij de enige opdrachtnemer is (subperceel 1a Oost), is de opzegtermijn twaalf maanden, zodat de opdrachtgever de hulp op tijd elders kan regelen.");
    expect(a.text).toContain("Opzegging door de opdrachtgever. De opdrachtgever beëindigt de overeenkomst met een enkele opdrachtnemer niet zonder reden, maar alleen zoals artikel 13 bepaalt. Opzeggen kan hij alleen voor alle opdrachtnemers van een perceel tegelijk, met dezelfde opzegtermijn en met een reden die hij schriftelijk geeft");
    expect(a.text).toContain("Tijdens de opzegtermijn. De opdrachtnemer levert de hulp tot het einde van de overeenkomst op dezelfde voorwaarden; vanaf de opzegging geldt artikel 14 (continuïteit van zorg).");
    expect(a.text).not.toContain("Elk van de partijen");
    // The sole contractor's notice as the team sets it.
    const nine = modelAfter({ file: "aanbesteding.yaml", replace: "opzegtermijn_maanden: 6", with: "opzegtermijn_maanden: 6\n  opzegtermijn_enige_opdrachtnemer_maanden: 9" });
    expect(article(agreement(nine, "spoed"), "s-artikel-looptijd").text).toContain("(subperceel 1a Oost), is de opzegtermijn negen maanden");
  });

  it("ends a lot's agreement with the agreement of the lot it requires, as the leidraad promises", () => {
    expect(article(spoed, "s-artikel-looptijd").text).toContain("Percelen met een voorwaarde. Eindigt de overeenkomst waarmee de opdrachtnemer voor perceel 1 Spoedbedden is gecontracteerd, dan eindigt deze overeenkomst op dezelfde dag voor perceel 2 Spoedteams. Artikel 14 geldt dan ook voor dat perceel.");
  });

  it("speaks of the opdrachtgever, not as 'wij', in the term's facts", () => {
    const a = article(spoed, "s-artikel-looptijd");
    expect(a.text).toContain("één verlenging van 12 maanden, naar het oordeel van de opdrachtgever; de opdrachtgever maakt een verlenging uiterlijk drie maanden vóór het einde van de lopende termijn schriftelijk bekend");
    expect(a.text).not.toMatch(/\bwij\b|\bons\b/);
  });

  it("says from when indexed tariffs apply, which gemeente pays (woonplaatsbeginsel) and within how many days", () => {
    const a = article(spoed, "s-artikel-tarieven");
    expect(a.text).toContain("Indexatie. De tarieven worden geïndexeerd: jaarlijks met 2,5%, vastgesteld op peildatum 1 oktober. De geïndexeerde tarieven gelden met ingang van 1 januari van elk jaar; een tarief wordt voor het eerst geïndexeerd met ingang van 1 januari van het jaar na zijn tariefjaar. Een herziening van de tarieven buiten de indexatie gaat zoals artikel 12 bepaalt.");
    expect(a.text).toContain("Welke gemeente betaalt. De kosten van de hulp komen voor rekening van de gemeente waar de jeugdige zijn woonplaats heeft in de zin van de Jeugdwet (het woonplaatsbeginsel): de gemeente waar hij volgens de basisregistratie personen woont, en bij jeugdhulp met verblijf de gemeente waar hij woonde vlak voor het verblijf begon; dat is een van de gemeenten Appingedam, Delfzijl en Loppersum. De opdrachtnemer declareert bij de gemeente die de toewijzing heeft afgegeven.");
    expect(a.text).toContain("De opdrachtgever zorgt dat een juiste declaratie binnen 30 dagen na ontvangst wordt betaald.");
    const july = modelAfter({ file: "aanbesteding.yaml", replace: "peildatum: 1 oktober }", with: "peildatum: 1 oktober, ingang: 1 juli }" });
    expect(article(agreement(july, "spoed"), "s-artikel-tarieven").text).toContain("De geïndexeerde tarieven gelden met ingang van 1 juli van elk jaar;");
  });

  it("names who refers and that care needs a toewijzing, and contracts at most the number of contractors listed", () => {
    const a = article(spoed, "s-artikel-opdrachtnemers");
    expect(a.text).toContain("De opdrachtgever sluit deze raamovereenkomst per perceel met ten hoogste het aantal opdrachtnemers hieronder, op dezelfde voorwaarden.");
    expect(a.text).toContain("Verwijzing en toewijzing. Een jeugdige komt bij de opdrachtnemer via een verwijzing van de gemeentelijke toegang (het lokale team of wijkteam), van een huisarts, medisch specialist of jeugdarts, van een gecertificeerde instelling bij een kinderbeschermingsmaatregel of jeugdreclassering, of op grond van een beslissing van de rechter of het openbaar ministerie.");
    expect(a.text).toContain("dan begint hij en vraagt hij de toewijzing binnen vijf werkdagen aan.");
  });

  it("limits liability per event and per year, except for opzet and bewuste roekeloosheid", () => {
    const a = article(spoed, "s-artikel-aansprakelijkheid");
    expect(a.text).toContain("Beperking. De aansprakelijkheid van een partij voor schade uit of in verband met deze overeenkomst is beperkt tot € 2.500.000,00 per gebeurtenis en € 5.000.000,00 per kalenderjaar; samenhangende gebeurtenissen gelden als één gebeurtenis. De beperking geldt ook voor de vrijwaring hierboven. Zij geldt niet bij opzet of bewuste roekeloosheid van een partij of van haar leidinggevenden");
  });

  it("requires a VOG and the meldcode, and allows onderaanneming with consent, the same requirements and the responsibility kept", () => {
    const a = article(noord, "s-artikel-kwaliteit");
    expect(a.text).toContain("Bij het begin van het werk is de VOG niet ouder dan drie maanden, en de opdrachtnemer vraagt ten minste elke drie jaar een nieuwe.");
    expect(a.text).toContain("Meldcode. De opdrachtnemer werkt met een meldcode huiselijk geweld en kindermishandeling volgens de Wet verplichte meldcode huiselijk geweld en kindermishandeling");
    expect(a.text).toContain("Onderaanneming. De opdrachtnemer laat hulp alleen door een onderaannemer leveren als de opdrachtgever daarvoor vooraf schriftelijk toestemming geeft; de opdrachtgever weigert die alleen met een reden. Een onderaannemer voldoet aan dezelfde eisen als de opdrachtnemer, ook aan de uitsluitingsgronden. De opdrachtnemer blijft tegenover de opdrachtgever volledig verantwoordelijk");
  });

  it("revises tariffs by a method, at most once in a period and within a cap, and allows contractsoverneming only as art. 2.163d does", () => {
    const a = article(spoed, "s-artikel-wijziging");
    expect(a.text).toContain("Zo'n herziening gebeurt ten hoogste eens per twee jaar, gaat in op de dag waarop de indexatie ingaat, geldt voor een product voor alle opdrachtnemers gelijk, en verandert een tarief met ten hoogste 10% omhoog of omlaag, bovenop de indexatie.");
    expect(a.text).not.toContain("duidelijk, nauwkeurig en ondubbelzinnig");
    expect(a.text).toContain("aan de eisen voldoet die voor de gunning golden, en de overeenkomst verder ongewijzigd overneemt (artikel 2.163d van de Aanbestedingswet 2012).");
    expect(a.text).toContain("Partijen wijzigen deze overeenkomst alleen schriftelijk en alleen binnen de grenzen van artikel 2.163a tot en met 2.163g van de Aanbestedingswet 2012.");
    expect(a.text).toContain("Dit artikel is een herzieningsclausule als bedoeld in artikel 2.163c van de Aanbestedingswet 2012.");
  });

  it("changes a toelating's conditions for all admitted providers alike and announced in advance, without the rules for changing a public contract", () => {
    const a = article(noord, "s-artikel-wijziging");
    expect(a.text).toContain("Partijen wijzigen deze overeenkomst alleen schriftelijk. Een toelating is geen overheidsopdracht; de regels van de Aanbestedingswet 2012 voor het wijzigen van een overheidsopdracht gelden er niet voor. De opdrachtgever wijzigt de voorwaarden van de toelating wel alleen voor alle toegelaten aanbieders tegelijk en op dezelfde manier, en maakt een wijziging vooraf bekend, ook op de plaats waar de toelating openstaat, zodat een aanbieder die nog wil toetreden dezelfde voorwaarden kent.");
    expect(a.text).toContain("Een wijziging die het karakter van de toelating verandert, zoals andere hulp of een ander soort aanbieder, doet de opdrachtgever niet met dit artikel: daarvoor maakt hij een nieuwe toelating bekend.");
    expect(a.text).toContain("aan de eisen van de toelating voldoet, en de overeenkomst verder ongewijzigd overneemt. Een andere aanbieder vraagt anders zelf toelating aan.");
    expect(a.text).not.toMatch(/2\.163|herzieningsclausule/);
  });

  it("calls a toelating a toelating: nothing was tendered or awarded, and other providers join", () => {
    const parties = article(noord, "s-artikel-partijen");
    expect(parties.text).not.toMatch(/aanbesteed|gegund/);
    expect(parties.text).toContain("De opdrachtgever laat iedere aanbieder toe die aan de vooraf bekendgemaakte eisen voldoet; de opdrachtnemer heeft een aanvraag tot toelating gedaan, voldoet aan de eisen en is bij toelatingsbesluit toegelaten voor de percelen in artikel 3.");
    const admission = article(noord, "s-artikel-toelating");
    // toetreding: momenten [1 januari, 1 juli], beslistermijn_weken 6.
    expect(admission.text).toContain("In Toelating ambulante hulp kunnen andere aanbieders ook tijdens de looptijd toetreden: elk jaar op 1 januari en 1 juli. De opdrachtgever beslist binnen zes weken na ontvangst van een volledige aanvraag.");
    expect(admission.text).not.toContain("kunt u");
    // The toelating's notice: the opdrachtgever only for all of a lot.
    expect(article(noord, "s-artikel-looptijd").text).toContain("De opdrachtgever kan dat alleen voor alle opdrachtnemers van een perceel tegelijk, met dezelfde termijn; een enkele opdrachtnemer beëindigt hij alleen zoals artikel 13 bepaalt.");
  });
});

describe("the agreement's rangorde", () => {
  it("names the checklist only where the bundle has one", () => {
    // klein has the default attachments, with a checklist.
    expect(article(agreement(klein, "spoed"), "s-artikel-begrippen").text).toContain("Checklist inschrijving is een hulpmiddel en telt in deze rangorde niet mee.");
    const without = modelAfter({ file: "aanbesteding.yaml", replace: "peildatum: 1 oktober }\n", with: "peildatum: 1 oktober }\nbijlagen:\n  - { nummer: \"1\", titel: Aanbestedingsleidraad, inhoud: bestek }\n  - { nummer: \"2\", titel: Productenboek, inhoud: productenboek }\n" });
    expect(article(agreement(without, "spoed"), "s-artikel-begrippen").text).not.toContain("hulpmiddel");
  });
});
