import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { cssString } from "../format/css.ts";
import { formatDate } from "../format/dates.ts";
import type { Attachment, Tender } from "../model/types.ts";
import { h } from "hastscript";
import { toHtml } from "hast-util-to-html";
import type { Element, ElementContent, Root } from "hast";
import { STATUS_LABEL } from "./labels.ts";
import type { Renderer } from "./render-context.ts";
import { walk, type NumberedSection } from "./section.ts";
import { PROJECT_ROOT } from "../project-root.ts";

/** Debian's fonts-dejavu-core; loaded through @font-face so the PDF never depends on what fontconfig picks. */
export const FONT_DIR = process.env.PDF_FONT_DIR || "/usr/share/fonts/truetype/dejavu";
export const PRINT_CSS = readFileSync(join(PROJECT_ROOT, "templates", "print.css"), "utf8");
/**
 * The page-number placeholder of the k-th TOC entry of a level: three digits,
 * as wide as any real number in the fixed-width column (DejaVu Sans digits
 * are all equally wide), so the TOC keeps its pages. The digits rotate
 * (012, 345, 678, 901, …) so that every digit is drawn in the TOC's fonts and
 * the real numbers can be written into the one print (src/pdf/toc-patch.ts).
 */
export const tocPlaceholder = (k: number) => [0, 1, 2].map((i) => (3 * k + i) % 10).join("");

export function fontFaces(): string {
  if (!existsSync(`${FONT_DIR}/DejaVuSans.ttf`)) {
    throw new Error(`Lettertype DejaVu Sans niet gevonden in ${FONT_DIR}. Installeer het met 'sudo apt-get install fonts-dejavu-core' of zet PDF_FONT_DIR.`);
  }
  const face = (file: string, weight: string, style: string) =>
    `@font-face{font-family:"Doc Sans";src:url("file://${FONT_DIR}/${file}") format("truetype");font-weight:${weight};font-style:${style}}`;
  return [face("DejaVuSans.ttf", "normal", "normal"), face("DejaVuSans-Bold.ttf", "bold", "normal"), face("DejaVuSans-Oblique.ttf", "normal", "italic"), face("DejaVuSans-BoldOblique.ttf", "bold", "italic")].join("\n");
}


/** Running header and footer in @page margin boxes; the cover has neither. The date is the document's own (a Nota's publication date), as on its cover. */
function pageCss(tender: Tender, attachment: Attachment, datum = tender.datum): string {
  const footer = `Versie ${tender.versie} · ${formatDate(datum)} · pagina `;
  return `@page{@top-left{content:${cssString(`${tender.kenmerk} · ${tender.titel}`)}}@top-right{content:${cssString(attachment.titel)}}@bottom-center{content:${cssString(footer)} counter(page) " van " counter(pages)}}`;
}

function cover(tender: Tender, attachment: Attachment, datum = tender.datum): Element {
  const a = tender.aanbestedende_dienst;
  const row = (k: string, v: string | ElementContent) => h("tr", [h("th", { scope: "row" }, k), h("td", [v])]);
  return h("section.cover", { ariaLabel: "Voorblad" }, [
    h("p.cover-kicker", `${attachment.inhoud === "bestek" ? "" : `Bijlage ${attachment.nummer} · `}${tender.kenmerk}`),
    h("p.cover-title", attachment.titel),
    h("p.cover-sub", tender.titel),
    h("table.cover-facts", [
      h("tbody", [
        row("Kenmerk", tender.kenmerk),
        row("Aanbestedende dienst", a.naam),
        ...(a.namens?.length ? [row("Namens de gemeenten", a.namens.join(", "))] : []),
        row("Procedure", "SAS-procedure (sociale en andere specifieke diensten)"),
        row("Versie", tender.versie),
        row("Datum", formatDate(datum)),
        row("Status", h("span", { className: ["status", `status-${tender.status}`] }, STATUS_LABEL[tender.status])),
      ]),
    ]),
  ]);
}

/** "3", or "Artikel 3" for a top-level section of a document of articles (an agreement). */
export const numberLabel = (s: NumberedSection, articles: boolean | undefined) => (articles && s.depth === 1 ? `Artikel ${s.number}` : s.number);

