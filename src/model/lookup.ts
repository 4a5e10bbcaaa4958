import type { Model } from "./types.ts";

/** Id → entity maps of the model, built once per document set. */
export function lookup(model: Model) {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((x) => [x.id, x] as const));
  const get = <T>(map: Map<string, T>, id: string): T => {
    const found = map.get(id);
    if (!found) throw new Error(`onbekende id in het model: ${id}`);
    return found;
  };
  const products = byId(model.products);
  const lots = byId(model.lots);
  const segments = byId(model.segments);
  const subtenders = byId(model.subtenders);
  const requirements = byId(model.requirements);
  return {
    model,
    product: (id: string) => get(products, id),
    lot: (id: string) => get(lots, id),
    segment: (id: string) => get(segments, id),
    subtender: (id: string) => get(subtenders, id),
    requirement: (id: string) => get(requirements, id),
  };
}

export type Lookup = ReturnType<typeof lookup>;
