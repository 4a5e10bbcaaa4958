import { placeKey } from "../../documents/section.ts";
import type { BestekSection } from "./bestek.ts";

/**
 * What a page that shows these sections of bijlage `bijlage` is about, as the
 * change overview names it (`changes.perEntity`): every § or artikel, so a
 * change that lands in one is announced at the top of the page. (Apart from
 * lib/bestek.ts, which the build runs and the pages never load.)
 */
export const placesShown = (bijlage: string | undefined, sections: BestekSection[]): string[] =>
  bijlage === undefined ? [] : sections.flatMap((s) => [placeKey(bijlage, s.anchor), ...placesShown(bijlage, s.children)]);
