import { h } from "hastscript";
import type { ElementContent } from "hast";
import { EURO_AMOUNT } from "../format/money.ts";

/**
 * Plain text with every amount (`€ 72,50`) in `<span class="nowrap">`, so a
 * line never breaks between `€` and the figure: the tree form of
 * `keepAmountsTogether`, for text a view writes itself (Markdown gets the same
 * step in src/markdown/render.ts).
 */
export function amountsKeptTogether(text: string): ElementContent[] {
  const out: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(EURO_AMOUNT)) {
    if (match.index > last) out.push({ type: "text", value: text.slice(last, match.index) });
    out.push(h("span.nowrap", match[0]));
    last = match.index + match[0].length;
  }
  if (last < text.length) out.push({ type: "text", value: text.slice(last) });
  return out;
}
