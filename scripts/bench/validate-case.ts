// One validation benchmark case, run in its own process so peak memory is its own.
// Prints one JSON line: median timings (ms) of our stages and of the baseline.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { validateContent } from "../../src/validate/validate-content.ts";
import { medianTimings, peakMemoryMb } from "./measure.ts";

const dir = process.argv[2];
const runs = Number(process.argv[3] ?? 5);

function files(d: string): string[] {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
}
const texts = files(dir).filter((f) => /\.(ya?ml|md)$/.test(f)).map((f) => readFileSync(f, "utf8"));
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);

// Baseline: `yaml` parsing alone (with positions) of the same text.
const baseline = await medianTimings(runs, () => {
  const t = performance.now();
  for (const text of texts) parseDocument(text, { lineCounter: new LineCounter() });
  return { parse: performance.now() - t };
});
const ours = await medianTimings(runs, () => {
  const t = performance.now();
  const result = validateContent(dir);
  if (!result.model) throw new Error(`benchmarkinhoud ${dir} is ongeldig`);
  return { ...result.timings, total: performance.now() - t };
});
console.log(JSON.stringify({ bytes, baseline: baseline.parse, ...ours, peakMb: peakMemoryMb() }));
