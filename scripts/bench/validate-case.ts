// One validation benchmark case, run in its own process so peak memory is its own.
// Prints one JSON line: median timings (ms) of our stages and of the baseline.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { medianTimings, peakMemoryMb } from "./measure.ts";

const dir = process.argv[2];
const runs = Number(process.argv[3] ?? 5);

function files(d: string): string[] {
  return readdirSync(d).flatMap((f) => (statSync(join(d, f)).isDirectory() ? files(join(d, f)) : [join(d, f)]));
}
const texts = files(dir).filter((f) => /\.(ya?ml|md)$/.test(f)).map((f) => readFileSync(f, "utf8"));
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);

// Baseline: `yaml` parsing alone (with positions) of the same text. Each run
// measures the baseline and ours back to back, so both meet the same heap and
// the same machine load.
const timings = await medianTimings(runs, () => {
  let t = performance.now();
  for (const text of texts) parseDocument(text, { lineCounter: new LineCounter() });
  const parse = performance.now() - t;
  t = performance.now();
  const result = validateContent(dir);
  if (!result.model) throw new Error(`benchmarkinhoud ${dir} is ongeldig`);
  return { parse, ...result.timings, total: performance.now() - t };
});
const { parse, ...ours } = timings;
console.log(JSON.stringify({ bytes, baseline: parse, ...ours, peakMb: peakMemoryMb() }));
