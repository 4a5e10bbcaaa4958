// One benchmark case for the notices (eForms subtype 20 and OCDS) in its own process.
// Prints one JSON line: the first run (schemas compiled once per process, included) and
// the median of the following runs, in milliseconds, with the number of notice lots and peak MB.
// A content folder without notice data gets illustrative buyer data, so every case builds a notice.
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { buildNotices } from "../../src/notices/write-notices.ts";
import { medianTimings, peakMemoryMb } from "./measure.ts";

const dir = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
const { model } = validateContent(dir);
if (!model) throw new Error(`benchmarkinhoud ${dir} is ongeldig`);
const d = model.tender.aanbestedende_dienst;
model.tender.aanbestedende_dienst = {
  ...d,
  kvk: d.kvk ?? "12345678",
  adres: d.adres ?? { straat: "Hengelosestraat 1", postcode: "7511 AB", plaats: "Enschede" },
  contact: d.contact ?? { email: "inkoop@example.nl", telefoon: "+31 53 000 0000" },
  nuts: d.nuts ?? "NL213",
};
model.tender.aankondiging ??= { cpv: "85311300" };
let t = performance.now();
const first = await buildNotices(model);
const firstMs = performance.now() - t;
const timings = await medianTimings(runs, async () => {
  t = performance.now();
  await buildNotices(model);
  return { ms: performance.now() - t };
});
console.log(JSON.stringify({ firstMs, ...timings, lots: first.facts.lots.length, products: model.products.length, peakMb: peakMemoryMb() }));
