import { h } from "hastscript";
import type { Element, ElementContent } from "hast";
import type { Chapter, Criterion, Subtender } from "../model/types.ts";
import { scaleOf, tieBreak } from "../wording/award-rules.ts";
import type { ViewContext } from "./context.ts";
import { text } from "./join.ts";
import { table, type Cell } from "./table.ts";

/** A weight as a figure, and on a screen a bar beside it (decoration: screen readers read the figure). */
function weight(c: Criterion, ctx: ViewContext): Cell {
  if (ctx.medium === "print") return `${c.weging}%`;
  return h("div.weight", [h("span.num", `${c.weging}%`), h("span.track", { ariaHidden: "true" }, [h("span.bar", { style: `display:block;width:${c.weging}%` })])]);
}

/**
 * The award criteria with their weights (adding up to 100 %, checked by
 * validation), page limits and what we assess: the same table in the
 * leidraad, the subtender attachments and on the subtender and lot pages.
 */
export function criteriaTable(criteria: Criterion[], ctx: ViewContext): Element {
  const rows: Cell[][] = criteria.map((c) => [c.naam, weight(c, ctx), c.max_a4 ? `${c.max_a4} A4` : "–", c.omschrijving ? ctx.inline(c.omschrijving) : "–"]);
  const total = criteria.reduce((sum, c) => sum + c.weging, 0);
  return table(["Gunningscriterium", "Weging", "Max. omvang", "Wat wij beoordelen"], rows, ctx.medium, {
    numeric: ctx.medium === "print" ? [1, 2] : [],
    widths: ["33%", "10%", "12%", "45%"],
    rowHead: 0,
    foot: [h("strong", "Totaal"), h("strong", `${total}%`), "", ""],
    columnClass: { 3: "question" },
  });
}

/** The scale that applies (the subtender's own, else the standard scale of src/wording/award-rules.ts), with a line saying which. */
export function scaleView(subtender: Subtender, ctx: ViewContext): ElementContent[] {
  const { scale, standard } = scaleOf(subtender);
  return [
    ...(standard ? [h("p", "Wij gebruiken de standaardbeoordelingsschaal:")] : []),
    table(["Score", "Betekenis"], scale.map((s) => [text(String(s.score)), s.omschrijving]), ctx.medium, { numeric: [0], widths: ["12%", "88%"] }),
  ];
}

/**
 * The tie-break rule (loting, then rangorde on the heaviest criteria), the
 * same in the leidraad, every subtender attachment and on the subtender's
 * page: the authors' own `gelijke-scores` chapter when there is one, else the
 * default text (templates/tekstdelen/gunning-gelijke-scores.md).
 */
export function tieBreakView(chapters: Chapter[], ctx: ViewContext): { title: string; content: ElementContent[] } {
  const rule = tieBreak(chapters);
  return { title: rule.title, content: rule.markdown !== undefined ? ctx.md(rule.markdown) : [h("p", rule.text!)] };
}
