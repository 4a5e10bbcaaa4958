import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { SCHEMA_DIR, SCHEMA_FILES, type SchemaKind } from "../content/schema-files.ts";
import { keptValidators, KEPT_VALIDATORS_DIR } from "./kept-validators.ts";

type Validators = Record<Exclude<SchemaKind, "common">, ValidateFunction>;
let compiled: Validators | undefined;

const OPTIONS = { allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true } as const;

/** The content schema validators, once per process, compiled only when a schema changed (kept-validators.ts). */
export function schemaValidators(): Validators {
  compiled ??= loadValidators(SCHEMA_DIR, KEPT_VALIDATORS_DIR);
  return compiled;
}

/** The validators for the schemas in `schemaDir`, from `cacheDir` when compiled before. */
export function loadValidators(schemaDir: string, cacheDir: string): Validators {
  const texts = Object.fromEntries(Object.entries(SCHEMA_FILES).map(([kind, file]) => [kind, readFileSync(join(schemaDir, file), "utf8")])) as Record<SchemaKind, string>;
  const kinds = Object.keys(SCHEMA_FILES).filter((k): k is keyof Validators => k !== "common");
  return keptValidators(
    "inhoud",
    { OPTIONS, texts },
    () => {
      const ajv = new Ajv2020({ ...OPTIONS, code: { source: true } });
      // The names an editor shows beside each allowed value (VS Code's JSON and YAML language servers); validation ignores them.
      ajv.addVocabulary(["enumDescriptions"]);
      // The schemas have no $id, so editors resolve `common.schema.json#…` as a file
      // next to them; ajv gets the same name as the key.
      for (const [kind, file] of Object.entries(SCHEMA_FILES)) ajv.addSchema(JSON.parse(texts[kind as SchemaKind]), file);
      return { ajv, refs: Object.fromEntries(kinds.map((k) => [k, SCHEMA_FILES[k]])) as Record<keyof Validators, string> };
    },
    cacheDir,
  );
}
