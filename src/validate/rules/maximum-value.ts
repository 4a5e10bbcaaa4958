import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate, type DataPath } from "../../load/locate.ts";
import type { YamlSource } from "../../load/source.ts";
import { formatEuro } from "../../format/money.ts";
import type { Rule } from "../rule.ts";

/**
 * Rule 10 of the content model (v3): the maximale_waarde of a framework
 * agreement (Simonsen & Weel, C-23/20) is at least the geraamde_waarde beside
 * it: on a lot or sub-lot its own, on a subtender the sum of its lots' when
 * every lot has one. A toelating has no maximale_waarde: it is not a framework
 * agreement of a fixed group of contractors.
 */
export const maximumValue: Rule = {
  name: "maximale waarde van een raamovereenkomst",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      const toelating = data.procedure === "toelating";
      const at = (path: DataPath) => locate(source, path);
      const inToelating = (path: DataPath, what: string) =>
        out.push(error(at(path), "maximale-waarde-bij-toelating", `${what} van subtender \`${data.id}\` heeft een \`maximale_waarde\`, maar de subtender is een toelating: een toelating is geen raamovereenkomst met een vast aantal opdrachtnemers en heeft geen plafond; haal \`maximale_waarde\` weg`));
      const below = (src: YamlSource, path: DataPath, what: string, max: number, estimate: number, estimateWhat: string) =>
        out.push(error(locate(src, path), "maximale-waarde-onder-raming", `de \`maximale_waarde\` van ${what} (${formatEuro(max)}) is lager dan ${estimateWhat} (${formatEuro(estimate)}); de maximale waarde is het plafond van de raamovereenkomst over de maximale looptijd met alle verlengingen en is ten minste de geraamde waarde: verhoog \`maximale_waarde\` of verlaag de raming`));
      if (data.maximale_waarde !== undefined) {
        if (toelating) inToelating(["maximale_waarde"], "de subtender zelf");
        else {
          const estimates = data.percelen.map((lot) => lot.geraamde_waarde ?? (lot.subpercelen?.every((s) => s.geraamde_waarde !== undefined) ? lot.subpercelen.reduce((sum, s) => sum + s.geraamde_waarde!, 0) : undefined));
          if (estimates.every((e) => e !== undefined)) {
            const total = estimates.reduce((sum, e) => sum + e!, 0);
            if (data.maximale_waarde < total) below(source, ["maximale_waarde"], `subtender \`${data.id}\``, data.maximale_waarde, total, "de som van de geraamde waarden van zijn percelen");
          }
        }
      }
      data.percelen.forEach((lot, i) => {
        const lotWhat = `perceel ${lot.nummer} (\`${lot.id}\`)`;
        if (lot.maximale_waarde !== undefined) {
          if (toelating) inToelating(["percelen", i, "maximale_waarde"], lotWhat);
          else if (lot.geraamde_waarde !== undefined && lot.maximale_waarde < lot.geraamde_waarde) below(source, ["percelen", i, "maximale_waarde"], lotWhat, lot.maximale_waarde, lot.geraamde_waarde, "zijn `geraamde_waarde`");
        }
        lot.subpercelen?.forEach((sub, j) => {
          if (sub.maximale_waarde === undefined) return;
          const subWhat = `subperceel ${sub.nummer} (\`${sub.id}\`)`;
          if (toelating) inToelating(["percelen", i, "subpercelen", j, "maximale_waarde"], subWhat);
          else if (sub.geraamde_waarde !== undefined && sub.maximale_waarde < sub.geraamde_waarde) below(source, ["percelen", i, "subpercelen", j, "maximale_waarde"], subWhat, sub.maximale_waarde, sub.geraamde_waarde, "zijn `geraamde_waarde`");
        });
      });
    }
    return out;
  },
};
