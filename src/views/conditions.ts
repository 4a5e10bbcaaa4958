import { h } from "hastscript";
import type { Element, ElementContent } from "hast";
import type { Lot } from "../model/types.ts";
import { lotName } from "../wording/lots.ts";
import type { Lookup } from "../model/lookup.ts";
import type { ViewContext } from "./context.ts";
import { joined, text } from "./join.ts";

type Condition = Lot["voorwaarden"][number];

/**
 * One condition between lots, in one sentence for every medium: "U moet ook
 * gecontracteerd zijn voor het product Pleegzorg." Shown under a sub-lot, a
 * condition its lot states says so; the authors' toelichting follows.
 */
function conditionItem(L: Lookup, lot: Lot, c: Condition, ctx: ViewContext): Element {
  const what: ElementContent[] = c.vereist_product
    ? [text("het product "), ctx.link("product", c.vereist_product, L.product(c.vereist_product).naam)]
    : [ctx.link("perceel", c.vereist_perceel!, lotName(L.lot(c.vereist_perceel!)))];
  const inherited = c.statedOn !== lot.id ? [text(" Deze voorwaarde geldt voor heel "), ctx.link("perceel", c.statedOn, lotName(L.lot(c.statedOn))), text(".")] : [];
  const note = c.toelichting ? [h("div.prose", ctx.md(c.toelichting))] : [];
  return h("li", [text("U moet ook gecontracteerd zijn voor "), ...what, text("."), ...inherited, ...note]);
}

/** The conditions of a lot as a list; `own`: only those it states itself (its lot's are said with the lot). */
export function lotConditions(L: Lookup, lot: Lot, ctx: ViewContext, only?: "own"): Element | undefined {
  const list = only === "own" ? lot.voorwaarden.filter((c) => c.statedOn === lot.id) : lot.voorwaarden;
  return list.length ? h("ul.conditions", list.map((c) => conditionItem(L, lot, c, ctx))) : undefined;
}

/** A lot that requires another, with its subtender: "perceel 5 Crisispleegzorg (Subtender Crisis)". */
export function requiringLot(L: Lookup, id: string, ctx: ViewContext): ElementContent[] {
  const lot = L.lot(id);
  return [ctx.link("perceel", lot.id, lotName(lot)), text(` (${L.subtender(lot.subtenderId).naam})`)];
}

/**
 * The other way round: which lots require this whole lot, in one wording for
 * every medium: "wie perceel 3 Pleegzorg of perceel 4 Gezinshuizen gegund wil
 * krijgen, moet ook voor dit hele perceel gecontracteerd zijn", each lot with
 * its subtender (as requiringLot says it). `sentence`: with a capital and a full
 * stop (a paragraph on the web), else as a fact's value (the leidraad).
 */
export function requiredByView(L: Lookup, lot: Lot, ctx: ViewContext, sentence = false): ElementContent[] | undefined {
  if (!lot.requiredByLotIds.length) return undefined;
  const others = lot.requiredByLotIds.map((id) => requiringLot(L, id, ctx));
  return [text(sentence ? "Wie " : "wie "), ...joined(others, " of "), text(` gegund wil krijgen, moet ook voor dit hele perceel gecontracteerd zijn${sentence ? "." : ""}`)];
}
