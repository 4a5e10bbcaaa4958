// The bidders' checklist page (/inschrijven/) in its own process: builds the site,
// serves it locally, and loads the page in Chromium. Prints one JSON line: the median
// load time (navigation start to the load event, then ticking one lot), the page's
// HTML size and the script bytes it loads. Goal at N = 1,000: under 1 s, script under 50 kB.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchChromium } from "../../src/browser/launch.ts";
import { renderSite } from "../../src/site/render-site.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { serveStatic } from "../../test/site/serve-static.ts";
import { median } from "./measure.ts";

const [dir, runs = "5"] = process.argv.slice(2);
const out = mkdtempSync(join(tmpdir(), "bench-checklist-"));
const { model } = validateContent(dir);
if (!model) throw new Error(`benchmarkinhoud ${dir} is ongeldig`);
await renderSite(model, join(out, "site"));
const server = await serveStatic(join(out, "site"));
const browser = await launchChromium();
const times: number[] = [];
let scriptBytes = 0;
try {
  for (let i = 0; i <= Number(runs); i++) {
    const page = await browser.newPage();
    let bytes = 0;
    page.on("response", async (r) => { if (r.request().resourceType() === "script") bytes += (await r.buffer()).length; });
    const t = performance.now();
    await page.goto(`${server.url}/inschrijven/`, { waitUntil: "load" });
    await page.click('input[name="perceel"]');
    const ms = performance.now() - t;
    scriptBytes = bytes + (await page.$$eval("script:not([src])", (ss) => ss.reduce((n, s) => n + (s.textContent ?? "").length, 0)));
    if (i > 0) times.push(ms);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const htmlBytes = readFileSync(join(out, "site", "inschrijven", "index.html")).length;
rmSync(out, { recursive: true, force: true });
console.log(JSON.stringify({ ms: median(times), htmlBytes, scriptBytes, lots: model.lots.length }));
process.exit(0);
