import { readFileSync } from "node:fs";
import { SCHEMA_DIR, SCHEMA_FILES, type SchemaKind } from "./schema-files.ts";

type Schema = { $ref?: string; properties?: Record<string, Schema>; additionalProperties?: Schema | boolean; items?: Schema; $defs?: Record<string, Schema> };
type Path = (string | number)[];

const MARKDOWN_REF = `${SCHEMA_FILES.common}#/$defs/markdown`;
const schemas = new Map<string, Schema>();
const load = (file: string): Schema => {
  if (!schemas.has(file)) schemas.set(file, JSON.parse(readFileSync(`${SCHEMA_DIR}/${file}`, "utf8")));
  return schemas.get(file)!;
};

/**
 * Every Markdown field of a content file with its data path. Which fields hold
 * Markdown is read from the schemas (a `$ref` to the common markdown definition),
 * so adding a Markdown field to a schema is enough for its cross-references to be checked.
 */
export function markdownFields(kind: Exclude<SchemaKind, "common">, data: unknown): { path: Path; text: string }[] {
  const file = SCHEMA_FILES[kind];
  const found: { path: Path; text: string }[] = [];
  // One shared path stack, copied only for a Markdown value: this walk visits
  // every value of every file on each validation.
  const path: Path = [];
  const walk = (schema: Schema, file: string, data: unknown): void => {
    if (schema.$ref) {
      const target = resolveRef(schema, file);
      if (target === "markdown") {
        if (typeof data === "string") found.push({ path: [...path], text: data });
      } else walk(target.schema, target.file, data);
      return;
    }
    if (Array.isArray(data) && schema.items) {
      for (let i = 0; i < data.length; i++) {
        path.push(i);
        walk(schema.items, file, data[i]);
        path.pop();
      }
    } else if (data && typeof data === "object" && schema.properties) {
      for (const key in data) {
        if (!Object.hasOwn(schema.properties, key)) continue;
        const sub = schema.properties[key];
        path.push(key);
        walk(sub, file, (data as Record<string, unknown>)[key]);
        path.pop();
      }
    } else if (data && typeof data === "object" && typeof schema.additionalProperties === "object") {
      // A map of free keys to one shape (the motivering per criterion id).
      for (const key in data) {
        const sub = schema.additionalProperties;
        path.push(key);
        walk(sub, file, (data as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  walk(load(file), file, data);
  return found;
}

const resolved = new Map<Schema, "markdown" | { schema: Schema; file: string }>();
/** The definition a `$ref` points at, or "markdown" for the common Markdown definition; memoised. */
function resolveRef(schema: Schema, file: string): "markdown" | { schema: Schema; file: string } {
  let target = resolved.get(schema);
  if (!target) {
    const [doc, pointer] = schema.$ref!.split("#");
    const targetFile = doc || file;
    target = `${targetFile}#${pointer}` === MARKDOWN_REF ? "markdown" : { schema: load(targetFile).$defs![pointer.split("/").pop()!], file: targetFile };
    resolved.set(schema, target);
  }
  return target;
}
