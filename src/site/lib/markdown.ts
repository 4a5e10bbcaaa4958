import { renderInlineMarkdown, renderMarkdown, type CrossReferenceResolver } from "../../markdown/render.ts";
import { urlOf } from "./urls.ts";

/** On the website a cross-reference is a plain link to the entity's page. */
const toLink: CrossReferenceResolver = (kind, id) => ({ href: urlOf(kind, id) });

export const md = (text: string | undefined) => renderMarkdown(text, toLink);
export const mdInline = (text: string | undefined) => renderInlineMarkdown(text, toLink);
