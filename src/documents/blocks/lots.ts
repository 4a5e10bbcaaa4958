import { countOf } from "../../format/numbers.ts";
import { lotName, ownConditionsLine } from "../../format/lots.ts";
import type { Lot, Subtender } from "../../model/types.ts";
import { dutchList, esc, facts, p, table } from "../html.ts";
import type { Lookup } from "../lookup.ts";
import type { Renderer } from "../render-context.ts";
import { anchorFor, ownCriteriaKey, type Section } from "../section.ts";

/** One name for a lot in every medium (src/format/lots.ts). */
export const lotLabel = lotName;

const count = (lot: Lot, subtender: Subtender) =>
  subtender.procedure === "toelating" ? "geen maximum" : lot.aantal_contractanten !== undefined ? String(lot.aantal_contractanten) : "per subperceel";

function productLinks(L: Lookup, lot: Lot, r: Renderer): string {
  return lot.productIds.map((id) => r.link("product", id, L.product(id).naam)).join(", ");
}

/** The lot's own conditions under its name in a table row, as the website shows them (src/format/lots.ts). */
function conditionNote(L: Lookup, lot: Lot): string {
  const line = ownConditionsLine(lot, L.lot, (id) => L.product(id).naam);
  return line ? `<br><span class="note">${esc(line)}</span>` : "";
}

/** Every lot and sub-lot of a subtender in one table: number, name, group, products, contractor count. */
export function lotsOverview(L: Lookup, subtender: Subtender, r: Renderer): string {
  const rows: string[][] = [];
  for (const id of subtender.lotIds) {
    const lot = L.lot(id);
    rows.push([esc(lot.nummer), r.link("perceel", lot.id, lot.naam) + conditionNote(L, lot), esc(lot.groep ?? ""), productLinks(L, lot, r), esc(count(lot, subtender))]);
    for (const subId of lot.subLotIds) {
      const sub = L.lot(subId);
      rows.push([esc(sub.nummer), `<span class="sub">${r.link("perceel", sub.id, sub.naam)}</span>` + conditionNote(L, sub), esc(lot.groep ?? ""), productLinks(L, sub, r), esc(count(sub, subtender))]);
    }
  }
  const groups = subtender.lotIds.some((id) => L.lot(id).groep);
  const head = ["Perceel", "Naam", "Groep", "Producten", "Aantal contractanten"];
  if (!groups) {
    rows.forEach((row) => row.splice(2, 1));
    head.splice(2, 1);
  }
  return table(head, rows, { numeric: [head.length - 1], widths: groups ? ["11%", "24%", "16%", "33%", "16%"] : ["11%", "30%", "43%", "16%"] });
}

/**
 * The contractor count in a sentence: "Wij contracteren voor perceel 3 Ambulante
 * crisiszorg zeven aanbieders." The lot's facts leave the count out: it is said here.
 */
function countSentence(lot: Lot, subtender: Subtender): string {
  if (subtender.procedure === "toelating") return `Voor ${esc(lotLabel(lot))} geldt geen maximum aantal aanbieders.`;
  const n = lot.aantal_contractanten;
  return n === undefined ? "" : `Wij contracteren voor ${esc(lotLabel(lot))} ${countOf(n, "aanbieder", "aanbieders")}.`;
}

/** The conditions a lot states itself; a sub-lot's inherited ones are its lot's, said once with the lot. */
function conditions(L: Lookup, lot: Lot, r: Renderer): string {
  const own = lot.voorwaarden.filter((c) => c.statedOn === lot.id);
  if (!own.length) return "";
  const items = own.map((c) => {
    const what = c.vereist_product
      ? `het product ${r.link("product", c.vereist_product, L.product(c.vereist_product).naam)}`
      : `${esc(lotLabel(L.lot(c.vereist_perceel!)))}`;
    return `<li>U moet ook gecontracteerd zijn voor ${what}.${c.toelichting ? ` ${r.inline(c.toelichting)}` : ""}</li>`;
  });
  return `<ul class="conditions">${items.join("")}</ul>`;
}

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
            subs.map((s) => [`<span id="${anchorFor("perceel", s.id)}">${esc(s.nummer)}</span>`, esc(s.naam), productLinks(L, s, r), esc(count(s, subtender))]),
            { numeric: [3], widths: ["16%", "28%", "38%", "18%"] },
          )
        : "";
      return [
        r.md(lot.omschrijving),
        facts([
          ["Groep", lot.groep && esc(lot.groep)],
          ["Producten", subs.length ? undefined : productLinks(L, lot, r)],
          ["Gunningscriteria", lot.eigenGunningscriteria ? r.see(ownCriteriaKey(lot.id), "eigen criteria, in plaats van die van de subtender") : undefined],
          ["Voorwaarde voor", lot.requiredByLotIds.length ? `wie ${lot.requiredByLotIds.map((id) => r.link("perceel", id, lotLabel(L.lot(id)))).join(" of ")} gegund wil krijgen, moet ook voor dit hele perceel gecontracteerd zijn` : undefined],
        ]),
        subTable,
        p([lot, ...subs].map((x) => countSentence(x, subtender)).filter(Boolean).join(" ")),
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
