import type { ElementContent, Root, RootContent } from "hast";
import { toHtml } from "hast-util-to-html";
import { h } from "hastscript";
export { amountsTogether, dutchListOf } from "../views/join.ts";

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


