import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderAttachments } from "../../src/pdf/render-attachments.ts";
import { verifyBundle } from "../../src/pdf/verify.ts";
import { declaredPageCount, isEncryptedPdf, pageCount } from "../../src/load/pdf-structure.ts";
import { downloadKind } from "../../src/site/lib/downloads.ts";
import type { FileAttachment } from "../../src/model/types.ts";
import { classicPdf, objectStreamPdf } from "../fixtures/own-pdf.ts";
import { loadModel, pdftotext, readJson, sharedBundle, type Built } from "./helpers.ts";
import { contentWithOwnFiles, DOCX, UEA } from "../fixtures/own-files-content.ts";

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

describe("eigen bestanden in de Mercell-bundel", () => {
  let b: Built;
  beforeAll(() => {
    b = sharedBundle("eigen-bestanden");
  });

  it("kopieert elk eigen bestand byte voor byte onder <nummer>-<slug>-v<versie>.<ext>, in de volgorde van bijlagen", () => {
    expect(b.manifest.bestanden.map((f) => f.bestand)).toEqual([
      "1-aanbestedingsleidraad-v2.1.pdf",
      "2-eisen-v2.1.pdf",
      "3-invulinstructie-uea-v2.1.pdf",
      "4a-prijzenblad-v2.1.docx",
    ]);
    expect(readFileSync(join(b.out, "3-invulinstructie-uea-v2.1.pdf")).equals(readFileSync(UEA))).toBe(true);
    expect(readFileSync(join(b.out, "4a-prijzenblad-v2.1.docx")).equals(DOCX)).toBe(true);
  });

  it("geeft ze in het manifest hash, grootte en pagina's (een PDF zijn eigen aantal, DOCX 0)", () => {
    const m = readJson<{ bestanden: Record<string, unknown>[] }>(join(b.out, "manifest.json"));
    const uea = readFileSync(UEA);
    expect(m.bestanden[2]).toEqual({ nummer: "3", titel: "Invulinstructie UEA", bestand: "3-invulinstructie-uea-v2.1.pdf", versie: "2.1", datum: "2025-09-01", sha256: sha(uea), bytes: uea.length, paginas: 2 });
    expect(m.bestanden[3]).toMatchObject({ nummer: "4a", sha256: sha(DOCX), bytes: DOCX.length, paginas: 0 });
    expect(readFileSync(join(b.out, "manifest.csv"), "utf8")).toContain(`3;Invulinstructie UEA;3-invulinstructie-uea-v2.1.pdf;2.1;2025-09-01;${sha(uea)};${uea.length};2;RN-2025-014`);
  });

  it("noemt ze in de bijlagenlijst van de leidraad, met hun bestandsnaam", () => {
    const text = pdftotext(join(b.out, b.manifest.bestanden[0].bestand), { layout: true });
    expect(text).toMatch(/3\s+Invulinstructie UEA\s+3-invulinstructie-uea-v2\.1\.pdf/);
    expect(text).toMatch(/4a\s+Prijzenblad\s+4a-prijzenblad-v2\.1\.docx/);
  });

  it("wordt door verify gecontroleerd: een gewijzigde byte, een verkeerd paginatal of een los bestand valt op", () => {
    expect(verifyBundle(b.out)).toMatchObject({ ok: true, checked: 4 });
    const copy = mkdtempSync(join(tmpdir(), "verify-eigen-"));
    cpSync(b.out, copy, { recursive: true });
    const pdf = readFileSync(join(copy, "3-invulinstructie-uea-v2.1.pdf"));
    pdf[100] ^= 0x01;
    writeFileSync(join(copy, "3-invulinstructie-uea-v2.1.pdf"), pdf);
    expect(verifyBundle(copy).problems).toEqual([expect.stringMatching(/^3-invulinstructie-uea-v2\.1\.pdf: SHA-256 klopt niet/)]);
    const m = readJson<{ bestanden: { paginas: number }[] }>(join(copy, "manifest.json"));
    m.bestanden[3].paginas = 1;
    writeFileSync(join(copy, "manifest.json"), JSON.stringify(m));
    writeFileSync(join(copy, "los.xlsx"), "x");
    const problems = verifyBundle(copy).problems;
    expect(problems).toContain("4a-prijzenblad-v2.1.docx: een docx-bestand heeft geen vaste pagina's; het manifest hoort 0 te zeggen, niet 1");
    expect(problems).toContain("los.xlsx: staat niet in het manifest");
    rmSync(copy, { recursive: true, force: true });
  });

  it("stopt het bouwen als een eigen bestand na de validatie is gewijzigd", async () => {
    // A content folder of its own: the shared one is read only.
    const content = contentWithOwnFiles();
    const model = loadModel(content);
    const own = model.tender.bijlagen.find((a): a is FileAttachment => a.inhoud === "bestand")!;
    const out = join(mkdtempSync(join(tmpdir(), "gewijzigd-")), "mercell");
    writeFileSync(own.bron, classicPdf(1));
    try {
      await expect(renderAttachments(model, out)).rejects.toThrow("bijlage 3 (bijlagen/uea.pdf) is gewijzigd tijdens het bouwen");
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  }, 300_000);
});

describe("het model van een eigen bestand", () => {
  it("draagt pad, soort, hash en grootte; de gegenereerde bijlagen blijven zoals ze waren", () => {
    const content = contentWithOwnFiles();
    try {
      const model = loadModel(content);
      const [leidraad, , uea, docx] = model.tender.bijlagen;
      expect(leidraad).toEqual({ nummer: "1", titel: "Aanbestedingsleidraad", inhoud: "bestek" });
      expect(uea).toMatchObject({ inhoud: "bestand", bestand: "bijlagen/uea.pdf", extensie: "pdf", sha256: sha(readFileSync(UEA)), bytes: readFileSync(UEA).length });
      expect((uea as FileAttachment).bron).toBe(join(content, "bijlagen/uea.pdf"));
      expect(docx).toMatchObject({ inhoud: "bestand", bestand: "./bijlagen/prijzenblad.docx", extensie: "docx", bytes: DOCX.length });
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});

describe("pagina's en versleuteling van een PDF die we niet zelf maakten", () => {
  it("telt de pagina's van een klassieke PDF en van een PDF met objectstromen", () => {
    expect(declaredPageCount(classicPdf(3))).toBe(3);
    expect(() => pageCount(objectStreamPdf(5))).toThrow();
    expect(declaredPageCount(objectStreamPdf(5))).toBe(5);
    expect(declaredPageCount(readFileSync(UEA))).toBe(2);
    expect(() => declaredPageCount(Buffer.from("geen pdf"))).toThrow(/%PDF-/);
  });

  it("herkent /Encrypt in de trailer, en alleen daar", () => {
    expect(isEncryptedPdf(classicPdf(1, { encrypt: true }))).toBe(true);
    expect(isEncryptedPdf(classicPdf(1))).toBe(false);
    expect(isEncryptedPdf(readFileSync(UEA))).toBe(false);
    const xrefStream = Buffer.from(objectStreamPdf(1).toString("latin1").replace("/Type /XRef", "/Type /XRef /Encrypt 9 0 R"), "latin1");
    expect(isEncryptedPdf(xrefStream)).toBe(true);
  });

  it("beschrijft een download op de website naar zijn soort", () => {
    expect(downloadKind({ bestand: "3-uea-v1.pdf", paginas: 2, bytes: 1000 })).toBe("PDF, 2 pagina's");
    expect(downloadKind({ bestand: "3-uea-v1.pdf", paginas: 1, bytes: 1000 })).toBe("PDF, 1 pagina");
    expect(downloadKind({ bestand: "4-prijzen-v1.docx", paginas: 0, bytes: 1000 })).toBe("Word-document");
    expect(downloadKind({ bestand: "5-prijzen-v1.xlsx", paginas: 0, bytes: 1000 })).toBe("Excel-werkblad");
  });
});
