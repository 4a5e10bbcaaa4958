import { Context, Liquid, Tag, TypeGuards, type Emitter, type FS, type Parser, type Template, type TagToken, type TopLevelToken } from "liquidjs";
import { closest } from "../diagnostics/suggest.ts";
import { describe, FILTERS, TemplateValueError } from "./filters.ts";
import { escapeMarkdown, Markdown } from "./markdown-text.ts";
import { closestPath, templateError, type Hints } from "./template-error.ts";

/**
 * The one LiquidJS engine for the standard texts in `templates/`. Sandboxed:
 * a template reads only the facts it is given (own properties, no prototype),
 * every placeholder and filter must exist, and it can read no file: our own
 * code loads templates from `templates/` (load.ts), and `include`, `render`
 * and `layout` are refused. Every value is escaped for Markdown on output.
 */

/** The output escape: a value prints as exactly its text; a missing value or a list stops the build instead of printing a blank. */
function escapeOutput(value: unknown): string {
  if (value instanceof Markdown) return value.text;
  if (typeof value === "string") return escapeMarkdown(value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (value === null || value === undefined) throw new TemplateValueError("heeft geen waarde; zet de plaatshouder binnen `{% if … %}` of gebruik een andere", "subject");
  throw new TemplateValueError(`is ${describe(value)}, geen tekst${Array.isArray(value) ? "; gebruik `| lijst`" : ""}`, "subject");
}

/** No template reads a file: the engine gets a file system that has none. */
const NO_FILES: FS = {
  exists: async () => false,
  existsSync: () => false,
  readFile: async () => Promise.reject(new TemplateValueError("een sjabloon leest geen bestanden", "none")),
  readFileSync: () => {
    throw new TemplateValueError("een sjabloon leest geen bestanden", "none");
  },
  resolve: (_dir, file) => file,
  contains: async () => false,
  containsSync: () => false,
};

/** `{% include %}`, `{% render %}` and `{% layout %}` would read another file: refused where they stand. */
class Refused extends Tag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    super(token, remainTokens, liquid);
    throw new TemplateValueError(`\`{% ${token.name} %}\` is niet toegestaan: een sjabloon haalt geen andere bestanden op`, "none");
  }
  *render(): Generator<unknown, void, unknown> {}
}

/** Where `{% keuze %}` leaves its text for the caller (engine.ts `renderParsed`). */
const CHOICE = "keuze";

/**
 * `{% keuze %}het verzekerde bedrag{% endkeuze %}`: what the inkoopteam must
 * decide about this text. It prints nothing in the text itself; a concept
 * shows it as a note beside the text (src/documents/agreement/).
 */
class Choice extends Tag {
  private templates: Template[] = [];
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remainTokens, liquid);
    while (remainTokens.length) {
      const next = remainTokens.shift()!;
      if (TypeGuards.isTagToken(next) && next.name === "endkeuze") return;
      this.templates.push(parser.parseToken(next, remainTokens));
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }
  *render(ctx: Context, _emitter: Emitter): Generator<unknown, void, unknown> {
    const text = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
    ctx.setRegister(CHOICE, text.trim());
  }
}

const liquid = new Liquid({
  strictVariables: true,
  strictFilters: true,
  ownPropertyOnly: true,
  outputEscape: escapeOutput,
  fs: NO_FILES,
  root: [],
  partials: [],
  layouts: [],
  relativeReference: false,
  dynamicPartials: false,
  cache: false,
  // A template is a page of text: a loop that runs for seconds is a mistake, not a document.
  renderLimit: 5_000,
});
for (const [name, handler] of Object.entries(FILTERS)) liquid.registerFilter(name, handler);
for (const name of ["include", "render", "layout"]) liquid.registerTag(name, Refused);
liquid.registerTag("keuze", Choice);

/** Our own filters, for "bedoelde u" and the list of filters in a message. */
const OWN_FILTERS = Object.keys(FILTERS);

export type ParsedTemplate = Template[];

/** Parses a template's text; `file` is the path the messages name. */
export function parseTemplate(text: string, file: string): ParsedTemplate {
  try {
    return liquid.parse(text, file);
  } catch (e) {
    throw templateError(e, file, hints({}));
  }
}

/** The text of a parsed template with the facts filled in (Markdown), and what the team must decide when it says. */
export function renderParsed(template: ParsedTemplate, facts: object, file: string): { markdown: string; choice?: string } {
  try {
    const scope = new Context(facts, liquid.options, { sync: true }, { liquid });
    const markdown = liquid.renderSync(template, scope) as string;
    const choice = (scope.getRegister(CHOICE) as string | undefined) || undefined;
    return { markdown, choice };
  } catch (e) {
    throw templateError(e, file, hints(facts));
  }
}

function hints(facts: object): Hints {
  return {
    variable: (path) => closestPath(facts, path),
    filter: (name) => closest(name, OWN_FILTERS),
    filters: OWN_FILTERS,
  };
}
