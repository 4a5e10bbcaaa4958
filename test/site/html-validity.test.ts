/**
 * Valid HTML: the Nu Html Checker (vnu-jar, run on the machine's Java) over
 * every page of the built website, for the example, the small fixture and
 * examples/rijnmond. And the phone card view of the tables, reached without
 * ARIA roles on rows and cells (invalid inside a table), is still a table to
 * a screen reader.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserForFile, type FileBrowser } from "../browser.ts";
import { shared } from "../shared/builds.ts";
import { serveStatic } from "./serve-static.ts";

const VNU_JAR = String(createRequire(import.meta.url)("vnu-jar"));

interface VnuMessage { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string }

/** Runs the checker on these files; its errors (warnings and info left out), one per message. */
function vnuErrors(files: string[]): VnuMessage[] {
  // Only the fast first JIT tier (C1): a run of a few hundred pages ends before the optimizing compiler pays
  // for itself; it halves the checker's CPU. C1's deeper stack frames need more than the default stack.
  const r = spawnSync("java", ["-Xss4m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", VNU_JAR, "--errors-only", "--format", "json", ...files], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw new Error(`Java niet gevonden (nodig voor de Nu Html Checker): ${r.error.message}`);
  // vnu writes its JSON report to stderr; exit status 1 means "errors found".
  const report = JSON.parse(r.stderr) as { messages: VnuMessage[] };
  // "non-document-error": a page the checker could not read counts as a failure too.
  return report.messages.filter((m) => m.type === "error" || m.type === "non-document-error" || m.subType === "fatal");
}

/** The file a message is about: vnu names it as a file: URL. */
const fileOf = (m: VnuMessage) => decodeURIComponent(m.url.replace(/^file:(\/\/)?/, ""));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith(".html") ? [p] : [];
  });
}

const sites: Record<string, string> = {};

/** The checker's errors on every page of the three sites, from one Java process (starting Java costs seconds). */
let allErrors: VnuMessage[];
const files: Record<string, string[]> = {};

/** A page with invalid markup, checked in the same run as the sites: ARIA roles on rows and cells of a table. */
const invalidDir = mkdtempSync(join(tmpdir(), "vnu-"));
const invalidPage = join(invalidDir, "index.html");

beforeAll(() => {
  for (const name of ["voorbeeld", "klein", "rijnmond"] as const) {
    sites[name] = join(shared(name).out, "site");
    files[name] = htmlFiles(sites[name]);
  }
  writeFileSync(invalidPage, '<!doctype html><html lang="nl"><head><title>t</title></head><body><table><tr role="row"><td role="cell">x</td></tr></table></body></html>');
  allErrors = vnuErrors([invalidPage, ...Object.values(files).flat()]);
});

afterAll(() => rmSync(invalidDir, { recursive: true, force: true }));

describe("the Nu Html Checker", () => {
  it("reports invalid markup (the check itself works): ARIA roles on rows and cells of a table", () => {
    const errors = allErrors.filter((e) => fileOf(e) === invalidPage);
    expect(errors.map((e) => e.message).join("\n")).toMatch(/“role” attribute must not be used on a “tr” element/);
  });

  it.each(["voorbeeld", "klein", "rijnmond"])("finds no errors on any page of the website (%s)", (name) => {
    expect(files[name].length).toBeGreaterThan(10);
    const ofSite = new Set(files[name]);
    // Every error names a page the checker was given.
    const given = new Set([invalidPage, ...Object.values(files).flat()]);
    expect(allErrors.filter((e) => !given.has(fileOf(e)))).toEqual([]);
    const errors = allErrors.filter((e) => ofSite.has(fileOf(e)));
    const shown = errors.map((e) => `${relative(sites[name], decodeURIComponent(e.url.replace(/^file:/, "")))}:${e.lastLine ?? "?"}: ${e.message}${e.extract ? `\n    ${e.extract.replace(/\n/g, " ")}` : ""}`);
    expect(errors, `${errors.length} fouten van de Nu Html Checker op ${new Set(errors.map((e) => e.url)).size} van ${files[name].length} pagina's:\n${shown.slice(0, 60).join("\n")}`).toEqual([]);
  });
});

describe("the phone card view of tables", () => {
  let browser: FileBrowser;
  let server: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    browser = await browserForFile();
    server = await serveStatic(sites.voorbeeld);
  });
  afterAll(async () => {
    // The browser's pages first: their open keep-alive connections would hold up the server's close.
    await browser?.close();
    await server?.close();
  });

  type AxNode = { role: string; name?: string; children?: AxNode[] };
  const roles = (n: AxNode): string[] => [n.role, ...(n.children ?? []).flatMap(roles)];

  // A criteria table (stacked) on a subtender page, and a table of the leidraad shown as cards.
  it.each([["/subtenders/crisis/", "table.stacked"], ["/bestek/beoordeling/", "table.cards"]])("%s: at 375 px the rows are blocks, and still a table with rows, headers and cells", async (path, selector) => {
    const page = await browser.newPage();
    try {
      await page.setViewport({ width: 375, height: 800 });
      await page.goto(server.url + path, { waitUntil: "load" });
      const table = await page.$(selector);
      expect(table, `${selector} op ${path}`).not.toBeNull();
      // The card view is what a phone shows: rows are not laid out as table rows.
      const display = await table!.$eval("tbody tr", (tr) => getComputedStyle(tr).display);
      expect(display).not.toBe("table-row");
      const markup = await table!.evaluate((t) => t.outerHTML);
      expect(markup).not.toMatch(/\srole=/);
      const tree = (await page.accessibility.snapshot({ root: table!, interestingOnly: false })) as AxNode | null;
      const found = new Set(roles(tree!));
      for (const role of ["table", "row", "columnheader", "cell"]) expect(found, `${path}: ${[...found].join(", ")}`).toContain(role);
    } finally {
      await page.close();
    }
  });
});
