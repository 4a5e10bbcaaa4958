import { renderInlineMarkdown, renderMarkdown, type CrossReferenceResolver } from "../../markdown/render.ts";
import { site } from "./model.ts";
import { urlOf } from "./urls.ts";

/**
 * On the website a cross-reference is a plain link to the entity's page; a
 * `teksten/` chapter is found where the bestek pages show it (a paragraph of a
 * chapter page, say), not through its redirecting address.
 */
const toLink: CrossReferenceResolver = (kind, id) => ({ href: (kind === "hoofdstuk" && site().bestek.chapterHrefs[id]) || urlOf(kind, id) });

export const md = (text: string | undefined) => renderMarkdown(text, toLink);
export const mdInline = (text: string | undefined) => renderInlineMarkdown(text, toLink);
