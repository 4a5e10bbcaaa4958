import { lotName } from "../../wording/lots.ts";
import { contractorCount, lotTable } from "../../views/lots.ts";
import { lotConditions, requiredByView } from "../../views/conditions.ts";
import { subtenderFacts as subtenderFactsView } from "../../views/subtender.ts";
import type { Lot, Subtender } from "../../model/types.ts";
import { h } from "hastscript";
import type { Element, ElementContent } from "hast";
import { facts } from "../../views/facts.ts";
import { joined } from "../../views/join.ts";
import { table } from "../../views/table.ts";
import { nodes } from "../hast.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import { anchorFor, ownCriteriaKey, type Section } from "../section.ts";

/** One name for a lot in every medium (src/wording/lots.ts). */
export const lotLabel = lotName;

function productLinks(L: Lookup, lot: Lot, r: Renderer): ElementContent[] {
  return joined(lot.productIds.map((id) => r.view.link("product", id, L.product(id).naam)), ", ");
}

/** Every lot and sub-lot of a subtender in one table: the one view (src/views/lots.ts), for this document. */
export const lotsOverview = (L: Lookup, subtender: Subtender, r: Renderer): Element => lotTable(L, subtender, r.view);

/** A section per lot: the place every `perceel:` reference points to (sub-lots point to their row). */
export function lotSection(L: Lookup, lot: Lot, subtender: Subtender): Section {
  const subs = lot.subLotIds.map((id) => L.lot(id));
  return {
    title: `Perceel ${lot.nummer} ${lot.naam}`,
    anchor: anchorFor("perceel", lot.id),
    targets: [
      { key: `perceel:${lot.id}`, label: lotLabel(lot) },
      ...subs.map((s) => ({ key: `perceel:${s.id}`, label: lotLabel(s), anchor: anchorFor("perceel", s.id) })),
    ],
    body: (r) => {
      const subTable = subs.length
        ? table(
            ["Subperceel", "Naam", "Producten", "Aantal contractanten"],
            subs.map((s) => [h("span", { id: anchorFor("perceel", s.id) }, s.nummer), s.naam, productLinks(L, s, r), contractorCount(s, subtender)]),
            "print",
            { numeric: [3], widths: ["16%", "28%", "38%", "18%"] },
          )
        : undefined;
      return nodes(
        r.view.md(lot.omschrijving),
        facts(
          [
            ["Groep", lot.groep],
            ["Aantal contractanten", contractorCount(lot, subtender)],
            ["Producten", subs.length ? undefined : productLinks(L, lot, r)],
            ["Gunningscriteria", lot.eigenGunningscriteria ? r.seeTree(ownCriteriaKey(lot.id), "eigen criteria, in plaats van die van de subtender") : undefined],
            ["Voorwaarde voor", requiredByView(L, lot, r.view)],
          ],
          "print",
        ),
        subTable,
        [lot, ...subs].filter((x) => x.toewijzing).flatMap((x) => [h("h4.run-in", `Verdeling van het werk${x === lot ? "" : ` in ${lotLabel(x)}`}`), ...r.view.md(x.toewijzing)]),
        lotConditions(L, lot, r.view, "own"),
        // "bovendien" only when the lot states conditions of its own that come first.
        ...subs
          .filter((s) => s.voorwaarden.some((c) => c.statedOn === s.id))
          .map((s) => nodes(h("p.lead-in", `Wie op ${lotLabel(s)} inschrijft, voldoet ${lot.voorwaarden.length ? "bovendien " : ""}aan:`), lotConditions(L, s, r.view, "own"))),
      );
    },
  };
}

/** The subtender's short facts: the one view (src/views/subtender.ts), for this document. */
export const subtenderFacts = (L: Lookup, subtender: Subtender, r: Renderer): Element | undefined => subtenderFactsView(L, subtender, r.view);
