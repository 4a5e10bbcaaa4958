// `npm run bench`: measures every stage against a baseline measured in the same
// run (absolute times drift on shared machines; ratios do not).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeSyntheticTender } from "./synthetic-tender.ts";

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
  console.log(`| ${label} | ${(r.bytes / 1e6).toFixed(2)} | ${ms(r.baseline)} | ${ms(r.load)} | ${ms(r.schema)} | ${ms(r.rules)} | ${ms(r.resolve)} | ${ms(r.total)} | ${(beyond * 100).toFixed(0)}% | ${r.peakMb} MB |`);
}
const runCase = (script: string, ...args: string[]) => {
  const out = execFileSync(process.execPath, ["--import", "tsx", script, ...args], { encoding: "utf8" });
  return JSON.parse(out.trim().split("\n").pop()!);
};

console.log("\n## Website (Astro + Pagefind, één run per geval)\n");
console.log("| inhoud | pagina's | bouwtijd | per pagina | piekgeheugen |");
console.log("|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !l.endsWith("5000"))) {
  const r = runCase("scripts/bench/site-case.ts", dir);
  console.log(`| ${label} | ${r.pages} | ${(r.ms / 1000).toFixed(1)} s | ${(r.ms / r.pages).toFixed(1)} ms | ${r.peakMb} MB |`);
}

console.log("\n## PDF-bijlagen voor Mercell (mediaan van 3 runs, 1 bij N = 1000; basislijn: kaal Chromium dat dezelfde HTML print)\n");
console.log("| inhoud | pagina's | onze PDF-stap | kaal Chromium | verhouding | per pagina | piekgeheugen |");
console.log("|---|---|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !l.endsWith("5000"))) {
  // One run at N = 1,000 (hundreds of pages, twice): enough to see the cost per page.
  const r = runCase("scripts/bench/pdf-case.ts", dir, label.endsWith("1000") ? "1" : "3");
  console.log(`| ${label} | ${r.pages} | ${(r.ms / 1000).toFixed(2)} s | ${(r.rawMs / 1000).toFixed(2)} s | ${(r.ms / r.rawMs).toFixed(2)}× | ${(r.ms / r.pages).toFixed(1)} ms | ${r.peakMb} MB |`);
}

console.log("\n## Wijzigingsoverzicht (5% van de producten gewijzigd)\n");
console.log("| inhoud | beide kanten valideren | vergelijken + HTML | PDF | totaal | gewijzigd | piekgeheugen |");
console.log("|---|---|---|---|---|---|---|");
for (const [label, dir] of cases.filter(([l]) => !/N = (100|5000)$/.test(l))) {
  const r = runCase("scripts/bench/diff-case.ts", dir);
  console.log(`| ${label} | ${ms(r.validate)} | ${ms(r.compare)} | ${ms(r.pdf)} | ${(r.total / 1000).toFixed(2)} s | ${r.changed} | ${r.peakMb} MB |`);
}

rmSync(work, { recursive: true, force: true });
