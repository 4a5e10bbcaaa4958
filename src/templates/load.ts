import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { markdownToPlainText } from "../markdown/plain-text.ts";
import { parseTemplate, renderParsed, type ParsedTemplate } from "./engine.ts";
import { TemplateError } from "./template-error.ts";
import { splitFrontMatter, templateIdsIn, templatePath, templatesFolder as folder, type TemplateKind } from "../load/template-files.ts";

/**
 * The standard texts a lawyer edits: `templates/leidraad/<id>.md` (the
 * provisions of the aanbestedingsleidraad) and `templates/overeenkomst/<id>.md`
 * (the standard articles of every agreement). Each is read and parsed once per
 * process. Where they are read from is src/load/template-files.ts
 * (`JEUGDHULP_TEMPLATES`); which provisions the leidraad has, and where, is
 * src/load/provisions.ts.
 */
export { templateIdsIn, templatePath, type TemplateKind };

const parsed = new Map<string, ParsedTemplate | TemplateError>();

/**
 * Template texts handed over instead of read: the site's pages are bundled by
 * Astro where no project file is read at run time (src/project-root.ts), so
 * the build passes the texts in the site data (`templateSources`) and the
 * pages hand them here (`useTemplateSources`).
 */
const given = new Map<string, string>();

/** The texts of the templates of `kind`, by id, for the site data. */
export function templateSources(kind: TemplateKind): Record<string, string> {
  const { dir } = folder();
  return Object.fromEntries(templateIdsIn(kind).map((id) => [id, readFileSync(join(dir, kind, `${id}.md`), "utf8")]));
}

/** Uses these texts for the templates of `kind` from now on (the site's pages, from the site data). */
export function useTemplateSources(kind: TemplateKind, sources: Record<string, string>): void {
  for (const key of [...given.keys()]) if (key.startsWith(`${kind}/`)) given.delete(key);
  for (const key of [...parsed.keys()]) if (key.startsWith(`given:${kind}/`)) parsed.delete(key);
  for (const [id, text] of Object.entries(sources)) given.set(`${kind}/${id}`, text);
}

function load(kind: TemplateKind, id: string): ParsedTemplate {
  const { dir } = folder();
  const source = given.get(`${kind}/${id}`);
  const path = source === undefined ? join(dir, kind, `${id}.md`) : `given:${kind}/${id}`;
  let hit = parsed.get(path);
  if (!hit) {
    const shown = templatePath(kind, id);
    try {
      if (source !== undefined) hit = parseTemplate(source, shown);
      else if (!existsSync(path)) throw new TemplateError(shown, 1, `het sjabloon ontbreekt; elke standaardtekst heeft een eigen bestand in ${join(folder().shown, kind)}/`);
      // An added provision's front matter (where it stands) is not part of its text; its lines stay blank.
      else hit = parseTemplate(splitFrontMatter(readFileSync(path, "utf8"), shown).body, shown);
    } catch (e) {
      if (!(e instanceof TemplateError)) throw e;
      hit = e;
    }
    parsed.set(path, hit!);
  }
  if (hit instanceof TemplateError) throw hit;
  return hit;
}

/** Reads and parses `templates/<kind>/<id>.md`; a missing file or a syntax error throws its TemplateError. */
export const parseTemplateFile = (kind: TemplateKind, id: string): void => void load(kind, id);

/** A standard text with its facts filled in. */
export interface StandardText {
  /** The heading the template starts with (`# Gestanddoening`), as plain text. */
  title: string;
  /** The text under it, Markdown as a team's own chapter has it. */
  markdown: string;
  /** What the inkoopteam must decide (`{% keuze %}`), when the template says. */
  choice?: string;
}

const HEADING = /^#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * Renders `templates/<kind>/<id>.md` with the facts. The template starts
 * (after its comment) with `# Title`; the rest is the text. Throws a
 * TemplateError that names the template's line.
 */
export function renderStandardText(kind: TemplateKind, id: string, facts: object): StandardText {
  const shown = templatePath(kind, id);
  const { markdown, choice } = renderParsed(load(kind, id), facts, shown);
  const lines = markdown.replace(/\r\n?/g, "\n").split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  const heading = first >= 0 ? HEADING.exec(lines[first]) : null;
  if (!heading) throw new TemplateError(shown, 1, "het sjabloon begint niet met een titel: zet na het commentaar een regel `# Titel`");
  const title = markdownToPlainText(heading[1]);
  return { title, markdown: lines.slice(first + 1).join("\n").trim() + "\n", choice };
}

/**
 * Renders `templates/<kind>/<id>.md` with the facts, as Markdown, for a text
 * without a title of its own (a paragraph in a generated chapter,
 * `templates/tekstdelen/`). Throws a TemplateError that names the template's line.
 */
export function renderTemplateMarkdown(kind: TemplateKind, id: string, facts: object): string {
  return renderParsed(load(kind, id), facts, templatePath(kind, id)).markdown.replace(/\r\n?/g, "\n").trim();
}
