import { deflateSync, inflateSync } from "node:zlib";
import { decodeName, indexPdf, objectDict, pageObjects, PdfFormatError, ref, type PdfIndex } from "../load/pdf-structure.ts";

/**
 * One-print table of contents: Chromium prints the document once with
 * placeholder page numbers (three digits in a fixed-width, right-aligned
 * column), the named destinations of that very print say on which page each
 * heading landed, and the placeholder digits are replaced in the TOC pages'
 * content streams. The layout cannot move because nothing is laid out again.
 *
 * Every step is checked, and anything unexpected returns `undefined` so the
 * caller prints a second time instead (see toc-pages.ts):
 * - a placeholder is a text object of exactly three digit glyphs, and its
 *   right end must sit on the right edge of the link annotation of a TOC
 *   entry (its /Dest names the heading); every TOC entry must have exactly one;
 * - every digit written must already be in the embedded font subset (its
 *   ToUnicode map and its widths), so it is drawn and pdftotext reads it;
 * - the file must be what Skia writes: one classic xref section, page
 *   contents as one FlateDecode stream with a direct /Length.
 * Only the text objects change: marked content (the tags), annotations and
 * every other object stay as they are; the xref table is rewritten with the
 * shifted offsets.
 */

/** DejaVu Sans (the document font, subset with its original glyph ids): glyph id of "0"; "1".."9" follow. */
const ZERO_GLYPH = 0x13;
const DIGIT_GLYPH = "001[3-9A-C]";
/** A placeholder as Skia writes it: tabular digits are placed one by one. */
const PLACEHOLDER = new RegExp(
  `BT\\n/([A-Za-z0-9]+) ([\\d.]+) Tf\\n1 0 0 -1 (-?[\\d.]+) (-?[\\d.]+) Tm\\n<${DIGIT_GLYPH}> Tj\\n([\\d.]+) 0 Td <${DIGIT_GLYPH}> Tj\\n\\5 0 Td <${DIGIT_GLYPH}> Tj\\nET`,
  "y",
);
const PLACEHOLDER_DIGITS = 3;
/** How far (pt) a placeholder's right end may be from its link's right edge. */
const EDGE_TOLERANCE = 1.5;

type Matrix = [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** m × n, PDF's row-vector convention (`cm` makes CTM' = M × CTM). */
const mul = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];
const apply = (m: Matrix, x: number, y: number): [number, number] => [x * m[0] + y * m[2] + m[4], x * m[1] + y * m[3] + m[5]];

interface Placeholder {
  start: number;
  end: number;
  font: string;
  size: string;
  x: number;
  y: string;
  advance: string;
  /** Right end and baseline on the page, in pt. */
  rightX: number;
  baselineY: number;
  /** Rough glyph height on the page, for the check against the link rectangle. */
  height: number;
}

class Unsupported extends Error {}

/** Bytes that end a name or an operator: white space and PDF delimiters. */
const DELIMITER: boolean[] = [];
for (const ch of " \t\n\r\f\0/[]()<>{}%") DELIMITER[ch.charCodeAt(0)] = true;

/**
 * Finds the placeholder text objects in a content stream, with where they land
 * on the page: the only operators that matter are q, Q and cm (the CTM); the
 * scanner steps over strings, names and dictionaries so their bytes are never
 * read as operators.
 */
