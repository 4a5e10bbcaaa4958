import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate, type DataPath } from "../../load/locate.ts";
import { findCrossReferences } from "../../markdown/cross-references.ts";
import type { LotConditionInput } from "../../content/types.generated.ts";
import type { Rule } from "../rule.ts";

/** A (sub-)lot where products are bought: a lot without sub-lots, or a sub-lot. */
interface Leaf {
  id: string;
  /** The lot itself, or for a sub-lot its parent: a reference to either names the route. */
  family: string[];
  label: string;
  /** `perceel 1 Wonen`, the text of a cross-reference to it. */
  linkText: string;
  products: string[];
  toelating: boolean;
}

/**
 * A condition that a bidder must also be contracted for a product, where that
 * product is only bought in a toelating, forces the bidder into a whole
 * toelating perceel: one is admitted per perceel and then delivers all of its
 * products. That is a heavier demand than the condition reads; the condition's
 * `toelichting` must say so and name the perceel. Not reported when a toelating
 * (sub-)lot offers the product alone, or when the toelichting links to a
 * perceel that offers it (`[perceel 1](perceel:wonen)`).
 */
export const toelatingConditions: Rule = {
  name: "voorwaarde die een toelatingsperceel afdwingt",
  check(index) {
    const leaves: Leaf[] = [];
    for (const { data } of index.subtenders) {
      for (const lot of data.percelen) {
        const toelating = data.procedure === "toelating";
        if (!lot.subpercelen) leaves.push({ id: lot.id, family: [lot.id], label: `perceel ${lot.nummer} ${lot.naam} (\`${lot.id}\`) van subtender \`${data.id}\``, linkText: `perceel ${lot.nummer} ${lot.naam}`, products: lot.producten ?? [], toelating });
        for (const sub of lot.subpercelen ?? []) leaves.push({ id: sub.id, family: [sub.id, lot.id], label: `subperceel ${sub.nummer} ${sub.naam} (\`${sub.id}\`) van subtender \`${data.id}\``, linkText: `subperceel ${sub.nummer} ${sub.naam}`, products: sub.producten, toelating });
      }
    }
    const names = new Map(index.segments.flatMap((s) => s.data.producten.map((p) => [p.id, p.naam] as const)));
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      const check = (list: LotConditionInput[] | undefined, path: DataPath, self: string) =>
        list?.forEach((v, k) => {
          if (!v.vereist_product) return;
          const offering = leaves.filter((l) => l.products.includes(v.vereist_product!));
          if (!offering.length || offering.some((l) => !l.toelating || l.products.length === 1)) return;
          const named = new Set(findCrossReferences(v.toelichting ?? "").filter((r) => r.kind === "perceel").map((r) => r.id));
          if (offering.some((l) => l.family.some((id) => named.has(id)))) return;
          const routes = offering.map((l) => `${l.label} (producten: ${l.products.map((p) => names.get(p) ?? p).join(", ")})`).join("; of in ");
          const whole = offering.length === 1 ? "voor dat hele perceel te worden toegelaten, en moet dan alle producten ervan leveren" : "voor een van die percelen helemaal te worden toegelaten, en moet dan alle producten daarvan leveren";
          const link = `[${offering[0].linkText}](perceel:${offering[0].id})`;
          out.push(warning(locate(source, [...path, "voorwaarden", k, "vereist_product"]), "voorwaarde-dwingt-toelatingsperceel", `${self} vereist product \`${v.vereist_product}\`, dat alleen in een toelating wordt ingekocht: in ${routes}; een inschrijver voldoet hier alleen aan door ${whole}; zeg dat in de \`toelichting\` van de voorwaarde en verwijs daar naar het perceel, bijvoorbeeld \`${link}\`, of geef het product een eigen perceel, zodat een inschrijver alleen dit product hoeft te leveren`));
        });
      data.percelen.forEach((lot, i) => {
        check(lot.voorwaarden, ["percelen", i], `perceel ${lot.nummer} (\`${lot.id}\`)`);
        lot.subpercelen?.forEach((sub, j) => check(sub.voorwaarden, ["percelen", i, "subpercelen", j], `subperceel ${sub.nummer} (\`${sub.id}\`)`));
      });
    }
    return out;
  },
};
