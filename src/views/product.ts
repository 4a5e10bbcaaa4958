import { h } from "hastscript";
import type { Element, ElementContent } from "hast";
import type { Product } from "../model/types.ts";
import { formatCategory, formatLevel, formatMaximumDuration, formatRegisters, formatTariff, FUNDING_FORM } from "../wording/funding.ts";
import type { Lookup } from "../model/lookup.ts";
import type { ViewContext } from "./context.ts";
import { facts, type Fact } from "./facts.ts";
import { lotName, lotTitle, prerequisitesOf } from "../wording/lots.ts";
import { PROCEDURE_LABEL } from "../format/procedure.ts";
import { contractorCount } from "./lots.ts";
import { table } from "./table.ts";
import { joined, text } from "./join.ts";
import { lotConditions, requiringLot } from "./conditions.ts";

/** `ten hoogste 8 jeugdigen`: the group size as both media state it. */
export const groupSize = (n: number) => `ten hoogste ${n} ${n === 1 ? "jeugdige" : "jeugdigen"}`;

/**
 * The short facts of a product, in the order a bidder compares products: the
 * same rows on its page and in the productenboek. Registration is a fact only
 * when the productenboek asks for one: no row says what is not asked.
 */
export function productFactRows(L: Lookup, p: Product, ctx: ViewContext): Fact[] {
  const b = p.bekostiging;
  const form = FUNDING_FORM[b.vorm];
  const hasTerm = L.model.terms.some((t) => t.id === b.vorm);
  // Short enough to keep on one line whole: a reader never finds `€` or `per uur` apart from the figure.
  const tariff: ElementContent[] = [h("strong.nowrap", formatTariff(b)), text(` (tariefjaar ${b.tariefjaar})`)];
  return [
    ["Segment", ctx.link("segment", p.segmentId, L.segment(p.segmentId).naam)],
    ["Productcategorie", formatCategory(p.productcategorie)],
    ["Productcode", p.productcode],
    ["Tarief", tariff],
    ["Bekostiging", hasTerm ? ctx.link("begrip", b.vorm, form) : form],
    ["Opleidingsniveau", `minimaal ${formatLevel(p.personeel.minimaal_opleidingsniveau)}`],
    ["Registratie", p.personeel.registratie?.length ? formatRegisters(p.personeel.registratie) : undefined],
    ["Groepsgrootte", p.groepsgrootte_max !== undefined ? groupSize(p.groepsgrootte_max) : undefined],
    ["Maximale duur", p.maximale_duur && formatMaximumDuration(p.maximale_duur)],
  ];
}

/**
 * Per lot that offers this product, its conditions (src/views/conditions.ts):
 * a heading "Voorwaarde voor perceel …" and the list. The productenboek prints
 * them as one fact, the product's page under headings of their own.
 */
export function productLotConditions(L: Lookup, p: Product, ctx: ViewContext): { heading: ElementContent[]; list: Element }[] {
  return p.lotIds.map((id) => L.lot(id)).flatMap((lot) => {
    const list = lotConditions(L, lot, ctx);
    return list ? [{ heading: [text("Voorwaarde voor "), ctx.link("perceel", lot.id, lotName(lot))], list }] : [];
  });
}

function conditionsOfLots(L: Lookup, p: Product, ctx: ViewContext): ElementContent[] {
  return productLotConditions(L, p, ctx).flatMap(({ heading, list }) => [h("div", [...heading, text(":")]), list]);
}

/**
 * The lots that require this product, one clause each: "wie subperceel B4c …
 * gegund wil krijgen, moet ook gecontracteerd zijn voor perceel B1 Pleegzorg,
 * waarin dit product valt" (src/wording/lots.ts). The productenboek joins them
 * in one fact, the product's page lists them.
 */
export function productPrerequisites(L: Lookup, p: Product, ctx: ViewContext): ElementContent[][] {
  return prerequisitesOf(p, L.lot).map(({ requiringLotId, viaLotId }) => [
    text("wie "),
    ...requiringLot(L, requiringLotId, ctx),
    ...(viaLotId
      ? [text(" gegund wil krijgen, moet ook gecontracteerd zijn voor "), ctx.link("perceel", viaLotId, lotName(L.lot(viaLotId))), text(", waarin dit product valt")]
      : [text(" gegund wil krijgen, moet ook voor dit product gecontracteerd zijn")]),
  ]);
}

/**
 * Where a product is bought: per lot that offers it, the lot, how many
 * contractors it gets, its subtender and the procedure. The same table on the
 * product's page and, after its facts, in the productenboek.
 */
export function productLotsTable(L: Lookup, p: Product, ctx: ViewContext): Element | undefined {
  if (!p.lotIds.length) return undefined;
  const rows = p.lotIds.map((id) => {
    const lot = L.lot(id);
    const s = L.subtender(lot.subtenderId);
    return [ctx.link("perceel", lot.id, lotTitle(lot)), contractorCount(lot, s), ctx.link("subtender", s.id, s.naam), PROCEDURE_LABEL[s.procedure]];
  });
  return table(["Perceel", "Aantal contractanten", "Subtender", "Procedure"], rows, ctx.medium, { rowHead: 0, widths: ["34%", "18%", "22%", "26%"] });
}

const prerequisites = (L: Lookup, p: Product, ctx: ViewContext): ElementContent[] => joined(productPrerequisites(L, p, ctx), "; ");

/**
 * The productenboek's entry for a product: the short facts, then its texts and
 * relations as rows of the same table. The website shows the texts under
 * headings of the same names (pages/producten/[id].astro).
 */
export function productEntry(L: Lookup, p: Product, ctx: ViewContext): ElementContent[] {
  const links = (ids: string[] | undefined, kind: "eis" | "product", name: (id: string) => string, separator: string) =>
    ids?.length ? joined(ids.map((id) => ctx.link(kind, id, name(id))), separator) : undefined;
  const factsTable = facts([
    ...productFactRows(L, p, ctx),
    ["Omschrijving", ctx.inline(p.omschrijving)],
    ["Doelgroep", ctx.inline(p.doelgroep)],
    ["Resultaat", p.resultaat ? ctx.inline(p.resultaat) : undefined],
    ["Personeel", p.personeel.toelichting ? ctx.inline(p.personeel.toelichting) : undefined],
    ["Over het tarief", p.bekostiging.toelichting ? ctx.inline(p.bekostiging.toelichting) : undefined],
    ["Leveringsvoorwaarden", links(p.leveringsvoorwaarden, "eis", (id) => L.requirement(id).titel, "; ")],
    ["Niet te combineren met", links(p.notCombinableWith, "product", (id) => L.product(id).naam, ", ")],
    // With lots, the table after the facts says where it is bought (productLotsTable).
    ["Percelen", p.lotIds.length ? undefined : "niet in een perceel opgenomen"],
    ["Voorwaarde voor", prerequisites(L, p, ctx)],
    ["Voorwaarden van het perceel", conditionsOfLots(L, p, ctx)],
  ], ctx.medium);
  const lots = productLotsTable(L, p, ctx);
  return [...(factsTable ? [factsTable] : []), ...(lots ? [lots] : [])];
}
