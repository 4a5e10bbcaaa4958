import type { Diagnostic } from "../diagnostics/diagnostic.ts";
import { dedupeAndSort } from "../diagnostics/format.ts";
import { loadContent } from "../load/load-content.ts";
import type { YamlSource } from "../load/source.ts";
import { resolveModel } from "../model/resolve.ts";
import type { Assessment, Model } from "../model/types.ts";
import { buildIndex } from "../validate/content-index.ts";
import { collectEntities } from "../validate/entities.ts";
import { RULES } from "../validate/rules/index.ts";
import { checkNotaTargets, checkParagraphs } from "../validate/rules/nota-van-inlichtingen.ts";
import { leidraadOutline } from "../documents/outline.ts";
import { walk } from "../documents/section.ts";
import { schemaValidators } from "../validate/schemas.ts";
import { schemaDiagnostics } from "../validate/schema-messages.ts";
import { withoutStandaloneErrors } from "../validate/independent-parts.ts";

export interface ValidationOptions {
  /**
   * The version this content is compared with (`--compare REF`): its name, and
   * what changed since, as `kind:id` targets of the resolved model. The caller
   * computes it (the comparison is a writer's work, after this stage).
   */
  changedSince?: { label: string; changed: (model: Model) => ReadonlySet<string> };
}

export interface ValidationResult {
  /** Present when there are no errors (warnings allowed). */
  model?: Model;
  diagnostics: Diagnostic[];
  errorCount: number;
  warningCount: number;
  /** The beoordeling files (confidential; beside the model, never in it), when there is a model. */
  assessments: Assessment[];
  /** Time per stage in milliseconds, for `npm run bench`. */
  timings: { load: number; schema: number; rules: number; resolve: number };
}

/**
 * The § numbers and titles of the leidraad as the PDF prints them, for the
 * checks that validation can only make once the model is planned.
 */
function paragraphsOf(model: Model): { sections: Map<string, string>; chapters: number } {
  const outline = leidraadOutline(model);
  return { sections: new Map([...walk(outline)].map((s) => [s.number, s.title])), chapters: outline.length };
}

/**
 * The front of the pipeline, for every command that reads a tender: content/ →
 * load → schemas → rules → one resolved model → the checks that need the
 * leidraad's outline; or the reasons why not. Validation itself never looks
 * past the content: what it needs of the plan is handed to it here.
 */
export function validateContent(dir: string, options: ValidationOptions = {}): ValidationResult {
  const t0 = performance.now();
  const { sources, diagnostics } = loadContent(dir);
  const t1 = performance.now();

  const validators = schemaValidators();
  const valid = new Set<YamlSource>();
  /** Files whose schema errors lie in fields no rule reads: the rules check the rest of them (never a model). */
  const checkedInPart = new Map<YamlSource, YamlSource>();
  const all = [...sources.yaml, ...sources.chapters.flatMap((c) => (c.frontMatter ? [c.frontMatter] : []))];
  for (const source of all) {
    if (source.data === undefined || source.broken) continue;
    const validate = validators[source.kind];
    if (validate(source.data)) valid.add(source);
    else {
      const errors = validate.errors ?? [];
      diagnostics.push(...schemaDiagnostics(source, errors));
      const rest = withoutStandaloneErrors(source, errors, validate);
      if (rest) checkedInPart.set(source, rest);
    }
  }
  const t2 = performance.now();

  const index = buildIndex({ ...sources, yaml: sources.yaml.map((s) => checkedInPart.get(s) ?? s) }, new Set([...valid, ...checkedInPart.values()]));
  const entities = collectEntities(index);
  for (const rule of RULES) diagnostics.push(...rule.check(index, entities));
  const t3 = performance.now();

  let sorted = dedupeAndSort(diagnostics);
  let errorCount = sorted.filter((d) => d.severity === "fout").length;
  // A model is only built from complete, valid content: every renderer may rely on it.
  const complete = errorCount === 0 && index.tender !== undefined && valid.size === all.length;
  let model = complete ? resolveModel(index) : undefined;
  // Checks that need the leidraad's outline, which only the resolved model has.
  const late = model ? checkParagraphs(index, paragraphsOf(model)) : [];
  // With --compare: a Nota's `wijzigt` names only what really changed since that version.
  if (model && options.changedSince) late.push(...checkNotaTargets(index, options.changedSince.changed(model), options.changedSince.label));
  if (late.length > 0) {
    sorted = dedupeAndSort([...sorted, ...late]);
    errorCount = sorted.filter((d) => d.severity === "fout").length;
    model = undefined;
  }
  const t4 = performance.now();
  return {
    model,
    assessments: model ? index.assessments.map(({ source, data }) => ({ ...data, bestand: source.path })) : [],
    diagnostics: sorted,
    errorCount,
    warningCount: sorted.length - errorCount,
    timings: { load: t1 - t0, schema: t2 - t1, rules: t3 - t2, resolve: t4 - t3 },
  };
}
