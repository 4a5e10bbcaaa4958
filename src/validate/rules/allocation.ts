import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * With several contractors on a (sub-)lot, bidders must know how the work is
 * divided among them. A sub-lot is covered by its own `toewijzing` or by that
 * of its lot.
 */
export const allocation: Rule = {
  name: "toewijzing bij meerdere contractanten",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      if (data.procedure !== "aanbesteding") continue;
      data.percelen.forEach((lot, i) => {
        const lotPath = ["percelen", i];
        if (!lot.subpercelen && (lot.aantal_contractanten ?? 0) > 1 && !lot.toewijzing) {
          out.push(missing(locate(source, [...lotPath, "aantal_contractanten"]), `perceel ${lot.nummer} (\`${lot.id}\`)`, lot.aantal_contractanten!, "geef het perceel een `toewijzing`"));
        }
        lot.subpercelen?.forEach((sub, j) => {
          if ((sub.aantal_contractanten ?? 0) > 1 && !sub.toewijzing && !lot.toewijzing) {
            out.push(missing(locate(source, [...lotPath, "subpercelen", j, "aantal_contractanten"]), `subperceel ${sub.nummer} (\`${sub.id}\`)`, sub.aantal_contractanten!, "geef het subperceel (of het hele perceel) een `toewijzing`"));
          }
        });
      });
    }
    return out;
  },
};

function missing(at: ReturnType<typeof locate>, what: string, count: number, fix: string): Diagnostic {
  return warning(at, "toewijzing-ontbreekt", `${what} heeft ${count} contractanten maar geen \`toewijzing\`; ${fix} die beschrijft hoe het werk over de contractanten wordt verdeeld, bijvoorbeeld naar keuze van de jeugdige en ouders, via de verwijzer, per regio of op volgorde (rotatie)`);
}
