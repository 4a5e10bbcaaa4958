import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileHashes } from "../file-hashes.ts";
import { runCli } from "../run-cli.ts";
import { shared } from "../shared/builds.ts";
import type { Manifest } from "../../src/pdf/manifest.ts";

/** A module run with tsx in a process of its own (Astro builds with Vite), without blocking the test worker. */
function runScript(source: string): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", source], { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stderr }));
  });
}

const work = mkdtempSync(join(tmpdir(), "reproduceerbaar-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));


describe("rebuilding the same content", () => {
  it("writes the same bytes into another output folder: site, model.json, bundle, change overview and every other file", async () => {
    // The run's shared build of version 2.2 in a tagged repository, compared with v2.1 (so the
    // change overview has something to say), built once more into another folder.
    const first = shared("klein-v2.2");
    const again = join(work, "tweede");
    const r = await runCli(["build", "--out", again, "--compare", "v2.1", "--quiet"], { cwd: first.cwd });
    expect(r.status, r.stderr).toBe(0);
    const [one, two] = [first.out, again].map(fileHashes);
    for (const part of ["model.json", "wijzigingen/wijzigingen.pdf", "wijzigingen/wijzigingen.html", "wijzigingen/wijzigingen.json", "site/index.html", "site/wijzigingen/index.html", "mercell/manifest.json"]) {
      expect(one.has(part), part).toBe(true);
    }
    expect(one.size).toBeGreaterThan(50);
    const differing = [...one.keys()].filter((f) => one.get(f) !== two.get(f));
    expect(differing).toEqual([]);
    expect([...two.keys()]).toEqual([...one.keys()]);
  });
});

describe("the website built while the PDFs print", () => {
  it("is byte for byte the website built after them, with every file's size and pages filled in", async () => {
    // The run's shared build of the example, made by `npm run build` with the stages overlapping.
    const out = shared("voorbeeld").out;
    // The same site the slow way: the bundle exists first, the pages are rendered with its facts.
    const after = join(work, "na-de-pdfs");
    const script = `
      import { readFileSync } from "node:fs";
      import { validateContent } from "./src/pipeline/validate-content.ts";
      import { moveInternalPages, renderSite } from "./src/site/render-site.ts";
      const model = validateContent("content").model;
      const manifest = JSON.parse(readFileSync(${JSON.stringify(join(out, "mercell", "manifest.json"))}, "utf8"));
      const files = manifest.bestanden.map((b, i) => ({ ...b, inhoud: model.tender.bijlagen[i].inhoud }));
      await renderSite(model, ${JSON.stringify(after)}, { downloads: { dir: ${JSON.stringify(join(out, "mercell"))}, files } });
      // As the build publishes it: the team's internal pages leave the public site.
      moveInternalPages(${JSON.stringify(after)}, ${JSON.stringify(join(work, "team"))});
      process.exit(0);`;
    const rendered = await runScript(script);
    expect(rendered.status, rendered.stderr).toBe(0);
    const [together, separately] = [fileHashes(join(out, "site")), fileHashes(after)];
    expect(together.size).toBeGreaterThan(90);
    expect([...together.keys()].filter((f) => together.get(f) !== separately.get(f))).toEqual([]);
    expect([...together.keys()].sort()).toEqual([...separately.keys()].sort());
    // What the placeholders became: the downloads page shows the leidraad's real pages and size.
    const manifest = JSON.parse(readFileSync(join(out, "mercell", "manifest.json"), "utf8")) as Manifest;
    const downloads = readFileSync(join(out, "site", "downloads", "index.html"), "utf8");
    expect(downloads).not.toContain("@@");
    const leidraad = manifest.bestanden[0];
    expect(downloads).toMatch(new RegExp(`<td class="num"[^>]*>${leidraad.paginas}</td>`));
  });
});
