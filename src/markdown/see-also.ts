/** Where a printed document describes the target of a cross-reference. */
export interface SeeAlso {
  /** Another document, e.g. `bijlage 2 Productenboek`; absent within the same document. */
  document?: string;
  /** The section number, e.g. `4.2.5`. */
  section: string;
  /** The target's own name, e.g. `perceel 5 Crisispleegzorg`. */
  label: string;
}

/** The reference after a link, in parts: the section number is kept on one line by the renderer. */
export interface SeeAlsoParts {
  before: string;
  section: string;
  after: string;
}

const ARTICLE = /^(de|het|een)\s+/i;
const words = (s: string) => s.toLowerCase().replace(ARTICLE, "").replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/**
 * ` (zie § 4.2.5, perceel 5 Crisispleegzorg)` after a link, said once: the
 * target's name is left out when the link text is that name already
 * (`Pleegzorg (zie § 3.1)`), and the `zie` when the sentence itself just said
 * it (`Zie ook pleegzorg (§ 3.1)`). Inside brackets the place joins them:
 * `(zie pleegzorg, § 3.1)`.
 */
export function seeAlsoParts(see: SeeAlso, linkText: string, textBefore: string): SeeAlsoParts {
  const text = words(linkText);
  // Only an exact match is left out: `perceel 3` still gets `, perceel 3 Ambulante crisiszorg`, which says what it is.
  const named = text !== "" && text === words(see.label);
  const label = named ? "" : `, ${see.label}`;
  // Already inside brackets (`(zie [x](…))`): the place joins them instead of opening a second pair.
  const open = (textBefore.match(/\(/g)?.length ?? 0) > (textBefore.match(/\)/g)?.length ?? 0);
  if (open) return { before: `, ${see.document ? `${see.document}, ` : ""}`, section: `§ ${see.section}`, after: label };
  const zie = /\bzie(\s+ook)?\s*$/i.test(textBefore) ? "" : "zie ";
  return { before: ` (${zie}${see.document ? `${see.document}, ` : ""}`, section: `§ ${see.section}`, after: `${label})` };
}
