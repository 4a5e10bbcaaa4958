/**
 * A Rijnmond-shaped tender as issue 23 reads it (test/fixtures/rijnmond-shaped.ts:
 * opdracht B with `fasen: [selectie, dialoog, gunning]` and two dialogue rounds on
 * 14 februari and 14 maart 2022; ceilings A € 400.000.000, B € 90.000.000, lot B4
 * € 45.000.000, sub-lot B4a € 18.000.000), built once with the real CLI and read back
 * in both media. The expected values are written from the fixture, never from the build.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { flat, pdftotext } from "../pdf/helpers.ts";
import { runCli } from "../run-cli.ts";
import { rijnmondShaped } from "../fixtures/rijnmond-shaped.ts";

describe("a Rijnmond-shaped tender with a dialogue phase and ceilings, built", () => {
  let out: string;
  let content: string;
  // The example is a concept (its contact data are placeholders): -raw keeps the content-stream
  // order, in which the CONCEPT watermark is painted last, so its letters never split a sentence.
  const pdf = (start: string) => flat(pdftotext(join(out, "mercell", readdirSync(join(out, "mercell")).find((f) => f.startsWith(start) && f.endsWith(".pdf"))!), { raw: true }));

  beforeAll(async () => {
    content = rijnmondShaped();
    out = join(mkdtempSync(join(tmpdir(), "rijnmond-shaped-out-")), "dist");
    const result = await runCli(["build", "--content", content, "--out", out]);
    expect(result.stderr).not.toMatch(/fout:/);
    expect(result.status).toBe(0);
  }, 600_000);
  afterAll(() => {
    rmSync(dirname(out), { recursive: true, force: true });
    rmSync(dirname(content), { recursive: true, force: true });
  });

  it("the leidraad regulates the dialogue with its dates and states the ceilings", () => {
    const leidraad = pdf("1-");
    expect(leidraad).toContain("In Opdracht B Prestatieaanbieders (zie § 4.3) volgt na de selectiefase een dialoogfase.");
    expect(leidraad).toContain("De dialoog in Opdracht B Prestatieaanbieders (zie § 4.3) begint op 14 februari 2022 en eindigt op 14 maart 2022, in twee rondes (zie de planning).");
    expect(leidraad).toContain("Het is geen wezenlijke wijziging in de zin van de artikelen 2.163a tot en met 2.163g van de Aanbestedingswet 2012");
    expect(leidraad).toContain("Opdracht B Prestatieaanbieders (zie § 4.3) – € 90.000.000,00 perceel B4 Crisishulp (zie § 4.3.4) – € 45.000.000,00");
    expect(leidraad).not.toContain("Selectie en gunning vinden in één fase plaats");
  });

  it("the leidraad counts the vervaltermijn and the gestanddoening of opdracht B from its own gunningsbeslissing and final-bid deadline", () => {
    const leidraad = pdf("1-");
    // The team's rechtsbescherming chapter: the tender's voorlopige gunning 14 januari 2022, opdracht B's 2 mei 2022 (+ 20 days: Sunday 22 mei, so Monday 23 mei).
    expect(leidraad).toContain("Verzenden wij de gunningsbeslissing op de geplande dag, dan is de laatste dag van de vervaltermijn donderdag 3 februari 2022.");
    expect(leidraad).toContain("Opdracht B Prestatieaanbieders (zie § 4.3) gunt na een eigen gunningsfase: verzenden wij de gunningsbeslissing voor die subtender op 2 mei 2022, dan is de laatste dag van de vervaltermijn daarvoor maandag 23 mei 2022.");
    // Final bids 11 april 2022 12:00; the agreements are signed on 30 juni 2022 (after B's definitieve gunning of 30 mei), + 60 days.
    expect(leidraad).toContain("In Opdracht B Prestatieaanbieders (zie § 4.3) schrijft u definitief in in de eigen gunningsfase, uiterlijk op 11 april 2022, 12:00 uur. Die inschrijving blijft geldig (gestand) tot en met 29 augustus 2022: 140 dagen na die uiterste inschrijfdatum, tot 60 dagen na de geplande ondertekening van de overeenkomsten.");
  });

  it("the raamovereenkomst takes in the dialogue's outcome, states the ceilings and what happens when one is reached", () => {
    const agreement = pdf("8-");
    expect(agreement).toContain("De uitwerking van de opdracht uit de dialoogfase, zoals de opdrachtgever die vóór de gunningsfase in een Nota van Inlichtingen voor alle deelnemers gelijk heeft vastgelegd, is deel van deze overeenkomst.");
    expect(agreement).toContain("De maximale waarde van de raamovereenkomsten is voor Opdracht B Prestatieaanbieders samen € 90.000.000,00, voor perceel B4 Crisishulp € 45.000.000,00 en voor subperceel B4a Crisisinterventie en ambulante crisishulp € 18.000.000,00");
    expect(agreement).toContain("Is een maximale waarde bereikt, dan heeft deze overeenkomst voor dat onderdeel geen werking meer");
    expect(agreement).not.toMatch(/ontwikkeltraject|evalueren wij|\bwij\b/);
  });

  it("the site's lot page of sub-lot B4a states its ceiling and those above it", () => {
    const html = readFileSync(join(out, "site", "percelen", "crisisinterventie", "index.html"), "utf8").replace(/\s+/g, " ");
    expect(html).toContain("<dt>Maximale waarde</dt> <dd>€ 18.000.000,00 (excl. btw, over de maximale looptijd met verlengingen); daarna heeft de raamovereenkomst voor dit onderdeel geen werking meer</dd>");
    expect(html).toContain("<dt>Maximale waarde perceel B4</dt> <dd>€ 45.000.000,00, voor alle subpercelen samen</dd>");
    expect(html).toContain("<dt>Maximale waarde subtender</dt> <dd>€ 90.000.000,00, voor alle percelen van Opdracht B Prestatieaanbieders samen</dd>");
  });

  it("the eForms notice is multi-stage", () => {
    const xml = readFileSync(join(out, "aankondiging", "eforms-aankondiging.xml"), "utf8");
    expect(xml).toContain('<cbc:ProcedureCode listName="procurement-procedure-type">oth-mult</cbc:ProcedureCode>');
    expect(xml).not.toContain("TenderSubmissionDeadlinePeriod");
  });
});
