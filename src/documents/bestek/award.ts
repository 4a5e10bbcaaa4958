import type { Chapter, Subtender } from "../../model/types.ts";
import { standardSection } from "./provisions.ts";
import { h } from "hastscript";
import type { ElementContent } from "hast";
import { nodes, para } from "../hast.ts";
import { criteriaTable as criteriaView, scaleView } from "../../views/criteria.ts";
import type { Lookup } from "../../model/lookup.ts";
import { tieBreakSection } from "../blocks/criteria.ts";
import { anchorFor, ownCriteriaKey, type Section } from "../section.ts";
import { planRule, rankingRules } from "../../wording/award-rules.ts";
import type { Renderer } from "../render-context.ts";

/** Criteria, scale, page limit, ranking and the lots with their own criteria, for one competitive subtender. */
export function awardBody(L: Lookup, subtender: Subtender, r: Renderer): ElementContent[] {
  const rule = planRule(subtender, subtender.lotIds.some((id) => L.lot(id).subLotIds.length > 0));
  return nodes(
    para(`In ${subtender.naam} gunnen wij op kwaliteit, met de volgende gunningscriteria en wegingen:`),
    criteriaView(subtender.gunningscriteria, r.view),
    rule ? para(rule) : undefined,
    h("h3.run-in", "Beoordelingsschaal"),
    scaleView(subtender, r.view),
    ...rankingRules(subtender, subtender.lotIds.some((id) => L.lot(id).subLotIds.length > 0)).map((t) => para(t)),
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
      body: (r) =>
        nodes(
          para("Voor ", r.view.link("perceel", lot.id, `perceel ${lot.nummer} ${lot.naam}`), " gelden in plaats van de criteria hierboven de volgende gunningscriteria:"),
          criteriaView(lot.gunningscriteria, r.view),
        ),
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
