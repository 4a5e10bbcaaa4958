import { describe, expect, it } from "vitest";
import { agreementSections } from "../../src/documents/agreement/index.ts";
import { esc } from "../../src/documents/html.ts";
import { lookup } from "../../src/documents/lookup.ts";
import type { Renderer } from "../../src/documents/render-context.ts";
import { numberSections, walk } from "../../src/documents/section.ts";
import { renderInlineMarkdown, renderMarkdown } from "../../src/markdown/render.ts";
import type { Model } from "../../src/model/types.ts";
import { validateContent } from "../../src/validate/validate-content.ts";
import { modelAfter } from "../fixtures/invalid/apply-case.ts";

/** A renderer without links: what a reader reads, for asserting sentences. */
const plain: Renderer = {
  md: (m) => renderMarkdown(m, () => ({})),
  inline: (m) => renderInlineMarkdown(m, () => ({})),
  link: (_kind, _id, text) => esc(text),
  see: (_key, text) => esc(text),
};
const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ").trim();

/** The agreement of one subtender as numbered articles with their text. */
export function agreement(model: Model, subtender: string) {
  return [...walk(numberSections(agreementSections(lookup(model), subtender)))].map((s) => ({ number: s.number, title: s.title, anchor: s.anchor, text: text(s.body?.(plain) ?? "") }));
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
      { file: "subtenders/spoed.yaml", replace: "plan_van_aanpak: { max_a4: 3 }\n", with: "plan_van_aanpak: { max_a4: 3 }\nmaximale_waarde: 2000000\n" },
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
    const a = article(agreement(klein, "spoed"), "s-artikel-afname");
    expect(a.title).toBe("Geen afnamegarantie");
    expect(a.text).not.toContain("maximale waarde");
  });
});
