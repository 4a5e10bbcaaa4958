import { h } from "hastscript";
import { dutchListOf, nodes, para } from "./hast.ts";
import { partText } from "../templates/parts.ts";
import type { Lookup } from "../model/lookup.ts";
import { productFacts } from "./blocks/product.ts";
import { anchorFor, type Section } from "./section.ts";

/** The productenboek: a chapter per segment, a section per product, with the same facts as the website. */
export function productenboekSections(L: Lookup): Section[] {
  return L.model.segments.map((segment) => ({
    title: segment.naam,
    anchor: anchorFor("segment", segment.id),
    targets: [{ key: `segment:${segment.id}`, label: `segment ${segment.naam}` }],
    body: (r) =>
      nodes(
        r.view.md(segment.omschrijving),
        segment.subtenderIds.length
          ? para("Producten van dit segment worden ingekocht via ", dutchListOf(segment.subtenderIds.map((id) => r.view.link("subtender", id, L.subtender(id).naam))), ".")
          : para("Geen perceel koopt producten van dit segment in."),
      ),
    children: segment.productIds.map((id) => {
      const product = L.product(id);
      return {
        title: product.productcode ? `${product.naam} (${product.productcode})` : product.naam,
        anchor: anchorFor("product", id),
        targets: [{ key: `product:${id}`, label: product.naam }],
        body: (r) => productFacts(L, product, r),
      };
    }),
  }));
}

export const productenboekIntro = (L: Lookup) => [h("p.intro", partText("productenboek-inleiding", { producten: L.model.products.length, aanbesteding: L.model.tender.titel }))];
