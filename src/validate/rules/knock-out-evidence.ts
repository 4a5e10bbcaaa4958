import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/** Requirements on which a bid is rejected when not met. */
const KNOCK_OUT = new Set(["uitsluitingsgrond", "geschiktheidseis", "minimumeis"]);

/**
 * A knock-out requirement that bidders must meet says how they prove it: a
 * bid cannot be rejected on a requirement whose proof was never asked for.
 */
export const knockOutEvidence: Rule = {
  name: "bewijs bij knock-outeisen",
  check(index) {
    if (!index.requirements) return [];
    const used = new Set<string>([
      ...(index.tender?.data.hoofdtender.eisen ?? []),
      ...index.subtenders.flatMap((s) => s.data.eisen ?? []),
    ]);
    const { source, data } = index.requirements;
    const out: Diagnostic[] = [];
    data.forEach((r, i) => {
      if (!KNOCK_OUT.has(r.soort) || r.bewijs?.trim() || !used.has(r.id)) return;
      out.push(warning(locate(source, [i]), "bewijs-ontbreekt", `eis \`${r.id}\` is een ${r.soort} maar heeft geen \`bewijs\`; zeg hoe een inschrijver aantoont dat hij eraan voldoet (bijvoorbeeld een eigen verklaring, het UEA of een certificaat), want op deze eis kan een inschrijving worden afgewezen`));
    });
    return out;
  },
};
