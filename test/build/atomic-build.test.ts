import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const cli = (args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], { encoding: "utf8" });

describe("a failed build", () => {
  it("leaves the previous output intact and says why", () => {
    const work = mkdtempSync(join(tmpdir(), "atomic-"));
    const content = join(work, "inhoud");
    const out = join(work, "uit");
    cpSync("test/fixtures/klein", content, { recursive: true });
    writeFileSync(join(work, "marker"), "");
    const first = cli(["build", "--content", content, "--out", out]);
    expect(first.status, first.stderr).toBe(0);
    const before = readFileSync(join(out, "model.json"), "utf8");

    const broken = readFileSync(join(content, "subtenders/spoed.yaml"), "utf8").replace("weging: 40", "weging: 45");
    writeFileSync(join(content, "subtenders/spoed.yaml"), broken);
    const second = cli(["build", "--content", content, "--out", out]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/subtenders\/spoed\.yaml:\d+:\d+: fout: de wegingen .* tellen op tot 105/);
    expect(second.stderr).toContain("niet gewijzigd");
    expect(readFileSync(join(out, "model.json"), "utf8")).toBe(before);
    // No temporary folders are left behind.
    expect(readdirSync(work).sort()).toEqual(["inhoud", "marker", "uit"]);
    rmSync(work, { recursive: true, force: true });
  });
});

describe("a build with an own file (bijlage with `bestand`)", () => {
  it("publishes it in mercell/ and on the site; a bad own file fails the build and leaves the previous output", () => {
    const work = mkdtempSync(join(tmpdir(), "atomic-eigen-"));
    const content = join(work, "inhoud");
    const out = join(work, "uit");
    cpSync("test/fixtures/klein", content, { recursive: true });
    cpSync("content/bijlagen/invulinstructie-uea.pdf", join(content, "bijlagen/uea.pdf"));
    const tender = join(content, "aanbesteding.yaml");
    writeFileSync(tender, readFileSync(tender, "utf8") + 'bijlagen:\n  - { nummer: "1", titel: Aanbestedingsleidraad, inhoud: bestek }\n  - { nummer: "2", titel: Invulinstructie UEA, bestand: bijlagen/uea.pdf }\n');
    const first = cli(["build", "--content", content, "--out", out]);
    expect(first.status, first.stderr).toBe(0);
    const file = "2-invulinstructie-uea-v2.1.pdf";
    expect(readFileSync(join(out, "mercell", file)).equals(readFileSync("content/bijlagen/invulinstructie-uea.pdf"))).toBe(true);
    expect(readFileSync(join(out, "site", "downloads", file)).length).toBeGreaterThan(0);
    const home = readFileSync(join(out, "site", "index.html"), "utf8");
    expect(home).toContain(`/downloads/${file}`);
    expect(home).toMatch(/Bijlage 2: Invulinstructie UEA<\/a>\s*<span class="muted">\(PDF, 2 pagina(&#39;|')s/);
    const before = readFileSync(join(out, "mercell", "manifest.json"), "utf8");

    writeFileSync(join(content, "bijlagen/uea.pdf"), "%PDF-1.4\ntrailer\n<< /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n");
    const second = cli(["build", "--content", content, "--out", out]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/aanbesteding\.yaml:32:57: fout: PDF `bijlagen\/uea\.pdf` is versleuteld/);
    expect(readFileSync(join(out, "mercell", "manifest.json"), "utf8")).toBe(before);
    expect(readdirSync(work).sort()).toEqual(["inhoud", "uit"]);
    rmSync(work, { recursive: true, force: true });
  }, 180_000);
});

describe("replaceAtomically", () => {
  it("keeps the old folder when a render stage throws", async () => {
    const { replaceAtomically } = await import("../../src/build/atomic-output.ts");
    const work = mkdtempSync(join(tmpdir(), "atomic-"));
    const out = join(work, "dist");
    await replaceAtomically(out, async (dir) => writeFileSync(join(dir, "a.txt"), "eerste"));
    await expect(
      replaceAtomically(out, async (dir) => {
        writeFileSync(join(dir, "a.txt"), "half");
        throw new Error("PDF-stap mislukt");
      }),
    ).rejects.toThrow("PDF-stap mislukt");
    expect(readFileSync(join(out, "a.txt"), "utf8")).toBe("eerste");
    expect(readdirSync(work)).toEqual(["dist"]);
    rmSync(work, { recursive: true, force: true });
  });
});
