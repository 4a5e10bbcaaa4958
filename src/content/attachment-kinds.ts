/**
 * What an attachment holds, as `inhoud` in aanbesteding.yaml's `bijlagen`
 * spells it ("bestek", "subtender:crisis", "nota-van-inlichtingen:2"). This
 * is the one place that knows the spelling: code asks `attachmentKind(inhoud)`
 * and builds an `inhoud` with `inhoudOf`, never by matching string prefixes.
 * A new kind of attachment is one entry here (and in the schema's pattern),
 * one entry in src/documents/document-kinds.ts, and its sections.
 */
export type AttachmentKind =
  | { soort: "bestek" }
  | { soort: "productenboek" }
  | { soort: "eisen" }
  | { soort: "checklist" }
  | { soort: "bestand" }
  | { soort: "subtender"; subtender: string }
  | { soort: "overeenkomst"; subtender: string }
  | { soort: "nota-van-inlichtingen"; nota: number };

/** Kinds that belong to one subtender, written `<soort>:<subtender id>`. */
const PER_SUBTENDER = ["subtender", "overeenkomst"] as const;
const SIMPLE = ["bestek", "productenboek", "eisen", "checklist", "bestand"] as const;

/** The kind of an `inhoud`; undefined for a spelling no kind has (the schema rejects it first). */
export function attachmentKind(inhoud: string): AttachmentKind | undefined {
  if ((SIMPLE as readonly string[]).includes(inhoud)) return { soort: inhoud } as AttachmentKind;
  const [soort, rest] = splitOnce(inhoud);
  if (rest === undefined) return undefined;
  if ((PER_SUBTENDER as readonly string[]).includes(soort) && rest) return { soort, subtender: rest } as AttachmentKind;
  if (soort === "nota-van-inlichtingen" && /^[1-9][0-9]*$/.test(rest)) return { soort, nota: Number(rest) };
  return undefined;
}

/** The `inhoud` of a kind: the inverse of `attachmentKind`. */
export function inhoudOf<K extends AttachmentKind>(kind: K): InhoudOf<K> {
  if ("subtender" in kind) return `${kind.soort}:${kind.subtender}` as InhoudOf<K>;
  if ("nota" in kind) return `${kind.soort}:${kind.nota}` as InhoudOf<K>;
  return kind.soort as InhoudOf<K>;
}

type InhoudOf<K extends AttachmentKind> = K extends { soort: "subtender" | "overeenkomst" }
  ? `${K["soort"]}:${string}`
  : K extends { soort: "nota-van-inlichtingen" }
    ? `nota-van-inlichtingen:${number}`
    : K["soort"];

/** The subtender an attachment of this kind belongs to ("overeenkomst:crisis" → "crisis"), if it is of that kind. */
export function subtenderOf(inhoud: string, soort: "subtender" | "overeenkomst"): string | undefined {
  const kind = attachmentKind(inhoud);
  return kind && kind.soort === soort && "subtender" in kind ? kind.subtender : undefined;
}

/** The number of the Nota van Inlichtingen an attachment holds, if it holds one. */
export function notaOf(inhoud: string): number | undefined {
  const kind = attachmentKind(inhoud);
  return kind && "nota" in kind ? kind.nota : undefined;
}

function splitOnce(inhoud: string): [string, string | undefined] {
  const at = inhoud.indexOf(":");
  return at < 0 ? [inhoud, undefined] : [inhoud.slice(0, at), inhoud.slice(at + 1)];
}

/**
 * The attachment set when aanbesteding.yaml lists no `bijlagen`, numbered 1,
 * 2, …: the leidraad, the productenboek, the eisen, one attachment per
 * subtender, then each subtender's agreement, the bidders' checklist (the last
 * of the generated set), and every Nota van Inlichtingen in the order of
 * publication. Validation checks references against these numbers; the model
 * gives them their titles (src/model/default-attachments.ts).
 */
export function defaultAttachmentSet(subtenderIds: string[], notaNumbers: number[] = []): { nummer: string; kind: AttachmentKind }[] {
  const kinds: AttachmentKind[] = [
    { soort: "bestek" },
    { soort: "productenboek" },
    { soort: "eisen" },
    ...subtenderIds.map((subtender): AttachmentKind => ({ soort: "subtender", subtender })),
    ...subtenderIds.map((subtender): AttachmentKind => ({ soort: "overeenkomst", subtender })),
    { soort: "checklist" },
    ...notaNumbers.map((nota): AttachmentKind => ({ soort: "nota-van-inlichtingen", nota })),
  ];
  return kinds.map((kind, i) => ({ nummer: String(i + 1), kind }));
}
