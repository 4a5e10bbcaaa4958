import { countOf } from "../format/numbers.ts";
import { procedureSummary } from "../views/subtender.ts";
import { h } from "hastscript";
import { dutchList } from "../format/lists.ts";
import { nodes } from "./hast.ts";
import type { Lookup } from "../model/lookup.ts";
import { lotSection, lotsOverview, subtenderFacts } from "./blocks/lots.ts";
import { tieBreakSection } from "./blocks/criteria.ts";
import { awardBody, ownCriteriaSections } from "./bestek/award.ts";
import { anchorFor, type Section } from "./section.ts";

/** One attachment per subtender: what it is, its lots, and how it is awarded. */
export function subtenderSections(L: Lookup, id: string): Section[] {
  const s = L.subtender(id);
  const lots = s.lotIds.map((lotId) => L.lot(lotId));
  const award: Section =
    s.procedure === "aanbesteding"
      ? {
          title: "Gunning",
          anchor: `s-gunning-${s.id}`,
          body: (r) => awardBody(L, s, r),
          children: [
            ...ownCriteriaSections(L, s),
            tieBreakSection(L.model.chapters),
          ],
        }
      : {
          title: "Toelating",
          anchor: "s-gunning-toelating",
          // The same words as the subtender's page (src/views/subtender.ts).
          body: () => [procedureSummary(s)],
        };
  return [
    {
      title: s.naam,
      anchor: anchorFor("subtender", s.id),
      targets: [{ key: `subtender:${s.id}`, label: s.naam }],
      body: (r) =>
        nodes(
          r.view.md(s.omschrijving),
          subtenderFacts(L, s, r),
          h("p", `Deze subtender omvat ${countOf(lots.length, "perceel", "percelen")}: ${dutchList(lots.map((l) => `${l.nummer} ${l.naam}`))}.`),
          lotsOverview(L, s, r),
        ),
    },
    { title: "Percelen", anchor: "s-percelen", children: lots.map((lot) => lotSection(L, lot, s)) },
    award,
  ];
}
