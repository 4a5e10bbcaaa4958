import { h } from "hastscript";
import type { Element } from "hast";
import type { Subtender } from "../model/types.ts";
import { partText } from "../templates/parts.ts";
import { PROCEDURE_LABEL } from "../format/procedure.ts";
import type { Lookup } from "../model/lookup.ts";
import type { ViewContext } from "./context.ts";
import { facts } from "./facts.ts";
import { dutchListOf, joined } from "./join.ts";

/**
 * What the procedure of a subtender means for a bidder, in one wording for
 * the subtender's page and its attachment. (The leidraad's provision on
 * toelating and the toelatingsovereenkomst say it in their own templates.)
 */
export function procedureSummary(s: Pick<Subtender, "procedure">): Element {
  return h("p", partText("subtender-procedure", { aanbesteding: s.procedure === "aanbesteding" }));
}

/**
 * The short facts of a subtender, the same in the leidraad's chapter
 * Opdracht, its attachment and on its page: procedure, segments, the page
 * limit of the plan van aanpak and its own requirements.
 */
export function subtenderFacts(L: Lookup, s: Subtender, ctx: ViewContext): Element | undefined {
  return facts(
    [
      ["Procedure", PROCEDURE_LABEL[s.procedure]],
      ["Segmenten", dutchListOf(s.segmenten.map((id) => ctx.link("segment", id, L.segment(id).naam)))],
      ["Plan van aanpak", s.plan_van_aanpak ? `ten hoogste ${s.plan_van_aanpak.max_a4} A4` : undefined],
      ["Eisen", s.eisen?.length ? joined(s.eisen.map((id) => ctx.link("eis", id, L.requirement(id).titel)), ", ") : undefined],
    ],
    ctx.medium,
  );
}
