import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { formatEuro } from "../../format/money.ts";
import type { Rule } from "../rule.ts";

/**
 * A taakgericht product (a fixed budget) bought in a toelating, where any
 * number of providers may join, or in a (sub-)lot with more than one
 * contractor: the budget is then shared, and a bidder cannot tell what he
 * gets unless the product's `bekostiging.toelichting` says how it is split.
 * A warning at the product's `bekostiging`, naming where it is shared.
 */
export const sharedFixedBudget: Rule = {
  name: "vast budget gedeeld zonder toelichting",
  check(index) {
    const sharedIn = new Map<string, string[]>();
    const add = (product: string, where: string) => sharedIn.set(product, [...(sharedIn.get(product) ?? []), where]);
    for (const { data } of index.subtenders) {
      const toelating = data.procedure === "toelating";
      for (const lot of data.percelen) {
        const leaves = lot.subpercelen ? lot.subpercelen.map((s) => ({ ...s, kind: "subperceel" })) : [{ ...lot, producten: lot.producten ?? [], kind: "perceel" }];
        for (const leaf of leaves) {
          const shared = toelating ? "een toelating, zonder maximum aantal aanbieders" : (leaf.aantal_contractanten ?? 0) > 1 ? `${leaf.aantal_contractanten} contractanten` : undefined;
          if (shared) for (const p of leaf.producten) add(p, `${leaf.kind} ${leaf.nummer} (\`${leaf.id}\`) van subtender \`${data.id}\`: ${shared}`);
        }
      }
    }
    const out: Diagnostic[] = [];
    for (const { source, data } of index.segments) {
      data.producten.forEach((p, i) => {
        const b = p.bekostiging;
        if (b.vorm !== "taakgericht" || b.toelichting?.trim()) return;
        const where = sharedIn.get(p.id);
        if (!where) return;
        const per = b.frequentie && b.frequentie !== "totaal" ? ` per ${b.frequentie}` : "";
        out.push(warning(locate(source, ["producten", i, "bekostiging"]), "vast-budget-gedeeld-zonder-toelichting", `product \`${p.id}\` heeft een vast budget (taakgericht, ${formatEuro(b.tarief)}${per}), maar wordt gedeeld in ${where.join("; ")}; zonder toelichting weet een inschrijver niet welk deel hij krijgt. Zeg in \`bekostiging.toelichting\` hoe het budget wordt verdeeld, bijvoorbeeld per aanbieder naar rato van het aantal jeugdigen, of een vast deel per opdrachtnemer`));
      });
    }
    return out;
  },
};
