import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const CLI = resolve("src/cli/main.ts");
// The CLI runs inside another repository, where `tsx` cannot be found by name.
const TSX = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
const repo = mkdtempSync(join(tmpdir(), "repo-"));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8" });
const diff = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", TSX, CLI, "diff", ...args], { cwd: repo, encoding: "utf8" });

describe("npm run diff between two tagged versions in git", () => {
  it("reads both versions from git without touching the working tree and writes html, json and pdf", () => {
    cpSync("test/fixtures/klein", join(repo, "content"), { recursive: true });
    git("init", "-q");
    git("-c", "user.email=t@t", "-c", "user.name=t", "add", ".");
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qm", "versie 2.1");
    git("tag", "v2.1");
    const edit = (file: string, from: string, to: string) => writeFileSync(join(repo, file), readFileSync(join(repo, file), "utf8").replace(from, to));
    edit("content/aanbesteding.yaml", 'versie: "2.1"', 'versie: "2.2"');
    edit("content/subtenders/spoed.yaml", "aantal_contractanten: 3", "aantal_contractanten: 4");
    edit("content/segmenten/spoed.yaml", "tarief: 412.35", "tarief: 420");
    git("-c", "user.email=t@t", "-c", "user.name=t", "commit", "-qam", "versie 2.2");
    git("tag", "v2.2");
    // An uncommitted edit in the working tree must not leak into either version.
    edit("content/segmenten/ambulant.yaml", "tarief: 68.4", "tarief: 99.99");

    const r = diff("v2.1", "v2.2", "--out", "uit");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Wijzigingenoverzicht versie 2.1 → 2.2: 2 gewijzigd");
    expect(r.stdout).toContain("aantal contractanten 3 → 4");

    const json = JSON.parse(readFileSync(join(repo, "uit/wijzigingen.json"), "utf8"));
    expect(json.from).toMatchObject({ bron: "v2.1", versie: "2.1" });
    expect(JSON.stringify(json)).not.toContain("99,99");
    expect(readFileSync(join(repo, "uit/wijzigingen.html"), "utf8")).toContain('<html lang="nl">');
    expect(git("status", "--porcelain").split("\n").filter(Boolean)).toEqual([" M content/segmenten/ambulant.yaml", "?? uit/"]);

    const text = execFileSync("pdftotext", ["-layout", join(repo, "uit/wijzigingen.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("Wijzigingenoverzicht versie 2.1 → 2.2");
    expect(text).toContain("RN-2025-014");
    expect(text).toMatch(/€ 412,35 per etmaal\s*→\s*€ 420,00 per etmaal/);
    expect(text).toMatch(/pagina 1 van \d/);
  });

  it("says Geen wijzigingen for identical versions", () => {
    const r = diff("v2.1", "v2.1", "--out", "zelfde");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Geen wijzigingen");
    expect(readFileSync(join(repo, "zelfde/wijzigingen.html"), "utf8")).toContain("Geen wijzigingen");
  });

  it("publishes the overview on the website with npm run build -- --compare", async () => {
    const r = spawnSync(process.execPath, ["--import", TSX, CLI, "build", "--out", "dist", "--compare", "v2.1"], { cwd: repo, encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const page = readFileSync(join(repo, "dist/site/wijzigingen/index.html"), "utf8");
    expect(page).toContain("Wijzigingen ten opzichte van versie 2.1");
    expect(page).toMatch(/aantal contractanten.*<del[^>]*>3<\/del>.*<ins[^>]*>4<\/ins>/s);
    expect(readFileSync(join(repo, "dist/site/index.html"), "utf8")).toContain('href="/wijzigingen/"');
    expect(readFileSync(join(repo, "dist/wijzigingen/wijzigingen.json"), "utf8")).toContain('"versie": "2.1"');

    const { launchChromium } = await import("../../src/browser/launch.ts");
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(pathToFileURL(join(repo, "dist/site/wijzigingen/index.html")).href, { waitUntil: "load" });
      await tab.addScriptTag({ path: resolve("node_modules/axe-core/axe.min.js") });
      const result = await tab.evaluate(() => (window as any).axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }));
      expect(result.violations.map((v: { id: string }) => v.id)).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("stops with the validation messages when a version is invalid, and on an unknown ref", () => {
    const broken = join(repo, "kapot");
    cpSync(join(repo, "content"), broken, { recursive: true });
    writeFileSync(join(broken, "eisen.yaml"), "- id: x\n");
    const invalid = diff("v2.1", "kapot");
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/Versie kapot is ongeldig:[\s\S]*kapot\/eisen\.yaml:1:3: fout: verplicht veld/);
    const unknown = diff("v9.9", "v2.1");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("geen map en geen bekende git-versie");
  });
});
