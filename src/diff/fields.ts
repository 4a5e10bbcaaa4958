import type { FieldChange } from "./types.ts";
import { findCrossReferences } from "../markdown/cross-references.ts";
import { readingText, redline } from "./redline.ts";
import { textIsSubstantive } from "./severity.ts";

/** Whether a change of the field is flagged for legal review; a function reads the entity (e.g. the kind of requirement). */
type Flag<T> = boolean | ((e: T) => boolean);

/** How one field of an entity is read and compared. */
export type FieldSpec<T> =
  | { veld: string; value: (e: T) => string | undefined; belangrijk?: Flag<T> }
  /** Prose (Markdown): compared as the reader reads it, shown as a redline. */
  | { veld: string; text: (e: T) => string | undefined; belangrijk?: Flag<T> }
  | { veld: string; members: (e: T) => string[]; label?: (id: string) => string; belangrijk?: Flag<T> };

/** `perceel crisispleegzorg` for each cross-reference in a text (after renames.ts has made renamed targets equal). */
const crossReferenceTargets = (text: string | undefined) =>
  text ? findCrossReferences(text).filter((r) => r.kind).map((r) => `${r.kind} ${r.id}`) : [];

const flagOf = <T>(flag: Flag<T> | undefined, e: T) => (typeof flag === "function" ? flag(e) : flag ?? false);
const readText = (text: string | undefined) => (text === undefined ? undefined : readingText(text) || undefined);

/** The changed fields of an entity present in both versions; unchanged fields are left out. */
export function compareFields<T>(before: T, after: T, specs: FieldSpec<T>[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const spec of specs) {
    const belangrijk = flagOf(spec.belangrijk, after) || flagOf(spec.belangrijk, before);
    if ("members" in spec) {
      const a = spec.members(before);
      const b = spec.members(after);
      const show = spec.label ?? ((id: string) => id);
      const added = b.filter((x) => !a.includes(x)).map(show);
      const removed = a.filter((x) => !b.includes(x)).map(show);
      if (added.length || removed.length) out.push({ veld: spec.veld, toegevoegd: added, verwijderd: removed, belangrijk });
      continue;
    }
    if ("text" in spec) {
      const rawA = spec.text(before);
      const rawB = spec.text(after);
      // Texts are compared as read, without link targets; a target that changed is a change of its own.
      const targetsA = crossReferenceTargets(rawA);
      const targetsB = crossReferenceTargets(rawB);
      const addedTargets = targetsB.filter((t) => !targetsA.includes(t));
      const removedTargets = targetsA.filter((t) => !targetsB.includes(t));
      if (addedTargets.length || removedTargets.length) out.push({ veld: `verwijzingen in ${spec.veld}`, toegevoegd: addedTargets, verwijderd: removedTargets, belangrijk: false });
      const a = readText(rawA);
      const b = readText(rawB);
      if (a === b) continue;
      if (a === undefined || b === undefined) {
        out.push({ veld: spec.veld, voor: a, na: b, belangrijk });
        continue;
      }
      const red = redline(a, b);
      if (red.changed.length === 0) continue;
      out.push({ veld: spec.veld, voor: a, na: b, redline: red.html, belangrijk: textIsSubstantive(red.edits, belangrijk) });
      continue;
    }
    const a = spec.value(before);
    const b = spec.value(after);
    if (a !== b) out.push({ veld: spec.veld, voor: a, na: b, belangrijk });
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
    const v = "value" in spec ? spec.value(entity) : readText(spec.text(entity));
    if (v !== undefined && v !== "") out.push({ veld: spec.veld, [side]: v, belangrijk: false });
  }
  return out;
}

/** A stable fingerprint of an entity's content without its id, to recognise renames. */
export function fingerprint<T>(entity: T, specs: FieldSpec<T>[]): string {
  return JSON.stringify(describeFields(entity, specs, "na").map((f) => [f.veld, f.na, f.toegevoegd]));
}
