import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sha256 } from "../../src/pdf/manifest.ts";
import { runCli } from "../run-cli.ts";
import { BIDDER_NAMES, rijnmondScored } from "../fixtures/gunning/scored.ts";

/**
 * `npm run gunning` on the scored Rijnmond-shaped tender (test/fixtures/gunning),
 * as a user runs it; the outcomes are the hand computations of ranking.test.ts.
 */
const content = rijnmondScored();
const out = mkdtempSync(join(tmpdir(), "gunning-uit-"));
const again = mkdtempSync(join(tmpdir(), "gunning-nogmaals-"));
const build = mkdtempSync(join(tmpdir(), "gunning-bouw-"));
const folder = join(out, "gunning", "prestatieaanbieders");
const text = (file: string) => execFileSync("pdftotext", ["-layout", join(folder, file), "-"], { encoding: "utf8" }).replace(/[ \t]+/g, " ");
/** A letter's running text: one line, so a sentence broken over lines is found whole. */
const prose = (file: string) =>
  text(file).split("\n").filter((l) => !/· pagina \d+ van \d+/.test(l) && !/^\s*GRJR\/2021-JH’s 07 · /.test(l)).join("\n").replace(/\s+/g, " ");
// (The running header and footer are left out: a sentence may break over a page.)

beforeAll(async () => {
  const [first, second] = await Promise.all([runCli(["gunning", "--content", content, "--out", out]), runCli(["gunning", "--content", content, "--out", again])]);
  expect(first.stderr.replace(/^.*waarschuwing.*\n?|^.*gevonden\.\n?/gm, "")).toBe("");
  expect([first.status, second.status]).toEqual([0, 0]);
  const built = await runCli(["build", "--content", content, "--out", build, "--quiet"]);
  expect(built.status, built.stderr).toBe(0);
}, 300_000);
afterAll(() => {
  for (const d of [dirname(content), out, again, build]) rmSync(d, { recursive: true, force: true });
});

