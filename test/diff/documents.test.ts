// The change overview compares the built documents too: where each change of
// the data lands (bijlage, § or artikel), what the build derived that no data
// change explains, and which documents changed in their text or only in their
// version stamp. Two versions of Rijnmond, edited here as a team would.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compareTender } from "../../src/diff/compare-tender.ts";
import { renderChangesFragment } from "../../src/diff/render-html.ts";
import { renderChangesSummary } from "../../src/diff/render-text.ts";
import type { ChangeReport } from "../../src/diff/types.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";

const work = mkdtempSync(join(tmpdir(), "documenten-vergelijken-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of Rijnmond with `edit` applied to its files, resolved. */
function rijnmond(name: string, edit: (dir: string) => void = () => {}) {
  const dir = join(work, name);
  cpSync("examples/rijnmond", dir, { recursive: true });
  edit(dir);
  const result = validateContent(dir);
  if (!result.model) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
  return result.model;
}

const replaceIn = (file: string, from: string, to: string) => {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${from} niet in ${file}`);
  writeFileSync(file, text.replace(from, to));
};

const original = rijnmond("origineel");

describe("where a change lands in the documents", () => {
  // Version 1.1: the opzegtermijn goes from 6 to 3 months, the inschrijving deadline a week earlier.
  const edited = rijnmond("gewijzigd", (dir) => {
    const tender = join(dir, "aanbesteding.yaml");
    replaceIn(tender, "opzegtermijn_maanden: 6", "opzegtermijn_maanden: 3");
    replaceIn(tender, 'datum: "2021-12-20T12:00" }', 'datum: "2021-12-13T12:00" }');
    replaceIn(tender, 'versie: "1.0"', 'versie: "1.1"');
    replaceIn(tender, "datum: 2021-11-01\n", "datum: 2021-11-08\n");
  });
  const report = compareTender(original, edited);
  const all = report.groups.flatMap((g) => g.changes);
  const change = (veld: string) => all.find((c) => c.fields.some((f) => f.veld === veld))!;

  it("numbers every change W-01, W-02, … so a Nota can cite it", () => {
    expect(all.map((c) => c.nummer)).toEqual(all.map((_, i) => `W-${String(i + 1).padStart(2, "0")}`));
    expect(all.length).toBeGreaterThanOrEqual(2);
    expect(renderChangesFragment(report)).toContain(`<article id="w-01">`);
  });

  it("names the leidraad's § and the artikel of each of the three agreements for a changed opzegtermijn", () => {
    const opzeg = change("opzegtermijn");
    // Rijnmond's bijlagen (aanbesteding.yaml): 1 the leidraad, 7–9 the agreements of opdracht A, B and C.
    expect(opzeg.waar!.map((w) => `${w.bijlage} ${w.plaats} ${w.kop}`)).toEqual([
      "1 § 8 Overeenkomst",
      "7 artikel 6 Looptijd, verlenging en opzegging",
      "8 artikel 6 Looptijd, verlenging en opzegging",
      "9 artikel 6 Looptijd, verlenging en opzegging",
    ]);
    expect(opzeg.waar![1].document).toBe("Raamovereenkomst Opdracht A Systeemaanbieders");
  });

  it("lists the gestanddoening the build derives from the deadline, 252 → 259 days, as a change no data explains", () => {
    // 20 december 2021 → 29 augustus 2022 is 252 days; from 13 december it is 259.
    const gestand = report.afgeleid!.find((s) => s.kop === "Gestanddoening")!;
    expect(gestand).toMatchObject({ bijlage: "1", plaats: "§ 6.2", soort: "gewijzigd" });
    expect(gestand.redline).toContain('<del><span class="merk" aria-hidden="true">[-</span>252<span class="merk" aria-hidden="true">-]</span></del> <ins><span class="merk" aria-hidden="true">{+</span>259<span class="merk" aria-hidden="true">+}</span></ins>');
    // The deadline itself is not derived: it is the change of the milestone, in the leidraad's planning.
    expect(report.afgeleid!.some((s) => s.kop === "Planning")).toBe(false);
    expect(change("datum").waar!.map((w) => `${w.bijlage} ${w.plaats}`)).toContain("1 § 3");
    expect(renderChangesSummary(report)).toContain("bijlage 1 Aanbestedingsleidraad, § 6.2 Gestanddoening");
  });

  it("tells the documents whose text changed from those that only carry the new version and date", () => {
    const status = Object.fromEntries(report.documenten!.map((d) => [d.bijlage, d.status]));
    // The leidraad (opzegtermijn, planning, gestanddoening), the three agreements and the checklist (the deadline per lot).
    for (const b of ["1", "7", "8", "9", "10"]) expect(status[b], b).toBe("gewijzigd");
    // Productenboek, eisen, the three subtender attachments and the nota: only the stamp.
    for (const b of ["2", "3", "4", "5", "6", "11"]) expect(status[b], b).toBe("alleen versie of datum");
    expect(renderChangesFragment(report)).toContain("Opnieuw publiceren met gewijzigde tekst: bijlagen 1, 7, 8, 9, 10. Alleen versie en datum gewijzigd: bijlagen 2, 3, 4, 5, 6, 11.");
  });
});

describe("a renamed lot with sub-lots", () => {
  // Perceel B4 Crisishulp becomes Crisiszorg: its sub-lots' headings name it (subperceel B4a … (perceel B4 …)).
  const renamed = rijnmond("hernoemd", (dir) => replaceIn(join(dir, "subtenders", "prestatieaanbieders.yaml"), "    naam: Crisishulp\n", "    naam: Crisiszorg\n"));
  const report: ChangeReport = compareTender(original, renamed);

  it("explains the changed headings of its sub-lots by the rename, and lists nothing as derived", () => {
    const rename = report.groups.flatMap((g) => g.changes).find((c) => c.fields.some((f) => f.veld === "naam" && f.na === "Crisiszorg"))!;
    expect(rename.ernst).toBe("wezenlijk");
    expect(rename.waar!.some((w) => w.kop.includes("B4a") && w.kop.includes("Crisiszorg"))).toBe(true);
    expect(report.afgeleid).toEqual([]);
  });
});

describe("a reorder the data comparison cannot see", () => {
  // Two eisen swap places in eisen.yaml: no field of any entity changed, but the §§ are renumbered.
  const reordered = rijnmond("volgorde", (dir) => {
    const file = join(dir, "eisen.yaml");
    const s = readFileSync(file, "utf8");
    const [vog, meldcode, next] = ["- id: vog", "- id: meldcode", "- id: transparante-kostprijs"].map((m) => s.indexOf(m));
    writeFileSync(file, s.slice(0, vog) + s.slice(meldcode, next) + s.slice(vog, meldcode) + s.slice(next));
  });
  const report: ChangeReport = compareTender(original, reordered);

  it("reports the renumbered §§ of the leidraad and the Eisen, and warns that the version was not raised", () => {
    expect(report.groups).toEqual([]);
    const renumbered = report.afgeleid!.filter((s) => s.soort === "hernummerd").map((s) => `${s.bijlage} ${s.oudePlaats} → ${s.plaats} ${s.kop}`);
    expect(renumbered).toEqual([
      "1 § 5.3.3 → § 5.3.2 Meldcode huiselijk geweld en kindermishandeling",
      "1 § 5.3.2 → § 5.3.3 Verklaring Omtrent het Gedrag",
      "3 § 3.3 → § 3.2 Meldcode huiselijk geweld en kindermishandeling",
      "3 § 3.2 → § 3.3 Verklaring Omtrent het Gedrag",
    ]);
    const summary = renderChangesSummary(report);
    expect(summary).not.toContain("Geen wijzigingen");
    expect(summary).toContain("Let op: beide versies heten versie 1.0 van 1 november 2021, maar de inhoud verschilt.");
    expect(summary).toContain("Documenten met gewijzigde tekst: bijlagen 1, 3, 10.");
  });

  it("says there are no changes, and that no document changed, when nothing did", () => {
    const same = compareTender(original, rijnmond("gelijk"));
    expect(renderChangesSummary(same)).toContain("Geen wijzigingen.");
    expect(same.documenten!.every((d) => d.status === "ongewijzigd")).toBe(true);
    expect(same.documenten).toHaveLength(11);
  });
});

describe("a maximale waarde that comes or goes renumbers the § after it", () => {
  // Rijnmond without the ceilings of its subtenders; perceel B1 Pleegzorg alone has one (€ 20 mln).
  const withoutCeilings = (dir: string) => {
    const file = join(dir, "subtenders", "prestatieaanbieders.yaml");
    replaceIn(file, "\nmaximale_waarde: 90000000\n", "\n");
    replaceIn(join(dir, "subtenders", "systeemaanbieders.yaml"), "\nmaximale_waarde: 400000000\n", "\n");
  };
  const lotCeiling = rijnmond("plafond-b1", (dir) => {
    withoutCeilings(dir);
    replaceIn(join(dir, "subtenders", "prestatieaanbieders.yaml"), "    nummer: B1\n", "    nummer: B1\n    maximale_waarde: 20000000\n");
  });
  const noCeiling = rijnmond("geen-plafond", withoutCeilings);

  it("ties Voorbehouden, now § 8.1, to the removed maximale waarde of perceel B1 instead of listing it as derived", () => {
    const report = compareTender(lotCeiling, noCeiling);
    const changes = report.groups.flatMap((g) => g.changes);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ nummer: "W-01", soort: "perceel", id: "pleegzorg" });
    expect(changes[0].fields.map((f) => [f.veld, f.voor, f.na])).toEqual([["maximale waarde", "€ 20.000.000,00", undefined]]);
    expect(report.afgeleid).toEqual([]);
    const leidraad = report.documenten!.find((d) => d.bijlage === "1")!;
    expect(leidraad.secties.map((s) => `${s.soort} ${s.oudePlaats ?? ""}${s.oudePlaats ? " → " : ""}${s.plaats} ${s.kop} door ${s.door}`)).toEqual([
      "hernummerd § 8.2 → § 8.1 Voorbehouden door W-01",
      "verwijderd § 8.1 Geraamde en maximale waarde door W-01",
    ]);
    expect(renderChangesSummary(report)).not.toContain("Afgeleide wijzigingen");
  });

  it("ties Voorbehouden, now § 8.2, to the added maximale waarde", () => {
    const report = compareTender(noCeiling, lotCeiling);
    expect(report.afgeleid).toEqual([]);
    const voorbehouden = report.documenten!.find((d) => d.bijlage === "1")!.secties.find((s) => s.kop === "Voorbehouden")!;
    expect(voorbehouden).toMatchObject({ soort: "hernummerd", oudePlaats: "§ 8.1", plaats: "§ 8.2", door: ["W-01"] });
  });
});
