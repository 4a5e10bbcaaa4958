import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "puppeteer-core";
import { launchChromium } from "../browser/launch.ts";
import { buildDocuments, type DocumentHtml, type DocumentOptions } from "../documents/build-documents.ts";
import { attachmentFileName } from "../documents/file-name.ts";
import type { FileAttachment, Model } from "../model/types.ts";
import { sha256, writeManifest, type Manifest, type ManifestEntry } from "./manifest.ts";
import { finalizePdf } from "./metadata.ts";
import { inPages } from "./page-pool.ts";
import { declaredPageCount, pageCount } from "../load/pdf-structure.ts";
import { printDocument, takePrintedAhead } from "./print-document.ts";

export interface RenderOptions {
  /** Pages printing at the same time in the one browser (default 2: the machine has 2 cores). */
  concurrency?: number;
  /** Budget for printing all documents together, in ms. */
  timeoutMs?: number;
  /** Receives every URL the pages tried to fetch and were refused. */
  blockedRequests?: string[];
  /** Told how many documents are printed: once with 0 before printing starts, then after each document. */
  onProgress?: (progress: { printed: number; total: number }) => void;
  /** What the documents carry beyond the model (a nota's derived changes). */
  documents?: DocumentOptions;
  /** Handed the documents as rendered to HTML, before printing: other writers (Word) use the same text. */
  onDocuments?: (docs: DocumentHtml[]) => void;
}

export const DEFAULT_TIMEOUT_MS = Number(process.env.PDF_TIMEOUT_MS) || 120_000;

function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`PDF's maken duurde langer dan ${ms >= 1000 ? `${Math.round(ms / 1000)} s` : `${ms} ms`}; afgebroken.`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

async function printOne(page: Page, doc: DocumentHtml, workDir: string, index: number, timeout: number): Promise<Uint8Array> {
  return takePrintedAhead(doc.html) ?? (await printDocument(page, doc.html, join(workDir, `document-${index}.html`), timeout)).pdf;
}

/**
 * The Mercell stage: every attachment of `tender.bijlagen` as a numbered PDF in
 * `outDir`, plus manifest.json and manifest.csv. One browser, a small pool of
 * pages, one time budget; the browser is closed whatever happens.
 */
export async function renderAttachments(model: Model, outDir: string, options: RenderOptions = {}): Promise<Manifest> {
  const t = model.tender;
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const blocked = options.blockedRequests ?? [];
  const workDir = mkdtempSync(join(tmpdir(), "bijlagen-"));
  let done = 0;
  // Chromium starts while the documents are rendered to HTML. The budget covers
  // launching too; whatever happens, the browser is closed once it exists.
  const launching = launchChromium();
  let docs: DocumentHtml[] = [];
  let pdfs: Uint8Array[];
  try {
    docs = buildDocuments(model, options.documents);
    options.onDocuments?.(docs);
    options.onProgress?.({ printed: done, total: docs.length });
    const work = (async () => {
      const browser = await launching;
      // Largest first, so the long leidraad does not start last and hold up the pool.
      const order = docs.map((d, i) => i).sort((a, b) => docs[b].html.length - docs[a].html.length);
      return inPages(
        browser,
        order,
        options.concurrency ?? 2,
        async (i, page) => {
          const pdf = await printOne(page, docs[i], workDir, i, timeout);
          options.onProgress?.({ printed: ++done, total: docs.length });
          return [i, pdf] as const;
        },
        blocked,
      );
    })();
    // After a timeout the pages fail as the browser closes; those late errors are expected, not unhandled.
    work.catch(() => undefined);
    const printed = await withDeadline(work, timeout);
    pdfs = [];
    for (const [i, pdf] of printed) pdfs[i] = pdf;
  } finally {
    const browser = await launching.catch(() => undefined);
    await browser?.close().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
  mkdirSync(outDir, { recursive: true });
  const printed = docs.map((doc, i) => {
    const pdf = finalizePdf(pdfs[i], {
      title: doc.title,
      author: t.aanbestedende_dienst.naam,
      subject: `Bijlage ${doc.attachment.nummer} bij de aanbesteding ${t.titel}`,
      keywords: `${t.kenmerk}, versie ${t.versie}`,
      date: doc.datum,
    });
    writeFileSync(join(outDir, doc.fileName), pdf);
    return { nummer: doc.attachment.nummer, titel: doc.attachment.titel, bestand: doc.fileName, versie: t.versie, datum: doc.datum, sha256: sha256(pdf), bytes: pdf.length, paginas: pageCount(pdf) };
  });
  // The manifest follows `bijlagen`: printed documents and own files in their numbered order.
  const bestanden = t.bijlagen.map((a) => (a.inhoud === "bestand" ? copyOwnFile(a, outDir, t) : printed.find((e) => e.nummer === a.nummer)!));
  const manifest: Manifest = { kenmerk: t.kenmerk, versie: t.versie, datum: t.datum, bestanden };
  writeManifest(outDir, manifest);
  return manifest;
}

/**
 * An own file, copied byte for byte under the bundle's name. A file that
 * changed since validation (its hash differs) stops the build: the manifest
 * must describe what was checked. Pages: a PDF's declared count; DOCX and
 * XLSX have no fixed pages (Word and Excel paginate when they open them), so 0.
 */
function copyOwnFile(a: FileAttachment, outDir: string, t: Model["tender"]): ManifestEntry {
  const bytes = readFileSync(a.bron);
  const hash = sha256(bytes);
  if (hash !== a.sha256) throw new Error(`bijlage ${a.nummer} (${a.bestand}) is gewijzigd tijdens het bouwen; bouw opnieuw`);
  const bestand = attachmentFileName(a, t.versie);
  writeFileSync(join(outDir, bestand), bytes);
  return { nummer: a.nummer, titel: a.titel, bestand, versie: t.versie, datum: t.datum, sha256: hash, bytes: bytes.length, paginas: a.extensie === "pdf" ? declaredPageCount(bytes) : 0 };
}

export { buildDocuments };