describe("npm run gunning", () => {
  it("writes one letter per bidder, the proces-verbaal, rangorde.csv and a manifest whose hashes match", () => {
    expect(readdirSync(folder).sort()).toEqual([
      "gunningsbeslissing-havenstad.pdf", "gunningsbeslissing-kompasroos.pdf", "gunningsbeslissing-lindehof.pdf", "gunningsbeslissing-meerwind.pdf",
      "gunningsbeslissing-tij-en-anker.pdf", "gunningsbeslissing-wijkkracht.pdf", "gunningsbeslissing-zonnewijzer.pdf",
      "manifest.csv", "manifest.json", "proces-verbaal.pdf", "rangorde.csv",
    ]);
    const manifest = JSON.parse(readFileSync(join(folder, "manifest.json"), "utf8")) as { bestanden: { bestand: string; sha256: string; bytes: number }[] };
    expect(manifest.bestanden).toHaveLength(9);
    for (const f of manifest.bestanden) expect([f.bestand, sha256(readFileSync(join(folder, f.bestand))), statSync(join(folder, f.bestand)).size]).toEqual([f.bestand, f.sha256, f.bytes]);
  });

  it("writes the award notice and the OCDS award release beside the decisions", () => {
    expect(readdirSync(join(out, "gunning")).sort()).toEqual(["eforms-gunning.xml", "ocds-gunning.json", "prestatieaanbieders"]);
  });

  it("rangorde.csv: one row per bid per lot, rang empty when not eligible", () => {
    expect(readFileSync(join(folder, "rangorde.csv"), "utf8").split("\r\n")).toEqual([
      "perceel,rang,inschrijver,totaalscore,gegund,reden",
      "B1,1,Stichting Kompasroos Jeugdhulp,82,ja,gegund: rang 1 bij 4 plaatsen",
      "B1,2,Stichting De Lindehof Jeugd,80.5,ja,gegund: rang 2 bij 4 plaatsen",
      "B1,3,Jeugdzorg Havenstad B.V.,77.5,ja,gegund: rang 3 bij 4 plaatsen",
      "B1,4,Zorggroep Meerwind B.V.,77.5,ja,gegund: rang 4 bij 4 plaatsen",
      'B1,5,Stichting Tij & Anker,76,nee,"niet gegund: rang 5, de 4 plaatsen zijn vergeven aan hoger gerangschikten"',
      "B1,,Coöperatie Wijkkracht U.A.,,nee,ongeldig: zie de reden in de beoordeling",
      "B3,1,Stichting Zonnewijzer Jeugdhulp,70,ja,gegund: rang 1 bij 3 plaatsen",
      "B3,,Coöperatie Wijkkracht U.A.,,nee,ongeldig: zie de reden in de beoordeling",
      "B4b,1,Zorggroep Meerwind B.V.,89.5,ja,gegund: rang 1 bij 2 plaatsen",
      "B4b,2,Coöperatie Wijkkracht U.A.,76,ja,gegund: rang 2 bij 2 plaatsen",
      'B4b,3,Stichting Kompasroos Jeugdhulp,76,nee,"niet gegund: rang 3, de 2 plaatsen zijn vergeven aan hoger gerangschikten"',
      "B4c,1,Stichting Tij & Anker,97,nee,voorwaarde niet vervuld: perceel B1 Pleegzorg niet gegund",
      "B4c,2,Stichting De Lindehof Jeugd,70,ja,gegund: rang 2 bij 3 plaatsen",
      "B4c,3,Stichting Kompasroos Jeugdhulp,70,ja,gegund: rang 3 bij 3 plaatsen",
      "B4c,4,Zorggroep Meerwind B.V.,62.5,ja,gegund: rang 4 bij 3 plaatsen",
      "B4c,5,Stichting Zonnewijzer Jeugdhulp,59.5,nee,voorwaarde niet vervuld: perceel B1 Pleegzorg niet gegund",
      "B4c,,Jeugdzorg Havenstad B.V.,73.5,nee,niet in aanmerking: score 0 op Samenwerking in de crisisketen",
      "",
    ]);
  });

  it("the letter to a bidder that lost on a condition: the condition, its §, the winners with their motivering, the standstill moved past a Sunday", () => {
    const letter = prose("gunningsbeslissing-tij-en-anker.pdf");
    expect(letter).toContain("Wij zijn voornemens subperceel B4c Crisispleegzorg niet aan u te gunnen. Op grond van de scores staat uw inschrijving op plaats 1 van de rangorde. Voor dit subperceel geldt echter de voorwaarde dat u ook gecontracteerd bent voor perceel B1 Pleegzorg. In deze gunningsbeslissing gunnen wij u dat niet, zodat u voor dit subperceel niet voor gunning in aanmerking komt (§ 7.6). De plaats die u op grond van uw scores zou hebben gekregen, gaat naar de eerstvolgende in de rangorde die wel aan de voorwaarde voldoet.");
    expect(letter).toContain("Wij zijn voornemens perceel B1 Pleegzorg niet aan u te gunnen. Uw inschrijving is geldig en staat op plaats 5 van de rangorde. Het perceel heeft vier plaatsen; die gaan naar de inschrijvers die hoger in de rangorde staan (§ 7.2 en § 7.4).");
    expect(letter).toContain("Wij zijn voornemens dit subperceel te gunnen aan Stichting De Lindehof Jeugd, Stichting Kompasroos Jeugdhulp en Zorggroep Meerwind B.V.;");
    expect(letter).toContain("Totaalscore 97");
    expect(letter).toContain("eindigt op maandag 7 februari 2022 (de twintigste dag, zondag 6 februari 2022, is geen werkdag;");
    expect(letter).toContain("de dagvaarding moet uiterlijk op 7 februari 2022 aan ons zijn betekend");
    expect(letter).toContain("(§ 9)");
    // A bidder's letter names no bid it did not compete with: B4b and B3 are other bidders' lots.
    expect(letter).not.toContain("B4b");
    expect(letter).not.toContain("Zonnewijzer");
  });

  it("the letter to a winner: each lot awarded with rank and §, the tie it lost on the heaviest criterion, the evidence to hand in", () => {
    const letter = prose("gunningsbeslissing-meerwind.pdf");
    expect(letter).toContain("Wij zijn voornemens perceel B1 Pleegzorg aan u te gunnen. Uw inschrijving staat op plaats 4 van de rangorde; het perceel heeft vier plaatsen voor contractanten (§ 7.2).");
    expect(letter).toContain("Uw totaalscore (77,5 punten) is gelijk aan die van Jeugdzorg Havenstad B.V.; de regel voor gelijke scores (§ 7.3) bepaalt dan de volgorde. De score op Kwaliteit van de hulp, het zwaarst wegende criterium waarop uw scores verschillen, gaf de doorslag: 7 voor u tegen 10. U staat daarom na Jeugdzorg Havenstad B.V. in de rangorde.");
    expect(letter).toContain("Wij zijn voornemens subperceel B4c Crisispleegzorg aan u te gunnen. Uw inschrijving staat op plaats 4 van de rangorde; het subperceel heeft drie plaatsen voor contractanten (§ 7.2). Voor dit subperceel geldt een voorwaarde: u moet ook gecontracteerd zijn voor perceel B1 Pleegzorg. Die voorwaarde is vervuld, omdat wij u dat in deze gunningsbeslissing ook gunnen (§ 7.6).");
    expect(letter).toContain("Vóór de definitieve gunning vragen wij de bewijsstukken bij u op.");
  });

  it("a bidder below the places that also misses the condition is not told it lost a place", () => {
    const letter = prose("gunningsbeslissing-zonnewijzer.pdf");
    expect(letter).toContain("Daarop heeft u niet ingeschreven, zodat u voor dit subperceel niet voor gunning in aanmerking komt (§ 7.6).");
    expect(letter).not.toContain("De plaats die u op grond van uw scores zou hebben gekregen");
  });

  it("the letters of a draw, a 0 and an invalid bid give those reasons", () => {
    expect(prose("gunningsbeslissing-kompasroos.pdf")).toContain("Uw scores zijn op alle criteria gelijk; daarom heeft de loting door de notaris de volgorde bepaald: u kreeg plaats 2 in de loting, de ander plaats 1. U staat daarom na Coöperatie Wijkkracht U.A. in de rangorde.");
    expect(prose("gunningsbeslissing-havenstad.pdf")).toContain("De commissie heeft u op Samenwerking in de crisisketen de score 0 gegeven. Met een 0 op een criterium komt een inschrijving niet voor gunning in aanmerking (§ 7.2 en § 7.4)");
    expect(prose("gunningsbeslissing-wijkkracht.pdf")).toContain("Uw inschrijving op dit perceel is ongeldig en is daarom niet beoordeeld. De reden: De inschrijving is ontvangen op 20 december 2021 om 12:07 uur, na de uiterste inschrijfdatum van 20 december 2021, 12:00 uur.");
  });

  it("the proces-verbaal records every tie, every condition check and the open places", () => {
    const record = prose("proces-verbaal.pdf");
    expect(record).toContain("Gelijke totaalscore 77,5: Jeugdzorg Havenstad B.V. vóór Zorggroep Meerwind B.V., beslist door Kwaliteit van de hulp (10 tegen 7).");
    expect(record).toContain("Gelijke totaalscore 76: Coöperatie Wijkkracht U.A. vóór Stichting Kompasroos Jeugdhulp, beslist door de loting (1 tegen 2).");
    expect(record).toContain("Voorwaarde voor Stichting Tij & Anker: ook gecontracteerd voor perceel B1 Pleegzorg: niet vervuld.");
    expect(record).toContain("Voorwaarde voor Zorggroep Meerwind B.V.: ook gecontracteerd voor perceel B1 Pleegzorg: vervuld (gegund: B1).");
    expect(record).toContain("twee plaatsen blijven open");
  });

  it("the PDFs are tagged and reproducible: a second run gives the same bytes", () => {
    const files = readdirSync(folder).filter((f) => f.endsWith(".pdf"));
    expect(files).toHaveLength(8);
    for (const f of files) {
      const bytes = readFileSync(join(folder, f));
      expect(bytes.includes("/StructTreeRoot"), f).toBe(true);
      const other = readFileSync(join(again, "gunning", "prestatieaanbieders", f));
      expect(sha256(bytes), `${f}: ${firstDifference(bytes, other)}`).toBe(sha256(other));
    }
  });
});

