import { rmSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/load/load-content.ts";
import type { YamlSource } from "../../src/load/source.ts";
import { buildIndex } from "../../src/validate/content-index.ts";
import { collectEntities } from "../../src/validate/entities.ts";
import { RULES } from "../../src/validate/rules/index.ts";
import { schemaValidators } from "../../src/validate/schemas.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { CASES } from "../fixtures/invalid/cases.ts";
import { applyCase } from "../fixtures/invalid/apply-case.ts";

/** The codes the validator reported for each case, by case name (filled in by each case's test). */
const reported = new Map<string, Set<string>>();

/**
 * The rules of the validator (RULES) that report something on a content folder:
 * each run on its own, on the content as validateContent hands it to them
 * (loaded, and only the schema-valid files in the index).
 */
function rulesReporting(dir: string): string[] {
  const { sources } = loadContent(dir);
  const validators = schemaValidators();
  const valid = new Set<YamlSource>();
  for (const source of [...sources.yaml, ...sources.chapters.flatMap((c) => (c.frontMatter ? [c.frontMatter] : []))]) {
    if (source.data !== undefined && !source.broken && validators[source.kind](source.data)) valid.add(source);
  }
  const index = buildIndex(sources, valid);
  const entities = collectEntities(index);
  return RULES.filter((rule) => rule.check(index, entities).length > 0).map((rule) => rule.name);
}

describe("bad input: every rule and loader failure has a message at the right place", () => {

  it("the unedited fixture is valid, so each case fails for its own reason only", () => {
    expect(validateContent("test/fixtures/klein").diagnostics).toEqual([]);
  });

  for (const c of CASES) {
    it(c.name, () => {
      const dir = applyCase(c);
      try {
        const result = validateContent(dir);
        reported.set(c.name, new Set(result.diagnostics.map((d) => d.code)));
        const shown = result.diagnostics.map((d) => ({ ...d, file: relative(dir, d.file) }));
        const severity = c.expect.severity ?? "fout";
        const match = shown.find((d) =>
          d.file === c.expect.file && d.severity === severity &&
          (typeof c.expect.message === "string" ? d.message.includes(c.expect.message) : c.expect.message.test(d.message)));
        const said = shown.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`).join("\n") || "(geen)";
        expect(match, `verwacht in ${c.expect.file}: ${severity}: ${c.expect.message}; meldingen:\n${said}`).toBeDefined();
        expect([match!.line, match!.column]).toEqual([c.expect.line, c.expect.column]);
        // An error blocks the model; a warning alone does not.
        if (severity === "fout") expect(result.model).toBeUndefined();
        else expect(result.errorCount).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }

  it("the corpus is large enough to cover the rules: every rule of the validator reports on at least one case", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
    // The rules of src/validate/rules/, one file each.
    expect(RULES).toHaveLength(39);
    const covered = new Set<string>();
    for (const c of CASES) {
      const dir = applyCase(c);
      try {
        for (const name of rulesReporting(dir)) covered.add(name);
        if (!reported.has(c.name)) reported.set(c.name, new Set(validateContent(dir).diagnostics.map((d) => d.code)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    expect(RULES.map((r) => r.name).filter((name) => !covered.has(name)), "regels die op geen enkel geval iets melden").toEqual([]);
    // And the corpus makes the validator say many different things, not one thing many times.
    expect(new Set([...reported.values()].flatMap((codes) => [...codes])).size).toBeGreaterThanOrEqual(60);
  });
});
