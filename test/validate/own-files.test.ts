import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { MAX_OWN_FILE_BYTES, maxOwnFileBytes } from "../../src/content/own-files.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { applyCase } from "../fixtures/invalid/apply-case.ts";
import { classicPdf } from "../fixtures/own-pdf.ts";

const withOwnFile = (bytes: Buffer) =>
  applyCase({
    name: "eigen bestand",
    edits: [
      { file: "aanbesteding.yaml", replace: "peildatum: 1 oktober }\n", with: 'peildatum: 1 oktober }\nbijlagen:\n  - { nummer: "1", titel: Aanbestedingsleidraad, inhoud: bestek }\n  - { nummer: "2", titel: Invulinstructie UEA, bestand: bijlagen/uea.pdf }\n' },
      { file: "bijlagen/uea.pdf", write: bytes },
    ],
  });

describe("the size limit of an own file", () => {
  afterEach(() => {
    delete process.env.BIJLAGE_MAX_BYTES;
  });

  it("is 100 MB unless BIJLAGE_MAX_BYTES lowers it", () => {
    expect(MAX_OWN_FILE_BYTES).toBe(100 * 1024 * 1024);
    expect(maxOwnFileBytes()).toBe(MAX_OWN_FILE_BYTES);
    process.env.BIJLAGE_MAX_BYTES = "2048";
    expect(maxOwnFileBytes()).toBe(2048);
    process.env.BIJLAGE_MAX_BYTES = "niets";
    expect(maxOwnFileBytes()).toBe(MAX_OWN_FILE_BYTES);
  });

  it("accepts a file at the limit and refuses one a byte over it, at the path in aanbesteding.yaml", () => {
    const pdf = classicPdf(1);
    const dir = withOwnFile(pdf);
    try {
      process.env.BIJLAGE_MAX_BYTES = String(pdf.length);
      expect(validateContent(dir).diagnostics).toEqual([]);
      process.env.BIJLAGE_MAX_BYTES = String(pdf.length - 1);
      const result = validateContent(dir);
      expect(result.model).toBeUndefined();
      expect(result.diagnostics).toHaveLength(1);
      expect(result.diagnostics[0]).toMatchObject({ line: 32, column: 57, code: "bestand-te-groot", severity: "fout" });
      expect(result.diagnostics[0].message).toContain("een bijlage mag hoogstens");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives a valid own PDF no diagnostics at all, and the folder bijlagen/ no 'onbekend bestand' warning", () => {
    const dir = withOwnFile(classicPdf(3));
    try {
      const result = validateContent(dir);
      expect(result.diagnostics).toEqual([]);
      expect(result.model?.tender.bijlagen[1]).toMatchObject({ inhoud: "bestand", extensie: "pdf" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
