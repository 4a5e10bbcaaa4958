import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * A bidder must know every score that can be given and what it means. Without
 * an own `beoordelingsschaal` the documents use the standard scale with
 * descriptions; the team should know that it chose so.
 */
export const awardScale: Rule = {
  name: "beoordelingsschaal",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      if (data.procedure !== "aanbesteding" || data.beoordelingsschaal?.length) continue;
      const at = data.gunningscriteria ? locate(source, ["gunningscriteria"], "key") : locate(source, ["procedure"]);
      out.push(warning(at, "beoordelingsschaal-ontbreekt", `subtender \`${data.id}\` heeft geen beoordelingsschaal: de standaardschaal met omschrijvingen wordt gebruikt; geef een eigen \`beoordelingsschaal\` (elke score met een omschrijving, ook wat een 0 betekent) als u een andere schaal wilt`));
    }
    return out;
  },
};
