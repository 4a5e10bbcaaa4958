/**
 * The standard articles of the agreement per subtender (raamovereenkomst or
 * toelatingsovereenkomst), by id. A `teksten/` chapter with the id
 * `overeenkomst-<id>` (file `teksten/<nn>-overeenkomst-<id>.md`) replaces the
 * default text of that article in every agreement; it does not appear in the
 * leidraad. src/documents/agreement/ builds them; the README lists the ids.
 */
export const AGREEMENT_ARTICLE_IDS = [
  "kwaliteit",
  "privacy",
  "aansprakelijkheid",
  "wijziging",
  "opschorting-en-ontbinding",
  "continuiteit",
  "geschillen",
] as const;

export type AgreementArticleId = (typeof AGREEMENT_ARTICLE_IDS)[number];

export const AGREEMENT_CHAPTER_PREFIX = "overeenkomst-";

/** `kwaliteit` → `overeenkomst-kwaliteit`, the id of the `teksten/` chapter that replaces the article. */
export const agreementChapterId = (id: string) => `${AGREEMENT_CHAPTER_PREFIX}${id}`;

/** True for the id of a `teksten/` chapter that replaces a standard article of the agreement. */
export const isAgreementChapter = (chapterId: string) =>
  chapterId.startsWith(AGREEMENT_CHAPTER_PREFIX) && (AGREEMENT_ARTICLE_IDS as readonly string[]).includes(chapterId.slice(AGREEMENT_CHAPTER_PREFIX.length));
