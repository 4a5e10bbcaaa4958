import { formatDateTime } from "../../format/dates.ts";
import type { Model } from "../../model/types.ts";
import { dutchList, esc, p, table } from "../html.ts";
import { PROCEDURE_LABEL } from "../../format/procedure.ts";
import type { Lookup } from "../lookup.ts";
import type { Section } from "../section.ts";

/** The date of a planning milestone by id, in Dutch, or undefined when the planning lacks it. */
export function milestone(model: Model, id: string): string | undefined {
  const m = model.tender.planning.find((x) => x.id === id);
  return m && formatDateTime(m.datum);
}

export function procedureSections(L: Lookup): Section[] {
  const { model } = L;
  const t = model.tender;
  const competitive = model.subtenders.filter((s) => s.procedure === "aanbesteding");
  const questions = milestone(model, "vragen");
  const nvi = milestone(model, "nota-van-inlichtingen");
  return [
    {
      title: "SAS-procedure",
      anchor: "s-procedure-sas",
      // The legal basis only: `procedure.omschrijving` is the website's summary and
      // would repeat this and the next section; the authors' procedure chapter opens § 2.
      body: () =>
        p("Deze opdracht betreft sociale en andere specifieke diensten (SAS) in de zin van artikel 2.38 en 2.39 van de Aanbestedingswet 2012. Wij volgen daarom het lichte regime: een aankondiging vooraf en een aankondiging van de gegunde opdracht. Wij houden ons aan de beginselen van gelijke behandeling, transparantie en proportionaliteit."),
    },
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
    {
      title: "Selectie en gunning in één fase",
      anchor: "s-procedure-een-fase",
      body: () =>
        p("Selectie en gunning vinden in één fase plaats: u dient uw inschrijving in één keer volledig in. Wij toetsen eerst de uitsluitingsgronden, geschiktheidseisen en minimumeisen; alleen een inschrijving die daaraan voldoet, beoordelen wij verder.") +
        (competitive.length
          ? p(`In ${esc(dutchList(competitive.map((s) => s.naam)))} beoordelen wij de inschrijvingen daarna op de gunningscriteria en gunnen wij per perceel aan het vastgestelde aantal contractanten.`)
          : "") +
        (model.subtenders.some((s) => s.procedure === "toelating")
          ? p("In een toelating sluiten wij een overeenkomst met iedere inschrijver die aan de eisen voldoet; er is geen maximum aantal contractanten.")
          : ""),
    },
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
  ];
}
