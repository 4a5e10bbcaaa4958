import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import remarkRehype from "remark-rehype";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import { visit } from "unist-util-visit";
import type { Root, Element, ElementContent, Properties, RootContent, Text } from "hast";
import { EURO_AMOUNT } from "../format/money.ts";
import { parseCrossReference } from "./cross-references.ts";
import { seeAlsoParts, type SeeAlso } from "./see-also.ts";
import type { EntityKind } from "../content/entity-kinds.ts";
import type { Markdown } from "../content/text.ts";

/** What a renderer makes of a cross-reference: a link on the site, a section reference in a PDF. */
export interface CrossReferenceTarget {
  href?: string;
  /** Where a printed document describes the target; written after the link text as ` (zie § 4.3, …)`. */
  see?: SeeAlso;
}

export type CrossReferenceResolver = (kind: EntityKind, id: string) => CrossReferenceTarget;

/** The text inside an element, as a reader sees it. */
const textOf = (node: ElementContent): string => (node.type === "text" ? node.value : node.type === "element" ? node.children.map(textOf).join("") : "");

/**
 * Rewrites `soort:id` links with the renderer's resolver. Runs before the
 * sanitizer, so whatever it produces is sanitized too.
 */
function rehypeCrossReferences(resolve: CrossReferenceResolver) {
  return (tree: Root) => {
    visit(tree, "element", (node: Element, index, parent) => {
      if (node.tagName !== "a" || typeof node.properties?.href !== "string") return;
      const ref = parseCrossReference(node.properties.href);
      if (!ref) return;
      const target = resolve(ref.kind, ref.id);
      resolved?.push({ kind: ref.kind, id: ref.id, target: JSON.stringify(target) });
      node.properties.href = target.href;
      if (!target.href) node.tagName = "span";
      node.properties.className = ["xref", `xref-${ref.kind}`];
      if (target.see && parent && index !== undefined) {
        // The sentence so far, emphasis included ("Zie **ook** [x]" has said its "zie").
        const sentence = parent.children.slice(0, index).map((c) => textOf(c as ElementContent)).join("");
        const parts = seeAlsoParts(target.see, textOf(node), sentence);
        parent.children.splice(index + 1, 0,
          { type: "text", value: parts.before },
          { type: "element", tagName: "span", properties: { className: ["nowrap"] }, children: [{ type: "text", value: parts.section }] },
          { type: "text", value: parts.after },
        );
        return index + 4;
      }
    });
  };
}

/**
 * Wraps every amount in running text (`€ 2.500.000`) in `<span class="nowrap">`,
 * so a line never breaks between `€` and the figure, on the website and in the
 * PDFs alike. Runs after the sanitizer: it only adds a class of our own.
 */
function rehypeKeepAmountsTogether() {
  return (tree: Root) => {
    visit(tree, "text", (node: Text, index, parent) => {
      if (!parent || index === undefined || (parent.type === "element" && (parent.tagName === "code" || parent.tagName === "pre"))) return;
      const parts: ElementContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(EURO_AMOUNT)) {
        if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
        parts.push({ type: "element", tagName: "span", properties: { className: ["nowrap"] }, children: [{ type: "text", value: match[0] }] });
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      parent.children.splice(index, 1, ...parts);
      // Continue after the inserted nodes: the span's own text must not be visited again.
      return index + parts.length;
    });
  };
}

const sanitizeSchema = {
  ...defaultSchema,
  // Ids from content must not clash with the page's own ids.
  clobberPrefix: "inhoud-",
  attributes: {
    ...defaultSchema.attributes,
    // Cross-references carry a class (`xref xref-perceel`) so renderers can style them.
    a: [...(defaultSchema.attributes?.a ?? []).filter((a) => !(Array.isArray(a) && a[0] === "className")), "className"],
    span: ["className"],
  },
};

type MarkdownProcessor = { parse(text: string): unknown; runSync(tree: unknown): unknown };
const processors = new Map<CrossReferenceResolver, MarkdownProcessor>();

/** The cross-references one rendering resolved, in order, with what they resolved to. */
type Resolved = { kind: EntityKind; id: string; target: string }[];
/** Set while a text is rendered: rehypeCrossReferences records each resolution in it. */
let resolved: Resolved | undefined;

/**
 * Rendered texts by Markdown source. The same text is rendered many times
 * (a product's description on its own page, its lots' pages, the productenboek
 * PDF); parsing dominates, and the output depends only on the text and on
 * what its cross-references resolve to. A hit is used only when every
 * reference, resolved again by the caller's resolver, gives the same target:
 * so a text reads the same whatever renderer or document asks for it.
 */
const rendered = new Map<string, { tree: Root; refs: Resolved }>();
/** A long `npm run dev` session renders ever new texts; the cache starts over beyond this. */
const MAX_CACHED_TEXTS = 50_000;

function stillValid(refs: Resolved, resolve: CrossReferenceResolver): boolean {
  return refs.every((r) => JSON.stringify(resolve(r.kind, r.id)) === r.target);
}

/**
 * Markdown → safe hast: remark-parse → remark-gfm → remark-rehype (raw HTML
 * dropped) → cross-references → rehype-sanitize (after the last unsafe step).
 * A `<script>`, an event handler, an `<iframe>` or a `javascript:` link never
 * reaches the tree. Returns the cached entry; callers copy before changing it.
 */
function render(markdown: Markdown, resolve: CrossReferenceResolver): { tree: Root } {
  const hit = rendered.get(markdown);
  if (hit && stillValid(hit.refs, resolve)) return hit;
  let processor = processors.get(resolve);
  if (!processor) {
    processor = unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: false })
      .use(rehypeCrossReferences, resolve)
      .use(rehypeSanitize, sanitizeSchema)
      .use(rehypeKeepAmountsTogether)
      .freeze() as unknown as MarkdownProcessor;
    processors.set(resolve, processor);
  }
  const refs: Resolved = [];
  const outer = resolved;
  resolved = refs;
  let tree: Root;
  try {
    tree = processor.runSync(processor.parse(markdown)) as Root;
  } finally {
    resolved = outer;
  }
  if (rendered.size >= MAX_CACHED_TEXTS) rendered.clear();
  const entry = { tree, refs };
  rendered.set(markdown, entry);
  return entry;
}

/** Markdown → safe hast (see `render`): what views build on; the serializer escapes. */
export function markdownTree(markdown: Markdown | undefined, resolve: CrossReferenceResolver): Root {
  return markdown ? { type: "root", children: render(markdown, resolve).tree.children.map(copy) } : { type: "root", children: [] };
}

/**
 * A copy of a cached node for a caller to change: its elements (properties
 * included) and texts, without the source positions nobody reads. Several
 * times faster than structuredClone, and every document copies each of its
 * Markdown texts once.
 */
function copy(node: RootContent): RootContent {
  if (node.type === "text") return { type: "text", value: node.value };
  if (node.type !== "element") return structuredClone(node);
  const properties: Properties = {};
  for (const [key, value] of Object.entries(node.properties)) properties[key] = Array.isArray(value) ? [...value] : value;
  return { type: "element", tagName: node.tagName, properties, children: node.children.map(copy) as ElementContent[] };
}

/** Markdown → safe inline hast (a single paragraph unwrapped), for table cells and short fields. */
export function inlineMarkdownTree(markdown: Markdown | undefined, resolve: CrossReferenceResolver): ElementContent[] {
  const children = markdownTree(markdown, resolve).children.filter((c) => !(c.type === "text" && !c.value.trim())) as ElementContent[];
  return children.length === 1 && children[0].type === "element" && children[0].tagName === "p" ? children[0].children : children;
}
