// One diff benchmark case: a copy of the content with ~5% of the products changed.
// Usage: diff-case.ts CONTENT WORK PHASE, run in three processes: `koud` (no version printed before), `bouw` (both
// versions' bundles printed, as a team compares two versions it built), `na-bouw` (the overview again).
// Prints one JSON line: milliseconds to validate both sides, compare (data and documents), find the pages of the
// changed §§ (paginas), render HTML and print the PDF; or, for `bouw`, the time to print both bundles.
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { compareTender } from "../../src/diff/compare-tender.ts";
import { renderChangesHtml } from "../../src/diff/render-html.ts";
import { renderChangesPdf } from "../../src/diff/render-pdf.ts";
import { addPages } from "../../src/diff/pages.ts";
import { peakMemoryMb } from "./measure.ts";
import { renderAttachments } from "../../src/pdf/render-attachments.ts";

const [dir, work, phase] = process.argv.slice(2) as [string, string, "koud" | "bouw" | "na-bouw"];
const after = join(work, "na");
// Made once per case; the later phases compare the very same two versions.
if (!existsSync(after)) changedCopy(dir, after);

function changedCopy(dir: string, after: string): void {
  cpSync(dir, after, { recursive: true });
  // Change every 20th product: its tariff and a word of its description.
  let n = 0;
  for (const file of readdirSync(join(after, "segmenten"))) {
    const path = join(after, "segmenten", file);
    const doc = parseDocument(readFileSync(path, "utf8"));
    const products = doc.get("producten") as { items: { get(k: string): any; setIn(p: string[], v: unknown): void }[] };
    for (const p of products.items) {
      if (n++ % 20 !== 0) continue;
      p.setIn(["bekostiging", "tarief"], Math.round(p.get("bekostiging").get("tarief") * 105) / 100);
      p.setIn(["omschrijving"], `${p.get("omschrijving")} Gewijzigd na de Nota van Inlichtingen.`);
    }
    writeFileSync(path, doc.toString());
}
}

// The page cache of this case alone: the first comparison is cold, as on a fresh machine.
process.env.JEUGDHULP_PAGINA_CACHE = join(work, "paginas");

const t0 = performance.now();
const a = validateContent(dir).model!;
const b = validateContent(after).model!;
const validate = performance.now() - t0;

if (phase === "bouw") {
  // As a team works: both versions built (the one published and the one about to be), their PDFs printed.
  for (const [model, out] of [[a, "voor"], [b, "na-bundel"]] as const) await renderAttachments(model, join(work, out));
  console.log(JSON.stringify({ buildBoth: performance.now() - t0 - validate, peakMb: peakMemoryMb() }));
} else {
  // The whole overview as users get it: the data, the built documents compared § by §, the page of every place, HTML and PDF.
  const t1 = performance.now();
  const report = compareTender(a, b);
  const t2 = performance.now();
  await addPages(report);
  const t3 = performance.now();
  const html = renderChangesHtml(report);
  const t4 = performance.now();
  await renderChangesPdf(report, html);
  const t5 = performance.now();
  console.log(JSON.stringify({ validate, compare: t2 - t1 + (t4 - t3), paginas: t3 - t2, pdf: t5 - t4, total: t5 - t0, changed: report.counts.gewijzigd, peakMb: peakMemoryMb() }));
}
