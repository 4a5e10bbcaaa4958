import { LineCounter, parseDocument, visit, type YAMLError } from "yaml";
import { AliasLimitError, toPlain } from "./to-plain.ts";
import { error, type Diagnostic } from "../diagnostics/diagnostic.ts";
import type { YamlSource } from "./source.ts";

/** Alias expansions (nested ones included) beyond this count are refused: a few nested aliases can expand to gigabytes ("billion laughs"). */
export const MAX_ALIAS_COUNT = 100;

const YAML_ERROR_HINTS: Record<string, string> = {
  DUPLICATE_KEY: "sleutel komt twee keer voor in dezelfde mapping; elke sleutel mag maar één keer voorkomen",
  BAD_INDENT: "inspringing klopt niet; gebruik spaties (geen tabs) en laat elementen van één niveau even ver inspringen",
  TAB_AS_INDENT: "tab gebruikt als inspringing; YAML staat alleen spaties toe",
  MISSING_CHAR: "teken ontbreekt",
  MULTILINE_IMPLICIT_KEY: "een sleutel mag niet over meerdere regels lopen; ontbreekt er een dubbele punt of aanhalingsteken?",
  UNEXPECTED_TOKEN: "onverwacht teken",
  BLOCK_AS_IMPLICIT_KEY: "een blok kan geen sleutel zijn; ontbreekt er een dubbele punt?",
  BAD_SCALAR_START: "een waarde mag niet met dit teken beginnen; zet de waarde tussen aanhalingstekens",
};

/**
 * Parses one YAML text keeping positions. YAML errors (syntax, duplicate keys)
 * and alias bombs become diagnostics; `data` stays undefined then.
 */
export function parseYaml(
  text: string,
  kind: YamlSource["kind"],
  path: string,
  lineOffset = 0,
): { source: YamlSource; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, keepSourceTokens: false, logLevel: "error" });
  const source: YamlSource = { kind, path, text, doc, lineCounter, data: undefined, broken: false, lineOffset };
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: path, line: line + lineOffset, column: col };
  };
  const diagnostics = firstSyntaxError(doc.errors).map((e: YAMLError) => {
    const hint =
      e.code === "DUPLICATE_KEY"
        ? `sleutel \`${keyAt(text, e.pos[0])}\` komt twee keer voor in dezelfde mapping; elke sleutel mag maar één keer voorkomen`
        : (YAML_ERROR_HINTS[e.code] ?? firstLine(e.message));
    return error(at(e.pos[0]), e.code === "DUPLICATE_KEY" ? "dubbele-sleutel" : "yaml-syntaxis", `YAML-fout: ${hint}`);
  });
  if (diagnostics.length > 0) {
    // Keep what can be read, so ids declared in a broken file do not cause
    // "unknown reference" messages elsewhere; the file itself is not validated further.
    source.broken = true;
    try {
      source.data = toPlain(doc, MAX_ALIAS_COUNT);
    } catch {
      source.data = undefined;
    }
    return { source, diagnostics };
  }
  try {
    source.data = toPlain(doc, MAX_ALIAS_COUNT);
  } catch (e) {
    let aliasAt = 0;
    visit(doc, {
      Alias(_, node) {
        aliasAt = node.range?.[0] ?? 0;
        return visit.BREAK;
      },
    });
    const message = e instanceof AliasLimitError
      ? `YAML-aliassen breiden te ver uit (meer dan ${MAX_ALIAS_COUNT} keer); schrijf de waarden uit in plaats van ze met & en * te herhalen`
      : `YAML kan niet worden gelezen: ${firstLine(String(e))}`;
    diagnostics.push(error(at(aliasAt), "yaml-alias", message));
  }
  return { source, diagnostics };
}

/**
 * One syntax error is reported once, at its first place: the parser's later
 * complaints about the same text (a tab gave eight: indentation on every next
 * line, a "duplicate" key it misread) are its consequences. Duplicate keys
 * before it are causes of their own and stay.
 */
function firstSyntaxError(errors: YAMLError[]): YAMLError[] {
  const sorted = [...errors].sort((a, b) => a.pos[0] - b.pos[0]);
  const first = sorted.findIndex((e) => e.code !== "DUPLICATE_KEY");
  return first === -1 ? sorted : sorted.slice(0, first + 1).filter((e, i) => i === first || e.code === "DUPLICATE_KEY");
}

/** The key written at an offset (a duplicate key's error points at its first character). */
function keyAt(text: string, offset: number): string {
  const m = /^\s*(?:"([^"]*)"|'([^']*)'|([^:\n]+?))\s*:/.exec(text.slice(offset, offset + 200));
  return (m?.[1] ?? m?.[2] ?? m?.[3] ?? text.slice(offset, offset + 20).split(/[:\n]/)[0]).trim();
}

function firstLine(s: string): string {
  return s.split("\n")[0];
}
