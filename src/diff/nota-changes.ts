import type { NotaChanges } from "../documents/nota.ts";
import type { Model } from "../model/types.ts";
import { describeVersion } from "./compare.ts";
import { placeText } from "./render-html.ts";
import type { ChangeReport, EntityChange, FieldChange } from "./types.ts";
import { changeHeading } from "./wording.ts";
import { keyOf } from "./landing.ts";

/** A field's change in one line, as the overview's terminal summary words it: "opzegtermijn: zes maanden → drie maanden". */
function fieldLine(f: FieldChange): string {
  if (f.toegevoegd || f.verwijderd) return `${f.veld}: ${[...(f.toegevoegd ?? []).map((x) => `+ ${x}`), ...(f.verwijderd ?? []).map((x) => `− ${x}`)].join(", ")}`;
  if (f.voor !== undefined && f.na !== undefined && !f.redline) return `${f.veld}: ${f.voor} → ${f.na}`;
  return `${f.veld} gewijzigd`;
}

/**
 * The nota published with this version (its `versie` is the tender's), with
 * the changes since the compared version: each tied to the questions whose
 * `wijzigt` names the changed entity, or the section where it lands. Undefined
 * when no nota belongs to this version.
 */
export function notaChangesOf(report: ChangeReport, model: Model): NotaChanges | undefined {
  const nota = [...model.notas].reverse().find((n) => n.versie !== undefined && n.versie === model.tender.versie);
  if (!nota) return undefined;
  const causes = (c: EntityChange) => {
    const keys = new Set([keyOf(c), ...(report.documenten ?? []).flatMap((d) => d.secties).filter((s) => s.door?.includes(c.nummer!)).flatMap((s) => s.keys)].filter(Boolean));
    return nota.vragen.filter((q) => q.wijzigt.some((t) => keys.has(`${t.kind}:${t.id}`))).map((q) => q.nummer);
  };
  return {
    nota: nota.nummer,
    sinds: describeVersion(report.from),
    wijzigingen: report.groups.flatMap((g) => g.changes).map((c) => {
      const words = changeHeading(c);
      return { nummer: c.nummer ?? "", wat: `${words.kind} ${words.label}`, velden: c.kind === "gewijzigd" ? c.fields.map(fieldLine) : [], waar: (c.waar ?? []).map(placeText), vragen: causes(c) };
    }),
    afgeleid: (report.afgeleid ?? []).map(placeText),
  };
}
