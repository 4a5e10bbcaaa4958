import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Element, Root, RootContent } from "hast";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { browserForFile } from "../browser.ts";
import { axeViolations } from "../site/axe.ts";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../run-cli.ts";
import { taggedRepo } from "../fixtures/tagged-repo.ts";
import { shared } from "../shared/builds.ts";

const repos: string[] = [];
afterAll(() => repos.forEach((r) => rmSync(r, { recursive: true, force: true })));

/** A git repository of its own for each test (test/fixtures/tagged-repo.ts), with `npm run diff` run in it. */
function taggedRepoWithDiff() {
  const { repo, git } = taggedRepo();
  repos.push(repo);
  return { repo, git, diff: (...args: string[]) => runCli(["diff", ...args], { cwd: repo }) };
}

/** Every element under `node` with this tag name, in document order. */
function all(node: Root | Element, tag: string): Element[] {
  const found: Element[] = [];
  const walk = (n: Root | RootContent) => {
    if (n.type === "element" && n.tagName === tag) found.push(n);
    if (n.type === "element" || n.type === "root") n.children.forEach(walk);
  };
  walk(node);
  return found;
}
const plain = (node: Element | undefined) => (node ? toText(node).replace(/\s+/g, " ").trim() : undefined);

/**
 * The change overview as a reader sees it: per section (what changed: a
 * subtender, a segment) each changed thing with its rows, and per row the
 * field, the old value (struck) and the new one (inserted).
 */
function overview(html: string) {
  const doc = fromHtml(html);
  return all(doc, "section").map((section) => ({
    section: plain(all(section, "h2")[0]),
    changes: all(section, "article").map((article) => ({
      title: plain(all(article, "h3")[0]),
      rows: all(article, "dt").map((dt) => {
        const dd = all(article, "dd")[all(article, "dt").indexOf(dt)];
        return { field: plain(dt), old: plain(all(dd, "del")[0]), new: plain(all(dd, "ins")[0]) };
      }),
    })),
  }));
}

