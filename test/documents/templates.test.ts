import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromHtml } from "hast-util-from-html";
import { toText } from "hast-util-to-text";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDocuments } from "../../src/documents/build-documents.ts";
import { siteBestek, type BestekSection } from "../../src/site/lib/bestek.ts";
import { applyCase, modelAfter } from "../fixtures/invalid/apply-case.ts";
import { flat, pdftotext } from "../pdf/helpers.ts";
import { runCli, type CliResult } from "../run-cli.ts";

/**
 * The standard texts are templates a lawyer edits (templates/leidraad,
 * templates/overeenkomst): an edit shows up in the PDF and on the site with no
 * change in src/, a broken template stops the build with its line, and a
 * value from the model is always text.
 */

/** What a reader reads in a piece of HTML. */
const textOf = (html: string) => toText(fromHtml(html, { fragment: true })).replace(/\s+/g, " ").trim();

/** A copy of the project's templates in a folder that is itself called `templates`, as messages name it. */
function templatesCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), "sjablonen-")), "templates");
  cpSync("templates", dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, from: string, to: string): void {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  expect(text, `${from} in ${file}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

/** The 1-based line of the first line of `file` that contains `text`. */
function lineOf(dir: string, file: string, text: string): number {
  const index = readFileSync(join(dir, file), "utf8").split("\n").findIndex((l) => l.includes(text));
  expect(index, `${text} in ${file}`).toBeGreaterThanOrEqual(0);
  return index + 1;
}

const ADDED = "Deze zin staat alleen in de kopie van de sjablonen en nergens in src.";
const ADDED_PART = "Ook deze zin over gelijke scores staat alleen in de kopie van de tekstdelen.";
/** A provision a lawyer adds with one file: after gestanddoening in the inschrijving chapter. */
const NEW_PROVISION = [
  "---",
  "hoofdstuk: inschrijving   # in welk hoofdstuk",
  "na: gestanddoening        # na welke bepaling",
  "---",
  "{% comment %}",
  "Integriteit: wat wij van iedere inschrijver verwachten. Uit de gegevens: de naam van de aanbestedende dienst.",
  "Het team beslist: niets.",
  "{% endcomment %}",
  "# Integriteit",
  "",
  "{{ aanbestedende_dienst.naam }} verwacht van iedere inschrijver dat hij integer handelt; deze bepaling is één bestand in de kopie van de sjablonen.",
  "",
].join("\n");

describe("a lawyer's edit of a template, built for real", () => {
  // The small tender without its own rechtsbescherming chapter: the template's text is printed.
  const content = applyCase({ name: "zonder eigen rechtsbescherming", edits: [{ file: "teksten/20-rechtsbescherming.md", remove: true }] });
  const out = join(mkdtempSync(join(tmpdir(), "sjabloon-build-")), "dist");
  const templates = templatesCopy();
  let built: CliResult;
  let manifest: string;

  beforeAll(async () => {
    edit(templates, "leidraad/rechtsbescherming.md", "een klacht schort de termijn niet op.", `een klacht schort de termijn niet op. ${ADDED}`);
    edit(templates, "tekstdelen/gunning-gelijke-scores.md", "de betrokken inschrijvers mogen daarbij aanwezig zijn.", `de betrokken inschrijvers mogen daarbij aanwezig zijn. ${ADDED_PART}`);
    writeFileSync(join(templates, "leidraad", "integriteit.md"), NEW_PROVISION);
    // The provision after it points at the new one.
    edit(templates, "leidraad/combinaties.md", "In het UEA vult iedere deelnemer een eigen verklaring in.", "In het UEA vult iedere deelnemer een eigen verklaring in. Zie ook [integriteit](hoofdstuk:integriteit).");
    built = await runCli(["build", "--content", content, "--out", out, "--quiet"], { env: { JEUGDHULP_TEMPLATES: templates } });
    manifest = readFileSync(join(out, "mercell", "manifest.json"), "utf8");
  });
  afterAll(() => rmSync(content, { recursive: true, force: true }));

  const leidraadText = () => flat(pdftotext(join(out, "mercell", "1-aanbestedingsleidraad-v2.1.pdf"), { raw: true }));
  const sitePage = () => textOf(readFileSync(join(out, "site", "bestek", "rechtsbescherming", "index.html"), "utf8"));

  it("shows the added sentence in the leidraad PDF and on the site's /bestek/ page", () => {
    expect(built.status, built.stderr).toBe(0);
    expect(leidraadText()).toContain(ADDED);
    expect(sitePage()).toContain(ADDED);
  });

  it("shows a sentence added to a text part (the tie-break) in the leidraad PDF, the subtender's attachment and on the subtender's page", () => {
    expect(built.status, built.stderr).toBe(0);
    expect(leidraadText()).toContain(ADDED_PART);
    expect(flat(pdftotext(join(out, "mercell", "4-percelen-en-gunning-subtender-spoed-v2.1.pdf"), { raw: true }))).toContain(ADDED_PART);
    expect(textOf(readFileSync(join(out, "site", "subtenders", "spoed", "index.html"), "utf8"))).toContain(ADDED_PART);
  });

  it("prints a provision added as one file where its front matter says, numbered, in the table of contents, filled in, in the PDF and on /bestek/", () => {
    expect(built.status, built.stderr).toBe(0);
    const pdf = leidraadText();
    // The klein tender's inschrijving chapter is 6: 6.1 Onvoorwaardelijk inschrijven, 6.2 Gestanddoening, then the new one.
    const sentence = "Gemeenschappelijke Regeling Jeugd Noord verwacht van iedere inschrijver dat hij integer handelt; deze bepaling is één bestand in de kopie van de sjablonen.";
    expect(pdf).toMatch(/6\.2 Gestanddoening[ .]+\d+ 6\.3 Integriteit[ .]+\d+ 6\.4 Combinaties, onderaanneming en beroep op derden[ .]+\d+/);
    expect(pdf).toContain(`6.3 Integriteit ${sentence} 6.4 Combinaties, onderaanneming en beroep op derden`);
    expect(pdf.includes("Zie ook integriteit (§ 6.3)."), "the cross-reference to it").toBe(true);
    const page = textOf(readFileSync(join(out, "site", "bestek", "inschrijving", "index.html"), "utf8"));
    expect(page).toContain(`6.3 Integriteit ${sentence} 6.4 Combinaties, onderaanneming en beroep op derden`);
  });

  it("writes the standstill days as 20 kalenderdagen, in the PDF and on the site", () => {
    for (const text of [leidraadText(), sitePage()]) expect(text).toContain("binnen 20 kalenderdagen een kort geding aanhangig maken");
    expect(leidraadText()).toContain("een opschortende termijn (standstill) van 20 kalenderdagen na de gunningsbeslissing");
    expect(leidraadText()).toContain("de opschortende termijn (standstill) van 20 kalenderdagen en de vervaltermijn");
  });

  /** A build with a broken copy of the templates into the same output folder: it fails and leaves the output as it was. */
  async function brokenBuild(file: string, from: string, to: string): Promise<{ result: CliResult; dir: string }> {
    const dir = templatesCopy();
    edit(dir, file, from, to);
    const result = await runCli(["build", "--content", content, "--out", out], { env: { JEUGDHULP_TEMPLATES: dir } });
    expect(result.status).toBe(1);
    expect(readFileSync(join(out, "mercell", "manifest.json"), "utf8")).toBe(manifest);
    expect(readdirSync(join(out, "..")).filter((f) => f.startsWith(".dist"))).toEqual([]);
    return { result, dir };
  }

  it("stops the build at the line of an unknown placeholder, in Dutch, with a suggestion", async () => {
    const { result, dir } = await brokenBuild("leidraad/rechtsbescherming.md", "binnen {{ standstill_dagen }} kalenderdagen", "binnen {{ standstill_dagn }} kalenderdagen");
    const line = lineOf(dir, "leidraad/rechtsbescherming.md", "standstill_dagn");
    expect(result.stderr).toContain(`templates/leidraad/rechtsbescherming.md:${line}: fout: onbekende plaatshouder \`standstill_dagn\`; bedoelde u \`standstill_dagen\`?`);
    expect(result.stderr).toContain("Bouwen gestopt");
    expect(result.stderr).not.toMatch(/interne fout|undefined variable|at \w+ \(/);
  });

  it("stops the build at the line of an unknown placeholder in a text part the site uses too", async () => {
    const { result, dir } = await brokenBuild("tekstdelen/toetreding.md", "In {{ subtender }} kunt u ook tijdens de looptijd een aanvraag", "In {{ subtendr }} kunt u ook tijdens de looptijd een aanvraag");
    const line = lineOf(dir, "tekstdelen/toetreding.md", "subtendr");
    expect(result.stderr).toContain(`templates/tekstdelen/toetreding.md:${line}: fout: onbekende plaatshouder \`subtendr\`; bedoelde u \`subtender\`?`);
    expect(result.stderr).not.toMatch(/interne fout|undefined variable|at \w+ \(/);
  });

  it("stops the build at the line of a tag that is never closed", async () => {
    const { result, dir } = await brokenBuild("leidraad/gestanddoening.md", "De overeenkomst komt tot stand door de definitieve gunning.{% endif %}", "De overeenkomst komt tot stand door de definitieve gunning.");
    const line = lineOf(dir, "leidraad/gestanddoening.md", "{% if planning.ondertekening %}De overeenkomst komt tot stand");
    expect(result.stderr).toContain(`templates/leidraad/gestanddoening.md:${line}: fout: \`{% if planning.ondertekening %}\` wordt niet afgesloten: \`{% endif %}\` ontbreekt`);
  });

  it("stops the build at the line of an unknown filter, also in an agreement article", async () => {
    const { result, dir } = await brokenBuild("overeenkomst/aansprakelijkheid.md", "{{ verzekerd_bedrag | euro }}", "{{ verzekerd_bedrag | eur }}");
    const line = lineOf(dir, "overeenkomst/aansprakelijkheid.md", "| eur }}");
    expect(result.stderr).toContain(`templates/overeenkomst/aansprakelijkheid.md:${line}: fout: onbekend filter \`eur\`; bedoelde u \`euro\`?`);
  });

  it("refuses a template that reads another file", async () => {
    const { result, dir } = await brokenBuild("leidraad/verduidelijking.md", "# Verduidelijking en herstel van kennelijke fouten\n", "# Verduidelijking en herstel van kennelijke fouten\n\n{% include '../../package.json' %}\n");
    const line = lineOf(dir, "leidraad/verduidelijking.md", "{% include");
    expect(result.stderr).toContain(`templates/leidraad/verduidelijking.md:${line}: fout: \`{% include %}\` is niet toegestaan`);
  });

  it("stops the build when a standard text has no template", async () => {
    const dir = templatesCopy();
    rmSync(join(dir, "overeenkomst", "geschillen.md"));
    const result = await runCli(["build", "--content", content, "--out", out, "--quiet"], { env: { JEUGDHULP_TEMPLATES: dir } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("templates/overeenkomst/geschillen.md:1: fout: het sjabloon ontbreekt");
  });

  it("stops the build at an added provision that does not say where it stands, and says what to add", async () => {
    const dir = templatesCopy();
    writeFileSync(join(dir, "leidraad", "integriteit.md"), NEW_PROVISION.replace(/^---\n[\s\S]*?\n---\n/, ""));
    const result = await runCli(["build", "--content", content, "--out", out], { env: { JEUGDHULP_TEMPLATES: dir } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("templates/leidraad/integriteit.md:1: fout: geen standaardtekst heeft het id `integriteit`; is het een nieuwe bepaling, zet bovenaan het bestand een kopblok met het hoofdstuk waarin de bepaling staat: een regel `---`, `hoofdstuk: inschrijving`");
    expect(result.stderr).toContain("Bouwen gestopt");
    expect(readFileSync(join(out, "mercell", "manifest.json"), "utf8")).toBe(manifest);
  });

  it("reports a template file that belongs to no standard text", async () => {
    const dir = templatesCopy();
    cpSync(join(dir, "leidraad", "gestanddoening.md"), join(dir, "leidraad", "gestandoening.md"));
    const result = await runCli(["build", "--content", content, "--out", out, "--quiet"], { env: { JEUGDHULP_TEMPLATES: dir } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("templates/leidraad/gestandoening.md:1: fout: geen standaardtekst heeft het id `gestandoening`; bedoelde u `gestanddoening`?");
  });
});

describe("a value from the model in a template", () => {
  const hostileName = "Jeugd <script>alert(1)</script> **Noord** & [klik](javascript:alert(1))";
  const hostileSubtender = "Spoed *nood* <img src=x onerror=alert(1)> | x";
  // Without its own introduction the leidraad prints the template's, with the name of the aanbestedende dienst.
  const model = modelAfter(
    { file: "teksten/10-inleiding.md", remove: true },
    { file: "aanbesteding.yaml", replace: "naam: Gemeenschappelijke Regeling Jeugd Noord", with: `naam: ${JSON.stringify(hostileName)}` },
    { file: "subtenders/spoed.yaml", replace: "naam: Subtender Spoed", with: `naam: ${JSON.stringify(hostileSubtender)}` },
  );
  const pdfHtml = buildDocuments(model).find((d) => d.attachment.inhoud === "bestek")!.html;
  const site = siteBestek(model);
  const all = (s: BestekSection): string => s.html + s.children.map(all).join("");
  const siteHtml = (slug: string) => all(site.chapters.find((c) => c.slug === slug)!);

  it("is printed as text, never as markup, in the PDF and on the site", () => {
    for (const html of [pdfHtml, siteHtml("inleiding"), siteHtml("procedure")]) {
      expect(html).not.toMatch(/<script|<img|href="javascript|<strong>Noord|<em>nood/);
    }
    expect(textOf(pdfHtml)).toContain(`Daarmee koopt ${hostileName} jeugdhulp in`);
    expect(textOf(siteHtml("inleiding"))).toContain(`Daarmee koopt ${hostileName} jeugdhulp in`);
    // The subtender's name is the text of a cross-reference in the provision about phases.
    expect(textOf(pdfHtml)).toContain(`In ${hostileSubtender} (zie §`);
    expect(textOf(siteHtml("procedure"))).toContain(`In ${hostileSubtender} (zie §`);
  });
});

describe("the project's templates", () => {
  const files = ["leidraad", "overeenkomst"].flatMap((kind) => readdirSync(join("templates", kind)).map((f) => join("templates", kind, f)));
  const parts = readdirSync(join("templates", "tekstdelen")).map((f) => join("templates", "tekstdelen", f));

  it("each begin with a comment for the lawyer and then the title", () => {
    expect(files.length).toBe(33);
    for (const file of files) expect(readFileSync(file, "utf8"), file).toMatch(/^\{% comment %\}\n[\s\S]+?\n\{% endcomment %\}\n(\{% if [^%]+ -?%\}\n)?# \S/);
  });

  it("have text parts that begin with a comment for the lawyer, then the text without a title", () => {
    expect(parts.length).toBe(24);
    for (const file of parts) {
      const text = readFileSync(file, "utf8");
      expect(text, file).toMatch(/^\{% comment %\}\n[\s\S]+?\nUit de gegevens[\s\S]+?\nHet team beslist: [\s\S]+?\n\{% endcomment %\}\n/);
      expect(text.replace(/^\{% comment %\}[\s\S]*?\{% endcomment %\}\n/, ""), file).not.toMatch(/^#/m);
    }
  });

  it("write no number in the text itself: numbers come from the facts, apart from citations of the law", () => {
    const CITATIONS = [
      /\bartikel(?:en)? \d+\.\d+[a-z]?(?:(?: en| tot en met) \d+\.\d+[a-z]?)?/g,
      /\(artikel \d+\.\d+[a-z]? tot en met \d+\.\d+[a-z]?\)/g,
      /Aanbestedingswet 2012/g,
      /deel \d+ van de/g,
      /hoofdstuk 7 van de Jeugdwet/g,
      /NEN 7510/g,
      /geen score 0 op een criterium/g,
      // A judgment of the Court of Justice by its case number.
      /\bC-\d+\/\d+\b/g,
      // The paper size of a plan van aanpak.
      /\bA4\b/g,
      // A pair in the tie-break rule, no fact of the tender.
      /van twee criteria met dezelfde weging/g,
    ];
    const NUMBER_WORDS = /\b(twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|zestig|honderd|eenmaal|tweemaal|twintigste)\b/i;
    expect(files.length + parts.length).toBe(57);
    for (const file of [...files, ...parts]) {
      let text = readFileSync(file, "utf8")
        .replace(/\{% comment %\}[\s\S]*?\{% endcomment %\}/g, "")
        .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, "")
        .replace(/^\d+\. /gm, "");
      for (const c of CITATIONS) text = text.replace(c, "");
      expect(text, file).not.toMatch(/\d/);
      expect(text, file).not.toMatch(NUMBER_WORDS);
    }
  });
});
