import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LIMIT, proseLiteralsIn, proseLiteralsUnder } from "./prose-scan.ts";

/**
 * Standard document prose lives in templates/ (LiquidJS Markdown a lawyer can
 * read and correct), not in TypeScript: no string or template literal in the
 * folders that write documents and the site holds more than 120 characters
 * of Dutch prose. Validation messages (src/validate) stay next to their rules.
 */

const FOLDERS = ["src/documents", "src/format", "src/site", "src/wording", "src/views"];

/** Literals that are no document prose, each with the reason. */
const ALLOWED = [
  // The page the dev server shows while the content has errors: a message to the author, with its own CSS.
  { file: "src/site/waiting-page.ts", starts: "Er is nog geen geldige versie om te tonen." },
];

const allowed = (l: { file: string; text: string }) => ALLOWED.some((a) => l.file === a.file && l.text.startsWith(a.starts));

describe("no Dutch document prose in TypeScript literals", () => {
  it(`finds no literal of more than ${LIMIT} characters of Dutch prose in ${FOLDERS.join(", ")}`, () => {
    const found = proseLiteralsUnder(process.cwd(), FOLDERS);
    // The allowed ones are still there (else the list is out of date) …
    expect(found.filter(allowed).map((l) => l.file)).toEqual(["src/site/waiting-page.ts"]);
    // … and nothing else: move such a text into templates/tekstdelen/ (src/templates/parts.ts) or templates/leidraad/.
    expect(found.filter((l) => !allowed(l)).map((l) => `${l.file}:${l.line}: ${l.text.slice(0, 80)}…`)).toEqual([]);
  });

  it("would catch a sentence of the leidraad put back into a document's source", () => {
    const source = readFileSync("src/documents/nota.ts", "utf8");
    const added = `${source}\nexport const back = "U verklaart met het Uniform Europees Aanbestedingsdocument (UEA) dat de volgende uitsluitingsgronden niet op u van toepassing zijn.";\n`;
    expect(proseLiteralsIn(source, "src/documents/nota.ts")).toEqual([]);
    const found = proseLiteralsIn(added, "src/documents/nota.ts");
    expect(found).toHaveLength(1);
    expect(found[0].line).toBe(source.split("\n").length + 1);
    expect(found[0].text).toBe("U verklaart met het Uniform Europees Aanbestedingsdocument (UEA) dat de volgende uitsluitingsgronden niet op u van toepassing zijn.");
  });

  it("counts only the literal text of a template literal, without its placeholders and HTML tags", () => {
    // 166 characters of prose around two placeholders: caught.
    const prose = "const a = `<p>Ten opzichte van ${x} wijzigen de aanbestedingsstukken als volgt. De wijzigingen gelden vanaf de publicatie van ${y} deze nota; de gewijzigde stukken verschijnen met deze nota.</p>`;";
    expect(proseLiteralsIn(prose, "a.ts").map((l) => l.length)).toEqual([166]);
    // Short prose with long placeholders and markup around it: under the limit.
    const short = "const b = `<table class=\"data signatures\"><tr><td>${veryLongExpressionNumberOne(model.tender.aanbestedende_dienst)}</td><td>Voor de opdrachtnemer</td></tr></table>`;";
    expect(proseLiteralsIn(short, "b.ts")).toEqual([]);
  });

  it("leaves long literals that are no Dutch prose, and error messages, alone", () => {
    const css = `const css = "body { font-family: 'DejaVu Sans', system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1b1b1b; background: white; }";`;
    expect(proseLiteralsIn(css, "c.ts")).toEqual([]);
    const error = 'throw new Error(`Lettertype DejaVu Sans niet gevonden in ${dir}. Installeer het met het pakket fonts-dejavu-core van uw systeem, of zet de variabele PDF_FONT_DIR.`);';
    expect(proseLiteralsIn(error, "d.ts")).toEqual([]);
  });
});
