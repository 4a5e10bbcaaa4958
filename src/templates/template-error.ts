import { closest } from "../diagnostics/suggest.ts";
import { TemplateError } from "../diagnostics/template-error.ts";

export { TemplateError };

/** The English messages of LiquidJS that a template author can cause, in Dutch. */
const MESSAGES: [RegExp, (m: RegExpExecArray, hint: Hints) => string][] = [
  [/^undefined variable: (.+)$/, (m, hint) => `onbekende plaatshouder \`${m[1]}\`${suggestion(hint.variable(m[1]))}`],
  [/^undefined filter: (.+)$/, (m, hint) => `onbekend filter \`${m[1]}\`${suggestion(hint.filter(m[1])) || `; de filters zijn ${hint.filters.map((f) => `\`${f}\``).join(", ")}`}`],
  [/^tag "(end\w+)" not found$/, (m) => `\`{% ${m[1]} %}\` sluit niets af: de openingsopdracht ontbreekt`],
  [/^tag "(.+)" not found$/, (m) => `onbekende opdracht \`{% ${m[1]} %}\``],
  [/^tag (\{%-?\s*(\w+).*%\}) not closed$/s, (m) => `\`${m[1]}\` wordt niet afgesloten: \`{% end${m[2]} %}\` ontbreekt`],
  [/^tag "(.+)" not closed$/s, (m) => `\`${m[1]}\` wordt niet afgesloten met \`%}\``],
  [/^output "(.+)" not closed$/s, (m) => `\`${m[1]}\` wordt niet afgesloten met \`}}\``],
  [/^raw "(.+)" not closed$/s, (m) => `\`${m[1]}\` wordt niet afgesloten met \`{% endraw %}\``],
  [/^illegal tag: (.+)$/s, (m) => `\`${m[1]}\` is onvolledig of staat op de verkeerde plaats`],
  [/^expected "\|" before filter$/, () => "na een plaatshouder verwacht het sjabloon `|` en dan een filter, of `}}` (of `%}`) om af te sluiten"],
  [/^expected filter name$/, () => "na `|` verwacht het sjabloon de naam van een filter"],
  [/^expected ":" after filter name$/, () => "na de naam van het filter verwacht het sjabloon `:` en dan de waarden"],
  [/^invalid value expression: (.*)$/s, (m) => (/^"?"?$/.test(m[1].trim()) ? "een lege plaatshouder: zet er de naam van een gegeven tussen" : `\`${m[1].trim()}\` is geen plaatshouder of waarde`)],
  [/^unexpected token (.+), value expected$/s, (m) => `op \`${m[1].trim()}\` verwacht het sjabloon een plaatshouder of waarde`],
  [/^unexpected character (.+)$/s, (m) => `onverwacht teken in \`${m[1].trim()}\``],
  [/^(?:duplicated else|unexpected elsif after else)$/, () => "`{% else %}` staat hier dubbel, of `{% elsif %}` staat na `{% else %}`"],
  [/^(?:unbalanced parentheses|invalid range syntax)$/, () => "de haakjes kloppen niet"],
  [/^illegal (?:liquid )?tag syntax/, () => "hier verwacht het sjabloon de naam van een opdracht, zoals `{% if … %}`"],
];

export interface Hints {
  /** The closest placeholder the template could have meant. */
  variable: (path: string) => string | undefined;
  filter: (name: string) => string | undefined;
  filters: string[];
}

const suggestion = (s: string | undefined) => (s ? `; bedoelde u \`${s}\`?` : "");

/** LiquidJS appends where the error is; we say that ourselves. */
const withoutPosition = (message: string) => message.replace(/(, file:.*)?, line:\d+, col:\d+$/s, "");

/** A LiquidJS error (or one of our filters', which LiquidJS wrapped) as a TemplateError at its line. */
export function templateError(e: unknown, file: string, hints: Hints): TemplateError {
  if (e instanceof TemplateError) return e;
  const err = e as { message?: string; token?: { getPosition(): [number, number]; getText(): string }; originalError?: Error };
  const line = err.token ? err.token.getPosition()[0] : 1;
  const own = err.originalError ?? e;
  // Our filters and the output escape say in Dutch what is wrong with a value.
  if (own instanceof Error && own.name === "TemplateValueError") {
    const mode = (own as Error & { placeholder?: string }).placeholder;
    const placeholder = err.token && mode !== "none" ? `\`${err.token.getText().trim()}\`${mode === "subject" ? " " : ": "}` : "";
    return new TemplateError(file, line, placeholder + own.message);
  }
  const message = withoutPosition(String(err.message ?? e));
  for (const [pattern, say] of MESSAGES) {
    const m = pattern.exec(message);
    if (m) return new TemplateError(file, line, say(m, hints));
  }
  return new TemplateError(file, line, `het sjabloon klopt hier niet (LiquidJS: ${message})`);
}

/** The closest placeholder to `path`, looking up each part in the facts the template was given. */
export function closestPath(facts: object, path: string): string | undefined {
  const parts = path.split(".");
  let here: unknown = facts;
  const known: string[] = [];
  for (const part of parts) {
    if (Array.isArray(here)) here = here[0];
    if (typeof here !== "object" || here === null) return undefined;
    if (!Object.hasOwn(here, part)) {
      // A loop variable (`s` in `for s in subtenders`) is not among the facts: no guess.
      if (known.length === 0 && parts.length > 1) return undefined;
      const best = closest(part, Object.keys(here));
      return best && [...known, best].join(".");
    }
    known.push(part);
    here = (here as Record<string, unknown>)[part];
  }
  return undefined;
}
