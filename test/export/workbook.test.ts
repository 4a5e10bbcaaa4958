/**
 * The buyer's workbook (OUT/inrichting/): built with the real CLI for the
 * example and for examples/rijnmond, read back with exceljs as a spreadsheet
 * program would, and checked against the YAML of each tender: every lot,
 * sub-lot, criterion, eis, product and milestone present, weights and tariffs
 * as numbers, the CSV copies for Dutch Excel, and none of it published.
 */
import { readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ExcelJS from "exceljs";
import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { shared } from "../shared/builds.ts";
import { markdownToPlainText } from "../../src/markdown/plain-text.ts";
import { questionsSheet, workbookSheets } from "../../src/export/sheets.ts";
import { csvText, xlsxBytes } from "../../src/export/workbook.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { tenderArb, writeTender } from "../validate/tender-shapes.ts";
import fc from "fast-check";
import { lookup } from "../../src/model/lookup.ts";
import { modelAfter } from "../fixtures/invalid/apply-case.ts";
import { CASES } from "../fixtures/invalid/cases.ts";

interface Criterion { id: string; naam: string; weging: number; max_a4?: number }
interface LotYaml { id: string; nummer: string; naam: string; aantal_contractanten?: number; gunningscriteria?: Criterion[]; subpercelen?: LotYaml[] }
interface SubtenderYaml { id: string; naam: string; procedure: "aanbesteding" | "toelating"; eisen?: string[]; gunningscriteria?: Criterion[]; plan_van_aanpak?: { max_a4: number }; planning?: unknown[]; percelen: LotYaml[] }
interface TenderYaml { subtenders: string[]; hoofdtender: { eisen: string[] }; planning: { mijlpaal: string }[] }
interface RequirementYaml { id: string; titel: string; soort: string; bewijs?: string }
interface ProductYaml { id: string; naam: string; productcode?: string; bekostiging: { tarief: number; tariefjaar: number } }

/** What the team wrote, read straight from the YAML (never from the build). */
function readTender(content: string) {
  const yaml = <T>(file: string) => parse(readFileSync(join(content, file), "utf8")) as T;
  const tender = yaml<TenderYaml>("aanbesteding.yaml");
  const subtenders = tender.subtenders.map((id) => yaml<SubtenderYaml>(`subtenders/${id}.yaml`));
  const products = readdirSync(join(content, "segmenten")).flatMap((f) => yaml<{ producten: ProductYaml[] }>(`segmenten/${f}`).producten);
  const requirements = yaml<RequirementYaml[]>("eisen.yaml");
  return { tender, subtenders, products, requirements };
}

const SHEETS = ["Percelen", "Vragenlijst", "Prijzen", "Planning"];
const HEADERS: Record<string, string[]> = {
  Percelen: ["subtender", "procedure", "perceel", "naam", "bovenliggend perceel", "producten", "aantal contractanten", "geraamde waarde"],
  Vragenlijst: ["groep", "vraagnummer", "titel", "vraagtekst", "soort", "knock-out", "weging %", "max. A4"],
  Prijzen: ["code", "naam", "categorie", "bekostiging", "eenheid", "tarief", "tariefjaar", "percelen"],
  Planning: ["subtender", "fase", "mijlpaal", "datum", "datum (ISO)", "toelichting"],
};

/** The rows of a sheet below its header, as arrays of cells (column 1 at index 0). */
function rowsOf(ws: ExcelJS.Worksheet): ExcelJS.Cell[][] {
  const out: ExcelJS.Cell[][] = [];
  ws.eachRow((row, n) => {
    if (n > 1) out.push(Array.from({ length: ws.columnCount }, (_, i) => row.getCell(i + 1)));
  });
  return out;
}
const text = (c: ExcelJS.Cell) => (c.value === null || c.value === undefined ? "" : String(c.value));

/** RFC 4180 with `;`: quoted fields may hold separators, quotes and line breaks. */
function parseCsv(body: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ";") row.push(field), (field = "");
    else if (ch === "\r" && body[i + 1] === "\n") {
      row.push(field), rows.push(row), (row = []), (field = "");
      i++;
    } else field += ch;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? filesUnder(join(dir, f)) : [join(dir, f)]));
}

