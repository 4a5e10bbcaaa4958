import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { missingElements } from "../../content/required-elements.ts";
import type { Rule } from "../rule.ts";

/**
 * A `teksten/` chapter that replaces a standard provision of the leidraad
 * (rechtsbescherming, gestanddoening, rangorde-documenten,
 * gunningsbeslissing) replaces its whole text: it must keep what the law and
 * the rest of the documents need (a vervaltermijn with its last day, say).
 * One error per missing element, at the start of the chapter's text, naming
 * the element and how to include it.
 */
export const requiredElements: Rule = {
  name: "verplichte onderdelen van een eigen standaardtekst",
  check(index) {
    const out: Diagnostic[] = [];
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
    }
    return out;
  },
};
