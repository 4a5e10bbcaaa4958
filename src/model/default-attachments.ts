import { agreementTitle } from "./names.ts";
import { defaultAttachmentSet, inhoudOf } from "../content/attachment-kinds.ts";
import { notaTitle } from "../format/nota.ts";
import type { GeneratedAttachment as Attachment, Subtender } from "./types.ts";

/** The title of a subtender's own attachment: a toelating has lots but no gunning. */
export const lotAttachmentTitle = (s: Pick<Subtender, "naam" | "procedure">) =>
  s.procedure === "toelating" ? `Percelen ${s.naam}` : `Percelen en gunning ${s.naam}`;

/** The titles of the default attachment set (src/content/attachment-kinds.ts) when aanbesteding.yaml has no `bijlagen`. */
export function defaultAttachments(subtenders: Pick<Subtender, "id" | "naam" | "procedure">[], notas: { nummer: number }[] = []): Attachment[] {
  const subtender = (id: string) => subtenders.find((s) => s.id === id)!;
  const TITLES: Record<string, string> = { bestek: "Aanbestedingsleidraad", productenboek: "Productenboek", eisen: "Eisen", checklist: "Checklist inschrijving" };
  return defaultAttachmentSet(
    subtenders.map((s) => s.id),
    notas.map((n) => n.nummer),
  ).map(({ nummer, kind }): Attachment => {
    const inhoud = inhoudOf(kind) as Attachment["inhoud"];
    if (kind.soort === "subtender") return { nummer, titel: lotAttachmentTitle(subtender(kind.subtender)), inhoud };
    if (kind.soort === "overeenkomst") return { nummer, titel: agreementTitle(subtender(kind.subtender)), inhoud };
    if (kind.soort === "nota-van-inlichtingen") return { nummer, titel: notaTitle(kind.nota), inhoud };
    return { nummer, titel: TITLES[kind.soort], inhoud };
  });
}
