import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * A leveringsvoorwaarde is how a product is delivered: it belongs on the
 * products (`leveringsvoorwaarden`) or a subtender, not among the eisen of the
 * hoofdtender, which every bidder on every subtender must meet. Listed there,
 * it binds contractors to products they do not deliver. A warning at the
 * hoofdtender's list.
 */
export const hoofdtenderDeliveryCondition: Rule = {
  name: "leveringsvoorwaarde als eis van de hoofdtender",
  check(index) {
    if (!index.tender || !index.requirements) return [];
    const { source, data } = index.tender;
    const kind = new Map(index.requirements.data.map((q) => [q.id, q.soort] as const));
    const onProducts = new Map<string, string[]>();
    for (const seg of index.segments) for (const p of seg.data.producten) for (const id of p.leveringsvoorwaarden ?? []) onProducts.set(id, [...(onProducts.get(id) ?? []), p.id]);
    const out: Diagnostic[] = [];
    (data.hoofdtender?.eisen ?? []).forEach((id, i) => {
      if (kind.get(id) !== "leveringsvoorwaarde") return;
      const products = onProducts.get(id) ?? [];
      const named = products.map((p) => `\`${p}\``).join(", ");
      const where = !products.length ? "" : products.length === 1 ? `; product ${named} noemt haar al als leveringsvoorwaarde` : `; de producten ${named} noemen haar al als leveringsvoorwaarde`;
      out.push(warning(locate(source, ["hoofdtender", "eisen", i]), "leveringsvoorwaarde-in-hoofdtender", `eis \`${id}\` is een leveringsvoorwaarde van producten, maar staat bij de eisen van de hoofdtender, waaraan iedere inschrijver op iedere subtender moet voldoen${where}. Haal \`${id}\` uit \`hoofdtender.eisen\` en zet haar bij \`leveringsvoorwaarden\` van de producten waarvoor zij geldt, of maak er een contractvoorwaarde van als zij voor alle overeenkomsten geldt`));
    });
    return out;
  },
};
