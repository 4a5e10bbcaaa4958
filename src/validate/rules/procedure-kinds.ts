import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * Rule 4: an aanbesteding has award criteria and a contractor count on every lot
 * without sub-lots (or on each sub-lot); a toelating contracts everyone who
 * qualifies, so it has neither.
 */
export const procedureKinds: Rule = {
  name: "aantal contractanten en procedure",
  check(index) {
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      const competitive = data.procedure === "aanbesteding";
      if (competitive && !data.gunningscriteria && data.percelen.some((l) => !l.gunningscriteria)) {
        out.push(error(locate(source, []), "gunningscriteria-ontbreken", `subtender \`${data.id}\` is een aanbesteding maar heeft geen \`gunningscriteria\`; geef de criteria met hun wegingen (of geef elk perceel eigen criteria)`));
      }
      if (!competitive && data.gunningscriteria) {
        out.push(error(locate(source, ["gunningscriteria"], "key"), "toelating-met-criteria", "een toelating heeft geen gunningscriteria: iedere aanbieder die aan de eisen voldoet wordt gecontracteerd; verwijder `gunningscriteria` of maak de procedure `aanbesteding`"));
      }
      data.percelen.forEach((lot, i) => {
        const lotPath = ["percelen", i];
        if (!competitive) {
          if (lot.aantal_contractanten !== undefined) out.push(toelatingCount(locate(source, [...lotPath, "aantal_contractanten"], "key")));
          lot.subpercelen?.forEach((s, j) => {
            if (s.aantal_contractanten !== undefined) out.push(toelatingCount(locate(source, [...lotPath, "subpercelen", j, "aantal_contractanten"], "key")));
          });
          if (lot.gunningscriteria) out.push(error(locate(source, [...lotPath, "gunningscriteria"], "key"), "toelating-met-criteria", `perceel ${lot.nummer} hoort bij een toelating en kan geen gunningscriteria hebben; verwijder \`gunningscriteria\``));
        } else if (lot.subpercelen) {
          if (lot.aantal_contractanten !== undefined) {
            out.push(error(locate(source, [...lotPath, "aantal_contractanten"], "key"), "aantal-op-perceel-met-subpercelen", `perceel ${lot.nummer} heeft subpercelen; zet \`aantal_contractanten\` op elk subperceel in plaats van op het perceel`));
          }
          lot.subpercelen.forEach((s, j) => {
            if (s.aantal_contractanten === undefined) {
              out.push(error(locate(source, [...lotPath, "subpercelen", j]), "aantal-contractanten-ontbreekt", `subperceel ${s.nummer} (\`${s.id}\`) mist \`aantal_contractanten\`; in een aanbesteding heeft elk (sub)perceel een aantal contractanten van minstens 1`));
            }
          });
        } else if (lot.aantal_contractanten === undefined) {
          out.push(error(locate(source, lotPath), "aantal-contractanten-ontbreekt", `perceel ${lot.nummer} (\`${lot.id}\`) mist \`aantal_contractanten\`; in een aanbesteding heeft elk perceel zonder subpercelen een aantal contractanten van minstens 1`));
        }
        if (!lot.subpercelen && !lot.producten?.length) {
          out.push(error(locate(source, lotPath), "perceel-zonder-producten", `perceel ${lot.nummer} (\`${lot.id}\`) heeft geen \`producten\` en geen \`subpercelen\`; noem de producten die in dit perceel worden ingekocht`));
        }
        if (lot.subpercelen && lot.producten?.length) {
          out.push(error(locate(source, [...lotPath, "producten"], "key"), "producten-op-perceel-met-subpercelen", `perceel ${lot.nummer} heeft subpercelen; noem de producten bij de subpercelen, niet bij het perceel`));
        }
      });
    }
    return out;
  },
};

function toelatingCount(at: ReturnType<typeof locate>): Diagnostic {
  return error(at, "toelating-met-aantal", "een toelating heeft geen aantal contractanten: iedere aanbieder die aan de eisen voldoet wordt gecontracteerd; verwijder `aantal_contractanten` of maak de procedure `aanbesteding`");
}
