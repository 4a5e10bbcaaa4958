import { partText } from "../templates/parts.ts";
import { fullChecklist, type ChecklistGroup } from "../wording/checklist.ts";
import { PROCEDURE_LABEL } from "../format/procedure.ts";
import { checklistGroupView } from "../views/checklist.ts";
import { h } from "hastscript";
import type { ElementContent } from "hast";
import { nodes, para } from "./hast.ts";
import type { Lookup } from "../model/lookup.ts";
import type { Renderer } from "./render-context.ts";
import type { Section } from "./section.ts";

/**
 * The checklist attachment: what a bidder hands in and meets, for every lot,
 * from the same data as the website's /inschrijven/ page (src/wording/checklist.ts).
 * What lots share (the hoofdtender's and the subtender's requirements, the
 * planning) is printed once.
 */
export function checklistSections(L: Lookup): Section[] {
  const all = fullChecklist(L.model);
  const sections: Section[] = [];
  const { inleveren, hoofdtender, samenwerking, planning } = all;
  if (inleveren) sections.push({ title: inleveren.title, anchor: "s-checklist-inleveren", body: (r) => groupBody(inleveren, r) });
  if (hoofdtender) sections.push({ title: hoofdtender.title, anchor: "s-checklist-hoofdtender", body: (r) => groupBody(hoofdtender, r) });
  if (samenwerking) sections.push({ title: samenwerking.title, anchor: "s-checklist-samenwerking", body: (r) => groupBody(samenwerking, r) });
  for (const { subtender: s, groups, lots } of all.subtenders) {
    if (!lots.length) continue;
    sections.push({
      title: s.naam,
      anchor: `s-checklist-${s.id}`,
      body: (r) =>
        nodes(
          para(`${s.naam} is een ${PROCEDURE_LABEL[s.procedure]}. Schrijft u in op een perceel hieronder, dan levert u ook wat de hoofdtender vraagt${groups.some((g) => g.scope === "subtender") ? " en wat hieronder voor de hele subtender staat" : ""}.`),
          ...groups.map((g) => groupBody(g, r, 3)),
        ),
      children: lots.map(({ lot, title, groups: own }) => ({
        title,
        anchor: `s-checklist-perceel-${lot.id}`,
        body: (r) => (own.length ? own.flatMap((g) => groupBody(g, r, 4)) : nodes(para("Voor dit perceel geldt alleen wat de hoofdtender en de subtender vragen."))),
      })),
    });
  }
  if (planning) sections.push({ title: planning.title, anchor: "s-checklist-planning", body: (r) => groupBody(planning, r) });
  return sections;
}

export const checklistIntro = (L: Lookup) => [h("p.intro", partText("checklist-inleiding", { aanbesteding: L.model.tender.titel }))];

/** A group as the one view (src/views/checklist.ts) renders it for paper; the website renders the same view. */
function groupBody(g: ChecklistGroup, r: Renderer, level?: 3 | 4): ElementContent[] {
  return checklistGroupView(g, r.view, { level });
}
