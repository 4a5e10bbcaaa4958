// The reference of allowed codes and values (docs/codes.md), generated from the
// JSON Schemas and the iJw codelist in src/content/, so it cannot drift from what
// the validator accepts. `npm run gen:codes` rewrites it; a test fails when the
// committed file differs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PRODUCT_CATEGORIES } from "../src/content/product-categories.ts";
import { SCHEMA_DIR, SCHEMA_FILES } from "../src/content/schema-files.ts";

export const CODES_PATH = fileURLToPath(new URL("../docs/codes.md", import.meta.url));

type Schema = {
  $ref?: string;
  $defs?: Record<string, Schema>;
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  items?: Schema;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
};

interface Field {
  path: string;
  title?: string;
  description?: string;
  values: string[];
}

/** Which file of a content folder each schema checks, in the order the handbook names them. */
const FILES: [keyof typeof SCHEMA_FILES, string][] = [
  ["tender", "aanbesteding.yaml"],
  ["segment", "segmenten/<id>.yaml"],
  ["subtender", "subtenders/<id>.yaml"],
  ["requirements", "eisen.yaml"],
  ["glossary", "begrippen.yaml"],
  ["chapter", "teksten/<nn>-<id>.md (front matter)"],
  ["nota", "nota-van-inlichtingen/<n>.yaml"],
  ["assessment", "beoordeling/<subtender>.yaml"],
];

const load = (file: string): Schema => JSON.parse(readFileSync(join(SCHEMA_DIR, file), "utf8"));

/** Every field with a closed list of values, by its YAML path. */
function fieldsWithValues(file: string): Field[] {
  const schemas = new Map<string, Schema>();
  const schemaOf = (f: string) => schemas.get(f) ?? (schemas.set(f, load(f)), schemas.get(f)!);
  const found = new Map<string, Field>();
  const visit = (s: Schema, inFile: string, path: string, seen: Set<string>, label: { title?: string; description?: string }) => {
    if (s.$ref) {
      const [target, pointer] = s.$ref.split("#");
      const refFile = target || inFile;
      const key = `${refFile}#${pointer}`;
      if (seen.has(key)) return;
      let resolved: Schema = schemaOf(refFile);
      for (const part of (pointer ?? "").split("/").filter(Boolean)) resolved = (resolved as Record<string, Schema>)[part];
      visit(resolved, refFile, path, new Set([...seen, key]), { title: s.title ?? label.title, description: s.description ?? label.description });
    }
    const title = s.title ?? label.title;
    const description = s.description ?? label.description;
    const values = s.enum ?? s.items?.enum ?? (s.oneOf?.every((b) => "const" in b) ? s.oneOf.map((b) => b.const) : undefined);
    if (values && path) {
      const entry = found.get(path) ?? { path, title, description, values: [] };
      for (const v of values.map(String)) if (!entry.values.includes(v)) entry.values.push(v);
      found.set(path, entry);
    }
    for (const [key, child] of Object.entries(s.properties ?? {})) visit(child, inFile, path ? `${path}.${key}` : key, seen, {});
    if (s.items && !s.items.enum) visit(s.items, inFile, `${path}[]`, seen, {});
    for (const branch of [...(s.oneOf ?? []), ...(s.anyOf ?? []), ...(s.allOf ?? [])]) if (!("const" in branch)) visit(branch, inFile, path, seen, { title, description });
  };
  visit(schemaOf(file), file, "", new Set(), {});
  return [...found.values()];
}

const cell = (s: string | undefined) => (s ?? "").replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

/** docs/codes.md */
export function codesReference(): string {
  const lines = [
    "# Codes en toegestane waarden",
    "",
    "<!-- Gegenereerd door `npm run gen:codes` uit schemas/ en src/content/product-categories.ts; niet met de hand wijzigen. -->",
    "",
    "Elke waarde hieronder is precies wat de validatie accepteert. Een waarde buiten de lijst is een fout,",
    "met de dichtstbijzijnde geldige waarde als suggestie (\"bedoelde u …?\").",
    "",
    "## iJw-productcategorieën (`productcategorie`, codelijst JZ020)",
    "",
    "Schrijf de code tussen aanhalingstekens: `productcategorie: \"45\"`.",
    "",
    "| code | betekenis |",
    "| --- | --- |",
    ...Object.entries(PRODUCT_CATEGORIES).map(([code, name]) => `| \`${code}\` | ${cell(name)} |`),
    "",
  ];
  for (const [kind, shown] of FILES) {
    const fields = fieldsWithValues(SCHEMA_FILES[kind]);
    if (fields.length === 0) continue;
    lines.push(`## ${shown}`, "", "| veld | toegestane waarden | uitleg |", "| --- | --- | --- |");
    for (const f of fields) lines.push(`| \`${f.path}\` | ${f.values.map((v) => `\`${v}\``).join(", ")} | ${cell([f.title, f.description].filter(Boolean).join(": "))} |`);
    lines.push("");
  }
  return lines.join("\n");
}
