import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isScalar, LineCounter, parseDocument } from "yaml";
import { TemplateError } from "../diagnostics/template-error.ts";
import { PROJECT_ROOT } from "../project-root.ts";

/**
 * The files of `templates/`: where they are, which there are, and the front
 * matter an added provision of the leidraad starts with. Reading what a file
 * says is src/templates/ (engine, load); this is only where it comes from.
 * `JEUGDHULP_TEMPLATES` names another folder with the same subfolders (for
 * tests that edit a copy); nothing else decides where templates come from.
 */
export type TemplateKind = "leidraad" | "overeenkomst" | "gunning" | "tekstdelen";

const PROJECT_TEMPLATES = join(PROJECT_ROOT, "templates");

/** The folder the templates are read from, and how messages name it. */
export function templatesFolder(): { dir: string; shown: string } {
  const own = process.env.JEUGDHULP_TEMPLATES;
  return own ? { dir: own, shown: own } : { dir: PROJECT_TEMPLATES, shown: "templates" };
}

/** `templates/leidraad/klachten.md`, as a message names it. */
export const templatePath = (kind: TemplateKind, id: string) => join(templatesFolder().shown, kind, `${id}.md`);

/** The ids of the templates in the folder of `kind` (the file names without `.md`), sorted. */
export function templateIdsIn(kind: TemplateKind): string[] {
  const dir = join(templatesFolder().dir, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .map((f) => f.slice(0, -3))
    .sort();
}

/** One `key: value` of a template's front matter, with the line it is on. */
export interface FrontMatterField {
  value: unknown;
  line: number;
}

export interface TemplateText {
  /** The text with its front matter blanked out line by line: the template's lines keep their numbers. */
  body: string;
  /** The front matter's fields by key, when the file starts with one (`---` … `---`). */
  frontMatter?: { line: number; fields: Map<string, FrontMatterField> };
}

const FENCE = /^---[ \t]*$/;

/**
 * Splits a template into its front matter and the template itself. A file
 * without `---` on its first line has none. Throws a TemplateError at the
 * line of a front matter that is not closed or not `key: value` lines.
 */
export function splitFrontMatter(text: string, shown: string): TemplateText {
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  if (!FENCE.test(lines[0])) return { body: text };
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l));
  if (end < 0) throw new TemplateError(shown, 1, "het kopblok wordt niet afgesloten: zet na `hoofdstuk:` (en `na:`) een regel `---`");
  const yaml = lines.slice(1, end).join("\n");
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, uniqueKeys: true, prettyErrors: false, logLevel: "error" });
  const lineAt = (offset: number) => counter.linePos(offset).line + 1;
  if (doc.errors.length) throw new TemplateError(shown, lineAt(doc.errors[0].pos[0]), "het kopblok is geen lijst van regels `sleutel: waarde`, zoals `hoofdstuk: inschrijving`");
  const fields = new Map<string, FrontMatterField>();
  if (doc.contents !== null) {
    if (!isMap(doc.contents)) throw new TemplateError(shown, 2, "het kopblok is geen lijst van regels `sleutel: waarde`, zoals `hoofdstuk: inschrijving`");
    for (const pair of doc.contents.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const node = isScalar(pair.value) ? pair.value : isScalar(pair.key) ? pair.key : undefined;
      const line = node?.range ? lineAt(node.range[0]) : 2;
      fields.set(key, { value: isScalar(pair.value) ? pair.value.value : pair.value === null ? null : String(pair.value), line });
    }
  }
  // The template itself keeps its line numbers: an error in it names the line in the file.
  return { body: "\n".repeat(end + 1) + lines.slice(end + 1).join("\n"), frontMatter: { line: 1, fields } };
}

/** The text of `templates/<kind>/<id>.md`, or undefined when there is no such file. */
export function readTemplateFile(kind: TemplateKind, id: string): string | undefined {
  const path = join(templatesFolder().dir, kind, `${id}.md`);
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}
