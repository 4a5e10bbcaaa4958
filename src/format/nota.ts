/**
 * Shared wording and order of the Nota van Inlichtingen: the site, the PDFs
 * and the change overview name a question, a nota and what a question
 * concerns with these functions only.
 */

/** "Nota van Inlichtingen 2". */
export const notaTitle = (nummer: number) => `Nota van Inlichtingen ${nummer}`;

/** "vraag 2.10", in running text. */
export const questionName = (nummer: string) => `vraag ${nummer}`;

/** "Vraag 2.10", opening a heading or a line. */
export const questionTitle = (nummer: string) => `Vraag ${nummer}`;

/** The anchor of a question on the site and in the nota's PDF: `vraag-2-10`. */
export const questionAnchor = (nummer: string) => `vraag-${nummer.replace(/\./g, "-")}`;

/** What an unanswered question shows in a concept. */
export const PENDING = "in behandeling";

/** "Referentie op Mercell: Vraag 117". */
export const referenceText = (referentie: string) => `referentie op het aanbestedingsplatform: ${referentie}`;

/**
 * Natural order of question numbers: part by part, digits as numbers, so 2.2
 * comes before 2.10 and 2.10 before 3.1; letters after digits ("4a" after "4").
 */
export function compareQuestionNumbers(a: string, b: string): number {
  const pa = a.split(".");
  const pb = b.split(".");
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const c = pa[i].localeCompare(pb[i], "nl", { numeric: true, sensitivity: "base" });
    if (c !== 0) return c;
  }
  return a.localeCompare(b);
}

/** How a bidder finds their own question. */
export const ANONYMOUS_TEXT = "De vragen zijn geanonimiseerd; aan de referentie op het aanbestedingsplatform herkent u uw eigen vraag.";
