import type { Model } from "../../model/types.ts";

/**
 * A word to search for that this tender has: its shortest product name, in
 * lower case (a search box that suggests "pleegzorg" in a tender without
 * pleegzorg finds nothing). Shown as the search fields' example.
 */
export function searchExample(model: Model): string {
  const names = model.products.map((p) => p.naam.trim()).filter(Boolean);
  return (names.sort((a, b) => a.length - b.length)[0] ?? model.tender.titel).toLowerCase();
}
