import type { Subtender, Tender } from "../model/types.ts";
import { formatDate } from "../format/dates.ts";
import { countOf } from "../format/numbers.ts";
import { partText } from "../templates/parts.ts";

/**
 * The agreement's facts in words, for every renderer (leidraad, website):
 * term, extensions, notice and indexation are said once, here. Plain text.
 */

type Agreement = Tender["overeenkomst"];

/** An extension is announced in writing at least this many months before the running term ends. */
export const EXTENSION_NOTICE_MONTHS = 3;

export const months = (n: number) => `${n} ${n === 1 ? "maand" : "maanden"}`;

/** The last day of a period of `n` months starting on `start` (YYYY-MM-DD), as YYYY-MM-DD. */
export function lastDayOf(start: string, n: number): string {
  const [y, m, d] = start.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y, m - 1 + n, d) - 86_400_000).toISOString().slice(0, 10);
}

export function maximumTermMonths(o: Agreement): number {
  return o.looptijd_maanden + (o.verlengingen ?? []).reduce((a, b) => a + b, 0);
}

/** "één verlenging van 24 maanden" or "twee verlengingen, van 24 en 12 maanden, na elkaar"; each at the buyer's discretion. */
/** `voice`: the leidraad speaks as "wij", the agreement of "de opdrachtgever". */
export function extensionsText(o: Agreement, voice: "wij" | "opdrachtgever" = "wij"): string | undefined {
  const ext = o.verlengingen ?? [];
  if (!ext.length) return undefined;
  const judgement = voice === "wij" ? "naar ons oordeel" : "naar het oordeel van de opdrachtgever";
  if (ext.length === 1) return `één verlenging van ${months(ext[0])}, ${judgement}`;
  const list = ext.map(String);
  return `${countOf(ext.length, "verlenging", "verlengingen")}, van ${list.slice(0, -1).join(", ")} en ${list[list.length - 1]} maanden, na elkaar en elk ${judgement}`;
}

export interface AgreementFact {
  label: string;
  text: string;
}

/** The agreement's facts as label/text pairs, in the order both media show them. */
export function agreementFacts(tender: Tender, voice: "wij" | "opdrachtgever" = "wij"): AgreementFact[] {
  const o = tender.overeenkomst;
  const start = tender.planning.find((x) => x.id === "ingangsdatum")?.datum;
  const total = maximumTermMonths(o);
  const ext = extensionsText(o, voice);
  const facts: (AgreementFact | undefined)[] = [
    start ? { label: "Ingangsdatum", text: formatDate(start) } : undefined,
    { label: "Looptijd", text: months(o.looptijd_maanden) + (start ? `, tot en met ${formatDate(lastDayOf(start, o.looptijd_maanden))}` : "") },
    { label: "Verlengingen", text: ext ? partText("overeenkomst-verlenging", { verlengingen: ext, wij: voice === "wij", aankondiging_maanden: EXTENSION_NOTICE_MONTHS }) : "geen" },
    ext ? { label: "Maximale looptijd", text: months(total) + (start ? `, uiterlijk tot en met ${formatDate(lastDayOf(start, total))}` : "") } : undefined,
    o.opzegtermijn_maanden ? { label: "Opzegtermijn", text: `${months(o.opzegtermijn_maanden)}, schriftelijk; bij het einde van de overeenkomst maakt de aanbieder lopende trajecten af of draagt hij ze warm over` } : undefined,
    o.indexatie ? { label: "Indexatie", text: indexationText(o.indexatie) } : undefined,
  ];
  return facts.filter((f): f is AgreementFact => f !== undefined);
}

/** How tariffs follow prices during the term, from the method the team chose. */
export function indexationText(i: NonNullable<Agreement["indexatie"]>): string {
  return partText("overeenkomst-indexatie", { methode: i.methode, percentage: String(i.percentage ?? 0).replace(".", ","), peildatum: i.peildatum ?? null });
}

/**
 * No volume is guaranteed, except the amount of a task-funded product (a budget
 * or lump sum): the leidraad's reservations and the agreement say it in these words.
 * Plain text; `budgets` is true when a task-funded product is bought.
 */
/** `voice`: the leidraad speaks as "wij", the agreement of "de opdrachtgever". */
export function noVolumeGuaranteeText(budgets: boolean, voice: "wij" | "opdrachtgever" = "wij"): string {
  return partText("overeenkomst-geen-afnamegarantie", { taakgericht: budgets, wij: voice === "wij" });
}

// The names of the agreements belong to the model (the default attachments are titled with them).
export { agreementKind, agreementTitle, type AgreementKind } from "../model/names.ts";
