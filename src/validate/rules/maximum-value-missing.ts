import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * Simonsen & Weel (HvJ EU 17 juni 2021, C-23/20): a framework agreement states
 * a maximum value or quantity, and has no further effect once it is reached.
 * An `aanbesteding` subtender (a raamovereenkomst) without a `maximale_waarde`
 * on itself, nor one on each of its lots (a lot with sub-lots counts when it
 * has one itself or every sub-lot has one), gets a warning at its `procedure`.
 * A toelating is no framework agreement and has no ceiling.
 */
export const maximumValueMissing: Rule = {
  name: "raamovereenkomst zonder maximale waarde",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      if (data.procedure !== "aanbesteding" || data.maximale_waarde !== undefined) continue;
      const capped = data.percelen.every((lot) => lot.maximale_waarde !== undefined || (lot.subpercelen?.length && lot.subpercelen.every((s) => s.maximale_waarde !== undefined)));
      if (capped && data.percelen.length > 0) continue;
      out.push(warning(locate(source, ["procedure"]), "maximale-waarde-ontbreekt", `subtender \`${data.id}\` is een raamovereenkomst zonder maximale waarde: een raamovereenkomst noemt een geraamde én een maximale waarde of hoeveelheid, en heeft geen werking meer zodra die is bereikt (HvJ EU 17 juni 2021, C-23/20, Simonsen & Weel); zet \`maximale_waarde\` op de subtender, of op elk van zijn percelen`));
    }
    return out;
  },
};
