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
