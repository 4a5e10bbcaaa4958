import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { attachmentKind } from "../content/attachment-kinds.ts";
import type { DocumentHtml } from "../documents/build-documents.ts";
import type { Model } from "../model/types.ts";
import { wordDocument } from "./docx.ts";

/** Where the team's Word files go: beside the bundle, never in it (Mercell gets the PDFs). */
export const WORD_DIR = "word";

/**
 * Every Nota van Inlichtingen of the bundle as a Word file in `OUT/word/`,
 * from the same HTML as its PDF, named as the PDF with .docx: many teams
 * finish a nota in Word before it is published. Returns the files written.
 */
export async function writeNotaWordFiles(model: Model, docs: DocumentHtml[], outDir: string): Promise<string[]> {
  const notas = docs.filter((d) => attachmentKind(d.attachment.inhoud)?.soort === "nota-van-inlichtingen");
  if (!notas.length) return [];
  const dir = join(outDir, WORD_DIR);
  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const d of notas) {
    const name = d.fileName.replace(/\.pdf$/i, ".docx");
    writeFileSync(join(dir, name), await wordDocument({ html: d.html, title: d.title, author: model.tender.aanbestedende_dienst.naam, datum: d.datum }));
    written.push(name);
  }
  return written;
}
