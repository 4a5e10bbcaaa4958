import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../run-cli.ts";

const repos: string[] = [];
afterAll(() => repos.forEach((r) => rmSync(r, { recursive: true, force: true })));

/**
 * A git repository of its own for each test: the small tender tagged v2.1,
 * an edit tagged v2.2 (a contractor count and a tariff), and an uncommitted
 * edit in the working tree that must not leak into either version.
 */
function taggedRepo() {
  const repo = mkdtempSync(join(tmpdir(), "repo-"));
  repos.push(repo);
  const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=t@t", "-c", "user.name=t", ...args], { cwd: repo, encoding: "utf8" });
  const edit = (file: string, from: string, to: string) => writeFileSync(join(repo, file), readFileSync(join(repo, file), "utf8").replace(from, to));
  cpSync("test/fixtures/klein", join(repo, "content"), { recursive: true });
  git("init", "-q");
  git("add", ".");
  git("commit", "-qm", "versie 2.1");
  git("tag", "v2.1");
  edit("content/aanbesteding.yaml", 'versie: "2.1"', 'versie: "2.2"');
  edit("content/subtenders/spoed.yaml", "aantal_contractanten: 3", "aantal_contractanten: 4");
  edit("content/segmenten/spoed.yaml", "tarief: 412.35", "tarief: 420");
  git("commit", "-qam", "versie 2.2");
  git("tag", "v2.2");
  edit("content/segmenten/ambulant.yaml", "tarief: 68.4", "tarief: 99.99");
  return { repo, git, diff: (...args: string[]) => runCli(["diff", ...args], { cwd: repo }), build: (...args: string[]) => runCli(["build", ...args], { cwd: repo }) };
}

describe("npm run diff between two tagged versions in git", () => {
  it("reads both versions from git without touching the working tree and writes html, json and pdf", async () => {
    const { repo, git, diff } = taggedRepo();
    const r = await diff("v2.1", "v2.2", "--out", "uit");
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

  it("says Geen wijzigingen for identical versions", async () => {
    const { repo, diff } = taggedRepo();
    const r = await diff("v2.1", "v2.1", "--out", "zelfde");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Geen wijzigingen");
    expect(readFileSync(join(repo, "zelfde/wijzigingen.html"), "utf8")).toContain("Geen wijzigingen");
  });

  it("publishes the overview on the website with npm run build -- --compare", async () => {
    const { repo, build } = taggedRepo();
    const r = await build("--out", "dist", "--compare", "v2.1");
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

  it("stops with the validation messages when a version is invalid, and on an unknown ref", async () => {
    const { repo, diff } = taggedRepo();
    const broken = join(repo, "kapot");
    cpSync(join(repo, "content"), broken, { recursive: true });
    writeFileSync(join(broken, "eisen.yaml"), "- id: x\n");
    const invalid = await diff("v2.1", "kapot");
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toMatch(/Versie kapot is ongeldig:[\s\S]*kapot\/eisen\.yaml:1:3: fout: verplicht veld/);
    const unknown = await diff("v9.9", "v2.1");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("geen map en geen bekende git-versie");
  });
});
