/**
 * The last hand escaper, for the places that still write HTML as strings
 * outside the documents (the award letters in src/award/, the site's table
 * wrapper in src/site/lib/bestek.ts). The documents build hast
 * (src/documents/hast.ts, src/views/) and leave escaping to the serializer.
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

export { dutchList } from "../format/lists.ts";
