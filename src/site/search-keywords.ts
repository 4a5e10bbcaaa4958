import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Model } from "../model/types.ts";

/**
 * Dutch writes compounds as one word: "Crisispleegzorg", "Crisisverblijf".
 * Pagefind matches whole words and their beginnings, so "pleegzorg" would not
 * find "Crisispleegzorg". Before Pagefind indexes the site, every part of a
 * page (the text under each heading Pagefind makes a sub-result of) gets a
 * hidden line with the known terms its compounds contain, weighted with
 * Pagefind's own `data-pagefind-weight`: a compound in the page's title
 * counts as much as a title word, one in the text less than a plain word.
 * The known terms are the words of product, lot and segment names and of
 * glossary terms; nothing else is guessed.
 */

/** Words that make no useful search term on their own, however often names contain them. */
const STOP = new Set(["en", "van", "voor", "met", "zonder", "de", "het", "een", "per", "naar", "licht", "zwaar", "midden", "basis", "algemeen", "overig", "overige", "groep", "individueel", "intensief", "product", "producten", "perceel", "percelen"]);
const MIN = 5;

const wordsOf = (text: string) => text.toLowerCase().normalize("NFC").split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** The known terms: words of product, lot, segment and glossary names. */
export function searchVocabulary(model: Pick<Model, "products" | "lots" | "segments" | "terms">): Set<string> {
  const names = [...model.products.map((p) => p.naam), ...model.lots.map((l) => l.naam), ...model.segments.map((s) => s.naam), ...model.terms.map((t) => t.term)];
  return new Set(names.flatMap(wordsOf).filter((w) => w.length >= MIN && !STOP.has(w) && !/^\d+$/.test(w)));
}

/** The known terms that the words of `text` contain inside a longer word, and that the text does not already have as a word of their own. */
export function compoundKeywords(text: string, vocabulary: Set<string>, cache = new Map<string, string[]>()): string[] {
  const words = new Set(wordsOf(text));
  const found = new Set<string>();
  for (const w of words) {
    let parts = cache.get(w);
    if (!parts) {
      parts = [];
      // Every substring of at least MIN letters that is a known term (the word itself excluded).
      for (let i = 0; i < w.length; i++) {
        for (let j = i + MIN; j <= w.length; j++) {
          if (j - i === w.length) continue;
          const part = w.slice(i, j);
          if (vocabulary.has(part)) parts.push(part);
        }
      }
      cache.set(w, parts);
    }
    for (const part of parts) if (!words.has(part)) found.add(part);
  }
  return [...found].sort();
}

const TITLE_WEIGHT = 5;
const TEXT_WEIGHT = 0.5;

const plain = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*data-pagefind-ignore[^>]*>[\s\S]*?<\/(p|div|form|nav|span)>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&[a-z]+;|&#\d+;/gi, " ");

/**
 * The hidden line between two marks that no text has: the search page cuts
 * everything between them out of an excerpt (pages/zoeken/), so a reader
 * never sees the added words, only finds by them.
 */
export const KEYWORDS_OPEN = "⟦";
export const KEYWORDS_CLOSE = "⟧";
const span = (words: string[], weight: number) => (words.length ? `<span hidden data-pagefind-weight="${weight}"> ${KEYWORDS_OPEN} ${words.join(" ")} ${KEYWORDS_CLOSE} </span>` : "");

/** One page's HTML with the hidden keyword lines added to its searchable body (`data-pagefind-body`); unchanged when it has none. */
export function withSearchKeywords(html: string, vocabulary: Set<string>, cache?: Map<string, string[]>): string {
  const open = /<main\b[^>]*data-pagefind-body[^>]*>/i.exec(html);
  if (!open) return html;
  const start = open.index + open[0].length;
  const end = html.indexOf("</main>", start);
  if (end < 0) return html;
  const body = html.slice(start, end);
  // Pagefind makes a sub-result of each heading with an id: each part gets its own keywords.
  const cuts = [...body.matchAll(/<h[1-6]\b[^>]*\sid="[^"]*"[^>]*>/gi)].map((m) => m.index!);
  const bounds = [0, ...cuts, body.length];
  const title = /<h1\b[^>]*>([\s\S]*?)<\/h1>/i.exec(body);
  const titleWords = title ? compoundKeywords(plain(title[1]), vocabulary, cache) : [];
  let out = "";
  for (let k = 0; k + 1 < bounds.length; k++) {
    const part = body.slice(bounds[k], bounds[k + 1]);
    const words = compoundKeywords(plain(part), vocabulary, cache).filter((w) => !(k === 0 && titleWords.includes(w)));
    out += part + (k === 0 ? span(titleWords, TITLE_WEIGHT) : "") + span(words, TEXT_WEIGHT);
  }
  return html.slice(0, start) + out + html.slice(end);
}

/** Adds the keyword lines to every page of a built site, before Pagefind indexes it. */
export function addSearchKeywords(siteDir: string, model: Pick<Model, "products" | "lots" | "segments" | "terms">): void {
  const vocabulary = searchVocabulary(model);
  const cache = new Map<string, string[]>();
  for (const file of readdirSync(siteDir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".html") || file.startsWith("pagefind")) continue;
    const path = join(siteDir, file);
    const html = readFileSync(path, "utf8");
    const next = withSearchKeywords(html, vocabulary, cache);
    if (next !== html) writeFileSync(path, next);
  }
}
