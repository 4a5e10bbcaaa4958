/** HTML text as the serializer writes it, for expected values built as strings in tests. */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function esc(text: string | number): string {
  return String(text).replace(/[&<>"]/g, (c) => ENTITIES[c]);
}
