/**
 * Text that is already Markdown, as a template filter returns it (a
 * cross-reference link, a list of them, a team's own Markdown field). The
 * template engine's output escape passes it through; every other value is
 * escaped, so a name from the model never becomes markup.
 */
export class Markdown {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** Every ASCII punctuation mark CommonMark lets a backslash escape. */
const PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/**
 * Plain text → Markdown that reads as exactly that text: each punctuation
 * mark escaped (`**x**`, `<script>`, `|` in a table cell, `1.` at a line
 * start), a line break a space, so a value can never open a block of its own.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, " ").replace(PUNCTUATION, "\\$&");
}

/** A value as Markdown: already Markdown as is, plain text escaped. */
export const asMarkdown = (value: string | Markdown): string => (value instanceof Markdown ? value.text : escapeMarkdown(value));
