import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserForFile, type FileBrowser } from "../browser.ts";
import { buildDocuments } from "../../src/documents/build-documents.ts";
import { finalizePdf } from "../../src/pdf/metadata.ts";
import { loadDocument, PDF_OPTIONS } from "../../src/pdf/page-setup.ts";
import { destinationPages, indexPdf, pageCount } from "../../src/load/pdf-structure.ts";
import { printWithToc, type TocMethod } from "../../src/pdf/toc-pages.ts";
import { patchTocPages } from "../../src/pdf/toc-patch.ts";
import { loadModel, pdfinfo, pdftotext } from "./helpers.ts";

interface Printed {
  pdf: Uint8Array;
  method: TocMethod | undefined;
  anchors: string[];
}

/** The TOC lines of a PDF as pdftotext reads them: number, title, page. */
function tocLines(file: string): { number: string; title: string; page: number }[] {
  const pages = pdftotext(file, { raw: true }).split("\f");
  return pages
    .filter((p) => /Inhoudsopgave/.test(p))
    .flatMap((p) => [...p.matchAll(/^\s*((?:Artikel )?\d+(?:\.\d+)?)\s+(\S.*?)\s*(?:\. )+\.?\s*(\d+)\s*$/gm)].map((m) => ({ number: m[1], title: m[2].trim(), page: Number(m[3]) })));
}

describe("de inhoudsopgave uit één print", () => {
  let browser: FileBrowser;
  let dir: string;
  const model = loadModel("test/fixtures/klein");
  const docs = buildDocuments(model).filter((d) => d.hasToc);

  async function print(html: string, method?: TocMethod | "placeholders"): Promise<Printed> {
    const file = join(dir, "doc.html");
    writeFileSync(file, html);
    const page = await browser.newPage();
    const saved = process.env.PDF_TOC_METHOD;
    if (method && method !== "placeholders") process.env.PDF_TOC_METHOD = method;
    try {
      await loadDocument(page, pathToFileURL(file).href, 60_000);
      const anchors = await page.$$eval(".toc-page[data-anchor]", (els) => els.map((el) => (el as HTMLElement).dataset.anchor!));
      let used: TocMethod | undefined;
      // "placeholders": Chromium's print as it is, before any number is written in.
      const pdf = method === "placeholders" ? await page.pdf(PDF_OPTIONS) : await printWithToc(page, PDF_OPTIONS, (m) => (used = m));
      return { pdf, method: used, anchors };
    } finally {
      if (saved === undefined) delete process.env.PDF_TOC_METHOD;
      else process.env.PDF_TOC_METHOD = saved;
      await page.close();
    }
  }

  const save = (name: string, pdf: Uint8Array) => {
    const file = join(dir, name);
    writeFileSync(file, pdf);
    return file;
  };

  let leidraad: Printed;
  let placeholders: Printed;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "toc-test-"));
    browser = await browserForFile();
    const html = docs.find((d) => d.attachment.inhoud === "bestek")!.html;
    leidraad = await print(html);
    placeholders = await print(html, "placeholders");
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("schrijft de paginanummers in de ene print, en elk nummer wijst naar de pagina van zijn kop", () => {
    expect(leidraad.method).toBe("patched");
    const file = save("leidraad.pdf", leidraad.pdf);
    expect(pdfinfo(file).Tagged).toBe("yes");
    const entries = tocLines(file);
    expect(entries.length).toBe(leidraad.anchors.length);
    const dests = destinationPages(leidraad.pdf);
    expect(entries.map((e) => e.page)).toEqual(leidraad.anchors.map((a) => dests.get(a)));
    const pages = pdftotext(file, { raw: true }).split("\f");
    for (const e of entries) expect(pages[e.page - 1], `${e.number} ${e.title}`).toMatch(new RegExp(`^\\s*${e.number.replace(/\./g, "\\.")}\\s+\\S`, "m"));
  });

  it("geeft elk document met een inhoudsopgave dezelfde tekst als twee keer printen", async () => {
    // klein's documents with a table of contents: the leidraad at least.
    expect(docs.map((d) => d.attachment.inhoud)).toContain("bestek");
    for (const doc of docs) {
      const once = await print(doc.html);
      const twice = await print(doc.html, "printed-twice");
      expect(once.method, doc.attachment.titel).toBe("patched");
      expect(twice.method).toBe("printed-twice");
      expect(pageCount(once.pdf)).toBe(pageCount(twice.pdf));
      const a = pdftotext(save("once.pdf", once.pdf), { raw: true });
      const b = pdftotext(save("twice.pdf", twice.pdf), { raw: true });
      expect(a, doc.attachment.titel).toBe(b);
    }
  });

  it("laat het patchen aan een tweede print over als het niet te bewijzen is", () => {
    const { pdf, anchors } = placeholders;
    const dests = destinationPages(pdf);
    const pages = Object.fromEntries(anchors.map((a) => [a, dests.get(a)!]));
    // The print with placeholders is patched as it is…
    // (finalizePdf makes two prints of the same document comparable: dates and structure ids.)
    const final = (b: Uint8Array) => finalizePdf(b, { title: "t", author: "a", subject: "s", keywords: "k", date: "2025-09-01" }).toString("latin1");
    expect(final(patchTocPages(pdf, anchors, pages)!)).toBe(final(leidraad.pdf));
    // …but not with a TOC entry that has no placeholder in the PDF,
    expect(patchTocPages(pdf, [...anchors, "bestaat-niet"], { ...pages, "bestaat-niet": 3 })).toBeUndefined();
    // nor with a number wider than the column,
    expect(patchTocPages(pdf, anchors, { ...pages, [anchors[0]]: 12345 })).toBeUndefined();
    // nor with a PDF that is not laid out the way Chromium writes it (a second xref section).
    const updated = Buffer.concat([Buffer.from(pdf), Buffer.from(`xref\n0 1\n0000000000 65535 f \ntrailer\n<</Size 1 /Prev ${indexPdf(pdf).startxref}>>\nstartxref\n${pdf.length}\n%%EOF\n`, "latin1")]);
    expect(patchTocPages(updated, anchors, pages)).toBeUndefined();
  });
});
