// One PDF benchmark case: our Mercell stage against a raw Chromium print of the same HTML.
// Prints one JSON line: medians in ms, total pages, peak MB.
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { benchPdf } from "./pdf-bench.ts";
import { peakMemoryMb } from "./measure.ts";

const { model } = validateContent(process.argv[2]);
if (!model) throw new Error(`benchmarkinhoud ${process.argv[2]} is ongeldig`);
const r = await benchPdf(model, Number(process.argv[3] ?? 3));
console.log(JSON.stringify({ ...r, peakMb: peakMemoryMb() }));
process.exit(0);
