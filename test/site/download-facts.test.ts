// The website is rendered while the PDFs print: a download's size and pages
// are placeholders until the bundle exists. These are the ways that can go wrong.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillDownloadFacts } from "../../src/site/download-facts.ts";
import { downloadKind, downloadPages, downloadSize, PENDING } from "../../src/site/lib/downloads.ts";
import type { SiteDownload } from "../../src/site/lib/downloads.ts";

const printed: SiteDownload = { nummer: "1", titel: "Leidraad", bestand: "1-leidraad-v1.0.pdf", bytes: 1_572_864, paginas: 1, inhoud: "bestek", datum: "2026-02-15" };
const planned: SiteDownload = { ...printed, bytes: PENDING, paginas: PENDING };

function siteWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "downloadfeiten-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe("a download's size and pages, filled in after printing", () => {
  it("become the words a page rendered after printing shows, escaped as the page escapes them", () => {
    const page = `<p>(${downloadKind(planned)}, ${downloadSize(planned)})</p><td>${downloadPages(planned)}</td>`;
    expect(page).not.toContain("1,5 MB");
    const dir = siteWith({ "downloads/index.html": page });
    fillDownloadFacts(dir, [{ ...printed, paginas: 2 }]);
    expect(readFileSync(join(dir, "downloads/index.html"), "utf8")).toBe("<p>(PDF, 2 pagina&#39;s, 1,5 MB)</p><td>2</td>");
  });

  it("stop the build when a page names a file that was not printed", () => {
    const dir = siteWith({ "index.html": downloadSize({ ...planned, bestand: "9-vergeten-v1.0.pdf" }) });
    expect(() => fillDownloadFacts(dir, [printed])).toThrow("index.html: de website noemt 9-vergeten-v1.0.pdf, maar dat bestand is niet gemaakt");
  });

  it("stop the build when a placeholder is outside a page, where it could not be escaped", () => {
    const dir = siteWith({ "feed.xml": `<summary>${downloadSize(planned)}</summary>` });
    expect(() => fillDownloadFacts(dir, [printed])).toThrow("feed.xml: een download-aanduiding buiten een pagina");
  });

  it("leave a Word or Excel file without pages, as before printing", () => {
    const docx = { ...planned, bestand: "4-prijzen-v1.0.docx" };
    expect(downloadKind(docx)).toBe("Word-document");
    expect(downloadPages(docx)).toBe("–");
  });
});
