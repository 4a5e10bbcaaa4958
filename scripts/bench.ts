// `npm run bench`: measures every stage against a baseline measured in the same
// run (absolute times drift on shared machines; ratios do not).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticTender } from "./synthetic-tender.ts";

// `npm run -s bench -- --json`: every figure as one JSON object on stdout; the
// tables go to stderr then (so sections that print with console.log do too).
const json = process.argv.includes("--json");
const stdoutLog = console.log;
if (json) console.log = (...args: unknown[]) => console.error(...args);
/** Per N ("voorbeeld", "100", "1000"): the figures the issue asks for, plus every case's own JSON line. */
type PerN = Record<string, number | null>;
const figures = {
  validate: { ratio: {} as PerN },
  site: { ms: {} as PerN, plainAstroMs: {} as PerN, pages: {} as PerN, plainAstroPagefindMs: {} as PerN },
  pdf: { ms: {} as PerN, rawMs: {} as PerN, pages: {} as PerN },
  build: { ms: {} as PerN, peakMb: {} as PerN },
  dev: { reloadMs: {} as PerN },
  cases: {} as Record<string, Record<string, unknown>>,
};
/** "voorbeeld (content/)" → "voorbeeld", "synthetisch N = 100" → "100". */
const keyOf = (label: string) => /N = (\d+)$/.exec(label)?.[1] ?? "voorbeeld";
const REPORTED = new Set(["voorbeeld", "100", "1000"]);

const ms = (x: number) => `${x.toFixed(1)} ms`;
const work = mkdtempSync(join(tmpdir(), "bench-"));
const cases: [string, string][] = [["voorbeeld (content/)", process.env.BENCH_CONTENT ?? "content"]];
for (const n of [100, 1000, 5000]) {
  const dir = join(work, `n${n}`);
  writeSyntheticTender(n, dir);
  cases.push([`synthetisch N = ${n}`, dir]);
}

