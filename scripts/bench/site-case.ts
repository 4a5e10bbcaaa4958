// One site-build benchmark case in its own process (peak memory is its own).
// Prints one JSON line: milliseconds for validation and the site build, pages, peak MB.
import { mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { renderSite } from "../../src/site/render-site.ts";
import { peakMemoryMb } from "./measure.ts";

const dir = process.argv[2];
const out = mkdtempSync(join(tmpdir(), "bench-site-"));
const { model } = validateContent(dir);
if (!model) throw new Error(`benchmarkinhoud ${dir} is ongeldig`);
const t = performance.now();
await renderSite(model, join(out, "site"));
const ms = performance.now() - t;
const count = (d: string): number => readdirSync(d).reduce((n, f) => (statSync(join(d, f)).isDirectory() ? n + (f === "pagefind" ? 0 : count(join(d, f))) : n + (f.endsWith(".html") ? 1 : 0)), 0);
const pages = count(join(out, "site"));
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({ ms, pages, peakMb: peakMemoryMb() }));
process.exit(0);
