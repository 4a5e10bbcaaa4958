import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CASES } from "../fixtures/invalid/cases.ts";
import { applyCase } from "../fixtures/invalid/apply-case.ts";
import { runCli } from "../run-cli.ts";

// Without blocking the worker, so the cases run side by side (describe.concurrent): each is a process of its own.
const validate = (...args: string[]) => runCli(["validate", ...args]);
const caseNamed = (name: string) => CASES.find((c) => c.name === name)!;

describe.concurrent("npm run validate", () => {
  it("passes the example tender (exit 0) with one warning: the question its second nota answers although it came in late", async () => {
    // The example shows what a team sees: a question received after the `vragen`
    // deadline that the team still answers, because every bidder needs the answer.
    const r = await validate();
    expect(r.status).toBe(0);
    // The example is a concept with placeholder contact data (example.nl, a number of zeros) and no
    // ocid prefix: four warnings, beside the late question.
    expect(r.stdout).toContain("0 fouten en 5 waarschuwingen gevonden.");
    expect(r.stdout).toMatch(/^content\/aanbesteding\.yaml:14:21: waarschuwing: e-mailadres `inkoop@example\.nl` van de aanbestedende dienst is een voorbeeldadres/m);
    expect(r.stdout).toMatch(/^content\/aanbesteding\.yaml:14:50: waarschuwing: telefoonnummer `\+31 53 000 0000` van de aanbestedende dienst bestaat na het land- en netnummer alleen uit nullen/m);
    expect(r.stdout).toMatch(/^content\/nota-van-inlichtingen\/2\.yaml:\d+:\d+: waarschuwing: vraag 2\.9 is ontvangen op 4 maart 2024, na de uiterste datum voor vragen/m);
    // Rijnmond's opdracht B promises an ontwikkeltraject after the selection (subtenders/prestatieaanbieders.yaml,
    // line 9) without a dialogue phase; and, a concept, it has placeholder contact data and no ocid prefix.
    const rijnmond = (await validate("--content", "examples/rijnmond")).stdout;
    expect(rijnmond).toContain("0 fouten en 4 waarschuwingen gevonden.");
    expect(rijnmond).toMatch(/^examples\/rijnmond\/aanbesteding\.yaml:18:3: waarschuwing: `aankondiging` staat er, maar zonder `ocid_prefix`/m);
    expect(rijnmond).toMatch(/^examples\/rijnmond\/subtenders\/prestatieaanbieders\.yaml:9:58: waarschuwing: de `omschrijving` van subtender `prestatieaanbieders` spreekt van “ontwikkeltraject”, maar de subtender heeft geen dialoogfase/m);
  });

  it("prints clickable file:line:col messages and exits 1 on errors", async () => {
    const dir = applyCase(caseNamed("onbekend veld met suggestie"));
    try {
      const r = await validate("--content", dir);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/subtenders\/spoed\.yaml:25:5: fout: onbekend veld `aantal_contractant`.*bedoelde u `aantal_contractanten`\?/);
      expect(r.stderr).toContain("1 fout en 0 waarschuwingen gevonden.");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("allows warnings (exit 0) unless --strict (exit 1)", async () => {
    const dir = applyCase(caseNamed("standstill korter dan 20 dagen (waarschuwing)"));
    try {
      const lenient = await validate("--content", dir);
      expect(lenient.status).toBe(0);
      expect(lenient.stdout).toMatch(/aanbesteding\.yaml:23:70: waarschuwing: definitieve gunning volgt 14 dagen/);
      const strict = await validate("--content", dir, "--strict");
      expect(strict.status).toBe(1);
      expect(strict.stderr).toMatch(/aanbesteding\.yaml:23:70: fout: definitieve gunning volgt 14 dagen/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives the same diagnostics as JSON for tools", async () => {
    const dir = applyCase(caseNamed("wegingen van de subtender niet 100"));
    try {
      const r = await validate("--content", dir, "--format", "json");
      expect(r.status).toBe(1);
      const json = JSON.parse(r.stdout);
      expect(json).toMatchObject({ geldig: false, fouten: 1, waarschuwingen: 0 });
      expect(json.meldingen).toHaveLength(1);
      expect(json.meldingen[0]).toMatchObject({ severity: "fout", line: 7, column: 3, code: "weging-niet-100" });
      expect(json.meldingen[0].file).toMatch(/subtenders\/spoed\.yaml$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("exits 2 on a usage error", async () => {
    const r = await validate("--inhoud", "content");
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Gebruik:");
  });

  it("says so when the content folder does not exist (exit 1)", async () => {
    const r = await validate("--content", "bestaat-niet");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("bestaat-niet:1:1: fout: inhoudsmap bestaat niet");
  });
});
