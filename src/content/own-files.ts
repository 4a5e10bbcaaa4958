import { lstatSync, openSync, readSync, closeSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";

/** The kinds of own file a bundle may hold: what bidders can open without special software. */
export const OWN_FILE_EXTENSIONS = ["pdf", "docx", "xlsx"] as const;
export type OwnFileExtension = (typeof OWN_FILE_EXTENSIONS)[number];

/**
 * Largest own file: 100 MB, the per-file limit issue 11 sets, in line with
 * what Mercell accepts per uploaded document (a larger file would be refused
 * at publication, after the lawyers signed off on the bundle). Tests lower it
 * with BIJLAGE_MAX_BYTES so they need no large fixture.
 */
export const MAX_OWN_FILE_BYTES = 100 * 1024 * 1024;

export function maxOwnFileBytes(): number {
  const env = Number(process.env.BIJLAGE_MAX_BYTES);
  return Number.isFinite(env) && env > 0 ? env : MAX_OWN_FILE_BYTES;
}

export type OwnFileCheck =
  | { ok: true; real: string; extensie: OwnFileExtension; bytes: number }
  | { ok: false; code: string; message: string };

const mb = (bytes: number) => `${(bytes / 1048576).toLocaleString("nl-NL", { maximumFractionDigits: 1 })} MB`;

/**
 * Whether `bestand` (as written in aanbesteding.yaml) names a file the bundle
 * can hold: inside the content folder (also after `..` and symbolic links), a
 * regular file, of an allowed type, under the limit, and for a PDF: readable
 * without a password. `isEncrypted` is passed in so this module reads no PDF structure.
 */
export function checkOwnFile(contentDir: string, bestand: string, isEncrypted: (head: Buffer) => boolean): OwnFileCheck {
  const root = resolve(contentDir);
  const abs = resolve(root, bestand);
  const rel = relative(root, abs);
  if (isAbsolute(bestand) || rel === "" || rel.startsWith("..") || isAbsolute(rel)) {
    return { ok: false, code: "bestand-buiten-inhoudsmap", message: `bestand \`${bestand}\` ligt buiten de inhoudsmap; geef een pad binnen de inhoudsmap, bijvoorbeeld \`bijlagen/${bestand.split(/[\\/]/).pop() || "document.pdf"}\`` };
  }
  try {
    lstatSync(abs);
  } catch {
    return { ok: false, code: "bestand-ontbreekt", message: `bestand \`${bestand}\` bestaat niet in de inhoudsmap; zet het daar neer of verbeter het pad` };
  }
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    return { ok: false, code: "bestand-ontbreekt", message: `bestand \`${bestand}\` is een symbolische link naar een bestand dat niet bestaat` };
  }
  const realRoot = realpathSync(root);
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    return { ok: false, code: "bestand-buiten-inhoudsmap", message: `bestand \`${bestand}\` verwijst naar ${real}, buiten de inhoudsmap; kopieer het bestand in de inhoudsmap` };
  }
  const stat = statSync(real);
  if (stat.isDirectory()) return { ok: false, code: "bestand-is-map", message: `\`${bestand}\` is een map, geen bestand; noem het bestand in die map, bijvoorbeeld \`${bestand.replace(/\/+$/, "")}/document.pdf\`` };
  if (!stat.isFile()) return { ok: false, code: "bestand-geen-gewoon-bestand", message: `\`${bestand}\` is geen gewoon bestand` };
  const ext = /\.([^./\\]+)$/.exec(real)?.[1]?.toLowerCase();
  if (!ext || !(OWN_FILE_EXTENSIONS as readonly string[]).includes(ext)) {
    return { ok: false, code: "bestand-soort", message: `bestand \`${bestand}\` is ${ext ? `een .${ext}-bestand` : "een bestand zonder extensie"}; een eigen bijlage is een PDF-, DOCX- of XLSX-bestand (.pdf, .docx of .xlsx)` };
  }
  const limit = maxOwnFileBytes();
  if (stat.size > limit) {
    return { ok: false, code: "bestand-te-groot", message: `bestand \`${bestand}\` is ${mb(stat.size)}; een bijlage mag hoogstens ${mb(limit)} zijn (de grens per bestand op Mercell); verklein of splits het` };
  }
  const fd = openSync(real, "r");
  const buf = Buffer.alloc(stat.size);
  try {
    readSync(fd, buf, 0, stat.size, 0);
  } finally {
    closeSync(fd);
  }
  if (ext === "docx" || ext === "xlsx") {
    const wrong = officeProblem(buf, ext, bestand);
    if (wrong) return wrong;
  }
  if (ext === "pdf") {
    if (!buf.subarray(0, 1024).toString("latin1").includes("%PDF-")) {
      return { ok: false, code: "bestand-geen-pdf", message: `bestand \`${bestand}\` heet .pdf maar is geen PDF (het begint niet met %PDF-)` };
    }
    if (isEncrypted(buf)) {
      return { ok: false, code: "bestand-versleuteld", message: `PDF \`${bestand}\` is versleuteld of met een wachtwoord beveiligd; inschrijvers moeten elk document kunnen openen, afdrukken en kopiëren: sla het op zonder beveiliging` };
    }
  }
  return { ok: true, real, extensie: ext as OwnFileExtension, bytes: stat.size };
}

const OFFICE = {
  docx: { name: "Word-document", folder: "word/", old: ".doc" },
  xlsx: { name: "Excel-werkblad", folder: "xl/", old: ".xls" },
} as const;

/**
 * A .docx or .xlsx is a ZIP package with the folder `word/` or `xl/`. A bidder
 * who gets an old binary file, a password-protected one (an OLE container with
 * an `EncryptedPackage`) or one of the other kind under the wrong name cannot
 * open it: say so before it is published.
 */
function officeProblem(buf: Buffer, ext: "docx" | "xlsx", bestand: string): OwnFileCheck | undefined {
  const kind = OFFICE[ext];
  const other = OFFICE[ext === "docx" ? "xlsx" : "docx"];
  const ole = buf.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  if (ole && buf.includes(Buffer.from("EncryptedPackage", "utf16le"))) {
    return { ok: false, code: "bestand-versleuteld", message: `${kind.name} \`${bestand}\` is met een wachtwoord beveiligd; inschrijvers moeten elk document kunnen openen: sla het op zonder wachtwoord` };
  }
  if (ole) return { ok: false, code: "bestand-oud-office", message: `bestand \`${bestand}\` heet .${ext} maar is een ouder bestand (${kind.old}); open het en sla het op als .${ext}` };
  if (!buf.subarray(0, 4).equals(Buffer.from("PK\u0003\u0004", "latin1"))) {
    return { ok: false, code: "bestand-geen-office", message: `bestand \`${bestand}\` heet .${ext} maar is geen ${kind.name} (een .${ext} is een ZIP-pakket dat begint met PK)` };
  }
  if (!buf.includes(kind.folder, 0, "latin1")) {
    const actually = buf.includes(other.folder, 0, "latin1") ? `; het is een ${other.name}: noem het .${ext === "docx" ? "xlsx" : "docx"}` : "";
    return { ok: false, code: "bestand-geen-office", message: `bestand \`${bestand}\` heet .${ext} maar is geen ${kind.name} (het pakket heeft geen map ${kind.folder})${actually}` };
  }
  return undefined;
}
