import { diffArrays } from "diff";
import type { Element, ElementContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
import { amountsTogether } from "../views/join.ts";

/** Between paragraphs of a reading text (see readingText). */
const PARAGRAPH = "\n\n";

/**
 * Markdown as a reader of the documents reads it, which is what lawyers
 * compare: a link or cross-reference by its text, bold markers dropped, a line
 * wrapped inside a paragraph read as a space (re-wrapping a paragraph is not
 * a change), paragraphs and list items kept apart.
 */
export function readingText(markdown: string): string {
  return markdown
    .replace(/\r\n?/g, "\n")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*/g, "")
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split("\n")
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter(Boolean)
        // A list item, heading or table row starts its own line; other lines run on.
        .reduce((text, line) => (!text ? line : /^([-*+] |\d+[.)] |#|\|)/.test(line) ? `${text}\n${line}` : `${text} ${line}`), ""),
    )
    .filter(Boolean)
    .join(PARAGRAPH);
}

/**
 * Words, and amounts, numbers, dates and percentages as one token each
 * (`€ 2.500.000`, `12,5%`, `15-04-2024`), so a changed amount reads as the
 * old amount struck through and the new one underlined, never as digits
 * mixed inside one number.
 */
const TOKEN = /€ ?\d+(?:[.,]\d+)*(?:,-)?|\d+(?:[.,:/-]\d+)*%?|[\p{L}\p{M}\p{N}'’-]+|\n\n|\s+|[^\s]/gu;
const tokens = (text: string) => text.match(TOKEN) ?? [];

/** A token of unchanged text: a kept line break (list item) as <br>, an amount on one line. */
const plain = (token: string): ElementContent[] => (token.includes("\n") ? [h("br")] : amountsTogether(token));

/** What a deletion and an insertion read as in plain text: the markers of a Word compare, kept when a lawyer copies the text or reads the PDF's text. */
const MARKERS = { del: ["[-", "-]"], ins: ["{+", "+}"] } as const;

/**
 * A deletion or insertion: struck through or underlined, and between markers
 * in words, so the change survives copy-paste, a black-and-white print and
 * pdftotext. Screen readers hear the element's own meaning, not the markers.
 */
export function marked(tag: "del" | "ins", content: ElementContent[], className?: string): Element {
  const [open, close] = MARKERS[tag];
  const marker = (text: string) => h("span.merk", { ariaHidden: "true" }, text);
  return h(tag, className ? { className: [className] } : {}, [marker(open), ...content, marker(close)]);
}

export interface Redline {
  /** The changed paragraphs (all of a one-paragraph text), deletions in <del>, insertions in <ins>. */
  tree: ElementContent[];
  /** The same, as HTML (serialized once, by hast-util-to-html): what the report (wijzigingen.json) carries. */
  html: string;
  /** The deleted and inserted passages, as text; empty when nothing but whitespace changed. */
  changed: string[];
  /** Each place that changed: the deleted passage and what was inserted there (either may be empty). */
  edits: { removed: string; added: string }[];
}

/**
 * A word-level redline of two reading texts. The markup carries the meaning,
 * so it reads without colour. A text of several paragraphs shows only the
 * paragraphs that changed, with `[…]` where unchanged ones are left out: one
 * new phrase is not buried in a page of text that did not change.
 */
export function redline(before: string, after: string): Redline {
  const paragraphs: { nodes: ElementContent[]; changed: boolean }[] = [{ nodes: [], changed: false }];
  const current = () => paragraphs[paragraphs.length - 1];
  const changed: string[] = [];
  const edits: { removed: string; added: string }[] = [];
  const mark = (tag: "del" | "ins", text: string) => {
    // A paragraph break that came or went is marked with a pilcrow, so it is seen.
    // An old phrase and its replacement are set apart by a space, and an amount never breaks inside.
    const last = current().nodes.at(-1);
    if (tag === "ins" && last?.type === "element" && last.tagName === "del") current().nodes.push({ type: "text", value: " " });
    current().nodes.push(marked(tag, amountsTogether(text.replace(/\n\n/g, " ¶ "))));
    current().changed = true;
    changed.push(text);
  };
  for (const part of coalesce(diffArrays(tokens(before), tokens(after)))) {
    if (part.kind === "same") {
      for (const token of part.tokens) {
        if (token === PARAGRAPH) paragraphs.push({ nodes: [], changed: false });
        else current().nodes.push(...plain(token));
      }
      continue;
    }
    // Whitespace that changed (a space that became a line break): show the new layout, mark nothing.
    const removed = part.removed.join("");
    const added = part.added.join("");
    if (removed.trim() || added.trim()) edits.push({ removed: removed.replace(/\n\n/g, " "), added: added.replace(/\n\n/g, " ") });
    if (removed.trim()) mark("del", removed);
    if (added.trim()) mark("ins", added);
    else if (added) current().nodes.push(...part.added.flatMap((t): ElementContent[] => (t === PARAGRAPH ? [{ type: "text", value: " " }] : plain(t))));
  }
  const done = (tree: ElementContent[]): Redline => ({ tree, html: toHtml({ type: "root", children: tree }), changed, edits });
  if (paragraphs.length === 1) return done(paragraphs[0].nodes);
  const shown: ElementContent[] = [];
  paragraphs.forEach((p, i) => {
    if (p.changed) shown.push(h("p", p.nodes));
    else if (i === 0 || paragraphs[i - 1].changed) shown.push(h("p.weggelaten", "[…]"));
  });
  return done(shown);
}

type Part = { kind: "same"; tokens: string[] } | { kind: "change"; removed: string[]; added: string[] };

/**
 * Joins changes that only a space separates into one deletion and one
 * insertion: `<del>24 uur per dag</del><ins>dag en nacht</ins>` reads as a
 * replaced phrase, where word-by-word alternation does not. A shared trailing
 * space is moved out of both.
 */
function coalesce(parts: { value: string[]; added?: boolean; removed?: boolean }[]): Part[] {
  const out: Part[] = [];
  for (const part of parts) {
    const last = out[out.length - 1];
    if (!part.added && !part.removed) {
      out.push({ kind: "same", tokens: [...part.value] });
      continue;
    }
    let change: Extract<Part, { kind: "change" }>;
    if (last?.kind === "change") change = last;
    else if (last?.kind === "same" && out[out.length - 2]?.kind === "change" && last.tokens.length === 1 && /^[ \t]+$/.test(last.tokens[0])) {
      out.pop();
      change = out[out.length - 1] as Extract<Part, { kind: "change" }>;
      change.removed.push(...last.tokens);
      change.added.push(...last.tokens);
    } else {
      change = { kind: "change", removed: [], added: [] };
      out.push(change);
    }
    (part.added ? change.added : change.removed).push(...part.value);
  }
  return out.flatMap((p): Part[] => {
    if (p.kind !== "change") return [p];
    const tail = p.removed.at(-1);
    if (tail && tail === p.added.at(-1) && /^[ \t]+$/.test(tail)) {
      return [{ kind: "change", removed: p.removed.slice(0, -1), added: p.added.slice(0, -1) }, { kind: "same", tokens: [tail] }];
    }
    return [p];
  });
}

/**
 * The words that `after` dropped from `before` and the words it brought in,
 * lower-cased: what a change did to a text, without where. Two changes of
 * different texts that drop and bring the same words changed the same thing.
 */
export function changedWords(before: string, after: string): { removed: Set<string>; added: Set<string> } {
  const removed = new Set<string>();
  const added = new Set<string>();
  for (const part of diffArrays(tokens(before), tokens(after))) {
    if (!part.added && !part.removed) continue;
    for (const token of part.value) if (/[\p{L}\p{N}]/u.test(token)) (part.added ? added : removed).add(asNumber(token.toLowerCase()));
  }
  return { removed, added };
}

/** Dutch number words as the documents also write them in digits ("zes maanden", "Opzegtermijn 6 maanden"). */
const NUMBER_WORDS = ["nul", "één", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];
const asNumber = (word: string) => {
  const n = NUMBER_WORDS.indexOf(word === "een" ? "één" : word);
  return n >= 0 ? String(n) : word;
};
