import type { ElementContent } from "hast";

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
