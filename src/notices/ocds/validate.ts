/**
 * Validates an OCDS release package against the vendored schemas (draft-04,
 * with ajv-draft-04): the package against the OCDS 1.1.5 package schema, and
 * every release against the OCDS-for-eForms patched release schema (core plus
 * the lots, awardCriteria, techniques and renewal extensions). The schemas are
 * compiled once per process.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import AjvDraft04 from "ajv-draft-04";
import type { ErrorObject, ValidateFunction } from "ajv";
import { OCDS_DIR } from "../eforms/sdk.ts";

// ajv-draft-04 is CommonJS (`module.exports = Ajv`, typed as a default export).
const Ajv04 = ((AjvDraft04 as unknown as { default?: unknown }).default ?? AjvDraft04) as unknown as typeof AjvDraft04.default;

let compiled: { pkg: ValidateFunction; release: ValidateFunction } | undefined;

const read = (f: string) => JSON.parse(readFileSync(join(OCDS_DIR, f), "utf8")) as Record<string, unknown>;

function validators() {
  if (!compiled) {
    // OCDS keywords such as codelist, openCodelist and omitWhenMerged are metadata: strict mode off.
    const ajv = new Ajv04({ strict: false, allErrors: true });
    ajv.addFormat("date-time", /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    ajv.addFormat("uri", /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]+$/);
    ajv.addFormat("email", /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
    ajv.addSchema(read("release-schema-1.1.5.json"));
    const pkg = ajv.compile(read("release-package-schema-1.1.5.json"));
    const release = ajv.compile(read("release-schema-eforms-patched.json"));
    compiled = { pkg, release };
  }
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
