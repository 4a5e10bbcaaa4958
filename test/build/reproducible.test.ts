import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const work = mkdtempSync(join(tmpdir(), "reproduceerbaar-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Runs the CLI without blocking the test worker. */
function cli(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args]);
    let stderr = "";
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", fail);
    child.on("close", (status) => done({ status, stderr }));
  });
}

/** Every file under `dir` by relative path, with the hash of its bytes. */
function files(dir: string): Map<string, string> {
  const paths = readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => statSync(join(dir, f)).isFile());
  return new Map(paths.sort().map((f) => [f, createHash("sha256").update(readFileSync(join(dir, f))).digest("hex")]));
}

describe("rebuilding the same content", () => {
  it("writes the same bytes into another output folder: site, model.json, bundle, change overview and every other file", async () => {
    // A changed tariff, so the change overview (--compare) has something to say.
    const content = join(work, "inhoud");
    cpSync("test/fixtures/klein", content, { recursive: true });
    const segment = join(content, "segmenten/spoed.yaml");
    writeFileSync(segment, readFileSync(segment, "utf8").replace("tarief: 412.35", "tarief: 420"));
    const outs = [join(work, "eerste"), join(work, "tweede")];
    for (const out of outs) {
      const r = await cli(["build", "--content", content, "--out", out, "--compare", "test/fixtures/klein", "--quiet"]);
      expect(r.status, r.stderr).toBe(0);
    }
    const [first, second] = outs.map(files);
    for (const part of ["model.json", "wijzigingen/wijzigingen.pdf", "wijzigingen/wijzigingen.html", "wijzigingen/wijzigingen.json", "site/index.html", "site/wijzigingen/index.html", "mercell/manifest.json"]) {
      expect(first.has(part), part).toBe(true);
    }
    expect(first.size).toBeGreaterThan(50);
    const differing = [...first.keys()].filter((f) => first.get(f) !== second.get(f));
    expect(differing).toEqual([]);
    expect([...second.keys()]).toEqual([...first.keys()]);
  });
});
