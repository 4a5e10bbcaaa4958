import { mkdirSync, writeFileSync } from "node:fs";
import { stampZipEntries } from "./zip-dates.ts";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Model } from "../model/types.ts";
import { workbookSheets, type Cell, type Column, type Sheet } from "./sheets.ts";

/** The folder of the buyer's files in the output: not in the Mercell bundle, not on the website. */
export const INRICHTING_DIR = "inrichting";
export const WORKBOOK_FILE = "mercell-inrichting.xlsx";
export const csvFileName = (sheet: Pick<Sheet, "name">) => `mercell-inrichting-${sheet.name.toLowerCase()}.csv`;

const EURO_FORMAT = '"€" #,##0.00';
const MIN_WIDTH = 8;

/**
 * The buyer's workbook for setting up the tender on the platform: the lots,
 * the questionnaire, the price list and the planning as sheets of
 * `mercell-inrichting.xlsx`, and each sheet again as CSV for Dutch Excel
 * (UTF-8 with BOM, `;`-separated). Written into `outDir` (the build's
 * temporary folder, so it appears only when the whole build succeeded).
 */
export async function writeBuyerWorkbook(model: Model, outDir: string): Promise<{ dir: string; files: string[]; sheets: Sheet[] }> {
  const sheets = workbookSheets(model);
  const dir = join(outDir, INRICHTING_DIR);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, WORKBOOK_FILE), await xlsxBytes(sheets, model));
  for (const sheet of sheets) writeFileSync(join(dir, csvFileName(sheet)), csvText(sheet));
  return { dir, files: [WORKBOOK_FILE, ...sheets.map(csvFileName)], sheets };
}

/** The sheets as an xlsx file: header row frozen and bold, columns sized to their content, text wrapped, amounts in euro. */
export async function xlsxBytes(sheets: Sheet[], model: Pick<Model, "tender">): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.tender.aanbestedende_dienst.naam;
  wb.title = `${model.tender.titel} (${model.tender.kenmerk}), versie ${model.tender.versie}: inrichting van de aanbesteding`;
  // A fixed date: the same content gives the same workbook.
  const date = new Date(`${model.tender.datum.slice(0, 10)}T00:00:00Z`);
  wb.created = wb.modified = date;
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
    ws.columns = sheet.columns.map((c, i) => ({
      header: c.header,
      width: widthOf(c, sheet.rows.map((r) => r[i])),
      style: { alignment: { wrapText: true, vertical: "top" }, ...(c.kind === "euro" ? { numFmt: EURO_FORMAT } : {}) },
    }));
    ws.getRow(1).font = { bold: true };
    ws.addRows(sheet.rows.map((r) => r.map((v) => v ?? null)));
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
  return stampZipEntries(Buffer.from(await wb.xlsx.writeBuffer()), date);
}

/** Wide enough for the header and the longest line of a value, up to the column's maximum (beyond it, text wraps). */
function widthOf(column: Column, values: Cell[]): number {
  let longest = column.header.length;
  for (const v of values) {
    if (v === undefined) continue;
    // An amount shows as `€ 1.234,50`: the figure with its grouping and the sign.
    const shown = column.kind === "euro" ? csvValue(v, column).length + Math.floor(Math.log10(Math.max(1, Math.abs(Number(v)))) / 3) + 2 : Math.max(...String(v).split("\n").map((l) => l.length));
    longest = Math.max(longest, shown);
  }
  // Never narrower than the header: a column's name is read whole.
  return Math.min(Math.max(column.maxWidth, column.header.length + 2), Math.max(MIN_WIDTH, longest + 2));
}

/**
 * A sheet as CSV for Dutch Excel: a byte order mark so Excel reads UTF-8, `;`
 * between fields, decimal commas, CRLF line ends. Quoted where a value holds a
 * separator, quote or line break; text that Excel would take for a formula
 * (`=`, `+`, `-`, `@` first) starts with an apostrophe.
 */
export function csvText(sheet: Sheet): string {
  const line = (cells: string[]) => cells.map(quote).join(";");
  const lines = [line(sheet.columns.map((c) => c.header)), ...sheet.rows.map((r) => line(r.map((v, i) => (v === undefined ? "" : csvValue(v, sheet.columns[i])))))];
  return "\uFEFF" + lines.join("\r\n") + "\r\n";
}

function csvValue(v: string | number, column: Column): string {
  if (typeof v === "number") return (column.kind === "euro" ? v.toFixed(2) : String(v)).replace(".", ",");
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

const quote = (v: string) => (/[;"\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);
