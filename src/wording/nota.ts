import { lotName } from "./lots.ts";
import { formatDate } from "../format/dates.ts";
import { ANONYMOUS_TEXT, notaTitle } from "../format/nota.ts";
import { partText } from "../templates/parts.ts";

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

/** Which text prevails: the rule every nota states, and the site with it. */
export const precedenceText = (leidraad: string) => partText("nota-rangorde", { leidraad });

/** The opening of every nota: its place among the tender documents. */
export function legalStatusText(nummer: number, datum: string, leidraad: string): string {
  return `Deze ${notaTitle(nummer)} is gepubliceerd op ${formatDate(datum)} en maakt deel uit van de aanbestedingsstukken. ${precedenceText(leidraad)} ${ANONYMOUS_TEXT}`;
}
