import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { applyCase } from "../fixtures/invalid/apply-case.ts";
import { prerequisitesOf } from "../../src/wording/lots.ts";

const { model, diagnostics } = validateContent("test/fixtures/klein");

describe("the resolved model of a valid tender", () => {
  it("is built without diagnostics", () => {
    expect(diagnostics).toEqual([]);
    expect(model).toBeDefined();
  });

  it("lets lots know their products, sub-lots and effective criteria", () => {
    const lots = new Map(model!.lots.map((l) => [l.id, l]));
    expect(lots.get("spoedbedden")!.subLotIds).toEqual(["spoedbedden-oost", "spoedbedden-west"]);
    expect(lots.get("spoedbedden")!.productIds).toEqual(["spoedbed"]);
    expect(lots.get("spoedbedden-west")!.parentId).toBe("spoedbedden");
    expect(lots.get("spoedbedden-west")!.aantal_contractanten).toBe(2);
    // Sub-lots inherit the subtender's criteria; lot 2 overrides them.
    expect(lots.get("spoedbedden-oost")!.gunningscriteria.map((c) => c.weging)).toEqual([60, 40]);
    expect(lots.get("spoedteams")!.eigenGunningscriteria).toBe(true);
    expect(lots.get("spoedteams")!.gunningscriteria.map((c) => c.id)).toEqual(["kwaliteit", "snelheid"]);
    expect(lots.get("ambulante-hulp")!.aantal_contractanten).toBeUndefined();
  });

  it("lets products know their segment and the lots where they are bought", () => {
    const products = new Map(model!.products.map((p) => [p.id, p]));
    expect(products.get("spoedbed")!.segmentId).toBe("spoed");
    // Bought in the sub-lots, not in the parent lot that only groups them.
    expect(products.get("spoedbed")!.lotIds).toEqual(["spoedbedden-oost", "spoedbedden-west"]);
    expect(products.get("gezinstherapie")!.lotIds).toEqual(["ambulante-hulp"]);
  });

  it("orders segments as the subtenders mention them and chapters by volgorde", () => {
    expect(model!.segments.map((s) => s.id)).toEqual(["spoed", "ambulant"]);
    expect(model!.chapters.map((c) => c.id)).toEqual(["inleiding", "inschrijving", "rechtsbescherming"]);
    expect(model!.chapters[0].markdown).toContain("(perceel:spoedbedden)");
  });

  it("records who imposes each requirement", () => {
    const vog = model!.requirements.find((r) => r.id === "verklaring-omtrent-gedrag")!;
    expect(vog.usedBy).toEqual([
      { kind: "hoofdtender", id: "jeugdhulp-noord-2026" },
      { kind: "subtender", id: "toelating-noord" },
    ]);
  });

  it("gives a default attachment set when bijlagen is absent: the documents, one per subtender, one agreement per subtender, then the checklist", () => {
    expect(model!.tender.bijlagen.map((b) => b.inhoud)).toEqual([
      "bestek", "productenboek", "eisen",
      "subtender:spoed", "subtender:toelating-noord",
      "overeenkomst:spoed", "overeenkomst:toelating-noord",
      "checklist",
    ]);
    expect(model!.tender.bijlagen.map((b) => b.nummer)).toEqual(["1", "2", "3", "4", "5", "6", "7", "8"]);
    expect(model!.tender.bijlagen.slice(-3).map((b) => b.titel)).toEqual(["Raamovereenkomst Subtender Spoed", "Toelatingsovereenkomst Toelating ambulante hulp", "Checklist inschrijving"]);
    // A toelating has lots but no gunning (issue 23 §6).
    expect(model!.tender.bijlagen.slice(3, 5).map((b) => b.titel)).toEqual(["Percelen en gunning Subtender Spoed", "Percelen Toelating ambulante hulp"]);
  });

  it("shows a product that cannot be combined with another on both products", () => {
    const example = validateContent("content").model!;
    const product = (id: string) => example.products.find((p) => p.id === id)!;
    expect(product("begeleiding-intensief").niet_stapelbaar_met).toEqual(["begeleiding-basis"]);
    expect(product("begeleiding-basis").niet_stapelbaar_met).toBeUndefined();
    expect(product("begeleiding-basis").notCombinableWith).toEqual(["begeleiding-intensief"]);
    expect(product("begeleiding-intensief").notCombinableWith).toEqual(["begeleiding-basis"]);
  });

  it("records a condition on what it names: a product, or a lot as a whole, and finds both for a product", () => {
    const product = (id: string) => model!.products.find((p) => p.id === id)!;
    const lot = (id: string) => model!.lots.find((l) => l.id === id)!;
    // Spoedteams requires perceel Spoedbedden as a whole, whose sub-lots offer the Spoedbed.
    expect(lot("spoedbedden").requiredByLotIds).toEqual(["spoedteams"]);
    expect(product("spoedbed").requiredByLotIds).toEqual([]);
    expect(prerequisitesOf(product("spoedbed"), lot)).toEqual([{ requiringLotId: "spoedteams", viaLotId: "spoedbedden" }]);
    expect(prerequisitesOf(product("spoedteam"), lot)).toEqual([]);
    const example = validateContent("content").model!;
    expect(example.products.find((p) => p.id === "pleegzorg")!.requiredByLotIds).toEqual(["crisispleegzorg"]);
  });

  it("gives a sub-lot its lot's conditions and then its own, and lets the required lot know the sub-lot", () => {
    const dir = applyCase({
      name: "voorwaarden op perceel en subperceel",
      edits: [
        { file: "subtenders/spoed.yaml", replace: "    naam: Spoedbedden\n", with: "    naam: Spoedbedden\n    voorwaarden: [{ vereist_product: gezinsbegeleiding, toelichting: \"Alleen via het hele [perceel 1](perceel:ambulante-hulp) van de toelating.\" }]\n" },
        { file: "subtenders/spoed.yaml", replace: "nummer: 1b, naam: West, producten: [spoedbed], aantal_contractanten: 2 }", with: "nummer: 1b, naam: West, producten: [spoedbed], aantal_contractanten: 2, voorwaarden: [{ vereist_perceel: spoedteams, toelichting: Alleen met een spoedteam. }] }" },
      ],
    });
    try {
      const { model: m, diagnostics: d } = validateContent(dir);
      expect(d).toEqual([]);
      const lot = (id: string) => m!.lots.find((l) => l.id === id)!;
      const conditions = (id: string) => lot(id).voorwaarden.map((v) => [v.vereist_product ?? v.vereist_perceel, v.statedOn]);
      expect(conditions("spoedbedden")).toEqual([["gezinsbegeleiding", "spoedbedden"]]);
      expect(conditions("spoedbedden-oost")).toEqual([["gezinsbegeleiding", "spoedbedden"]]);
      expect(conditions("spoedbedden-west")).toEqual([["gezinsbegeleiding", "spoedbedden"], ["spoedteams", "spoedbedden-west"]]);
      const product = (id: string) => m!.products.find((p) => p.id === id)!;
      // Recorded once, on the lot that states it; the sub-lots inherit it without repeating it.
      expect(lot("spoedteams").requiredByLotIds).toEqual(["spoedbedden-west"]);
      expect(product("gezinsbegeleiding").requiredByLotIds).toEqual(["spoedbedden"]);
      expect(prerequisitesOf(product("spoedteam"), lot)).toEqual([{ requiringLotId: "spoedbedden-west", viaLotId: "spoedteams" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
