/**
 * Validates an OCDS release package against the vendored schemas (draft-04,
 * with ajv-draft-04): the package against the OCDS 1.1.5 package schema, and
 * every release against the OCDS-for-eForms patched release schema (core plus
 * the lots, awardCriteria, techniques and renewal extensions). The schemas are
 * compiled once and kept on disk until they change.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import type { ErrorObject, ValidateFunction } from "ajv";
import { OCDS_DIR } from "../eforms/sdk.ts";
import { keptValidators, KEPT_VALIDATORS_DIR } from "../../validate/kept-validators.ts";

// ajv-draft-04 is CommonJS (`module.exports = Ajv`, typed as a default export).
const Ajv04 = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as unknown as typeof AjvDraft04.default;

let compiled: { pkg: ValidateFunction; release: ValidateFunction } | undefined;

const FILES = { core: "release-schema-1.1.5.json", pkg: "release-package-schema-1.1.5.json", release: "release-schema-eforms-patched.json" } as const;
// OCDS keywords such as codelist, openCodelist and omitWhenMerged are metadata: strict mode off.
const OPTIONS = { strict: false, allErrors: true } as const;
const FORMATS = {
  "date-time": /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  uri: /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
};

/** The package and release validators, compiled only when a schema changed (kept on disk, see kept-validators.ts). */
export function loadOcdsValidators(cacheDir = KEPT_VALIDATORS_DIR): { pkg: ValidateFunction; release: ValidateFunction } {
  const texts = Object.fromEntries(Object.entries(FILES).map(([k, f]) => [k, readFileSync(join(OCDS_DIR, f), "utf8")])) as Record<keyof typeof FILES, string>;
  const formats = Object.fromEntries(Object.entries(FORMATS).map(([k, re]) => [k, re.source]));
  return keptValidators(
    "ocds",
    { OPTIONS, formats, texts },
    () => {
      const ajv = new Ajv04({ ...OPTIONS, code: { source: true } });
      for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
      ajv.addSchema(JSON.parse(texts.core));
      ajv.addSchema(JSON.parse(texts.pkg), "pkg");
      ajv.addSchema(JSON.parse(texts.release), "release");
      return { ajv, refs: { pkg: "pkg", release: "release" } };
    },
    cacheDir,
  );
}

function validators() {
  compiled ??= loadOcdsValidators();
  return compiled;
}

const describe = (where: string, errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${where}${e.instancePath || "/"}: ${e.message ?? e.keyword}${e.params && "allowedValues" in e.params ? ` (${(e.params.allowedValues as unknown[]).join(", ")})` : ""}`);

/** The schema errors of a release package; empty when it is valid. */
export function validateOcdsPackage(pkg: unknown): string[] {
  const { pkg: validatePackage, release } = validators();
  const problems = validatePackage(pkg) ? [] : describe("pakket", validatePackage.errors);
  const releases = (pkg as { releases?: unknown[] })?.releases;
  if (Array.isArray(releases)) releases.forEach((r, i) => {
    if (!release(r)) problems.push(...describe(`release ${i}`, release.errors));
  });
  return problems;
}
