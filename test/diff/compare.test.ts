import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compareModels } from "../../src/diff/compare.ts";
import type { ChangeReport, EntityChange } from "../../src/diff/types.ts";
import { validateContent } from "../../src/validate/validate-content.ts";
import { applyCase } from "../fixtures/invalid/apply-case.ts";
import type { Edit } from "../fixtures/invalid/cases.ts";

const before = validateContent("test/fixtures/klein").model!;

/** The small tender after some edits, compared with the original. */
function changed(...edits: Edit[]): ChangeReport {
  const dir = applyCase({ name: "na", edits });
  try {
    const result = validateContent(dir);
    if (!result.model) throw new Error(result.diagnostics.map((d) => d.message).join("\n"));
    return compareModels(before, result.model);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const all = (r: ChangeReport) => r.groups.flatMap((g) => g.changes);
const find = (r: ChangeReport, soort: string, id: string): EntityChange => {
  const c = all(r).find((x) => x.soort === soort && x.id === id);
  expect(c, `${soort} ${id} in ${JSON.stringify(all(r).map((x) => `${x.soort}:${x.id}`))}`).toBeDefined();
  return c!;
};
const st = "subtenders/spoed.yaml";

describe("comparing two versions", () => {
  it("reports identical versions as no changes", () => {
    const r = compareModels(before, before);
    expect(r.groups).toEqual([]);
    expect(r.counts).toEqual({ toegevoegd: 0, verwijderd: 0, gewijzigd: 0, hernoemd: 0, belangrijk: 0 });
  });

  it("flags a changed contractor count, and lists nothing that did not change", () => {
    const r = changed({ file: st, replace: "aantal_contractanten: 3", with: "aantal_contractanten: 2" });
    const lot = find(r, "perceel", "spoedteams");
    expect(lot).toMatchObject({ kind: "gewijzigd", belangrijk: true });
    expect(lot.fields).toEqual([{ veld: "aantal contractanten", voor: "3", na: "2", belangrijk: true }]);
    expect(all(r)).toHaveLength(1);
    expect(JSON.stringify(r)).not.toContain("spoedbedden-oost");
  });

  it("flags changed weights and an added criterion, grouped under their subtender", () => {
    const r = changed(
      { file: st, replace: "weging: 60, max_a4: 2 }", with: "weging: 55, max_a4: 2 }" },
      { file: st, replace: "naam: Samenwerking, weging: 40 }", with: "naam: Samenwerking, weging: 35 }\n  - { id: nabijheid, naam: Nabijheid, weging: 10 }" },
    );
    expect(r.groups.map((g) => g.titel)).toEqual(["Subtender Spoed"]);
    expect(find(r, "gunningscriterium", "kwaliteit").fields).toEqual([{ veld: "weging", voor: "60%", na: "55%", belangrijk: true }]);
    expect(find(r, "gunningscriterium", "nabijheid")).toMatchObject({ kind: "toegevoegd", belangrijk: true });
  });

  it("formats a changed tariff as in the documents and flags it", () => {
    const r = changed({ file: "segmenten/spoed.yaml", replace: "tarief: 412.35", with: "tarief: 415.1" });
    expect(r.groups.map((g) => g.titel)).toEqual(["Segment Spoed"]);
    expect(find(r, "product", "spoedbed").fields).toEqual([{ veld: "tarief", voor: "€ 412,35 per etmaal", na: "€ 415,10 per etmaal", belangrijk: true }]);
  });

  it("flags a moved deadline with Dutch dates", () => {
    const r = changed({ file: "aanbesteding.yaml", replace: "datum: 2025-10-20T12:00", with: "datum: 2025-10-27T12:00" });
    expect(find(r, "mijlpaal", "inschrijving").fields).toEqual([{ veld: "datum", voor: "20 oktober 2025, 12:00 uur", na: "27 oktober 2025, 12:00 uur", belangrijk: true }]);
  });

  it("shows changed prose as a word-level redline, flagged for knock-out requirements only", () => {
    const r = changed(
      { file: "eisen.yaml", replace: "niet ouder is dan drie jaar.", with: "niet ouder is dan twee jaar." },
      { file: "eisen.yaml", replace: "24 uur per dag", with: "dag en nacht" },
    );
    const vog = find(r, "eis", "verklaring-omtrent-gedrag");
    expect(vog.belangrijk).toBe(true);
    expect(vog.fields[0].redline).toContain("<del>drie</del><ins>twee</ins>");
    const reach = find(r, "eis", "bereikbaarheid");
    expect(reach.belangrijk).toBe(false);
    expect(reach.fields[0].redline).toMatch(/<del>24<\/del>.*<ins>dag<\/ins>/);
  });

  it("reports a product added to and removed from a lot", () => {
    const r = changed({ file: "subtenders/toelating-noord.yaml", replace: "producten: [gezinsbegeleiding, gezinstherapie]", with: "producten: [gezinsbegeleiding, spoedteam]" },
      { file: st, replace: "producten: [spoedteam]", with: "producten: [spoedteam, gezinstherapie]" });
    expect(find(r, "perceel", "ambulante-hulp").fields).toEqual([{ veld: "producten", toegevoegd: ["Spoedteam"], verwijderd: ["Gezinstherapie"], belangrijk: false }]);
    expect(find(r, "perceel", "spoedteams").fields).toEqual([{ veld: "producten", toegevoegd: ["Gezinstherapie"], verwijderd: [], belangrijk: false }]);
  });

  it("reports a new and a removed product with their fields", () => {
    const r = changed(
      { file: "segmenten/ambulant.yaml", replace: "  - id: gezinstherapie", with: "  - id: opvoedondersteuning\n    naam: Opvoedondersteuning\n    productcategorie: \"45\"\n    omschrijving: Korte hulp.\n    doelgroep: Ouders.\n    personeel: { minimaal_opleidingsniveau: hbo }\n    bekostiging: { vorm: inspanningsgericht, eenheid: uur, tarief: 70, tariefjaar: 2026 }\n  - id: gezinstherapie" },
      { file: "subtenders/toelating-noord.yaml", replace: "gezinstherapie]", with: "gezinstherapie, opvoedondersteuning]" },
    );
    const added = find(r, "product", "opvoedondersteuning");
    expect(added.kind).toBe("toegevoegd");
    expect(added.fields).toContainEqual({ veld: "tarief", na: "€ 70,00 per uur", belangrijk: false });
  });

  it("recognises a product whose id changed but whose content did not as renamed", () => {
    const r = changed(
      { file: "segmenten/ambulant.yaml", replace: "  - id: gezinstherapie", with: "  - id: systeemtherapie" },
      { file: "subtenders/toelating-noord.yaml", replace: "gezinstherapie]", with: "systeemtherapie]" },
      { file: "teksten/10-inleiding.md", replace: "(product:gezinstherapie)", with: "(product:systeemtherapie)" },
    );
    const products = all(r).filter((c) => c.soort === "product");
    expect(products).toEqual([expect.objectContaining({ kind: "hernoemd", id: "systeemtherapie", oudId: "gezinstherapie" })]);
    // The lot that offers it has not changed: same product, new id.
    expect(all(r).some((c) => c.soort === "perceel")).toBe(false);
  });

  it("reports changed chapters and added terms", () => {
    const r = changed(
      { file: "teksten/20-rechtsbescherming.md", replace: "meldt u via Mercell.", with: "meldt u binnen vijf dagen via Mercell." },
      { file: "begrippen.yaml", replace: "- { id: spoedhulp", with: "- { id: toelating, term: Toelating, definitie: Iedereen die voldoet. }\n- { id: spoedhulp" },
    );
    expect(find(r, "hoofdstuk", "rechtsbescherming").fields[0].redline).toContain("<ins>binnen vijf dagen </ins>");
    expect(find(r, "begrip", "toelating").kind).toBe("toegevoegd");
    expect(r.groups.map((g) => g.titel)).toEqual(["Begrippen", "Hoofdstukken van het bestek"]);
  });
});
