import { diffWordsWithSpace } from "diff";

export const escapeHtml = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * A word-level redline of two texts: deletions in <del>, insertions in <ins>,
 * everything escaped. The markup carries the meaning, so it reads without colour.
 */
export function redline(before: string, after: string): string {
  return diffWordsWithSpace(before, after)
    .map((part) => {
      const text = escapeHtml(part.value);
      if (part.added) return `<ins>${text}</ins>`;
      if (part.removed) return `<del>${text}</del>`;
      return text;
    })
    .join("");
}
