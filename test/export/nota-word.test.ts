// The notas as Word files (OUT/word/), for teams that finish a nota in Word:
// the same text as the PDF, beside the bundle and never in it.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocuments } from "../../src/documents/build-documents.ts";
import { wordDocument } from "../../src/export/docx.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { shared } from "../shared/builds.ts";

/** One part of a .docx (a ZIP), as text. */
const part = (file: string, name: string) => execFileSync("unzip", ["-p", file, name], { encoding: "utf8" });
/** The paragraphs of the document as a reader sees them. */
const paragraphs = (file: string) =>
  part(file, "word/document.xml")
    .split("</w:p>")
    .map((p) => p.replace(/<[^>]+>/g, "").replace(/&quot;/g, '"').replace(/&amp;/g, "&").trim())
    .filter(Boolean);

describe("a Nota van Inlichtingen as a Word file", () => {
  const out = shared("voorbeeld").out;
  const dir = join(out, "word");

  it("is written for each of the example's two notas, named as its PDF, and not put in the Mercell bundle", () => {
    const pdfs = readdirSync(join(out, "mercell")).filter((f) => /nota-van-inlichtingen-\d/.test(f));
    expect(pdfs).toHaveLength(2);
    expect(readdirSync(dir).sort()).toEqual(pdfs.map((f) => f.replace(/\.pdf$/, ".docx")).sort());
    expect(readdirSync(join(out, "mercell")).filter((f) => f.endsWith(".docx"))).toEqual([]);
    const manifest = readFileSync(join(out, "mercell", "manifest.json"), "utf8");
    expect(manifest).not.toContain(".docx");
  });

  it("holds the nota's text as its PDF prints it: title, status, each question with its answer, in order", () => {
    const file = join(dir, readdirSync(dir).find((f) => f.includes("nota-van-inlichtingen-1"))!);
    const text = paragraphs(file);
    expect(text).toContain("Nota van Inlichtingen 1");
    expect(text).toContain("1 Status van deze nota");
    // content/nota-van-inlichtingen/1.yaml, question 1.1: the question and the first words of the answer.
    const question = text.indexOf("Vraag 1.1");
    const asked = text.findIndex((p) => p.startsWith("Perceel 5 Crisispleegzorg vraagt dat wij ook gecontracteerd zijn voor pleegzorg in de toelating."));
    const answered = text.findIndex((p) => p.startsWith("Voor de hele looptijd."));
    expect(question).toBeGreaterThan(0);
    expect(asked).toBeGreaterThan(question);
    expect(answered).toBeGreaterThan(asked);
    expect(text.indexOf("Vraag 1.2")).toBeGreaterThan(answered);
    // The question's heading is a Word heading, so the navigation pane lists it.
    expect(part(file, "word/document.xml")).toMatch(/<w:pStyle w:val="Heading2"\/>.*?Vraag 1\.1/s);
  });

  it("carries the nota's date (8 maart 2024) and the aanbestedende dienst as its properties, never the clock", () => {
    const file = join(dir, readdirSync(dir).find((f) => f.includes("nota-van-inlichtingen-1"))!);
    const core = part(file, "docProps/core.xml");
    expect(core).toContain("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-03-08T00:00:00Z</dcterms:created>");
    expect(core).toContain("<dc:creator>Organisatie Zorg Jeugd Twente</dc:creator>");
    expect(execFileSync("unzip", ["-l", file], { encoding: "utf8" })).toMatch(/2024-03-08 00:00\s+word\/document\.xml/);
  });

  it("is the same bytes when written again from the same content", async () => {
    const model = validateContent("content").model!;
    const nota = buildDocuments(model).find((d) => d.attachment.inhoud === "nota-van-inlichtingen:2")!;
    const input = { html: nota.html, title: nota.title, author: model.tender.aanbestedende_dienst.naam, datum: nota.datum };
    const [one, two] = [await wordDocument(input), await wordDocument(input)];
    expect(one.length).toBeGreaterThan(5000);
    expect(one.equals(two)).toBe(true);
  });
});
