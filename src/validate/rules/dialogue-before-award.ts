import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { formatDate } from "../../format/dates.ts";
import { dutchList } from "../../format/lists.ts";
import type { Rule } from "../rule.ts";
import { lastDialogueMilestone } from "../dialogue.ts";

/** The milestones of the gunningsfase that must follow a dialogue, in order. */
const AFTER_DIALOGUE = [
  { id: "inschrijving", name: "de uiterste inschrijfdatum van de gunningsfase" },
  { id: "voorlopige-gunning", name: "de voorlopige gunning" },
  { id: "definitieve-gunning", name: "de definitieve gunning" },
] as const;

/**
 * A dialogue comes before the gunningsfase: the leidraad says the bidders bid on
 * the dialogue's outcome. A subtender whose dialogue milestones (`fase: dialoog`)
 * end on or after its deadline for the final bid, its voorlopige or its
 * definitieve gunning (its own milestone with that id, else the tender's) has a
 * planning the leidraad contradicts. A warning at the last dialogue milestone.
 */
export const dialogueBeforeAward: Rule = {
  name: "dialoog vóór de gunningsfase",
  check(index) {
    const tenderPlanning = index.tender?.data.planning ?? [];
    const out: Diagnostic[] = [];
    for (const { source, data } of index.subtenders) {
      const last = lastDialogueMilestone(data);
      if (!last || !data.planning) continue;
      const { end } = last;
      const early = AFTER_DIALOGUE.flatMap(({ id, name }) => {
        const own = data.planning!.find((m) => m.id === id);
        const m = own ?? tenderPlanning.find((x) => x.id === id);
        return m && m.datum.slice(0, 10) <= end ? [`${name} (${formatDate(m.datum.slice(0, 10))}${own ? "" : ", uit de planning van de aanbesteding"})`] : [];
      });
      if (!early.length) continue;
      out.push(warning(locate(source, ["planning", last.i, "datum"]), "dialoog-na-gunning",
        `de dialoog van subtender \`${data.id}\` loopt tot ${formatDate(end)} (mijlpaal \`${last.m.id}\`), maar ${dutchList(early)} ${early.length === 1 ? "ligt" : "liggen"} niet later; de leidraad zegt dat inschrijvers in de gunningsfase inschrijven op de uitkomst van de dialoog. Geef de subtender in zijn \`planning\` eigen mijlpalen na de dialoog, bijvoorbeeld \`{ id: inschrijving, mijlpaal: Uiterste inschrijfdatum gunningsfase, datum: …, fase: gunning }\` en \`voorlopige-gunning\` en \`definitieve-gunning\` daarna`));
    }
    return out;
  },
};
