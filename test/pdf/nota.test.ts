import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { leidraadPlan } from "../../src/documents/outline.ts";
import { walk } from "../../src/documents/section.ts";
import { bookmarkTitles, build, flat, leidraad, pdfinfo, pdftotext, phrase, type Built } from "./helpers.ts";

/**
 * The Nota van Inlichtingen as a PDF attachment (`nota-van-inlichtingen:<n>`),
 * built from a copy of test/fixtures/klein (no `bijlagen`: the default set)
 * with two notas. Nota 2 writes its questions out of order (2.10, 2.2, 2.1):
 * the PDF prints them in natural order.
 */
const NOTA_1 = `nummer: 1
datum: 2025-09-22
vragen:
  - nummer: "1.1"
    referentie: Vraag 17
    ontvangen: 2025-09-10
    over: [perceel:spoedteams]
    paragraaf: "2.5"
    vraag: Hoe snel moet een spoedteam ter plaatse zijn?
    antwoord: Binnen twee uur na de melding.
`;
const NOTA_2 = `nummer: 2
datum: 2025-09-29
vragen:
  - nummer: "2.10"
    referentie: Vraag 31
    over: [eis:bereikbaarheid, hoofdstuk:gestanddoening]
    vraag: Moet het spoedteam ook op feestdagen bereikbaar zijn?
    antwoord: Ja, elke dag van het jaar.
    wijziging: De eis [Bereikbaarheid](eis:bereikbaarheid) noemt voortaan ook de feestdagen.
  - nummer: "2.2"
    referentie: Vraag 24
    over: [product:spoedbed, perceel:spoedbedden-west]
    vraag: Telt de dag van vertrek mee voor het tarief van een spoedbed?
    antwoord: Nee, een etmaal telt per overnachting.
    wijziging: Het productenboek zegt bij het spoedbed dat de dag van vertrek niet telt.
  - nummer: "2.1"
    referentie: Vraag 22
    over: [subtender:toelating-noord]
    vraag: Kan een aanbieder tijdens de looptijd nog toetreden tot de toelating?
    antwoord: Nee, deze toelating kent geen toetreding.
`;

let b: Built;
let dir: string;
const text = new Map<number, string>();
const file = new Map<number, string>();

/** -raw text without the running header and footer, so a sentence across a page break reads as one. */
function bodyText(pdf: string): string {
  const t = b.model.tender;
  return flat(
    pdftotext(pdf, { raw: true })
      .split(/[\n\f]/)
      .filter((line) => !line.startsWith(`${t.kenmerk} · ${t.titel}`) && !/^Versie .* · pagina \d+ van \d+$/.test(line.trim()))
      .join("\n"),
  );
}

beforeAll(async () => {
  dir = join(mkdtempSync(join(tmpdir(), "nota-")), "inhoud");
  cpSync("test/fixtures/klein", dir, { recursive: true });
  mkdirSync(join(dir, "nota-van-inlichtingen"));
  writeFileSync(join(dir, "nota-van-inlichtingen/1.yaml"), NOTA_1);
  writeFileSync(join(dir, "nota-van-inlichtingen/2.yaml"), NOTA_2);
  b = await build(dir);
  b.model.tender.bijlagen.forEach((a, i) => {
    const m = /^nota-van-inlichtingen:(\d+)$/.exec(a.inhoud);
    if (!m) return;
    file.set(Number(m[1]), join(b.out, b.manifest.bestanden[i].bestand));
    text.set(Number(m[1]), bodyText(join(b.out, b.manifest.bestanden[i].bestand)));
  });
});

