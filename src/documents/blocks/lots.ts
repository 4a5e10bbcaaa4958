import { toHtml } from "hast-util-to-html";
import { lotName } from "../../wording/lots.ts";
import { contractorCount, lotTable } from "../../views/lots.ts";
import { lotConditions } from "../../views/conditions.ts";
import type { Lot, Subtender } from "../../model/types.ts";
import { dutchList, esc, facts, p, table } from "../html.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import { anchorFor, ownCriteriaKey, type Section } from "../section.ts";

/** One name for a lot in every medium (src/wording/lots.ts). */
export const lotLabel = lotName;

function productLinks(L: Lookup, lot: Lot, r: Renderer): string {
  return lot.productIds.map((id) => r.link("product", id, L.product(id).naam)).join(", ");
}

/** Every lot and sub-lot of a subtender in one table: the one view (src/views/lots.ts), serialized for this document. */
export const lotsOverview = (L: Lookup, subtender: Subtender, r: Renderer): string => toHtml(lotTable(L, subtender, r.view));

/** The conditions a lot states itself (src/views/conditions.ts); a sub-lot's inherited ones are its lot's, said once with the lot. */
const conditions = (L: Lookup, lot: Lot, r: Renderer): string => {
  const list = lotConditions(L, lot, r.view, "own");
  return list ? toHtml(list) : "";
};

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
            subs.map((s) => [`<span id="${anchorFor("perceel", s.id)}">${esc(s.nummer)}</span>`, esc(s.naam), productLinks(L, s, r), esc(contractorCount(s, subtender))]),
            { numeric: [3], widths: ["16%", "28%", "38%", "18%"] },
          )
        : "";
      return [
        r.md(lot.omschrijving),
        facts([
          ["Groep", lot.groep && esc(lot.groep)],
          ["Aantal contractanten", esc(contractorCount(lot, subtender))],
          ["Producten", subs.length ? undefined : productLinks(L, lot, r)],
          ["Gunningscriteria", lot.eigenGunningscriteria ? r.see(ownCriteriaKey(lot.id), "eigen criteria, in plaats van die van de subtender") : undefined],
          ["Voorwaarde voor", lot.requiredByLotIds.length ? `wie ${lot.requiredByLotIds.map((id) => r.link("perceel", id, lotLabel(L.lot(id)))).join(" of ")} gegund wil krijgen, moet ook voor dit hele perceel gecontracteerd zijn` : undefined],
        ]),
        subTable,
        ...[lot, ...subs].filter((x) => x.toewijzing).map((x) => `<h4 class="run-in">Verdeling van het werk${x === lot ? "" : ` in ${esc(lotLabel(x))}`}</h4>${r.md(x.toewijzing)}`),
        conditions(L, lot, r),
        // "bovendien" only when the lot states conditions of its own that come first.
        ...subs.filter((s) => s.voorwaarden.some((c) => c.statedOn === s.id)).map((s) =>
          `<p class="lead-in">Wie op ${esc(lotLabel(s))} inschrijft, voldoet ${lot.voorwaarden.length ? "bovendien " : ""}aan:</p>` + conditions(L, s, r)),
      ].join("");
    },
  };
}

export function subtenderFacts(L: Lookup, subtender: Subtender, r: Renderer, procedureLabel: string): string {
  return facts([
    ["Procedure", esc(procedureLabel)],
    ["Segmenten", esc(dutchList(subtender.segmenten.map((id) => L.segment(id).naam)))],
    ["Plan van aanpak", subtender.plan_van_aanpak ? `ten hoogste ${subtender.plan_van_aanpak.max_a4} A4` : undefined],
    ["Eisen", subtender.eisen?.length ? subtender.eisen.map((id) => r.link("eis", id, L.requirement(id).titel)).join(", ") : undefined],
  ]);
}
