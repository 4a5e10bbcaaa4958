import { agreementTitle } from "../format/agreement.ts";
import type { GeneratedAttachment as Attachment, Subtender } from "./types.ts";

/**
 * The attachment set when aanbesteding.yaml has no `bijlagen`: bestek,
 * productenboek, eisen, one per subtender, then the agreement of each subtender
 * (a raamovereenkomst or a toelatingsovereenkomst).
 */
export function defaultAttachments(subtenders: Pick<Subtender, "id" | "naam" | "procedure">[]): Attachment[] {
  const fixed: Attachment[] = [
    { nummer: "1", titel: "Aanbestedingsleidraad", inhoud: "bestek" },
    { nummer: "2", titel: "Productenboek", inhoud: "productenboek" },
    { nummer: "3", titel: "Eisen", inhoud: "eisen" },
  ];
  const rest: Omit<Attachment, "nummer">[] = [
    ...subtenders.map((s) => ({ titel: `Percelen en gunning ${s.naam}`, inhoud: `subtender:${s.id}` as const })),
    ...subtenders.map((s) => ({ titel: agreementTitle(s), inhoud: `overeenkomst:${s.id}` as const })),
  ];
  return [...fixed, ...rest.map((a, i): Attachment => ({ nummer: String(fixed.length + i + 1), ...a }))];
}