afterAll(() => {
  if (b) rmSync(b.out, { recursive: true, force: true });
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The § the leidraad PDF prints for a cross-reference target, read from the printed leidraad itself. */
function printedSection(key: string): string {
  const section = [...walk(leidraadPlan(b.model).doc.sections)].find((s) => s.targets?.some((t) => t.key === key))!;
  // The number is the one the printed leidraad shows before that heading.
  expect(flat(pdftotext(leidraad(b), { raw: true }))).toMatch(new RegExp(`(?:^| )${section.number.replace(/\./g, "\\.")} ${phrase(section.title)}`));
  return section.number;
}

describe("de Nota van Inlichtingen als PDF-bijlage", () => {
  it("neemt zonder bijlagen-lijst elke nota op in de standaardset, genummerd na de andere bijlagen en in het manifest", () => {
    const inhoud: string[] = b.model.tender.bijlagen.map((a) => a.inhoud);
    expect(inhoud.slice(-2)).toEqual(["nota-van-inlichtingen:1", "nota-van-inlichtingen:2"]);
    const last = b.model.tender.bijlagen.slice(-2);
    expect(last.map((a) => a.titel)).toEqual(["Nota van Inlichtingen 1", "Nota van Inlichtingen 2"]);
    expect(last.map((a) => Number(a.nummer))).toEqual([inhoud.length - 1, inhoud.length]);
    expect(b.manifest.bestanden.slice(-2).map((f) => f.bestand)).toEqual([
      `${inhoud.length - 1}-nota-van-inlichtingen-1-v${b.model.tender.versie}.pdf`,
      `${inhoud.length}-nota-van-inlichtingen-2-v${b.model.tender.versie}.pdf`,
    ]);
  });

  it("heeft een voorblad met de publicatiedatum van de nota, een inhoudsopgave, een lopende kop en tags", () => {
    // The nota's datum, and as the documents write it.
    for (const [n, datum, written] of [[1, "2025-09-22", "22 september 2025"], [2, "2025-09-29", "29 september 2025"]] as const) {
      const pages = pdftotext(file.get(n)!, { raw: true }).split("\f");
      expect(flat(pages[0])).toContain(`Bijlage ${b.model.tender.bijlagen.find((a) => a.inhoud === `nota-van-inlichtingen:${n}`)!.nummer}`);
      expect(flat(pages[0])).toContain(`Nota van Inlichtingen ${n}`);
      expect(flat(pages[0])).toContain(`Datum ${written}`);
      expect(flat(pages[1])).toMatch(/Inhoudsopgave 1 Status van deze nota .* 2 Wijzigingen in de aanbestedingsstukken .* 3 Vragen en antwoorden/);
      for (const page of pages.slice(1).filter((p) => p.trim())) {
        expect(flat(page)).toContain(`Nota van Inlichtingen ${n}`);
        // The footer carries the nota's own date, as its cover does, never the date of the tender version.
        expect(flat(page)).toMatch(new RegExp(`Versie ${b.model.tender.versie} · ${written} · pagina \\d+ van \\d+`));
      }
      expect(b.manifest.bestanden.find((f) => f.bestand === basename(file.get(n)!))!.datum).toBe(datum);
      expect(pdfinfo(file.get(n)!).Tagged).toBe("yes");
    }
  });

  it("opent met de juridische status: deel van de aanbestedingsstukken, een latere nota gaat voor een eerdere en voor de leidraad", () => {
    const t = text.get(2)!;
    const status = t.indexOf("1 Status van deze nota", t.indexOf("3 Vragen en antwoorden"));
    expect(status).toBeGreaterThan(0);
    const opening = t.slice(status, status + 700);
    expect(opening).toContain(`Deze Nota van Inlichtingen 2 is gepubliceerd op 29 september 2025 en maakt deel uit van de aanbestedingsstukken`);
    expect(opening).toContain("gaat een latere Nota van Inlichtingen voor een eerdere");
    expect(opening).toMatch(/gaat een Nota van Inlichtingen voor de aanbestedingsleidraad \(bijlage 1\)/);
  });

  it("zet de antwoorden die de stukken wijzigen in een korte lijst, en alleen die", () => {
    const t = text.get(2)!;
    const from = t.lastIndexOf("2 Wijzigingen in de aanbestedingsstukken");
    const list = t.slice(from, t.lastIndexOf("3 Vragen en antwoorden"));
    expect(list).toMatch(/Vraag 2\.2 \(Vraag 24\): Het productenboek zegt bij het spoedbed/);
    expect(list).toMatch(/Vraag 2\.10 \(Vraag 31\): De eis Bereikbaarheid/);
    expect(list).not.toContain("Vraag 2.1 ");
    expect(list.indexOf("Vraag 2.2")).toBeLessThan(list.indexOf("Vraag 2.10"));
    expect(text.get(1)!).toContain("De antwoorden in deze nota wijzigen de aanbestedingsstukken niet");
  });

  it("zet de vragen in natuurlijke volgorde: 2.1, 2.2, 2.10, elk als bladwijzer", () => {
    const t = text.get(2)!;
    const body = t.slice(t.lastIndexOf("3 Vragen en antwoorden"));
    const at = ["2.1", "2.2", "2.10"].map((n) => body.search(new RegExp(`Vraag ${n.replace(".", "\\.")} Referentie`)));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((x, y) => x - y)).toEqual(at);
    expect(bookmarkTitles(file.get(2)!)).toEqual(expect.arrayContaining(["Vraag 2.1", "Vraag 2.2", "Vraag 2.10"]));
  });

  it("toont bij elke vraag nummer, referentie, waar zij over gaat met de § van de leidraad, vraag, antwoord en wijziging", () => {
    const one = text.get(1)!;
    const q = one.slice(one.lastIndexOf("Vraag 1.1 Referentie"));
    expect(q).toContain("Referentie Vraag 17");
    expect(q).toContain(`Over perceel 2 Spoedteams (zie § ${printedSection("perceel:spoedteams")})`);
    const cited = [...walk(leidraadPlan(b.model).doc.sections)].find((s) => s.number === "2.5")!;
    expect(q).toMatch(new RegExp(`Paragraaf § 2\\.5 ${phrase(cited.title)}`));
    expect(q).toContain("Ontvangen 10 september 2025");
    expect(q).toMatch(/Vraag Hoe snel moet een spoedteam ter plaatse zijn\? Antwoord Binnen twee uur na de melding\./);

    const two = text.get(2)!;
    const q22 = two.slice(two.lastIndexOf("Vraag 2.2 Referentie"), two.lastIndexOf("Vraag 2.10 Referentie"));
    // A sub-lot is named as one, with the § of the lot that describes it; a product where the productenboek has it.
    expect(q22).toContain(`subperceel 1b West (zie § ${printedSection("perceel:spoedbedden-west")})`);
    expect(q22).toMatch(/product Spoedbed \(zie bijlage 2 Productenboek, § [\d.]+\)/);
    expect(q22).toMatch(/Wijziging van de aanbestedingsstukken Het productenboek zegt bij het spoedbed/);
    const q210 = two.slice(two.lastIndexOf("Vraag 2.10 Referentie"));
    expect(q210).toContain(`hoofdstuk Gestanddoening (zie § ${printedSection("hoofdstuk:gestanddoening")})`);
  });
});
