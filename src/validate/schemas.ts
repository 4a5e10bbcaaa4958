import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import standalone from "ajv/dist/standalone/index.js";
import { SCHEMA_DIR, SCHEMA_FILES, type SchemaKind } from "../content/schema-files.ts";

type Validators = Record<Exclude<SchemaKind, "common">, ValidateFunction>;
let compiled: Validators | undefined;

const OPTIONS = { allErrors: true, verbose: true, strict: true, strictTypes: false, strictRequired: false, allowUnionTypes: true } as const;
const require = createRequire(import.meta.url);
/**
 * Compiled validators as code, one file per version of the schemas. It sits in
 * node_modules so that the code's own `require("ajv/dist/runtime/…")` finds ajv.
 */
const CACHE_DIR = fileURLToPath(new URL("../../node_modules/.cache/jeugdhulp-schemas", import.meta.url));

/**
 * The schema validators, once per process. Compiling the schemas costs about
 * ten times a validation of the example (some 300 ms at every `npm run
 * validate`), so the compiled code is kept on disk (ajv's standalone code) and
 * compiled again only when a schema, ajv or the options change.
 */
export function schemaValidators(): Validators {
  compiled ??= loadValidators(SCHEMA_DIR, CACHE_DIR);
  return compiled;
}

/** The validators for the schemas in `schemaDir`, from `cacheDir` when compiled before. */
export function loadValidators(schemaDir: string, cacheDir: string): Validators {
  const texts = Object.fromEntries(Object.entries(SCHEMA_FILES).map(([kind, file]) => [kind, readFileSync(join(schemaDir, file), "utf8")])) as Record<SchemaKind, string>;
  const version = (require("ajv/package.json") as { version: string }).version;
  const key = createHash("sha256").update(JSON.stringify({ version, OPTIONS, texts })).digest("hex").slice(0, 16);
  const cached = join(cacheDir, `${key}.cjs`);
  try {
    return require(cached) as Validators;
  } catch {
    // Not compiled yet for these schemas (or the file is unreadable): compile below.
  }
  const ajv = new Ajv2020({ ...OPTIONS, code: { source: true } });
  // The schemas have no $id, so editors resolve `common.schema.json#…` as a file
  // next to them; ajv gets the same name as the key.
  for (const [kind, file] of Object.entries(SCHEMA_FILES)) ajv.addSchema(JSON.parse(texts[kind as SchemaKind]), file);
  const kinds = Object.keys(SCHEMA_FILES).filter((k): k is keyof Validators => k !== "common");
  saveCompiled(cacheDir, cached, standalone.default(ajv, Object.fromEntries(kinds.map((k) => [k, SCHEMA_FILES[k]]))));
  return Object.fromEntries(kinds.map((k) => [k, ajv.getSchema(SCHEMA_FILES[k])!])) as Validators;
}

/** Written beside and renamed into place, so a process reading it never sees half a file. A read-only folder only costs the next run its time. */
function saveCompiled(cacheDir: string, path: string, code: string): void {
  try {
    mkdirSync(cacheDir, { recursive: true });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, code);
    renameSync(temp, path);
  } catch {
    // No cache this time.
  }
}
