/**
 * The chapters and standard provisions every leidraad has, by id, whether or
 * not `teksten/` has a file for them. A `teksten/` chapter with one of these
 * ids takes its place; a `hoofdstuk:ID` cross-reference may name any of them,
 * so authors can point at "Rechtsbescherming" without writing that chapter.
 * (src/documents/bestek/ builds them; docs/handboek/inkoopteam.md lists what each says.)
 *
 * A lawyer adds a provision with one file in `templates/leidraad/` that says
 * where it stands; src/load/provisions.ts is the one list of the built-in
 * provisions below and those added ones, with their places.
 */

/** The generated chapters of the leidraad, in document order. */
export const GENERATED_CHAPTER_IDS = ["inleiding", "procedure", "planning", "opdracht", "eisen", "inschrijving", "gunning", "overeenkomst", "rechtsbescherming"] as const;
export type GeneratedChapterId = (typeof GENERATED_CHAPTER_IDS)[number];

/** The standard provisions inside those chapters (`dialoog` only where a subtender has a dialogue phase, `maximale-waarde` only where a framework agreement has a ceiling). */
export const PROVISION_IDS = [
  "aankondiging", "fasen", "dialoog", "rangorde-documenten", "verduidelijking", "klachten",
  "voorwaardelijke-inschrijving", "gestanddoening", "combinaties",
  "beoordelingscommissie", "aantal-contractanten", "voorwaarden-tussen-percelen", "gunningsbeslissing", "open-house",
  "maximale-waarde", "voorbehouden", "rechtsbescherming",
] as const;

/**
 * Paragraphs of the procedure chapter whose text is a template (a `teksten/`
 * chapter with the same id takes their place and keeps the date they named),
 * with the anchor each has.
 */
export const PROCEDURE_PARAGRAPH_ANCHORS: Readonly<Record<string, string>> = { "sas-procedure": "s-procedure-sas", communicatie: "s-procedure-mercell", "nota-van-inlichtingen": "s-procedure-nvi" };

/**
 * Every template of the leidraad: the provisions, and the texts of generated
 * chapters a `teksten/` chapter with the same id replaces as well (the
 * introduction, and three paragraphs of the procedure chapter).
 */
export const LEIDRAAD_TEMPLATE_IDS = [...PROVISION_IDS, "inleiding", ...(Object.keys(PROCEDURE_PARAGRAPH_ANCHORS) as ("sas-procedure" | "communicatie" | "nota-van-inlichtingen")[])] as const;

/**
 * Where the built-in provisions (and the procedure's template paragraphs)
 * stand: per generated chapter, in document order, among the chapter's other
 * paragraphs. A conditional one (`dialoog`, say) is only printed where the
 * tender needs it; an added provision `na` it then stands where it would have
 * been. src/documents/bestek/ prints them in this order (a test holds it to it).
 */
export const BUILT_IN_PLACES: Readonly<Partial<Record<GeneratedChapterId, readonly string[]>>> = {
  procedure: ["sas-procedure", "aankondiging", "fasen", "dialoog", "communicatie", "nota-van-inlichtingen", "rangorde-documenten", "verduidelijking", "klachten"],
  inschrijving: ["voorwaardelijke-inschrijving", "gestanddoening", "combinaties"],
  gunning: ["aantal-contractanten", "beoordelingscommissie", "voorwaarden-tussen-percelen", "open-house", "gunningsbeslissing"],
  overeenkomst: ["maximale-waarde", "voorbehouden"],
};

/**
 * Ids a provision cannot have because a section of the leidraad has them
 * already: the generated chapters, the chapter `beoordeling` opens (the award
 * chapter), the tie-break chapter, the list of terms and of attachments.
 */
export const RESERVED_SECTION_IDS: readonly string[] = [...GENERATED_CHAPTER_IDS, "beoordeling", "gelijke-scores", "begrippen", "bijlagen"];

/** The built-in chapters and provisions; with the added provisions, src/load/provisions.ts `chapterIds`. */
export const STANDARD_CHAPTER_IDS: ReadonlySet<string> = new Set([...GENERATED_CHAPTER_IDS, ...PROVISION_IDS]);