function findPlaceholders(content: string): Placeholder[] {
  const out: Placeholder[] = [];
  const stack: Matrix[] = [];
  let ctm = IDENTITY;
  let nums: number[] = [];
  const n = content.length;
  let i = 0;
  while (i < n) {
    const c = content.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00) {
      i++;
    } else if (c === 0x25 /* % */) {
      while (i < n && content[i] !== "\n" && content[i] !== "\r") i++;
    } else if (c === 0x28 /* ( */) {
      let depth = 0;
      for (; i < n; i++) {
        const ch = content[i];
        if (ch === "\\") i++;
        else if (ch === "(") depth++;
        else if (ch === ")" && --depth === 0) break;
      }
      if (i >= n) throw new Unsupported("onafgesloten tekst");
      i++;
      nums = [];
    } else if (c === 0x3c /* < */) {
      if (content[i + 1] === "<") {
        i += 2;
      } else {
        const close = content.indexOf(">", i);
        if (close < 0) throw new Unsupported("onafgesloten hex-tekst");
        i = close + 1;
        nums = [];
      }
    } else if (c === 0x3e /* > */) {
      i += content[i + 1] === ">" ? 2 : 1;
    } else if (c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d) {
      i++;
    } else if (c === 0x2f /* / */) {
      i++;
      while (i < n && !DELIMITER[content.charCodeAt(i)]) i++;
      nums = [];
    } else if ((c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2b || c === 0x2e) {
      let j = i + 1;
      for (let d = content.charCodeAt(j); (d >= 0x30 && d <= 0x39) || d === 0x2e; d = content.charCodeAt(++j));
      nums.push(Number(content.slice(i, j)));
      i = j;
    } else {
      let j = i + 1;
      while (j < n && !DELIMITER[content.charCodeAt(j)]) j++;
      const op = content.slice(i, j);
      if (op === "q") stack.push(ctm);
      else if (op === "Q") ctm = stack.pop() ?? IDENTITY;
      else if (op === "cm") {
        if (nums.length < 6) throw new Unsupported("cm zonder zes getallen");
        ctm = mul(nums.slice(-6) as Matrix, ctm);
      } else if (op === "BI") throw new Unsupported("inline afbeelding");
      else if (op === "BT") {
        PLACEHOLDER.lastIndex = i;
        const m = PLACEHOLDER.exec(content);
        if (m) {
          const x = Number(m[3]);
          const y = Number(m[4]);
          const adv = Number(m[5]);
          const [rightX, baselineY] = apply(ctm, x + PLACEHOLDER_DIGITS * adv, y);
          const [, topY] = apply(ctm, x, y - Number(m[2]) * 0.7);
          out.push({ start: i, end: i + m[0].length, font: m[1], size: m[2], x, y: m[4], advance: m[5], rightX, baselineY, height: Math.abs(topY - baselineY) });
          j = i + m[0].length;
        }
      }
      nums = [];
      i = j;
    }
  }
  return out;
}

const numbersIn = (s: string) => [...s.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));

/** The stream of object `num`: its dictionary and raw bytes (as latin1), where the object starts and ends. */
function streamObject(pdf: PdfIndex, num: number): { dict: string; data: string; objStart: number; objEnd: number } {
  const objStart = pdf.offsets.get(num)!;
  const dict = objectDict(pdf, num);
  const dictAt = pdf.text.indexOf("<<", objStart);
  const after = dictAt + dict.length;
  const head = /^\s*stream\r?\n/.exec(pdf.text.slice(after, after + 12));
  const length = /^<<\/Filter \/FlateDecode\n\/Length (\d+)>>$/.exec(dict);
  if (!head || !length) throw new Unsupported(`object ${num} is geen eenvoudige FlateDecode-stream`);
  const from = after + head[0].length;
  const to = from + Number(length[1]);
  const tail = /^\r?\nendstream\r?\nendobj\r?\n?/.exec(pdf.text.slice(to, to + 24));
  if (!tail) throw new Unsupported(`object ${num}: stream eindigt niet waar /Length zegt`);
  return { dict, data: pdf.text.slice(from, to), objStart, objEnd: to + tail[0].length };
}

const inflate = (data: string) => inflateSync(Buffer.from(data, "latin1")).toString("latin1");

/** Glyph ids a Type0 font can draw and pdftotext can read (in its ToUnicode map and in its widths), with the character each stands for. */
function drawableGlyphs(pdf: PdfIndex, fontNum: number): Map<number, number> {
  const font = objectDict(pdf, fontNum);
  const toUnicode = ref(font, "ToUnicode");
  const descendant = /\/DescendantFonts\s*\[\s*(\d+)\s+\d+\s+R\s*\]/.exec(font);
  if (!/\/Subtype\s*\/Type0/.test(font) || toUnicode === undefined || !descendant) throw new Unsupported(`lettertype ${fontNum} is geen Type0 met ToUnicode`);
  const cmap = inflate(streamObject(pdf, toUnicode).data);
  const mapped = new Map<number, number>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) mapped.set(parseInt(m[1], 16), parseInt(m[2], 16));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    // Only the `<first> <last> <start>` form; the array form maps to strings, never to one digit.
    for (const m of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{1,4})>/g)) {
      const first = parseInt(m[1], 16);
      for (let g = first; g <= parseInt(m[2], 16); g++) mapped.set(g, parseInt(m[3], 16) + g - first);
    }
  }
  const cid = objectDict(pdf, Number(descendant[1]));
  if (!/\/CIDToGIDMap\s*\/Identity/.test(cid)) throw new Unsupported(`lettertype ${fontNum} heeft geen Identity CIDToGIDMap`);
  const w = /\/W\s*\[((?:[^[\]]|\[[^\]]*\])*)\]/.exec(cid)?.[1] ?? "";
  const widths = new Set<number>();
  for (const m of w.matchAll(/(\d+)\s*\[([^\]]*)\]|(\d+)\s+(\d+)\s+[\d.]+/g)) {
    if (m[1] !== undefined) numbersIn(m[2]).forEach((_, k) => widths.add(Number(m[1]) + k));
    else for (let g = Number(m[3]); g <= Number(m[4]); g++) widths.add(g);
  }
  return new Map([...mapped].filter(([g]) => widths.has(g)));
}

