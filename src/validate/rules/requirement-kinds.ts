import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * A product's leveringsvoorwaarden should be requirements of that kind: an
 * exclusion ground listed as a delivery condition is almost always a slip.
 */
export const requirementKinds: Rule = {
  name: "soort eis bij leveringsvoorwaarden",
  check(index, table) {
    if (!index.requirements) return [];
    const kinds = new Map(index.requirements.data.map((r) => [r.id, r.soort]));
    const out: Diagnostic[] = [];
    for (const { source, data } of index.segments) {
      data.producten.forEach((p, i) => {
        p.leveringsvoorwaarden?.forEach((id, k) => {
          const soort = kinds.get(id);
          if (soort && soort !== "leveringsvoorwaarde" && table.byId.eis.has(id)) {
            out.push(warning(locate(source, ["producten", i, "leveringsvoorwaarden", k]), "leveringsvoorwaarde-soort", `eis \`${id}\` is een ${soort}, geen leveringsvoorwaarde; verwijs hier alleen naar eisen met \`soort: leveringsvoorwaarde\``));
          }
        });
      });
    }
    return out;
  },
};
