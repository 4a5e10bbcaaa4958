/**
 * Markdown is rendered wherever it is shown: no page of the site and no PDF of
 * the bundle of the example, Rijnmond or `klein` shows raw Markdown, the `**`
 * of bold text or the `](` of a link (issue 22: a milestone's toelichting once
 * printed `**Mercell**` and `[Inleiding](hoofdstuk:inleiding)` as they were written).
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { pdftotext, sharedBundle } from "../pdf/helpers.ts";
import { shared } from "../shared/builds.ts";

/** The text a reader sees on a page: without scripts, styles and tags. */
const visibleText = (html: string) =>
  html.replace(/<script\b[\s\S]*?<\/script>/gi, " ").replace(/<style\b[\s\S]*?<\/style>/gi, " ").replace(/<[^>]+>/g, " ").replace(/&#x27;|&#39;/g, "'").replace(/&amp;|&#x26;/g, "&");

const RAW = /\*\*|\]\(/;

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".html") && !f.startsWith("pagefind")).map((f) => join(dir, f));
}

describe.each([["voorbeeld", 13], ["klein", 8], ["rijnmond", 11]] as const)("raw Markdown (%s)", (name, bundleSize) => {
  it("is on no page of the site", () => {
    const pages = htmlPages(join(shared(name).out, "site"));
    expect(pages.length).toBeGreaterThan(30);
    const raw = pages.flatMap((file) => {
      const m = RAW.exec(visibleText(readFileSync(file, "utf8")));
      return m ? [`${file}: …${visibleText(readFileSync(file, "utf8")).slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, " ")}…`] : [];
    });
    expect(raw).toEqual([]);
  });

  it("is in no PDF of the bundle", () => {
    const bundle = sharedBundle(name);
    const pdfs = bundle.manifest.bestanden.filter((b) => b.bestand.endsWith(".pdf"));
    // Every bijlage of the tender is a PDF here (no own files in these three).
    expect(pdfs).toHaveLength(bundleSize);
    const raw = pdfs.flatMap((b) => {
      const text = pdftotext(join(bundle.out, b.bestand));
      const m = RAW.exec(text);
      return m ? [`${b.bestand}: …${text.slice(Math.max(0, m.index - 40), m.index + 40).replace(/\s+/g, " ")}…`] : [];
    });
    expect(raw).toEqual([]);
  });
});