interface LinkRect {
  dest: string;
  rect: [number, number, number, number];
}

function links(pdf: PdfIndex, pageDict: string): LinkRect[] {
  const annots = /\/Annots\s*\[([^\]]*)\]/.exec(pageDict)?.[1] ?? "";
  const out: LinkRect[] = [];
  for (const m of annots.matchAll(/(\d+)\s+\d+\s+R/g)) {
    const a = objectDict(pdf, Number(m[1]));
    const dest = /\/Dest\s*\/([^\s/[\]<>()]+)/.exec(a)?.[1];
    const rect = /\/Rect\s*\[([^\]]*)\]/.exec(a)?.[1];
    if (!/\/Subtype\s*\/Link/.test(a) || dest === undefined || rect === undefined) continue;
    const [x1, y1, x2, y2] = numbersIn(rect);
    out.push({ dest: decodeName(dest), rect: [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)] });
  }
  return out;
}

/** A coordinate written the way Skia writes it: at most five decimals. */
const coord = (x: number) => String(Number(x.toFixed(5)));
/** A text width as Chromium's layout stores it: rounded up to 1/64 of a unit. */
const layoutWidth = (w: number) => Math.ceil(w * 64 - 1e-6) / 64;

/**
 * Writes `pages[anchor]` into the TOC placeholders of `buf` (a PDF just
 * printed by Chromium from the document whose TOC links point at `anchors`).
 * Returns undefined when the file is not the way this expects, so the caller
 * falls back to printing again.
 */
export function patchTocPages(buf: Uint8Array, anchors: string[], pages: Record<string, number>, index?: PdfIndex): Buffer | undefined {
  try {
    return patch(buf, index ?? indexPdf(buf), anchors, pages);
  } catch (e) {
    if (e instanceof Unsupported || e instanceof PdfFormatError) return undefined;
    throw e;
  }
}

