import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from "docx";
import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { stampZipEntries } from "./zip-dates.ts";

/**
 * A printed document as a Word file, from the same HTML the PDF prints: the
 * cover's title lines, then every numbered section with its body. Teams finish
 * a Nota van Inlichtingen in Word; they get the text the build wrote, not a
 * second wording of it. Tables, lists, emphasis and web links carry over;
 * links inside the document become plain text (Word has no § anchors of ours).
 */
export interface WordDocument {
  /** The document's HTML as src/documents/assemble.ts writes it. */
  html: string;
  title: string;
  /** The aanbestedende dienst: the author in the file's properties. */
  author: string;
  /** YYYY-MM-DD: the document's date, stamped into the file so a rebuild gives the same bytes. */
  datum: string;
}

interface Style {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  underline?: { type: "single" };
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

const isElement = (n: ElementContent | Root): n is Element => n.type === "element";
const classes = (e: Element) => (Array.isArray(e.properties.className) ? e.properties.className.map(String) : []);
const textOf = (n: ElementContent): string => (n.type === "text" ? n.value : isElement(n) ? n.children.map(textOf).join("") : "");
const find = (n: Root | Element, test: (e: Element) => boolean): Element | undefined => {
  for (const c of n.children) {
    if (c.type !== "element") continue;
    if (test(c)) return c;
    const deeper = find(c, test);
    if (deeper) return deeper;
  }
  return undefined;
};

/** Inline content as runs: text with its emphasis, web links as links, line breaks kept. */
function runs(nodes: ElementContent[], style: Style = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const n of nodes) {
    if (n.type === "text") {
      // Whitespace between block elements of the HTML is layout, not text.
      const text = n.value.replace(/\s+/g, " ");
      if (text) out.push(new TextRun({ text, ...style }));
      continue;
    }
    if (!isElement(n)) continue;
    const tag = n.tagName;
    if (tag === "br") out.push(new TextRun({ text: "", break: 1 }));
    else if (tag === "strong" || tag === "b") out.push(...runs(n.children, { ...style, bold: true }));
    else if (tag === "em" || tag === "i") out.push(...runs(n.children, { ...style, italics: true }));
    else if (tag === "del" || tag === "s") out.push(...runs(n.children, { ...style, strike: true }));
    else if (tag === "ins" || tag === "u") out.push(...runs(n.children, { ...style, underline: { type: "single" } }));
    else if (tag === "a" && typeof n.properties.href === "string" && /^(https?:|mailto:)/.test(n.properties.href)) {
      out.push(new ExternalHyperlink({ link: n.properties.href, children: [new TextRun({ text: textOf(n), style: "Hyperlink", ...style })] }));
    } else out.push(...runs(n.children, style));
  }
  return out;
}

/** The paragraphs and tables of block content, in order; inline content between blocks becomes a paragraph of its own. */
function blocks(nodes: ElementContent[], list?: { ordered: boolean; level: number }): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let inline: ElementContent[] = [];
  const flush = () => {
    if (inline.some((n) => textOf(n).trim())) out.push(new Paragraph({ children: runs(inline) }));
    inline = [];
  };
  for (const n of nodes) {
    if (!isElement(n)) {
      inline.push(n);
      continue;
    }
    const tag = n.tagName;
    const heading = /^h([1-6])$/.exec(tag);
    if (heading) {
      flush();
      out.push(new Paragraph({ heading: HEADINGS[Math.min(Number(heading[1]), 4) - 1], children: runs(n.children) }));
    } else if (tag === "p") {
      flush();
      out.push(new Paragraph({ children: runs(n.children) }));
    } else if (tag === "ul" || tag === "ol") {
      flush();
      const level = list ? list.level + 1 : 0;
      for (const li of n.children.filter(isElement)) out.push(...listItem(li, { ordered: tag === "ol", level }));
    } else if (tag === "table") {
      flush();
      out.push(table(n));
    } else if (["div", "section", "article", "main", "blockquote", "dl", "nav", "figure"].includes(tag)) {
      flush();
      if (tag === "dl") out.push(...definitions(n));
      else out.push(...blocks(n.children, list));
    } else inline.push(n);
  }
  flush();
  return out;
}

