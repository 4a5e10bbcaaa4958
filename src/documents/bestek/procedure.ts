import { formatDateTime } from "../../format/dates.ts";
import type { Chapter, Model } from "../../model/types.ts";
import { hasDialogue } from "../../wording/phases.ts";
import { leidraadText, standardSection } from "./provisions.ts";
import { dutchList } from "../../format/lists.ts";
import { table, type Cell } from "../../views/table.ts";
import type { ElementContent } from "hast";
import { nodes, para } from "../hast.ts";
import { PROCEDURE_LABEL } from "../../format/procedure.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Renderer } from "../render-context.ts";
import type { Section } from "../section.ts";

/** The date of a planning milestone by id, in Dutch, or undefined when the planning lacks it. */
export function milestone(model: Model, id: string): string | undefined {
  const m = model.tender.planning.find((x) => x.id === id);
  return m && formatDateTime(m.datum);
}

export function procedureSections(L: Lookup, chapters: Chapter[]): Section[] {
  const { model } = L;
  const t = model.tender;
  // Paragraphs of the procedure chapter from a template; a teksten chapter with the same id takes their place (index.ts).
  const fromTemplate = (id: "sas-procedure" | "communicatie" | "nota-van-inlichtingen", anchor: string, after?: (r: Renderer) => ElementContent[]): Section => {
    const text = leidraadText(L, id);
    return { title: text.title, anchor, body: (r) => nodes(r.view.md(text.markdown), after?.(r)) };
  };
  return [
    fromTemplate("sas-procedure", "s-procedure-sas", (r) => r.view.md(t.procedure.omschrijving)),
    standardSection(L, "aankondiging", chapters),
    {
      title: "Hoofdtender en subtenders",
      anchor: "s-procedure-onderdelen",
      body: (r) => {
        const rows: Cell[][] = [
          ["Hoofdtender", "toets op uitsluitingsgronden, geschiktheidseisen en minimumeisen", "alle", "–"],
          ...model.subtenders.map((s) => [r.view.link("subtender", s.id, s.naam), PROCEDURE_LABEL[s.procedure], dutchList(s.segmenten.map((id) => L.segment(id).naam)), String(s.lotIds.length)]),
        ];
        return nodes(
          r.view.md(t.hoofdtender.omschrijving),
          para("De aanbesteding bestaat uit een hoofdtender, met de eisen die voor iedere inschrijver gelden, en de volgende subtenders:"),
          table(["Onderdeel", "Procedure", "Segmenten", "Percelen"], rows, "print", { numeric: [3], widths: ["28%", "34%", "26%", "12%"] }),
        );
      },
    },
    standardSection(L, "fasen", chapters),
    // The dialogue provision only where some subtender has a dialogue phase.
    ...(model.subtenders.some(hasDialogue) ? [standardSection(L, "dialoog", chapters)] : []),
    fromTemplate("communicatie", "s-procedure-mercell"),
    fromTemplate("nota-van-inlichtingen", "s-procedure-nvi"),
    standardSection(L, "rangorde-documenten", chapters),
    standardSection(L, "verduidelijking", chapters),
    standardSection(L, "klachten", chapters),
  ];
}
