import { toHtml } from "hast-util-to-html";
import { numberLabel } from "../../documents/assemble.ts";
import { planDocuments } from "../../documents/build-documents.ts";
import { agreementPlan, leidraadPlan } from "../../documents/outline.ts";
import { agreementKind } from "../../wording/agreement.ts";
import type { Renderer } from "../../documents/render-context.ts";
import { walk, type NumberedSection } from "../../documents/section.ts";
import type { PlannedDocument, XrefIndex } from "../../documents/xref.ts";
import { h } from "hastscript";
import type { Element, ElementContent, Root } from "hast";
import { textOf } from "../../views/join.ts";
import { inlineMarkdownTree, markdownTree, type CrossReferenceResolver } from "../../markdown/render.ts";
import { seeAlsoParts } from "../../markdown/see-also.ts";
import type { Model } from "../../model/types.ts";
import { KIND_LABEL, type EntityKind } from "../../content/entity-kinds.ts";
import type { SiteDownload } from "./downloads.ts";
import { NOTA_CHANGES_ANCHOR, notaNumberOf, type NotaChanges } from "../../documents/nota.ts";
import { url, urlOf } from "./urls.ts";

/** One numbered section of the leidraad, its body rendered for the web. */
export interface BestekSection {
  /** As the PDF numbers it: `4.2.1`. */
  number: string;
  title: string;
  /** The id of its heading, the same as in the PDF. */
  anchor: string;
  depth: number;
  /** The same text as the PDF's, with links to the site's pages. */
  html: string;
  children: BestekSection[];
}

/** A top-level section: one page, `/bestek/<slug>/`. */
export interface BestekChapter extends BestekSection {
  slug: string;
}

/** A `teksten/` chapter that is a paragraph inside a chapter page: its own address sends the reader there. */
export interface BestekRedirect {
  id: string;
  /** The chapter's own title. */
  titel: string;
  /** The section that has it. */
  number: string;
  title: string;
  href: string;
}

/** The agreement of one subtender, as its attachment prints it: one page, `/overeenkomsten/<subtender>/`. */
export interface SiteAgreement {
  subtenderId: string;
  /** raamovereenkomst or toelatingsovereenkomst. */
  kind: string;
  bijlage: { nummer: string; titel: string };
  /** The articles: "Artikel 1", "Artikel 2", … with their numbered paragraphs, as the PDF prints them. */
  sections: BestekSection[];
}

export interface SiteBestek {
  /** The leidraad among the Mercell attachments; absent when the tender publishes none. */
  leidraad?: { nummer: string; titel: string };
  chapters: BestekChapter[];
  /** Per `teksten/` chapter id: the address where the site shows it. */
  chapterHrefs: Record<string, string>;
  redirects: BestekRedirect[];
  /** The agreements the bundle publishes, each with the same articles and text as its PDF. */
  agreements: SiteAgreement[];
  /** Per Nota van Inlichtingen: its section "Wijzigingen in de aanbestedingsstukken", as its PDF has it. */
  notaChanges: { nummer: number; html: string }[];
}

interface Context {
  index: XrefIndex;
  doc: PlannedDocument;
  /** Per cross-reference key (`perceel:x`, `gunning:x`, `hoofdstuk:x`): where the site's bestek has it. */
  places: Map<string, string>;
}

const isEntity = (kind: string): kind is EntityKind => Object.hasOwn(KIND_LABEL, kind);

/** A chapter of the bestek at its place in the bestek pages; every other entity at its own page. */
function hrefOf(ctx: Context, kind: EntityKind, id: string): string {
  return kind === "hoofdstuk" ? (ctx.places.get(`hoofdstuk:${id}`) ?? url.chapter(id)) : urlOf(kind, id);
}

let active: Context | undefined;

/**
 * One resolver for every build (markdownTree caches a processor per
 * resolver): a link to the page on the site, followed by the same "(zie § …)"
 * as the PDF, so both media say the same words.
 */
const resolver: CrossReferenceResolver = (kind, id) =>
  active ? { href: hrefOf(active, kind, id), see: active.index.resolve(active.doc, `${kind}:${id}`).see } : {};

function within<T>(ctx: Context, f: () => T): T {
  const previous = active;
  active = ctx;
  try {
    return f();
  } finally {
    active = previous;
  }
}

