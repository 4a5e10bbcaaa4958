/** Small HTML helpers for the document builders; every text from content passes through `esc`. */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

export { dutchList } from "../format/lists.ts";

/**
 * A data table with a header that repeats on every page. Cells are HTML
 * (callers escape); `numeric` columns are right-aligned.
 */
export function table(head: string[], rows: string[][], options: { className?: string; numeric?: number[]; widths?: string[] } = {}): string {
  const num = new Set(options.numeric ?? []);
  const cls = (i: number) => (num.has(i) ? ' class="num"' : "");
  const cols = options.widths ? `<colgroup>${options.widths.map((w) => `<col style="width:${w}">`).join("")}</colgroup>` : "";
  const thead = `<thead><tr>${head.map((h, i) => `<th scope="col"${cls(i)}>${h}</th>`).join("")}</tr></thead>`;
  const tbody = `<tbody>${rows.map((r) => `<tr>${r.map((c, i) => `<td${cls(i)}>${c}</td>`).join("")}</tr>`).join("")}</tbody>`;
  // A short table (a few rows of short cells, a criteria or scale table) is never split
  // (see print.css); a table of long texts may still break between rows.
  const keep = rows.length <= 8 && rows.flat().join("").replace(/<[^>]*>/g, "").length <= 900 ? " keep" : "";
  return `<table class="${options.className ?? "data"}${keep}">${cols}${thead}${tbody}</table>`;
}

/** Label/value pairs as a two-column table: a row never splits across pages. Empty values are left out. */
export function facts(items: [string, string | undefined][]): string {
  const rows = items.filter(([, v]) => v !== undefined && v !== "");
  if (!rows.length) return "";
  return `<table class="facts"><tbody>${rows.map(([k, v]) => `<tr><th scope="row">${k}</th><td>${v}</td></tr>`).join("")}</tbody></table>`;
}

export const p = (html: string) => (html ? `<p>${html}</p>` : "");
