import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

/** Builds a content folder with the real CLI, as a user would, into a new temporary folder. */
export function buildTender(content: string): string {
  const out = mkdtempSync(join(tmpdir(), "site-"));
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "build", "--content", content, "--out", out], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`build van ${content} mislukt:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/** The small tender with hostile Markdown in a product, a chapter and a term: none of it may reach a page. */
export const HOSTILE = [
  "<script>window.__xss = 1</script>",
  '<img src="x" onerror="window.__xss = 2">',
  '<iframe src="https://example.com/"></iframe>',
  "[klik hier](javascript:window.__xss=3)",
];

export function hostileCopyOfKlein(): string {
  const dir = mkdtempSync(join(tmpdir(), "vijandig-"));
  cpSync("test/fixtures/klein", dir, { recursive: true });
  const segment = join(dir, "segmenten/spoed.yaml");
  writeFileSync(segment, readFileSync(segment, "utf8").replace("omschrijving: Een bed voor acute opvang.", `omschrijving: |\n      Een bed voor acute opvang.\n\n      ${HOSTILE.join("\n\n      ")}`));
  const chapter = join(dir, "teksten/10-inleiding.md");
  writeFileSync(chapter, readFileSync(chapter, "utf8") + "\n" + HOSTILE.join("\n\n") + "\n");
  return dir;
}

/** Every page of a built site, as URL paths (`/producten/x/`). */
export function sitePages(siteDir: string): string[] {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((f) => {
      const p = join(d, f);
      if (statSync(p).isDirectory()) return f === "pagefind" || f === "downloads" ? [] : walk(p);
      return f.endsWith(".html") ? [p] : [];
    });
  return walk(siteDir).map((file) => "/" + relative(siteDir, file).replace(/index\.html$/, "")).sort();
}

/** Where a page that moved sends the reader (its meta refresh), or undefined for an ordinary page. */
export function redirectOf(siteDir: string, path: string): string | undefined {
  if (!path.endsWith("/")) return undefined;
  const file = join(siteDir, path, "index.html");
  if (!existsSync(file)) return undefined;
  return /<meta http-equiv="refresh" content="0; url=([^"]+)"/.exec(readFileSync(file, "utf8"))?.[1];
}
