import type { ErrorObject, ValidateFunction } from "ajv";
import type { YamlSource } from "../load/source.ts";

/**
 * Optional fields that no rule reads: a wrong value in one of them says
 * nothing about the rest of the file. (A field a rule checks for presence,
 * such as `aantal_contractanten`, is not here: without it the rule would
 * report a second, misleading error.)
 */
const STANDALONE_FIELDS = new Set(["registratie", "productcode", "groepsgrootte_max", "maximale_duur", "resultaat", "max_a4"]);

/**
 * A file with schema errors only in standalone fields, with those fields left
 * out: the rules can check the rest of it in the same run, so a wrong
 * `registratie` no longer hides a wrong `tarief` until it is fixed. Undefined
 * when an error lies elsewhere (then the rules skip the file, as before).
 */
export function withoutStandaloneErrors(source: YamlSource, errors: ErrorObject[], validate: ValidateFunction): YamlSource | undefined {
  const data = structuredClone(source.data);
  for (const e of errors) {
    const path = e.instancePath.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
    let at = path.length - 1;
    while (at >= 0 && !STANDALONE_FIELDS.has(path[at])) at--;
    if (at === -1) return undefined;
    let parent = data as Record<string, unknown> | undefined;
    for (const key of path.slice(0, at)) parent = parent?.[key] as Record<string, unknown> | undefined;
    if (!parent || typeof parent !== "object" || Array.isArray(parent)) return undefined;
    delete parent[path[at]];
  }
  return validate(data) ? { ...source, data } : undefined;
}
