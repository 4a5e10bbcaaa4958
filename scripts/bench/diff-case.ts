// One diff benchmark case: a copy of the content with ~5% of the products changed.
// Prints one JSON line: milliseconds to validate both sides, compare (data and documents), find the pages of the changed §§ (paginas), render HTML and print the PDF.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseDocument } from "yaml";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { compareTender } from "../../src/diff/compare-tender.ts";
import { renderChangesHtml } from "../../src/diff/render-html.ts";
import { renderChangesPdf } from "../../src/diff/render-pdf.ts";
import { addPages } from "../../src/diff/pages.ts";
import { peakMemoryMb } from "./measure.ts";

const dir = process.argv[2];
const after = join(mkdtempSync(join(tmpdir(), "bench-diff-")), "na");
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

const t0 = performance.now();
const a = validateContent(dir).model!;
const b = validateContent(after).model!;
const t1 = performance.now();
// The whole overview as users get it: the data, and the built documents compared § by §.
const report = compareTender(a, b);
const t15 = performance.now();
// The page of every place, both versions: each changed document printed once per version.
await addPages(report);
const t16 = performance.now();
const html = renderChangesHtml(report);
const t2 = performance.now();
await renderChangesPdf(report, html);
const t3 = performance.now();
rmSync(join(after, ".."), { recursive: true, force: true });
console.log(JSON.stringify({ validate: t1 - t0, compare: t2 - t1 - (t16 - t15), paginas: t16 - t15, pdf: t3 - t2, total: t3 - t0, changed: report.counts.gewijzigd, peakMb: peakMemoryMb() }));
