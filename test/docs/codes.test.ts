import { readFileSync, rmSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { codesReference, CODES_PATH } from "../../scripts/codes-reference.ts";
import { validateContent } from "../../src/pipeline/validate-content.ts";
import { applyCase } from "../fixtures/invalid/apply-case.ts";

describe("docs/codes.md: the allowed codes, generated from the schemas", () => {
  it("is the committed file (run `npm run gen:codes` after changing a schema or the iJw list)", () => {
    expect(readFileSync(CODES_PATH, "utf8")).toBe(codesReference());
  });

  it("lists the iJw categories with their names, and the values of registratie, eenheid and opleidingsniveau", () => {
    const text = codesReference();
    expect(text).toContain("| `43` | jeugdhulp verblijf inclusief behandeling |");
    expect(text).toContain("| `40` | persoonlijke verzorging |");
    expect(text).toContain("| `producten[].personeel.registratie` | `skj`, `big`, `nvrg`, `nip`, `nvo`, `kabiz` |");
    expect(text).toContain("| `producten[].personeel.minimaal_opleidingsniveau` | `mbo-2`, `mbo-3`, `mbo-4`, `hbo`, `hbo-plus`, `wo` |");
    expect(text).toContain("| `producten[].bekostiging.eenheid` | `minuut`, `uur`, `dagdeel`, `etmaal`, `stuk`, `euro` |");
    expect(text).toContain("| `producten[].maximale_duur.eenheid` | `dagen`, `weken`, `maanden`, `jaren` |");
  });
});

/** The messages of the small tender with `productcategorie: "54"` of gezinstherapie replaced by `value` (written as YAML). */
function categoryMessages(value: string): string[] {
  const dir = applyCase({ name: value, edits: [{ file: "segmenten/ambulant.yaml", replace: 'productcategorie: "54"', with: `productcategorie: ${value}` }] });
  try {
    return validateContent(dir).diagnostics.map((d) => `${relative(dir, d.file)}:${d.line}:${d.column}: ${d.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("an unknown productcategorie: bedoelde u …?", () => {
  it("a regional productcode in its place points at the category it starts with", () => {
    const [message, ...rest] = categoryMessages('"54G20"');
    expect(rest).toEqual([]);
    expect(message).toMatch(/^segmenten\/ambulant\.yaml:14:23: veld `productcategorie` heeft de ongeldige waarde `54G20`; .*; bedoelde u `54` \(jeugd-ggz\)\?$/);
  });

  it("the category's name in words points at its code", () => {
    expect(categoryMessages("verblijf met behandeling")[0]).toMatch(/; bedoelde u `43` \(jeugdhulp verblijf inclusief behandeling\)\?$/);
    expect(categoryMessages("verblijf zonder behandeling")[0]).toMatch(/; bedoelde u `44` \(jeugdhulp verblijf exclusief behandeling\)\?$/);
  });

  it("an unknown number gets the list and no guess: a code one digit off means something else", () => {
    const [message] = categoryMessages('"33"');
    expect(message).toContain("productcategorie `33` staat niet in de iJw-codelijst JZ020; geldig zijn 40 (persoonlijke verzorging), 41 (dagbehandeling)");
    expect(message).not.toContain("bedoelde u");
  });
});
