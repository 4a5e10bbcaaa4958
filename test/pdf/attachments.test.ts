import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bookmarkTitles, build, sharedBundle, flat, leidraad, pdfinfo, pdftotext, phrase, type Built } from "./helpers.ts";

/**
 * Facts of each tender as the documents must print them, written from its aanbesteding.yaml
 * (content/ and test/fixtures/klein): the planning's milestones with their dates, the date in
 * the running footer per bijlage (a Nota van Inlichtingen its own datum, from
 * content/nota-van-inlichtingen/1.yaml and 2.yaml), and the number of lots and sub-lots in subtenders/.
 */
const FACTS = {
  voorbeeld: {
    planning: [
      "Publicatie op Mercell 15 februari 2024",
      "Uiterste datum voor het stellen van vragen 1 maart 2024, 12:00 uur",
      "Publicatie Nota van Inlichtingen 1 8 maart 2024",
      "Publicatie Nota van Inlichtingen 2 15 maart 2024",
      "Uiterste inschrijfdatum 15 april 2024, 12:00 uur",
      "Voorlopige gunning 31 mei 2024",
      "Definitieve gunning 24 juni 2024",
      "Start implementatie 2 september 2024",
      "Ingangsdatum overeenkomst 1 januari 2025",
    ],
    footer: (nummer: string) => `Versie 1.0 · ${nummer === "12" ? "8 maart 2024" : nummer === "13" ? "15 maart 2024" : "15 februari 2024"}`,
    lots: 14,
  },
  klein: {
    planning: [
      "Publicatie op Mercell 1 september 2025",
      "Uiterste datum vragen 15 september 2025, 10:00 uur",
      "Nota van Inlichtingen 29 september 2025",
      "Uiterste inschrijfdatum 20 oktober 2025, 12:00 uur",
      "Voorlopige gunning 7 november 2025",
      "Definitieve gunning 1 december 2025",
      "Ingangsdatum overeenkomst 1 januari 2026",
    ],
    footer: () => "Versie 2.1 · 1 september 2025",
    lots: 5,
  },
};

