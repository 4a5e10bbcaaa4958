import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate, type DataPath } from "../../load/locate.ts";
import type { LotConditionInput } from "../../content/types.generated.ts";
import { countOf } from "../../format/numbers.ts";
import type { Rule } from "../rule.ts";

/**
 * A (sub-)lot with a fixed number of places whose condition requires a lot
 * with fewer places (`vereist_perceel`): only a contractor of the required lot
 * can win it, so at least one place can never be filled. A warning at the
 * condition. Compared only where both have their own `aantal_contractanten`
 * (a required lot with sub-lots, or in a toelating, has no single count).
 */
export const conditionalLotPlaces: Rule = {
  name: "voorwaardelijk perceel met meer plaatsen dan het vereiste perceel",
  check(index) {
    const places = new Map<string, { count: number; label: string }>();
    for (const { data } of index.subtenders) {
      if (data.procedure !== "aanbesteding") continue;
      for (const lot of data.percelen) {
        if (lot.aantal_contractanten !== undefined && !lot.subpercelen) places.set(lot.id, { count: lot.aantal_contractanten, label: `perceel ${lot.nummer} (\`${lot.id}\`)` });
      }
    }
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      if (data.procedure !== "aanbesteding") continue;
      const check = (list: LotConditionInput[] | undefined, path: DataPath, self: string, counts: number[]) =>
        list?.forEach((v, k) => {
          const required = v.vereist_perceel ? places.get(v.vereist_perceel) : undefined;
          if (!required || !counts.length) return;
          const most = Math.max(...counts);
          if (most <= required.count) return;
          out.push(warning(locate(source, [...path, "voorwaarden", k, "vereist_perceel"]), "voorwaarde-meer-plaatsen-dan-vereist-perceel",
            `${self} heeft ${countOf(most, "plaats", "plaatsen")}, maar vereist ${required.label}, dat ${countOf(required.count, "plaats", "plaatsen")} heeft: alleen een opdrachtnemer van dat perceel kan hier gegund krijgen, dus ${countOf(most - required.count, "plaats blijft", "plaatsen blijven")} altijd leeg; verlaag \`aantal_contractanten\` tot ${required.count}, verhoog het aantal van het vereiste perceel, of maak van de voorwaarde een toelichting zonder \`vereist_perceel\``));
        });
      data.percelen.forEach((lot, i) => {
        const own = lot.subpercelen ? lot.subpercelen.map((s) => s.aantal_contractanten).filter((n): n is number => n !== undefined) : lot.aantal_contractanten !== undefined ? [lot.aantal_contractanten] : [];
        check(lot.voorwaarden, ["percelen", i], `perceel ${lot.nummer} (\`${lot.id}\`)`, own);
        lot.subpercelen?.forEach((sub, j) => check(sub.voorwaarden, ["percelen", i, "subpercelen", j], `subperceel ${sub.nummer} (\`${sub.id}\`)`, sub.aantal_contractanten !== undefined ? [sub.aantal_contractanten] : []));
      });
    }
    return out;
  },
};
