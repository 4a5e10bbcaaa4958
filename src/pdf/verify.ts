import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256, type Manifest } from "./manifest.ts";
import { declaredPageCount } from "../load/pdf-structure.ts";

/** What a bundle may hold: the PDFs we print and the team's own PDF, DOCX and XLSX files. */
const BUNDLE_FILE = /\.(pdf|docx|xlsx)$/i;

export interface VerifyResult {
  ok: boolean;
  /** Dutch, one line per problem, each naming the file. */
  problems: string[];
  checked: number;
}

function readManifest(dir: string): Manifest | string {
  const path = join(dir, "manifest.json");
  if (!existsSync(path)) return `${path}: manifest.json ontbreekt; bouw eerst met 'npm run build'`;
  try {
    const m = JSON.parse(readFileSync(path, "utf8")) as Manifest;
    if (!m || !Array.isArray(m.bestanden) || typeof m.kenmerk !== "string") return `${path}: geen geldig manifest (kenmerk en bestanden ontbreken)`;
    return m;
  } catch (e) {
    return `${path}: manifest.json is geen geldige JSON (${(e as Error).message})`;
  }
}

/**
 * Recomputes what the manifest promises for every file: size, SHA-256 and the
 * page count a PDF itself declares (0 for DOCX and XLSX). Also flags
 * bundle files that are not in it.
 */
export function verifyBundle(dir: string): VerifyResult {
  const m = readManifest(dir);
  if (typeof m === "string") return { ok: false, problems: [m], checked: 0 };
  const problems: string[] = [];
  for (const entry of m.bestanden) {
    const path = join(dir, entry.bestand);
    if (!existsSync(path)) {
      problems.push(`${entry.bestand}: bestand ontbreekt`);
      continue;
    }
    const bytes = readFileSync(path);
    if (bytes.length !== entry.bytes) problems.push(`${entry.bestand}: grootte is ${bytes.length} bytes, het manifest zegt ${entry.bytes}`);
    const hash = sha256(bytes);
    if (hash !== entry.sha256) problems.push(`${entry.bestand}: SHA-256 klopt niet (bestand ${hash}, manifest ${entry.sha256}); het bestand is na het bouwen gewijzigd`);
    // DOCX and XLSX have no fixed pages: the manifest says 0 for them, and anything else is a mistake.
    if (!entry.bestand.toLowerCase().endsWith(".pdf")) {
      if (entry.paginas !== 0) problems.push(`${entry.bestand}: een ${entry.bestand.split(".").pop()}-bestand heeft geen vaste pagina's; het manifest hoort 0 te zeggen, niet ${entry.paginas}`);
      continue;
    }
    let pages: number | undefined;
    try {
      pages = declaredPageCount(bytes);
    } catch (e) {
      problems.push(`${entry.bestand}: geen leesbare PDF (${(e as Error).message})`);
    }
    if (pages !== undefined && pages !== entry.paginas) problems.push(`${entry.bestand}: ${pages} pagina's, het manifest zegt ${entry.paginas}`);
  }
  const listed = new Set(m.bestanden.map((e) => e.bestand));
  for (const name of readdirSync(dir)) {
    if (BUNDLE_FILE.test(name) && !listed.has(name)) problems.push(`${name}: staat niet in het manifest`);
  }
  return { ok: problems.length === 0, problems, checked: m.bestanden.length };
}

/** `npm run verify [-- DIR]`: exit code 0 when everything matches, 1 otherwise. */
export function runVerify(dir: string): number {
  const result = verifyBundle(dir);
  if (result.ok) {
    process.stdout.write(`In orde: ${result.checked} bestanden in ${dir} komen overeen met manifest.json (SHA-256, grootte, pagina's).\n`);
    return 0;
  }
  for (const p of result.problems) process.stderr.write(`fout: ${p}\n`);
  process.stderr.write(`Controle mislukt: ${result.problems.length} ${result.problems.length === 1 ? "probleem" : "problemen"} in ${dir}.\n`);
  return 1;
}
