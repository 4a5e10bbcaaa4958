import { fullChecklist, type ChecklistGroup, type ChecklistItem } from "../wording/checklist.ts";
import { PROCEDURE_LABEL } from "../format/procedure.ts";
import { esc, p, table } from "./html.ts";
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
  const { hoofdtender, planning } = all;
  if (hoofdtender) sections.push({ title: hoofdtender.title, anchor: "s-checklist-hoofdtender", body: (r) => groupBody(hoofdtender, r) });
  for (const { subtender: s, groups, lots } of all.subtenders) {
    if (!lots.length) continue;
    sections.push({
      title: s.naam,
      anchor: `s-checklist-${s.id}`,
      body: (r) =>
        p(`${esc(s.naam)} is een ${esc(PROCEDURE_LABEL[s.procedure])}. Schrijft u in op een perceel hieronder, dan levert u ook wat de hoofdtender vraagt${groups.some((g) => g.scope === "subtender") ? " en wat hieronder voor de hele subtender staat" : ""}.`) +
        groups.map((g) => `<h3>${esc(g.title)}</h3>${groupBody(g, r)}`).join(""),
      children: lots.map(({ lot, title, groups: own }) => ({
        title,
        anchor: `s-checklist-perceel-${lot.id}`,
        body: (r) => (own.length ? own.map((g) => `<h4>${esc(g.title)}</h4>${groupBody(g, r)}`).join("") : p("Voor dit perceel geldt alleen wat de hoofdtender en de subtender vragen.")),
      })),
    });
  }
  if (planning) sections.push({ title: planning.title, anchor: "s-checklist-planning", body: (r) => groupBody(planning, r) });
  return sections;
}

export const checklistIntro = (L: Lookup) =>
  `<p class="intro">Deze checklist zet per perceel op een rij wat u bij uw inschrijving op ${esc(L.model.tender.titel)} inlevert, waaraan u moet voldoen en wanneer: de eisen met hun bewijs, het plan van aanpak met de maximale omvang, de voorwaarden op andere percelen met wat die voor u betekenen, en de planning. Vink af wat u klaar heeft. Op de website staat dezelfde lijst; daar kiest u uw eigen percelen.</p>`;

function itemCells(item: ChecklistItem, r: Renderer): string[] {
  const text = (t: string | undefined) => (t === undefined ? "" : item.markdown ? r.inline(t) : esc(t));
  const what = (item.ref?.kind === "eis" ? r.see(`eis:${item.ref.id}`, item.title) : esc(item.title)) + (item.kind ? ` <span class="muted">(${esc(item.kind)})</span>` : "");
  const notes = (item.notes ?? []).map((n) => `<br><span class="muted">${text(n)}</span>`).join("");
  return ["☐", what, text(item.proof) + notes, esc(item.due ?? "")];
}

function groupBody(g: ChecklistGroup, r: Renderer): string {
  return (g.intro ? p(esc(g.intro)) : "") + table(["✓", "Wat", g.scope === "planning" ? "Toelichting" : "Bewijs en wat u inlevert", "Wanneer"], g.items.map((i) => itemCells(i, r)), { widths: ["5%", "30%", "37%", "28%"] });
}
