import { formatDateTime } from "../../format/dates.ts";
import type { Chapter, Model } from "../../model/types.ts";
import { announcement, clarification, complaints, documentOrder, phases, provisionSection, SAS_FRAMING } from "./provisions.ts";
import { dutchList, esc, p, table } from "../html.ts";
import { PROCEDURE_LABEL } from "../../format/procedure.ts";
import type { Lookup } from "../lookup.ts";
import type { Section } from "../section.ts";

/** The date of a planning milestone by id, in Dutch, or undefined when the planning lacks it. */
export function milestone(model: Model, id: string): string | undefined {
  const m = model.tender.planning.find((x) => x.id === id);
  return m && formatDateTime(m.datum);
}

export function procedureSections(L: Lookup, chapters: Chapter[]): Section[] {
  const { model } = L;
  const t = model.tender;
  const questions = milestone(model, "vragen");
  const nvi = milestone(model, "nota-van-inlichtingen");
  return [
    {
      title: "SAS-procedure",
      anchor: "s-procedure-sas",
      body: (r) =>
        p("Deze opdracht betreft sociale en andere specifieke diensten (SAS) in de zin van artikel 2.38 en 2.39 van de Aanbestedingswet 2012. Wij volgen daarom het lichte regime: een aankondiging vooraf en een aankondiging van de gegunde opdracht. Wij houden ons aan de beginselen van gelijke behandeling, transparantie en proportionaliteit.") +
        p(esc(SAS_FRAMING)) +
        r.md(t.procedure.omschrijving),
    },
    provisionSection(announcement(L), chapters),
    {
      title: "Hoofdtender en subtenders",
      anchor: "s-procedure-onderdelen",
      body: (r) => {
        const rows = [
          ["Hoofdtender", "toets op uitsluitingsgronden, geschiktheidseisen en minimumeisen", "alle", "–"],
          ...model.subtenders.map((s) => [
            r.link("subtender", s.id, s.naam),
            esc(PROCEDURE_LABEL[s.procedure]),
            esc(dutchList(s.segmenten.map((id) => L.segment(id).naam))),
            String(s.lotIds.length),
          ]),
        ];
        return (
          r.md(t.hoofdtender.omschrijving) +
          p("De aanbesteding bestaat uit een hoofdtender, met de eisen die voor iedere inschrijver gelden, en de volgende subtenders:") +
          table(["Onderdeel", "Procedure", "Segmenten", "Percelen"], rows, { numeric: [3], widths: ["28%", "34%", "26%", "12%"] })
        );
      },
    },
    provisionSection(phases(L), chapters),
    {
      title: "Communicatie en vragen via Mercell",
      anchor: "s-procedure-mercell",
      body: () =>
        p("Alle communicatie over deze aanbesteding verloopt via Mercell. Vragen stelt u uitsluitend via de vragenmodule van Mercell" + (questions ? `, uiterlijk op ${esc(questions)}.` : ".")) +
        p("Vermeld bij elke vraag het document, de paragraaf en, waar dat kan, het perceelnummer. Vragen die te laat binnenkomen, beantwoorden wij alleen als dat zonder nadeel voor anderen kan."),
    },
    {
      title: "Nota van Inlichtingen",
      anchor: "s-procedure-nvi",
      body: () =>
        p(`Wij beantwoorden alle vragen geanonimiseerd in een Nota van Inlichtingen, die wij ${nvi ? `op ${esc(nvi)} ` : ""}aan alle geïnteresseerden tegelijk publiceren op Mercell.`) +
        p("De Nota van Inlichtingen maakt deel uit van de aanbestedingsstukken. Wijzigt een antwoord een document, dan publiceren wij dat document opnieuw met een hoger versienummer."),
    },
    provisionSection(documentOrder(L), chapters),
    provisionSection(clarification, chapters),
    provisionSection(complaints(L), chapters),
  ];
}