/** The Renderer the PDF's section bodies are written against, for the web. */
function siteRenderer(ctx: Context): Renderer {
  /** The link to the place on the site, then the same "(zie § …)" as the PDF, with the § kept on one line. */
  const seeTree = (key: string, text: string): ElementContent[] => {
    const target = ctx.index.resolve(ctx.doc, key);
    const [kind, id] = [key.slice(0, key.indexOf(":")), key.slice(key.indexOf(":") + 1)];
    const href = ctx.places.get(key) ?? (isEntity(kind) ? hrefOf(ctx, kind, id) : undefined);
    const link: ElementContent = href ? h("a.xref", { href }, text) : { type: "text", value: text };
    if (!target.see) return [link];
    const parts = seeAlsoParts(target.see, text, "");
    return [link, { type: "text", value: parts.before }, h("span.nowrap", parts.section), { type: "text", value: parts.after }];
  };
  const view: Renderer["view"] = {
    medium: "web",
    md: (markdown) => within(ctx, () => markdownTree(markdown, resolver).children as ElementContent[]),
    inline: (markdown) => within(ctx, () => inlineMarkdownTree(markdown, resolver)),
    link: (kind, id, text) => h("a", { href: hrefOf(ctx, kind, id) }, text),
    hoofdtenderHref: `${url.home()}#hoofdtender`,
  };
  return { view, seeTree };
}

/**
 * The page of each chapter: a `teksten/` chapter that is (or opens) a top-level
 * section keeps its address `/bestek/<id>/`; a generated chapter is named after
 * its anchor (`s-opdracht` → `opdracht`), never taking an address a `teksten/`
 * chapter has.
 */
function chapterSlugs(sections: NumberedSection[], model: Model): string[] {
  const taken = new Set(model.chapters.map((c) => c.id));
  const own = (s: NumberedSection) => (s.targets ?? []).find((t) => t.key.startsWith("hoofdstuk:"))?.key.slice("hoofdstuk:".length);
  const slugs = sections.map(own);
  return sections.map((s, i) => {
    if (slugs[i]) return slugs[i];
    const short = s.anchor.replace(/^s-(tekst-)?/, "");
    const slug = [short, s.anchor, ...Array.from({ length: sections.length }, (_, n) => `${short}-${n + 2}`)].find((c) => !taken.has(c))!;
    taken.add(slug);
    return slug;
  });
}

/**
 * A table of three or more columns is read on a phone as a card per row, each
 * cell labelled with its column (site.css). No ARIA roles on rows and cells:
 * they are invalid HTML inside a table, and browsers keep a table's semantics
 * when its rows are laid out as blocks (test/site/html-validity.test.ts checks both).
 */
function asCards(table: Element): Element {
  const head = table.children.find((c): c is Element => c.type === "element" && c.tagName === "thead");
  if (!head) return table;
  const labels = elementsIn(head).filter((e) => e.tagName === "th").map((th) => textOf(th).trim());
  if (labels.length < 3) return table;
  for (const part of table.children) {
    if (part.type !== "element" || part === head) continue;
    for (const row of elementsIn(part).filter((e) => e.tagName === "tr")) {
      row.children.filter((c): c is Element => c.type === "element" && (c.tagName === "td" || c.tagName === "th")).forEach((cell, i) => {
        if (labels[i]) cell.properties.dataLabel = labels[i];
      });
    }
  }
  const { className, ...rest } = table.properties;
  return { ...table, properties: { className: ["cards", ...(Array.isArray(className) ? className.map(String) : [])], ...rest } };
}

/** Every element below `node`, in document order. */
const elementsIn = (node: Element | Root): Element[] => node.children.flatMap((c) => (c.type === "element" ? [c, ...elementsIn(c)] : []));

/**
 * A section's body for the web, as a step on its tree: tables scroll sideways
 * inside their box on a narrow screen, as the site's other tables do, or become
 * cards; a file the leidraad names (`span.file`) is a download link.
 */
function forTheWeb(body: ElementContent[], section: NumberedSection, downloads: SiteDownload[]): string {
  const tree: Root = { type: "root", children: body };
  const tables = elementsIn(tree).filter((e) => e.tagName === "table").length;
  const files = new Set(downloads.map((d) => d.bestand));
  let n = 0;
  const step = (parent: Element | Root): void => {
    parent.children = parent.children.map((child) => {
      if (child.type !== "element") return child;
      step(child);
      const classes = Array.isArray(child.properties.className) ? child.properties.className : [];
      if (child.tagName === "span" && classes.includes("file") && files.has(textOf(child))) return h("a.file", { href: url.download(textOf(child)) }, textOf(child));
      if (child.tagName !== "table") return child;
      const label = `Tabel${tables > 1 ? ` ${++n}` : ""} bij ${section.number} ${section.title}`;
      return h("div.table-wrap", { role: "region", ariaLabel: label, tabIndex: 0 }, [asCards(child)]);
    }) as typeof parent.children;
  };
  step(tree);
  return toHtml(tree);
}

