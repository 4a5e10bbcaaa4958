import type { Subtender } from "../model/types.ts";
import { partText } from "../templates/parts.ts";

/**
 * Joining a toelating during the term (open house), in words, for the
 * leidraad and the website alike. Plain text.
 */
/** `voice`: the leidraad speaks to "u" as "wij"; the agreement of other providers and "de opdrachtgever". */
export function entryText(s: Pick<Subtender, "naam" | "toetreding">, voice: "leidraad" | "overeenkomst" = "leidraad"): string {
  const t = s.toetreding;
  return partText("toetreding", { subtender: s.naam, leidraad: voice === "leidraad", momenten: t?.momenten ?? [], beslistermijn_weken: t?.beslistermijn_weken ?? null });
}

/** Whoever joins later gets the same agreement and end date: said in the leidraad and in the toelatingsovereenkomst. */
export const sameEndDate = (): string => partText("toetreding-zelfde-einddatum", {});
