import type { ContentIndex } from "../load/content-index.ts";
import type { EntityKind } from "../content/entity-kinds.ts";
import { compareQuestionNumbers } from "../format/nota.ts";
import type { Lot, Nota, Product, Question, Requirement, Segment, Subtender } from "./types.ts";

interface Resolved {
  subtenders: Subtender[];
  lots: Lot[];
  products: Product[];
  segments: Segment[];
  requirements: Requirement[];
}

/**
 * The Notas van Inlichtingen, by number, each with its questions in natural
 * number order (2.2 before 2.10). A question also records the subtenders, lots
 * and products it concerns, directly or through what it names, so a page can
 * list "Vragen over dit perceel" and the site can narrow the list.
 */
export function resolveNotas(index: ContentIndex, m: Resolved): Nota[] {
  const lotById = new Map(m.lots.map((l) => [l.id, l]));
  const productById = new Map(m.products.map((p) => [p.id, p]));
  const segmentById = new Map(m.segments.map((s) => [s.id, s]));
  const requirementById = new Map(m.requirements.map((r) => [r.id, r]));
  return index.notas
    .map(({ data }): Nota => ({
      nummer: data.nummer,
      datum: data.datum,
      ...(data.versie !== undefined ? { versie: data.versie } : {}),
      vervallen: [...(data.vervallen_vragen ?? [])].sort((a, b) => compareQuestionNumbers(a.nummer, b.nummer)),
      vragen: data.vragen
        .map((q): Question => {
          const subject = (target: string) => {
            const colon = target.indexOf(":");
            return { kind: target.slice(0, colon) as EntityKind, id: target.slice(colon + 1) };
          };
          const over = q.over.map(subject);
          const subtenders = new Set<string>();
          const lots = new Set<string>();
          const products = new Set<string>();
          const addLot = (lot: Lot) => {
            lots.add(lot.id);
            if (lot.parentId) lots.add(lot.parentId);
            subtenders.add(lot.subtenderId);
            lot.productIds.forEach((p) => products.add(p));
          };
          for (const { kind, id } of over) {
            if (kind === "perceel" && lotById.has(id)) addLot(lotById.get(id)!);
            else if (kind === "product" && productById.has(id)) {
              products.add(id);
              for (const lotId of productById.get(id)!.lotIds) {
                const lot = lotById.get(lotId)!;
                lots.add(lot.id);
                if (lot.parentId) lots.add(lot.parentId);
                subtenders.add(lot.subtenderId);
              }
            } else if (kind === "subtender") subtenders.add(id);
            else if (kind === "segment") segmentById.get(id)?.subtenderIds.forEach((s) => subtenders.add(s));
            else if (kind === "eis") requirementById.get(id)?.usedBy.forEach((u) => u.kind === "subtender" && subtenders.add(u.id));
          }
          const ordered = <T extends { id: string }>(all: T[], ids: Set<string>) => all.filter((x) => ids.has(x.id)).map((x) => x.id);
          return {
            nummer: q.nummer,
            notaNummer: data.nummer,
            referentie: q.referentie,
            ontvangen: q.ontvangen,
            over,
            wijzigt: (q.wijzigt ?? []).map(subject),
            paragraaf: q.paragraaf,
            vraag: q.vraag,
            antwoord: q.antwoord,
            wijziging: q.wijziging,
            // In the model's order, so every page lists them alike.
            subtenderIds: ordered(m.subtenders, subtenders),
            lotIds: ordered(m.lots, lots),
            productIds: ordered(m.products, products),
          };
        })
        .sort((a, b) => compareQuestionNumbers(a.nummer, b.nummer)),
    }))
    .sort((a, b) => a.nummer - b.nummer);
}
