import type { ChangeReport, FieldChange } from "./types.ts";
import { reportTitle, sameVersionWarning } from "./render-html.ts";
import { changeHeading } from "./wording.ts";

/** One changed field in a terminal line: `weging 35% → 30%`, `tekst`, `producten +1 −1`. */
function fieldSummary(f: FieldChange): string {
  if (f.toegevoegd || f.verwijderd) return `${f.veld} ${[f.toegevoegd?.length ? `+${f.toegevoegd.length}` : "", f.verwijderd?.length ? `−${f.verwijderd.length}` : ""].filter(Boolean).join(" ")}`;
  if (f.redline || f.voor === undefined || f.na === undefined) return f.veld;
  return `${f.veld} ${f.voor} → ${f.na}`;
}

/** A short summary for the terminal: counts per kind and the flagged changes. */
export function renderChangesSummary(r: ChangeReport): string {
  if (r.groups.length === 0) return `${reportTitle(r)}: Geen wijzigingen.`;
  const c = r.counts;
  const lines = [`${reportTitle(r)}: ${c.gewijzigd} gewijzigd, ${c.toegevoegd} toegevoegd, ${c.verwijderd} verwijderd, ${c.hernoemd} hernoemd.`];
  const warning = sameVersionWarning(r);
  if (warning) lines.push(`Let op: ${warning}`);
  const flagged = r.groups.flatMap((g) => g.changes.filter((ch) => ch.belangrijk).map((ch) => ({ g, ch })));
  if (flagged.length) {
    lines.push(`Belangrijk (${flagged.length}):`);
    for (const { g, ch } of flagged) {
      const words = changeHeading(ch);
      const detail = ch.kind === "gewijzigd" ? ch.fields.map(fieldSummary).join("; ") : "";
      lines.push(`  - ${g.titel}: ${words.kind} ${words.label}${detail ? ` (${detail})` : ""}`);
    }
  }
  return lines.join("\n");
}
