import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileHashes } from "../file-hashes.ts";
import { runCli } from "../run-cli.ts";
import { UEA } from "../fixtures/own-files-content.ts";
import { copyOf, DEAD_PID, shared } from "../shared/builds.ts";

const cli = (args: string[], env: Record<string, string> = {}) => runCli(args, { env });


/**
 * A copy of the small tender whose previous output is a real build of it (the
 * run's shared one, copied), after `edit` changed the copy; then a build of it
 * with `env`, which must fail and leave every byte of that output and no
 * temporary folder.
 */
async function failingBuild(edit: (content: string) => void, env: Record<string, string> = {}) {
  const work = mkdtempSync(join(tmpdir(), "atomic-"));
  try {
    const content = join(work, "inhoud");
    const out = join(work, "uit");
    cpSync("test/fixtures/klein", content, { recursive: true });
    copyOf(shared("klein"), out);
    const before = fileHashes(out);
    expect(before.size).toBeGreaterThan(20);
    edit(content);
    const result = await cli(["build", "--content", content, "--out", out], env);
    expect(result.stderr).toContain("niet gewijzigd");
    expect(fileHashes(out)).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(["inhoud", "uit"]);
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const replaceIn = (file: string, from: string | RegExp, to: string) => {
  const text = readFileSync(file, "utf8");
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
};

/** A valid edit, so a build that got through would change the output. */
const retitle = (content: string) => replaceIn(join(content, "aanbesteding.yaml"), /^titel: (.*)$/m, "titel: $1 (gewijzigd)");

describe("a failed build", () => {
  it("stops at validation with the reason and the place, and leaves every byte of the previous output", async () => {
    const result = await failingBuild((content) => replaceIn(join(content, "subtenders/spoed.yaml"), "weging: 40", "weging: 45"));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/subtenders\/spoed\.yaml:\d+:\d+: fout: de wegingen .* tellen op tot 105/);
  });

  it("that fails while rendering (Chromium cannot start) says why and leaves every byte of the previous output and no temporary folder", async () => {
    // A program that exists but is no browser: validation passes, the PDF stage fails.
    const result = await failingBuild(retitle, { CHROME_PATH: "/bin/false" });
    expect(result.status, result.stderr).toBe(2);
    expect(result.stdout).toMatch(/^✓ gevalideerd: /m);
  });

  it("that fails while rendering (the PDF stage runs out of time) leaves every byte of the previous output and no temporary folder", async () => {
    const result = await failingBuild(retitle, { PDF_TIMEOUT_MS: "1" });
    // 2: the content was fine, building it failed.
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toContain("PDF's maken duurde langer dan 1 ms");
  }, 300_000);
});

describe("a build with an own file (bijlage with `bestand`)", () => {
  it("publishes it in mercell/ and on the site; a bad own file fails the build and leaves the previous output", async () => {
    // The run's shared build of the small tender with own files: the PDF is bijlage 3.
    const build = shared("eigen-bestanden");
    const file = "3-invulinstructie-uea-v2.1.pdf";
    expect(readFileSync(join(build.out, "mercell", file)).equals(readFileSync(UEA))).toBe(true);
    expect(readFileSync(join(build.out, "site", "downloads", file)).length).toBeGreaterThan(0);
    const home = readFileSync(join(build.out, "site", "index.html"), "utf8");
    expect(home).toContain(`/downloads/${file}`);
    expect(home).toMatch(/Bijlage 3: Invulinstructie UEA<\/a>\s*<span class="muted"[^>]*>\(PDF, 2 pagina(&#39;|')s/);

    // The same content and output, copied, with the PDF replaced by an encrypted one.
    const work = mkdtempSync(join(tmpdir(), "atomic-eigen-"));
    const content = join(work, "inhoud");
    const out = join(work, "uit");
    cpSync(build.content, content, { recursive: true });
    copyOf(build, out);
    const before = fileHashes(out);
    writeFileSync(join(content, "bijlagen/uea.pdf"), "%PDF-1.4\ntrailer\n<< /Root 1 0 R /Encrypt 2 0 R >>\n%%EOF\n");
    const second = await cli(["build", "--content", content, "--out", out]);
    expect(second.status).toBe(1);
    // At the file name in aanbesteding.yaml.
    const lines = readFileSync(join(content, "aanbesteding.yaml"), "utf8").split("\n");
    const line = lines.findIndex((l) => l.includes("bestand: bijlagen/uea.pdf"));
    const column = lines[line].indexOf("bijlagen/uea.pdf") + 1;
    expect(second.stderr).toContain(`aanbesteding.yaml:${line + 1}:${column}: fout: PDF \`bijlagen/uea.pdf\` is versleuteld`);
    expect(fileHashes(out)).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(["inhoud", "uit"]);
    rmSync(work, { recursive: true, force: true });
  });
});

describe("a build after one that crashed between its two renames (the old output moved aside, the new one not yet in place)", () => {
  it("puts the previous output back before anything else, so it is there even when this build stops at validation, and clears the dead build's folders", async () => {
    const work = mkdtempSync(join(tmpdir(), "atomic-crash-"));
    const content = join(work, "inhoud");
    const out = join(work, "uit");
    cpSync("test/fixtures/klein", content, { recursive: true });
    // What a build killed (SIGKILL, power loss) between renameSync(out, old) and renameSync(temp, out) leaves.
    const previous = shared("klein");
    copyOf(previous, join(work, `.uit.oud-${DEAD_PID}`));
    mkdirSync(join(work, `.uit.bouw-${DEAD_PID}`, "site"), { recursive: true });
    writeFileSync(join(work, `.uit.bouw-${DEAD_PID}`, "model.json"), "{}\n");
    // An invalid edit: this build stops before it renders anything.
    const subtender = join(content, "subtenders/spoed.yaml");
    writeFileSync(subtender, readFileSync(subtender, "utf8").replace("weging: 40", "weging: 45"));
    const result = await cli(["build", "--content", content, "--out", out]);
    expect(result.status, result.stderr).toBe(1);
    expect(result.stderr).toContain(`${out}/ is niet gewijzigd`);
    expect(readdirSync(work).sort()).toEqual(["inhoud", "uit"]);
    expect(fileHashes(out)).toEqual(fileHashes(previous.out));
    rmSync(work, { recursive: true, force: true });
  });
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

  /** The state a build leaves that dies between its two renames: the output moved aside as `.dist.oud-<pid>`, its own new output still `.dist.bouw-<pid>`. */
  function crashedBetweenRenames(pid: number) {
    const work = mkdtempSync(join(tmpdir(), "atomic-crash-"));
    const out = join(work, "dist");
    mkdirSync(join(work, `.dist.oud-${pid}`));
    writeFileSync(join(work, `.dist.oud-${pid}`, "a.txt"), "eerste");
    mkdirSync(join(work, `.dist.bouw-${pid}`));
    writeFileSync(join(work, `.dist.bouw-${pid}`, "a.txt"), "van de gestorven build");
    return { work, out };
  }

  it("after a crash between the renames: the previous output is back while the next build runs, then replaced, and nothing of the dead build is left", async () => {
    const { replaceAtomically } = await import("../../src/build/atomic-output.ts");
    const { work, out } = crashedBetweenRenames(DEAD_PID);
    let during: string[] = [];
    await replaceAtomically(out, async (dir) => {
      // Were this build stopped now, the previous output would be where it belongs.
      during = readdirSync(work).sort();
      expect(readFileSync(join(out, "a.txt"), "utf8")).toBe("eerste");
      writeFileSync(join(dir, "a.txt"), "tweede");
    });
    expect(during).toEqual([`.dist.bouw-${process.pid}`, "dist"]);
    expect(readFileSync(join(out, "a.txt"), "utf8")).toBe("tweede");
    expect(readdirSync(work)).toEqual(["dist"]);
    rmSync(work, { recursive: true, force: true });
  });

  it("after a crash between the renames of a build with this very pid (pids come round again; in a container every run may get the same): a failing build leaves the previous output in place", async () => {
    const { replaceAtomically } = await import("../../src/build/atomic-output.ts");
    const { work, out } = crashedBetweenRenames(process.pid);
    await expect(
      replaceAtomically(out, async () => {
        throw new Error("PDF-stap mislukt");
      }),
    ).rejects.toThrow("PDF-stap mislukt");
    expect(readFileSync(join(out, "a.txt"), "utf8")).toBe("eerste");
    expect(readdirSync(work)).toEqual(["dist"]);
    rmSync(work, { recursive: true, force: true });
  });
});
