import { error, type Diagnostic } from "../../diagnostics/diagnostic.ts";
import { didYouMean } from "../../diagnostics/suggest.ts";
import { CROSS_REFERENCE_KINDS, findCrossReferences } from "../../markdown/cross-references.ts";
import { isDeclared } from "../entities.ts";
import { KIND_LABEL, type EntityKind } from "../../content/entity-kinds.ts";
import { unknownReferenceMessage } from "../references.ts";
import { uncheckedBecauseBroken } from "./broken-declarations.ts";
import type { Rule } from "../rule.ts";
import { forEachMarkdownText, type Locator } from "../markdown-texts.ts";

const KINDS_IN_WORDS = `${CROSS_REFERENCE_KINDS.slice(0, -1).map((k) => `${k}:`).join(", ")} of ${CROSS_REFERENCE_KINDS[CROSS_REFERENCE_KINDS.length - 1]}:`;

/** Rule 2 (continued): every Markdown cross-reference `[tekst](soort:id)` resolves. */
export const markdownReferences: Rule = {
  name: "kruisverwijzingen in markdown",
  check(index, table) {
    const out: Diagnostic[] = [];
    // Positions are looked up only for texts with a broken link: finding a node
    // in the YAML tree is the costly part, and nearly every link is fine.
    const checkText = (text: string, position: Locator) => {
      const refs = findCrossReferences(text);
      const isBroken = (ref: (typeof refs)[number]) =>
        !ref.kind || (!isDeclared(table, ref.kind as EntityKind, ref.id) && !index.idsInInvalidFiles.has(ref.id));
      if (!refs.some(isBroken)) return;
      for (const ref of refs) {
        // `offset` is the `]` before the target; point at the target `(`, as `raw` does in YAML files.
        const pos = position(ref.offset + 1, ref.raw);
        if (!ref.kind) {
          out.push(error(pos, "onbekende-verwijzingssoort", `onbekende soort kruisverwijzing \`${ref.rawKind}:\`; gebruik ${KINDS_IN_WORDS}${didYouMean(ref.rawKind, Object.keys(KIND_LABEL))}`));
        } else if (isBroken(ref)) {
          const unchecked = uncheckedBecauseBroken(ref.kind as EntityKind, index);
          if (unchecked.length > 0) out.push(...unchecked);
          else out.push(error(pos, "onbekende-verwijzing", `kruisverwijzing naar ${unknownReferenceMessage(ref.kind, ref.id, table)}`));
        }
      }
    };
    forEachMarkdownText(index, (text, locate) => {
      if (text.includes("](")) checkText(text, locate);
    });
    return out;
  },
};
