import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import type { Element, ElementContent, Nodes } from "hast";
import { lookup, type Lookup } from "../../model/lookup.ts";
import { inlineMarkdownTree, markdownTree, type CrossReferenceResolver } from "../../markdown/render.ts";
import type { ViewContext } from "../../views/context.ts";
import { site } from "./model.ts";
import { url, urlOf } from "./urls.ts";

/** A cross-reference is a link to the entity's page; a `teksten/` chapter is found where the bestek pages show it (a paragraph of a chapter page, say), not through its redirecting address. */
const toLink: CrossReferenceResolver = (kind, id) => ({ href: (kind === "hoofdstuk" && site().bestek.chapterHrefs[id]) || urlOf(kind, id) });

/** The website as a medium for views (src/views/): every entity has a page to link to. */
export const web: ViewContext = {
  medium: "web",
  md: (markdown) => markdownTree(markdown, toLink).children as ElementContent[],
  inline: (markdown) => inlineMarkdownTree(markdown, toLink),
  link: (kind, id, text) => h("a", { href: urlOf(kind, id) }, text),
  hoofdtenderHref: `${url.home()}#hoofdtender`,
};

const lookups = new WeakMap<object, Lookup>();
/** The views' lookup of the model the site reads, built once per model. */
export function siteLookup(): Lookup {
  const { model } = site();
  let L = lookups.get(model);
  if (!L) lookups.set(model, (L = lookup(model)));
  return L;
}

/** A view as HTML for `<Fragment set:html={…} />`: the one place the site serializes views (escaping included). */
export const html = (view: Nodes | Nodes[] | undefined) => (view === undefined ? "" : toHtml(Array.isArray(view) ? { type: "root", children: view as ElementContent[] } : view));

/** A view's table in the site's scrolling box (as components/ScrollTable.astro), named for screen readers. */
export function scrollTable(label: string, table: Element): Element {
  const caption = h("caption.visually-hidden", { style: "position:absolute;left:-9999px" }, label);
  return h("div.table-wrap", { role: "region", ariaLabel: label, tabIndex: 0 }, [{ ...table, children: [caption, ...table.children] }]);
}

/** Each table of a view in its scrolling box: a tree step, so a view need not know the site's chrome. */
export const inScrollBoxes = (nodes: ElementContent[], label: string): ElementContent[] =>
  nodes.map((n) => (n.type === "element" && n.tagName === "table" ? scrollTable(label, n) : n));

/** A table laid out as blocks on a phone (site.css `table.stacked`): a page's choice for its award criteria. */
export const stacked = (table: Element): Element => ({ ...table, properties: { ...table.properties, className: ["stacked"] } });
