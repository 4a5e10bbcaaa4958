/**
 * The chapters and standard provisions every leidraad has, by id, whether or
 * not `teksten/` has a file for them. A `teksten/` chapter with one of these
 * ids takes its place; a `hoofdstuk:ID` cross-reference may name any of them,
 * so authors can point at "Rechtsbescherming" without writing that chapter.
 * (src/documents/bestek/ builds them; the README lists what each says.)
 */

/** The generated chapters of the leidraad, in document order. */
export const GENERATED_CHAPTER_IDS = ["inleiding", "procedure", "planning", "opdracht", "eisen", "inschrijving", "gunning", "overeenkomst", "rechtsbescherming"] as const;

/** The standard provisions inside those chapters (`dialoog` only where a subtender has a dialogue phase, `maximale-waarde` only where a framework agreement has a ceiling). */
export const PROVISION_IDS = [
  "aankondiging", "fasen", "dialoog", "rangorde-documenten", "verduidelijking", "klachten",
  "voorwaardelijke-inschrijving", "gestanddoening", "combinaties",
  "beoordelingscommissie", "aantal-contractanten", "voorwaarden-tussen-percelen", "gunningsbeslissing", "open-house",
  "maximale-waarde", "voorbehouden", "rechtsbescherming",
] as const;

export const STANDARD_CHAPTER_IDS: ReadonlySet<string> = new Set([...GENERATED_CHAPTER_IDS, ...PROVISION_IDS]);
