// One benchmark case for the buyer's workbook (OUT/inrichting/) in its own process.
// Prints one JSON line: median milliseconds to write the xlsx and the CSVs, rows, size, peak MB.
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { INRICHTING_DIR, WORKBOOK_FILE, writeBuyerWorkbook } from "../../src/export/workbook.ts";
import { medianTimings, peakMemoryMb } from "./measure.ts";

const dir = process.argv[2];
const runs = Number(process.argv[3] ?? 5);
const { model } = validateContent(dir);
if (!model) throw new Error(`benchmarkinhoud ${dir} is ongeldig`);
const out = mkdtempSync(join(tmpdir(), "bench-werkmap-"));
let rows = 0;
const timings = await medianTimings(runs, async () => {
  const t = performance.now();
  const written = await writeBuyerWorkbook(model, out);
  rows = written.sheets.reduce((n, s) => n + s.rows.length, 0);
  return { ms: performance.now() - t };
});
const bytes = statSync(join(out, INRICHTING_DIR, WORKBOOK_FILE)).size;
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({ ...timings, rows, bytes, products: model.products.length, peakMb: peakMemoryMb() }));
