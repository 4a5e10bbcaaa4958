// Benchmark of the Mercell stage: `npx tsx scripts/bench/pdf-bench.ts`.
// Compares our renderAttachments (TOC numbers, metadata, manifest) with a raw
// Chromium print of the very same HTML in the same run and the same pool
// size, and reports the cost per page for growing synthetic tenders.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import type { Browser } from "puppeteer-core";
import { launchChromium } from "../../src/browser/launch.ts";
import { buildDocuments } from "../../src/documents/build-documents.ts";
import type { Model } from "../../src/model/types.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { pageCount } from "../../src/load/pdf-structure.ts";
import { loadDocument, PDF_OPTIONS } from "../../src/pdf/page-setup.ts";
import { DEFAULT_TIMEOUT_MS, renderAttachments } from "../../src/pdf/render-attachments.ts";
import { writeSyntheticTender } from "../synthetic-tender.ts";

export interface PdfBenchResult {
  ms: number;
  rawMs: number;
  pages: number;
}

/** Baseline: the same HTML, loaded the same way, printed once, nothing after. */
export async function printRaw(browser: Browser, html: string): Promise<Uint8Array> {
  const workDir = mkdtempSync(join(tmpdir(), "ruw-"));
  const page = await browser.newPage();
  try {
    const file = join(workDir, "document.html");
    writeFileSync(file, html);
    await loadDocument(page, pathToFileURL(file).href, DEFAULT_TIMEOUT_MS);
    return await page.pdf({ ...PDF_OPTIONS, timeout: DEFAULT_TIMEOUT_MS });
  } finally {
    await page.close();
    rmSync(workDir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Wall time of the whole stage vs. launching Chromium and printing the same HTML once per document, 2 at a time. */
export async function benchPdf(model: Model, runs = 3): Promise<PdfBenchResult> {
  const ours: number[] = [];
  const raw: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), "bench-pdf-"));
    let t = performance.now();
    const manifest = await renderAttachments(model, out);
    ours.push(performance.now() - t);
    pages = manifest.bestanden.reduce((sum, f) => sum + f.paginas, 0);
    rmSync(out, { recursive: true, force: true });

    t = performance.now();
    const docs = buildDocuments(model);
    const browser = await launchChromium();
    try {
      let next = 0;
      const worker = async () => {
        while (next < docs.length) pageCount(await printRaw(browser, docs[next++].html));
      };
      await Promise.all([worker(), worker()]);
    } finally {
      await browser.close();
    }
    raw.push(performance.now() - t);
  }
  return { ms: median(ours), rawMs: median(raw), pages };
}

async function main(): Promise<void> {
  const cases: [string, string][] = [["voorbeeld (content/)", "content"], ["klein", "test/fixtures/klein"]];
  const work = mkdtempSync(join(tmpdir(), "bench-pdf-n-"));
  for (const n of [50, 200, 600]) {
    writeSyntheticTender(n, join(work, `n${n}`));
    cases.push([`synthetisch N = ${n}`, join(work, `n${n}`)]);
  }
  console.log("| inhoud | pagina's | onze tijd | ruwe print | verhouding | ms per pagina |\n|---|---|---|---|---|---|");
  for (const [label, dir] of cases) {
    const model = validateContent(dir).model;
    if (!model) throw new Error(`${dir} is ongeldig`);
    const r = await benchPdf(model, dir.includes("n600") ? 1 : 3);
    console.log(`| ${label} | ${r.pages} | ${(r.ms / 1000).toFixed(2)} s | ${(r.rawMs / 1000).toFixed(2)} s | ${(r.ms / r.rawMs).toFixed(2)}× | ${(r.ms / r.pages).toFixed(1)} |`);
  }
  rmSync(work, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
