import { h } from "hastscript";
import type { Element, ElementContent } from "hast";
import type { Medium } from "./context.ts";

/** A fact's value: text (escaped by the serializer) or content a view built. */
export type FactValue = string | ElementContent | ElementContent[];

/** A label and its value; a fact without a value is left out. */
export type Fact = [label: string, value: FactValue | undefined];

const isEmpty = (v: FactValue | undefined) => v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

/**
 * Label/value pairs. In print a two-column table, whose rows never split
 * across pages (print.css); on the web a definition list, which stacks on a
 * phone (site.css). The same labels and values in both.
 */
export function facts(items: Fact[], medium: Medium): Element | undefined {
  const rows = items.filter(([, v]) => !isEmpty(v)) as [string, FactValue][];
  if (!rows.length) return undefined;
  // Always an array: hastscript would read a lone text node (it has a `value`) as properties.
  const content = (v: FactValue) => (Array.isArray(v) ? v : [v]);
  // A space between a label and its value: the site's search indexes "Productcode 46P01", not "Productcode46P01".
  if (medium === "web") return h("dl.facts", rows.flatMap(([k, v]) => [h("dt", k), " ", h("dd", content(v)), "\n"]));
  return h("table.facts", h("tbody", rows.map(([k, v]) => h("tr", [h("th", { scope: "row" }, k), h("td", content(v))]))));
}
