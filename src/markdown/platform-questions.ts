import type { CriterionInput, RequirementsFile } from "../content/types.generated.ts";

/** An eis and a gunningscriterium as the content files write them (the model's types have these fields too). */
type Requirement = RequirementsFile[number];
type Criterion = CriterionInput;
import { markdownToPlainText } from "./plain-text.ts";
import { proofOf } from "../format/requirements.ts";

/**
 * A requirement or award criterion as a question on the tender platform (the
 * buyer's workbook, src/export/): the question text is plain text, and the
 * platform takes at most this many characters of open text. Validation warns
 * about a longer one (src/validate/rules/question-length.ts) from these same functions.
 */
export const QUESTION_TEXT_LIMIT = 4000;

/**
 * The text as the workbook gives it to the platform: cut off at the limit with
 * an ellipsis, so an import never fails on it (validation has warned).
 */
export const withinLimit = (text: string) => (text.length <= QUESTION_TEXT_LIMIT ? text : `${text.slice(0, QUESTION_TEXT_LIMIT - 1).trimEnd()}…`);

/** An eis as the platform asks it: the requirement, then how to prove it. */
export function requirementQuestionText(req: Pick<Requirement, "tekst" | "soort" | "bewijs">): string {
  const proof = proofOf(req);
  const text = markdownToPlainText(req.tekst);
  return proof ? `${text}\n\nBewijs: ${markdownToPlainText(proof)}` : text;
}

/** `bijlage` when the authors ask for a proof, else a yes/no question; a bid failing either is rejected. */
export const requirementQuestionKind = (req: Pick<Requirement, "bewijs">): "bijlage" | "ja/nee" => (req.bewijs?.trim() ? "bijlage" : "ja/nee");

/** A gunningscriterium as the platform asks it: what the committee wants to read, else its name. */
export function criterionQuestionText(c: Pick<Criterion, "naam" | "omschrijving">): string {
  return markdownToPlainText(c.omschrijving) || c.naam;
}
