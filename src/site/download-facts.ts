import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { downloadFact, PENDING_FACT } from "./lib/downloads.ts";
import type { SiteDownload } from "./lib/downloads.ts";

/** Text as Astro writes an expression into a page (html-escaper's `escape`), so a filled page equals a page rendered with the facts. */
const escapeLikeAstro = (text: string) => text.replace(/[&<>'"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#39;", '"': "&quot;" })[c]!);

/**
 * Writes each download's size and pages into the pages that were rendered
 * while the PDFs were still printing (see PENDING in lib/downloads.ts). The
 * result is byte for byte the page a build that waited for the PDFs writes.
 * A token for a file that was not printed, or one left anywhere after this,
 * stops the build: a page must never show a placeholder.
 */
export function fillDownloadFacts(siteDir: string, files: SiteDownload[]): void {
  const byName = new Map(files.map((f) => [f.bestand, f]));
  for (const rel of readdirSync(siteDir, { recursive: true, encoding: "utf8" })) {
    if (!/\.(html|xml|json|txt)$/.test(rel)) continue;
    const path = join(siteDir, rel);
    const text = readFileSync(path, "utf8");
    if (!text.includes("@@jh-download:")) continue;
    const filled = text.replace(PENDING_FACT, (_, bestand: string, fact: string) => {
      const file = byName.get(bestand);
      if (!file) throw new Error(`${rel}: de website noemt ${bestand}, maar dat bestand is niet gemaakt`);
      if (!rel.endsWith(".html")) throw new Error(`${rel}: een download-aanduiding buiten een pagina`);
      return escapeLikeAstro(downloadFact(file, fact));
    });
    if (filled.includes("@@jh-download:")) throw new Error(`${rel}: een onbekende aanduiding voor een download bleef staan`);
    writeFileSync(path, filled);
  }
}
