import type { Element, ElementContent, Root } from "hast";
import { fromHtml } from "hast-util-from-html";
import { buildDocuments } from "../documents/build-documents.ts";
import { walk } from "../documents/section.ts";
import { isFileAttachment, type Model } from "../model/types.ts";
import { redline } from "./redline.ts";
import type { DocumentChange, SectionChange } from "./types.ts";

/** One numbered section of a built document, as a reader sees it: where it is, its heading, its own text. */
interface BuiltSection {
  anchor: string;
  /** "§ 4.2" or "artikel 6". */
  plaats: string;
  kop: string;
  /** The section's own HTML, heading included: the same HTML has the same text. */
  raw: string;
  /** Its own text, read from `raw` when first asked (most sections of a long document are not changed). */
  readonly text: string;
  /** The entities the section describes (`perceel:x`), from the plan. */
  keys: string[];
}

interface BuiltDocument {
  inhoud: string;
  bijlage: string;
  titel: string;
  html: string;
  sections: BuiltSection[];
  /** An own file's hash: it is compared as a whole. */
  sha256?: string;
}

/** Block elements: their text never runs into the next word. */
const BLOCK = new Set(["p", "li", "td", "th", "tr", "div", "section", "article", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br", "table", "ul", "ol", "dl", "blockquote", "figure", "figcaption", "caption", "aside", "header", "footer", "nav"]);

const classes = (e: Element): string[] => {
  const c: unknown = e.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === "string" ? c.split(/\s+/) : [];
};

const textOf = (node: ElementContent): string => (node.type === "text" ? node.value : node.type === "element" ? node.children.map(textOf).join(BLOCK.has(node.tagName) ? " " : "") : "");

/** A numbered heading as src/documents/assemble.ts writes it; every section of a document starts with one. */
const NUMBERED_HEADING = /<h([1-6]) id="([^"]*)" class="numbered">/g;

/** The text of a section's body (everything after its heading), blocks kept apart by a space. */
function bodyText(nodes: ElementContent[]): string {
  const parts: string[] = [];
  const visit = (node: ElementContent) => {
    if (node.type === "text") return void parts.push(node.value);
    if (node.type !== "element") return;
    if (BLOCK.has(node.tagName)) parts.push(" ");
    for (const child of node.children) visit(child);
  };
  nodes.forEach(visit);
  return parts.join("").replace(/\s+/g, " ").trim();
}

/**
 * The numbered sections of a printed document, each with only its own HTML
 * and text (up to the next numbered heading, so a chapter's text is not its
 * paragraphs' text again). Read from the very HTML the PDF is printed from.
 * Each section's HTML is cut out at its heading and only its heading is read
 * at once; its text is read when a comparison needs it: a section whose HTML
 * is the same in both versions has the same text.
 */
function sectionsOf(html: string, articles: boolean, keysOf: Map<string, string[]>, normalize: (text: string) => string): BuiltSection[] {
  // Only the numbered part: the cover, the table of contents and the embedded fonts are not compared here.
  const main = html.slice(html.indexOf("<main>") + "<main>".length, html.lastIndexOf("</main>"));
  const starts = [...main.matchAll(NUMBERED_HEADING)];
  const expected = main.split('class="numbered"').length - 1;
  if (starts.length !== expected) throw new Error(`vergelijken: ${expected} genummerde koppen, waarvan ${starts.length} in de verwachte vorm`);
  return starts.map((m, i) => {
    const raw = main.slice(m.index, starts[i + 1]?.index ?? main.length);
    const close = raw.indexOf(`</h${m[1]}>`) + `</h${m[1]}>`.length;
    const heading = fromHtml(raw.slice(0, close), { fragment: true }).children[0] as Element;
    const num = heading.children.find((c): c is Element => c.type === "element" && classes(c).includes("num"));
    const number = (num ? textOf(num) : "").replace(/^Artikel\s+/, "").trim();
    const kop = heading.children.filter((c) => c !== num).map(textOf).join("").replace(/\s+/g, " ").trim();
    let text: string | undefined;
    return {
      anchor: m[2],
      plaats: articles ? `artikel ${number}` : `§ ${number}`,
      kop,
      raw,
      get text() {
        return (text ??= normalize(bodyText(fromHtml(raw.slice(close), { fragment: true }).children as ElementContent[])));
      },
      keys: keysOf.get(m[2]) ?? [],
    };
  });
}

