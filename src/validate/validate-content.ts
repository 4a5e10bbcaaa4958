import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { dedupeAndSort } from "../diagnostics/format.ts";
import { loadContent } from "../load/load-content.ts";
import type { YamlSource } from "../load/source.ts";
import { resolveModel } from "../model/resolve.ts";
import type { Model } from "../model/types.ts";
import { buildIndex } from "./content-index.ts";
import { collectEntities } from "./entities.ts";
import { RULES } from "./rules/index.ts";
import { checkParagraphs } from "./rules/nota-van-inlichtingen.ts";
import { schemaValidators } from "./schemas.ts";
import { schemaDiagnostics } from "./schema-messages.ts";

export interface ValidationResult {
  /** Present when there are no errors (warnings allowed). */
  model?: Model;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** Time per stage in milliseconds, for `npm run bench`. */
  timings: { load: number; schema: number; rules: number; resolve: number };
}

/** content/ → load → schemas → rules → one resolved model, or the reasons why not. */
export function validateContent(dir: string): ValidationResult {
  const t0 = performance.now();
  const { sources, diagnostics } = loadContent(dir);
  const t1 = performance.now();

  const validators = schemaValidators();
  const valid = new Set<YamlSource>();
  const all = [...sources.yaml, ...sources.chapters.flatMap((c) => (c.frontMatter ? [c.frontMatter] : []))];
  for (const source of all) {
    if (source.data === undefined || source.broken) continue;
    const validate = validators[source.kind];
    if (validate(source.data)) valid.add(source);
    else diagnostics.push(...schemaDiagnostics(source, validate.errors ?? []));
  }
  const t2 = performance.now();

  const index = buildIndex(sources, valid);
  const entities = collectEntities(index);
  for (const rule of RULES) diagnostics.push(...rule.check(index, entities));
  const t3 = performance.now();

  let sorted = dedupeAndSort(diagnostics);
  let errorCount = sorted.filter((d) => d.severity === "fout").length;
  // A model is only built from complete, valid content: every renderer may rely on it.
  const complete = errorCount === 0 && index.tender !== undefined && valid.size === all.length;
  let model = complete ? resolveModel(index) : undefined;
  // Checks that need the leidraad's outline, which only the resolved model has.
  const late = model ? checkParagraphs(index, model) : [];
  if (late.length > 0) {
    sorted = dedupeAndSort([...sorted, ...late]);
    errorCount = sorted.filter((d) => d.severity === "fout").length;
    model = undefined;
  }
  const t4 = performance.now();
  return {
    model,
    diagnostics: sorted,
    errorCount,
    warningCount: sorted.length - errorCount,
    timings: { load: t1 - t0, schema: t2 - t1, rules: t3 - t2, resolve: t4 - t3 },
  };
}
