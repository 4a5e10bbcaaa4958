import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/** Rule 3: the weights of every criteria set add up to exactly 100. */
export const weights: Rule = {
  name: "wegingen",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      const sets = [{ criteria: data.gunningscriteria, path: ["gunningscriteria"], of: `subtender \`${data.id}\`` }];
      data.percelen.forEach((lot, i) => sets.push({ criteria: lot.gunningscriteria, path: ["percelen", i, "gunningscriteria"] as never, of: `perceel ${lot.nummer} (\`${lot.id}\`)` }));
      for (const { criteria, path, of } of sets) {
        if (!criteria) continue;
        const sum = criteria.reduce((s, c) => s + c.weging, 0);
        if (sum !== 100) {
          const parts = criteria.map((c) => `${c.naam} ${c.weging}`).join(" + ");
          out.push(error(locate(source, path), "weging-niet-100", `de wegingen van de gunningscriteria van ${of} tellen op tot ${sum} (${parts}); ze moeten samen precies 100 zijn`));
        }
      }
    }
    return out;
  },
};
