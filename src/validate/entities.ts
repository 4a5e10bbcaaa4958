import type { DataPath } from "../load/locate.ts";
import type { YamlSource } from "../load/source.ts";
import type { ContentIndex } from "../load/content-index.ts";
import { leidraadProvisions } from "../load/provisions.ts";

import type { EntityKind } from "../content/entity-kinds.ts";

/** Where an entity is declared. */
export interface Declared {
  id: string;
  source: YamlSource;
  /** Path of the entity's mapping; its `id` is at [...path, "id"]. */
  path: DataPath;
}

/** Every declared entity per kind, in file order (duplicates included, for the uniqueness rule). */
export type EntityTable = Record<EntityKind, Declared[]> & { byId: Record<EntityKind, Map<string, Declared>> };

/**
 * Whether a reference resolves: a declared entity, or for `hoofdstuk:` also a
 * chapter or provision the leidraad always has, built-in or added by a lawyer
 * in templates/leidraad/ (src/load/provisions.ts).
 */
export const isDeclared = (table: EntityTable, kind: EntityKind, id: string) =>
  table.byId[kind].has(id) || (kind === "hoofdstuk" && leidraadProvisions().chapterIds.has(id));

/** The ids a reference of this kind may name, for "bedoelde u" suggestions. */
export const knownIds = (table: EntityTable, kind: EntityKind): string[] =>
  kind === "hoofdstuk" ? [...new Set([...table.byId.hoofdstuk.keys(), ...leidraadProvisions().chapterIds])] : [...table.byId[kind].keys()];

export function collectEntities(index: ContentIndex): EntityTable {
  const all: Record<EntityKind, Declared[]> = { product: [], perceel: [], eis: [], segment: [], subtender: [], begrip: [], hoofdstuk: [] };
  for (const { source, data } of index.segments) {
    all.segment.push({ id: data.id, source, path: [] });
    data.producten.forEach((p, i) => all.product.push({ id: p.id, source, path: ["producten", i] }));
  }
  for (const { source, data } of index.subtenders) {
    all.subtender.push({ id: data.id, source, path: [] });
    data.percelen.forEach((lot, i) => {
      all.perceel.push({ id: lot.id, source, path: ["percelen", i] });
      lot.subpercelen?.forEach((sub, j) => all.perceel.push({ id: sub.id, source, path: ["percelen", i, "subpercelen", j] }));
    });
  }
  if (index.requirements) {
    const { source, data } = index.requirements;
    data.forEach((r, i) => all.eis.push({ id: r.id, source, path: [i] }));
  }
  if (index.glossary) {
    const { source, data } = index.glossary;
    data.forEach((t, i) => all.begrip.push({ id: t.id, source, path: [i] }));
  }
  // A chapter's id is its file name without the number (50-inschrijving.md → inschrijving).
  for (const { chapter, front } of index.chapters) all.hoofdstuk.push({ id: chapter.id, source: front.source, path: [] });
  const byId = {} as Record<EntityKind, Map<string, Declared>>;
  for (const kind of Object.keys(all) as EntityKind[]) {
    byId[kind] = new Map();
    for (const d of all[kind]) if (!byId[kind].has(d.id)) byId[kind].set(d.id, d);
  }
  return { ...all, byId };
}
