import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { formatDate } from "../../format/dates.ts";
import type { Rule } from "../rule.ts";
import { lastDialogueMilestone } from "../dialogue.ts";

const isNotaMilestone = (m: { id: string; mijlpaal: string }) => m.id.startsWith("nota-van-inlichtingen") || /nota van inlichtingen/i.test(m.mijlpaal);

/**
 * The leidraad says the outcome of a dialogue is laid down in a Nota van
 * Inlichtingen for every participant alike, before the gunningsfase. A
 * subtender with a dialogue phase whose planning (its own or the tender's) has
 * no Nota van Inlichtingen milestone after its last dialogue milestone and
 * before its deadline for the final bid (its own `inschrijving`, else the
 * tender's) gives the bidders no date for it: a warning at the last dialogue
 * milestone. A deadline not after the dialogue is the other rule's
 * (dialogue-before-award.ts).
 */
export const dialogueNota: Rule = {
  name: "Nota van Inlichtingen na de dialoog",
  check(index) {
    const tenderPlanning = index.tender?.data.planning ?? [];
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      const last = lastDialogueMilestone(data);
      if (!last || !data.planning) continue;
      const { end } = last;
      const own = data.planning.find((m) => m.id === "inschrijving");
      const deadline = own ?? tenderPlanning.find((m) => m.id === "inschrijving");
      if (!deadline || deadline.datum.slice(0, 10) <= end) continue;
      const between = [...data.planning, ...tenderPlanning].some((m) => isNotaMilestone(m) && m.datum.slice(0, 10) > end && m.datum.slice(0, 10) < deadline.datum.slice(0, 10));
      if (between) continue;
      out.push(warning(locate(source, ["planning", last.i, "datum"]), "dialoog-zonder-nota",
        `de dialoog van subtender \`${data.id}\` eindigt op ${formatDate(end)} (mijlpaal \`${last.m.id}\`), maar de planning heeft geen Nota van Inlichtingen tussen die dag en de uiterste inschrijfdatum van de gunningsfase (${formatDate(deadline.datum.slice(0, 10))}${own ? "" : ", uit de planning van de aanbesteding"}); de leidraad zegt dat de uitkomst van de dialoog vóór de gunningsfase in een Nota van Inlichtingen voor alle deelnemers gelijk wordt vastgelegd. Zet die nota in de \`planning\` van de subtender, bijvoorbeeld \`{ id: nota-van-inlichtingen-dialoog, mijlpaal: Nota van Inlichtingen met de uitkomst van de dialoog, datum: …, fase: gunning }\``));
    }
    return out;
  },
};
