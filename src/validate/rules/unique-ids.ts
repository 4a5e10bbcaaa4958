import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { locate } from "../../load/locate.ts";
import { KIND_LABEL, type EntityKind } from "../../content/entity-kinds.ts";
import type { Rule } from "../rule.ts";
import { basename } from "node:path";

/** Rule 1: ids are unique per kind (products across all segments, lots across the tender); file names match ids. */
export const uniqueIds: Rule = {
  name: "unieke id's",
  check(index, table) {
    const out: Diagnostic[] = [];
    for (const kind of Object.keys(KIND_LABEL) as EntityKind[]) {
      // Chapters have no id field; their file names are checked below.
      if (kind === "hoofdstuk") continue;
      const first = new Map<string, (typeof table)[EntityKind][number]>();
      for (const d of table[kind]) {
        const earlier = first.get(d.id);
        if (!earlier) {
          first.set(d.id, d);
          continue;
        }
        const was = locate(earlier.source, [...earlier.path, "id"]);
        out.push(error(locate(d.source, [...d.path, "id"]), "dubbel-id", `${KIND_LABEL[kind]}-id \`${d.id}\` komt al voor in ${was.file}:${was.line}; id's moeten uniek zijn`));
      }
    }
    for (const { source, data } of [...index.segments, ...index.subtenders]) {
      const expected = basename(source.path, ".yaml");
      if (data.id !== expected) {
        out.push(error(locate(source, ["id"]), "id-bestandsnaam", `id \`${data.id}\` past niet bij de bestandsnaam ${expected}.yaml; geef het bestand de naam ${data.id}.yaml of het id \`${expected}\``));
      }
    }
    // Lot numbers are what bidders and legal texts cite: unique within a subtender.
    for (const { source, data } of index.subtenders) {
      const seen = new Map<string, string>();
      data.percelen.forEach((lot, i) => {
        const entries: [string, (string | number)[]][] = [[lot.nummer, ["percelen", i, "nummer"]]];
        lot.subpercelen?.forEach((s, j) => entries.push([s.nummer, ["percelen", i, "subpercelen", j, "nummer"]]));
        for (const [nummer, path] of entries) {
          // Labels that a reader cannot tell apart are the same label: " 1" and "1", a tab for a space, é composed or not.
          const key = nummer.normalize("NFC").replace(/\s+/g, " ").trim();
          if (seen.has(key)) out.push(error(locate(source, path), "dubbel-perceelnummer", `perceelnummer ${nummer.trim()} is al gebruikt voor ${seen.get(key)}; perceelnummers zijn uniek binnen een subtender${key !== nummer ? " (spaties en tabs tellen niet mee)" : ""}`));
          else seen.set(key, `perceel \`${path.length > 3 ? lot.subpercelen![path[3] as number].id : lot.id}\``);
        }
      });
      const criteriaSets: [typeof data.gunningscriteria, (string | number)[]][] = [[data.gunningscriteria, ["gunningscriteria"]]];
      data.percelen.forEach((lot, i) => criteriaSets.push([lot.gunningscriteria, ["percelen", i, "gunningscriteria"]]));
      for (const [set, path] of criteriaSets) out.push(...duplicatesIn(set?.map((c) => c.id) ?? [], (k) => locate(source, [...path, k, "id"]), "gunningscriterium"));
    }
    if (index.tender) {
      const { source, data } = index.tender;
      out.push(...duplicatesIn(data.planning.map((m) => m.id), (k) => locate(source, ["planning", k, "id"]), "mijlpaal"));
      out.push(...duplicatesIn(data.bijlagen?.map((b) => b.nummer) ?? [], (k) => locate(source, ["bijlagen", k, "nummer"]), "bijlagenummer"));
    }
    const chapterIds = new Map<string, string>();
    for (const { chapter } of index.chapters) {
      if (chapterIds.has(chapter.id)) out.push(error({ file: chapter.path, line: 1, column: 1 }, "dubbel-id", `hoofdstuk-id \`${chapter.id}\` komt al voor in ${chapterIds.get(chapter.id)}; id's moeten uniek zijn`));
      else chapterIds.set(chapter.id, chapter.path);
    }
    return out;
  },
};

function duplicatesIn(ids: string[], at: (k: number) => ReturnType<typeof locate>, label: string): Diagnostic[] {
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  ids.forEach((id, k) => {
    if (seen.has(id)) out.push(error(at(k), "dubbel-id", `${label} \`${id}\` komt twee keer voor; elk ${label} mag maar één keer voorkomen`));
    seen.add(id);
  });
  return out;
}
