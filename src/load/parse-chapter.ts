import { basename } from "node:path";
import { error, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { parseYaml } from "./parse-yaml.ts";
import type { ChapterSource } from "./source.ts";

const FILE_NAME = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** Splits a chapter into YAML front matter (between `---` lines) and its Markdown body. */
export function parseChapter(text: string, path: string): { chapter?: ChapterSource; diagnostics: Diagnostic[] } {
  const name = FILE_NAME.exec(basename(path));
  if (!name) {
    return {
      diagnostics: [error({ file: path, line: 1, column: 1 }, "hoofdstuk-bestandsnaam", "bestandsnaam van een hoofdstuk moet de vorm <nummer>-<id>.md hebben, bijvoorbeeld 70-rechtsbescherming.md")],
    };
  }
  const lines = text.split("\n");
  if (lines[0].trimEnd() !== "---") {
    return {
      diagnostics: [error({ file: path, line: 1, column: 1 }, "front-matter-ontbreekt", "hoofdstuk begint niet met front matter; zet bovenaan tussen twee regels --- de velden titel en volgorde")],
    };
  }
  const end = lines.findIndex((l, i) => i > 0 && l.trimEnd() === "---");
  if (end < 0) {
    return {
      diagnostics: [error({ file: path, line: 1, column: 1 }, "front-matter-niet-afgesloten", "front matter wordt niet afgesloten; zet na titel en volgorde een regel ---")],
    };
  }
  const { source, diagnostics } = parseYaml(lines.slice(1, end).join("\n"), "chapter", path, 1);
  const chapter: ChapterSource = {
    kind: "chapter",
    path,
    id: name[2],
    frontMatter: source,
    body: lines.slice(end + 1).join("\n"),
    bodyLine: end + 2,
  };
  return { chapter, diagnostics };
}
