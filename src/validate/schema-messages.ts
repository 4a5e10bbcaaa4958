import type { ErrorObject } from "ajv";
import { error, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { didYouMean } from "../diagnostics/suggest.ts";
import { locate, type DataPath } from "../load/locate.ts";
import { unknownCategoryMessage } from "./rules/product-category-hint.ts";
import type { YamlSource } from "../load/source.ts";

type Schema = { title?: string; description?: string; examples?: unknown[]; properties?: Record<string, unknown>; enum?: unknown[]; type?: string };

/**
 * Turns ajv's errors for one file into Dutch diagnostics, one per cause:
 * the noise of `oneOf` branches is folded into one message, and each message
 * points where a user would look (unknown key at the key, missing key at its parent).
 */
export function schemaDiagnostics(source: YamlSource, errors: ErrorObject[]): Diagnostic[] {
  const oneOfPaths = new Set(errors.filter((e) => e.keyword === "oneOf").map((e) => e.schemaPath));
  const out: Diagnostic[] = [];
  for (const e of errors) {
    // Errors inside a failed oneOf are the branches' noise; the oneOf error speaks for them.
    if ([...oneOfPaths].some((p) => e.schemaPath !== p && e.schemaPath.startsWith(p + "/"))) continue;
    const path = pointerToPath(e.instancePath);
    const message = describe(e, path);
    const pos = e.keyword === "additionalProperties"
      ? locate(source, [...path, (e.params as { additionalProperty: string }).additionalProperty], "key")
      : locate(source, path);
    out.push(error(pos, `schema-${e.keyword}`, message));
  }
  return out;
}

function describe(e: ErrorObject, path: DataPath): string {
  const schema = (e.parentSchema ?? {}) as Schema;
  const field = fieldName(path, schema);
  const p = e.params as Record<string, any>;
  switch (e.keyword) {
    case "required":
      return `verplicht veld \`${p.missingProperty}\` ontbreekt${where(path, e.data)}`;
    case "additionalProperties": {
      const known = Object.keys(schema.properties ?? {});
      // A "key" with spaces is nearly always text split by a comma or colon in an unquoted value.
      const split = /\s/.test(p.additionalProperty) ? "; staat er een komma of dubbele punt in een tekst zonder aanhalingstekens? Zet die tekst dan tussen aanhalingstekens" : "";
      const hint = split || didYouMean(p.additionalProperty, known);
      return `onbekend veld \`${p.additionalProperty}\`${where(path, e.data)}${hint || `; toegestaan zijn: ${known.join(", ")}`}`;
    }
    case "enum": {
      if (path[path.length - 1] === "productcategorie") return unknownCategoryMessage(String(e.data));
      const allowed = (p.allowedValues as unknown[]).map(String);
      return `${field} heeft de ongeldige waarde \`${show(e.data)}\`; kies uit: ${allowed.join(", ")}${didYouMean(String(e.data), allowed)}`;
    }
    case "const":
      return `${field} moet \`${show(p.allowedValue)}\` zijn, niet \`${show(e.data)}\``;
    case "type":
      return typeMessage(field, p.type, e.data);
    case "pattern":
      // Labels and references are free text on one line; say which of the two is wrong instead of echoing a pattern.
      if (typeof e.data === "string" && /[\r\n\u2028\u2029]/.test(e.data)) return `${field} staat op meer dan één regel; schrijf de tekst op één regel`;
      if (typeof e.data === "string" && e.data.trim() === "") return `${field} is leeg; vul een tekst in`;
      return `${field} heeft de ongeldige waarde \`${show(e.data)}\`; ${expected(schema)}`;
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const words: Record<string, string> = { minimum: "minstens", exclusiveMinimum: "groter dan", maximum: "hoogstens", exclusiveMaximum: "kleiner dan" };
      return `${field} is ${show(e.data)}, maar moet ${words[e.keyword]} ${p.limit} zijn`;
    }
    case "minLength":
      return `${field} is leeg; vul een tekst in`;
    case "minItems":
      return `${field} moet minstens ${p.limit} ${p.limit === 1 ? "element" : "elementen"} bevatten`;
    case "uniqueItems":
      return `${field} bevat \`${show((e.data as unknown[])[p.j])}\` twee keer; elk element mag maar één keer voorkomen`;
    case "oneOf":
      return `${field} moet precies één van de volgende velden hebben: ${oneOfKeys(e).join(" of ")}`;
    default:
      return `${field} is ongeldig: ${e.message ?? e.keyword}`;
  }
}

function typeMessage(field: string, type: string, data: unknown): string {
  const names: Record<string, string> = { string: "tekst", number: "een getal", integer: "een geheel getal", object: "een mapping (sleutel: waarde)", array: "een lijst", boolean: "ja of nee (true/false)", null: "leeg" };
  const got = data === null ? "een lege waarde" : Array.isArray(data) ? "een lijst" : typeof data === "object" ? "een mapping" : typeof data === "number" ? `het getal ${data}` : typeof data === "boolean" ? `\`${data}\`` : `de tekst \`${data}\``;
  const hint = type === "string" && (typeof data === "number" || typeof data === "boolean")
    ? `; zet de waarde tussen aanhalingstekens, bijvoorbeeld "${data}"`
    : "";
  return `${field} moet ${names[type] ?? type} zijn, maar is ${got}${hint}`;
}

function expected(schema: Schema): string {
  const example = schema.examples?.[0];
  const text = schema.description ? lowerFirst(schema.description.replace(/\.$/, "")) : "de waarde heeft niet de juiste vorm";
  return example !== undefined && !text.includes(String(example)) ? `verwacht: ${text}, bijvoorbeeld \`${show(example)}\`` : `verwacht: ${text}`;
}

function oneOfKeys(e: ErrorObject): string[] {
  const branches = ((e.schema ?? []) as { required?: string[] }[]).flatMap((b) => b.required ?? []);
  return branches.map((k) => `\`${k}\``);
}

/** The field as a user knows it: the YAML key (with its Dutch title when the schema has one). */
function fieldName(path: DataPath, schema: Schema): string {
  const key = [...path].reverse().find((s) => typeof s === "string");
  if (key === undefined) return schema.title ? `${schema.title}` : "de waarde";
  const index = typeof path[path.length - 1] === "number" ? ` (element ${(path[path.length - 1] as number) + 1})` : "";
  return `veld \`${key}\`${index}`;
}

function where(path: DataPath, data: unknown): string {
  if (path.length === 0) return "";
  const id = data && typeof data === "object" && typeof (data as { id?: unknown }).id === "string" ? (data as { id: string }).id : undefined;
  const key = [...path].reverse().find((s) => typeof s === "string");
  if (id && key) return ` in \`${key}\` (id \`${id}\`)`;
  const idx = [...path].reverse().find((s) => typeof s === "number");
  if (key === undefined) return idx !== undefined ? ` in element ${idx + 1}` : "";
  return idx !== undefined && path.indexOf(idx) > path.indexOf(key) ? ` in element ${idx + 1} van \`${key}\`` : ` in \`${key}\``;
}

function pointerToPath(pointer: string): DataPath {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