/** Every document of a tender's bundle, built as the PDFs are, split into its numbered sections. */
function builtDocuments(model: Model): BuiltDocument[] {
  // One planning and rendering per version: the plan comes with the HTML it was rendered from.
  const built = new Map(buildDocuments(model).map((d) => [d.attachment.inhoud, d]));
  const out: BuiltDocument[] = [];
  for (const a of model.tender.bijlagen) {
    if (isFileAttachment(a)) {
      out.push({ inhoud: `bestand:${a.bestand}`, bijlage: a.nummer, titel: a.titel, html: "", sections: [], sha256: a.sha256 });
      continue;
    }
    const { plan, html } = built.get(a.inhoud)!;
    const keysOf = new Map([...walk(plan.sections)].map((s) => [s.anchor, (s.targets ?? []).map((t) => t.key)]));
    // A file name carries the version (`…-v2.2.pdf`): a new version alone is a new stamp, not new text.
    const fileVersion = new RegExp(`-v${model.tender.versie.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.(pdf|docx|xlsx)\\b`, "g");
    const sections = sectionsOf(html, plan.articles === true, keysOf, (text) => text.replace(fileVersion, "-v(versie).$1"));
    out.push({ inhoud: a.inhoud, bijlage: a.nummer, titel: a.titel, html, sections });
  }
  return out;
}

/** The HTML each compared document prints from, per version and `inhoud`: kept beside the comparison, never in its JSON. */
const printedHtml = new WeakMap<DocumentChange[], { before: Map<string, string>; after: Map<string, string> }>();

/** The HTML the documents of a comparison (`report.documenten`) print from, in both versions. */
export const printedHtmlOf = (documenten: DocumentChange[]) => printedHtml.get(documenten);

/**
 * The built documents of two versions compared section by section: which
 * documents changed in their text, which only in their version stamp or date,
 * which not at all; and for each changed document, every § or artikel whose
 * heading, number or text changed, with a word-level redline. This sees what
 * the data comparison cannot: text the build derives (a gestanddoening period
 * from a deadline, renumbered eisen, a generated sentence).
 */
export function compareDocuments(before: Model, after: Model): DocumentChange[] {
  const old = new Map(builtDocuments(before).map((d) => [d.inhoud, d]));
  const out: DocumentChange[] = [];
  const built = builtDocuments(after);
  printedHtml.set(out, { before: new Map([...old].map(([k, d]) => [k, d.html])), after: new Map(built.map((d) => [d.inhoud, d.html])) });
  for (const now of built) {
    const was = old.get(now.inhoud);
    old.delete(now.inhoud);
    const base = { bijlage: now.bijlage, document: now.titel, inhoud: now.inhoud };
    if (!was) {
      out.push({ ...base, status: "nieuw", secties: [] });
      continue;
    }
    if (now.sha256 !== undefined || was.sha256 !== undefined) {
      out.push({ ...base, ...(was.bijlage !== now.bijlage ? { oudeBijlage: was.bijlage } : {}), status: now.sha256 === was.sha256 ? "ongewijzigd" : "gewijzigd", secties: [] });
      continue;
    }
    const secties = sectionChanges(was, now);
    const status = now.html === was.html ? "ongewijzigd" : secties.length || was.titel !== now.titel ? "gewijzigd" : "alleen versie of datum";
    out.push({ ...base, ...(was.bijlage !== now.bijlage ? { oudeBijlage: was.bijlage } : {}), status, secties });
  }
  for (const gone of old.values()) out.push({ bijlage: gone.bijlage, document: gone.titel, inhoud: gone.inhoud, status: "vervallen", secties: [] });
  return out;
}

function sectionChanges(was: BuiltDocument, now: BuiltDocument): SectionChange[] {
  const before = new Map(was.sections.map((s) => [s.anchor, s]));
  const where = { bijlage: now.bijlage, document: now.titel };
  const out: SectionChange[] = [];
  for (const s of now.sections) {
    const b = before.get(s.anchor);
    before.delete(s.anchor);
    if (!b) {
      out.push({ ...where, plaats: s.plaats, kop: s.kop, anker: s.anchor, soort: "toegevoegd", na: s.text, keys: s.keys });
      continue;
    }
    // The same HTML, heading and number included: nothing to see here.
    if (b.raw === s.raw) continue;
    const textChanged = b.text !== s.text || b.kop !== s.kop;
    if (!textChanged && b.plaats === s.plaats) continue;
    const change: SectionChange = { ...where, plaats: s.plaats, kop: s.kop, anker: s.anchor, soort: textChanged ? "gewijzigd" : "hernummerd", keys: [...new Set([...b.keys, ...s.keys])] };
    if (b.plaats !== s.plaats) change.oudePlaats = b.plaats;
    if (b.kop !== s.kop) change.oudeKop = b.kop;
    if (b.text !== s.text) {
      const r = redline(b.text, s.text);
      Object.assign(change, { voor: b.text, na: s.text, redline: r.html });
    }
    out.push(change);
  }
  for (const b of before.values()) out.push({ ...where, plaats: b.plaats, kop: b.kop, anker: b.anchor, soort: "verwijderd", voor: b.text, keys: b.keys });
  return out;
}
