import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import { join, relative, isAbsolute } from "node:path";
import { error, warning, type Diagnostic } from "../diagnostics/diagnostic.ts";
import { readContentText } from "./read-text.ts";
import { parseYaml } from "./parse-yaml.ts";
import { parseChapter } from "./parse-chapter.ts";
import type { ContentSources, YamlSource } from "./source.ts";

/** The fixed files of a content folder and the schema kind of each. */
const SINGLE_FILES: Record<string, YamlSource["kind"]> = {
  "aanbesteding.yaml": "tender",
  "eisen.yaml": "requirements",
  "begrippen.yaml": "glossary",
};
const FOLDERS: Record<string, YamlSource["kind"] | "chapter"> = {
  segmenten: "segment",
  subtenders: "subtender",
  teksten: "chapter",
  "nota-van-inlichtingen": "nota",
  // v3, confidential: the committee's scores; only the award writer (src/award/) reads them.
  beoordeling: "assessment",
};
/** The folder for own files (bijlagen with `bestand`); not read by the loader. */
export const OWN_FILES_FOLDER = "bijlagen";
const REQUIRED = ["aanbesteding.yaml", "eisen.yaml"];

/** Path for messages: relative to the working directory when inside it, so editors can open it. */
export function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : abs;
}

/**
 * Reads every file of a content folder with positions. Never throws on bad
 * content: everything wrong becomes a diagnostic.
 */
export function loadContent(dir: string): { sources: ContentSources; diagnostics: Diagnostic[] } {
  const sources: ContentSources = { dir, yaml: [], chapters: [] };
  const diagnostics: Diagnostic[] = [];
  const root = join(process.cwd(), dir);
  const absRoot = isAbsolute(dir) ? dir : root;
  if (!existsSync(absRoot) || !statSync(absRoot).isDirectory()) {
    diagnostics.push(error({ file: displayPath(absRoot), line: 1, column: 1 }, "geen-inhoudsmap", "inhoudsmap bestaat niet; geef met --content de map met aanbesteding.yaml"));
    return { sources, diagnostics };
  }
  const realRoot = realpathSync(absRoot);

  const readAndParse = (abs: string, kind: YamlSource["kind"] | "chapter") => {
    const path = displayPath(abs);
    const read = readContentText(abs, path, realRoot);
    if ("diagnostic" in read) return diagnostics.push(read.diagnostic);
    if (kind === "chapter") {
      const parsed = parseChapter(read.text, path);
      diagnostics.push(...parsed.diagnostics);
      if (parsed.chapter) sources.chapters.push(parsed.chapter);
      return;
    }
    const parsed = parseYaml(read.text, kind, path);
    diagnostics.push(...parsed.diagnostics);
    sources.yaml.push(parsed.source);
  };

  for (const name of REQUIRED) {
    if (!existsSync(join(absRoot, name))) {
      diagnostics.push(error({ file: displayPath(join(absRoot, name)), line: 1, column: 1 }, "bestand-ontbreekt", `bestand ${name} ontbreekt; elke inhoudsmap heeft een ${name}`));
    }
  }
  for (const entry of readdirSync(absRoot, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const abs = join(absRoot, entry.name);
    if (entry.name.startsWith(".")) continue;
    // bijlagen/ holds the team's own files (PDF, DOCX, XLSX); aanbesteding.yaml names them and the rules check them.
    if (entry.name === OWN_FILES_FOLDER && isDir(abs)) continue;
    if (SINGLE_FILES[entry.name]) readAndParse(abs, SINGLE_FILES[entry.name]);
    else if (FOLDERS[entry.name] && isDir(abs)) {
      const kind = FOLDERS[entry.name];
      const ext = kind === "chapter" ? ".md" : ".yaml";
      for (const file of readdirSync(abs).sort()) {
        if (file.startsWith(".")) continue;
        const fileAbs = join(abs, file);
        if (file.endsWith(ext)) readAndParse(fileAbs, kind);
        else diagnostics.push(unknownFile(fileAbs, `alleen ${ext}-bestanden horen in ${entry.name}/`));
      }
    } else if (/\.(ya?ml|md)$/.test(entry.name) || isDir(abs)) {
      diagnostics.push(unknownFile(abs, "verwacht zijn aanbesteding.yaml, eisen.yaml, begrippen.yaml en de mappen segmenten/, subtenders/, teksten/, nota-van-inlichtingen/, beoordeling/ en bijlagen/"));
    }
  }
  return { sources, diagnostics };
}

function isDir(abs: string): boolean {
  try {
    return statSync(abs).isDirectory();
  } catch {
    return false;
  }
}

function unknownFile(abs: string, expected: string): Diagnostic {
  return warning({ file: displayPath(abs), line: 1, column: 1 }, "onbekend-bestand", `onbekend bestand wordt genegeerd; ${expected}`);
}
