import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { dutchList } from "../../format/lists.ts";
import { defaultAttachmentSet } from "../../content/attachment-kinds.ts";
import type { ContentIndex } from "../../load/content-index.ts";
import { forEachMarkdownText } from "../markdown-texts.ts";
import type { Rule } from "../rule.ts";

/**
 * "bijlage 7", "bijlagen 3 en 4": a number as attachments are numbered (digits,
 * maybe a letter: 5a; or one capital: B). Not "bijlage 2 bij de Regeling" or
 * "bijlage 1 van de Jeugdwet": those are another document's attachments.
 */
const MENTION = /\b[Bb]ijlagen?\s+((?:\d+[a-z]?|[A-Z])(?:\s*(?:,|en|of|t\/m|tot en met)\s*(?:\d+[a-z]?|[A-Z]))*)\b(?!\s+(?:bij|van)\b)/g;
const NUMBER = /\d+[a-z]?|\b[A-Z]\b/g;

/** The numbers of the attachments the bundle will have: the listed ones, or the default set. */
function attachmentNumbers(index: ContentIndex): string[] | undefined {
  const tender = index.tender?.data;
  if (!tender) return undefined;
  if (tender.bijlagen) return tender.bijlagen.map((b) => b.nummer);
  // A subtender or nota that failed its schema would shift the default numbers: say nothing then.
  if (index.invalidKinds.has("subtender") || index.invalidKinds.has("nota")) return undefined;
  const subtenders = tender.subtenders.filter((id) => index.subtenders.some((s) => s.data.id === id));
  return defaultAttachmentSet(subtenders, index.notas.map((n) => n.data.nummer)).map((b) => b.nummer);
}

/**
 * A text that refers to an attachment by its number refers to one the bundle
 * has: a leidraad that points bidders to "bijlage 9" when there are eight is a
 * question in the Nota van Inlichtingen at best, and a complaint at worst.
 */
export const attachmentReferences: Rule = {
  name: "verwijzingen naar bijlagen",
  check(index) {
    const numbers = attachmentNumbers(index);
    if (!numbers) return [];
    const known = new Set(numbers.map((n) => n.toLowerCase()));
    const out: Diagnostic[] = [];
    forEachMarkdownText(index, (text, locate) => {
      if (!/[Bb]ijlage/.test(text)) return;
      for (const m of text.matchAll(MENTION)) {
        for (const n of m[1].match(NUMBER) ?? []) {
          if (known.has(n.toLowerCase())) continue;
          const listed = index.tender!.data.bijlagen ? "`bijlagen` in aanbesteding.yaml noemt" : "de standaardset (zonder `bijlagen` in aanbesteding.yaml) heeft";
          out.push(error(locate(m.index!, m[0]), "onbekende-bijlage", `de tekst verwijst naar bijlage ${n}, maar die bestaat niet: ${listed} de bijlagen ${dutchList(numbers)}; verwijs naar een bestaande bijlage of voeg de bijlage toe aan \`bijlagen\``));
        }
      }
    });
    return out;
  },
};
