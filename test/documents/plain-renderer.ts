import type { ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Renderer } from "../../src/documents/render-context.ts";
import type { Section } from "../../src/documents/section.ts";
import { inlineMarkdownTree, markdownTree } from "../../src/markdown/render.ts";

/** A renderer without links, for print: what a reader reads, for asserting sentences. */
export const plain: Renderer = {
  seeTree: (_key, text) => [{ type: "text", value: text }],
  view: {
    medium: "print",
    md: (m) => markdownTree(m, () => ({})).children as ElementContent[],
    inline: (m) => inlineMarkdownTree(m, () => ({})),
    link: (_kind, _id, text) => ({ type: "text", value: text }),
  },
};

/** A section's own body as the document serializes it (empty without one). */
export const bodyHtml = (s: Section, r: Renderer = plain) => toHtml(s.body?.(r) ?? []);

/** The text of rendered HTML as a reader reads it: no tags, entities decoded, one space. */
export const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ").trim();
