import { dutchList, esc, p } from "./html.ts";
import { PROCEDURE_LABEL } from "./labels.ts";
import type { Lookup } from "./lookup.ts";
import { lotSection, lotsOverview, subtenderFacts } from "./blocks/lots.ts";
import { criteriaTable, tieBreakSection } from "./blocks/criteria.ts";
import { awardBody } from "./bestek/award.ts";
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
          body: (r) => awardBody(s, r),
          children: [
            ...lots
              .filter((lot) => lot.eigenGunningscriteria)
              .map((lot): Section => ({
                title: `Eigen gunningscriteria perceel ${lot.nummer} ${lot.naam}`,
                anchor: anchorFor("gunning", lot.id),
                body: (r) => p(`Voor ${r.link("perceel", lot.id, `perceel ${lot.nummer} ${lot.naam}`)} gelden de volgende gunningscriteria:`) + criteriaTable(lot.gunningscriteria, r),
              })),
            tieBreakSection(L.model.chapters),
          ],
        }
      : {
          title: "Toelating",
          anchor: "s-gunning-toelating",
          body: () => p(`${esc(s.naam)} is een toelating: er zijn geen gunningscriteria en geen maximum aantal contractanten. Wij sluiten een overeenkomst met iedere inschrijver die aan de eisen voldoet.`),
        };
  return [
    {
      title: s.naam,
      anchor: anchorFor("subtender", s.id),
      targets: [{ key: `subtender:${s.id}`, label: s.naam }],
      body: (r) =>
        r.md(s.omschrijving) +
        subtenderFacts(L, s, r, PROCEDURE_LABEL[s.procedure]) +
        p(`Deze subtender omvat ${lots.length === 1 ? "één perceel" : `${lots.length} percelen`}: ${esc(dutchList(lots.map((l) => `${l.nummer} ${l.naam}`)))}.`) +
        lotsOverview(L, s, r),
    },
    { title: "Percelen", anchor: "s-percelen", children: lots.map((lot) => lotSection(L, lot, s)) },
    award,
  ];
}
