import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";
import { checkChronology } from "./planning.ts";

const SPEAKS_OF_DIALOGUE = /dialoog/i;

/**
 * The phases of a subtender's procedure and its own planning: a milestone
 * belongs to a phase the subtender has (without `fasen` there is one phase, and
 * no dialogue); a dialogue milestone needs a dialogue phase; phases belong to
 * subtenders, not to the tender's planning; a subtender's planning is in order.
 */
export const phases: Rule = {
  name: "fasen en planning van subtenders",
  check(index) {
    const out: Diagnostic[] = [];
    if (index.tender) {
      const { source, data } = index.tender;
      data.planning.forEach((m, i) => {
        if (m.fase === undefined) return;
        out.push(error(locate(source, ["planning", i, "fase"], "key"), "fase-in-planning-aanbesteding", `mijlpaal \`${m.id}\` in de planning van de aanbesteding heeft een \`fase\`; fasen horen bij een subtender: zet de mijlpaal in \`planning\` van die subtender (met \`fasen\`), of verwijder \`fase\``));
      });
    }
    for (const { source, data } of index.subtenders) {
      if (!data.planning) continue;
      const declared = data.fasen;
      const has = declared ? `\`fasen\`: ${declared.join(", ")}` : "geen `fasen`, dus één fase";
      data.planning.forEach((m, i) => {
        const at = ["planning", i];
        if (m.fase !== undefined && !declared?.includes(m.fase)) {
          const fix = declared
            ? `voeg \`${m.fase}\` toe aan \`fasen\` of kies een fase uit die lijst`
            : `noem de fasen van de procedure in \`fasen\`, bijvoorbeeld \`fasen: [selectie, ${m.fase === "selectie" ? "gunning" : m.fase}]\`, of verwijder \`fase\``;
          out.push(error(locate(source, [...at, "fase"]), "fase-onbekend", `mijlpaal \`${m.id}\` hoort bij fase \`${m.fase}\`, maar subtender \`${data.id}\` heeft die fase niet (${has}); ${fix}`));
          return;
        }
        if (declared?.includes("dialoog")) return;
        const where = SPEAKS_OF_DIALOGUE.test(m.id) ? "id" : SPEAKS_OF_DIALOGUE.test(m.mijlpaal) ? "mijlpaal" : undefined;
        if (!where) return;
        out.push(error(locate(source, [...at, where]), "dialoog-zonder-fase", `mijlpaal \`${m.id}\` (${m.mijlpaal}) gaat over een dialoog, maar subtender \`${data.id}\` heeft geen dialoogfase (${has}); voeg \`dialoog\` toe aan \`fasen\` (bijvoorbeeld \`fasen: [selectie, dialoog, gunning]\`) of haal de mijlpaal weg`));
      });
      out.push(...checkChronology(source, data.planning, ["planning"]));
    }
    return out;
  },
};