/** Where each target of a planned document is on the site: `page#anchor`, or the page itself for a chapter's own target. */
function placesIn(doc: PlannedDocument, page: (i: number) => string, into: Map<string, string>): void {
  doc.sections.forEach((top, i) => {
    for (const s of walk([top])) {
      for (const t of s.targets ?? []) {
        // The first place, as the PDFs resolve cross-references (xref.ts).
        if (!into.has(t.key)) into.set(t.key, s === top && !t.anchor ? page(i) : `${page(i)}#${t.anchor ?? s.anchor}`);
      }
    }
  });
}

/**
 * The whole aanbestedingsleidraad for the website, from the same numbered
 * section plan the PDF prints (src/documents/outline.ts): every section,
 * generated or written by the authors, with the same number and text; and
 * each published agreement the same way, one page per agreement.
 */
export function siteBestek(model: Model, downloads: SiteDownload[] = [], notaChanges?: NotaChanges): SiteBestek {
  const planned = planDocuments(model, { notaChanges });
  const { bijlage, doc, index } = leidraadPlan(model, planned);
  const slugs = chapterSlugs(doc.sections, model);
  const places = new Map<string, string>();
  placesIn(doc, (i) => url.chapter(slugs[i]), places);
  const agreementPlans = model.subtenders.flatMap((s) => {
    const plan = agreementPlan(model, s.id, planned);
    return plan ? [{ s, plan }] : [];
  });
  // An agreement's own articles are on its page; a reference elsewhere to an article text goes to the first agreement that has it.
  const agreementPlaces = agreementPlans.map(({ s, plan }) => {
    const own = new Map<string, string>();
    placesIn(plan.doc, () => url.agreement(s.id), own);
    for (const [key, href] of own) if (!places.has(key)) places.set(key, href);
    return own;
  });
  const render = (ctx: Context, articles?: boolean) => {
    const r = siteRenderer(ctx);
    const section = (s: NumberedSection): BestekSection => ({
      number: numberLabel(s, articles),
      title: s.title,
      anchor: s.anchor,
      depth: s.depth,
      html: forTheWeb(s.body ? s.body(r) : [], s, downloads),
      children: (s.children ?? []).map(section),
    });
    return section;
  };
  const chapters = doc.sections.map((s, i) => ({ ...render({ index, doc, places })(s), slug: slugs[i] }));
  const agreements = agreementPlans.map(({ s, plan }, i): SiteAgreement => ({
    subtenderId: s.id,
    kind: agreementKind(s),
    bijlage: { nummer: plan.bijlage!.nummer, titel: plan.bijlage!.titel },
    sections: plan.doc.sections.map(render({ index: plan.index, doc: plan.doc, places: new Map([...places, ...agreementPlaces[i]]) }, true)),
  }));
  const chapterHrefs: Record<string, string> = {};
  const redirects: BestekRedirect[] = [];
  // Every `hoofdstuk:` target: the teksten chapters, and the standard chapters and provisions a reference may name too.
  for (const [key, href] of places) if (key.startsWith("hoofdstuk:")) chapterHrefs[key.slice("hoofdstuk:".length)] = href;
  for (const c of model.chapters.filter((c) => c.document === "bestek")) {
    const href = places.get(`hoofdstuk:${c.id}`);
    if (!href || href === url.chapter(c.id)) continue;
    const section = [...walk(doc.sections)].find((s) => s.targets?.some((t) => t.key === `hoofdstuk:${c.id}`))!;
    redirects.push({ id: c.id, titel: c.titel, number: section.number, title: section.title, href });
  }
  // Each nota's changes, from the nota's own plan: the same sentences (and, built with --compare, the same derived list) as its PDF.
  const notas = planned.plans.flatMap((plan) => {
    const nummer = notaNumberOf(plan.attachment.inhoud);
    const section = nummer === undefined ? undefined : plan.sections.find((s) => s.anchor === NOTA_CHANGES_ANCHOR);
    return section ? [{ nummer: nummer!, html: forTheWeb(section.body ? section.body(siteRenderer({ index: planned.index, doc: plan, places })) : [], section, downloads) }] : [];
  });
  return { leidraad: bijlage && { nummer: bijlage.nummer, titel: bijlage.titel }, chapters, chapterHrefs, redirects, agreements, notaChanges: notas };
}
