/** "a, b en c", as Dutch prose lists things. Plain text or HTML alike: it only joins. */
export function dutchList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} en ${items[items.length - 1]}`;
}
