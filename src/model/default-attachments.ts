import type { Attachment } from "./types.ts";

/** The attachment set when aanbesteding.yaml has no `bijlagen`: bestek, productenboek, eisen, one per subtender. */
export function defaultAttachments(subtenders: { id: string; naam: string }[]): Attachment[] {
  const fixed: Attachment[] = [
    { nummer: "1", titel: "Aanbestedingsleidraad", inhoud: "bestek" },
    { nummer: "2", titel: "Productenboek", inhoud: "productenboek" },
    { nummer: "3", titel: "Eisen", inhoud: "eisen" },
  ];
  return [
    ...fixed,
    ...subtenders.map((s, i): Attachment => ({ nummer: String(fixed.length + i + 1), titel: `Percelen en gunning ${s.naam}`, inhoud: `subtender:${s.id}` })),
  ];
}
