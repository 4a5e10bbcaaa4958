import { error, type Diagnostic, type SourcePosition } from "../../diagnostics/diagnostic.ts";
import { didYouMean } from "../../diagnostics/suggest.ts";
import { at, nodeAt, type DataPath } from "../../load/locate.ts";
import type { YamlSource } from "../../load/source.ts";
import { CROSS_REFERENCE_KINDS, findCrossReferences } from "../../markdown/cross-references.ts";
import { isDeclared, KIND_LABEL, type EntityKind } from "../entities.ts";
import { unknownReferenceMessage } from "../references.ts";
import type { Rule } from "../rule.ts";
import { markdownFields } from "../../content/markdown-fields.ts";

const KINDS_IN_WORDS = `${CROSS_REFERENCE_KINDS.slice(0, -1).map((k) => `${k}:`).join(", ")} of ${CROSS_REFERENCE_KINDS[CROSS_REFERENCE_KINDS.length - 1]}:`;

/** Rule 2 (continued): every Markdown cross-reference `[tekst](soort:id)` resolves. */
export const markdownReferences: Rule = {
  name: "kruisverwijzingen in markdown",
  check(index, table) {
    const out: Diagnostic[] = [];
    // Positions are looked up only for texts with a broken link: finding a node
    // in the YAML tree is the costly part, and nearly every link is fine.
    const checkText = (text: string, position: (offset: number, raw: string) => SourcePosition) => {
      const refs = findCrossReferences(text);
      const isBroken = (ref: (typeof refs)[number]) =>
        !ref.kind || (!isDeclared(table, ref.kind as EntityKind, ref.id) && !index.idsInInvalidFiles.has(ref.id));
      if (!refs.some(isBroken)) return;
      for (const ref of refs) {
        const pos = position(ref.offset, ref.raw);
        if (!ref.kind) {
          out.push(error(pos, "onbekende-verwijzingssoort", `onbekende soort kruisverwijzing \`${ref.rawKind}:\`; gebruik ${KINDS_IN_WORDS}${didYouMean(ref.rawKind, Object.keys(KIND_LABEL))}`));
        } else if (isBroken(ref)) {
          out.push(error(pos, "onbekende-verwijzing", `kruisverwijzing naar ${unknownReferenceMessage(ref.kind, ref.id, table)}`));
        }
      }
    };
    const yamlSources = [index.tender, ...index.segments, ...index.subtenders, index.requirements, index.glossary].filter((x) => x !== undefined);
    for (const { source, data } of yamlSources) {
      for (const { path, text } of markdownFields(source.kind, data)) {
        if (!text.includes("](")) continue;
        // Links are found in order; each search starts after the previous one, so a
        // target written twice in one value gets two different positions.
        let from: number | undefined;
        checkText(text, (_offset, raw) => {
          const found = positionInScalar(source, path, raw, from);
          from = found.offset + raw.length;
          return found.position;
        });
      }
    }
    for (const { chapter } of index.chapters) {
      checkText(chapter.body, (offset) => {
        const before = chapter.body.slice(0, offset);
        const line = chapter.bodyLine + (before.match(/\n/g)?.length ?? 0);
        // `offset` is the `]` before the target; point at the target `(` as in YAML files.
        return { file: chapter.path, line, column: offset + 1 - before.lastIndexOf("\n") };
      });
    }
    return out;
  },
};

/**
 * Position of a link inside a scalar value. The value's source text is searched
 * for the link, which is exact for plain and block scalars; when the link is
 * escaped (in a quoted string) the start of the value is used.
 */
function positionInScalar(source: YamlSource, path: DataPath, raw: string, from?: number): { position: SourcePosition; offset: number } {
  const range = nodeAt(source, path)?.range;
  if (!range) return { position: at(source, 0), offset: 0 };
  const found = source.text.indexOf(raw, from ?? range[0]);
  const offset = found >= 0 && found < range[1] ? found : range[0];
  return { position: at(source, offset), offset };
}
