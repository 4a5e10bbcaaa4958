import type { Chapter, Subtender } from "../../model/types.ts";
import { standardSection } from "./provisions.ts";
import { dutchList, esc, p } from "../html.ts";
import type { Lookup } from "../../model/lookup.ts";
import { criteriaTable, rankingText, scaleTable, tieBreakSection } from "../blocks/criteria.ts";
import { anchorFor, ownCriteriaKey, type Section } from "../section.ts";
import { planRule } from "../../wording/award-rules.ts";
import type { Renderer } from "../render-context.ts";

/** Criteria, scale, page limit, ranking and the lots with their own criteria, for one competitive subtender. */
export function awardBody(L: Lookup, subtender: Subtender, r: Renderer): string {
  const rule = planRule(subtender, subtender.lotIds.some((id) => L.lot(id).subLotIds.length > 0));
  const plan = rule ? p(esc(rule)) : "";
  const scale = scaleTable(subtender, r);
  return (
    p(`In ${esc(subtender.naam)} gunnen wij op kwaliteit, met de volgende gunningscriteria en wegingen:`) +
    criteriaTable(subtender.gunningscriteria, r) +
    plan +
    `<h3 class="run-in">Beoordelingsschaal</h3>${scale}` +
    rankingText(subtender, subtender.lotIds.some((id) => L.lot(id).subLotIds.length > 0))
  );
}

/** The lots of a subtender with their own criteria, which replace the subtender's for that lot. */
export function ownCriteriaSections(L: Lookup, subtender: Subtender): Section[] {
  return subtender.lotIds
    .map((id) => L.lot(id))
    .filter((lot) => lot.eigenGunningscriteria)
    .map((lot) => ({
      title: `Eigen gunningscriteria perceel ${lot.nummer} ${lot.naam}`,
      anchor: anchorFor("gunning", lot.id),
      targets: [{ key: ownCriteriaKey(lot.id), label: `eigen gunningscriteria perceel ${lot.nummer} ${lot.naam}` }],
      body: (r) => p(`Voor ${r.link("perceel", lot.id, `perceel ${lot.nummer} ${lot.naam}`)} gelden in plaats van de criteria hierboven de volgende gunningscriteria:`) + criteriaTable(lot.gunningscriteria, r),
    }));
}

export function awardSections(L: Lookup, chapters: Chapter[]): Section[] {
  const competitive = L.model.subtenders.filter((s) => s.procedure === "aanbesteding");
  const admission = L.model.subtenders.filter((s) => s.procedure === "toelating");
  const sections: Section[] = competitive.map((s) => ({
    title: `Gunning ${s.naam}`,
    anchor: `s-gunning-${s.id}`,
    body: (r) => awardBody(L, s, r),
    children: ownCriteriaSections(L, s),
  }));
  if (competitive.length) {
    sections.push(tieBreakSection(L.model.chapters));
    sections.push(standardSection(L, "aantal-contractanten", chapters), standardSection(L, "beoordelingscommissie", chapters));
  }
  if (L.model.lots.some((l) => l.voorwaarden.length > 0)) sections.push(standardSection(L, "voorwaarden-tussen-percelen", chapters));
  if (admission.length) sections.push(standardSection(L, "open-house", chapters));
  sections.push(standardSection(L, "gunningsbeslissing", chapters));
  return sections;
}
