import { h } from "hastscript";
import type { ElementContent } from "hast";
import { inlineMarkdownTree, markdownTree, type CrossReferenceResolver } from "../markdown/render.ts";
import { seeAlsoParts } from "../markdown/see-also.ts";
import type { Renderer } from "./section.ts";
import type { PlannedDocument, XrefIndex } from "./xref.ts";

export type { Renderer } from "./section.ts";

let active: { index: XrefIndex; doc: PlannedDocument } | undefined;

/**
 * One resolver function for all documents: markdownTree caches a processor per
 * resolver, so a fresh closure per document and build would grow that cache
 * forever. Rendering is synchronous, so the active document is unambiguous.
 */
const resolver: CrossReferenceResolver = (kind, id) => (active ? active.index.resolve(active.doc, `${kind}:${id}`) : {});

function within<T>(index: XrefIndex, doc: PlannedDocument, f: () => T): T {
  const previous = active;
  active = { index, doc };
  try {
    return f();
  } finally {
    active = previous;
  }
}

export function rendererFor(index: XrefIndex, doc: PlannedDocument): Renderer {
  /** The link, then "(zie § 7.1.1, …)" with the § kept on one line. */
  const seeTree = (key: string, text: string): ElementContent[] => {
    const target = index.resolve(doc, key);
    const link: ElementContent = target.href ? h("a.xref", { href: target.href }, text) : { type: "text", value: text };
    if (!target.see) return [link];
    const parts = seeAlsoParts(target.see, text, "");
    return [link, { type: "text", value: parts.before }, h("span.nowrap", parts.section), { type: "text", value: parts.after }];
  };
  const view: Renderer["view"] = {
      medium: "print",
      md: (markdown) => within(index, doc, () => markdownTree(markdown, resolver).children as ElementContent[]),
      inline: (markdown) => within(index, doc, () => inlineMarkdownTree(markdown, resolver)),
      link(kind, id, text) {
        const anchor = index.anchorIn(doc, `${kind}:${id}`);
        return anchor ? h("a", { href: `#${anchor}` }, text) : { type: "text", value: text };
      },
      see: (kind, id, text) => seeTree(`${kind}:${id}`, text),
  };
  return { view, seeTree };
}
