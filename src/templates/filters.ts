import { weekday } from "../format/calendar.ts";
import { formatDate, formatDateTime } from "../format/dates.ts";
import { dutchList } from "../format/lists.ts";
import { formatEuro } from "../format/money.ts";
import { countOf, numberWord, ordinalWord } from "../format/numbers.ts";
import { asMarkdown, Markdown } from "./markdown-text.ts";

/**
 * The Dutch filters a template may use, each calling the formatter the rest
 * of the documents use (src/format/). A filter given the wrong kind of value
 * throws a TemplateValueError; the engine reports it at the template's line.
 */
export class TemplateValueError extends Error {
  override name = "TemplateValueError";
  /** How the message names the placeholder it is about: `subject` (`{{ x }} heeft geen waarde`), `prefix` (`{{ x | datum }}: …`) or not at all. */
  constructor(
    message: string,
    readonly placeholder: "subject" | "prefix" | "none" = "prefix",
  ) {
    super(message);
  }
}

/** A link to a place in the documents: the text a reader sees and a cross-reference (`eis:uea`, `subtender:spoed`). */
export interface LinkFact {
  naam: string;
  verwijzing: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/;
const REFERENCE = /^[a-z]+:[a-z0-9]+(?:-[a-z0-9]+)*$/;

function date(filter: string, value: unknown): string {
  if (typeof value !== "string" || !DATE.test(value)) throw new TemplateValueError(`\`${filter}\` verwacht een datum (JJJJ-MM-DD), niet ${describe(value)}`);
  return value;
}

function count(filter: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new TemplateValueError(`\`${filter}\` verwacht een getal, niet ${describe(value)}`);
  return value;
}

function link(value: unknown): Markdown {
  const v = value as Partial<LinkFact> | null;
  if (typeof v !== "object" || v === null || typeof v.naam !== "string" || typeof v.verwijzing !== "string" || !REFERENCE.test(v.verwijzing)) {
    throw new TemplateValueError(`\`verwijzing\` verwacht iets met een naam en een plaats in de stukken (een eis, subtender of perceel), niet ${describe(value)}`);
  }
  return new Markdown(`[${asMarkdown(v.naam)}](${v.verwijzing})`);
}

/** What a wrong value is, in a message. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return "een lege waarde";
  if (Array.isArray(value)) return "een lijst";
  if (value instanceof Markdown) return "opgemaakte tekst";
  if (typeof value === "object") return "een groep gegevens";
  if (typeof value === "string") return `de tekst "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return `${typeof value === "number" ? "het getal" : "de waarde"} ${String(value)}`;
}

export const FILTERS: Record<string, (value: unknown, ...args: unknown[]) => unknown> = {
  /** `2025-11-10` → `10 november 2025`. */
  datum: (v) => formatDate(date("datum", v)),
  /** `2025-03-01T12:00` → `1 maart 2025, 12:00 uur`; a date without a time stays a date. */
  datumtijd: (v) => formatDateTime(date("datumtijd", v)),
  /** `2025-11-30` → `zondag`. */
  weekdag: (v) => weekday(date("weekdag", v).slice(0, 10)),
  /** `2500000` → `€ 2.500.000,00`. */
  euro: (v) => formatEuro(count("euro", v)),
  /** `7` → `zeven`; with two words `7 | aantal: "week", "weken"` → `zeven weken`. Words up to twenty, digits above. */
  aantal: (v, one, many) => {
    const n = count("aantal", v);
    if (one === undefined) return numberWord(n);
    if (typeof one !== "string" || typeof many !== "string") throw new TemplateValueError('`aantal` met woorden verwacht er twee: enkelvoud en meervoud, zoals `aantal: "week", "weken"`');
    return countOf(n, one, many);
  },
  /** `20` → `twintigste`. */
  rangtelwoord: (v) => ordinalWord(count("rangtelwoord", v)),
  /** A list as Dutch prose lists things: `a, b en c`. Items may be texts or links. */
  lijst: (v) => {
    if (!Array.isArray(v)) throw new TemplateValueError(`\`lijst\` verwacht een lijst, niet ${describe(v)}`);
    return new Markdown(
      dutchList(
        v.map((item) => {
          if (typeof item !== "string" && !(item instanceof Markdown)) throw new TemplateValueError(`\`lijst\` verwacht een lijst van teksten of verwijzingen, maar er staat ${describe(item)} in`);
          return asMarkdown(item);
        }),
      ),
    );
  },
  /** A link to the place in the documents: `eis | verwijzing` → `[Titel van de eis](eis:id)`, which the documents print with its § and the site links. A list gives a list of links. */
  verwijzing: (v) => (Array.isArray(v) ? v.map(link) : link(v)),
  /** A Markdown field the team wrote (a toelichting): used as Markdown, nothing when the team wrote none. */
  markdown: (v) => {
    if (v === null || v === undefined) return new Markdown("");
    if (typeof v !== "string") throw new TemplateValueError(`\`markdown\` verwacht tekst, niet ${describe(v)}`);
    return new Markdown(v);
  },
};
