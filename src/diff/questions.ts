import type { Model, Question } from "../model/types.ts";
import { formatDateTime } from "../format/dates.ts";
import { notaTitle, questionTitle } from "../format/nota.ts";
import { compareEntities, type EntityKindSpec } from "./entities.ts";
import type { EntityChange } from "./types.ts";

type Entry = Question & { id: string };

/**
 * The questions of the Notas van Inlichtingen, matched by number. An answer
 * or change of the documents that differs from a published version is a
 * legal event (bidders relied on it): flagged as belangrijk, as is a new
 * question whose answer changes the documents.
 */
export const questionSpec: EntityKindSpec<Entry> = {
  soort: "vraag",
  label: (q) => `${questionTitle(q.nummer)} (${notaTitle(q.notaNummer)})`,
  belangrijkBijToevoegen: (q) => q.wijziging !== undefined,
  fields: [
    { veld: "nota", value: (q) => notaTitle(q.notaNummer) },
    { veld: "referentie", value: (q) => q.referentie },
    { veld: "ontvangen", value: (q) => q.ontvangen && formatDateTime(q.ontvangen) },
    { veld: "over", members: (q) => q.over.map((o) => `${o.kind}:${o.id}`) },
    { veld: "paragraaf", value: (q) => q.paragraaf && `§ ${q.paragraaf}` },
    { veld: "vraag", text: (q) => q.vraag },
    { veld: "antwoord", text: (q) => q.antwoord, belangrijk: true },
    { veld: "wijziging", text: (q) => q.wijziging, belangrijk: true },
  ],
};

/** Added, removed and changed questions between two versions (a model without notas has none). */
export function questionChanges(before: Model, after: Model): EntityChange[] {
  const entries = (m: Model): Entry[] => (m.notas ?? []).flatMap((n) => n.vragen.map((q) => ({ ...q, id: q.nummer })));
  return compareEntities(entries(before), entries(after), questionSpec);
}
