import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { createTender } from "../../src/cli/new-tender.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { runCli, runNode, TSX } from "../run-cli.ts";

const work = mkdtempSync(join(tmpdir(), "nieuw-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** `npm run nieuw -- ARGS` as a user runs it, in a child process. */
const nieuw = (...args: string[]) => runNode(["--import", TSX, resolve("src/cli/nieuw.ts"), ...args]);

describe("npm run nieuw -- MAP", () => {
  it("makes a starter tender that validates without errors or warnings and builds", async () => {
    const dir = join(work, "regio-west");
    const made = await nieuw(dir, "--naam", "Jeugdhulp Regio West: 2027", "--kenmerk", "RW/2026 JH's-01");
    expect(made.stderr).toBe("");
    expect(made.status).toBe(0);
    expect(made.stdout).toContain(`npm run validate -- --content ${dir}`);

    const tender = parse(readFileSync(join(dir, "aanbesteding.yaml"), "utf8"));
    expect(tender.titel).toBe("Jeugdhulp Regio West: 2027");
    expect(tender.kenmerk).toBe("RW/2026 JH's-01");
    expect(tender.id).toBe("jeugdhulp-regio-west-2027");
    expect(tender.overeenkomst.indexatie.methode).toBe("ova");
    expect(tender.overeenkomst.opzegtermijn_maanden).toBe(6);

    const result = validateContent(dir);
    expect(result.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`)).toEqual([]);
    const model = result.model!;
    expect(model.segments.map((s) => s.id).sort()).toEqual(["ambulant", "verblijf"]);
    expect(model.subtenders.map((s) => [s.id, s.procedure, s.lotIds.length])).toEqual([["verblijf", "aanbesteding", 2], ["ambulant", "toelating", 1]]);
    // The team's own chapter is there, marked as theirs to write.
    expect(readFileSync(join(dir, "teksten/50-inschrijving.md"), "utf8")).toContain("**TE DOEN:**");
    // The editor ties the YAML to the project's schemas, wherever the folder is.
    const settings = JSON.parse(readFileSync(join(dir, ".vscode/settings.json"), "utf8"));
    expect(settings["yaml.schemas"][resolve("schemas/segment.schema.json")]).toEqual(["**/segmenten/*.yaml"]);
    // The same files and schemas as the project's own editor settings, with the schemas found from anywhere.
    const project = JSON.parse(readFileSync(".vscode/settings.json", "utf8"))["yaml.schemas"] as Record<string, string[]>;
    expect(settings["yaml.schemas"]).toEqual(Object.fromEntries(Object.entries(project).map(([schema, globs]) => [resolve(schema), globs])));

    const out = join(work, "regio-west-dist");
    const built = await runCli(["build", "--content", dir, "--out", out, "--quiet"]);
    expect(built.stderr).toBe("");
    expect(built.status).toBe(0);
    expect(existsSync(join(out, "site/index.html"))).toBe(true);
    expect(existsSync(join(out, "site/producten/gezinshuis/index.html"))).toBe(true);
    expect(existsSync(join(out, "mercell"))).toBe(true);
  });

  it("plans on working days, with a standstill that ends on a working day, whatever day it is started", () => {
    // Days around Christmas, Easter, King's Day, a Friday and a Sunday: the planning must stay free of warnings.
    for (const day of ["2026-12-07", "2026-12-24", "2027-03-12", "2027-04-11", "2028-01-30", "2028-06-02"]) {
      const dir = join(work, `dag-${day}`);
      createTender(dir, { today: new Date(`${day}T09:00:00Z`) });
      const result = validateContent(dir);
      expect(result.diagnostics.map((d) => `${day} ${d.file}:${d.line}: ${d.message}`)).toEqual([]);
    }
  });

  it("refuses a folder that exists and is not empty, in Dutch, and changes nothing in it", async () => {
    const dir = join(work, "bestaat");
    mkdirSync(dir);
    writeFileSync(join(dir, "notities.txt"), "van mij");
    const r = await nieuw(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`fout: de map ${dir} bestaat al en is niet leeg; kies een nieuwe of lege map, zodat er niets wordt overschreven\n`);
    expect(existsSync(join(dir, "aanbesteding.yaml"))).toBe(false);
    expect(readFileSync(join(dir, "notities.txt"), "utf8")).toBe("van mij");
  });

  it("fills an empty folder that already exists, and asks for a folder when none is given", async () => {
    const dir = join(work, "leeg");
    mkdirSync(dir);
    expect((await nieuw(dir)).status).toBe(0);
    expect(existsSync(join(dir, "aanbesteding.yaml"))).toBe(true);
    const none = await nieuw();
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("fout: geef één map voor de nieuwe aanbesteding");
  });
});
