import type { Chapter, Criterion, Subtender } from "../../model/types.ts";
import type { Section } from "../section.ts";
import type { Element, ElementContent } from "hast";
import { h } from "hastscript";
import { rankingRules, tieBreak } from "../../wording/award-rules.ts";
import { criteriaTable as criteriaView, scaleView, tieBreakView } from "../../views/criteria.ts";
import { chapterTarget } from "../section.ts";
import type { Renderer } from "../render-context.ts";

/** Criteria with weights, page limits and what is asked: the one view (src/views/criteria.ts), for this document. */
export const criteriaTable = (criteria: Criterion[], r: Renderer): Element => criteriaView(criteria, r.view);

/** The scale that applies, with a line saying which (src/views/criteria.ts). */
export const scaleTable = (subtender: Subtender, r: Renderer): ElementContent[] => scaleView(subtender, r.view);

/** How criterion scores become a ranking (see src/wording/award-rules.ts). */
export const rankingText = (subtender: Subtender, hasSubLots: boolean): ElementContent[] => rankingRules(subtender, hasSubLots).map((t) => h("p", t));

/** The tie-break rule as a section, the same in the leidraad and every subtender attachment. */
export function tieBreakSection(chapters: Chapter[]): Section {
  const rule = tieBreak(chapters);
  return { title: rule.title, anchor: "s-gunning-gelijk", targets: rule.chapter ? [chapterTarget(rule.chapter)] : [], body: (r) => tieBreakView(chapters, r.view).content };
}
