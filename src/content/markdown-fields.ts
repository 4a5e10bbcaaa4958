import { readFileSync } from "node:fs";
import { SCHEMA_DIR, SCHEMA_FILES, type SchemaKind } from "./schema-files.ts";

type Schema = { $ref?: string; properties?: Record<string, Schema>; items?: Schema; $defs?: Record<string, Schema> };
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
export function* markdownFields(kind: Exclude<SchemaKind, "common">, data: unknown): Generator<{ path: Path; text: string }> {
  const file = SCHEMA_FILES[kind];
  yield* walk(load(file), file, data, []);
}

function* walk(schema: Schema, file: string, data: unknown, path: Path): Generator<{ path: Path; text: string }> {
  if (schema.$ref) {
    const [doc, pointer] = schema.$ref.split("#");
    const target = doc || file;
    if (`${target}#${pointer}` === MARKDOWN_REF) {
      if (typeof data === "string") yield { path, text: data };
      return;
    }
    const name = pointer.split("/").pop()!;
    yield* walk(load(target).$defs![name], target, data, path);
    return;
  }
  if (Array.isArray(data) && schema.items) {
    for (let i = 0; i < data.length; i++) yield* walk(schema.items, file, data[i], [...path, i]);
  } else if (data && typeof data === "object" && schema.properties) {
    for (const [key, value] of Object.entries(data)) {
      const sub = schema.properties[key];
      if (sub) yield* walk(sub, file, value, [...path, key]);
    }
  }
}
