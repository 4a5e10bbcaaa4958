import { h } from "hastscript";
import type { Element, ElementContent } from "hast";
import type { Lot, Subtender } from "../model/types.ts";
import { formatContractors } from "../wording/funding.ts";
import { formatEuro } from "../format/money.ts";
import { ownConditionsLine } from "../wording/lots.ts";
import type { Lookup } from "../model/lookup.ts";
import type { ViewContext } from "./context.ts";
import { joined, text } from "./join.ts";
import { table, type Cell } from "./table.ts";

/** How many contractors a lot gets, in one wording for every medium: "7 contractanten", "geen maximum (toelating)", "per subperceel". */
export const contractorCount = (lot: Lot, subtender: Subtender) => formatContractors(lot.aantal_contractanten, subtender.procedure);

/**
 * A lot's estimated and maximum value (v3 `maximale_waarde`, Simonsen & Weel
 * C-23/20) as label/text pairs, with the ceilings above it that also apply:
 * its lot's (for a sub-lot) and its subtender's. Empty when none is stated.
 */
export function lotValueFacts(lot: Lot, subtender: Subtender, parent?: Lot): { label: string; text: string }[] {
  const term = "excl. btw, over de maximale looptijd met verlengingen";
  const out: { label: string; text: string }[] = [];
  if (lot.geraamde_waarde !== undefined) out.push({ label: "Geraamde waarde", text: `${formatEuro(lot.geraamde_waarde)} (${term})` });
  if (lot.maximale_waarde !== undefined) out.push({ label: "Maximale waarde", text: `${formatEuro(lot.maximale_waarde)} (${term}); daarna heeft de raamovereenkomst voor dit onderdeel geen werking meer` });
  if (parent?.maximale_waarde !== undefined) out.push({ label: `Maximale waarde perceel ${parent.nummer}`, text: `${formatEuro(parent.maximale_waarde)}, voor alle subpercelen samen` });
  if (subtender.maximale_waarde !== undefined) out.push({ label: "Maximale waarde subtender", text: `${formatEuro(subtender.maximale_waarde)}, voor alle percelen van ${subtender.naam} samen` });
  return out;
}

/** The lot's name, with its group and its own conditions under it: a condition decides whether a bid on the lot can win at all. */
function nameCell(L: Lookup, lot: Lot, ctx: ViewContext): ElementContent[] {
  const name = ctx.link("perceel", lot.id, lot.naam);
  const condition = ownConditionsLine(lot, L.lot, (id) => L.product(id).naam);
  return [
    lot.parentId ? h("span.sub", [name]) : name,
    ...(lot.groep && !lot.parentId ? [h("div.note.muted", lot.groep)] : []),
    ...(condition ? [h("div.note.muted", condition)] : []),
  ];
}

function productsCell(L: Lookup, lot: Lot, ctx: ViewContext): Cell {
  if (lot.subLotIds.length) return h("span.muted", "zie subpercelen");
  return joined(lot.productIds.map((id) => ctx.link("product", id, L.product(id).naam)), ", ");
}

/**
 * Every lot and sub-lot of a subtender in one table: number, name (group and
 * conditions under it), contractor count, products. The count comes before the
 * products: on a phone it is the column a bidder looks for first.
 */
export function lotTable(L: Lookup, subtender: Subtender, ctx: ViewContext): Element {
  const rows = subtender.lotIds.flatMap((id) => [L.lot(id), ...L.lot(id).subLotIds.map((s) => L.lot(s))]).map((lot): Cell[] => [
    text(lot.nummer),
    nameCell(L, lot, ctx),
    contractorCount(lot, subtender),
    productsCell(L, lot, ctx),
  ]);
  return table(["Nr.", "Perceel", "Aantal contractanten", "Producten"], rows, ctx.medium, { widths: ["9%", "36%", "19%", "36%"], rowHead: 1 });
}
