import type { ElementContent } from "hast";

/** Items with a separator between them (`; `, `, `), as inline content. */
export function joined(items: (ElementContent | ElementContent[])[], separator: string): ElementContent[] {
  return items.flatMap((item, i) => [...(i > 0 ? [{ type: "text" as const, value: separator }] : []), ...(Array.isArray(item) ? item : [item])]);
}

export const text = (value: string): ElementContent => ({ type: "text", value });

/** The text of a tree as a reader sees it (for measuring, not for output). */
export const textOf = (node: ElementContent): string => (node.type === "text" ? node.value : node.type === "element" ? node.children.map(textOf).join("") : "");