describe.each([["voorbeeld", "content"], ["rijnmond", "examples/rijnmond"]] as const)("the buyer's workbook (%s)", (name, content) => {
  let out: string;
  let wb: ExcelJS.Workbook;
  const yaml = readTender(content);

  beforeAll(async () => {
    out = shared(name).out;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(out, "inrichting", "mercell-inrichting.xlsx"));
  });

  it("has the four sheets in order, each with its header row frozen, columns sized and text wrapped", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(SHEETS);
    for (const ws of wb.worksheets) {
      expect(ws.getRow(1).values, ws.name).toEqual([undefined, ...HEADERS[ws.name]]);
      expect(ws.views[0], ws.name).toMatchObject({ state: "frozen", ySplit: 1 });
      expect(ws.getRow(1).font?.bold, ws.name).toBe(true);
      for (let i = 1; i <= ws.columnCount; i++) {
        const width = ws.getColumn(i).width ?? 0;
        expect(width, `${ws.name} kolom ${i}`).toBeGreaterThanOrEqual(HEADERS[ws.name][i - 1].length);
        expect(width, `${ws.name} kolom ${i}`).toBeLessThanOrEqual(100);
      }
      for (const row of rowsOf(ws)) for (const cell of row) expect(cell.alignment?.wrapText, `${ws.name} ${cell.address}`).toBe(true);
    }
  });

  it("Percelen: every lot and sub-lot, in order, with its subtender, parent and contractor count (none in a toelating)", () => {
    const expected = yaml.subtenders.flatMap((s) =>
      s.percelen.flatMap((lot) => [
        [s.naam, s.procedure, lot.nummer, lot.naam, "", s.procedure === "toelating" ? "" : String(lot.aantal_contractanten ?? "")],
        ...(lot.subpercelen ?? []).map((sub) => [s.naam, s.procedure, sub.nummer, sub.naam, `perceel ${lot.nummer} ${lot.naam}`, s.procedure === "toelating" ? "" : String(sub.aantal_contractanten ?? "")]),
      ]));
    const rows = rowsOf(wb.getWorksheet("Percelen")!);
    expect(rows.map((r) => [...r.slice(0, 5), r[6]].map(text))).toEqual(expected);
    for (const r of rows) if (r[6].value !== null) expect(r[6].type).toBe(ExcelJS.ValueType.Number);
  });

  it("Vragenlijst: every eis as a knock-out question, every criterion as a document with its weight as a number", () => {
    const rows = rowsOf(wb.getWorksheet("Vragenlijst")!);
    // Every eis the hoofdtender or a subtender asks is a question, knock-out, with its kind of answer.
    const asked = new Set([...yaml.tender.hoofdtender.eisen, ...yaml.subtenders.flatMap((s) => s.eisen ?? [])]);
    // Both tenders' hoofdtender alone asks eight eisen (aanbesteding.yaml).
    expect(asked.size).toBeGreaterThanOrEqual(8);
    for (const id of asked) {
      const req = yaml.requirements.find((r) => r.id === id)!;
      const row = rows.find((r) => text(r[2]) === req.titel);
      expect(row, `eis ${id}`).toBeDefined();
      expect([text(row![4]), text(row![5]), row![6].value]).toEqual([req.bewijs ? "bijlage" : "ja/nee", "ja", null]);
    }
    // The hoofdtender's eisen come first, as group 1.
    expect(rows.slice(0, yaml.tender.hoofdtender.eisen.length).map((r) => [text(r[0]), text(r[1]).split(".")[0]])).toEqual(yaml.tender.hoofdtender.eisen.map(() => ["Hoofdtender", "1"]));
    // Every criterion of a subtender, and of a lot with its own, in the group of that subtender or lot;
    // with a plan van aanpak (one per lot or sub-lot a bidder bids on, as the leidraad asks) in the group of each such lot.
    const criteria = yaml.subtenders.flatMap((s) =>
      s.plan_van_aanpak
        ? s.percelen.flatMap((lot) =>
          (lot.subpercelen ?? [lot]).flatMap((leaf) =>
            (leaf.gunningscriteria ?? lot.gunningscriteria ?? s.gunningscriteria ?? []).map((c) => ({ c, groep: `${s.naam}, ${leaf === lot ? "perceel" : "subperceel"} ${leaf.nummer} ${leaf.naam}` }))))
        : [
          ...(s.gunningscriteria ?? []).map((c) => ({ c, groep: s.naam })),
          ...s.percelen.flatMap((lot) => (lot.gunningscriteria ?? []).map((c) => ({ c, groep: `${s.naam}, perceel ${lot.nummer} ${lot.naam}` }))),
        ]);
    expect(criteria.length).toBeGreaterThan(0);
    const documents = rows.filter((r) => text(r[4]) === "document");
    expect(documents).toHaveLength(criteria.length);
    for (const { c, groep } of criteria) {
      const row = documents.find((r) => text(r[0]) === groep && text(r[2]) === c.naam);
      expect(row, `${groep}: ${c.naam}`).toBeDefined();
      expect(row![6].type).toBe(ExcelJS.ValueType.Number);
      expect([row![5].value, row![6].value, row![7].value ?? undefined]).toEqual(["nee", c.weging, c.max_a4]);
    }
    if (name === "rijnmond") {
      // Opdracht B asks one plan van aanpak per perceel and subperceel (max_a4: 6): its criteria are asked for subperceel B4a too, and not for the opdracht as a whole.
      expect(documents.filter((r) => text(r[0]) === "Opdracht B Prestatieaanbieders, subperceel B4a Crisisinterventie en ambulante crisishulp").length).toBeGreaterThan(0);
      expect(documents.filter((r) => text(r[0]) === "Opdracht B Prestatieaanbieders")).toEqual([]);
    }
    // Question numbers are unique; question texts are plain text within the platform's limit.
    expect(new Set(rows.map((r) => text(r[1]))).size).toBe(rows.length);
    for (const r of rows) {
      const q = text(r[3]);
      expect(q.length, text(r[1])).toBeGreaterThan(0);
      expect(q.length, text(r[1])).toBeLessThanOrEqual(4000);
      expect(q, text(r[1])).not.toMatch(/\*\*|\]\(|<[a-z]/);
    }
  });

  it("Prijzen: one row per product with its tariff as a number in euro", () => {
    const rows = rowsOf(wb.getWorksheet("Prijzen")!);
    expect(rows.map((r) => text(r[1])).sort()).toEqual(yaml.products.map((p) => p.naam).sort());
    for (const p of yaml.products) {
      const row = rows.find((r) => text(r[1]) === p.naam)!;
      expect(text(row[0])).toBe(p.productcode ?? "");
      expect(row[5].type).toBe(ExcelJS.ValueType.Number);
      expect([row[5].value, row[6].value]).toEqual([p.bekostiging.tarief, p.bekostiging.tariefjaar]);
      expect(row[5].numFmt).toContain("€");
    }
  });

  it("Planning: one row per milestone of the tender and of each subtender", () => {
    const rows = rowsOf(wb.getWorksheet("Planning")!);
    expect(rows).toHaveLength(yaml.tender.planning.length + yaml.subtenders.reduce((n, s) => n + (s.planning?.length ?? 0), 0));
    expect(rows.slice(0, yaml.tender.planning.length).map((r) => text(r[2]))).toEqual(yaml.tender.planning.map((m) => m.mijlpaal));
  });

  it("each sheet is also a CSV for Dutch Excel: UTF-8 with BOM, `;` between fields, the same rows", () => {
    for (const ws of wb.worksheets) {
      const bytes = readFileSync(join(out, "inrichting", `mercell-inrichting-${ws.name.toLowerCase()}.csv`));
      expect([...bytes.subarray(0, 3)], ws.name).toEqual([0xef, 0xbb, 0xbf]);
      const body = bytes.subarray(3).toString("utf8");
      expect(body.split("\r\n")[0]).toBe(HEADERS[ws.name].join(";"));
      const csv = parseCsv(body);
      expect(csv.slice(1).map((r) => r.length), ws.name).toEqual(rowsOf(ws).map(() => HEADERS[ws.name].length));
      // Text as in the workbook; numbers with a decimal comma.
      rowsOf(ws).forEach((row, i) =>
        row.forEach((cell, j) => {
          const expected = typeof cell.value === "number" ? (ws.getColumn(j + 1).numFmt?.includes("€") || cell.numFmt?.includes("€") ? cell.value.toFixed(2) : String(cell.value)).replace(".", ",") : text(cell).replace(/^([=+\-@])/, "'$1");
          expect(csv[i + 1][j], `${ws.name} ${cell.address}`).toBe(expected);
        }));
    }
  });

  it("is for the buyer only: not in the Mercell bundle, not on the website", () => {
    expect(readdirSync(join(out, "inrichting")).sort()).toEqual(["mercell-inrichting-percelen.csv", "mercell-inrichting-planning.csv", "mercell-inrichting-prijzen.csv", "mercell-inrichting-vragenlijst.csv", "mercell-inrichting.xlsx"]);
    const manifest = readFileSync(join(out, "mercell", "manifest.json"), "utf8");
    expect(manifest).not.toContain("inrichting");
    for (const dir of ["mercell", "site"]) {
      for (const file of filesUnder(join(out, dir))) {
        expect(relative(out, file)).not.toMatch(/inrichting/);
        if (/\.(html|json|js|txt|xml)$/.test(file) && !file.includes("pagefind")) expect(readFileSync(file, "utf8"), relative(out, file)).not.toContain("mercell-inrichting");
      }
    }
  });
});

