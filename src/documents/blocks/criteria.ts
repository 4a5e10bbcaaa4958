import type { Chapter, Criterion, Subtender } from "../../model/types.ts";
import type { Section } from "../section.ts";
import { esc, p, table } from "../html.ts";
import { rankingRules, scaleOf, tieBreak } from "../../format/award-rules.ts";
import { chapterTarget } from "../section.ts";
import type { Renderer } from "../render-context.ts";

/** Criteria with weights (adding up to 100 %, checked by validation), page limits and what is asked. */
export function criteriaTable(criteria: Criterion[], r: Renderer): string {
  const rows = criteria.map((c) => [esc(c.naam), `${c.weging}%`, c.max_a4 ? `${c.max_a4} A4` : "–", r.inline(c.omschrijving)]);
  const total = criteria.reduce((sum, c) => sum + c.weging, 0);
  rows.push(["<strong>Totaal</strong>", `<strong>${total}%</strong>`, "", ""]);
  return table(["Gunningscriterium", "Weging", "Max. omvang", "Wat wij beoordelen"], rows, { numeric: [1, 2], widths: ["33%", "10%", "12%", "45%"] });
}

/** The scale that applies (the subtender's own, else the standard scale of src/format/award-rules.ts), with a line saying which. */
export function scaleTable(subtender: Subtender): string {
  const { scale, standard } = scaleOf(subtender);
  return (
    (standard ? p("Wij gebruiken de standaardbeoordelingsschaal:") : "") +
    table(["Score", "Betekenis"], scale.map((s) => [String(s.score), esc(s.omschrijving)]), { numeric: [0], widths: ["12%", "88%"] })
  );
}

/** How criterion scores become a ranking (see src/format/award-rules.ts). */
export const rankingText = (subtender: Subtender, hasSubLots: boolean) => rankingRules(subtender, hasSubLots).map((t) => p(esc(t))).join("");

/** The tie-break rule as a section, the same in the leidraad and every subtender attachment. */
export function tieBreakSection(chapters: Chapter[]): Section {
  const rule = tieBreak(chapters);
  return { title: rule.title, anchor: "s-gunning-gelijk", targets: rule.chapter ? [chapterTarget(rule.chapter)] : [], body: (r) => (rule.markdown !== undefined ? r.md(rule.markdown) : p(esc(rule.text!))) };
}
