import type { EntityChange } from "./types.ts";
import { compareFields, describeFields, fingerprint, type FieldSpec } from "./fields.ts";

export interface EntityKindSpec<T extends { id: string }> {
  soort: string;
  label: (e: T) => string;
  fields: FieldSpec<T>[];
  /** Adding or removing such an entity is itself a change lawyers weigh (a criterion, a knock-out requirement, a deadline). */
  belangrijkBijToevoegen?: (e: T) => boolean;
}

/**
 * Matches entities by id: added, removed, changed; an entity removed under one
 * id and added under another with the same content is reported once, as renamed,
 * when that pairing is the only one (no second entity with that content was
 * added or removed).
 */
export function compareEntities<T extends { id: string }>(before: T[], after: T[], spec: EntityKindSpec<T>): EntityChange[] {
  const beforeById = new Map(before.map((e) => [e.id, e]));
  const afterById = new Map(after.map((e) => [e.id, e]));
  const removed = before.filter((e) => !afterById.has(e.id));
  const added = after.filter((e) => !beforeById.has(e.id));
  const out: EntityChange[] = [];

  const removedByPrint = new Map<string, T[]>();
  for (const e of removed) {
    const key = fingerprint(e, spec.fields);
    removedByPrint.set(key, [...(removedByPrint.get(key) ?? []), e]);
  }
  const addedPerPrint = new Map<string, number>();
  for (const e of added) {
    const key = fingerprint(e, spec.fields);
    addedPerPrint.set(key, (addedPerPrint.get(key) ?? 0) + 1);
  }
  const renamed = new Set<T>();
  for (const e of after) {
    const old = beforeById.get(e.id);
    if (old) {
      const fields = compareFields(old, e, spec.fields);
      if (fields.length) out.push({ kind: "gewijzigd", soort: spec.soort, id: e.id, label: spec.label(e), belangrijk: fields.some((f) => f.belangrijk), fields });
      continue;
    }
    // A rename only when it is the one reading: one removed and one added entity with the same content.
    // With two candidates on either side, which became which is a guess; report removal and addition instead.
    const key = fingerprint(e, spec.fields);
    const candidates = removedByPrint.get(key) ?? [];
    const twin = candidates.length === 1 && addedPerPrint.get(key) === 1 ? candidates[0] : undefined;
    if (twin) {
      renamed.add(twin);
      out.push({ kind: "hernoemd", soort: spec.soort, id: e.id, oudId: twin.id, label: spec.label(e), belangrijk: false, fields: [] });
    } else {
      out.push({ kind: "toegevoegd", soort: spec.soort, id: e.id, label: spec.label(e), belangrijk: spec.belangrijkBijToevoegen?.(e) ?? false, fields: describeFields(e, spec.fields, "na") });
    }
  }
  for (const e of removed) {
    if (renamed.has(e)) continue;
    out.push({ kind: "verwijderd", soort: spec.soort, id: e.id, label: spec.label(e), belangrijk: spec.belangrijkBijToevoegen?.(e) ?? false, fields: describeFields(e, spec.fields, "voor") });
  }
  return out;
}
