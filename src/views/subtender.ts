import { h } from "hastscript";
import type { Element } from "hast";
import type { Subtender } from "../model/types.ts";

/**
 * What the procedure of a subtender means for a bidder, in one wording for
 * the subtender's page and its attachment. (The leidraad's provision on
 * toelating and the toelatingsovereenkomst say it in their own templates.)
 */
export function procedureSummary(s: Pick<Subtender, "procedure">): Element {
  return h("p", s.procedure === "aanbesteding"
    ? "Aanbesteding met een vast aantal contractanten: per perceel contracteren wij een vast aantal aanbieders. Wij beoordelen de inschrijvingen op de gunningscriteria hieronder en rangschikken ze; de hoogst geëindigde inschrijvers krijgen het perceel tot het aantal contractanten is bereikt."
    : "Toelating: iedere aanbieder die aan de eisen voldoet, wordt gecontracteerd. Er is geen maximum aantal aanbieders, geen beoordeling op gunningscriteria en geen plan van aanpak.");
}
