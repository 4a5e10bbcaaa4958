/**
 * Applicability: an eis of the hoofdtender whose words name only some
 * subtenders concerns only bidders on those. The checklist marks it with its
 * scope (and the site hides it for a bidder on other subtenders), and the
 * eis's "Geldt voor" says so. On `klein`, edited so the VOG eis names
 * Subtender Spoed; Rijnmond's eis "Geen inschrijving op A én C", imposed by
 * two of its three subtenders, says both.
 */
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { checklistFor } from "../../src/wording/checklist.ts";
import { checklistGroupView } from "../../src/views/checklist.ts";
import { scopeView } from "../../src/views/requirement.ts";
import type { ViewContext } from "../../src/views/context.ts";
import { lookup } from "../../src/model/lookup.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { modelAfter } from "../fixtures/invalid/apply-case.ts";

const web: ViewContext = {
  medium: "web",
  md: (m) => (m ? [h("p", m)] : []),
  inline: (m) => (m ? [{ type: "text", value: m }] : []),
  link: (kind, id, text) => h("a", { href: `/${kind}/${id}/` }, text),
};

const VOG = "  tekst: Alle medewerkers met cliëntcontact hebben een VOG die niet ouder is dan drie jaar.\n";
const named = () => modelAfter({ file: "eisen.yaml", replace: VOG, with: "  tekst: Alle medewerkers met cliëntcontact in [Subtender Spoed](subtender:spoed) hebben een VOG die niet ouder is dan drie jaar.\n" });
const vogOf = (model: ReturnType<typeof named>, lotId: string) => checklistFor(model, lotId).find((g) => g.key === "hoofdtender")!.items.find((i) => i.title === "Verklaring Omtrent het Gedrag")!;

describe("a hoofdtender eis that names one subtender", () => {
  it("is marked in the checklist with the subtenders it concerns, the same for every lot", () => {
    const model = named();
    for (const lotId of ["spoedteams", "ambulante-hulp"]) {
      const item = vogOf(model, lotId);
      expect(item.appliesTo).toEqual(["spoed"]);
      expect(item.notes).toEqual(["Geldt voor: inschrijvers op Subtender Spoed."]);
    }
  });

  it("is hidden by the page for a bidder on other subtenders: the item carries its scope", () => {
    const model = named();
    const group = checklistFor(model, "ambulante-hulp").find((g) => g.key === "hoofdtender")!;
    const html = toHtml(checklistGroupView(group, web, { level: 2 }));
    expect(html.match(/data-geldt-voor="spoed"/g)?.length).toBe(1);
    expect(html).toContain("Geldt voor: inschrijvers op Subtender Spoed.");
  });

  it("says in its 'Geldt voor' whom of the hoofdtender it concerns", () => {
    const model = named();
    const L = lookup(model);
    const text = toHtml(scopeView(L, L.requirement("verklaring-omtrent-gedrag"), web));
    // Toelating ambulante hulp imposes the VOG eis itself too (test/fixtures/klein/subtenders/toelating-noord.yaml).
    expect(text).toBe('de hoofdtender (inschrijvers op Subtender Spoed); <a href="/subtender/toelating-noord/">Toelating ambulante hulp</a>');
  });
});

describe("without such words", () => {
  it("concerns every bidder and carries no scope", () => {
    const model = modelAfter();
    const item = vogOf(model, "ambulante-hulp");
    expect(item.appliesTo).toBeUndefined();
    expect(item.notes).toBeUndefined();
    const L = lookup(model);
    expect(toHtml(scopeView(L, L.requirement("verklaring-omtrent-gedrag"), web))).toBe('de hoofdtender (alle inschrijvers); <a href="/subtender/toelating-noord/">Toelating ambulante hulp</a>');
  });
});

describe("an eis two of three subtenders impose (Rijnmond)", () => {
  it("names both where it is listed", () => {
    const model = validateContent("examples/rijnmond").model!;
    const group = checklistFor(model, "systeemopdracht").find((g) => g.key === "subtender:systeemaanbieders")!;
    const item = group.items.find((i) => i.title === "Geen inschrijving op A én C")!;
    expect(item.notes).toEqual(["Geldt voor: Opdracht A Systeemaanbieders en Opdracht C Flexaanbieders."]);
    expect(item.appliesTo).toBeUndefined();
  });
});
