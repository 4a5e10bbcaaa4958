import type { ChangeReport } from "./types.ts";
import { reportTitle } from "./render-html.ts";

/** A short summary for the terminal: counts per kind and the flagged changes. */
export function renderChangesSummary(r: ChangeReport): string {
  if (r.groups.length === 0) return `${reportTitle(r)}: Geen wijzigingen.`;
  const c = r.counts;
  const lines = [`${reportTitle(r)}: ${c.gewijzigd} gewijzigd, ${c.toegevoegd} toegevoegd, ${c.verwijderd} verwijderd, ${c.hernoemd} hernoemd.`];
  const flagged = r.groups.flatMap((g) => g.changes.filter((ch) => ch.belangrijk).map((ch) => ({ g, ch })));
  if (flagged.length) {
    lines.push(`Belangrijk (${flagged.length}):`);
    for (const { g, ch } of flagged) {
      const detail = ch.fields.filter((f) => f.belangrijk).map((f) => (f.voor !== undefined && f.na !== undefined ? `${f.veld} ${f.voor} → ${f.na}` : f.veld)).join("; ");
      lines.push(`  - ${g.titel}: ${ch.kind} ${ch.soort} ${ch.label}${detail ? ` (${detail})` : ""}`);
    }
  }
  return lines.join("\n");
}
