import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/**
 * Finds the Dutch document prose left in TypeScript string and template
 * literals: a literal whose own text (the parts between `${…}`, without HTML
 * tags) is longer than LIMIT characters and reads as Dutch sentences. Such
 * text belongs in templates/ (LiquidJS Markdown a lawyer edits).
 */

export const LIMIT = 120;

/** Words that make a run of text Dutch prose rather than a class list, a selector or a URL. */
const DUTCH = new Set(["de", "het", "een", "van", "en", "in", "is", "niet", "wij", "u", "op", "voor", "met", "te", "aan", "dat", "die", "bij", "of", "zijn", "wordt", "worden", "als", "naar", "om", "ook", "per", "door", "dan"]);

export interface ProseLiteral {
  file: string;
  line: number;
  length: number;
  text: string;
}

/** The text of a literal a reader would see: substitutions left out, tags removed. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(" ");
  return undefined;
}

export function isDutchProse(text: string): boolean {
  const words = text
    .replace(/<[^>]*>/g, " ")
    .toLowerCase()
    .split(/[^a-zà-ÿ]+/)
    .filter(Boolean);
  const dutch = words.filter((w) => DUTCH.has(w));
  return words.length >= 12 && dutch.length >= 3;
}

/** A literal that is the message of a thrown error (`new Error("…")`): a message to the user, not document prose. */
function isErrorMessage(node: ts.Node): boolean {
  const parent = node.parent;
  return parent !== undefined && ts.isNewExpression(parent) && /Error$/.test(parent.expression.getText());
}

export function proseLiteralsIn(source: string, file: string): ProseLiteral[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ProseLiteral[] = [];
  const visit = (node: ts.Node): void => {
    const raw = literalText(node);
    if (raw !== undefined && !isErrorMessage(node)) {
      const text = raw.replace(/<[^>]*>/g, "").replace(/\s+/g, " ").trim();
      if (text.length > LIMIT && isDutchProse(text)) {
        found.push({ file, line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, length: text.length, text });
      }
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** The TypeScript of an `.astro` file: its frontmatter between the `---` fences. */
function scriptOf(path: string, text: string): string {
  if (!path.endsWith(".astro")) return text;
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? m[1] : "";
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return filesUnder(path);
      return /\.(ts|astro)$/.test(name) ? [path] : [];
    });
}

export function proseLiteralsUnder(root: string, dirs: string[]): ProseLiteral[] {
  return dirs.flatMap((dir) => filesUnder(join(root, dir)).flatMap((path) => proseLiteralsIn(scriptOf(path, readFileSync(path, "utf8")), relative(root, path))));
}
