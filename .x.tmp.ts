import { launchChromium } from "./src/browser/launch.ts";
import { serveStatic } from "./test/site/serve-static.ts";
import { readdirSync, statSync, existsSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
function sitePages(siteDir: string): string[] {
  const walk = (d: string): string[] => readdirSync(d).flatMap((f) => { const p = join(d, f); if (statSync(p).isDirectory()) return f === "pagefind" ? [] : walk(p); return f.endsWith(".html") ? [p] : []; });
  return walk(siteDir).map((file) => "/" + relative(siteDir, file).replace(/index\.html$/, "")).sort();
}
function redirectOf(siteDir: string, path: string) { if (!path.endsWith("/")) return undefined; const file = join(siteDir, path, "index.html"); if (!existsSync(file)) return undefined; return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(readFileSync(file, "utf8"))?.[1]; }
import { axeViolations } from "./test/site/axe.ts";
const dir = process.argv[2];
const { url, close } = await serveStatic(dir);
const browser = await launchChromium();
const page = await browser.newPage();
const paths = sitePages(dir).filter((p) => !redirectOf(dir, p));
const rows: [string, number, number, number][] = [];
for (const p of paths) {
  const t0 = performance.now();
  await page.goto(url + p, { waitUntil: "load" });
  const t1 = performance.now();
  await axeViolations(page, p);
  const t2 = performance.now();
  const n = await page.evaluate(() => document.querySelectorAll("*").length);
  rows.push([p, t1 - t0, t2 - t1, n]);
}
rows.sort((a, b) => b[2] - a[2]);
console.log("pages", rows.length, "load", rows.reduce((s, r) => s + r[1], 0).toFixed(0), "axe", rows.reduce((s, r) => s + r[2], 0).toFixed(0));
for (const r of rows.slice(0, 12)) console.log(r[2].toFixed(0).padStart(6), r[1].toFixed(0).padStart(5), r[3], r[0]);
await browser.close(); await close();
