// The "gunning" benchmark case: `npm run gunning` for 3 subtenders × 15 lots × 40 bidders
// (generated from test/fixtures/klein), against a raw Chromium print of the same letters.
// Prints one JSON line: medians in ms, letters, pages, peak MB.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../../src/browser/launch.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { awardDocuments, writeAward } from "../../src/award/write-award.ts";
import { pageCount } from "../../src/load/pdf-structure.ts";
import { median, peakMemoryMb } from "./measure.ts";
import { printRaw } from "./pdf-bench.ts";

const SUBTENDERS = 3;
const LOTS = 15;
const BIDDERS = 40;
const runs = Number(process.argv[2] ?? 1);

/** A small deterministic generator, so every run scores the same. */
let seed = 20261207;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

function generate(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "bench-gunning-")), "content");
  cpSync("test/fixtures/klein", dir, { recursive: true });
  const ids = Array.from({ length: SUBTENDERS }, (_, s) => `gen-${s + 1}`);
  const tender = join(dir, "aanbesteding.yaml");
  writeFileSync(tender, readFileSync(tender, "utf8").replace("subtenders: [spoed, toelating-noord]", `subtenders: [spoed, toelating-noord, ${ids.join(", ")}]`));
  mkdirSync(join(dir, "beoordeling"));
  ids.forEach((id, s) => {
    const lots = Array.from({ length: LOTS }, (_, l) => `  - { id: ${id}-p${l + 1}, nummer: "${s + 1}.${l + 1}", naam: Perceel ${l + 1}, producten: [spoedbed], aantal_contractanten: ${1 + (l % 5)} }`);
    writeFileSync(join(dir, "subtenders", `${id}.yaml`), `id: ${id}\nnaam: Subtender ${s + 1}\nprocedure: aanbesteding\nsegmenten: [spoed]\ngunningscriteria:\n  - { id: kwaliteit, naam: Kwaliteit, weging: 50 }\n  - { id: samenwerking, naam: Samenwerking, weging: 30 }\n  - { id: innovatie, naam: Innovatie, weging: 20 }\nbeoordelingsschaal:\n  - { score: 0, omschrijving: Onvoldoende }\n  - { score: 4, omschrijving: Matig }\n  - { score: 7, omschrijving: Goed }\n  - { score: 10, omschrijving: Uitstekend }\npercelen:\n${lots.join("\n")}\n`);
    const bidders = Array.from({ length: BIDDERS }, (_, b) => {
      const bids = Array.from({ length: LOTS }, (_, l) => {
        const score = () => [0, 4, 7, 10][Math.min(3, Math.floor(next() * 4.2))];
        return `      - { perceel: ${id}-p${l + 1}, ontvangen: 2025-10-20T09:00, geldig: true, scores: { kwaliteit: ${score()}, samenwerking: ${score()}, innovatie: ${score()} }, motivering: { kwaliteit: De commissie waardeert de concrete aanpak., samenwerking: Goede afspraken met de wijkteams., innovatie: Een bescheiden vernieuwing. }, loting: ${b + 1} }`;
      });
      return `  - id: inschrijver-${b + 1}\n    naam: Zorgaanbieder ${b + 1} B.V.\n    kvk: "${String(41000000 + b).padStart(8, "0")}"\n    inschrijvingen:\n${bids.join("\n")}`;
    });
    writeFileSync(join(dir, "beoordeling", `${id}.yaml`), `subtender: ${id}\ndatum: 2025-11-07\ninschrijvers:\n${bidders.join("\n")}\n`);
  });
  return dir;
}

const dir = generate();
const { model, assessments, errorCount, diagnostics } = validateContent(dir);
if (!model) throw new Error(`gegenereerde inhoud is ongeldig (${errorCount}): ${diagnostics.filter((d) => d.severity === "fout").slice(0, 3).map((d) => d.message).join("; ")}`);
const ours: number[] = [];
const raw: number[] = [];
let letters = 0;
let pages = 0;
for (let i = 0; i < runs; i++) {
  const out = mkdtempSync(join(tmpdir(), "bench-gunning-uit-"));
  let t = performance.now();
  const written = await writeAward(model, assessments, out);
  ours.push(performance.now() - t);
  letters = written.folders.reduce((n, f) => n + f.manifest.bestanden.filter((b) => b.bestand.startsWith("gunningsbeslissing-")).length, 0);
  pages = written.folders.reduce((n, f) => n + f.manifest.bestanden.reduce((m, b) => m + b.paginas, 0), 0);
  rmSync(out, { recursive: true, force: true });

  t = performance.now();
  const docs = assessments.flatMap((a) => awardDocuments(model, a));
  const browser = await launchChromium();
  try {
    let k = 0;
    const worker = async () => {
      while (k < docs.length) pageCount(await printRaw(browser, docs[k++].html));
    };
    await Promise.all([worker(), worker()]);
  } finally {
    await browser.close();
  }
  raw.push(performance.now() - t);
}
rmSync(join(dir, ".."), { recursive: true, force: true });
console.log(JSON.stringify({ ms: median(ours), rawMs: median(raw), letters, pages, peakMb: peakMemoryMb() }));
process.exit(0);
