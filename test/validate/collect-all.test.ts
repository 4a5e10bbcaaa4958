import { rmSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { CASES } from "../fixtures/invalid/cases.ts";
import { applyCase } from "../fixtures/invalid/apply-case.ts";

describe("diagnostics", () => {
  it("collects every error, not just the first, sorted by file and line", () => {
    const pick = ["wegingen van de subtender niet 100", "onbekende productcategorie", "versie als getal"];
    const combined = { name: "drie fouten", edits: CASES.filter((c) => pick.includes(c.name)).flatMap((c) => c.edits) };
    const dir = applyCase(combined);
    try {
      const { diagnostics } = validateContent(dir);
      expect(diagnostics.map((d) => `${relative(dir, d.file)}:${d.line}`)).toEqual([
        "aanbesteding.yaml:4",
        "segmenten/ambulant.yaml:14",
        "subtenders/spoed.yaml:7",
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports one cause once: a twice-broken reference list gives one message per wrong id", () => {
    const dir = applyCase({
      name: "dubbel",
      edits: [{ file: "subtenders/spoed.yaml", replace: "producten: [spoedteam]", with: "producten: [spoedtem, spoedteem]" }],
    });
    try {
      const messages = validateContent(dir).diagnostics.map((d) => d.message);
      expect(messages.filter((m) => m.includes("spoedtem`"))).toHaveLength(1);
      expect(messages.filter((m) => m.includes("spoedteem`"))).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
