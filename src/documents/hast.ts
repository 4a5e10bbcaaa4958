import type { ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
export { dutchListOf } from "../views/join.ts";
import { EURO_AMOUNT } from "../format/money.ts";

/**
 * Hast a document builder made (hastscript, the views of src/views/), as the
 * HTML a section body returns: serialized once, by hast-util-to-html, which
 * is the only place that escapes. Left-out parts (undefined) are skipped.
 */
export function html(parts: (ElementContent | Root | RootContent | undefined)[]): string {
  return toHtml({ type: "root", children: parts.filter((x): x is ElementContent => x !== undefined) });
}

/** A paragraph, or nothing when it would be empty (as a left-out sentence). */
export const para = (...children: (string | ElementContent | ElementContent[])[]): ElementContent | undefined => {
  const content = children.flat().filter((c) => c !== "");
  return content.length ? h("p", content) : undefined;
};

/** The text of a term or segment with the anchor a cross-reference jumps to. */
export const anchored = (id: string, text: string): ElementContent => h("span", { id }, text);


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
