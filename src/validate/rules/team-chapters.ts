import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import type { Rule } from "../rule.ts";

/**
 * The chapters of the leidraad that no standard text can write: what only the
 * inkoopteam knows. `npm run nieuw` starts each of them (templates/nieuw/teksten/).
 */
export const TEAM_CHAPTERS: { id: string; file: string; what: string }[] = [
  { id: "inschrijving", file: "teksten/50-inschrijving.md", what: "waar en hoe een inschrijver inschrijft: het platform, wat hij per onderdeel uploadt en in welk formaat" },
];

/** A chapter the leidraad needs from the team and that is missing: a warning at the tender, with the file to make. */
export const teamChapters: Rule = {
  name: "hoofdstukken van het inkoopteam",
  check(index) {
    if (!index.tender) return [];
    const written = new Set([...index.chapters.map((c) => c.chapter.id), ...index.idsInInvalidFiles]);
    const out: Diagnostic[] = [];
    for (const chapter of TEAM_CHAPTERS) {
      if (written.has(chapter.id)) continue;
      out.push(warning(locate(index.tender.source, []), "hoofdstuk-van-team-ontbreekt", `de leidraad mist het hoofdstuk \`${chapter.id}\` dat alleen het inkoopteam kan schrijven: ${chapter.what}; maak ${chapter.file} met front matter (titel, volgorde) en die tekst`));
    }
    return out;
  },
};
