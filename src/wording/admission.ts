import type { Subtender } from "../model/types.ts";
import { dutchList } from "../format/lists.ts";
import { countOf } from "../format/numbers.ts";

/**
 * Joining a toelating during the term (open house), in words, for the
 * leidraad and the website alike. Plain text.
 */
/** `voice`: the leidraad speaks to "u" as "wij"; the agreement of other providers and "de opdrachtgever". */
export function entryText(s: Pick<Subtender, "naam" | "toetreding">, voice: "leidraad" | "overeenkomst" = "leidraad"): string {
  const t = s.toetreding;
  const us = voice === "leidraad";
  if (!t) {
    return us
      ? `In ${s.naam} kunt u ook tijdens de looptijd een aanvraag tot toelating indienen; wij maken de momenten en de beslistermijn bekend op Mercell.`
      : `In ${s.naam} kunnen andere aanbieders ook tijdens de looptijd een aanvraag tot toelating indienen; de opdrachtgever maakt de momenten en de beslistermijn bekend op Mercell.`;
  }
  const decides = t.beslistermijn_weken ? ` ${us ? "Wij beslissen" : "De opdrachtgever beslist"} binnen ${countOf(t.beslistermijn_weken, "week", "weken")} na ontvangst van een volledige aanvraag.` : "";
  return `In ${s.naam} ${us ? "kunt u" : "kunnen andere aanbieders"} ook tijdens de looptijd toetreden: elk jaar op ${dutchList(t.momenten)}.${decides}`;
}

/** Whoever joins later gets the same agreement and end date: said in the leidraad and in the toelatingsovereenkomst. */
export const SAME_END_DATE = "Een aanbieder die later toetreedt, krijgt dezelfde overeenkomst als de anderen, met dezelfde einddatum: toetreden verlengt de looptijd niet.";
