import type { Subtender } from "../model/types.ts";
import { dutchList } from "./lists.ts";
import { countOf } from "./numbers.ts";

/**
 * Joining a toelating during the term (open house), in words, for the
 * leidraad and the website alike. Plain text.
 */
export function entryText(s: Pick<Subtender, "naam" | "toetreding">): string {
  const t = s.toetreding;
  if (!t) return `In ${s.naam} kunt u ook tijdens de looptijd een aanvraag tot toelating indienen; wij maken de momenten en de beslistermijn bekend op Mercell.`;
  return `In ${s.naam} kunt u ook tijdens de looptijd toetreden: elk jaar op ${dutchList(t.momenten)}.${t.beslistermijn_weken ? ` Wij beslissen binnen ${countOf(t.beslistermijn_weken, "week", "weken")} na ontvangst van een volledige aanvraag.` : ""}`;
}

/** Whoever joins later gets the same agreement and end date: said in the leidraad and in the toelatingsovereenkomst. */
export const SAME_END_DATE = "Een aanbieder die later toetreedt, krijgt dezelfde overeenkomst als de anderen, met dezelfde einddatum: toetreden verlengt de looptijd niet.";
