import type { Chapter } from "../../model/types.ts";
import type { Section } from "../section.ts";
import { tieBreak } from "../../wording/award-rules.ts";
import { tieBreakView } from "../../views/criteria.ts";
import { chapterTarget } from "../section.ts";

/** The tie-break rule as a section, the same in the leidraad and every subtender attachment. */
export function tieBreakSection(chapters: Chapter[]): Section {
  const rule = tieBreak(chapters);
  return { title: rule.title, anchor: "s-gunning-gelijk", targets: rule.chapter ? [chapterTarget(rule.chapter)] : [], body: (r) => tieBreakView(chapters, r.view).content };
}