describe.each([
  ["het voorbeeld", "content", "voorbeeld"],
  ["de kleine aanbesteding", "test/fixtures/klein", "klein"],
] as const)("de Mercell-bijlagen van %s", (_label, dir, name) => {
  let b: Built;
  let text: string;
  beforeAll(async () => {
    // The bundle `npm run build` made; the reproducibility test renders it once more, here in this process.
    b = sharedBundle(name);
    // -raw: content-stream order, so a table row reads cell after cell and the
    // CONCEPT watermark (painted last) never lands inside a sentence.
    text = flat(pdftotext(leidraad(b), { raw: true }));
  });

  it("maakt één PDF per bijlage met de afgesproken bestandsnaam", () => {
    const t = b.model.tender;
    expect(b.manifest.bestanden.map((f) => f.nummer)).toEqual(t.bijlagen.map((a) => a.nummer));
    for (const f of b.manifest.bestanden) {
      expect(f.bestand).toMatch(new RegExp(`^${f.nummer}-[a-z0-9-]+-v${t.versie.replace(/\./g, "\\.")}\\.pdf$`));
      expect(readFileSync(join(b.out, f.bestand)).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });

  it("noemt in de leidraad elk perceel met nummer, naam en aantal contractanten, in de woorden van de website", () => {
    expect(b.model.lots).toHaveLength(FACTS[name].lots);
    for (const lot of b.model.lots) {
      const st = b.model.subtenders.find((s) => s.id === lot.subtenderId)!;
      const n = lot.aantal_contractanten;
      const count = st.procedure === "toelating" ? "geen maximum (toelating)" : n === undefined ? "per subperceel" : n === 1 ? "1 contractant" : `${n} contractanten`;
      // A lot's section states the count as a fact; a sub-lot's row in that section's table ends with it.
      if (!lot.parentId) expect(text).toMatch(new RegExp(`\\d+\\.\\d+\\.\\d+ ${phrase(`Perceel ${lot.nummer} ${lot.naam}`)} (?:(?!\\d+\\.\\d+\\.\\d+ Perceel ).)*?Aantal contractanten ${phrase(count)}`));
      else expect(text).toMatch(new RegExp(`${phrase(`${lot.nummer} ${lot.naam}`)} .{0,300}?${phrase(count)}`));
    }
  });

  it("noemt elk gunningscriterium met zijn weging, ook de eigen criteria van een perceel", () => {
    const sets = [...b.model.subtenders.map((s) => s.gunningscriteria), ...b.model.lots.filter((l) => l.eigenGunningscriteria).map((l) => l.gunningscriteria)];
    expect(sets.flat().length).toBeGreaterThan(0);
    for (const c of sets.flat()) expect(text).toMatch(new RegExp(`(^|\\s)${phrase(c.naam)} ${c.weging}% `));
  });

  it("toont de planning met Nederlandse datums en tijden", () => {
    expect(b.model.tender.planning).toHaveLength(FACTS[name].planning.length);
    for (const m of FACTS[name].planning) expect(text).toContain(m);
    expect(text).toMatch(/uur/);
  });

  it("heeft een inhoudsopgave waarvan elk paginanummer klopt", () => {
    const file = leidraad(b);
    // -raw keeps the content-stream order: the watermark letters (painted last) cannot split a line.
    const pages = pdftotext(file, { raw: true }).split("\f");
    const tocPages = pages.map((p, i) => [p, i + 1] as const).filter(([p]) => /Inhoudsopgave/.test(p) && /\. \. \./.test(p));
    expect(tocPages.length).toBeGreaterThan(0);
    const entries = tocPages.flatMap(([p]) => [...p.matchAll(/^\s*(\d+(?:\.\d+)?)\s+(\S.*?)\s*(?:\. )+\.?\s*(\d+)\s*$/gm)].map((m) => ({ number: m[1], title: m[2].trim(), page: Number(m[3]) })));
    // Every dotted TOC line was understood, none skipped.
    expect(entries).toHaveLength(tocPages.reduce((n, [p]) => n + p.split("\n").filter((l) => l.includes(". . .")).length, 0));
    const chapters = entries.filter((e) => !e.number.includes("."));
    for (const generated of ["Planning", "Opdracht", "Eisen", "Overeenkomst", "Bijlagen"]) expect(chapters.map((c) => c.title)).toContain(generated);
    // The award chapter, under its own name or that of the teksten chapter that opens it.
    expect(chapters.some((c) => /^(Beoordeling en gunning|Gunning)$/.test(c.title))).toBe(true);
    expect(entries.some((e) => e.number.includes("."))).toBe(true);
    for (const e of entries) {
      const page = pdftotext(file, { first: e.page, last: e.page, raw: true });
      expect(page, `${e.number} ${e.title} op pagina ${e.page}`).toMatch(new RegExp(`^\\s*${e.number.replace(/\./g, "\\.")}\\s+${phrase(e.title)}`, "m"));
    }
    // Every TOC entry is also a PDF bookmark, and so are the lots one level deeper.
    const bookmarks = bookmarkTitles(file).map((t) => t.replace(/\s+/g, " "));
    for (const e of entries) expect(bookmarks.some((t) => t.startsWith(`${e.number} ${e.title}`))).toBe(true);
    expect(b.model.lots).toHaveLength(FACTS[name].lots);
    for (const lot of b.model.lots.filter((l) => !l.parentId)) expect(bookmarks.some((t) => t.endsWith(`Perceel ${lot.nummer} ${lot.naam}`))).toBe(true);
    // The teksten chapters are there (as a chapter, or as the section of the procedure they replace), in their order.
    const titles = entries.map((c) => c.title);
    const positions = b.model.chapters.map((c) => titles.indexOf(c.titel));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
  });

  it("kopieert een eigen bestand ongewijzigd en noemt het in de bijlagenlijst van de leidraad", () => {
    const own = b.model.tender.bijlagen.filter((a) => a.inhoud === "bestand");
    // The example publishes the UEA instructions as its own PDF (bijlage 10); the small tender has no own file.
    expect(own.map((a) => a.nummer)).toEqual(dir === "content" ? ["10"] : []);
    const layout = pdftotext(leidraad(b), { layout: true });
    for (const a of own) {
      const f = b.manifest.bestanden.find((e) => e.nummer === a.nummer)!;
      expect(readFileSync(join(b.out, f.bestand)).equals(readFileSync(a.bron))).toBe(true);
      expect(f).toMatchObject({ sha256: a.sha256, bytes: a.bytes, paginas: 2 });
      expect(layout).toMatch(new RegExp(`${a.nummer}\\s+${phrase(a.titel)}\\s+${phrase(f.bestand)}`));
    }
  });

  it("geeft de PDF's metadata, tags en de paginatelling uit het manifest", () => {
    const t = b.model.tender;
    // The documents we print; a team's own file (bestand) is copied as it is, with its own metadata (test/pdf/own-files.test.ts).
    for (const [i, f] of b.manifest.bestanden.entries()) {
      if (t.bijlagen[i].inhoud === "bestand") continue;
      const info = pdfinfo(join(b.out, f.bestand));
      expect(info.Tagged).toBe("yes");
      expect(info.Title).toBe(`${t.bijlagen[i].titel} – ${t.titel}`);
      expect(info.Author).toBe(t.aanbestedende_dienst.naam);
      expect(info.Subject).toContain(t.titel);
      expect(info.Keywords).toContain(t.kenmerk);
      expect(info.Keywords).toContain(t.versie);
      expect(info.CreationDate).toContain(String(new Date(`${t.datum}T00:00:00Z`).getUTCFullYear()));
      expect(info.CreationDate).toMatch(/00:00:00/);
      expect(info.ModDate).toBe(info.CreationDate);
      expect(info["Page size"]).toMatch(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
      expect(Number(info.Pages)).toBe(f.paginas);
      const raw = readFileSync(join(b.out, f.bestand), "latin1");
      expect(raw).toContain("/Lang (nl)");
      expect(raw).toMatch(/\/Outlines \d+ 0 R/);
    }
  });

  it("bedt de lettertypen in: alleen DejaVu, allemaal ingebed", async () => {
    const { execFileSync } = await import("node:child_process");
    const fonts = execFileSync("pdffonts", [leidraad(b)], { encoding: "utf8" }).trim().split("\n").slice(2);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) {
      expect(line).toMatch(/DejaVu/);
      expect(line).toMatch(/ yes yes yes /);
    }
  });

  it("zet kop- en voettekst op elke pagina behalve het voorblad, en CONCEPT alleen op een concept", () => {
    const t = b.model.tender;
    const printed = b.manifest.bestanden.filter((f) => t.bijlagen.find((a) => a.nummer === f.nummer)!.inhoud !== "bestand");
    expect(printed.length).toBeGreaterThan(1);
    for (const f of printed) {
      const pages = pdftotext(join(b.out, f.bestand), { raw: true }).split("\f").slice(0, f.paginas);
      expect(pages).toHaveLength(f.paginas);
      pages.forEach((page, i) => {
        const squeezed = page.replace(/\s+/g, "");
        if (t.status === "concept") expect(squeezed, `${f.bestand} pagina ${i + 1}`).toContain("CONCEPT");
        else expect(squeezed).not.toContain("CONCEPT");
        if (i === 0) return;
        // The document's own date: a Nota's publication date, else the date of this version.
        expect(flat(page)).toContain(`${FACTS[name].footer(f.nummer)} · pagina ${i + 1} van ${f.paginas}`);
        expect(flat(page)).toContain(`${t.kenmerk} · ${t.titel}`);
      });
    }
  });

  it("levert bij een tweede bouw (hier, zonder de CLI) byte voor byte dezelfde PDF's en hetzelfde manifest", async () => {
    const again = await build(dir);
    expect(again.manifest).toEqual(b.manifest);
    expect(readFileSync(join(again.out, "manifest.json"), "utf8")).toBe(readFileSync(join(b.out, "manifest.json"), "utf8"));
    for (const f of b.manifest.bestanden) expect(readFileSync(join(again.out, f.bestand)).equals(readFileSync(join(b.out, f.bestand)))).toBe(true);
  });

  it("houdt een bedrag op één regel: nooit € aan het eind van een regel en het getal op de volgende", () => {
    let amounts = 0;
    for (const f of b.manifest.bestanden) {
      const lines = pdftotext(join(b.out, f.bestand), { raw: true }).split("\n");
      amounts += lines.filter((l) => /€ \d/.test(l)).length;
      expect(lines.filter((l) => /€\s*$/.test(l)), f.bestand).toEqual([]);
    }
    expect(amounts).toBeGreaterThan(0);
  });

  it("verwijst naar een hoofdstuk met het paragraafnummer waaronder dat hoofdstuk in de leidraad staat", () => {
    const refs = b.model.chapters.flatMap((c) => [...c.markdown.matchAll(/\[([^\]]+)\]\(hoofdstuk:([a-z0-9-]+)\)/g)].map((m) => ({ text: m[1], id: m[2] })));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) {
      const title = b.model.chapters.find((c) => c.id === ref.id)!.titel;
      const number = new RegExp(`(?:^|\\n)(\\d+(?:\\.\\d+)*) ${phrase(title)}(?:\\n|$)`).exec(pdftotext(leidraad(b), { raw: true }).split("\f").slice(2).join("\n"))?.[1];
      expect(number, title).toBeDefined();
      expect(text).toContain(`${ref.text} (zie § ${number})`);
    }
  });

  it("verwijst in tekst naar de paragraaf van een perceel", () => {
    expect(text).toMatch(/\(zie § \d+(\.\d+)+, (sub)?perceel \S+ /);
  });

  it("noemt elk hoofdstuk één keer en de regel bij gelijke scores één keer", () => {
    const chapters = bookmarkTitles(leidraad(b)).filter((t) => /^\d+ /.test(t)).map((t) => t.replace(/^\d+ /, ""));
    expect(new Set(chapters).size).toBe(chapters.length);
    expect(text.match(/criterium met de grootste weging gaat voor/g)).toHaveLength(1);
  });
});

describe("teksten die een gegenereerd deel van de leidraad vervangen", () => {
  let b: Built;
  beforeAll(async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "teksten-")), "inhoud");
    cpSync("test/fixtures/klein", dir, { recursive: true });
    writeFileSync(join(dir, "teksten/60-beoordeling.md"), "---\ntitel: Beoordeling en gunning\nvolgorde: 60\n---\nEen commissie van drie inkopers beoordeelt elk plan van aanpak.\n");
    writeFileSync(join(dir, "teksten/65-gelijke-scores.md"), "---\ntitel: Bij gelijke stand\nvolgorde: 65\n---\nBij gelijke totaalscores beslist het criterium Kwaliteit; daarna de loting.\n");
    b = await build(dir);
  });

  it("opent met het hoofdstuk beoordeling het gunningshoofdstuk, in plaats van een tweede hoofdstuk erover", () => {
    const titles = bookmarkTitles(leidraad(b));
    expect(titles.filter((t) => /Beoordeling en gunning/.test(t))).toHaveLength(1);
    expect(titles.some((t) => /^\d+ Gunning$/.test(t))).toBe(false);
    const text = flat(pdftotext(leidraad(b), { raw: true }));
    expect(text).toMatch(/Beoordeling en gunning Een commissie van drie inkopers beoordeelt elk plan van aanpak\. \d+\.1 Gunning /);
  });

  it("zet de eigen regel bij gelijke scores in de leidraad en in de bijlage van de subtender, en de standaardregel nergens", () => {
    const ranked = (inhoud: string) => inhoud === "bestek" || b.model.subtenders.some((s) => s.procedure === "aanbesteding" && inhoud === `subtender:${s.id}`);
    const files = b.manifest.bestanden.filter((_, i) => ranked(b.model.tender.bijlagen[i].inhoud));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const f of files) {
      const text = flat(pdftotext(join(b.out, f.bestand), { raw: true }));
      expect(text, f.bestand).toContain("Bij gelijke stand Bij gelijke totaalscores beslist het criterium Kwaliteit; daarna de loting.");
      expect(text, f.bestand).not.toContain("criterium met de grootste weging voor");
    }
  });
});