/** One list item: its first paragraph carries the bullet or number, nested lists go one level deeper. */
function listItem(li: Element, list: { ordered: boolean; level: number }): Paragraph[] {
  const own = li.children.filter((c) => !(isElement(c) && (c.tagName === "ul" || c.tagName === "ol")));
  const nested = li.children.filter((c): c is Element => isElement(c) && (c.tagName === "ul" || c.tagName === "ol"));
  const marker = list.ordered ? { numbering: { reference: "genummerd", level: list.level } } : { bullet: { level: list.level } };
  // The item's paragraphs run together behind one marker, as a list item reads.
  const first = new Paragraph({ ...marker, children: runs(own.flatMap((c) => (isElement(c) && c.tagName === "p" ? c.children : [c]))) });
  return [first, ...nested.flatMap((l) => l.children.filter(isElement).flatMap((item) => listItem(item, { ordered: l.tagName === "ol", level: list.level + 1 })))];
}

/** A definition list as "term: description" lines. */
function definitions(dl: Element): Paragraph[] {
  const out: Paragraph[] = [];
  for (const c of dl.children.filter(isElement)) {
    if (c.tagName === "dt") out.push(new Paragraph({ children: runs(c.children, { bold: true }), keepNext: true }));
    else if (c.tagName === "dd") out.push(...blocks(c.children).filter((b): b is Paragraph => b instanceof Paragraph));
  }
  return out;
}

function table(t: Element): Table {
  const rows: Element[] = [];
  const collect = (e: Element) => e.children.filter(isElement).forEach((c) => (c.tagName === "tr" ? rows.push(c) : collect(c)));
  collect(t);
  const width = Math.max(1, ...rows.map((r) => r.children.filter(isElement).length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map(
      (r) =>
        new TableRow({
          tableHeader: r.children.filter(isElement).every((c) => c.tagName === "th"),
          children: r.children.filter(isElement).map((c, i, cells) => {
            const span = i === cells.length - 1 ? width - cells.length + 1 : 1;
            const content = blocks(c.children);
            const paragraphs = content.length ? content : [new Paragraph("")];
            const header = c.tagName === "th";
            return new TableCell({
              columnSpan: span > 1 ? span : undefined,
              children: header ? [new Paragraph({ children: runs(c.children, { bold: true }) })] : paragraphs,
            });
          }),
        }),
    ),
  });
}

/** The core properties with the document's own date instead of the clock: the same content gives the same bytes. */
function coreXml(doc: WordDocument): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const stamp = `${doc.datum}T00:00:00Z`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(doc.title)}</dc:title><dc:creator>${esc(doc.author)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
}

/** The Word file (.docx) of one printed document. */
export async function wordDocument(doc: WordDocument): Promise<Buffer> {
  const tree = fromHtml(doc.html);
  const main = find(tree, (e) => e.tagName === "main");
  const cover = find(tree, (e) => classes(e).includes("cover"));
  const line = (cls: string) => (cover ? find(cover, (e) => classes(e).includes(cls)) : undefined);
  const titleLines = [line("cover-kicker"), line("cover-title"), line("cover-sub")].filter((e): e is Element => e !== undefined);
  const front = titleLines.map((e, i) => new Paragraph({ heading: i === 1 ? HeadingLevel.TITLE : undefined, children: runs(e.children) }));
  const facts = cover && find(cover, (e) => e.tagName === "table");
  const body = main ? blocks(main.children) : [];
  const file = new Document({
    title: doc.title,
    creator: doc.author,
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    numbering: {
      config: [
        {
          reference: "genummerd",
          levels: [0, 1, 2, 3].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } } })),
        },
      ],
    },
    sections: [{ children: [...front, ...(facts ? [table(facts)] : []), ...body] }],
  });
  const zip = await Packer.toBuffer(file, false, [{ path: "docProps/core.xml", data: coreXml(doc) }]);
  return stampZipEntries(zip, new Date(`${doc.datum}T00:00:00Z`));
}
