import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileHashes } from "../file-hashes.ts";
import { runCli } from "../run-cli.ts";

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { env });


describe("a failed build", () => {
  it("stops at validation with the reason and the place, and says the output was not changed", async () => {
    const work = mkdtempSync(join(tmpdir(), "atomic-"));
    const content = join(work, "inhoud");
    const out = join(work, "uit");
    cpSync("test/fixtures/klein", content, { recursive: true });
    mkdirSync(out);
    writeFileSync(join(out, "vorige.txt"), "vorige build");
    const broken = readFileSync(join(content, "subtenders/spoed.yaml"), "utf8").replace("weging: 40", "weging: 45");
    writeFileSync(join(content, "subtenders/spoed.yaml"), broken);
    const result = await cli(["build", "--content", content, "--out", out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/subtenders\/spoed\.yaml:\d+:\d+: fout: de wegingen .* tellen op tot 105/);
    expect(result.stderr).toContain("niet gewijzigd");
    expect(readdirSync(out)).toEqual(["vorige.txt"]);
    rmSync(work, { recursive: true, force: true });
  });

  it("that fails while rendering (the PDF stage runs out of time) leaves every byte of the previous output and no temporary folder", async () => {
    const work = mkdtempSync(join(tmpdir(), "atomic-render-"));
    const content = join(work, "inhoud");
    const out = join(work, "uit");
    cpSync("test/fixtures/klein", content, { recursive: true });
    const first = await cli(["build", "--content", content, "--out", out, "--quiet"]);
    expect(first.status, first.stderr).toBe(0);
    const before = fileHashes(out);
    expect(before.size).toBeGreaterThan(20);
    // A valid edit, so a build that got through would change the output.
    const tender = join(content, "aanbesteding.yaml");
    writeFileSync(tender, readFileSync(tender, "utf8").replace(/^titel: (.*)$/m, "titel: $1 (gewijzigd)"));
    const second = await cli(["build", "--content", content, "--out", out], { PDF_TIMEOUT_MS: "1" });
    // 2: the content was fine, building it failed.
    expect(second.status, second.stderr).toBe(2);
    expect(second.stderr).toContain("PDF's maken duurde langer dan 1 ms");
    expect(second.stderr).toContain("niet gewijzigd");
    expect(fileHashes(out)).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(["inhoud", "uit"]);
    rmSync(work, { recursive: true, force: true });
  }, 300_000);
});

describe("a build with an own file (bijlage with `bestand`)", () => {
  it("publishes it in mercell/ and on the site; a bad own file fails the build and leaves the previous output", async () => {
    const work = mkdtempSync(join(tmpdir(), "atomic-eigen-"));
    const content = join(work, "inhoud");
    const out = join(work, "uit");
    cpSync("test/fixtures/klein", content, { recursive: true });
    cpSync("content/bijlagen/invulinstructie-uea.pdf", join(content, "bijlagen/uea.pdf"));
    const tender = join(content, "aanbesteding.yaml");
    writeFileSync(tender, readFileSync(tender, "utf8") + 'bijlagen:\n  - { nummer: "1", titel: Aanbestedingsleidraad, inhoud: bestek }\n  - { nummer: "2", titel: Invulinstructie UEA, bestand: bijlagen/uea.pdf }\n');
    const first = await cli(["build", "--content", content, "--out", out]);
    expect(first.status, first.stderr).toBe(0);
    const file = "2-invulinstructie-uea-v2.1.pdf";
    expect(readFileSync(join(out, "mercell", file)).equals(readFileSync("content/bijlagen/invulinstructie-uea.pdf"))).toBe(true);
    expect(readFileSync(join(out, "site", "downloads", file)).length).toBeGreaterThan(0);
    const home = readFileSync(join(out, "site", "index.html"), "utf8");
    expect(home).toContain(`/downloads/${file}`);
    expect(home).toMatch(/Bijlage 2: Invulinstructie UEA<\/a>\s*<span class="muted"[^>]*>\(PDF, 2 pagina(&#39;|')s/);
    const before = readFileSync(join(out, "mercell", "manifest.json"), "utf8");

    writeFileSync(join(content, "bijlagen/uea.pdf"), "%PDF-1.4\ntrailer\n<< /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n");
    const second = await cli(["build", "--content", content, "--out", out]);
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/aanbesteding\.yaml:32:57: fout: PDF `bijlagen\/uea\.pdf` is versleuteld/);
    expect(readFileSync(join(out, "mercell", "manifest.json"), "utf8")).toBe(before);
    expect(readdirSync(work).sort()).toEqual(["inhoud", "uit"]);
    rmSync(work, { recursive: true, force: true });
  }, 300_000);
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
