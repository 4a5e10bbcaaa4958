import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { addDays, nextWorkingDay, nonWorkingReason, STANDSTILL_DAYS } from "../format/calendar.ts";
import { SCHEMA_FOR_FILES } from "./editor-schemas.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
/** The starter tender that `npm run nieuw` copies: YAML with Dutch comments, placeholders in {{ }}. */
export const STARTER_DIR = join(ROOT, "templates", "nieuw");

export class NewTenderError extends Error {}

export interface NewTenderOptions {
  naam?: string;
  kenmerk?: string;
  /** The day the tender is started: the version date, and the planning counts from it. */
  today?: Date;
}

/**
 * Creates a content folder at `dir` from the starter tender: two segments, an
 * aanbesteding subtender with two lots, a toelating, eisen, planning, an
 * agreement with indexatie and opzegtermijn, the chapters the team must write
 * (marked TE DOEN), and editor settings that tie the YAML to the schemas.
 * Refuses a folder that exists and is not empty. Returns the files written.
 */
export function createTender(dir: string, options: NewTenderOptions = {}): string[] {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new NewTenderError(`${dir} bestaat al en is geen map; kies een nieuwe map`);
    if (readdirSync(dir).length > 0) throw new NewTenderError(`de map ${dir} bestaat al en is niet leeg; kies een nieuwe of lege map, zodat er niets wordt overschreven`);
  }
  const today = options.today ?? new Date();
  const naam = singleLine("--naam", options.naam ?? `Inkoop Jeugdhulp ${today.getUTCFullYear() + 1}`);
  const kenmerk = singleLine("--kenmerk", options.kenmerk ?? `JH-${today.getUTCFullYear()}-001`);
  const values = { ...planningFrom(today), id: idFrom(naam), naam: quote(naam), kenmerk: quote(kenmerk) };

  mkdirSync(dir, { recursive: true });
  cpSync(STARTER_DIR, dir, { recursive: true });
  const written = filesUnder(dir);
  for (const file of written) {
    if (!file.endsWith(".yaml")) continue;
    const text = readFileSync(file, "utf8").replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
      if (!(key in values)) throw new Error(`onbekende plaatshouder ${whole} in ${file}`);
      return values[key as keyof typeof values];
    });
    writeFileSync(file, text);
  }
  const settings = join(dir, ".vscode", "settings.json");
  mkdirSync(join(dir, ".vscode"), { recursive: true });
  writeFileSync(settings, editorSettings());
  return [...written, settings].map((f) => relative(dir, f)).sort();
}

/** VS Code (YAML extension): completion, hover and checks from the project's schemas, wherever the folder is. */
function editorSettings(): string {
  const schemas = Object.fromEntries(Object.entries(SCHEMA_FOR_FILES).map(([schema, globs]) => [resolve(ROOT, "schemas", schema), globs]));
  return JSON.stringify({ "yaml.schemas": schemas, "yaml.validate": true, "yaml.hover": true, "yaml.completion": true, "[yaml]": { "editor.insertSpaces": true, "editor.tabSize": 2, "editor.detectIndentation": false } }, null, 2) + "\n";
}

/**
 * The planning of the starter, counted from today: a usual rhythm on working
 * days, a voorlopige gunning whose 20-day standstill ends on a working day,
 * the definitieve gunning after it, and a contract start on the first of a month.
 */
function planningFrom(today: Date): Record<string, string> {
  const start = iso(today);
  const on = (offset: number) => nextWorkingDay(addDays(start, offset));
  let voorlopig = on(84);
  while (nonWorkingReason(addDays(voorlopig, STANDSTILL_DAYS))) voorlopig = nextWorkingDay(addDays(voorlopig, 1));
  const ingang = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 6, 1));
  return {
    vandaag: start,
    publicatie: on(14),
    vragen: on(28),
    nota: on(42),
    inschrijving: on(63),
    voorlopig,
    definitief: nextWorkingDay(addDays(voorlopig, STANDSTILL_DAYS + 1)),
    ingang: iso(ingang),
    tariefjaar: String(ingang.getUTCFullYear()),
  };
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** A kebab-case id from the name: "Inkoop Jeugdhulp 2027" → inkoop-jeugdhulp-2027. */
export function idFrom(naam: string): string {
  const id = naam.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return id || "aanbesteding";
}

function singleLine(flag: string, value: string): string {
  if (/[\r\n]/.test(value) || value.trim() === "") throw new NewTenderError(`${flag} moet een tekst op één regel zijn`);
  return value.trim();
}

/** A YAML double-quoted scalar (JSON's string syntax is valid YAML). */
const quote = (s: string) => JSON.stringify(s);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}
