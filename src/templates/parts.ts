import { markdownToPlainText } from "../markdown/plain-text.ts";
import { parseTemplateFile, renderTemplateMarkdown } from "./load.ts";

/**
 * The standard paragraphs that stand inside generated text (an introduction
 * above a table, the rules of a phase, the tie-break): a template each,
 * `templates/tekstdelen/<id>.md`, without a title, filled in with the facts
 * the caller gives. A lawyer edits them as the other standard texts; the
 * comment at the top of each says what it decides and from which data.
 */
export const TEXT_PART_IDS = [
  "checklist-beroep-op-derden",
  "checklist-inleiding",
  "fasen-een-fase",
  "fasen-per-fase",
  "gunning-gelijke-scores",
  "gunning-plan-van-aanpak",
  "gunning-rangschikking",
  "leidraad-eisen",
  "leidraad-eisen-soort",
  "leidraad-segmenten",
  "nota-inleiding",
  "nota-rangorde",
  "nota-wijzigingen",
  "overeenkomst-begrippen",
  "overeenkomst-geen-afnamegarantie",
  "overeenkomst-indexatie",
  "overeenkomst-partijen",
  "overeenkomst-verlenging",
  "overeenkomst-voorwerp",
  "overeenkomst-voorwerp-tarieven",
  "productenboek-inleiding",
  "subtender-procedure",
  "toetreding",
  "toetreding-zelfde-einddatum",
] as const;
export type TextPartId = (typeof TEXT_PART_IDS)[number];

/** The part as Markdown (cross-references as `[tekst](soort:id)`), for a renderer to render. */
export const partMarkdown = (id: TextPartId, facts: object): string => renderTemplateMarkdown("tekstdelen", id, facts);

/** The part as plain text, its paragraphs separated by a blank line. */
export const partText = (id: TextPartId, facts: object): string => markdownToPlainText(partMarkdown(id, facts));

/** The part's paragraphs as plain text, one string each. */
export const partParagraphs = (id: TextPartId, facts: object): string[] => partText(id, facts).split(/\n{2,}/).filter((p) => p.trim() !== "");

/** Reads and parses the part (a syntax error is a TemplateError at its line), without filling it in. */
export const partSource = (id: TextPartId): void => parseTemplateFile("tekstdelen", id);