/** Where two PDFs first differ, for the message of a failed reproducibility check. */
function firstDifference(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `byte ${i}: ${JSON.stringify(a.subarray(Math.max(0, i - 120), i + 60).toString("latin1"))} / ${JSON.stringify(b.subarray(i, i + 60).toString("latin1"))}`;
}

describe("confidentiality", () => {
  /** Every text a build publishes: text files as they are, PDFs as their text, zip and gzip files unpacked. */
  function publishedText(dir: string): string[] {
    const out: string[] = [];
    const walk = (d: string) => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        const p = join(d, e.name);
        if (e.isDirectory()) walk(p);
        else {
          const bytes = readFileSync(p);
          if (bytes.subarray(0, 4).toString("latin1") === "%PDF") out.push(execFileSync("pdftotext", [p, "-"], { encoding: "utf8" }));
          else if (bytes.subarray(0, 2).toString("latin1") === "PK") out.push(execFileSync("unzip", ["-p", p], { encoding: "utf8", maxBuffer: 1 << 28 }));
          else if (bytes[0] === 0x1f && bytes[1] === 0x8b) out.push(gunzipSync(bytes).toString("utf8"));
          else out.push(bytes.toString("utf8"));
        }
      }
    };
    walk(dir);
    return out;
  }

  it("no bidder's name from beoordeling/ appears in the site, the Mercell bundle or the open data of a normal build", () => {
    for (const part of ["site", "mercell", "open-data"]) expect(existsSync(join(build, part)), part).toBe(true);
    const texts = ["site", "mercell", "open-data", "aankondiging", "inrichting"].filter((p) => existsSync(join(build, p))).flatMap((p) => publishedText(join(build, p)));
    expect(texts.length).toBeGreaterThan(50);
    const hits = BIDDER_NAMES.flatMap((name) => [name, name.replace("&", "&amp;"), name.split(" ").slice(-2).join(" ")].filter((n) => texts.some((t) => t.includes(n))));
    expect(hits).toEqual([]);
    // The check can fail: the names are in the letters.
    expect(BIDDER_NAMES.filter((name) => prose("proces-verbaal.pdf").includes(name))).toEqual([...BIDDER_NAMES]);
  });
});
