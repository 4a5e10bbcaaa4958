import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { missingElements } from "../../content/required-elements.ts";
import type { Rule } from "../rule.ts";

/**
 * A `teksten/` chapter that replaces a standard provision of the leidraad
 * (rechtsbescherming, gestanddoening, rangorde-documenten,
 * gunningsbeslissing) replaces its whole text: it must keep what the law and
 * the rest of the documents need (a vervaltermijn with its last day, say).
 * One error per missing element, at the start of the chapter's text, naming
 * the element and how to include it. Where an `aanbesteding` subtender has a
 * gunningsbeslissing of its own (a `voorlopige-gunning` milestone in its
 * planning), an own rechtsbescherming or gestanddoening chapter must also give
 * its own dates, through `eigen_gunning`.
 */
export const requiredElements: Rule = {
  name: "verplichte onderdelen van een eigen standaardtekst",
  check(index) {
    const out: Diagnostic[] = [];
    const ownAward = index.subtenders.filter((s) => s.data.procedure === "aanbesteding" && s.data.planning?.some((m) => m.id === "voorlopige-gunning")).map((s) => `\`${s.data.id}\``);
    const OWN_DATES: Record<string, { wat: string; voorbeeld: string }> = {
      rechtsbescherming: { wat: "de laatste dag van de vervaltermijn voor die gunningsbeslissing", voorbeeld: "{% for g in eigen_gunning %}Voor {{ g | verwijzing }} is de laatste dag van de vervaltermijn {{ g.vervaltermijn.laatste_dag | datum }}.{% endfor %}" },
      gestanddoening: { wat: "tot wanneer een inschrijving in die gunningsfase geldig blijft", voorbeeld: "{% for g in eigen_gunning %}In {{ g | verwijzing }} blijft uw inschrijving geldig tot en met {{ g.gestanddoening.tot | datum }}.{% endfor %}" },
    };
    for (const { chapter, front } of index.chapters) {
      if ((front.data.document ?? "bestek") !== "bestek") continue;
      for (const missing of missingElements(chapter.id, chapter.body)) {
        out.push(
          error(
            { file: chapter.path, line: chapter.bodyLine, column: 1 },
            "standaardtekst-mist-onderdeel",
            `dit hoofdstuk vervangt de standaardtekst \`${chapter.id}\` helemaal, maar noemt ${missing.wat} niet; ${missing.hoe}, of haal het hoofdstuk weg om de standaardtekst te gebruiken`,
          ),
        );
      }
      const own = OWN_DATES[chapter.id];
      if (own && ownAward.length && !/eigen_gunning/.test(chapter.body)) {
        out.push(
          error(
            { file: chapter.path, line: chapter.bodyLine, column: 1 },
            "standaardtekst-mist-eigen-gunning",
            `dit hoofdstuk vervangt de standaardtekst \`${chapter.id}\` helemaal, maar subtender ${ownAward.join(", ")} heeft een eigen gunningsbeslissing (mijlpaal \`voorlopige-gunning\` in zijn planning) en het hoofdstuk noemt ${own.wat} niet; voeg bijvoorbeeld \`${own.voorbeeld}\` toe, of haal het hoofdstuk weg om de standaardtekst te gebruiken`,
          ),
        );
      }
    }
    return out;
  },
};
