import type { ElementContent } from "hast";
import { h } from "hastscript";
import { EURO_AMOUNT } from "../format/money.ts";

/** Items with a separator between them (`; `, `, `), as inline content. */
export function joined(items: (ElementContent | ElementContent[])[], separator: string): ElementContent[] {
  return items.flatMap((item, i) => [...(i > 0 ? [{ type: "text" as const, value: separator }] : []), ...(Array.isArray(item) ? item : [item])]);
}

export const text = (value: string): ElementContent => ({ type: "text", value });

/** The text of a tree as a reader sees it (for measuring, not for output). */
export const textOf = (node: ElementContent): string => (node.type === "text" ? node.value : node.type === "element" ? node.children.map(textOf).join("") : "");

/** A clause as a sentence on its own: its first letter a capital, a full stop after it. */
export function sentence(clause: ElementContent[]): ElementContent[] {
  const [first, ...rest] = clause;
  const opening = first?.type === "text" ? [text(first.value.charAt(0).toUpperCase() + first.value.slice(1))] : first ? [first] : [];
  return [...opening, ...rest, text(".")];
}

/** Items in a Dutch list ("a, b en c"), as inline content: links stay links. */
export function dutchListOf(items: ElementContent[]): ElementContent[] {
  if (items.length <= 1) return items;
  return [...joined(items.slice(0, -1), ", "), text(" en "), items[items.length - 1]];
}

/** Plain text with every amount (`€ 2.500.000,00`) kept on one line, as Markdown text is (src/markdown/render.ts). */
export function amountsTogether(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  let at = 0;
  for (const match of value.matchAll(EURO_AMOUNT)) {
    if (match.index > at) out.push({ type: "text", value: value.slice(at, match.index) });
    out.push(h("span.nowrap", match[0]));
    at = match.index + match[0].length;
  }
  if (at < value.length) out.push({ type: "text", value: value.slice(at) });
  return out;
}
