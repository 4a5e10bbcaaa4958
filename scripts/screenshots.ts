// Screenshots of built site pages, to look at what users see:
// `tsx scripts/screenshots.ts SITE_DIR OUT_DIR path1 path2 ...`
import { mkdirSync } from "node:fs";
import { launchChromium } from "../src/browser/launch.ts";
import { serveStatic } from "../test/site/serve-static.ts";

const [siteDir, outDir, ...paths] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await serveStatic(siteDir);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const [width, tag] of [[1280, "desktop"], [360, "mobiel"]] as const) {
    await page.setViewport({ width, height: 900 });
    for (const p of paths) {
      await page.goto(server.url + p, { waitUntil: "networkidle0" });
      await page.screenshot({ path: `${outDir}/${tag}${p.replace(/\//g, "_")}.png`, fullPage: true });
    }
  }
} finally {
  await browser.close();
  await server.close();
}
