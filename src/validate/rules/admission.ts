import { error, warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * A toelating (open house) stays open to every provider that qualifies during
 * the whole term, which is why it falls outside the procurement regime (CJEU
 * Falk Pharma C-410/14, Tirkkonen C-9/17): it says when providers can join and
 * how soon they hear. An aanbesteding contracts a fixed set and has no joining.
 */
export const admission: Rule = {
  name: "toetreding bij een toelating",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      if (data.procedure === "toelating" && !data.toetreding) {
        out.push(warning(locate(source, ["procedure"]), "toetreding-ontbreekt", `subtender \`${data.id}\` is een toelating maar heeft geen \`toetreding\`; een toelating staat de hele looptijd open voor iedere aanbieder die aan de eisen voldoet: leg vast op welke momenten aanbieders kunnen toetreden en binnen hoeveel weken u beslist, bijvoorbeeld \`toetreding: { momenten: [1 januari, 1 juli], beslistermijn_weken: 6 }\``));
      }
      if (data.procedure === "aanbesteding" && data.toetreding) {
        out.push(error(locate(source, ["toetreding"], "key"), "toetreding-bij-aanbesteding", `subtender \`${data.id}\` is een aanbesteding en heeft toch \`toetreding\`; in een aanbesteding worden alleen de gegunde inschrijvers gecontracteerd en kan niemand tussentijds toetreden: verwijder \`toetreding\` of maak de procedure \`toelating\``));
      }
    }
    return out;
  },
};
