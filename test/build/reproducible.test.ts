import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileHashes } from "../file-hashes.ts";
import { runCli } from "../run-cli.ts";

const work = mkdtempSync(join(tmpdir(), "reproduceerbaar-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));


describe("rebuilding the same content", () => {
  it("writes the same bytes into another output folder: site, model.json, bundle, change overview and every other file", async () => {
    // A changed tariff, so the change overview (--compare) has something to say.
    const content = join(work, "inhoud");
    cpSync("test/fixtures/klein", content, { recursive: true });
    const segment = join(content, "segmenten/spoed.yaml");
    writeFileSync(segment, readFileSync(segment, "utf8").replace("tarief: 412.35", "tarief: 420"));
    const outs = [join(work, "eerste"), join(work, "tweede")];
    for (const out of outs) {
      const r = await runCli(["build", "--content", content, "--out", out, "--compare", "test/fixtures/klein", "--quiet"]);
      expect(r.status, r.stderr).toBe(0);
    }
    const [first, second] = outs.map(fileHashes);
    for (const part of ["model.json", "wijzigingen/wijzigingen.pdf", "wijzigingen/wijzigingen.html", "wijzigingen/wijzigingen.json", "site/index.html", "site/wijzigingen/index.html", "mercell/manifest.json"]) {
      expect(first.has(part), part).toBe(true);
    }
    expect(first.size).toBeGreaterThan(50);
    const differing = [...first.keys()].filter((f) => first.get(f) !== second.get(f));
    expect(differing).toEqual([]);
    expect([...second.keys()]).toEqual([...first.keys()]);
  });
});
