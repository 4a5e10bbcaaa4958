import { rmSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../src/validate/validate-content.ts";
import { CASES } from "../fixtures/invalid/cases.ts";
import { applyCase } from "../fixtures/invalid/apply-case.ts";

describe("bad input: every rule and loader failure has a message at the right place", () => {
  it("the corpus is large enough to cover the rules", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it("the unedited fixture is valid, so each case fails for its own reason only", () => {
    expect(validateContent("test/fixtures/klein").diagnostics).toEqual([]);
  });

  for (const c of CASES) {
    it(c.name, () => {
      const dir = applyCase(c);
      try {
        const result = validateContent(dir);
        const shown = result.diagnostics.map((d) => ({ ...d, file: relative(dir, d.file) }));
        const severity = c.expect.severity ?? "fout";
        const match = shown.find((d) =>
          d.file === c.expect.file && d.severity === severity &&
          (typeof c.expect.message === "string" ? d.message.includes(c.expect.message) : c.expect.message.test(d.message)));
        expect(match, `meldingen:\n${shown.map((d) => `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`).join("\n")}`).toBeDefined();
        expect([match!.line, match!.column]).toEqual([c.expect.line, c.expect.column]);
        // An error blocks the model; a warning alone does not.
        if (severity === "fout") expect(result.model).toBeUndefined();
        else expect(result.errorCount).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