console.log("## Validatie (mediaan van 5 runs na één opwarmrun; basislijn en onze validatie om beurten)\n");
console.log("| inhoud | MB | yaml alleen (basislijn) | laden | schema | regels | model | totaal | boven basislijn | piekgeheugen |");
console.log("|---|---|---|---|---|---|---|---|---|---|");
for (const [label, dir] of cases) {
  const out = execFileSync(process.execPath, ["--import", "tsx", "scripts/bench/validate-case.ts", dir, "5"], { encoding: "utf8" });
  const r = JSON.parse(out.trim().split("\n").pop()!);
  const beyond = (r.total - r.baseline) / r.baseline;
  if (REPORTED.has(keyOf(label))) figures.validate.ratio[keyOf(label)] = r.total / r.baseline;
  console.log(`| ${label} | ${(r.bytes / 1e6).toFixed(2)} | ${ms(r.baseline)} | ${ms(r.load)} | ${ms(r.schema)} | ${ms(r.rules)} | ${ms(r.resolve)} | ${ms(r.total)} | ${(beyond * 100).toFixed(0)}% | ${r.peakMb} MB |`);
}
const runCase = (script: string, ...args: string[]) => {
  const run = () => execFileSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8" });
  let out: string;
  try {
    out = run();
  } catch (e) {
    // Once more after a failure (a file saved halfway while the bench ran); a second failure stops the bench.
    console.error(`${script} ${args.join(" ")} mislukte; nog één poging: ${(e as Error).message.split("\n")[0]}`);
    out = run();
  }
  const r = JSON.parse(out.trim().split("\n").pop()!);
  // Every case's figures go into the JSON too, under its script and its N.
  const label = cases.find(([, d]) => d === args[0])?.[0];
  const name = script.replace(/^.*\//, "").replace(/\.ts$/, "");
  (figures.cases[name] ??= {})[label ? keyOf(label) : args.join(" ")] = r;
  return r;
};

console.log("\n## Website (Astro + Pagefind, één run per geval; basislijn: kaal Astro, evenveel pagina's uit één databestand, minimale opmaak, geen zoekfunctie)\n");
console.log("| inhoud | pagina's | bouwtijd | per pagina | piekgeheugen | kaal Astro | verhouding | kaal Astro + Pagefind | verhouding |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !l.endsWith("5000"))) {
  const r = runCase("scripts/bench/site-case.ts", dir);
  const plain = runCase("scripts/bench/plain-astro-case.ts", String(r.pages));
  Object.assign(figures.site.ms, { [keyOf(label)]: r.ms });
  Object.assign(figures.site.plainAstroMs, { [keyOf(label)]: plain.ms });
  Object.assign(figures.site.pages, { [keyOf(label)]: r.pages });
  Object.assign(figures.site.plainAstroPagefindMs, { [keyOf(label)]: plain.ms + plain.pagefindMs });
  const withSearch = plain.ms + plain.pagefindMs;
  console.log(`| ${label} | ${r.pages} | ${(r.ms / 1000).toFixed(1)} s | ${(r.ms / r.pages).toFixed(1)} ms | ${r.peakMb} MB | ${(plain.ms / 1000).toFixed(1)} s | ${(r.ms / plain.ms).toFixed(2)}× | ${(withSearch / 1000).toFixed(1)} s | ${(r.ms / withSearch).toFixed(2)}× |`);
}

console.log("\n## PDF-bijlagen voor Mercell (mediaan van 3 runs, 1 bij N = 1000; basislijn: kaal Chromium dat dezelfde HTML print)\n");
console.log("| inhoud | pagina's | onze PDF-stap | kaal Chromium | verhouding | per pagina | piekgeheugen |");
console.log("|---|---|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !l.endsWith("5000"))) {
  // One run at N = 1,000 (hundreds of pages, twice): enough to see the cost per page.
  const r = runCase("scripts/bench/pdf-case.ts", dir, label.endsWith("1000") ? "1" : "3");
  Object.assign(figures.pdf.ms, { [keyOf(label)]: r.ms });
  Object.assign(figures.pdf.rawMs, { [keyOf(label)]: r.rawMs });
  Object.assign(figures.pdf.pages, { [keyOf(label)]: r.pages });
  console.log(`| ${label} | ${r.pages} | ${(r.ms / 1000).toFixed(2)} s | ${(r.rawMs / 1000).toFixed(2)} s | ${(r.ms / r.rawMs).toFixed(2)}× | ${(r.ms / r.pages).toFixed(1)} ms | ${r.peakMb} MB |`);
}

console.log("\n## Overeenkomsten in de PDF-stap (mediaan van 3 runs, 1 bij N = 1000; doel: ten hoogste 20% extra bij het voorbeeld, en per pagina niet duurder dan de andere bijlagen)\n");
console.log("| inhoud | alle bijlagen | zonder overeenkomsten | extra door overeenkomsten | per pagina: overeenkomsten alleen | per pagina: de andere bijlagen |");
console.log("|---|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !/N = (100|5000)$/.test(l))) {
  const r = runCase("scripts/bench/agreement-case.ts", dir, label.endsWith("1000") ? "1" : "3");
  const perPage = (x: { ms: number; pages: number }) => `${(x.ms / x.pages).toFixed(1)} ms (${x.pages} p.)`;
  console.log(`| ${label} | ${(r.all.ms / 1000).toFixed(2)} s | ${(r.without.ms / 1000).toFixed(2)} s | ${(((r.all.ms - r.without.ms) / r.without.ms) * 100).toFixed(0)}% | ${perPage(r.agreements)} | ${perPage(r.without)} |`);
}

console.log("\n## Werkmap voor de inrichting (xlsx en CSV's; mediaan van 5 runs; doel bij N = 1000: onder 2 s)\n");
console.log("| inhoud | rijen | xlsx | schrijven | piekgeheugen |");
console.log("|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !l.endsWith("5000"))) {
  const r = runCase("scripts/bench/workbook-case.ts", dir, "5");
  const goal = r.products >= 1000 ? (r.ms < 2000 ? " (doel gehaald)" : " (BOVEN HET DOEL VAN 2 s)") : "";
  console.log(`| ${label} | ${r.rows} | ${(r.bytes / 1024).toFixed(0)} kB | ${ms(r.ms)}${goal} | ${r.peakMb} MB |`);
}

console.log("\n## Checklist voor inschrijvers (/inschrijven/, lokaal geserveerd, laden en één perceel aanvinken; mediaan van 5 runs; doel bij N = 1000: onder 1 s, script onder 50 kB)\n");
console.log("| inhoud | percelen | HTML | script | laden + aanvinken |");
console.log("|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !/N = (100|5000)$/.test(l))) {
  const r = runCase("scripts/bench/checklist-case.ts", dir, "5");
  const goal = r.lots >= 100 ? (r.ms < 1000 && r.scriptBytes < 50_000 ? " (doel gehaald)" : " (BOVEN HET DOEL)") : "";
  console.log(`| ${label} | ${r.lots} | ${(r.htmlBytes / 1024).toFixed(0)} kB | ${(r.scriptBytes / 1024).toFixed(1)} kB | ${ms(r.ms)}${goal} |`);
}

console.log("\n## Wijzigingsoverzicht (5% van de producten gewijzigd; doel: voorbeeld onder 5 s, N = 1000 onder 15 s, naast de bouw van beide versies)\n");
console.log("Koud: geen van beide versies is eerder gebouwd, dus elk gewijzigd document wordt per versie afgedrukt voor de paginanummers. Na de bouw: beide versies zijn gebouwd (de PDF-bijlagen, kolom 'bouw van beide'), zoals een team twee versies vergelijkt; de paginanummers komen dan uit die afdrukken.\n");
console.log("| inhoud | beide kanten valideren | vergelijken + HTML | paginanummers koud | PDF | totaal koud | bouw van beide | paginanummers na de bouw | totaal na de bouw | gewijzigd | piekgeheugen |");
console.log("|---|---|---|---|---|---|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !/N = (100|5000)$/.test(l))) {
  const work = mkdtempSync(join(tmpdir(), "bench-diff-"));
  const r = runCase("scripts/bench/diff-case.ts", dir, work, "koud");
  const { buildBoth } = runCase("scripts/bench/diff-case.ts", dir, work, "bouw");
  const { paginas: paginasNaBouw, total: totalNaBouw } = runCase("scripts/bench/diff-case.ts", dir, work, "na-bouw");
  rmSync(work, { recursive: true, force: true });
  Object.assign(r, { buildBoth, paginasNaBouw, totalNaBouw });
  const limit = /1000/.test(label) ? 15_000 : 5_000;
  const goal = r.totalNaBouw < limit ? " (doel gehaald)" : ` (BOVEN HET DOEL VAN ${limit / 1000} s)`;
  console.log(`| ${label} | ${ms(r.validate)} | ${ms(r.compare)} | ${ms(r.paginas)} | ${ms(r.pdf)} | ${(r.total / 1000).toFixed(2)} s | ${(r.buildBoth / 1000).toFixed(1)} s | ${ms(r.paginasNaBouw)} | ${(r.totalNaBouw / 1000).toFixed(2)} s${goal} | ${r.changed} | ${r.peakMb} MB |`);
}

console.log("\n## Aankondiging (eForms subtype 20 + OCDS, maken en valideren; doel: voorbeeld onder 1 s, N = 1000 onder 3 s)\n");
console.log("| inhoud | percelen in de aankondiging | eerste run (schema's compileren) | mediaan daarna | piekgeheugen |");
console.log("|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !/N = (100|5000)$/.test(l))) {
  const r = runCase("scripts/bench/notices-case.ts", dir, "3");
  console.log(`| ${label} | ${r.lots} | ${ms(r.firstMs)} | ${ms(r.ms)} | ${r.peakMb} MB |`);
}

console.log("\n## Gunning (`npm run gunning` voor 3 subtenders × 15 percelen × 40 inschrijvers, gegenereerd uit test/fixtures/klein; één run; doel: onder 10 s, ten hoogste 1,3× kaal Chromium, onder 600 MB)\n");
console.log("| brieven | pagina's | onze gunningsstap | kaal Chromium | verhouding | piekgeheugen |");
console.log("|---|---|---|---|---|---|");
{
  const r = runCase("scripts/bench/gunning-case.ts", "1");
  console.log(`| ${r.letters} | ${r.pages} | ${(r.ms / 1000).toFixed(1)} s | ${(r.rawMs / 1000).toFixed(1)} s | ${(r.ms / r.rawMs).toFixed(2)}× | ${r.peakMb} MB |`);
}

console.log("\n## Nota van Inlichtingen in de validatie (voorbeeld zonder nota's en met 500 vragen in 5 nota's; mediaan van 5 runs; doel: ten hoogste 15% extra per 100 vragen)\n");
console.log("| inhoud | zonder nota's | met 500 vragen | extra per 100 vragen | waarvan boven het lezen van de YAML | piekgeheugen |");
console.log("|---|---|---|---|---|---|");
{
  const r = runCase("scripts/bench/nota-case.ts", process.env.BENCH_CONTENT ?? "content", "5");
  console.log(`| voorbeeld (content/) | ${ms(r.without)} | ${ms(r.with)} | ${ms(r.per100)} (${r.per100Pct.toFixed(1)}%) | ${r.per100BeyondYamlPct.toFixed(1)}% | ${r.peakMb} MB |`);
}

console.log("\n## Voorvertoning (npm run dev): opslaan tot de browser de wijziging toont (productnaam in de YAML gewijzigd, mediaan van 5 runs na één opwarmrun; doel: voorbeeld onder 1,5 s, N = 1000 onder 3 s)\n");
console.log("| inhoud | gevalideerd | browser herlaadt | wijziging getoond (mediaan) | max | doel |");
console.log("|---|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !/N = (100|5000)$/.test(l))) {
  const r = runCase("scripts/bench/dev-case.ts", dir, "5");
  const goalMs = keyOf(label) === "1000" ? 3000 : 1500;
  Object.assign(figures.dev.reloadMs, { [keyOf(label)]: r.medianMs });
  const goal = `onder ${(goalMs / 1000).toLocaleString("nl-NL")} s${r.medianMs < goalMs ? " (gehaald)" : " (NIET GEHAALD)"}`;
  console.log(`| ${label} | ${ms(r.phases.validatedMs ?? NaN)} | ${ms(r.phases.reloadRequestMs ?? NaN)} | ${ms(r.medianMs)} | ${ms(r.maxMs)} | ${goal} |`);
}

console.log("\n## De hele build (`npm run build` als proces, één run per geval; geheugen: piek van de opgetelde RSS van alle processen, en het grootste proces)\n");
console.log("| inhoud | wandkloktijd | piekgeheugen (alle processen) | grootste proces | gelukt |");
console.log("|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !l.endsWith("5000"))) {
  const r = runCase("scripts/bench/build-case.ts", dir);
  Object.assign(figures.build.ms, { [keyOf(label)]: r.ok ? r.ms : null });
  Object.assign(figures.build.peakMb, { [keyOf(label)]: r.ok ? r.peakMb : null });
  console.log(`| ${label} | ${(r.ms / 1000).toFixed(1)} s | ${r.peakMb} MB | ${r.largestProcessMb ?? "?"} MB | ${r.ok ? "ja" : "NEE (zie stderr)"} |`);
}

rmSync(work, { recursive: true, force: true });
if (json) stdoutLog(JSON.stringify(figures));