/** The table of contents: chapters and sections, each with a page-number slot filled by the printer. */
function toc(sections: NumberedSection[], maxDepth: number, articles?: boolean): Element {
  const perLevel = new Map<number, number>();
  const items = [...walk(sections)]
    .filter((s) => s.depth <= maxDepth)
    .map((s) => {
      const k = perLevel.get(s.depth) ?? 0;
      perLevel.set(s.depth, k + 1);
      return h("li", { className: [`toc-${s.depth}`, ...(articles ? ["toc-article"] : [])] }, [
        h("a", { href: `#${s.anchor}` }, [h("span.toc-num", numberLabel(s, articles)), h("span.toc-text", s.title), h("span.toc-page", { dataAnchor: s.anchor }, tocPlaceholder(k))]),
      ]);
    });
  return h("nav.toc", { ariaLabel: "Inhoudsopgave" }, [h("h1.toc-title", "Inhoudsopgave"), h("ol", items)]);
}

/** A numbered heading, the section's body, then its subsections: all hast, serialized with the rest of the document. */
function sectionNodes(s: NumberedSection, r: Renderer, articles?: boolean): ElementContent[] {
  const level = Math.min(s.depth, 4);
  const heading = h(`h${level}`, { id: s.anchor, className: ["numbered"] }, [h("span.num", numberLabel(s, articles)), ` ${s.title}`]);
  return [heading, ...(s.body ? s.body(r) : []), ...(s.children ?? []).flatMap((c) => sectionNodes(c, r, articles))];
}

export interface AssembleInput {
  tender: Tender;
  attachment: Attachment;
  sections: NumberedSection[];
  renderer: Renderer;
  tocDepth?: number;
  /** What stands above the first section. */
  intro?: ElementContent[];
  /** Top-level sections are articles, printed "Artikel 1", "Artikel 2", … */
  articles?: boolean;
  /** The date on the cover when the document has its own (a nota's publication date). */
  datum?: string;
}

/**
 * CONCEPT, rotated, as an SVG image: Chromium prints a fixed element on every
 * page, and a CSS-rotated one costs it about 5 ms more per page and grows with
 * the document (13 s extra for a 1,000-page productenboek); a rotated SVG
 * costs next to nothing. Its text stays text (pdftotext finds CONCEPT on every
 * page) in the system's DejaVu Sans Bold, which the setup installs.
 */
const CONCEPT_WATERMARK = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 210 297"><text x="105" y="125" text-anchor="middle" font-family="DejaVu Sans" font-weight="bold" font-size="30" letter-spacing="1.2" fill="rgb(170,20,30)" fill-opacity="0.11" transform="rotate(-35 105 125)">CONCEPT</text></svg>`,
)}`;

/**
 * One complete, self-contained print document: cover, optional TOC, numbered
 * sections. One tree, serialized once by hast-util-to-html, the only place
 * that escapes the document's text.
 */
export function assembleHtml(input: AssembleInput): string {
  const { tender, attachment } = input;
  const nl = (): ElementContent => ({ type: "text", value: "\n" });
  const main = input.sections.flatMap((s, i) => [...(i > 0 ? [nl()] : []), ...sectionNodes(s, input.renderer, input.articles)]);
  const document: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      nl(),
      h("html", { lang: "nl" }, [
        h("head", [
          h("meta", { charSet: "utf-8" }),
          h("title", `${attachment.titel} – ${tender.titel}`),
          nl(),
          h("style", `${fontFaces()}\n${PRINT_CSS}\n${pageCss(tender, attachment, input.datum)}`),
        ]),
        nl(),
        h("body", { className: [`status-${tender.status}`] }, [
          ...(tender.status === "concept" ? [h("img.watermark", { alt: "", ariaHidden: "true", src: CONCEPT_WATERMARK })] : []),
          nl(),
          cover(tender, attachment, input.datum),
          nl(),
          ...(input.tocDepth ? [toc(input.sections, input.tocDepth, input.articles)] : []),
          nl(),
          h("main", [...(input.intro ?? []), ...main]),
          nl(),
        ]),
      ]),
    ],
  };
  return toHtml(document);
}
