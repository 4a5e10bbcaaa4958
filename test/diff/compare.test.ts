import { readFileSync } from "node:fs";
import type { Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { describe, expect, it } from "vitest";
import { compareModels } from "../../src/diff/compare.ts";
import type { ChangeReport, EntityChange } from "../../src/diff/types.ts";
import type { Model } from "../../src/model/types.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { modelAfter } from "../fixtures/invalid/apply-case.ts";
import { renderChangesFragment } from "../../src/diff/render-html.ts";
import type { Edit } from "../fixtures/invalid/cases.ts";
import { classicPdf } from "../fixtures/own-pdf.ts";

const before = validateContent("test/fixtures/klein").model!;

/**
 * A redline as a reader sees it, or copies it: struck text as [-…-], inserted
 * text as {+…+} (markers the overview prints inside each <del> and <ins>), a
 * paragraph break as ¶, everything else as plain text (no markup). One test
 * compares the markup itself, where the markup is the contract.
 */
function shown(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const walk = (node: RootContent | Root): string => {
    if (node.type === "text") return node.value;
    if (node.type !== "element" && node.type !== "root") return "";
    const inner = node.children.map(walk).join("");
    if (node.type === "root") return inner;
    // A deletion or insertion without its markers in the text would not survive copy-paste: shown so the test fails.
    if (node.tagName === "del") return inner.startsWith("[-") && inner.endsWith("-]") ? inner : `<del zonder merktekens: ${inner}>`;
    if (node.tagName === "ins") return inner.startsWith("{+") && inner.endsWith("+}") ? inner : `<ins zonder merktekens: ${inner}>`;
    if (node.tagName === "p") return `${inner}¶`;
    return inner;
  };
  return walk(tree).replace(/\s+/g, " ").trim();
}

/** The small tender after some edits. */
const changedModel = modelAfter;
/** The small tender after some edits, compared with the original. */
const changed = (...edits: Edit[]): ChangeReport => compareModels(before, changedModel(...edits));
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

  it("shows changed prose as a word-level redline, flagged for knock-out requirements and for changed figures or terms", () => {
    const r = changed(
      { file: "eisen.yaml", replace: "niet ouder is dan drie jaar.", with: "niet ouder is dan twee jaar." },
      { file: "eisen.yaml", replace: "24 uur per dag", with: "dag en nacht" },
      { file: "eisen.yaml", replace: "Het Uniform Europees Aanbestedingsdocument (UEA).", with: "Het Uniform Europees Aanbestedingsdocument (UEA), ingevuld en ondertekend." },
    );
    const vog = find(r, "eis", "verklaring-omtrent-gedrag");
    expect(vog.belangrijk).toBe(true);
    expect(shown(vog.fields[0].redline!)).toContain("[-drie-] {+twee+}");
    // A delivery condition is not a knock-out requirement, but a figure that goes is a change of terms.
    const reach = find(r, "eis", "bereikbaarheid");
    expect(reach.belangrijk).toBe(true);
    expect(reach.fields[0].redline).toBe(
      'De aanbieder is <del><span class="merk" aria-hidden="true">[-</span>24 uur per dag<span class="merk" aria-hidden="true">-]</span></del> <ins><span class="merk" aria-hidden="true">{+</span>dag en nacht<span class="merk" aria-hidden="true">+}</span></ins> en 7 dagen per week bereikbaar.',
    );
    expect(find(r, "eis", "uitsluiting").fields).toEqual([expect.objectContaining({ veld: "bewijs", belangrijk: true })]);
  });

  it("flags no wording change without figures outside knock-out requirements, and ignores re-wrapping", () => {
    const r = changed(
      { file: "eisen.yaml", replace: "De aanbieder is 24 uur", with: "Iedere aanbieder is 24 uur" },
      { file: "eisen.yaml", replace: "  tekst: Alle medewerkers met cliëntcontact hebben een VOG die niet ouder is dan drie jaar.", with: "  tekst: |\n    Alle medewerkers met cliëntcontact hebben een VOG\n    die niet ouder is dan drie jaar." },
    );
    expect(all(r)).toHaveLength(1);
    const reach = find(r, "eis", "bereikbaarheid");
    expect(reach.belangrijk).toBe(false);
    expect(shown(reach.fields[0].redline!)).toBe("[-De-] {+Iedere+} aanbieder is 24 uur per dag en 7 dagen per week bereikbaar.");
  });

  it("weighs a rewording by what it changes, not by a keyword: Binnen → Uiterlijk is redactioneel, an added `niet` wezenlijk", () => {
    const vog = (tekst: string) => ({ file: "eisen.yaml", replace: "Alle medewerkers met cliëntcontact hebben een VOG die niet ouder is dan drie jaar.", with: tekst });
    // A knock-out eis (geschiktheidseis): swapping equivalent words changes no obligation.
    const swapped = compareModels(changedModel(vog("Binnen drie jaar na de start heeft elke medewerker een VOG.")), changedModel(vog("Uiterlijk drie jaar na de start heeft elke medewerker een VOG.")));
    expect(find(swapped, "eis", "verklaring-omtrent-gedrag")).toMatchObject({ belangrijk: false, ernst: "redactioneel" });
    // The same eis, now with its meaning changed by one word.
    const negated = compareModels(changedModel(vog("Binnen drie jaar na de start heeft elke medewerker een VOG.")), changedModel(vog("Binnen drie jaar na de start heeft elke medewerker niet een VOG.")));
    expect(find(negated, "eis", "verklaring-omtrent-gedrag")).toMatchObject({ belangrijk: true, ernst: "wezenlijk" });
    // A leveringsvoorwaarde (not a knock-out): a word of obligation weighs, a plain rewording does not.
    const allowed = changed({ file: "eisen.yaml", replace: "De aanbieder is 24 uur per dag", with: "De aanbieder mag 24 uur per dag" });
    expect(find(allowed, "eis", "bereikbaarheid")).toMatchObject({ belangrijk: true, ernst: "wezenlijk" });
    const either = compareModels(changedModel({ file: "eisen.yaml", replace: "24 uur per dag en 7 dagen", with: "24 uur per dag of 7 dagen" }), before);
    expect(find(either, "eis", "bereikbaarheid").ernst).toBe("wezenlijk");
  });

  it("weighs a lot's new name or number as wezenlijk, with advice to extend the deadline and republish where it lands", () => {
    const r = changed({ file: st, replace: "naam: Spoedbedden", with: "naam: Spoedopvang" });
    const lot = find(r, "perceel", "spoedbedden");
    expect(lot).toMatchObject({ belangrijk: true, ernst: "wezenlijk" });
    expect(lot.fields).toEqual([{ veld: "naam", voor: "Spoedbedden", na: "Spoedopvang", belangrijk: true }]);
    const html = renderChangesFragment(r);
    expect(html).toContain('<span class="belangrijk">Wezenlijk</span>');
    expect(html).toContain("<strong>Wezenlijk:</strong> overweeg de termijn voor inschrijving te verlengen, zodat inschrijvers de wijziging kunnen verwerken.");
    // A redactionele change says so in words too.
    const reworded = changed({ file: "eisen.yaml", replace: "De aanbieder is 24 uur", with: "Iedere aanbieder is 24 uur" });
    expect(renderChangesFragment(reworded)).toContain('<span class="redactioneel">Redactioneel</span>');
    expect(renderChangesFragment(reworded)).not.toContain("overweeg de termijn");
  });

  it("keeps an amount whole in the redline: the old amount struck through, the new one underlined", () => {
    const r = changed({ file: "eisen.yaml", replace: "niet ouder is dan drie jaar.", with: "niet ouder is dan drie jaar en kost € 2.500.000 per jaar." });
    const again = compareModels(changedModel({ file: "eisen.yaml", replace: "niet ouder is dan drie jaar.", with: "niet ouder is dan drie jaar en kost € 2.500.000 per jaar." }), changedModel({ file: "eisen.yaml", replace: "niet ouder is dan drie jaar.", with: "niet ouder is dan drie jaar en kost € 5.000.000 per jaar." }));
    expect(shown(find(r, "eis", "verklaring-omtrent-gedrag").fields[0].redline!)).toContain("{+ en kost € 2.500.000 per jaar+}");
    expect(shown(find(again, "eis", "verklaring-omtrent-gedrag").fields[0].redline!)).toContain("kost [-€ 2.500.000-] {+€ 5.000.000+} per jaar.");
    // On one line: the amount keeps its non-breaking wrapper inside the marks.
    expect(find(again, "eis", "verklaring-omtrent-gedrag").fields[0].redline).toContain('<ins><span class="merk" aria-hidden="true">{+</span><span class="nowrap">€ 5.000.000</span><span class="merk" aria-hidden="true">+}</span></ins>');
  });

  it("reports a product added to and removed from a lot", () => {
    const r = changed({ file: "subtenders/toelating-noord.yaml", replace: "producten: [gezinsbegeleiding, gezinstherapie]", with: "producten: [gezinsbegeleiding, spoedteam]" },
      { file: st, replace: "producten: [spoedteam]", with: "producten: [spoedteam, gezinstherapie]" });
    expect(find(r, "perceel", "ambulante-hulp").fields).toEqual([{ veld: "producten", toegevoegd: ["Spoedteam"], verwijderd: ["Gezinstherapie"], belangrijk: false }]);
    // In an aanbesteding the products are the scope a contractor commits to: flagged; in a toelating not.
    expect(find(r, "perceel", "spoedteams").fields).toEqual([{ veld: "producten", toegevoegd: ["Gezinstherapie"], verwijderd: [], belangrijk: true }]);
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

  it("reports a chapter under a new file name, with the same text, as renamed, once", () => {
    const text = readFileSync("test/fixtures/klein/teksten/10-inleiding.md", "utf8");
    const r = changed({ file: "teksten/10-inleiding.md", remove: true }, { file: "teksten/10-introductie.md", write: text });
    expect(all(r)).toEqual([expect.objectContaining({ kind: "hernoemd", soort: "hoofdstuk", id: "introductie", oudId: "inleiding" })]);
  });

  it("does not guess a rename with two candidates: one chapter removed, two added with its text", () => {
    const text = readFileSync("test/fixtures/klein/teksten/10-inleiding.md", "utf8");
    const r = changed({ file: "teksten/10-inleiding.md", remove: true }, { file: "teksten/10-introductie.md", write: text }, { file: "teksten/11-voorwoord.md", write: text });
    const chapters = all(r).filter((c) => c.soort === "hoofdstuk").map((c) => `${c.kind} ${c.id}`).sort();
    expect(chapters).toEqual(["toegevoegd introductie", "toegevoegd voorwoord", "verwijderd inleiding"]);
    expect(r.counts.hernoemd).toBe(0);
  });

  it("reports changed chapters and added terms", () => {
    const r = changed(
      { file: "teksten/20-rechtsbescherming.md", replace: "meldt u via Mercell.", with: "meldt u binnen vijf dagen via Mercell." },
      { file: "begrippen.yaml", replace: "- { id: spoedhulp", with: "- { id: toelating, term: Toelating, definitie: Iedereen die voldoet. }\n- { id: spoedhulp" },
    );
    expect(shown(find(r, "hoofdstuk", "rechtsbescherming").fields[0].redline!)).toContain("{+binnen vijf dagen +}");
    expect(find(r, "begrip", "toelating").kind).toBe("toegevoegd");
    expect(r.groups.map((g) => g.titel)).toEqual(["Begrippen", "Hoofdstukken van het bestek"]);
  });

  it("reports a renamed requirement, term or lot once, as renamed, and not again where it is referred to", () => {
    const r = changed(
      { file: "eisen.yaml", replace: "- id: verklaring-omtrent-gedrag", with: "- id: vog" },
      { file: "aanbesteding.yaml", replace: "eisen: [verklaring-omtrent-gedrag, uitsluiting]", with: "eisen: [vog, uitsluiting]" },
      { file: "subtenders/toelating-noord.yaml", replace: "eisen: [verklaring-omtrent-gedrag]", with: "eisen: [vog]" },
      { file: "begrippen.yaml", replace: "id: spoedhulp", with: "id: spoedzorg" },
      { file: "teksten/10-inleiding.md", replace: "(begrip:spoedhulp)", with: "(begrip:spoedzorg)" },
      { file: st, replace: "  - id: spoedbedden\n", with: "  - id: bedden\n" },
      { file: st, replace: "vereist_perceel: spoedbedden,", with: "vereist_perceel: bedden," },
      { file: "teksten/10-inleiding.md", replace: "(perceel:spoedbedden)", with: "(perceel:bedden)" },
    );
    expect(all(r).map((c) => `${c.kind} ${c.soort} ${c.oudId} → ${c.id}`).sort()).toEqual([
      "hernoemd begrip spoedhulp → spoedzorg",
      "hernoemd eis verklaring-omtrent-gedrag → vog",
      "hernoemd perceel spoedbedden → bedden",
    ]);
    expect(r.counts.belangrijk).toBe(0);
  });

  it("reports a renamed subtender or segment once, and the attachment and lots that refer to it not at all", () => {
    const subtender = readFileSync("test/fixtures/klein/subtenders/toelating-noord.yaml", "utf8").replace("id: toelating-noord", "id: noord");
    const segment = readFileSync("test/fixtures/klein/segmenten/ambulant.yaml", "utf8").replace("id: ambulant", "id: ambulante-zorg");
    const r = changed(
      { file: "subtenders/toelating-noord.yaml", remove: true },
      { file: "subtenders/noord.yaml", write: subtender.replace("segmenten: [ambulant]", "segmenten: [ambulante-zorg]") },
      { file: "aanbesteding.yaml", replace: "subtenders: [spoed, toelating-noord]", with: "subtenders: [spoed, noord]" },
      { file: "segmenten/ambulant.yaml", remove: true },
      { file: "segmenten/ambulante-zorg.yaml", write: segment },
    );
    expect(all(r).map((c) => `${c.kind} ${c.soort} ${c.oudId} → ${c.id}`).sort()).toEqual(["hernoemd segment ambulant → ambulante-zorg", "hernoemd subtender toelating-noord → noord"]);
    expect(r.counts.belangrijk).toBe(0);
  });

  it("reports a product moved to another segment once, as a change of its segment, under the segment it is in now", () => {
    const ambulant = readFileSync("test/fixtures/klein/segmenten/ambulant.yaml", "utf8");
    const block = ambulant.slice(ambulant.indexOf("  - id: gezinstherapie"));
    const r = changed(
      { file: "segmenten/ambulant.yaml", replace: block, with: "" },
      { file: "segmenten/spoed.yaml", write: readFileSync("test/fixtures/klein/segmenten/spoed.yaml", "utf8").trimEnd() + "\n" + block },
    );
    expect(all(r).filter((c) => c.soort === "product")).toEqual([
      expect.objectContaining({ kind: "gewijzigd", id: "gezinstherapie", fields: [{ veld: "segment", voor: "Ambulante hulp", na: "Spoed", belangrijk: false }] }),
    ]);
    expect(r.groups.find((g) => g.changes.some((c) => c.id === "gezinstherapie"))!.titel).toBe("Segment Spoed");
  });

  it("compares a lot's own award criteria one by one, named with their lot", () => {
    const r = changed(
      { file: st, replace: "{ id: kwaliteit, naam: Kwaliteit, weging: 50 }", with: "{ id: kwaliteit, naam: Kwaliteit, weging: 60 }" },
      { file: st, replace: "naam: Snelheid van inzet, weging: 50 }", with: "naam: Snelheid van inzet, weging: 40 }" },
    );
    const criteria = all(r).filter((c) => c.soort === "gunningscriterium");
    expect(criteria.map((c) => [c.label, c.fields])).toEqual([
      ["Kwaliteit (perceel 2 Spoedteams)", [{ veld: "weging", voor: "50%", na: "60%", belangrijk: true }]],
      ["Snelheid van inzet (perceel 2 Spoedteams)", [{ veld: "weging", voor: "50%", na: "40%", belangrijk: true }]],
    ]);
    expect(all(r)).toHaveLength(2);
  });

  it("reports a lot's own criteria and conditions once, with the lot, not again for each of its sub-lots", () => {
    const r = changed({ file: st, replace: "    naam: Spoedbedden\n", with: "    naam: Spoedbedden\n    gunningscriteria:\n      - { id: beschikbaarheid, naam: Beschikbaarheid, weging: 100 }\n" });
    expect(all(r).map((c) => `${c.kind} ${c.soort} ${c.id}`)).toEqual(["gewijzigd perceel spoedbedden", "toegevoegd gunningscriterium beschikbaarheid"]);
    expect(find(r, "perceel", "spoedbedden").fields).toEqual([{ veld: "gunningscriteria", voor: "de criteria van de subtender", na: "eigen criteria van dit perceel", belangrijk: true }]);
  });

  it("reports a condition added to a sub-lot once, on the sub-lot, and a lot's condition not again on its sub-lots", () => {
    const onSubLot = changed({ file: st, replace: "nummer: 1b, naam: West, producten: [spoedbed], aantal_contractanten: 2 }", with: "nummer: 1b, naam: West, producten: [spoedbed], aantal_contractanten: 2, voorwaarden: [{ vereist_perceel: spoedteams }] }" });
    expect(all(onSubLot).map((c) => `${c.kind} ${c.soort} ${c.id}`)).toEqual(["gewijzigd perceel spoedbedden-west"]);
    expect(find(onSubLot, "perceel", "spoedbedden-west").fields).toEqual([{ veld: "voorwaarden", na: "ook gecontracteerd voor perceel 2 Spoedteams", belangrijk: true }]);
    const onLot = changed({ file: st, replace: "    naam: Spoedbedden\n", with: "    naam: Spoedbedden\n    voorwaarden: [{ vereist_product: gezinsbegeleiding }]\n" });
    expect(all(onLot).map((c) => `${c.kind} ${c.soort} ${c.id}`)).toEqual(["gewijzigd perceel spoedbedden"]);
  });

  it("reports a cross-reference that points elsewhere while its text stays the same", () => {
    const r = changed({ file: "teksten/10-inleiding.md", replace: "(perceel:spoedbedden)", with: "(perceel:spoedteams)" });
    expect(find(r, "hoofdstuk", "inleiding").fields).toEqual([{ veld: "verwijzingen in tekst", toegevoegd: ["perceel 2 Spoedteams"], verwijderd: ["perceel 1 Spoedbedden"], belangrijk: false }]);
  });

  it("names a sub-lot with its lot", () => {
    const r = changed({ file: st, replace: "producten: [spoedbed], aantal_contractanten: 1 }", with: "producten: [spoedbed], aantal_contractanten: 2 }" });
    expect(find(r, "perceel", "spoedbedden-oost").label).toBe("Subperceel 1a Oost (perceel 1 Spoedbedden)");
  });

  it("shows in a text of several paragraphs only the changed one, as the reader reads it (link text, no Markdown)", () => {
    const r = changed({ file: "teksten/10-inleiding.md", replace: "Zie ook [spoedhulp]", with: "Lees ook [spoedhulp]" });
    expect(shown(find(r, "hoofdstuk", "inleiding").fields[0].redline!)).toBe("[…]¶[-Zie-] {+Lees+} ook spoedhulp.¶[…]¶");
  });

  it("says so when the team changed the content but not versie and datum", async () => {
    const { renderChangesSummary } = await import("../../src/diff/render-text.ts");
    const { renderChangesHtml } = await import("../../src/diff/render-html.ts");
    const same = changed({ file: st, replace: "aantal_contractanten: 3", with: "aantal_contractanten: 2" });
    expect(renderChangesSummary(same)).toContain("Let op: beide versies heten versie 2.1 van");
    expect(renderChangesHtml(same)).toContain("Verhoog versie en datum in aanbesteding.yaml");
    const raised = changed({ file: st, replace: "aantal_contractanten: 3", with: "aantal_contractanten: 2" }, { file: "aanbesteding.yaml", replace: 'versie: "2.1"', with: 'versie: "2.2"' });
    expect(renderChangesSummary(raised)).not.toContain("Let op");
    expect(renderChangesSummary(raised)).toContain("Gewijzigd perceel 2 Spoedteams (aantal contractanten 3 → 2)");
  });
});

describe("the wording of a change", async () => {
  const { changeHeading } = await import("../../src/diff/wording.ts");
  it("agrees in Dutch and does not repeat the kind the label already names", () => {
    expect(changeHeading({ kind: "gewijzigd", soort: "eis", label: "Aansprakelijkheidsverzekering" })).toEqual({ kind: "Gewijzigde eis:", label: "Aansprakelijkheidsverzekering" });
    expect(changeHeading({ kind: "hernoemd", soort: "begrip", label: "Spoedzorg" })).toEqual({ kind: "Hernoemd begrip:", label: "Spoedzorg" });
    expect(changeHeading({ kind: "toegevoegd", soort: "mijlpaal", label: "Inschrijving" })).toEqual({ kind: "Toegevoegde mijlpaal:", label: "Inschrijving" });
    expect(changeHeading({ kind: "gewijzigd", soort: "perceel", label: "Perceel 3 Ambulante crisiszorg" })).toEqual({ kind: "Gewijzigd", label: "perceel 3 Ambulante crisiszorg" });
    expect(changeHeading({ kind: "verwijderd", soort: "perceel", label: "Subperceel 1a Oost (perceel 1 Spoedbedden)" })).toEqual({ kind: "Verwijderd", label: "subperceel 1a Oost (perceel 1 Spoedbedden)" });
  });
});

describe("agreement data and own files", () => {
  const tenderFile = "aanbesteding.yaml";
  const tenderChange = (r: ChangeReport) => find(r, "aanbesteding", "jeugdhulp-noord-2026");
  /** Bijlage 2 is the team's own file `bijlagen/uea.pdf` with these bytes. */
  const ownFile = (bytes: Buffer, path = "bijlagen/uea.pdf"): Edit[] => [
    { file: tenderFile, replace: "peildatum: 1 oktober }\n", with: `peildatum: 1 oktober }\nbijlagen:\n  - { nummer: "1", titel: Aanbestedingsleidraad, inhoud: bestek }\n  - { nummer: "2", titel: Invulinstructie UEA, bestand: ${path} }\n` },
    { file: path, write: bytes },
  ];

  it("says what an attachment holds in words, never as `overeenkomst:spoed`", () => {
    const list = (second: string): Edit => ({ file: tenderFile, replace: "peildatum: 1 oktober }\n", with: `peildatum: 1 oktober }\nbijlagen:\n  - { nummer: "1", titel: Aanbestedingsleidraad, inhoud: bestek }\n  - { nummer: "2", titel: Spoed, inhoud: ${second} }\n` });
    const r = compareModels(changedModel(list("subtender:spoed")), changedModel(list("overeenkomst:spoed")));
    expect(find(r, "bijlage", "2").fields).toEqual([{ veld: "inhoud", voor: "de percelen van Subtender Spoed", na: "de overeenkomst van Subtender Spoed", belangrijk: false }]);
  });

  it("flags a changed notice period, in the words of the documents", () => {
    const r = changed({ file: tenderFile, replace: "opzegtermijn_maanden: 6", with: "opzegtermijn_maanden: 3" });
    const t = tenderChange(r);
    expect(t.belangrijk).toBe(true);
    expect(t.fields).toEqual([{ veld: "opzegtermijn", voor: "zes maanden", na: "drie maanden", belangrijk: true }]);
    expect(all(r)).toHaveLength(1);
  });

  it("flags a changed indexation: another percentage, and a method that replaces it", () => {
    const pct = changed({ file: tenderFile, replace: "percentage: 2.5", with: "percentage: 3.1" });
    expect(tenderChange(pct).fields).toEqual([{ veld: "indexatie", voor: "jaarlijks met 2,5%, vastgesteld op peildatum 1 oktober", na: "jaarlijks met 3,1%, vastgesteld op peildatum 1 oktober", belangrijk: true }]);
    const none = changed({ file: tenderFile, replace: "indexatie: { methode: vast-percentage, percentage: 2.5, peildatum: 1 oktober }", with: "indexatie: { methode: geen }" });
    expect(tenderChange(none).fields).toEqual([{ veld: "indexatie", voor: "jaarlijks met 2,5%, vastgesteld op peildatum 1 oktober", na: "geen: de tarieven liggen vast voor de hele looptijd", belangrijk: true }]);
  });

  it("flags a changed entry of a toelating (toetreding), under its subtender", () => {
    const r = changed({ file: "subtenders/toelating-noord.yaml", replace: "momenten: [1 januari, 1 juli]", with: "momenten: [1 januari]" });
    expect(r.groups.map((g) => g.titel)).toEqual(["Toelating ambulante hulp"]);
    const s = find(r, "subtender", "toelating-noord");
    expect(s.belangrijk).toBe(true);
    expect(s.fields).toEqual([{ veld: "toetreding", voor: "elk jaar op 1 januari en 1 juli; beslissing binnen zes weken", na: "elk jaar op 1 januari; beslissing binnen zes weken", belangrijk: true }]);
  });

  it("flags a changed allocation (toewijzing) of a lot as a redline", () => {
    const r = changed({ file: st, replace: "het team toe dat het dichtst bij het gezin werkt", with: "het team toe dat het eerst plaats heeft" });
    const lot = find(r, "perceel", "spoedteams");
    expect(lot.belangrijk).toBe(true);
    expect(lot.fields).toHaveLength(1);
    expect(lot.fields[0]).toMatchObject({ veld: "toewijzing", belangrijk: true });
    expect(shown(lot.fields[0].redline!)).toContain("het team toe dat het [-dichtst bij het gezin werkt-] {+eerst plaats heeft+}");
    expect(all(r)).toHaveLength(1);
  });

  it("reports an own file whose bytes changed as a gewijzigd bestand, flagged, by its hash", () => {
    const v1 = changedModel(...ownFile(classicPdf(1)));
    const v2 = changedModel(...ownFile(classicPdf(2)));
    const r = compareModels(v1, v2);
    const b = find(r, "bijlage", "2");
    expect(b).toMatchObject({ kind: "gewijzigd", label: "Bijlage 2 Invulinstructie UEA", belangrijk: true });
    expect(b.fields).toHaveLength(1);
    expect(b.fields[0]).toMatchObject({ veld: "gewijzigd bestand", belangrijk: true });
    const hash = (m: Model) => (m.tender.bijlagen[1] as { sha256: string }).sha256;
    expect(b.fields[0].voor).toContain(hash(v1).slice(0, 12));
    expect(b.fields[0].na).toContain(hash(v2).slice(0, 12));
    expect(all(r)).toHaveLength(1);
  });

  it("reports nothing for the same bytes, and a moved file only as a new path", () => {
    const v1 = changedModel(...ownFile(classicPdf(1)));
    expect(compareModels(v1, changedModel(...ownFile(classicPdf(1)))).groups).toEqual([]);
    const moved = compareModels(v1, changedModel(...ownFile(classicPdf(1), "bijlagen/uea-2025.pdf")));
    expect(find(moved, "bijlage", "2").fields).toEqual([{ veld: "bestand", voor: "bijlagen/uea.pdf", na: "bijlagen/uea-2025.pdf", belangrijk: false }]);
    expect(find(moved, "bijlage", "2").belangrijk).toBe(false);
  });
});
