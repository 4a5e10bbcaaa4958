/**
 * Whether a change of prose is wezenlijk (it can change an obligation, a
 * figure or a term) or redactioneel (it rewords without changing what anyone
 * must do). Decided per edit (a deleted passage and what replaced it), not by
 * a keyword in the changed words alone: "Binnen" → "Uiterlijk" mentions a term
 * but changes none, while "niet" added to a sentence turns it around.
 */

/** One place where the text changed: what was deleted and what was inserted there. */
export interface TextEdit {
  removed: string;
  added: string;
}

/** A figure, an amount, a percentage, a date or a unit of time: changing one changes what is asked. */
const FIGURES_OR_TERMS = /\d|€|%|\b(termijn\w*|(kalender|werk)?dag(en)?|dagde(e)?l(en)?|etmaal|etmalen|week|weken|wekelijks|maand(en)?|maandelijks|kwarta(a)?l(en)?|jaar|jaren|jaarlijks|uur|uren|uiterlijk|vóór)\b/i;

/** Words that make or undo an obligation, a permission, a limit or a negation. */
const OBLIGATIONS = /\b(niet|geen|nooit|moet|moeten|dient|dienen|mag|mogen|kan|kunnen|verplicht\w*|uitsluitend|alleen|slechts|ten minste|minimaal|maximaal|hoogstens|ten hoogste|altijd|uitgesloten|vereist\w*|verboden|toegestaan)\b/i;

/** "A of B" and "A en B" ask different things; a swap of the two is wezenlijk wherever it stands. */
const CONJUNCTIONS = ["en", "of", "én", "óf", "en/of"];

/**
 * Phrasings a lawyer reads as the same: swapping one for another in the same
 * place is redactioneel. Each group lists words or phrases, lower case.
 */
const EQUIVALENTS: string[][] = [
  ["binnen", "uiterlijk", "uiterlijk binnen", "ten laatste", "ten laatste binnen"],
  ["dient", "moet"],
  ["dienen", "moeten"],
  ["indien", "als", "wanneer"],
  ["teneinde", "om"],
  ["middels", "via", "door middel van", "met"],
  ["welke", "die"],
  ["alsmede", "evenals"],
  ["reeds", "al"],
  ["ten behoeve van", "voor"],
  ["conform", "volgens", "overeenkomstig"],
  ["d.w.z.", "dat wil zeggen", "dus"],
];

/** Lower case, without punctuation and extra spaces: what is left is the words. */
const words = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}€%.\s]|(?<!\d)\.(?!\d)/gu, " ").replace(/\s+/g, " ").trim();

function equivalent(a: string, b: string): boolean {
  if (a === b) return true;
  return EQUIVALENTS.some((group) => group.includes(a) && group.includes(b));
}

/** One edit is redactioneel when it changes punctuation, capitals or spacing only, or swaps equivalent phrasings. */
function editorial(edit: TextEdit): boolean {
  return equivalent(words(edit.removed), words(edit.added));
}

/**
 * The weight of a changed text. In a field that carries obligations by
 * itself (a knock-out eis, a criterion, a toewijzing: `important`), every
 * edit that is not editorial is wezenlijk. Elsewhere an edit is wezenlijk
 * when it touches a figure, a term of time or a word of obligation.
 */
export function textIsSubstantive(edits: TextEdit[], important: boolean): boolean {
  return edits.some((edit) => {
    const [removed, added] = [words(edit.removed), words(edit.added)];
    if (removed !== added && CONJUNCTIONS.includes(removed) && CONJUNCTIONS.includes(added)) return true;
    if (editorial(edit)) return false;
    if (important) return true;
    const touched = `${edit.removed} ${edit.added}`;
    return FIGURES_OR_TERMS.test(touched) || OBLIGATIONS.test(touched);
  });
}