describe("question texts are plain text from the Markdown", () => {
  it("keeps the words of emphasis and links, drops markup and raw HTML, and keeps list items on their own lines", () => {
    const md = "Een **vet** woord en [het KIT](eis:kit), zie [de site](https://example.org).\nDoorlopende regel.\n\n- een\n- twee\n  1. drie\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |";
    expect(markdownToPlainText(md)).toBe("Een vet woord en het KIT, zie de site (https://example.org). Doorlopende regel.\n\n• een\n• twee\n  1. drie\n\na | b\n1 | 2");
    expect(markdownToPlainText(undefined)).toBe("");
  });

  it("gives a one-line text without Markdown syntax the same result as the parser would", () => {
    // A trailing comment forces the parser; it adds nothing to the text.
    for (const line of ["Een gewone zin.", "  met spaties  ", "www.example.org en info@example.org", "Prijs € 12,50 per uur (excl. btw).", "1999 was een jaar.", "Tekst met - streepje en 1. nummer", "Zie https://example.org/a?b=c."]) {
      expect(markdownToPlainText(line), line).toBe(markdownToPlainText(`${line}\n\n<!-- -->`));
    }
  });
});

describe("a question text over the platform's limit (a validation warning)", () => {
  it("is cut off at 4,000 characters in the workbook, ending in an ellipsis", () => {
    const long = CASES.find((c) => c.name.startsWith("vraagtekst van een eis langer dan 4.000 tekens"))!;
    const sheet = questionsSheet(lookup(modelAfter(...long.edits)));
    const row = sheet.rows.find((r) => r[2] === "Bereikbaarheid dag en nacht")!;
    const q = String(row[3]);
    expect(q).toHaveLength(4000);
    expect(q.endsWith("…")).toBe(true);
    expect(q.startsWith("De aanbieder is dag en nacht bereikbaar. ")).toBe(true);
  });
});

describe("tenders of every shape (test/validate/tender-shapes.ts)", () => {
  it("give a workbook and CSV with every lot's label and name exactly as written, as text", async () => {
    const samples = fc.sample(tenderArb, { numRuns: 15, seed: 20261130 });
    for (const tender of samples) {
      const dir = writeTender(tender);
      try {
        const model = validateContent(dir).model!;
        const sheets = workbookSheets(model);
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.load((await xlsxBytes(sheets, model)) as unknown as ArrayBuffer);
        const expected = tender.subtenders.flatMap((s) => s.lots.map((l) => [l.nummer, l.naam]));
        const rows = rowsOf(wb.getWorksheet("Percelen")!);
        expect(rows.map((r) => [r[2].value, r[3].value])).toEqual(expected);
        for (const r of rows) expect([r[2].type, r[3].type]).toEqual([ExcelJS.ValueType.String, ExcelJS.ValueType.String]);
        const csv = parseCsv(csvText(sheets[0]).slice(1));
        // A text Excel would read as a formula starts with an apostrophe in the CSV.
        expect(csv.slice(1).map((r) => [r[2], r[3]])).toEqual(expected.map((pair) => pair.map((v) => v.replace(/^([=+\-@])/, "'$1"))));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
