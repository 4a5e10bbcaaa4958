import { error, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import { locate, type DataPath } from "../load/locate.ts";
import type { YamlSource } from "../load/source.ts";
import type { ContentIndex } from "../load/content-index.ts";
import { isDeclared, knownIds, type EntityTable } from "./entities.ts";
import { KIND_LABEL, type EntityKind } from "../content/entity-kinds.ts";
import { uncheckedBecauseBroken } from "./rules/broken-declarations.ts";

const WHERE: Record<EntityKind, string> = {
  product: "een product in segmenten/",
  perceel: "een perceel of subperceel in subtenders/",
  eis: "een eis in eisen.yaml",
  segment: "een segment in segmenten/",
  subtender: "een subtender in subtenders/",
  begrip: "een begrip in begrippen.yaml",
  hoofdstuk: "een hoofdstuk in teksten/ (de bestandsnaam zonder nummer, zoals inschrijving voor 50-inschrijving.md) of een vast hoofdstuk of standaardbepaling van de leidraad (zoals rechtsbescherming of gestanddoening)",
};

/** Message for an id that does not resolve, with the nearest existing id as a suggestion. */
export function unknownReferenceMessage(kind: EntityKind, id: string, table: EntityTable): string {
  return `onbekend ${KIND_LABEL[kind]} \`${id}\`; verwacht het id van ${WHERE[kind]}${didYouMean(id, knownIds(table, kind))}`;
}

/** Checks that every id at `path` (a single id or a list of ids) resolves to an entity of `kind`. */
export function checkReferences(
  kind: EntityKind,
  ids: string | string[] | undefined,
  source: YamlSource,
  path: DataPath,
  table: EntityTable,
  index: ContentIndex,
): Diagnostic[] {
  if (ids === undefined) return [];
  const list = Array.isArray(ids) ? ids : [ids];
  const out: Diagnostic[] = [];
  list.forEach((id, i) => {
    if (isDeclared(table, kind, id) || index.idsInInvalidFiles.has(id)) return;
    const unchecked = uncheckedBecauseBroken(kind, index);
    if (unchecked.length > 0) return void out.push(...unchecked);
    const at = locate(source, Array.isArray(ids) ? [...path, i] : path);
    out.push(error(at, "onbekende-verwijzing", unknownReferenceMessage(kind, id, table)));
  });
  return out;
}
