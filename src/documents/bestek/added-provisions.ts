import type { GeneratedChapterId } from "../../content/standard-chapters.ts";
import { leidraadProvisions } from "../../load/provisions.ts";
import type { Chapter } from "../../model/types.ts";
import type { Lookup } from "../../model/lookup.ts";
import type { Section } from "../section.ts";
import { standardSection } from "./provisions.ts";

/**
 * A generated chapter with the provisions a lawyer added to it
 * (`templates/leidraad/<id>.md` with `hoofdstuk:` in its front matter), each
 * where src/load/provisions.ts places it: right after the provision its `na`
 * names, or at the end of the chapter. When that provision is not printed in
 * this tender (`dialoog` without a dialogue phase, say), the added one stands
 * where it would have been: after the nearest provision before it that is
 * printed, or else before the nearest one after it. A `teksten/` chapter
 * with the added provision's id replaces its text there, as for every
 * provision.
 */
export function withAddedProvisions(L: Lookup, chapterId: string, chapter: Section, chapters: Chapter[]): Section {
  const provisions = leidraadProvisions();
  const mine = provisions.added.filter((a) => a.hoofdstuk === chapterId);
  if (!mine.length) return chapter;
  const order = provisions.order(chapterId as GeneratedChapterId);
  const children = [...(chapter.children ?? [])];
  const at = (id: string) => children.findIndex((c) => c.anchor === provisions.anchor(id));
  for (const added of mine) {
    const section = standardSection(L, added.id, chapters);
    const index = order.indexOf(added.id);
    if (!added.na) {
      children.push(section);
      continue;
    }
    const before = order.slice(0, index).reverse().map(at).find((i) => i >= 0);
    const after = order.slice(index + 1).map(at).find((i) => i >= 0);
    if (before !== undefined) children.splice(before + 1, 0, section);
    else if (after !== undefined) children.splice(after, 0, section);
    else children.push(section);
  }
  return { ...chapter, children };
}
