import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { Element } from "hast";
import { fromHtml } from "hast-util-from-html";
import { visit } from "unist-util-visit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareModels } from "../../src/diff/compare.ts";
import { writeChangeReport } from "../../src/diff/run-diff.ts";
import { HOSTILE, HOSTILE_NAMES, RAN } from "../site/build-fixtures.ts";
import { flat, pdftotext, sharedBundle, type Built } from "./helpers.ts";
import { shared } from "../shared/builds.ts";

/**
 * The PDFs and the change overview of a tender with hostile content
 * (test/site/build-fixtures.ts): payloads in every kind of Markdown field and
 * markup in plain-text names. A payload that ran would have written its marker
 * into the page before it printed.
 */
let b: Built;
let overview: string;

beforeAll(() => {
  b = sharedBundle("vijandig");
  // What a lawyer sees when the hostile texts are the change: the build compared them with the plain fixture (--compare).
  overview = join(shared("vijandig").out, "wijzigingen");
});

const pdfs = () => b.manifest.bestanden.map((f) => join(b.out, f.bestand));
/** Without white space and hyphens: pdftotext joins a word broken after a hyphen, and a narrow cell breaks a long "word" anywhere. */
const squeezed = (s: string) => s.replace(/[\s-]+/g, "");

/** Link targets written into a PDF: Chromium writes each link as an annotation with a /URI string. */
const uris = (file: string) => [...readFileSync(file, "latin1").matchAll(/\/URI\s*\(([^)]*)\)/g)].map((m) => m[1]);

describe("hostile content in the PDFs", () => {
  it("never runs while the PDFs print: no marker in any PDF, no javascript: link", () => {
    expect(pdfs().length).toBeGreaterThan(3);
    for (const file of pdfs()) {
      expect(pdftotext(file), file).not.toContain(RAN);
      expect(uris(file).filter((u) => /^\s*javascript:/i.test(u)), file).toEqual([]);
    }
  });

  it("shows names with markup as the text they are, in the attachments that name them", () => {
    // -raw: in the order Chromium drew the text, so a table cell's words stay together.
    const all = pdfs().map((f) => pdftotext(f, { raw: true })).join("\n");
    // A narrow table cell or heading breaks the long "word" of the payload anywhere: compare without white space.
    for (const name of Object.values(HOSTILE_NAMES)) expect(squeezed(all)).toContain(squeezed(name));
    // The harmless words around the payloads are printed.
    expect(all).toContain("Een bed voor acute opvang.");
    expect(all).toContain("De aanbieder is 24 uur per dag en 7 dagen per week bereikbaar.");
  });
});

describe("hostile content in the change overview", () => {
  it("reports the hostile texts as changes, and none of them runs in the HTML or the PDF", () => {
    const strings: string[] = [];
    const collect = (v: unknown): void => void (typeof v === "string" ? strings.push(v) : v && typeof v === "object" && Object.values(v).forEach(collect));
    collect(JSON.parse(readFileSync(join(overview, "wijzigingen.json"), "utf8")));
    // The payloads are in the report as data: they landed.
    expect(strings.some((s) => s.includes(HOSTILE_NAMES.eis))).toBe(true);
    expect(strings.some((s) => s.includes(HOSTILE[1]))).toBe(true);
    // The overview as a browser parses it: elements and attributes, not text that looks like them.
    const tree = fromHtml(readFileSync(join(overview, "wijzigingen.html"), "utf8"));
    const dangerous: string[] = [];
    let styles = 0;
    visit(tree, "element", (e: Element) => {
      if (e.tagName === "style") styles++;
      if (["script", "iframe", "img", "object", "embed"].includes(e.tagName)) dangerous.push(e.tagName);
      for (const [name, value] of Object.entries(e.properties ?? {})) {
        if (/^on/i.test(name)) dangerous.push(`${e.tagName}[${name}]`);
        if (name === "href" && /^\s*javascript:/i.test(String(value))) dangerous.push(`${e.tagName}[href=${value}]`);
      }
    });
    expect(dangerous).toEqual([]);
    // The head's own style sheet is the only one.
    expect(styles).toBe(1);
    const text = flat(pdftotext(join(overview, "wijzigingen.pdf")));
    expect(text).not.toContain(RAN);
    expect(squeezed(text)).toContain(squeezed(HOSTILE_NAMES.eis));
  });
});
