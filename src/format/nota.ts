/**
 * Shared wording and order of the Nota van Inlichtingen: the site, the PDFs
 * and the change overview name a question, a nota and what a question
 * concerns with these functions only.
 */
import { lotName } from "./lots.ts";
import { formatDate } from "./dates.ts";

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

/** Which text prevails: the rule every nota states, and the site with it. */
export const precedenceText = (leidraad: string) =>
  `Bij strijdigheid gaat een latere Nota van Inlichtingen voor een eerdere, en gaat een Nota van Inlichtingen voor ${leidraad} en de andere bijlagen.`;

/** How a bidder finds their own question. */
export const ANONYMOUS_TEXT = "De vragen zijn geanonimiseerd; aan de referentie op het aanbestedingsplatform herkent u uw eigen vraag.";

/** The opening of every nota: its place among the tender documents. */
export function legalStatusText(nummer: number, datum: string, leidraad: string): string {
  return `Deze ${notaTitle(nummer)} is gepubliceerd op ${formatDate(datum)} en maakt deel uit van de aanbestedingsstukken. ${precedenceText(leidraad)} ${ANONYMOUS_TEXT}`;
}

/** What a question may concern, with the names the model knows. */
export interface SubjectNames {
  lot(id: string): { parentId?: string; nummer: string; naam: string };
  product(id: string): { naam: string };
  requirement(id: string): { titel: string };
  segment(id: string): { naam: string };
  subtender(id: string): { naam: string };
  term(id: string): { term: string };
  /** The chapter's title as the leidraad prints it. */
  chapter(id: string): string;
}

/**
 * What a question concerns, in words: "perceel 5 Crisispleegzorg",
 * "product Pleegzorg", "eis KIT", "hoofdstuk Inschrijving".
 */
export function subjectLabel(kind: string, id: string, names: SubjectNames): string {
  switch (kind) {
    case "perceel":
      return lotName(names.lot(id));
    case "product":
      return `product ${names.product(id).naam}`;
    case "eis":
      return `eis ${names.requirement(id).titel}`;
    case "segment":
      return `segment ${names.segment(id).naam}`;
    case "subtender": {
      const naam = names.subtender(id).naam;
      return /^subtender\b/i.test(naam) ? `subtender ${naam.replace(/^subtender\s*/i, "")}` : `subtender ${naam}`;
    }
    case "begrip":
      return `begrip ${names.term(id).term}`;
    default:
      return `hoofdstuk ${names.chapter(id)}`;
  }
}

/** The place of a subject in the documents: "§ 4.3" in the leidraad, "bijlage 2 Productenboek, § 3.1" elsewhere. */
export function subjectPlace(place: { section: string; document?: string } | undefined): string | undefined {
  if (!place) return undefined;
  return place.document ? `${place.document}, § ${place.section}` : `§ ${place.section}`;
}

/** "perceel 5 Crisispleegzorg (zie § 4.3)". */
export function subjectText(label: string, place: { section: string; document?: string } | undefined): string {
  const where = subjectPlace(place);
  return where ? `${label} (zie ${where})` : label;
}
