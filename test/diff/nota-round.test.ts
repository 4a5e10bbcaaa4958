// A Nota van Inlichtingen that really changes the documents (content model v3):
// the team edits the data as the answers say, raises `versie`, gives the nota
// the same `versie` and names in `wijzigt` what each answer changes. Built with
// --compare and the version the nota amends, the nota's section "Wijzigingen
// in de aanbestedingsstukken" is the real difference, with where each change
// lands and which question caused it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildDocuments } from "../../src/documents/build-documents.ts";
import { compareTender } from "../../src/diff/compare-tender.ts";
import { changedTargets } from "../../src/diff/landing.ts";
import { notaChangesOf } from "../../src/diff/nota-changes.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { pdftotext } from "../pdf/helpers.ts";
import type { ChangeReport } from "../../src/diff/types.ts";
import { runCli } from "../run-cli.ts";
import { NEW_QUESTION } from "../fixtures/rijnmond-question.ts";

const work = mkdtempSync(join(tmpdir(), "nota-ronde-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const replaceIn = (file: string, from: string, to: string) => {
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${from} niet in ${file}`);
  writeFileSync(file, text.replace(from, to));
};

/** Rijnmond 1.0, as published: the version the nota amends. */
const previous = join(work, "versie-1.0");
cpSync("examples/rijnmond", previous, { recursive: true });

/**
 * Rijnmond 1.1, published with nota 1: the answer to question 1.2 widens the
 * eis "Geen inschrijving op A én C" (and says so in `wijzigt`), and the team
 * shortens the opzegtermijn on its own initiative. `nota` edits the nota further.
 */
function version11(name: string, nota: (file: string) => void = () => {}): string {
  const dir = join(work, name);
  cpSync(previous, dir, { recursive: true });
  replaceIn(join(dir, "aanbesteding.yaml"), 'versie: "1.0"', 'versie: "1.1"');
  replaceIn(join(dir, "aanbesteding.yaml"), "opzegtermijn_maanden: 6", "opzegtermijn_maanden: 3");
  const eisen = join(dir, "eisen.yaml");
  const text = readFileSync(eisen, "utf8");
  const at = text.indexOf("- id: niet-a-en-c");
  const tekst = text.indexOf("tekst:", at);
  writeFileSync(eisen, text.slice(0, tekst) + "tekst: Een inschrijver op opdracht A schrijft niet in op opdracht C en werkt daar ook niet als onderaannemer.\n  " + text.slice(text.indexOf("\n", tekst) + 1).replace(/^\s+/, ""));
  const file = join(dir, "nota-van-inlichtingen", "1.yaml");
  replaceIn(file, "datum: 2021-12-06\n", 'datum: 2021-12-06\nversie: "1.1"\n');
  replaceIn(file, "    over: [eis:niet-a-en-c]\n", "    over: [eis:niet-a-en-c]\n    wijzigt: [eis:niet-a-en-c]\n");
  nota(file);
  return dir;
}

const model = (dir: string) => {
  const r = validateContent(dir);
  if (!r.model) throw new Error(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join("\n"));
  return r;
};

describe("a nota published with a new version of the documents", () => {
  const dir = version11("versie-1.1");
  const before = model(previous).model!;
  const after = model(dir).model!;
  const report = compareTender(before, after, { from: previous, to: dir });

  it("ties each change to the question whose `wijzigt` names it, or to the buyer's initiative", () => {
    const changes = notaChangesOf(report, after)!;
    expect(changes.nota).toBe(1);
    expect(changes.sinds).toBe("versie 1.0 van 1 november 2021");
    const eis = changes.wijzigingen.find((w) => w.wat.includes("Geen inschrijving op A én C"))!;
    expect(eis.vragen).toEqual(["1.2"]);
    const opzeg = changes.wijzigingen.find((w) => w.velden.some((v) => v.startsWith("opzegtermijn")))!;
    expect(opzeg.velden).toContain("opzegtermijn: zes maanden → drie maanden");
    expect(opzeg.vragen).toEqual([]);
    expect(opzeg.waar).toContain("bijlage 7 Raamovereenkomst Opdracht A Systeemaanbieders, artikel 6 Looptijd, verlenging en opzegging");
  });

  it("prints the nota's Wijzigingen from the real differences, in the nota's PDF of a build with --compare", async () => {
    // Built with two more changes: a new question (it lands in the nota itself) and an earlier deadline (it lands in
    // 16 places), so the nota's list of changes grows and pushes its own § 3 Vragen en antwoorden to page 4.
    const built = version11("versie-1.1-gebouwd", (file) => replaceIn(file, "      ingangsdatum van de overeenkomst verandert daardoor niet.\n", `      ingangsdatum van de overeenkomst verandert daardoor niet.\n${NEW_QUESTION}`));
    replaceIn(join(built, "aanbesteding.yaml"), 'datum: "2021-12-20T12:00" }', 'datum: "2021-12-13T12:00" }');
    const out = join(work, "uit");
    const r = await runCli(["build", "--content", built, "--out", out, "--compare", previous, "--quiet"]);
    expect(r.status, r.stderr).toBe(0);
    const file = readdirSync(join(out, "mercell")).find((f) => /nota-van-inlichtingen-1/i.test(f));
    expect(file, readdirSync(join(out, "mercell")).join(", ")).toBeDefined();
    const text = pdftotext(join(out, "mercell", file!)).replace(/\s+/g, " ");
    expect(text).toContain("Ten opzichte van versie 1.0 van 1 november 2021 wijzigen de aanbestedingsstukken als volgt.");
    expect(text).toContain("Naar aanleiding van vraag 1.2.");
    expect(text).toContain("Op initiatief van de aanbestedende dienst.");
    expect(text).toContain("opzegtermijn: zes maanden → drie maanden");
    // Each change as the overview heads it, one colon after what changed.
    expect(text).toContain("Gewijzigde eis: Geen inschrijving op A én C: tekst gewijzigd.");
    expect(text).not.toContain("::");
    // The answer's own words still stand with the question.
    expect(text).toContain("noemt voortaan ook het werken als onderaannemer");
    // The site's questions page shows the nota's section as the PDF has it.
    const page = readFileSync(join(out, "site", "vragen", "index.html"), "utf8").replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
    expect(page).toContain("Wijzigingen in de aanbestedingsstukken");
    expect(page).toContain("Ten opzichte van versie 1.0 van 1 november 2021 wijzigen de aanbestedingsstukken als volgt.");
    expect(page).toContain("Naar aanleiding van vraag 1.2 .");
    expect(page).toContain("Op initiatief van de aanbestedende dienst.");
    // Where the new question lands, with the pages the nota as published has: § 1 on page 3, § 3 on page 4.
    const report = JSON.parse(readFileSync(join(out, "wijzigingen", "wijzigingen.json"), "utf8")) as ChangeReport;
    const question = report.groups.flatMap((g) => g.changes).find((c) => c.soort === "vraag" && c.id === "1.5")!;
    expect(question.waar!.map((p) => `${p.bijlage} ${p.plaats} ${p.kop}, pagina ${p.pagina}`)).toEqual(["11 § 1 Status van deze nota, pagina 3", "11 § 3 Vragen en antwoorden, pagina 4"]);
    const lines = (n: number) => pdftotext(join(out, "mercell", file!), { first: n, last: n }).split("\n").map((l) => l.trim());
    expect(lines(3)).toContain("Status van deze nota");
    expect(lines(3)).not.toContain("Vragen en antwoorden");
    expect(lines(4)).toContain("Vragen en antwoorden");
    expect(text).toContain("§ 3 Vragen en antwoorden, pagina 4 (was pagina 3)");
    // Every page whose facts changed says so at the top, with the nota and the changes (W-01 opzegtermijn,
    // W-02 the deadline, W-03 the eis, W-04 the new question); a page that did not change says nothing.
    const note = (path: string) => {
      const html = readFileSync(join(out, "site", path, "index.html"), "utf8");
      return /<p class="gewijzigd"[^>]*>(.*?)<\/p>/s.exec(html)?.[1].replace(/<[^>]+>/g, "").replace(/\s+/g, " ").trim();
    };
    const by = "Gewijzigd bij Nota van Inlichtingen 1 (versie 1.1) ten opzichte van versie 1.0:";
    expect(Object.fromEntries(["planning", "bestek/planning", "eisen", "bestek/eisen", "overeenkomsten/systeemaanbieders", "overeenkomsten/flexaanbieders", "bestek/overeenkomst", "vragen", "percelen/crisishulp", "subtenders/prestatieaanbieders"].map((p) => [p, note(p)]))).toEqual({
      planning: `${by} W-02 · wijzigingen in de nota.`,
      "bestek/planning": `${by} W-02 · wijzigingen in de nota.`,
      eisen: `${by} W-03 · wijzigingen in de nota.`,
      "bestek/eisen": `${by} W-03 · wijzigingen in de nota.`,
      "overeenkomsten/systeemaanbieders": `${by} W-01 · wijzigingen in de nota.`,
      "overeenkomsten/flexaanbieders": `${by} W-01 · wijzigingen in de nota.`,
      "bestek/overeenkomst": `${by} W-01 · wijzigingen in de nota.`,
      vragen: `${by} W-04 · wijzigingen in de nota.`,
      "percelen/crisishulp": undefined,
      "subtenders/prestatieaanbieders": undefined,
    });
    expect(readFileSync(join(out, "site", "planning", "index.html"), "utf8")).toContain('<a href="/vragen/#nota-1-wijzigingen">wijzigingen in de nota</a>');
  });

  it("keeps the answers' own words when the nota is built without a comparison", () => {
    const nota = buildDocuments(after).find((d) => d.attachment.inhoud === "nota-van-inlichtingen:1")!;
    expect(nota.html).toContain("De volgende antwoorden wijzigen de aanbestedingsstukken.");
    expect(nota.html).not.toContain("Op initiatief van de aanbestedende dienst.");
  });
});

describe("checks of the nota round", () => {
  it("stops at the `wijzigt` of an answer whose target did not change", () => {
    // Question 1.3 claims to change the eis vog, which this version leaves as it was.
    const dir = version11("belofte", (file) => replaceIn(file, '  - nummer: "1.3"\n', '  - nummer: "1.3"\n    wijzigt: [eis:vog]\n'));
    const before = model(previous).model!;
    const result = validateContent(dir, { changedSince: { label: "versie 1.0", changed: (m) => changedTargets(compareTender(before, m)) } });
    expect(result.model).toBeUndefined();
    const lines = readFileSync(join(dir, "nota-van-inlichtingen", "1.yaml"), "utf8").split("\n");
    const line = lines.findIndex((l) => l.includes("wijzigt: [eis:vog]")) + 1;
    const found = result.diagnostics.find((d) => d.code === "wijzigt-ongewijzigd")!;
    expect(found).toMatchObject({ file: join(dir, "nota-van-inlichtingen", "1.yaml"), line, severity: "fout" });
    expect(found.message).toBe("vraag 1.3 zegt `eis:vog` te wijzigen, maar dat is niet gewijzigd ten opzichte van versie 1.0; pas de gegevens aan zoals het antwoord zegt, of haal het doel uit `wijzigt`");
    // The answer whose change was made passes.
    expect(result.diagnostics.filter((d) => d.code === "wijzigt-ongewijzigd")).toHaveLength(1);
  });

  it("warns when a nota changes the data but names no version, or another version than the data", () => {
    const unversioned = model(version11("zonder-versie", (file) => replaceIn(file, 'versie: "1.1"\n', "")));
    expect(unversioned.diagnostics.find((d) => d.code === "nota-zonder-versie")).toMatchObject({
      file: join(work, "zonder-versie", "nota-van-inlichtingen", "1.yaml"),
      line: 3,
      severity: "waarschuwing",
      message: 'Nota van Inlichtingen 1 wijzigt de gegevens (vraag 1.2), maar noemt geen `versie`; zet `versie: "…"` op de versie van de aanbestedingsstukken die met deze nota verschijnt, en verhoog `versie` in aanbesteding.yaml tot dezelfde waarde',
    });
    const other = model(version11("andere-versie", (file) => replaceIn(file, 'versie: "1.1"\n', 'versie: "1.2"\n')));
    expect(other.diagnostics.find((d) => d.code === "nota-andere-versie")).toMatchObject({
      file: join(work, "andere-versie", "nota-van-inlichtingen", "1.yaml"),
      line: 5,
      message: "Nota van Inlichtingen 1 verschijnt met versie 1.2, maar aanbesteding.yaml heeft versie 1.1; de gegevens en de laatste nota horen dezelfde versie te beschrijven: verhoog `versie` in aanbesteding.yaml, of zet de nota op 1.1",
    });
  });
});
