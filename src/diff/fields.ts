import type { FieldChange } from "./types.ts";
import { redline } from "./redline.ts";

/** How one field of an entity is read and compared. */
export type FieldSpec<T> =
  | { veld: string; value: (e: T) => string | undefined; belangrijk?: boolean }
  | { veld: string; text: (e: T) => string | undefined; belangrijk?: boolean }
  | { veld: string; members: (e: T) => string[]; label?: (id: string) => string; belangrijk?: boolean };

/** The changed fields of an entity present in both versions; unchanged fields are left out. */
export function compareFields<T>(before: T, after: T, specs: FieldSpec<T>[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const spec of specs) {
    const belangrijk = spec.belangrijk ?? false;
    if ("members" in spec) {
      const a = spec.members(before);
      const b = spec.members(after);
      const show = spec.label ?? ((id: string) => id);
      const added = b.filter((x) => !a.includes(x)).map(show);
      const removed = a.filter((x) => !b.includes(x)).map(show);
      if (added.length || removed.length) out.push({ veld: spec.veld, toegevoegd: added, verwijderd: removed, belangrijk });
      continue;
    }
    const read = "value" in spec ? spec.value : spec.text;
    const a = read(before);
    const b = read(after);
    if (a === b) continue;
    const change: FieldChange = { veld: spec.veld, voor: a, na: b, belangrijk };
    if ("text" in spec && a !== undefined && b !== undefined) change.redline = redline(a, b);
    out.push(change);
  }
  return out;
}

/** All fields of an entity that is only in one version, as a list to read. */
export function describeFields<T>(entity: T, specs: FieldSpec<T>[], side: "voor" | "na"): FieldChange[] {
  const out: FieldChange[] = [];
  for (const spec of specs) {
    if ("members" in spec) {
      const list = spec.members(entity).map(spec.label ?? ((id: string) => id));
      if (list.length) out.push({ veld: spec.veld, [side === "na" ? "toegevoegd" : "verwijderd"]: list, belangrijk: false });
      continue;
    }
    const v = ("value" in spec ? spec.value : spec.text)(entity);
    if (v !== undefined && v !== "") out.push({ veld: spec.veld, [side]: v, belangrijk: false });
  }
  return out;
}

/** A stable fingerprint of an entity's content without its id, to recognise renames. */
export function fingerprint<T>(entity: T, specs: FieldSpec<T>[]): string {
  return JSON.stringify(describeFields(entity, specs, "na").map((f) => [f.veld, f.na, f.toegevoegd]));
}
