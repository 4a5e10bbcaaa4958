import { inflateSync } from "node:zlib";
/**
 * Just enough PDF reading for our own files: Chromium (Skia) writes classic
 * xref tables and plain dictionaries (no object or xref streams), and we append
 * classic incremental updates. Used to read page numbers of headings for the
 * TOC and the page count for the manifest and `verify`.
 */

export interface PdfIndex {
  text: string;
  offsets: Map<number, number>;
  /** The newest trailer dictionary. */
  trailer: string;
  /** Offset of the newest xref section. */
  startxref: number;
}

export class PdfFormatError extends Error {}

/** Bytes as a latin1 string: one char per byte, so offsets match and nothing is lost. */
export const latin1 = (buf: Uint8Array) => Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength).toString("latin1");

export function indexPdf(buf: Uint8Array): PdfIndex {
  const text = latin1(buf);
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-64));
  if (!sx) throw new PdfFormatError("geen startxref aan het einde van het bestand");
  const startxref = Number(sx[1]);
  const offsets = new Map<number, number>();
  let trailer: string | undefined;
  const seen = new Set<number>();
  for (let at: number | undefined = startxref; at !== undefined; ) {
    if (seen.has(at) || text.slice(at, at + 4) !== "xref") throw new PdfFormatError(`geen xref-tabel op positie ${at}`);
    seen.add(at);
    const end = text.indexOf("trailer", at);
    if (end < 0) throw new PdfFormatError("xref-tabel zonder trailer");
    const lines = text.slice(at + 4, end).trim().split(/\r?\n|\r/);
    for (let i = 0; i < lines.length; ) {
      const [first, count] = lines[i++].trim().split(/\s+/).map(Number);
      for (let k = 0; k < count; k++, i++) {
        const [off, , kind] = lines[i].trim().split(/\s+/);
        if (kind === "n" && !offsets.has(first + k)) offsets.set(first + k, Number(off));
      }
    }
    const dict = dictionaryAt(text, text.indexOf("<<", end));
    trailer ??= dict;
    const prev = /\/Prev\s+(\d+)/.exec(dict);
    at = prev ? Number(prev[1]) : undefined;
  }
  return { text, offsets, trailer: trailer!, startxref };
}

/** The balanced `<< ... >>` starting at `from`. */
function dictionaryAt(text: string, from: number): string {
  let depth = 0;
  for (let i = from; i < text.length - 1; i++) {
    const two = text.slice(i, i + 2);
    if (two === "<<") (depth++, i++);
    else if (two === ">>") {
      depth--;
      i++;
      if (depth === 0) return text.slice(from, i + 1);
    }
  }
  throw new PdfFormatError("onafgesloten dictionary");
}

/** The dictionary of object `num` (the part before any stream). */
export function objectDict(pdf: PdfIndex, num: number): string {
  const at = pdf.offsets.get(num);
  if (at === undefined) throw new PdfFormatError(`object ${num} ontbreekt in de xref-tabel`);
  const open = pdf.text.indexOf("<<", at);
  const head = pdf.text.slice(at, open);
  if (!new RegExp(`^\\s*${num}\\s+\\d+\\s+obj\\s*$`).test(head)) throw new PdfFormatError(`object ${num} staat niet op de opgegeven positie`);
  return dictionaryAt(pdf.text, open);
}

export function ref(dict: string, key: string): number | undefined {
  const m = new RegExp(`/${key}\\s+(\\d+)\\s+\\d+\\s+R`).exec(dict);
  return m ? Number(m[1]) : undefined;
}

function pagesRoot(pdf: PdfIndex): number {
  const root = ref(pdf.trailer, "Root");
  const pages = root !== undefined ? ref(objectDict(pdf, root), "Pages") : undefined;
  if (pages === undefined) throw new PdfFormatError("geen paginaboom gevonden");
  return pages;
}

/** The page count the PDF declares in its page tree. */
export function pageCount(buf: Uint8Array): number {
  const pdf = indexPdf(buf);
  const m = /\/Count\s+(\d+)/.exec(objectDict(pdf, pagesRoot(pdf)));
  if (!m) throw new PdfFormatError("paginaboom zonder /Count");
  return Number(m[1]);
}

/** Object numbers of the pages, in reading order. */
export function pageObjects(pdf: PdfIndex): number[] {
  const out: number[] = [];
  const visit = (num: number, depth: number) => {
    if (depth > 32) throw new PdfFormatError("paginaboom is te diep");
    const dict = objectDict(pdf, num);
    if (/\/Type\s*\/Pages\b/.test(dict)) {
      const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? "";
      for (const m of kids.matchAll(/(\d+)\s+\d+\s+R/g)) visit(Number(m[1]), depth + 1);
    } else out.push(num);
  };
  visit(pagesRoot(pdf), 0);
  return out;
}

