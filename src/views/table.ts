import { h } from "hastscript";
import type { Element, ElementContent } from "hast";
import { textOf } from "./join.ts";
import type { Medium } from "./context.ts";

/** A cell: text (escaped by the serializer) or content a view built; never an HTML string. */
export type Cell = string | ElementContent | ElementContent[];

export interface TableOptions {
  numeric?: number[];
  /** Column widths on paper; a screen lays the columns out itself. */
  widths?: string[];
  /** On the web, the column whose cell heads its row (`<th scope="row">`), as a screen reader announces it; paper keeps plain cells (a `th` prints bold). */
  rowHead?: number;
  /** A closing row (a total): in `<tfoot>`, plain cells, never a row head. */
  foot?: Cell[];
  /** A class for a column's cells (`question` in a criteria table). */
  columnClass?: Record<number, string>;
  /** The table's class on paper instead of `data` (`data signatures`). */
  className?: string;
}

/** On the web a space between cells: the site's search indexes the words of two cells apart. */
const spaced = (medium: Medium, cells: Element[]): (Element | string)[] => (medium === "web" ? cells.flatMap((c, i) => (i ? [" ", c] : [c])) : cells);

/**
 * A data table. In print its header repeats on every page (print.css), and a
 * short table (a few rows of short cells) is kept on one page; on the web the
 * page wraps it so it scrolls or becomes cards on a phone.
 */
export function table(head: string[], rows: Cell[][], medium: Medium, options: TableOptions = {}): Element {
  const num = new Set(options.numeric ?? []);
  const cell = (tag: "td" | "th", i: number, content: Cell, props: Record<string, string> = {}, body = true) =>
  // Always an array: hastscript would read a lone text node (it has a `value`) as properties.
    h(tag, { ...props, className: classes(i, body) }, Array.isArray(content) ? content : [content]);
  const classes = (i: number, body: boolean) => {
    const list = [...(num.has(i) ? ["num"] : []), ...(body && options.columnClass?.[i] ? [options.columnClass[i]] : [])];
    return list.length ? list : undefined;
  };
  const body = rows.map((r) => h("tr", spaced(medium, r.map((c, i) => (medium === "web" && i === options.rowHead ? cell("th", i, c, { scope: "row" }) : cell("td", i, c))))));
  const parts: Element[] = [h("thead", h("tr", spaced(medium, head.map((t, i) => cell("th", i, t, { scope: "col" }, false))))), h("tbody", body), ...(options.foot ? [h("tfoot", h("tr", spaced(medium, options.foot.map((c, i) => cell("td", i, c)))))] : [])];
  if (medium === "web") return h("table", parts);
  const cols = options.widths ? [h("colgroup", options.widths.map((w) => h("col", { style: `width:${w}` })))] : [];
  const letters = body.reduce((n, tr) => n + textOf(tr).length, 0);
  const keep = rows.length <= 8 && letters <= 900;
  return h("table", { className: [...(options.className ?? "data").split(" "), ...(keep ? ["keep"] : [])] }, [...cols, ...parts]);
}
