import type { ElementContent } from "hast";
import { esc } from "./escape.ts";
import type { Renderer } from "../../src/documents/render-context.ts";
import { inlineMarkdownTree, markdownTree, renderInlineMarkdown, renderMarkdown } from "../../src/markdown/render.ts";

/** A renderer without links, for print: what a reader reads, for asserting sentences. */
export const plain: Renderer = {
  md: (m) => renderMarkdown(m, () => ({})),
  inline: (m) => renderInlineMarkdown(m, () => ({})),
  link: (_kind, _id, text) => esc(text),
  see: (_key, text) => esc(text),
  seeTree: (_key, text) => [{ type: "text", value: text }],
  view: {
    medium: "print",
    md: (m) => markdownTree(m, () => ({})).children as ElementContent[],
    inline: (m) => inlineMarkdownTree(m, () => ({})),
    link: (_kind, _id, text) => ({ type: "text", value: text }),
  },
};

/** The text of rendered HTML as a reader reads it: no tags, entities decoded, one space. */
export const text = (html: string) => html.replace(/<[^>]+>/g, " ").replace(/&amp;/g, "&").replace(/&#x27;|&#39;/g, "'").replace(/\s+/g, " ").trim();