/** A PDF name with its #xx escapes decoded. */
export const decodeName = (name: string) => name.replace(/#([0-9A-Fa-f]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));

/** Named destinations (Chromium makes one per link target id) → 1-based page number. */
export function destinationPages(input: Uint8Array | PdfIndex): Map<string, number> {
  const pdf = input instanceof Uint8Array ? indexPdf(input) : input;
  const pageOf = new Map(pageObjects(pdf).map((num, i) => [num, i + 1]));
  const root = ref(pdf.trailer, "Root")!;
  const destsRef = ref(objectDict(pdf, root), "Dests");
  const out = new Map<string, number>();
  if (destsRef === undefined) return out;
  const dests = objectDict(pdf, destsRef);
  for (const m of dests.matchAll(/\/([^\s/[\]<>()]+)\s*\[\s*(\d+)\s+\d+\s+R/g)) {
    const page = pageOf.get(Number(m[2]));
    if (page !== undefined) out.set(decodeName(m[1]), page);
  }
  return out;
}

/**
 * The page count of a PDF we did not write (a team's own file): the classic
 * reading above first; for files with cross-reference streams or object
 * streams (PDF 1.5 and later, as Word and most tools write them) the root of
 * the page tree is found among all `/Type /Pages` dictionaries, including
 * those inside compressed object streams: the one without `/Parent`, and of
 * incremental updates the last one written.
 */
export function declaredPageCount(buf: Uint8Array): number {
  try {
    return pageCount(buf);
  } catch {
    // fall through to the structural scan
  }
  const text = latin1(buf);
  if (!text.startsWith("%PDF-")) throw new PdfFormatError("het bestand begint niet met %PDF-");
  const bodies = [text, ...objectStreams(buf, text)];
  let count: number | undefined;
  for (const body of bodies) {
    for (const m of body.matchAll(/\/Type\s*\/Pages\b/g)) {
      const open = body.lastIndexOf("<<", m.index);
      if (open < 0) continue;
      let dict: string;
      try {
        dict = dictionaryAt(body, open);
      } catch {
        continue;
      }
      if (/\/Parent\s/.test(dict)) continue;
      const c = /\/Count\s+(\d+)/.exec(dict);
      if (c) count = Number(c[1]);
    }
  }
  if (count === undefined) throw new PdfFormatError("geen paginaboom gevonden");
  return count;
}

/** The decompressed contents of every `/Type /ObjStm` stream (FlateDecode only). */
function objectStreams(buf: Uint8Array, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\/Type\s*\/ObjStm\b/g)) {
    const open = text.lastIndexOf("<<", m.index);
    let dict: string;
    try {
      dict = dictionaryAt(text, open);
    } catch {
      continue;
    }
    if (!/\/FlateDecode/.test(dict)) continue;
    const start = /^\s*stream\r?\n/.exec(text.slice(open + dict.length, open + dict.length + 20));
    if (!start) continue;
    const from = open + dict.length + start[0].length;
    const end = text.indexOf("endstream", from);
    if (end < 0) continue;
    try {
      out.push(latin1(inflateSync(buf.subarray(from, end))));
    } catch {
      try {
        out.push(latin1(inflateSync(buf.subarray(from, end).subarray(0, Number(/\/Length\s+(\d+)\b(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? 0)))));
      } catch {
        // an unreadable stream holds no page tree we can read
      }
    }
  }
  return out;
}

/**
 * Whether a PDF is encrypted: an `/Encrypt` entry in a trailer, or in the
 * dictionary of a cross-reference stream (which plays the trailer's part).
 * Bidders must be able to open, print and copy every document of the bundle.
 */
export function isEncryptedPdf(buf: Uint8Array): boolean {
  const text = latin1(buf);
  for (const m of text.matchAll(/trailer\s*<</g)) {
    try {
      if (/\/Encrypt\s/.test(dictionaryAt(text, m.index + m[0].length - 2))) return true;
    } catch {
      // a broken trailer is judged by the scan below
    }
  }
  for (const m of text.matchAll(/\/Type\s*\/XRef\b/g)) {
    const open = text.lastIndexOf("<<", m.index);
    try {
      if (/\/Encrypt\s/.test(dictionaryAt(text, open))) return true;
    } catch {
      // idem
    }
  }
  return false;
}
