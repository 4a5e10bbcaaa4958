import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * A criterion's page limit (`max_a4`) fits in the plan van aanpak it is part
 * of: a criterion that may take more pages than the whole plan contradicts the
 * plan's own limit, and a bidder cannot tell which one counts.
 */
export const criterionPageLimits: Rule = {
  name: "paginagrenzen van gunningscriteria",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      const plan = data.plan_van_aanpak?.max_a4;
      if (plan === undefined) continue;
      const sets: { path: (string | number)[]; criteria: typeof data.gunningscriteria; where: string }[] = [
        { path: ["gunningscriteria"], criteria: data.gunningscriteria, where: `subtender \`${data.id}\`` },
        ...data.percelen.map((lot, i) => ({ path: ["percelen", i, "gunningscriteria"], criteria: lot.gunningscriteria, where: `perceel ${lot.nummer} (\`${lot.id}\`)` })),
      ];
      for (const { path, criteria, where } of sets) {
        (criteria ?? []).forEach((c, j) => {
          if (c.max_a4 === undefined || c.max_a4 <= plan) return;
          out.push(error(locate(source, [...path, j, "max_a4"]), "criterium-meer-paginas-dan-plan", `gunningscriterium \`${c.id}\` van ${where} mag ${c.max_a4} A4 beslaan, maar het hele plan van aanpak van subtender \`${data.id}\` ten hoogste ${plan} A4 (\`plan_van_aanpak.max_a4\`); verlaag \`max_a4\` van het criterium tot ten hoogste ${plan} of verhoog die van het plan`));
        });
      }
    }
    return out;
  },
};
