import { relative } from "node:path";
import { warning, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import type { YamlSource } from "../../load/source.ts";
import type { ContentIndex } from "../../load/content-index.ts";
import { KIND_LABEL, type EntityKind } from "../../content/entity-kinds.ts";

/** Which kind of file declares the entities of each kind. */
const DECLARED_IN: Partial<Record<EntityKind, YamlSource["kind"]>> = {
  product: "segment",
  segment: "segment",
  perceel: "subtender",
  subtender: "subtender",
  eis: "requirements",
  begrip: "glossary",
};

/**
 * For a reference to `kind` that does not resolve: the files with a YAML
 * syntax error that might declare it. Their text is read only up to the error,
 * so the id may well be there: the reference is not reported as unknown, and
 * instead one line says what is not checked until the file is fixed.
 */
export function uncheckedBecauseBroken(kind: EntityKind, index: ContentIndex): Diagnostic[] {
  const declaring = DECLARED_IN[kind];
  if (!declaring) return [];
  return index.syntaxBroken
    .filter((source) => source.kind === declaring)
    .map((source) =>
      warning({ file: source.path, line: 1 + source.lineOffset, column: 1 }, "niet-gecontroleerd", `verwijzingen naar een ${KIND_LABEL[kind]} worden niet gecontroleerd zolang ${relative(index.dir, source.path)} een syntaxfout heeft`),
    );
}
