import { agreementTitle } from "../format/agreement.ts";
import { inhoudOf } from "../content/attachment-kinds.ts";
import { notaTitle } from "../format/nota.ts";
import type { GeneratedAttachment as Attachment, Subtender } from "./types.ts";

/** The title of a subtender's own attachment: a toelating has lots but no gunning. */
export const lotAttachmentTitle = (s: Pick<Subtender, "naam" | "procedure">) =>
  s.procedure === "toelating" ? `Percelen ${s.naam}` : `Percelen en gunning ${s.naam}`;

/**
 * The attachment set when aanbesteding.yaml has no `bijlagen`: bestek,
 * productenboek, eisen, one per subtender, then the agreement of each subtender
 * (a raamovereenkomst or a toelatingsovereenkomst), the bidders' checklist, and every Nota van Inlichtingen.
 */
export function defaultAttachments(subtenders: Pick<Subtender, "id" | "naam" | "procedure">[], notas: { nummer: number }[] = []): Attachment[] {
  const fixed: Attachment[] = [
    { nummer: "1", titel: "Aanbestedingsleidraad", inhoud: "bestek" },
    { nummer: "2", titel: "Productenboek", inhoud: "productenboek" },
    { nummer: "3", titel: "Eisen", inhoud: "eisen" },
  ];
  const rest: Omit<Attachment, "nummer">[] = [
    ...subtenders.map((s) => ({ titel: lotAttachmentTitle(s), inhoud: inhoudOf({ soort: "subtender", subtender: s.id }) })),
    ...subtenders.map((s) => ({ titel: agreementTitle(s), inhoud: inhoudOf({ soort: "overeenkomst", subtender: s.id }) })),
    // What a bidder hands in, per lot: the last of the generated set.
    { titel: "Checklist inschrijving", inhoud: "checklist" as const },
    // Every Nota van Inlichtingen, in the order of publication: part of the tender documents.
    ...notas.map((n) => ({ titel: notaTitle(n.nummer), inhoud: inhoudOf({ soort: "nota-van-inlichtingen", nota: n.nummer }) })),
  ];
  return [...fixed, ...rest.map((a, i): Attachment => ({ nummer: String(fixed.length + i + 1), ...a }))];
}