function patch(buf: Uint8Array, pdf: PdfIndex, anchors: string[], pages: Record<string, number>): Buffer {
  if (/\/Prev\s/.test(pdf.trailer)) throw new Unsupported("meer dan één xref-sectie");
  const pageNums = pageObjects(pdf);
  // The TOC comes before the first heading it lists.
  const firstHeading = Math.min(...anchors.map((a) => pages[a]));
  const wanted = new Set(anchors);
  const found = new Map<string, { page: number; ph: Placeholder }>();
  const replacements: { obj: number; content: string; edits: { start: number; end: number; text: string }[] }[] = [];
  const glyphsOf = new Map<number, Map<number, number>>();
  for (let p = 0; p < firstHeading - 1 && p < pageNums.length; p++) {
    const pageDict = objectDict(pdf, pageNums[p]);
    const contents = ref(pageDict, "Contents");
    if (contents === undefined) {
      if (/\/Contents\s*\[/.test(pageDict)) throw new Unsupported("pagina met meer dan één contentstream");
      continue;
    }
    const content = inflate(streamObject(pdf, contents).data);
    const placeholders = findPlaceholders(content);
    if (!placeholders.length) continue;
    const pageLinks = links(pdf, pageDict);
    const fonts = /\/Font\s*<<([^>]*)>>/.exec(pageDict)?.[1] ?? "";
    const edits: { start: number; end: number; text: string }[] = [];
    for (const ph of placeholders) {
      const hits = pageLinks.filter(
        (l) =>
          wanted.has(l.dest) &&
          Math.abs(ph.rightX - l.rect[2]) <= EDGE_TOLERANCE &&
          ph.baselineY >= l.rect[1] &&
          ph.baselineY + ph.height <= l.rect[3] + EDGE_TOLERANCE,
      );
      // Three digits that are not a TOC number (a chapter called "100" in the left column) sit elsewhere: left alone.
      if (hits.length === 0) continue;
      if (hits.length > 1) throw new Unsupported("plaatshouder in meer dan één link");
      const anchor = hits[0].dest;
      if (found.has(anchor)) throw new Unsupported(`twee plaatshouders voor ${anchor}`);
      found.set(anchor, { page: p, ph });
      const digits = String(pages[anchor]);
      if (digits.length > PLACEHOLDER_DIGITS + 1) throw new Unsupported("paginanummer te lang voor de kolom");
      const fontNum = ref(fonts, ph.font);
      if (fontNum === undefined) throw new Unsupported(`lettertype ${ph.font} niet in de paginabronnen`);
      if (!glyphsOf.has(fontNum)) glyphsOf.set(fontNum, drawableGlyphs(pdf, fontNum));
      const glyphs = [...digits].map((d) => ZERO_GLYPH + Number(d));
      // Each glyph must be in the subset and stand for its digit (so the font is the one this expects).
      if (![...digits].every((d, k) => glyphsOf.get(fontNum)!.get(glyphs[k]) === d.charCodeAt(0))) throw new Unsupported(`cijfer ontbreekt in lettertype ${ph.font}`);
      // Right-aligned: the number ends where the placeholder ended, placed the way Chromium would place it.
      const adv = Number(ph.advance);
      const x = ph.x + layoutWidth(PLACEHOLDER_DIGITS * adv) - layoutWidth(digits.length * adv);
      const hex = (g: number) => `<${g.toString(16).toUpperCase().padStart(4, "0")}>`;
      const text = `BT\n/${ph.font} ${ph.size} Tf\n1 0 0 -1 ${coord(x)} ${ph.y} Tm\n${glyphs.map((g, k) => (k ? `${ph.advance} 0 Td ${hex(g)} Tj\n` : `${hex(g)} Tj\n`)).join("")}ET`;
      edits.push({ start: ph.start, end: ph.end, text });
    }
    if (edits.length) replacements.push({ obj: contents, content, edits });
  }
  if (found.size !== wanted.size) throw new Unsupported(`${wanted.size - found.size} TOC-regels zonder plaatshouder`);
  return rewrite(buf, pdf, replacements);
}

/** The file with new content streams for the patched pages and an xref table with the shifted offsets. */
function rewrite(buf: Uint8Array, pdf: PdfIndex, replacements: { obj: number; content: string; edits: { start: number; end: number; text: string }[] }[]): Buffer {
  const spans = replacements
    .map((r) => {
      let content = "";
      let at = 0;
      for (const e of r.edits) {
        content += r.content.slice(at, e.start) + e.text;
        at = e.end;
      }
      content += r.content.slice(at);
      const data = deflateSync(Buffer.from(content, "latin1"), { level: 6 });
      const { objStart, objEnd } = streamObject(pdf, r.obj);
      const head = Buffer.from(`${r.obj} 0 obj\n<</Filter /FlateDecode\n/Length ${data.length}>> stream\n`, "latin1");
      const bytes = Buffer.concat([head, data, Buffer.from("\nendstream\nendobj\n", "latin1")]);
      return { from: objStart, to: objEnd, bytes };
    })
    .sort((a, b) => a.from - b.from);
  const xrefAt = pdf.startxref;
  if (spans.some((s) => s.to > xrefAt)) throw new Unsupported("object na de xref-tabel");
  // Offsets after a replaced object move by the growth of all replaced objects before them.
  const growth: number[] = [];
  spans.forEach((s, k) => (growth[k] = (k ? growth[k - 1] : 0) + s.bytes.length - (s.to - s.from)));
  const shift = (offset: number) => {
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].from < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo ? growth[lo - 1] : 0;
  };
  const parts: Buffer[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(Buffer.from(buf.subarray(at, s.from)), s.bytes);
    at = s.to;
  }
  parts.push(Buffer.from(buf.subarray(at, xrefAt)));
  const newXrefAt = parts.reduce((n, p) => n + p.length, 0);
  const trailerAt = pdf.text.indexOf("trailer", xrefAt);
  const xref = pdf.text.slice(xrefAt, trailerAt).replace(/^(\d{10}) (\d{5}) n/gm, (_, off: string, gen: string) => `${String(Number(off) + shift(Number(off))).padStart(10, "0")} ${gen} n`);
  const tail = pdf.text.slice(trailerAt).replace(/startxref\s+\d+/, `startxref\n${newXrefAt}`);
  parts.push(Buffer.from(xref + tail, "latin1"));
  return Buffer.concat(parts);
}
