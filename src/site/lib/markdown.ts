import { html, web } from "./views.ts";

/**
 * Markdown as HTML for `set:html`: the web medium's tree (lib/views.ts, where
 * a cross-reference is a link to the entity's page and a `teksten/` chapter is
 * found where the bestek pages show it), serialized where the site serializes
 * every view.
 */
export const md = (text: string | undefined) => html(web.md(text));
