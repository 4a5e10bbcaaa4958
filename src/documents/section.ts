import type { Chapter } from "../model/types.ts";
import type { ViewContext } from "../views/context.ts";
import type { ElementContent } from "hast";

/** What a cross-reference to an entity shows, e.g. `perceel 3 Ambulante crisiszorg`. */
export interface XrefTarget {
  /** `kind:id`, e.g. `perceel:ambulante-crisiszorg`. */
  key: string;
  label: string;
  /** An anchor inside the section (a table row) when not the heading itself. */
  anchor?: string;
}

/** Marks the section where a `teksten/` chapter stands: `hoofdstuk:` cross-references and the website's § (outline.ts) find it. */
export const chapterTarget = (c: Chapter): XrefTarget => ({ key: `hoofdstuk:${c.id}`, label: c.titel });

/**
 * What section bodies use to render Markdown and link to other sections of the same
 * document; src/documents/render-context.ts makes one per planned document.
 */
export interface Renderer {
  /** `text` linked to where a section target is, followed by that place, as Markdown cross-references read: "(zie § 7.1.1, …)". */
  seeTree(key: string, text: string): ElementContent[];
  /** The medium for views (src/views/) and Markdown: `md`, `inline`, `link` and `see`, all hast. */
  view: ViewContext;
}

/** One numbered section of a document; its body is rendered after all documents are numbered. */
export interface Section {
  title: string;
  /** Stable id for links, TOC and PDF destinations. */
  anchor: string;
  /** The entities this section is the place to read about. */
  targets?: XrefTarget[];
  /** Its text as hast; the document is serialized once (assemble.ts). */
  body?: (r: Renderer) => ElementContent[];
  children?: Section[];
}

export interface NumberedSection extends Section {
  number: string;
  depth: number;
  children?: NumberedSection[];
}

/** Numbers sections 1, 1.1, 1.1.1 in document order. */
export function numberSections(sections: Section[], prefix = "", depth = 1): NumberedSection[] {
  return sections.map((s, i) => {
    const number = `${prefix}${i + 1}`;
    return { ...s, number, depth, children: s.children && numberSections(s.children, `${number}.`, depth + 1) };
  });
}

export function* walk(sections: NumberedSection[]): Generator<NumberedSection> {
  for (const s of sections) {
    yield s;
    if (s.children) yield* walk(s.children);
  }
}

/** Anchor ids from content ids; the `s-` prefix keeps them apart from the sanitizer's `inhoud-` ids. */
export const anchorFor = (kind: string, id: string) => `s-${kind}-${id}`;

/** The cross-reference key of a lot's own criteria section (a place in the documents, not an entity of the content). */
export const ownCriteriaKey = (lotId: string) => `gunning:${lotId}`;

/** A § or artikel of a bijlage as a change overview names it for the pages that show it (`plaats:1#s-overeenkomst`). */
export const placeKey = (bijlage: string, anchor: string) => `plaats:${bijlage}#${anchor}`;