describe("npm run diff between two tagged versions in git", () => {
  it("reads both versions from git without touching the working tree and writes html, json and pdf", async () => {
    const { repo, git, diff } = taggedRepoWithDiff();
    const r = await diff("v2.1", "v2.2", "--out", "uit");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Wijzigingenoverzicht versie 2.1 → 2.2: 2 gewijzigd");
    expect(r.stdout).toContain("aantal contractanten 3 → 4");

    const json = JSON.parse(readFileSync(join(repo, "uit/wijzigingen.json"), "utf8"));
    expect(json.from).toMatchObject({ bron: "v2.1", versie: "2.1" });
    expect(JSON.stringify(json)).not.toContain("99,99");
    const html = readFileSync(join(repo, "uit/wijzigingen.html"), "utf8");
    expect(html).toContain('<html lang="nl">');
    expect(plain(all(fromHtml(html), "h1")[0])).toBe("Wijzigingenoverzicht versie 2.1 → 2.2");
    expect(plain(all(fromHtml(html), "p").find((p) => plain(p)!.includes("vergeleken met")))).toBe(
      "Jeugdhulp Regio Noord 2026 (RN-2025-014): versie 2.2 van 1 september 2025 vergeleken met versie 2.1 van 1 september 2025: 2 gewijzigd, 0 toegevoegd, 0 verwijderd, 0 hernoemd; 2 wezenlijk.",
    );
    // Exactly the two edits of v2.2, each in its row with the old and the new value, marked as a copied text
    // keeps them; not the uncommitted one (99,99).
    expect(overview(html)).toEqual([
      { section: "Subtender Spoed", changes: [{ title: "W-01 Gewijzigd perceel 2 Spoedteams Wezenlijk", rows: [{ field: "aantal contractanten Wezenlijk", old: "[-3-]", new: "{+4+}" }] }] },
      { section: "Segment Spoed", changes: [{ title: "W-02 Gewijzigd product: Spoedbed Wezenlijk", rows: [{ field: "tarief Wezenlijk", old: "[-€ 412,35 per etmaal-]", new: "{+€ 420,00 per etmaal+}" }] }] },
      { section: "Documenten", changes: [] },
    ]);
    // Where each change lands, with the page (the same in both versions): the lot's § in the leidraad and in its subtender's bijlage, its product's table of lots in the productenboek, and the agreement's article on the number of contractors.
    const landing = (id: string) => all(all(fromHtml(html), "article").find((a) => a.properties?.id === id)!, "li").map(plain);
    expect(landing("w-01")).toEqual([
      "bijlage 1 Aanbestedingsleidraad, § 4.2 Subtender Spoed, pagina 6",
      "bijlage 1 Aanbestedingsleidraad, § 4.2.2 Perceel 2 Spoedteams, pagina 7",
      "bijlage 2 Productenboek, § 1.2 Spoedteam, pagina 4",
      "bijlage 4 Percelen en gunning Subtender Spoed, § 1 Subtender Spoed, pagina 2",
      "bijlage 4 Percelen en gunning Subtender Spoed, § 2.2 Perceel 2 Spoedteams, pagina 2",
      "bijlage 6 Raamovereenkomst Subtender Spoed, artikel 4 Aantal opdrachtnemers en verdeling van het werk, pagina 4",
    ]);
    // The tariff: the product in the productenboek and the agreement's tariffs.
    expect(landing("w-02")).toEqual(["bijlage 2 Productenboek, § 1.1 Spoedbed (46S01), pagina 3", "bijlage 6 Raamovereenkomst Subtender Spoed, artikel 3 Voorwerp van de overeenkomst, pagina 3"]);
    expect(r.stdout).toContain("Documenten met gewijzigde tekst: bijlagen 1, 2, 4, 6.");
    expect(html).not.toContain("99,99");
    expect(git("status", "--porcelain").split("\n").filter(Boolean)).toEqual([" M content/segmenten/ambulant.yaml", "?? uit/"]);

    const text = execFileSync("pdftotext", ["-layout", join(repo, "uit/wijzigingen.pdf"), "-"], { encoding: "utf8" });
    expect(text).toContain("Wijzigingenoverzicht versie 2.1 → 2.2");
    expect(text).toContain("RN-2025-014");
    // The PDF's text keeps the markers, as a lawyer copying it into a mail would want.
    expect(text).toMatch(/\[-€ 412,35 per etmaal-\]\s*→\s*\{\+€ 420,00 per etmaal\+\}/);
    expect(text).toMatch(/pagina 1 van \d/);
    // Each place with its page, also in the PDF's text.
    expect(text.replace(/\s+/g, " ")).toContain("artikel 4 Aantal opdrachtnemers en verdeling van het werk, pagina 4");
  });

  it("says Geen wijzigingen for identical versions", async () => {
    const { repo, diff } = taggedRepoWithDiff();
    const r = await diff("v2.1", "v2.1", "--out", "zelfde");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Geen wijzigingen");
    const html = readFileSync(join(repo, "zelfde/wijzigingen.html"), "utf8");
    expect(html).toContain("Geen wijzigingen");
    expect(overview(html)).toEqual([]);
  });

  it("publishes the overview on the website with npm run build -- --compare", async () => {
    // The run's shared build: `npm run build -- --out <dist> --compare v2.1` in the repository at v2.2.
    const built = shared("klein-v2.2");
    expect(built.args).toEqual(["build", "--out", built.out, "--compare", "v2.1"]);
    const dist = built.out;
    const page = readFileSync(join(dist, "site/wijzigingen/index.html"), "utf8");
    expect(page).toContain("Wijzigingen ten opzichte van versie 2.1");
    expect(page).toMatch(/aantal contractanten.*<del[^>]*><span class="merk" aria-hidden="true">\[-<\/span>3<span class="merk" aria-hidden="true">-\]<\/span><\/del>.*<ins[^>]*><span class="merk" aria-hidden="true">\{\+<\/span>4<span class="merk" aria-hidden="true">\+\}<\/span><\/ins>/s);
    expect(readFileSync(join(dist, "site/index.html"), "utf8")).toContain('href="/wijzigingen/"');
    expect(readFileSync(join(dist, "wijzigingen/wijzigingen.json"), "utf8")).toContain('"versie": "2.1"');
    // The pages whose facts changed say so at the top, with a link to each change: v2.2 raised the contractors of
    // perceel 2 Spoedteams (W-01) and the tariff of product Spoedbed (W-02); perceel 1 Spoedbedden did not change.
    const note = (path: string) => /<p class="gewijzigd"[^>]*>(.*?)<\/p>/s.exec(readFileSync(join(dist, "site", path, "index.html"), "utf8"))?.[1].replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
    expect(note("percelen/spoedteams")).toBe("Gewijzigd in versie 2.2 ten opzichte van versie 2.1: W-01.");
    expect(readFileSync(join(dist, "site/percelen/spoedteams/index.html"), "utf8")).toContain('<a href="/wijzigingen/#w-01">W-01</a>');
    expect(note("producten/spoedbed")).toBe("Gewijzigd in versie 2.2 ten opzichte van versie 2.1: W-02.");
    expect(note("percelen/spoedbedden")).toBeUndefined();

    const browser = await browserForFile();
    try {
      const tab = await browser.newPage();
      await tab.goto(pathToFileURL(join(dist, "site/wijzigingen/index.html")).href, { waitUntil: "load" });
      expect(await axeViolations(tab, "/wijzigingen/")).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it("stops with the validation messages when a version is invalid, and on an unknown ref", async () => {
    const { repo, diff } = taggedRepoWithDiff();
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
