import { readFileSync, realpathSync, statSync } from "node:fs";
import { sep } from "node:path";
import { error, type Diagnostic } from "../diagnostics/diagnostic.ts";

/** Content files are hand-written; anything larger is a mistake or an attack. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export type ReadResult = { text: string } | { diagnostic: Diagnostic };

/**
 * Reads one content file as UTF-8 text, refusing files that are too large, not
 * valid UTF-8, or that resolve (through a symbolic link) outside the content folder.
 */
export function readContentText(absPath: string, displayPath: string, realRoot: string): ReadResult {
  const at = { file: displayPath, line: 1, column: 1 };
  let real: string;
  try {
    real = realpathSync(absPath);
  } catch {
    return { diagnostic: error(at, "onleesbaar-bestand", "bestand kan niet worden gelezen (verwijst het naar een bestand dat niet bestaat?)") };
  }
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    return {
      diagnostic: error(at, "pad-buiten-inhoudsmap", `dit bestand verwijst naar ${real}, buiten de inhoudsmap; alle bestanden moeten in de inhoudsmap zelf staan`),
    };
  }
  const size = statSync(real).size;
  if (size > MAX_FILE_BYTES) {
    return {
      diagnostic: error(at, "bestand-te-groot", `bestand is ${(size / 1048576).toFixed(1)} MB; een inhoudsbestand mag hoogstens ${MAX_FILE_BYTES / 1048576} MB zijn, splits het op`),
    };
  }
  const bytes = readFileSync(real);
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/, "") };
  } catch {
    return { diagnostic: error(invalidUtf8Position(bytes, displayPath), "ongeldige-utf8", "bestand is geen geldige UTF-8-tekst; sla het op als UTF-8 (bijvoorbeeld in VS Code: 'Save with Encoding' → UTF-8)") };
  }
}

/** Line and column of the first byte sequence that is not UTF-8. */
function invalidUtf8Position(bytes: Buffer, file: string) {
  const strict = new TextDecoder("utf-8", { fatal: true });
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const lineBytes = bytes.subarray(start, i);
    try {
      strict.decode(lineBytes);
    } catch {
      const column = new TextDecoder("utf-8").decode(lineBytes).indexOf("\uFFFD") + 1;
      return { file, line, column: Math.max(1, column) };
    }
    start = i + 1;
    line++;
  }
  return { file, line: 1, column: 1 };
}
