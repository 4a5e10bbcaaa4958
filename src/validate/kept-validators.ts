import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Ajv, ValidateFunction } from "ajv";
import standalone from "ajv/dist/standalone/index.js";
import { PROJECT_ROOT } from "../project-root.ts";

const require = createRequire(import.meta.url);

/** Where compiled validators are kept: beside the other caches, out of the way of git. */
export const KEPT_VALIDATORS_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "jeugdhulp-schemas");

/**
 * Validators compiled once and kept on disk as ajv's standalone code.
 * Compiling a schema costs far more than validating with it (our content
 * schemas some 300 ms, the OCDS schemas about a second), and every `npm run
 * validate` and build is a new process. The file's name holds a hash of
 * `source` (everything the validators are made from: schema texts, options,
 * formats) and of ajv's version, so a changed schema is compiled again, never
 * taken from an old copy. An unreadable copy is compiled again as well; a
 * read-only folder only costs the next run its time.
 */
export function keptValidators<K extends string>(name: string, source: unknown, compile: () => { ajv: Ajv; refs: Record<K, string> }, dir = KEPT_VALIDATORS_DIR): Record<K, ValidateFunction> {
  const version = (require("ajv/package.json") as { version: string }).version;
  const key = createHash("sha256").update(JSON.stringify({ version, source })).digest("hex").slice(0, 16);
  const path = join(dir, `${name}-${key}.cjs`);
  try {
    return require(path) as Record<K, ValidateFunction>;
  } catch {
    // Not compiled yet for this source: compile below.
  }
  const { ajv, refs } = compile();
  const validators = Object.fromEntries(Object.entries<string>(refs).map(([k, ref]) => [k, ajv.getSchema(ref)!])) as Record<K, ValidateFunction>;
  try {
    mkdirSync(dir, { recursive: true });
    // Written beside and renamed into place, so a process reading it never sees half a file.
    const temp = `${path}.${process.pid}.tmp`;
    // The code needs ajv's runtime helpers; named by their full path, the copy works from any folder.
    const code = standalone.default(ajv, refs).replace(/require\("(ajv\/dist\/runtime\/[^"]+)"\)/g, (_, id: string) => `require(${JSON.stringify(require.resolve(id))})`);
    writeFileSync(temp, code);
    renameSync(temp, path);
    // Copies of earlier versions of these schemas are of no use any more.
    for (const old of readdirSync(dir)) if (old.startsWith(`${name}-`) && old.endsWith(".cjs") && join(dir, old) !== path) rmSync(join(dir, old), { force: true });
  } catch {
    // No copy kept this time.
  }
  return validators;
}
