import type { ElementContent } from "hast";
import { h } from "hastscript";
export { amountsTogether, dutchListOf } from "../views/join.ts";

/**
 * The parts of a section body (hastscript, the views of src/views/, Markdown
 * trees) as the content it returns, in order; left-out parts (undefined) are
 * skipped. The document is serialized once, by hast-util-to-html in
 * assemble.ts, which is the only place that escapes.
 */
export function nodes(...parts: (ElementContent | ElementContent[] | undefined)[]): ElementContent[] {
  return parts.flatMap((x) => (x === undefined ? [] : Array.isArray(x) ? x : [x]));
}

/** A paragraph, or nothing when it would be empty (as a left-out sentence). */
export const para = (...children: (string | ElementContent | ElementContent[])[]): ElementContent | undefined => {
  const content = children.flat().filter((c) => c !== "");
  return content.length ? h("p", content) : undefined;
};

/** The text of a term or segment with the anchor a cross-reference jumps to. */
export const anchored = (id: string, text: string): ElementContent => h("span", { id }, text);


