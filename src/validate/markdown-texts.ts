import type { SourcePosition } from "../diagnostics/diagnostic.ts";
import { markdownFields } from "../content/markdown-fields.ts";
import { at, nodeAt, type DataPath } from "../load/locate.ts";
import type { YamlSource } from "../load/source.ts";
import type { ContentIndex } from "../load/content-index.ts";

/**
 * Finds where a piece of a Markdown text stands in its file. Call it for the
 * pieces in the order they occur in the text: each search starts after the
 * previous one, so a piece written twice gets two different positions.
 */
export type Locator = (offset: number, raw: string) => SourcePosition;

/**
 * Every Markdown text of a content folder: each Markdown field of the YAML
 * files (as the schemas declare them) and the body of each `teksten/` chapter.
 * The locator is costly for YAML (it finds the node in the tree), so rules
 * call it only for a text with something to report.
 */
export function forEachMarkdownText(index: ContentIndex, visit: (text: string, locate: Locator) => void): void {
  const yamlSources = [index.tender, ...index.segments, ...index.subtenders, index.requirements, index.glossary, ...index.notas, ...index.assessments].filter((x) => x !== undefined);
  for (const { source, data } of yamlSources) {
    for (const { path, text } of markdownFields(source.kind, data)) {
      let from: number | undefined;
      visit(text, (_offset, raw) => {
        const found = positionInScalar(source, path, raw, from);
        from = found.offset + raw.length;
        return found.position;
      });
    }
  }
  for (const { chapter } of index.chapters) {
    visit(chapter.body, (offset) => {
      const before = chapter.body.slice(0, offset);
      const line = chapter.bodyLine + (before.match(/\n/g)?.length ?? 0);
      return { file: chapter.path, line, column: offset - before.lastIndexOf("\n") };
    });
  }
}

/**
 * Position of a piece inside a scalar value. The value's source text is
 * searched for the piece, which is exact for plain and block scalars; when the
 * piece is escaped (in a quoted string) the start of the value is used.
 */
function positionInScalar(source: YamlSource, path: DataPath, raw: string, from?: number): { position: SourcePosition; offset: number } {
  const range = nodeAt(source, path)?.range;
  if (!range) return { position: at(source, 0), offset: 0 };
  const found = source.text.indexOf(raw, from ?? range[0]);
  const offset = found >= 0 && found < range[1] ? found : range[0];
  return { position: at(source, offset), offset };
}
