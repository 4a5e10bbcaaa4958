import type { EntityChange } from "./types.ts";

/** Dutch nouns that take `het`: their adjective has no -e (`gewijzigd perceel`, `gewijzigde eis`). */
const HET_WORDS = new Set(["perceel", "subperceel", "product", "hoofdstuk", "begrip", "segment", "gunningscriterium"]);
const PARTICIPLE: Record<EntityChange["kind"], string> = { toegevoegd: "toegevoegd", verwijderd: "verwijderd", gewijzigd: "gewijzigd", hernoemd: "hernoemd" };

const adjective = (kind: EntityChange["kind"], noun: string) => PARTICIPLE[kind] + (HET_WORDS.has(noun) ? "" : "e");
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * What happened to which entity, as a Dutch noun phrase: `Gewijzigde eis:
 * Aansprakelijkheidsverzekering`, and for a label that already names its kind
 * `Gewijzigd perceel 3 Ambulante crisiszorg` (not `perceel Perceel 3`).
 */
export function changeHeading(c: Pick<EntityChange, "kind" | "soort" | "label">): { kind: string; label: string } {
  const first = c.label.split(" ")[0].toLowerCase();
  // Only the labels the overview makes itself (`Perceel 3 …`, `Segment Crisis`); an author's title stays as written.
  if ((c.soort === "perceel" || c.soort === "segment") && (first === c.soort || first === `sub${c.soort}`)) {
    return { kind: capital(adjective(c.kind, first)), label: `${first}${c.label.slice(first.length)}` };
  }
  return { kind: `${capital(adjective(c.kind, c.soort))} ${c.soort}:`, label: c.label };
}
