import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/** One published file; outside checks read exactly these keys. */
export interface ManifestEntry {
  nummer: string;
  titel: string;
  bestand: string;
  versie: string;
  datum: string;
  sha256: string;
  bytes: number;
  paginas: number;
}

/** What `mercell/manifest.json` holds; the site links the attachments from it. */
export interface Manifest {
  kenmerk: string;
  versie: string;
  datum: string;
  bestanden: ManifestEntry[];
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

const CSV_COLUMNS: (keyof ManifestEntry)[] = ["nummer", "titel", "bestand", "versie", "datum", "sha256", "bytes", "paginas"];

/** Semicolons, as Dutch spreadsheet programs expect; fields with ;, ", a line break or leading/trailing spaces are quoted. */
function csvField(value: string | number): string {
  const s = String(value);
  return /[;"\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One row per file; the tender's kenmerk closes each row, so a file read on its own still says which tender it belongs to. */
export function manifestCsv(m: Manifest): string {
  const lines = [[...CSV_COLUMNS, "kenmerk"].join(";"), ...m.bestanden.map((e) => [...CSV_COLUMNS.map((c) => csvField(e[c])), csvField(m.kenmerk)].join(";"))];
  return lines.join("\r\n") + "\r\n";
}

export function writeManifest(dir: string, m: Manifest): void {
  writeFileSync(join(dir, "manifest.json"), JSON.stringify(m, null, 2) + "\n");
  writeFileSync(join(dir, "manifest.csv"), manifestCsv(m));
}
