import { describe, expect, it } from "vitest";
import { messagesAfter } from "../fixtures/invalid/apply-case.ts";
import type { Edit } from "../fixtures/invalid/cases.ts";

const diagnostics = messagesAfter;
const tender = "aanbesteding.yaml";
const st = "subtenders/spoed.yaml";
const toelating = "subtenders/toelating-noord.yaml";
const planningOf = (lines: string) => ({ file: st, replace: "plan_van_aanpak: { max_a4: 3 }\n", with: `plan_van_aanpak: { max_a4: 3 }\n${lines}` });

describe("the legal checks of the bestek", () => {
  describe("standstill", () => {
    it("gives one message when definitieve gunning is too early and the period also ends on a weekend", () => {
      // 2025-11-03 + 20 = Sunday 23 November; definitieve gunning 14 days later.
      const found = diagnostics({ file: tender, replace: "datum: 2025-11-07 }", with: "datum: 2025-11-03 }" }, { file: tender, replace: "datum: 2025-12-01 }", with: "datum: 2025-11-17 }" });
      expect(found).toEqual([
        "aanbesteding.yaml:23:70: waarschuwing: definitieve gunning volgt 14 dagen na de voorlopige gunning; de gebruikelijke standstill-termijn is minstens 20 kalenderdagen, gerekend vanaf de dag na de voorlopige gunning; de termijn eindigt op zondag 23 november 2025; volgens de Algemene termijnenwet loopt hij door tot maandag 24 november 2025; plan de definitieve gunning op of na dinsdag 25 november 2025",
      ]);
    });

    it("warns on the last day of a period that ends on a working day, and not on the day after", () => {
      // 2025-11-07 + 20 = Thursday 27 November.
      expect(diagnostics({ file: tender, replace: "datum: 2025-12-01 }", with: "datum: 2025-11-27 }" })).toEqual([
        "aanbesteding.yaml:23:70: waarschuwing: definitieve gunning op 27 november 2025 valt nog binnen de standstill-termijn van 20 kalenderdagen, gerekend vanaf de dag na de voorlopige gunning; de termijn eindigt op donderdag 27 november 2025; plan de definitieve gunning op of na vrijdag 28 november 2025",
      ]);
      expect(diagnostics({ file: tender, replace: "datum: 2025-12-01 }", with: "datum: 2025-11-28 }" })).toEqual([]);
    });

    it("names the holiday on which the period ends, and says so without a definitieve gunning", () => {
      // 2026-04-16 + 20 = Wednesday 6 May 2026: a working day. 2026-04-15 + 20 = Tuesday 5 May: Bevrijdingsdag.
      const edits = (prelim: string): Edit[] => [
        { file: tender, replace: "datum: 2025-11-07 }", with: `datum: ${prelim} }` },
        { file: tender, replace: "  - { id: definitieve-gunning, mijlpaal: Definitieve gunning, datum: 2025-12-01 }\n", with: "" },
        { file: tender, replace: "datum: 2026-01-01 }", with: "datum: 2026-07-01 }" },
        { file: tender, replace: "datum: 2025-10-20T12:00 }", with: "datum: 2026-03-20T12:00 }" },
      ];
      expect(diagnostics(...edits("2026-04-16"))).toEqual([]);
      expect(diagnostics(...edits("2026-04-15"))).toEqual([
        "aanbesteding.yaml:22:68: waarschuwing: de standstill-termijn eindigt op dinsdag 5 mei 2026 (Bevrijdingsdag); volgens de Algemene termijnenwet loopt hij door tot woensdag 6 mei 2026; noem 6 mei 2026 als einde van de termijn in de gunningsbeslissing, of kies een datum voor de voorlopige gunning waarbij de twintigste dag een werkdag is",
      ]);
    });
  });

  it("wants 6 days between the Nota van Inlichtingen and the deadline, and no more", () => {
    expect(diagnostics({ file: tender, replace: "datum: 2025-09-29 }", with: "datum: 2025-10-14 }" })).toEqual([]);
    expect(diagnostics({ file: tender, replace: "datum: 2025-09-29 }", with: "datum: 2025-10-15 }" })).toEqual([
      "aanbesteding.yaml:20:74: waarschuwing: de Nota van Inlichtingen (`nota-van-inlichtingen`, 15 oktober 2025) verschijnt 5 dagen voor de uiterste inschrijfdatum (20 oktober 2025, 12:00 uur); laat ten minste 6 kalenderdagen tussen de Nota van Inlichtingen en de uiterste inschrijfdatum, zodat inschrijvers de antwoorden kunnen verwerken",
    ]);
  });

  it("asks for indexation only beyond 12 months, and accepts `methode: geen`", () => {
    const noIndex = { file: tender, replace: "  indexatie: { methode: vast-percentage, percentage: 2.5, peildatum: 1 oktober }\n", with: "" };
    expect(diagnostics(noIndex, { file: tender, replace: "looptijd_maanden: 48\n  verlengingen: [12]", with: "looptijd_maanden: 6\n  verlengingen: [3, 3]" })).toEqual([]);
    expect(diagnostics(noIndex, { file: tender, replace: "looptijd_maanden: 48\n  verlengingen: [12]", with: "looptijd_maanden: 13" })).toEqual([
      expect.stringMatching(/^aanbesteding\.yaml:25:1: waarschuwing: de overeenkomst loopt met verlengingen ten hoogste 13 maanden, maar `overeenkomst` heeft geen `indexatie`/),
    ]);
    expect(diagnostics({ file: tender, replace: "methode: vast-percentage, percentage: 2.5,", with: "methode: geen," })).toEqual([]);
  });

  it("accepts a sub-lot whose lot says how the work is divided", () => {
    // The fixture's toewijzing is on perceel 1, not on sub-lot 1b with its two contractors.
    expect(diagnostics()).toEqual([]);
    expect(diagnostics({ file: st, replace: "aantal_contractanten: 3\n", with: "aantal_contractanten: 1\n" }, { file: st, replace: "    toewijzing: De jeugdige", with: "    omschrijving: De jeugdige" })).toEqual([]);
  });

  it("asks bewijs only of knock-out requirements that are used", () => {
    const unused = "- id: kvk\n  titel: Inschrijving KvK\n  soort: geschiktheidseis\n  tekst: De inschrijver staat in het Handelsregister.\n";
    const text = "  tekst: De aanbieder is 24 uur per dag en 7 dagen per week bereikbaar.\n";
    expect(diagnostics({ file: "eisen.yaml", replace: text, with: text + unused })).toEqual([]);
    expect(diagnostics({ file: "eisen.yaml", replace: text, with: text + unused }, { file: toelating, replace: "eisen: [verklaring-omtrent-gedrag]", with: "eisen: [verklaring-omtrent-gedrag, kvk]" })).toEqual([
      expect.stringMatching(/^eisen\.yaml:15:3: waarschuwing: eis `kvk` is een geschiktheidseis maar heeft geen `bewijs`/),
    ]);
  });

  describe("a condition on a product bought only in a toelating", () => {
    const condition = (toelichting: string): Edit => ({ file: st, replace: "{ vereist_perceel: spoedbedden, toelichting: Een spoedteam kan een bed regelen. }", with: `{ vereist_product: gezinstherapie, toelichting: "${toelichting}" }` });

    it("is not reported when the toelichting names the perceel", () => {
      expect(diagnostics(condition("U moet worden toegelaten voor het hele [perceel 1](perceel:ambulante-hulp) van de toelating."))).toEqual([]);
      expect(diagnostics(condition("U moet worden toegelaten voor de [toelating](subtender:toelating-noord)."))).toHaveLength(1);
    });

    it("is not reported when the product is also bought in an aanbesteding, or alone in a toelating perceel", () => {
      expect(diagnostics(condition("Ook gezinstherapie."), { file: st, replace: "producten: [spoedbed], aantal_contractanten: 1 }", with: "producten: [spoedbed, gezinstherapie], aantal_contractanten: 1 }" })).toEqual([]);
      expect(diagnostics(condition("Ook gezinstherapie."), {
        file: toelating,
        replace: "producten: [gezinsbegeleiding, gezinstherapie] }",
        with: "producten: [gezinsbegeleiding] }\n  - { id: gezinstherapie-los, nummer: \"2\", naam: Gezinstherapie, producten: [gezinstherapie] }",
      })).toEqual([]);
    });
  });

  describe("phases", () => {
    it("accepts dialogue milestones in a subtender with a dialogue phase", () => {
      // klein's own rechtsbescherming chapter does not give this subtender's own dates: another rule's error (required-elements).
      const found = diagnostics(planningOf("fasen: [selectie, dialoog, gunning]\nplanning:\n  - { id: selectie, mijlpaal: Selectiebeslissing, datum: 2025-10-27, fase: selectie }\n  - { id: dialoog-1, mijlpaal: Eerste dialoogronde, datum: 2025-11-03, fase: dialoog }\n  - { id: nota-van-inlichtingen-dialoog, mijlpaal: Nota van Inlichtingen met de uitkomst van de dialoog, datum: 2025-11-10, fase: gunning }\n  - { id: inschrijving, mijlpaal: Uiterste inschrijfdatum gunningsfase, datum: \"2025-11-24T12:00\", fase: gunning }\n  - { id: voorlopige-gunning, mijlpaal: Voorlopige gunning, datum: 2025-12-01, fase: gunning }\n  - { id: definitieve-gunning, mijlpaal: Definitieve gunning, datum: 2025-12-23, fase: gunning }\n"));
      expect(found.filter((d) => !d.startsWith("teksten/20-rechtsbescherming.md"))).toEqual([]);
      expect(found).toHaveLength(1);
    });

    it("gives one message for a dialogue milestone in a phase the subtender does not have", () => {
      const found = diagnostics(planningOf("fasen: [selectie, gunning]\nplanning:\n  - { id: dialoog-1, mijlpaal: Eerste dialoogronde, datum: 2025-11-03, fase: dialoog }\n"));
      expect(found).toEqual([expect.stringMatching(/^subtenders\/spoed\.yaml:8:78: fout: mijlpaal `dialoog-1` hoort bij fase `dialoog`/)]);
    });

    it("checks the dates of a subtender's planning", () => {
      expect(diagnostics(planningOf("planning:\n  - { id: presentatie, mijlpaal: Presentatie, datum: 2025-11-31 }\n"))).toEqual([
        expect.stringMatching(/^subtenders\/spoed\.yaml:7:54: fout: `2025-11-31` is geen bestaande datum/),
      ]);
    });
  });

  it("accepts an indexation method other than vast-percentage without a percentage", () => {
    expect(diagnostics({ file: tender, replace: "methode: vast-percentage, percentage: 2.5,", with: "methode: cao-en-prijsindex," })).toEqual([]);
  });
});
