import type { ChangeReport, FieldChange } from "./types.ts";
import { LONG_VALUE, placeText, reportTitle, sameVersionWarning } from "./render-html.ts";
import { redline } from "./redline.ts";
import { hasChanges } from "./landing.ts";
import { changeHeading } from "./wording.ts";

/**
 * One changed field in a terminal line: `weging 35% → 30%`, `tekst`, `producten +1 −1`; a long value
 * (an indexatie clause) as only its changed words, with the markers the PDF's text has:
 * `indexatie … [-1 juni-] {+1 mei+}`.
 */
function fieldSummary(f: FieldChange): string {
  if (f.toegevoegd || f.verwijderd) return `${f.veld} ${[f.toegevoegd?.length ? `+${f.toegevoegd.length}` : "", f.verwijderd?.length ? `−${f.verwijderd.length}` : ""].filter(Boolean).join(" ")}`;
  if (f.redline || f.voor === undefined || f.na === undefined) return f.veld;
  if (Math.max(f.voor.length, f.na.length) > LONG_VALUE) {
    const edits = redline(f.voor, f.na).edits.map((e) => [e.removed.trim() && `[-${e.removed.trim()}-]`, e.added.trim() && `{+${e.added.trim()}+}`].filter(Boolean).join(" "));
    return `${f.veld} … ${edits.join(" … ")}`;
  }
  return `${f.veld} ${f.voor} → ${f.na}`;
}

/** A short summary for the terminal: counts per kind and the flagged changes. */
export function renderChangesSummary(r: ChangeReport): string {
  if (!hasChanges(r)) return `${reportTitle(r)}: Geen wijzigingen.`;
  const c = r.counts;
  const lines = [`${reportTitle(r)}: ${c.gewijzigd} gewijzigd, ${c.toegevoegd} toegevoegd, ${c.verwijderd} verwijderd, ${c.hernoemd} hernoemd.`];
  const warning = sameVersionWarning(r);
  if (warning) lines.push(`Let op: ${warning}`);
  const flagged = r.groups.flatMap((g) => g.changes.filter((ch) => ch.belangrijk).map((ch) => ({ g, ch })));
  if (flagged.length) {
    lines.push(`Wezenlijk (${flagged.length}):`);
    for (const { g, ch } of flagged) {
      const words = changeHeading(ch);
      const detail = ch.kind === "gewijzigd" ? ch.fields.map(fieldSummary).join("; ") : "";
      lines.push(`  - ${ch.nummer ? `${ch.nummer} ` : ""}${g.titel}: ${words.kind} ${words.label}${detail ? ` (${detail})` : ""}`);
    }
  }
  const changed = (r.documenten ?? []).filter((d) => d.status === "gewijzigd" || d.status === "nieuw").map((d) => d.bijlage);
  if (r.documenten) lines.push(changed.length ? `Documenten met gewijzigde tekst: ${changed.length === 1 ? "bijlage" : "bijlagen"} ${changed.join(", ")}.` : "Geen document heeft een gewijzigde tekst.");
  if (r.afgeleid?.length) {
    lines.push(`Afgeleide wijzigingen, door geen gegeven verklaard (${r.afgeleid.length}):`);
    for (const s of r.afgeleid) lines.push(`  - ${placeText(s)}${s.vermoedelijkDoor?.length ? ` (vermoedelijk door ${s.vermoedelijkDoor.join(" of ")})` : ""}`);
  }
  return lines.join("\n");
}
