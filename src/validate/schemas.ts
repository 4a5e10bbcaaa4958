import { readFileSync } from "node:fs";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { SCHEMA_DIR, SCHEMA_FILES, type SchemaKind } from "../content/schema-files.ts";

let compiled: Record<Exclude<SchemaKind, "common">, ValidateFunction> | undefined;

/** The schema validators, compiled once per process (compiling costs far more than validating). */
export function schemaValidators() {
  if (compiled) return compiled;
  const ajv = new Ajv2020({ allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true });
  const load = (file: string) => JSON.parse(readFileSync(`${SCHEMA_DIR}/${file}`, "utf8"));
  // The schemas have no $id, so editors resolve `common.schema.json#…` as a file
  // next to them; ajv gets the same name as the key.
  ajv.addSchema(load(SCHEMA_FILES.common), SCHEMA_FILES.common);
  const compile = (file: string) => ajv.compile(load(file));
  compiled = {
    tender: compile(SCHEMA_FILES.tender),
    segment: compile(SCHEMA_FILES.segment),
    subtender: compile(SCHEMA_FILES.subtender),
    requirements: compile(SCHEMA_FILES.requirements),
    glossary: compile(SCHEMA_FILES.glossary),
    chapter: compile(SCHEMA_FILES.chapter),
    nota: compile(SCHEMA_FILES.nota),
  };
  return compiled;
}
