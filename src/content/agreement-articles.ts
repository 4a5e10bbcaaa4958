/**
 * The articles of the agreement per subtender (raamovereenkomst or
 * toelatingsovereenkomst). Articles 1 to DATA_ARTICLES follow from the tender's
 * data; the standard articles after them have an id each. A `teksten/` chapter
 * with `document: overeenkomst` in its front matter is an article of every
 * agreement: with the id of a standard article (`teksten/92-kwaliteit.md`) it
 * replaces that article's text; with the id `artikel-<n>` it adds article n
 * after the standard articles, numbered on without gaps. src/documents/agreement/
 * builds them; the README lists the ids.
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

/** Articles 1–8: parties, terms, object, contractors or admission, volume, term, tariffs, conditions. */
export const DATA_ARTICLES = 8;

/** The number of the first article a team may add (the signing follows the last article). */
export const FIRST_NEW_ARTICLE = DATA_ARTICLES + AGREEMENT_ARTICLE_IDS.length + 1;

const NEW_ARTICLE = /^artikel-([1-9][0-9]*)$/;

/** `artikel-16` → 16; undefined for any other id. */
export function newArticleNumber(chapterId: string): number | undefined {
  const m = NEW_ARTICLE.exec(chapterId);
  return m ? Number(m[1]) : undefined;
}

/** The number of a standard article: `kwaliteit` → 9. */
export const standardArticleNumber = (id: AgreementArticleId) => DATA_ARTICLES + AGREEMENT_ARTICLE_IDS.indexOf(id) + 1;

export const isStandardArticle = (chapterId: string): chapterId is AgreementArticleId => (AGREEMENT_ARTICLE_IDS as readonly string[]).includes(chapterId);
